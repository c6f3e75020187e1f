import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods } from '../values/function';
import { JSSymbol, WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { Msg, throwTypeError } from '../errors';
import { GetPrototypeFromConstructor, IsCallable } from '../ops/object-operations';
import { DONE, GetIterator, IteratorStepValue, closeOnThrow } from '../ops/iterator-operations';
import { describe } from '../ops/type-conversion';
import { C } from '../values/shape';

/** A value that can be held weakly: an object or a symbol not in the global registry. https://tc39.es/ecma262/#sec-canbeheldweakly */
export function CanBeHeldWeakly(v: Value): v is JSObject | JSSymbol {
  if (v instanceof JSObject) return true;
  return v instanceof JSSymbol && v.registeredKey === undefined;
}

/** A WeakMap: [[WeakMapData]] is a host WeakMap keyed by our JSObject/JSSymbol instances. */
export class JSWeakMap extends JSObject {
  readonly data = new WeakMap<JSObject | JSSymbol, Value>();
}
JSWeakMap.prototype.className = 'WeakMap';

/** A WeakSet: [[WeakSetData]] is a host WeakSet. */
export class JSWeakSet extends JSObject {
  readonly data = new WeakSet<JSObject | JSSymbol>();
}
JSWeakSet.prototype.className = 'WeakSet';

/** A WeakRef: [[WeakRefTarget]] is a host WeakRef (whose deref keeps the target alive for the host job, as AddToKeptObjects asks). */
export class JSWeakRef extends JSObject {
  constructor(proto: JSObject, readonly target: WeakRef<JSObject | JSSymbol>) {
    super(proto);
  }
}
JSWeakRef.prototype.className = 'WeakRef';

/** What the host registry holds for one registered cell. */
interface Cell {
  heldValue: Value;
}

/**
 * A FinalizationRegistry, backed by a host FinalizationRegistry. When the host collects a target,
 * its held value is handed to the cleanup callback as a job of the registry's agent (never
 * re-entrantly, whatever the host is doing at that moment).
 */
export class JSFinalizationRegistry extends JSObject {
  readonly registry: FinalizationRegistry<Cell>;
  constructor(proto: JSObject, readonly cleanup: JSObject, readonly fnRealm: Realm) {
    super(proto);
    const agent = fnRealm.agent;
    this.registry = new FinalizationRegistry<Cell>((cell) => {
      agent.enqueueJob(() => {
        // https://tc39.es/ecma262/#sec-cleanup-finalization-registry (HostCallJobCallback)
        const saved = R.realm;
        R.realm = fnRealm;
        try {
          this.cleanup.Call(undefined, [cell.heldValue]);
        } finally {
          R.realm = saved;
        }
      });
    });
  }
}
JSFinalizationRegistry.prototype.className = 'FinalizationRegistry';

function receiver<T>(v: Value, cls: new (...a: any[]) => T, method: string): T {
  if (v instanceof cls) return v;
  throwTypeError(Msg.incompatibleReceiver(method, describe(v)));
}

function makeConstructor(realm: Realm, name: string, length: number, impl: (args: Value[], newTarget: JSObject) => JSObject): [JSObject, JSObject] {
  const proto = new JSObject(realm.ObjectPrototype);
  const ctor = CreateBuiltinFunction(realm, (_this, args, newTarget) => {
    if (newTarget === undefined) throwTypeError(`Constructor ${name} requires 'new'`);
    return impl(args, newTarget);
  }, length, name, { ctor: true });
  realm.intrinsics[`%${name}%`] = ctor;
  realm.intrinsics[`%${name}.prototype%`] = proto;
  ctor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', ctor);
  realm.addGlobal(name, ctor);
  return [ctor, proto];
}

/** WeakMap, WeakSet, WeakRef and FinalizationRegistry. https://tc39.es/ecma262/#sec-weakmap-objects */
export function setupWeak(realm: Realm): void {
  // ---- WeakMap https://tc39.es/ecma262/#sec-weakmap-objects ----
  const [, weakMapProto] = makeConstructor(realm, 'WeakMap', 0, (args, newTarget) => {
    const map = new JSWeakMap(GetPrototypeFromConstructor(newTarget, '%WeakMap.prototype%'));
    const iterable = args[0];
    if (iterable === undefined || iterable === null) return map;
    const adder = map.Get('set', map);
    if (!IsCallable(adder)) throwTypeError(`'${describe(adder)}' returned for property 'set' of object '#<WeakMap>' is not a function`);
    // AddEntriesFromIterable https://tc39.es/ecma262/#sec-add-entries-from-iterable
    const r = GetIterator(iterable);
    for (;;) {
      const next = IteratorStepValue(r);
      if (next === DONE) return map;
      try {
        if (!(next instanceof JSObject)) throwTypeError(`Iterator value ${describe(next)} is not an entry object`);
        const k = next.Get('0', next);
        const v = next.Get('1', next);
        adder.Call(map, [k, v]);
      } catch (e) {
        closeOnThrow(r, e);
      }
    }
  });
  const wm = (v: Value, m: string) => receiver(v, JSWeakMap, `WeakMap.prototype.${m}`).data;
  defineMethods(realm, weakMapProto, [
    ['delete', (thisValue, args) => {
      const d = wm(thisValue, 'delete');
      const key = args[0];
      return CanBeHeldWeakly(key) ? d.delete(key) : false;
    }, 1],
    ['get', (thisValue, args) => {
      const d = wm(thisValue, 'get');
      const key = args[0];
      return CanBeHeldWeakly(key) ? d.get(key) : undefined;
    }, 1],
    ['getOrInsert', (thisValue, args) => {
      // https://tc39.es/proposal-upsert/#sec-weakmap.prototype.getOrInsert
      const d = wm(thisValue, 'getOrInsert');
      const key = args[0];
      if (!CanBeHeldWeakly(key)) throwTypeError('Invalid value used as weak map key');
      if (d.has(key)) return d.get(key);
      d.set(key, args[1]);
      return args[1];
    }, 2],
    ['getOrInsertComputed', (thisValue, args) => {
      // https://tc39.es/proposal-upsert/#sec-weakmap.prototype.getOrInsertComputed
      const d = wm(thisValue, 'getOrInsertComputed');
      const key = args[0], callback = args[1];
      if (!IsCallable(callback)) throwTypeError(Msg.notAFunction(describe(callback)));
      if (!CanBeHeldWeakly(key)) throwTypeError('Invalid value used as weak map key');
      if (d.has(key)) return d.get(key);
      const value = callback.Call(undefined, [key]);
      d.set(key, value);
      return value;
    }, 2],
    ['has', (thisValue, args) => {
      const d = wm(thisValue, 'has');
      const key = args[0];
      return CanBeHeldWeakly(key) ? d.has(key) : false;
    }, 1],
    ['set', (thisValue, args) => {
      const d = wm(thisValue, 'set');
      const key = args[0];
      if (!CanBeHeldWeakly(key)) throwTypeError('Invalid value used as weak map key');
      d.set(key, args[1]);
      return thisValue;
    }, 2],
  ]);
  weakMapProto.addProperty(WellKnown.toStringTag, 'WeakMap', C);

  // ---- WeakSet https://tc39.es/ecma262/#sec-weakset-objects ----
  const [, weakSetProto] = makeConstructor(realm, 'WeakSet', 0, (args, newTarget) => {
    const set = new JSWeakSet(GetPrototypeFromConstructor(newTarget, '%WeakSet.prototype%'));
    const iterable = args[0];
    if (iterable === undefined || iterable === null) return set;
    const adder = set.Get('add', set);
    if (!IsCallable(adder)) throwTypeError(`'${describe(adder)}' returned for property 'add' of object '#<WeakSet>' is not a function`);
    const r = GetIterator(iterable);
    for (;;) {
      const next = IteratorStepValue(r);
      if (next === DONE) return set;
      try {
        adder.Call(set, [next]);
      } catch (e) {
        closeOnThrow(r, e);
      }
    }
  });
  const ws = (v: Value, m: string) => receiver(v, JSWeakSet, `WeakSet.prototype.${m}`).data;
  defineMethods(realm, weakSetProto, [
    ['add', (thisValue, args) => {
      const d = ws(thisValue, 'add');
      const value = args[0];
      if (!CanBeHeldWeakly(value)) throwTypeError('Invalid value used in weak set');
      d.add(value);
      return thisValue;
    }, 1],
    ['delete', (thisValue, args) => {
      const d = ws(thisValue, 'delete');
      const value = args[0];
      return CanBeHeldWeakly(value) ? d.delete(value) : false;
    }, 1],
    ['has', (thisValue, args) => {
      const d = ws(thisValue, 'has');
      const value = args[0];
      return CanBeHeldWeakly(value) ? d.has(value) : false;
    }, 1],
  ]);
  weakSetProto.addProperty(WellKnown.toStringTag, 'WeakSet', C);

  // ---- WeakRef https://tc39.es/ecma262/#sec-weak-ref-objects ----
  const [, weakRefProto] = makeConstructor(realm, 'WeakRef', 1, (args, newTarget) => {
    const target = args[0];
    if (!CanBeHeldWeakly(target)) throwTypeError('WeakRef: invalid target');
    const proto = GetPrototypeFromConstructor(newTarget, '%WeakRef.prototype%');
    return new JSWeakRef(proto, new WeakRef(target));
  });
  defineMethods(realm, weakRefProto, [
    ['deref', (thisValue) => receiver(thisValue, JSWeakRef, 'WeakRef.prototype.deref').target.deref(), 0],
  ]);
  weakRefProto.addProperty(WellKnown.toStringTag, 'WeakRef', C);

  // ---- FinalizationRegistry https://tc39.es/ecma262/#sec-finalization-registry-objects ----
  const [, registryProto] = makeConstructor(realm, 'FinalizationRegistry', 1, (args, newTarget) => {
    const cleanup = args[0];
    if (!IsCallable(cleanup)) throwTypeError('FinalizationRegistry: cleanup must be callable');
    const proto = GetPrototypeFromConstructor(newTarget, '%FinalizationRegistry.prototype%');
    return new JSFinalizationRegistry(proto, cleanup, realm);
  });
  defineMethods(realm, registryProto, [
    ['register', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-finalization-registry.prototype.register
      const fr = receiver(thisValue, JSFinalizationRegistry, 'FinalizationRegistry.prototype.register');
      const target = args[0], heldValue = args[1], unregisterToken = args[2];
      if (!CanBeHeldWeakly(target)) throwTypeError('FinalizationRegistry.prototype.register: invalid target');
      if (Object.is(target, heldValue)) throwTypeError('FinalizationRegistry.prototype.register: target and holdings must not be same');
      if (!CanBeHeldWeakly(unregisterToken) && unregisterToken !== undefined) {
        throwTypeError(`Invalid unregisterToken ('${describe(unregisterToken)}')`);
      }
      const cell: Cell = { heldValue };
      if (unregisterToken === undefined) fr.registry.register(target, cell);
      else fr.registry.register(target, cell, unregisterToken as JSObject | JSSymbol);
      return undefined;
    }, 2],
    ['unregister', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-finalization-registry.prototype.unregister
      const fr = receiver(thisValue, JSFinalizationRegistry, 'FinalizationRegistry.prototype.unregister');
      const token = args[0];
      if (!CanBeHeldWeakly(token)) throwTypeError(`Invalid unregisterToken ('${describe(token)}')`);
      return fr.registry.unregister(token);
    }, 1],
  ]);
  registryProto.addProperty(WellKnown.toStringTag, 'FinalizationRegistry', C);
}
