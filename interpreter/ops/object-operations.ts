import { JSObject } from '../values/object';
import { JSSymbol, WellKnown } from '../values/symbol';
import { type PropertyKey, type Value } from '../values/value';
import type { PropertyDescriptor } from '../values/descriptor';
import { IsAccessorDescriptor, IsDataDescriptor } from '../values/descriptor';
import { Msg, throwTypeError, throwRangeError } from '../errors';
import { R } from '../agent';
import type { Realm } from '../realm';
import { ToObject, ToPropertyKey, ToLength, describe, ToBoolean } from './type-conversion';
import { JSArray, ArrayCreate } from '../exotics/array';

/** https://tc39.es/ecma262/#sec-iscallable */
export function IsCallable(v: Value): v is JSObject {
  return v instanceof JSObject && v.isCallable;
}

/** https://tc39.es/ecma262/#sec-isconstructor */
export function IsConstructor(v: Value): v is JSObject {
  return v instanceof JSObject && v.isConstructor;
}

/** Property key as a string for messages. */
export function keyString(k: PropertyKey): string {
  return typeof k === 'string' ? k : `Symbol(${k.description ?? ''})`;
}

/** https://tc39.es/ecma262/#sec-getv */
export function GetV(v: Value, key: PropertyKey): Value {
  if (v instanceof JSObject) return v.Get(key, v);
  return protoForPrimitive(v, key).Get(key, v);
}

/** The prototype used for property lookups on a primitive (no wrapper is allocated). */
export function protoForPrimitive(v: Value, key: PropertyKey): JSObject {
  const realm = R.realm;
  switch (typeof v) {
    case 'string': return realm.intrinsics['%String.prototype%'];
    case 'number': return realm.intrinsics['%Number.prototype%'];
    case 'boolean': return realm.intrinsics['%Boolean.prototype%'];
    case 'bigint': return realm.intrinsics['%BigInt.prototype%'];
    case 'undefined': throwTypeError(Msg.readOfNullish(keyString(key), 'undefined'));
  }
  if (v === null) throwTypeError(Msg.readOfNullish(keyString(key), 'null'));
  if (v instanceof JSSymbol) return realm.intrinsics['%Symbol.prototype%'];
  throw new Error('interpreter bug: not a guest value');
}

/** https://tc39.es/ecma262/#sec-get-o-p */
export function Get(o: JSObject, key: PropertyKey): Value {
  return o.Get(key, o);
}

/** https://tc39.es/ecma262/#sec-set-o-p-v-throw */
export function Set(o: JSObject, key: PropertyKey, v: Value, throws: boolean): void {
  const ok = o.Set(key, v, o);
  if (!ok && throws) failedSet(o, key);
}

/** The TypeError of a failed [[Set]] in strict code, worded as V8 words it for the reason. */
export function failedSet(o: JSObject, key: PropertyKey): never {
  // Find out why, to word the error like V8.
  for (let p: JSObject | null = o; p !== null; p = p.GetPrototypeOf()) {
    const d = p.GetOwnProperty(key);
    if (d !== undefined) {
      if ('get' in d || 'set' in d) {
        if (d.set === undefined) throwTypeError(`Cannot set property ${keyString(key)} of ${describe(o)} which has only a getter`);
        break;
      }
      if (!d.writable) throwTypeError(Msg.readOnly(keyString(key), describe(o)));
      break;
    }
  }
  if (!o.IsExtensible()) throwTypeError(Msg.notExtensible(keyString(key)));
  throwTypeError(Msg.readOnly(keyString(key), describe(o)));
}


/** https://tc39.es/ecma262/#sec-createdataproperty */
export function CreateDataProperty(o: JSObject, key: PropertyKey, v: Value): boolean {
  return o.DefineOwnProperty(key, { value: v, writable: true, enumerable: true, configurable: true });
}

/** https://tc39.es/ecma262/#sec-createdatapropertyorthrow */
export function CreateDataPropertyOrThrow(o: JSObject, key: PropertyKey, v: Value): void {
  if (!CreateDataProperty(o, key, v)) throwTypeError(`Cannot define property ${keyString(key)}, object is not extensible`);
}

/** https://tc39.es/ecma262/#sec-createnonenumerabledatapropertyorthrow */
export function CreateNonEnumerableDataPropertyOrThrow(o: JSObject, key: PropertyKey, v: Value): void {
  DefinePropertyOrThrow(o, key, { value: v, writable: true, enumerable: false, configurable: true });
}

/** https://tc39.es/ecma262/#sec-definepropertyorthrow */
export function DefinePropertyOrThrow(o: JSObject, key: PropertyKey, desc: PropertyDescriptor): void {
  if (!o.DefineOwnProperty(key, desc)) throwTypeError(`Cannot redefine property: ${keyString(key)}`);
}

/** https://tc39.es/ecma262/#sec-deletepropertyorthrow */
export function DeletePropertyOrThrow(o: JSObject, key: PropertyKey): void {
  if (!o.Delete(key)) throwTypeError(Msg.cannotDelete(keyString(key), describe(o)));
}

/** https://tc39.es/ecma262/#sec-getmethod */
export function GetMethod(v: Value, key: PropertyKey): JSObject | undefined {
  const func = GetV(v, key);
  if (func === undefined || func === null) return undefined;
  if (!IsCallable(func)) throwTypeError(Msg.notAFunction(describe(func)));
  return func;
}

/** https://tc39.es/ecma262/#sec-hasproperty */
export function HasProperty(o: JSObject, key: PropertyKey): boolean {
  return o.HasProperty(key);
}

/** https://tc39.es/ecma262/#sec-hasownproperty */
export function HasOwnProperty(o: JSObject, key: PropertyKey): boolean {
  return o.GetOwnProperty(key) !== undefined;
}

/** https://tc39.es/ecma262/#sec-call */
export function Call(f: Value, thisValue: Value, args: Value[] = []): Value {
  if (!IsCallable(f)) throwTypeError(Msg.notAFunction(describe(f)));
  return f.Call(thisValue, args);
}

/** https://tc39.es/ecma262/#sec-construct */
export function Construct(f: JSObject, args: Value[] = [], newTarget: JSObject = f): JSObject {
  return f.Construct(args, newTarget);
}

/** https://tc39.es/ecma262/#sec-setintegritylevel */
export function SetIntegrityLevel(o: JSObject, level: 'sealed' | 'frozen'): boolean {
  if (!o.PreventExtensions()) return false;
  const keys = o.OwnPropertyKeys();
  if (level === 'sealed') {
    for (const k of keys) DefinePropertyOrThrow(o, k, { configurable: false });
  } else {
    for (const k of keys) {
      const current = o.GetOwnProperty(k);
      if (current !== undefined) {
        const desc: PropertyDescriptor = IsAccessorDescriptor(current) ? { configurable: false } : { configurable: false, writable: false };
        DefinePropertyOrThrow(o, k, desc);
      }
    }
  }
  return true;
}

/** https://tc39.es/ecma262/#sec-testintegritylevel */
export function TestIntegrityLevel(o: JSObject, level: 'sealed' | 'frozen'): boolean {
  if (o.IsExtensible()) return false;
  for (const k of o.OwnPropertyKeys()) {
    const current = o.GetOwnProperty(k);
    if (current !== undefined) {
      if (current.configurable) return false;
      if (level === 'frozen' && IsDataDescriptor(current) && current.writable) return false;
    }
  }
  return true;
}

/** https://tc39.es/ecma262/#sec-createarrayfromlist */
export function CreateArrayFromList(list: Value[]): JSArray {
  return ArrayCreate(0, undefined, list.slice());
}

/** https://tc39.es/ecma262/#sec-lengthofarraylike */
export function LengthOfArrayLike(o: JSObject): number {
  if (o instanceof JSArray && !o.exotic) return o.length;
  return ToLength(o.Get('length', o));
}

/** https://tc39.es/ecma262/#sec-createlistfromarraylike */
export function CreateListFromArrayLike(v: Value, elementTypes?: 'property-key'): Value[] {
  if (!(v instanceof JSObject)) throwTypeError('CreateListFromArrayLike called on non-object');
  const len = LengthOfArrayLike(v);
  if (len > 1e7) throwRangeError('Too many arguments in function call (only 65535 allowed)');
  const list: Value[] = [];
  for (let i = 0; i < len; i++) {
    const next = v.Get(String(i), v);
    if (elementTypes === 'property-key' && typeof next !== 'string' && !(next instanceof JSSymbol)) {
      throwTypeError(`${describe(next)} is not a valid property name`);
    }
    list.push(next);
  }
  return list;
}

/** https://tc39.es/ecma262/#sec-invoke */
export function Invoke(v: Value, key: PropertyKey, args: Value[] = []): Value {
  const func = GetV(v, key);
  return Call(func, v, args);
}

/** https://tc39.es/ecma262/#sec-ordinaryhasinstance */
export function OrdinaryHasInstance(c: Value, o: Value): boolean {
  if (!IsCallable(c)) return false;
  const bound = (c as any).boundTargetFunction as JSObject | undefined;
  if (bound !== undefined) return InstanceofOperator(o, bound);
  if (!(o instanceof JSObject)) return false;
  const p = c.Get('prototype', c);
  if (!(p instanceof JSObject)) throwTypeError(`Function has non-object prototype '${describe(p)}' in instanceof check`);
  let cur: JSObject | null = o;
  for (;;) {
    cur = cur.GetPrototypeOf();
    if (cur === null) return false;
    if (cur === p) return true;
  }
}

/** https://tc39.es/ecma262/#sec-instanceofoperator */
export function InstanceofOperator(v: Value, target: Value): boolean {
  if (!(target instanceof JSObject)) throwTypeError(Msg.instanceofNotObject());
  const instOfHandler = GetMethod(target, WellKnown.hasInstance);
  if (instOfHandler !== undefined) return ToBoolean(Call(instOfHandler, target, [v]));
  if (!IsCallable(target)) throwTypeError(Msg.instanceofNotCallable());
  return OrdinaryHasInstance(target, v);
}

/** https://tc39.es/ecma262/#sec-speciesconstructor */
export function SpeciesConstructor(o: JSObject, defaultConstructor: JSObject): JSObject {
  const c = o.Get('constructor', o);
  if (c === undefined) return defaultConstructor;
  if (!(c instanceof JSObject)) throwTypeError('object.constructor is not an object');
  const s = c.Get(WellKnown.species, c);
  if (s === undefined || s === null) return defaultConstructor;
  if (IsConstructor(s)) return s;
  throwTypeError('object.constructor[Symbol.species] is not a constructor');
}

/** https://tc39.es/ecma262/#sec-enumerableownproperties */
export function EnumerableOwnProperties(o: JSObject, kind: 'key' | 'value' | 'key+value'): Value[] {
  const out: Value[] = [];
  for (const key of o.OwnPropertyKeys()) {
    if (typeof key !== 'string') continue;
    const desc = o.GetOwnProperty(key);
    if (desc === undefined || !desc.enumerable) continue;
    if (kind === 'key') out.push(key);
    else {
      const value = o.Get(key, o);
      out.push(kind === 'value' ? value : CreateArrayFromList([key, value]));
    }
  }
  return out;
}

/** https://tc39.es/ecma262/#sec-getfunctionrealm */
export function GetFunctionRealm(f: JSObject): Realm {
  const r = f.realm;
  if (r !== undefined) return r;
  const bound = (f as any).boundTargetFunction as JSObject | undefined;
  if (bound !== undefined) return GetFunctionRealm(bound);
  const proxyTarget = (f as any).proxyTarget as JSObject | null | undefined;
  if (proxyTarget !== undefined) {
    if (proxyTarget === null) throwTypeError('Cannot perform operation on a revoked proxy');
    return GetFunctionRealm(proxyTarget);
  }
  return R.realm;
}

/** https://tc39.es/ecma262/#sec-getprototypefromconstructor */
export function GetPrototypeFromConstructor(constructor: JSObject, intrinsicDefaultProto: string): JSObject {
  const proto = constructor.Get('prototype', constructor);
  if (proto instanceof JSObject) return proto;
  return GetFunctionRealm(constructor).intrinsics[intrinsicDefaultProto];
}

/** https://tc39.es/ecma262/#sec-ordinarycreatefromconstructor */
export function OrdinaryCreateFromConstructor(constructor: JSObject | undefined, intrinsicDefaultProto: string): JSObject {
  const proto = constructor === undefined ? R.realm.intrinsics[intrinsicDefaultProto] : GetPrototypeFromConstructor(constructor, intrinsicDefaultProto);
  return new JSObject(proto);
}

/** https://tc39.es/ecma262/#sec-copydataproperties */
export function CopyDataProperties(target: JSObject, source: Value, excluded: PropertyKey[]): void {
  if (source === undefined || source === null) return;
  const from = ToObject(source);
  for (const key of from.OwnPropertyKeys()) {
    if (excluded.includes(key)) continue;
    const desc = from.GetOwnProperty(key);
    if (desc !== undefined && desc.enumerable) CreateDataPropertyOrThrow(target, key, from.Get(key, from));
  }
}

/** https://tc39.es/ecma262/#sec-isarray */
export function IsArray(v: Value): boolean {
  if (!(v instanceof JSObject)) return false;
  if (v instanceof JSArray) return true;
  const handler = (v as any).proxyHandler;
  if (handler !== undefined) {
    if (handler === null) throwTypeError('Cannot perform \'IsArray\' on a proxy that has been revoked');
    return IsArray((v as any).proxyTarget);
  }
  return false;
}

/** https://tc39.es/ecma262/#sec-isregexp */
export function IsRegExp(v: Value): boolean {
  if (!(v instanceof JSObject)) return false;
  const matcher = v.Get(WellKnown.match, v);
  if (matcher !== undefined) return ToBoolean(matcher);
  return v.className === 'RegExp';
}

export { ToPropertyKey };
