import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods, defineAccessors } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R, ThrowCompletion } from '../agent';
import { C, W } from '../values/shape';
import { throwReferenceError, throwTypeError } from '../errors';
import { IsCallable, OrdinaryCreateFromConstructor, GetPrototypeFromConstructor } from '../ops/object-operations';
import { AddDisposableResource, disposeResources, type DisposableResource } from '../compile/using';
import { newPromiseIntrinsic, PromiseResolve, promiseThenHost, type JSPromise } from './Promise';
import { makeError } from '../errors';

/** A DisposableStack or AsyncDisposableStack. https://tc39.es/ecma262/#sec-disposablestack-objects */
class JSDisposableStack extends JSObject {
  state: 'pending' | 'disposed' = 'pending';
  resources: DisposableResource[] = [];
  constructor(proto: JSObject | null, readonly async: boolean) { super(proto); }
}

function thisStack(v: Value, async: boolean, method: string): JSDisposableStack {
  if (!(v instanceof JSDisposableStack) || v.async !== async) throwTypeError(`Method ${async ? 'AsyncDisposableStack' : 'DisposableStack'}.prototype.${method} called on incompatible receiver`);
  return v;
}

function pendingStack(v: Value, async: boolean, method: string): JSDisposableStack {
  const s = thisStack(v, async, method);
  if (s.state === 'disposed') throwReferenceError(`${async ? 'AsyncDisposableStack' : 'DisposableStack'} already disposed`);
  return s;
}

/** Runs the resources in reverse, awaiting each result; settles the capability. */
function disposeAsync(resources: DisposableResource[], cap: { resolve(v: Value): void; reject(v: Value): void }): void {
  let i = resources.length - 1;
  let completion: ThrowCompletion | null = null;
  const fail = (e: Value): void => {
    if (completion !== null) {
      const err = makeError(R.realm, 'SuppressedError', '');
      err.DefineOwnProperty('error', { value: e, writable: true, enumerable: false, configurable: true });
      err.DefineOwnProperty('suppressed', { value: completion.value, writable: true, enumerable: false, configurable: true });
      completion = new ThrowCompletion(err);
    } else completion = new ThrowCompletion(e);
  };
  const step = (): void => {
    while (i >= 0) {
      const r = resources[i--];
      if (r.method === undefined && r.hint !== 'async') continue;
      try {
        const result = r.method === undefined ? undefined : r.method.Call(r.value, []);
        const p = PromiseResolve(R.realm.intrinsics['%Promise%'], r.syncFallback ? undefined : result);
        promiseThenHost(p as JSPromise, () => step(), (e) => { fail(e); step(); });
        return;
      } catch (e) {
        if (!(e instanceof ThrowCompletion)) throw e;
        fail(e.value);
      }
    }
    if (completion !== null) cap.reject(completion.value);
    else cap.resolve(undefined);
  };
  step();
}

function setupOne(realm: Realm, async: boolean): void {
  const name = async ? 'AsyncDisposableStack' : 'DisposableStack';
  const proto = new JSObject(realm.ObjectPrototype);
  const ctor = CreateBuiltinFunction(realm, (_t, _args, newTarget) => {
    if (newTarget === undefined) throwTypeError(`Constructor ${name} requires 'new'`);
    const p = GetPrototypeFromConstructor(newTarget, `%${name}.prototype%`);
    return new JSDisposableStack(p, async);
  }, 0, name, { ctor: true });
  void OrdinaryCreateFromConstructor;
  ctor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', ctor);
  realm.intrinsics[`%${name}%`] = ctor;
  realm.intrinsics[`%${name}.prototype%`] = proto;
  realm.addGlobal(name, ctor);
  const hint = async ? 'async' : 'sync';
  defineMethods(realm, proto, [
    ['adopt', (t, args) => {
      const s = pendingStack(t, async, 'adopt');
      const onDispose = args[1];
      if (!IsCallable(onDispose)) throwTypeError('onDispose is not a function');
      const value = args[0];
      const closure = CreateBuiltinFunction(realm, () => onDispose.Call(undefined, [value]), 0, '');
      s.resources.push({ value: undefined, hint, method: closure });
      return value;
    }, 2],
    ['defer', (t, args) => {
      const s = pendingStack(t, async, 'defer');
      const onDispose = args[0];
      if (!IsCallable(onDispose)) throwTypeError('onDispose is not a function');
      s.resources.push({ value: undefined, hint, method: onDispose });
      return undefined;
    }, 1],
    ['move', (t) => {
      const s = pendingStack(t, async, 'move');
      const n = new JSDisposableStack(realm.intrinsics[`%${name}.prototype%`], async);
      n.resources = s.resources;
      s.resources = [];
      s.state = 'disposed';
      return n;
    }, 0],
    ['use', (t, args) => {
      const s = pendingStack(t, async, 'use');
      AddDisposableResource(s.resources, args[0], hint);
      return args[0];
    }, 1],
  ]);
  if (!async) {
    const dispose = CreateBuiltinFunction(realm, (t) => {
      const s = thisStack(t, false, 'dispose');
      if (s.state === 'disposed') return undefined;
      s.state = 'disposed';
      const list = s.resources;
      s.resources = [];
      disposeResources(list, null);
      return undefined;
    }, 0, 'dispose');
    proto.addHidden('dispose', dispose);
    proto.addProperty(WellKnown.dispose, dispose, W | C);
  } else {
    const disposeAsyncFn = CreateBuiltinFunction(realm, (t) => {
      const cap = newPromiseIntrinsic(R.realm);
      if (!(t instanceof JSDisposableStack) || !t.async) {
        cap.reject(makeError(R.realm, 'TypeError', 'Method AsyncDisposableStack.prototype.disposeAsync called on incompatible receiver'));
        return cap.promise;
      }
      if (t.state === 'disposed') { cap.resolve(undefined); return cap.promise; }
      t.state = 'disposed';
      const list = t.resources;
      t.resources = [];
      disposeAsync(list, cap);
      return cap.promise;
    }, 0, 'disposeAsync');
    proto.addHidden('disposeAsync', disposeAsyncFn);
    proto.addProperty(WellKnown.asyncDispose, disposeAsyncFn, W | C);
  }
  defineAccessors(realm, proto, [['disposed', (t) => thisStack(t, async, 'disposed').state === 'disposed']]);
  proto.addProperty(WellKnown.toStringTag, name, C);
}

/** DisposableStack and AsyncDisposableStack. */
export function setupDisposableStack(realm: Realm): void {
  setupOne(realm, false);
  setupOne(realm, true);
}
