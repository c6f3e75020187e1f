import { JSObject } from '../values/object';
import { defineMethods } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { Msg, throwTypeError } from '../errors';
import { CreateArrayFromList, CreateListFromArrayLike, IsCallable, IsConstructor } from '../ops/object-operations';
import { ToPropertyKey, describe } from '../ops/type-conversion';
import { FromPropertyDescriptor, ToPropertyDescriptor } from './Object';
import { C } from '../values/shape';

function requireTarget(v: Value, method: string): JSObject {
  if (v instanceof JSObject) return v;
  throwTypeError(`Reflect.${method} called on non-object`);
}

/** How V8 names a value's type in "which is a number and not a function". */
function typeWord(v: Value): string {
  if (v === null) return 'null';
  if (v instanceof JSObject) return 'an object';
  const t = typeof v;
  if (t === 'object') return 'a symbol';
  return t === 'undefined' ? 'undefined' : `a ${t}`;
}

/** The Reflect object. https://tc39.es/ecma262/#sec-reflect-object */
export function setupReflect(realm: Realm): void {
  const reflect = new JSObject(realm.ObjectPrototype);
  realm.intrinsics['%Reflect%'] = reflect;
  realm.addGlobal('Reflect', reflect);
  defineMethods(realm, reflect, [
    ['apply', (_t, args) => {
      // https://tc39.es/ecma262/#sec-reflect.apply
      const target = args[0];
      if (!IsCallable(target)) {
        throwTypeError(`Function.prototype.apply was called on ${describe(target)}, which is ${typeWord(target)} and not a function`);
      }
      const list = CreateListFromArrayLike(args[2]);
      return target.Call(args[1], list);
    }, 3],
    ['construct', (_t, args) => {
      // https://tc39.es/ecma262/#sec-reflect.construct
      const target = args[0];
      if (!IsConstructor(target)) throwTypeError(Msg.notAConstructor(describe(target)));
      let newTarget = args.length < 3 ? target : args[2];
      if (!IsConstructor(newTarget)) throwTypeError(Msg.notAConstructor(describe(newTarget)));
      const list = CreateListFromArrayLike(args[1]);
      return target.Construct(list, newTarget as JSObject);
    }, 2],
    ['defineProperty', (_t, args) => {
      const target = requireTarget(args[0], 'defineProperty');
      const key = ToPropertyKey(args[1]);
      const desc = ToPropertyDescriptor(args[2]);
      return target.DefineOwnProperty(key, desc);
    }, 3],
    ['deleteProperty', (_t, args) => {
      const target = requireTarget(args[0], 'deleteProperty');
      return target.Delete(ToPropertyKey(args[1]));
    }, 2],
    ['get', (_t, args) => {
      const target = requireTarget(args[0], 'get');
      const key = ToPropertyKey(args[1]);
      const receiver = args.length < 3 ? target : args[2];
      return target.Get(key, receiver);
    }, 2],
    ['getOwnPropertyDescriptor', (_t, args) => {
      const target = requireTarget(args[0], 'getOwnPropertyDescriptor');
      return FromPropertyDescriptor(target.GetOwnProperty(ToPropertyKey(args[1])));
    }, 2],
    ['getPrototypeOf', (_t, args) => requireTarget(args[0], 'getPrototypeOf').GetPrototypeOf(), 1],
    ['has', (_t, args) => {
      const target = requireTarget(args[0], 'has');
      return target.HasProperty(ToPropertyKey(args[1]));
    }, 2],
    ['isExtensible', (_t, args) => requireTarget(args[0], 'isExtensible').IsExtensible(), 1],
    ['ownKeys', (_t, args) => CreateArrayFromList(requireTarget(args[0], 'ownKeys').OwnPropertyKeys()), 1],
    ['preventExtensions', (_t, args) => requireTarget(args[0], 'preventExtensions').PreventExtensions(), 1],
    ['set', (_t, args) => {
      const target = requireTarget(args[0], 'set');
      const key = ToPropertyKey(args[1]);
      const receiver = args.length < 4 ? target : args[3];
      return target.Set(key, args[2], receiver);
    }, 3],
    ['setPrototypeOf', (_t, args) => {
      const target = requireTarget(args[0], 'setPrototypeOf');
      const proto = args[1];
      if (proto !== null && !(proto instanceof JSObject)) throwTypeError(Msg.protoNotObject(describe(proto)));
      return target.SetPrototypeOf(proto);
    }, 2],
  ]);
  // V8 leaves these out of stack traces.
  for (const k of ['apply', 'construct']) (reflect.slots[reflect.shape.lookup(k)] as any).hiddenFrame = true;
  reflect.addProperty(WellKnown.toStringTag, 'Reflect', C);
}
