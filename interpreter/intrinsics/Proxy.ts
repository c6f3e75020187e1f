import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods } from '../values/function';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { throwTypeError } from '../errors';
import { JSProxy } from '../exotics/proxy';
import { WEC } from '../values/shape';

/** https://tc39.es/ecma262/#sec-proxycreate */
export function ProxyCreate(target: Value, handler: Value): JSProxy {
  if (!(target instanceof JSObject) || !(handler instanceof JSObject)) {
    throwTypeError('Cannot create proxy with a non-object as target or handler');
  }
  return new JSProxy(target, handler);
}

/** The Proxy constructor and Proxy.revocable. https://tc39.es/ecma262/#sec-proxy-objects */
export function setupProxy(realm: Realm): void {
  const ProxyCtor = CreateBuiltinFunction(realm, (_this, args, newTarget) => {
    // https://tc39.es/ecma262/#sec-proxy-target-handler
    if (newTarget === undefined) throwTypeError("Constructor Proxy requires 'new'");
    return ProxyCreate(args[0], args[1]);
  }, 2, 'Proxy', { ctor: true });
  realm.intrinsics['%Proxy%'] = ProxyCtor;
  realm.addGlobal('Proxy', ProxyCtor);
  defineMethods(realm, ProxyCtor, [
    ['revocable', (_this, args) => {
      // https://tc39.es/ecma262/#sec-proxy.revocable
      const p: JSProxy | null = ProxyCreate(args[0], args[1]);
      let revocableProxy: JSProxy | null = p;
      // https://tc39.es/ecma262/#sec-proxy-revocation-functions
      const revoker = CreateBuiltinFunction(realm, () => {
        if (revocableProxy === null) return undefined;
        const proxy = revocableProxy;
        revocableProxy = null;
        proxy.revoke();
        return undefined;
      }, 0, '');
      const result = new JSObject(realm.ObjectPrototype);
      result.addProperty('proxy', p, WEC);
      result.addProperty('revoke', revoker, WEC);
      return result;
    }, 2],
  ]);
}
