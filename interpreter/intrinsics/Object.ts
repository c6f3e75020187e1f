import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods, defineAccessors } from '../values/function';
import { JSSymbol, WellKnown } from '../values/symbol';
import type { PropertyKey, Value } from '../values/value';
import type { PropertyDescriptor } from '../values/descriptor';
import { IsAccessorDescriptor, IsDataDescriptor } from '../values/descriptor';
import type { Realm } from '../realm';
import { R } from '../agent';
import { Msg, throwTypeError } from '../errors';
import {
  Call, CreateArrayFromList, CreateDataPropertyOrThrow, DefinePropertyOrThrow, EnumerableOwnProperties, Get,
  HasOwnProperty, IsArray, IsCallable, OrdinaryCreateFromConstructor, SetIntegrityLevel, TestIntegrityLevel, keyString,
  failedSet,
} from '../ops/object-operations';
import { SameValue } from '../values/object';
import { ToObject, ToPropertyKey, ToBoolean, describe } from '../ops/type-conversion';
import { iterate } from '../ops/iterator-operations';
import { C, W, WEC } from '../values/shape';

/** https://tc39.es/ecma262/#sec-topropertydescriptor */
export function ToPropertyDescriptor(obj: Value): PropertyDescriptor {
  if (!(obj instanceof JSObject)) throwTypeError(`Property description must be an object: ${describe(obj)}`);
  const desc: PropertyDescriptor = {};
  if (obj.HasProperty('enumerable')) desc.enumerable = ToBoolean(obj.Get('enumerable', obj));
  if (obj.HasProperty('configurable')) desc.configurable = ToBoolean(obj.Get('configurable', obj));
  if (obj.HasProperty('value')) desc.value = obj.Get('value', obj);
  if (obj.HasProperty('writable')) desc.writable = ToBoolean(obj.Get('writable', obj));
  if (obj.HasProperty('get')) {
    const g = obj.Get('get', obj);
    if (g !== undefined && !IsCallable(g)) throwTypeError(`Getter must be a function: ${describe(g)}`);
    desc.get = g as JSObject | undefined;
  }
  if (obj.HasProperty('set')) {
    const s = obj.Get('set', obj);
    if (s !== undefined && !IsCallable(s)) throwTypeError(`Setter must be a function: ${describe(s)}`);
    desc.set = s as JSObject | undefined;
  }
  if (('get' in desc || 'set' in desc) && ('value' in desc || 'writable' in desc)) {
    throwTypeError('Invalid property descriptor. Cannot both specify accessors and a value or writable attribute');
  }
  return desc;
}

/** https://tc39.es/ecma262/#sec-frompropertydescriptor */
export function FromPropertyDescriptor(desc: PropertyDescriptor | undefined): Value {
  if (desc === undefined) return undefined;
  const o = new JSObject(R.realm.ObjectPrototype);
  if ('value' in desc) o.addProperty('value', desc.value, WEC);
  if ('writable' in desc) o.addProperty('writable', desc.writable, WEC);
  if ('get' in desc) o.addProperty('get', desc.get, WEC);
  if ('set' in desc) o.addProperty('set', desc.set, WEC);
  if ('enumerable' in desc) o.addProperty('enumerable', desc.enumerable, WEC);
  if ('configurable' in desc) o.addProperty('configurable', desc.configurable, WEC);
  return o;
}

/** https://tc39.es/ecma262/#sec-objectdefineproperties */
function ObjectDefineProperties(o: JSObject, properties: Value): JSObject {
  const props = ToObject(properties);
  const descriptors: [PropertyKey, PropertyDescriptor][] = [];
  for (const key of props.OwnPropertyKeys()) {
    const propDesc = props.GetOwnProperty(key);
    if (propDesc !== undefined && propDesc.enumerable) {
      descriptors.push([key, ToPropertyDescriptor(props.Get(key, props))]);
    }
  }
  for (const [k, d] of descriptors) DefinePropertyOrThrow(o, k, d);
  return o;
}

function requireObjectProto(v: Value): JSObject | null {
  if (v === null || v instanceof JSObject) return v;
  throwTypeError(Msg.protoNotObject(describe(v)));
}

export function setupObject(realm: Realm): void {
  const proto = realm.ObjectPrototype;
  const ObjectCtor = CreateBuiltinFunction(realm, (_this, args, newTarget) => {
    // https://tc39.es/ecma262/#sec-object-value
    const active = R.fnStack[R.depth - 1];
    if (newTarget !== undefined && newTarget !== active) return OrdinaryCreateFromConstructor(newTarget, '%Object.prototype%');
    const value = args[0];
    if (value === undefined || value === null) return new JSObject(realm.ObjectPrototype);
    return ToObject(value);
  }, 1, 'Object', { ctor: true });
  realm.intrinsics['%Object%'] = ObjectCtor;
  ObjectCtor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', ObjectCtor);
  realm.addGlobal('Object', ObjectCtor);

  defineMethods(realm, ObjectCtor, [
    ['assign', (_t, args) => {
      const to = ToObject(args[0]);
      for (let i = 1; i < args.length; i++) {
        const next = args[i];
        if (next === undefined || next === null) continue;
        const from = ToObject(next);
        for (const key of from.OwnPropertyKeys()) {
          const desc = from.GetOwnProperty(key);
          if (desc !== undefined && desc.enumerable) {
            const v = from.Get(key, from);
            if (!to.Set(key, v, to)) failedSet(to, key);
          }
        }
      }
      return to;
    }, 2],
    ['create', (_t, args) => {
      const p = args[0];
      if (p !== null && !(p instanceof JSObject)) throwTypeError(Msg.protoNotObject(describe(p)));
      const o = new JSObject(p as JSObject | null);
      if (args[1] !== undefined) return ObjectDefineProperties(o, args[1]);
      return o;
    }, 2],
    ['defineProperties', (_t, args) => {
      if (!(args[0] instanceof JSObject)) throwTypeError('Object.defineProperties called on non-object');
      return ObjectDefineProperties(args[0], args[1]);
    }, 2],
    ['defineProperty', (_t, args) => {
      const o = args[0];
      if (!(o instanceof JSObject)) throwTypeError('Object.defineProperty called on non-object');
      const key = ToPropertyKey(args[1]);
      const desc = ToPropertyDescriptor(args[2]);
      DefinePropertyOrThrow(o, key, desc);
      return o;
    }, 3],
    ['entries', (_t, args) => CreateArrayFromList(EnumerableOwnProperties(ToObject(args[0]), 'key+value')), 1],
    ['freeze', (_t, args) => {
      const o = args[0];
      if (!(o instanceof JSObject)) return o;
      if (!SetIntegrityLevel(o, 'frozen')) throwTypeError('Cannot freeze');
      return o;
    }, 1],
    ['fromEntries', (_t, args) => {
      const iterable = args[0];
      if (iterable === undefined || iterable === null) throwTypeError(Msg.notIterable(describe(iterable)));
      const obj = new JSObject(realm.ObjectPrototype);
      iterate(iterable, (entry) => {
        if (!(entry instanceof JSObject)) throwTypeError(`Iterator value ${describe(entry)} is not an entry object`);
        const k = entry.Get('0', entry);
        const v = entry.Get('1', entry);
        CreateDataPropertyOrThrow(obj, ToPropertyKey(k), v);
      });
      return obj;
    }, 1],
    ['getOwnPropertyDescriptor', (_t, args) => {
      const o = ToObject(args[0]);
      const key = ToPropertyKey(args[1]);
      return FromPropertyDescriptor(o.GetOwnProperty(key));
    }, 2],
    ['getOwnPropertyDescriptors', (_t, args) => {
      const o = ToObject(args[0]);
      const out = new JSObject(realm.ObjectPrototype);
      for (const key of o.OwnPropertyKeys()) {
        const d = FromPropertyDescriptor(o.GetOwnProperty(key));
        if (d !== undefined) CreateDataPropertyOrThrow(out, key, d);
      }
      return out;
    }, 1],
    ['getOwnPropertyNames', (_t, args) => CreateArrayFromList(ToObject(args[0]).OwnPropertyKeys().filter((k) => typeof k === 'string')), 1],
    ['getOwnPropertySymbols', (_t, args) => CreateArrayFromList(ToObject(args[0]).OwnPropertyKeys().filter((k) => k instanceof JSSymbol)), 1],
    ['getPrototypeOf', (_t, args) => ToObject(args[0]).GetPrototypeOf(), 1],
    ['groupBy', (_t, args) => {
      const groups = groupBy(args[0], args[1], 'property');
      const obj = new JSObject(null);
      for (const [k, vs] of groups) CreateDataPropertyOrThrow(obj, k as PropertyKey, CreateArrayFromList(vs));
      return obj;
    }, 2],
    ['hasOwn', (_t, args) => {
      const o = ToObject(args[0]);
      return HasOwnProperty(o, ToPropertyKey(args[1]));
    }, 2],
    ['is', (_t, args) => SameValue(args[0], args[1]), 2],
    ['isExtensible', (_t, args) => args[0] instanceof JSObject ? args[0].IsExtensible() : false, 1],
    ['isFrozen', (_t, args) => args[0] instanceof JSObject ? TestIntegrityLevel(args[0], 'frozen') : true, 1],
    ['isSealed', (_t, args) => args[0] instanceof JSObject ? TestIntegrityLevel(args[0], 'sealed') : true, 1],
    ['keys', (_t, args) => CreateArrayFromList(EnumerableOwnProperties(ToObject(args[0]), 'key')), 1],
    ['preventExtensions', (_t, args) => {
      const o = args[0];
      if (o instanceof JSObject && !o.PreventExtensions()) throwTypeError('Cannot prevent extensions');
      return o;
    }, 1],
    ['seal', (_t, args) => {
      const o = args[0];
      if (!(o instanceof JSObject)) return o;
      if (!SetIntegrityLevel(o, 'sealed')) throwTypeError('Cannot seal');
      return o;
    }, 1],
    ['setPrototypeOf', (_t, args) => {
      const o = args[0];
      if (o === undefined || o === null) throwTypeError('Object.setPrototypeOf called on null or undefined');
      const p = requireObjectProto(args[1]);
      if (!(o instanceof JSObject)) return o;
      if (!o.SetPrototypeOf(p)) throwTypeError(o.IsExtensible() ? Msg.cyclicProto() : `${describe(o)} is not extensible`);
      return o;
    }, 2],
    ['values', (_t, args) => CreateArrayFromList(EnumerableOwnProperties(ToObject(args[0]), 'value')), 1],
  ]);

  defineMethods(realm, proto, [
    ['hasOwnProperty', (thisValue, args) => {
      const key = ToPropertyKey(args[0]);
      return HasOwnProperty(ToObject(thisValue), key);
    }, 1],
    ['isPrototypeOf', (thisValue, args) => {
      let v = args[0];
      if (!(v instanceof JSObject)) return false;
      const o = ToObject(thisValue);
      for (;;) {
        v = (v as JSObject).GetPrototypeOf();
        if (v === null) return false;
        if (v === o) return true;
      }
    }, 1],
    ['propertyIsEnumerable', (thisValue, args) => {
      const key = ToPropertyKey(args[0]);
      const desc = ToObject(thisValue).GetOwnProperty(key);
      return desc !== undefined && !!desc.enumerable;
    }, 1],
    ['toLocaleString', (thisValue) => {
      const f = thisValue instanceof JSObject ? thisValue.Get('toString', thisValue) : ToObject(thisValue).Get('toString', thisValue);
      return Call(f, thisValue);
    }, 0],
    ['toString', (thisValue) => ObjectPrototypeToString(thisValue), 0],
    ['valueOf', (thisValue) => ToObject(thisValue), 0],
    // Annex B
    ['__defineGetter__', (thisValue, args) => {
      const o = ToObject(thisValue);
      if (!IsCallable(args[1])) throwTypeError('Object.prototype.__defineGetter__: Expecting function');
      DefinePropertyOrThrow(o, ToPropertyKey(args[0]), { get: args[1], enumerable: true, configurable: true });
      return undefined;
    }, 2],
    ['__defineSetter__', (thisValue, args) => {
      const o = ToObject(thisValue);
      if (!IsCallable(args[1])) throwTypeError('Object.prototype.__defineSetter__: Expecting function');
      DefinePropertyOrThrow(o, ToPropertyKey(args[0]), { set: args[1], enumerable: true, configurable: true });
      return undefined;
    }, 2],
    ['__lookupGetter__', (thisValue, args) => lookupAccessor(thisValue, args[0], 'get'), 1],
    ['__lookupSetter__', (thisValue, args) => lookupAccessor(thisValue, args[0], 'set'), 1],
  ]);
  defineAccessors(realm, proto, [
    ['__proto__', (thisValue) => ToObject(thisValue).GetPrototypeOf(), (thisValue, args) => {
      if (thisValue === undefined || thisValue === null) throwTypeError('Object.prototype.__proto__ called on null or undefined');
      const p = args[0];
      if (p !== null && !(p instanceof JSObject)) return undefined;
      if (!(thisValue instanceof JSObject)) return undefined;
      if (!thisValue.SetPrototypeOf(p)) throwTypeError(Msg.cyclicProto());
      return undefined;
    }],
  ]);
}

function lookupAccessor(thisValue: Value, k: Value, which: 'get' | 'set'): Value {
  let o: JSObject | null = ToObject(thisValue);
  const key = ToPropertyKey(k);
  while (o !== null) {
    const desc = o.GetOwnProperty(key);
    if (desc !== undefined) return IsAccessorDescriptor(desc) ? desc[which] : undefined;
    o = o.GetPrototypeOf();
  }
  return undefined;
}

/** https://tc39.es/ecma262/#sec-object.prototype.tostring */
export function ObjectPrototypeToString(thisValue: Value): string {
  if (thisValue === undefined) return '[object Undefined]';
  if (thisValue === null) return '[object Null]';
  const o = ToObject(thisValue);
  let builtinTag: string;
  if (IsArray(o)) builtinTag = 'Array';
  else {
    const cn = o.className;
    builtinTag = cn === 'Arguments' || cn === 'Function' || cn === 'Error' || cn === 'Boolean' || cn === 'Number' || cn === 'String' || cn === 'Date' || cn === 'RegExp'
      ? cn : o.isCallable ? 'Function' : 'Object';
  }
  const tag = o.Get(WellKnown.toStringTag, o);
  return `[object ${typeof tag === 'string' ? tag : builtinTag}]`;
}

/** https://tc39.es/ecma262/#sec-groupby — returns groups in insertion order. */
export function groupBy(items: Value, callback: Value, keyCoercion: 'property' | 'zero'): [Value, Value[]][] {
  if (items === undefined || items === null) throwTypeError(Msg.notIterable(describe(items)));
  if (!IsCallable(callback)) throwTypeError(Msg.notAFunction(describe(callback)));
  const groups: [Value, Value[]][] = [];
  let k = 0;
  iterate(items, (value) => {
    let key = Call(callback, undefined, [value, k]);
    if (keyCoercion === 'property') key = ToPropertyKey(key);
    else if (key === 0) key = 0; // -0 → +0
    k++;
    const g = groups.find(([gk]) => SameValue(gk, key));
    if (g) g[1].push(value);
    else groups.push([key, [value]]);
  });
  return groups;
}

export { IsDataDescriptor, Get, W, C };
