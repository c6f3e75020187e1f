import { JSObject } from '../values/object';
import { JSSymbol, WellKnown } from '../values/symbol';
import type { PropertyKey, Value } from '../values/value';
import { Msg, throwRangeError, throwTypeError, throwSyntaxError } from '../errors';
import { R } from '../agent';
import { JSPrimitiveObject, JSStringObject } from '../exotics/primitive-wrapper';
import { GetMethod, Call } from './object-operations';

/** https://tc39.es/ecma262/#sec-toprimitive */
export function ToPrimitive(input: Value, preferredType?: 'string' | 'number'): Value {
  if (!(input instanceof JSObject)) return input;
  const exoticToPrim = GetMethod(input, WellKnown.toPrimitive);
  if (exoticToPrim !== undefined) {
    const hint = preferredType === undefined ? 'default' : preferredType;
    const result = Call(exoticToPrim, input, [hint]);
    if (!(result instanceof JSObject)) return result;
    throwTypeError(Msg.toPrimitive());
  }
  return OrdinaryToPrimitive(input, preferredType === undefined ? 'number' : preferredType);
}

/** https://tc39.es/ecma262/#sec-ordinarytoprimitive */
export function OrdinaryToPrimitive(o: JSObject, hint: 'string' | 'number'): Value {
  const names = hint === 'string' ? ['toString', 'valueOf'] : ['valueOf', 'toString'];
  for (const name of names) {
    const method = o.Get(name, o);
    if (method instanceof JSObject && method.isCallable) {
      const result = method.Call(o, []);
      if (!(result instanceof JSObject)) return result;
    }
  }
  throwTypeError(Msg.toPrimitive());
}

/** https://tc39.es/ecma262/#sec-toboolean */
export function ToBoolean(v: Value): boolean {
  if (typeof v === 'object') return v !== null && !(v instanceof JSObject && v.isHTMLDDA);
  return !!v;
}

/** https://tc39.es/ecma262/#sec-tonumeric */
export function ToNumeric(v: Value): number | bigint {
  const p = ToPrimitive(v, 'number');
  if (typeof p === 'bigint') return p;
  return ToNumber(p);
}

/** https://tc39.es/ecma262/#sec-tonumber */
export function ToNumber(v: Value): number {
  switch (typeof v) {
    case 'number': return v;
    case 'string': return StringToNumber(v);
    case 'boolean': return v ? 1 : 0;
    case 'undefined': return NaN;
    case 'bigint': throwTypeError(Msg.bigintToNumber());
  }
  if (v === null) return 0;
  if (v instanceof JSSymbol) throwTypeError(Msg.symbolToNumber());
  return ToNumber(ToPrimitive(v, 'number'));
}

const WS = /^[\s\uFEFF]+|[\s\uFEFF]+$/g;

/** https://tc39.es/ecma262/#sec-stringtonumber */
export function StringToNumber(s: string): number {
  // Host Number() implements StringNumericLiteral exactly (whitespace set included).
  return Number(s);
}

/** Trims StrWhiteSpaceChar from both ends. */
export function trimWS(s: string): string {
  return s.replace(WS, '');
}

/** https://tc39.es/ecma262/#sec-tostring */
export function ToString(v: Value): string {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return String(v);
    case 'boolean': return v ? 'true' : 'false';
    case 'undefined': return 'undefined';
    case 'bigint': return v.toString();
  }
  if (v === null) return 'null';
  if (v instanceof JSSymbol) throwTypeError(Msg.symbolToString());
  return ToString(ToPrimitive(v, 'string'));
}

/** https://tc39.es/ecma262/#sec-toobject */
export function ToObject(v: Value): JSObject {
  if (v instanceof JSObject) return v;
  const realm = R.realm;
  switch (typeof v) {
    case 'undefined': throwTypeError(Msg.convertNullish());
    case 'boolean': return new JSPrimitiveObject(realm.intrinsics['%Boolean.prototype%'], v, 'Boolean');
    case 'number': return new JSPrimitiveObject(realm.intrinsics['%Number.prototype%'], v, 'Number');
    case 'string': return new JSStringObject(realm.intrinsics['%String.prototype%'], v);
    case 'bigint': return new JSPrimitiveObject(realm.intrinsics['%BigInt.prototype%'], v, 'BigInt');
  }
  if (v === null) throwTypeError(Msg.convertNullish());
  return new JSPrimitiveObject(realm.intrinsics['%Symbol.prototype%'], v, 'Symbol');
}

/** https://tc39.es/ecma262/#sec-topropertykey */
export function ToPropertyKey(v: Value): PropertyKey {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v instanceof JSSymbol) return v;
  const key = ToPrimitive(v, 'string');
  if (key instanceof JSSymbol) return key;
  return ToString(key);
}

/** https://tc39.es/ecma262/#sec-tointegerorinfinity */
export function ToIntegerOrInfinity(v: Value): number {
  const n = typeof v === 'number' ? v : ToNumber(v);
  if (n !== n || n === 0) return 0;
  if (n === Infinity || n === -Infinity) return n;
  return Math.trunc(n) + 0;
}

/** https://tc39.es/ecma262/#sec-tolength */
export function ToLength(v: Value): number {
  const len = ToIntegerOrInfinity(v);
  if (len <= 0) return 0;
  return Math.min(len, Number.MAX_SAFE_INTEGER);
}

/** https://tc39.es/ecma262/#sec-toindex */
export function ToIndex(v: Value): number {
  const integer = ToIntegerOrInfinity(v);
  if (integer < 0 || integer > Number.MAX_SAFE_INTEGER) throwRangeError('Invalid index');
  return integer;
}

/** https://tc39.es/ecma262/#sec-toint32 */
export function ToInt32(v: Value): number {
  return (typeof v === 'number' ? v : ToNumber(v)) | 0;
}

/** https://tc39.es/ecma262/#sec-touint32 */
export function ToUint32(v: Value): number {
  return (typeof v === 'number' ? v : ToNumber(v)) >>> 0;
}

export function ToInt16(v: Value): number { return (ToNumber(v) << 16) >> 16; }
export function ToUint16(v: Value): number { return ToNumber(v) & 0xffff; }
export function ToInt8(v: Value): number { return (ToNumber(v) << 24) >> 24; }
export function ToUint8(v: Value): number { return ToNumber(v) & 0xff; }
/** https://tc39.es/ecma262/#sec-touint8clamp */
export function ToUint8Clamp(v: Value): number {
  const n = ToNumber(v);
  if (n !== n || n <= 0) return 0;
  if (n >= 255) return 255;
  const f = Math.floor(n);
  if (f + 0.5 < n) return f + 1;
  if (n < f + 0.5) return f;
  return f % 2 === 1 ? f + 1 : f;
}

/** https://tc39.es/ecma262/#sec-tobigint */
export function ToBigInt(v: Value): bigint {
  const prim = ToPrimitive(v, 'number');
  switch (typeof prim) {
    case 'bigint': return prim;
    case 'boolean': return prim ? 1n : 0n;
    case 'string': {
      const n = StringToBigInt(prim);
      if (n === undefined) throwSyntaxError(`Cannot convert ${prim} to a BigInt`);
      return n;
    }
    case 'number': throwTypeError(`Cannot convert ${String(prim)} to a BigInt`);
    case 'undefined': throwTypeError('Cannot convert undefined to a BigInt');
  }
  if (prim === null) throwTypeError('Cannot convert null to a BigInt');
  throwTypeError('Cannot convert a Symbol value to a BigInt');
}

/** https://tc39.es/ecma262/#sec-stringtobigint */
export function StringToBigInt(s: string): bigint | undefined {
  const t = trimWS(s);
  if (/^[+-]?\d+$/.test(t) || /^0[xX][0-9a-fA-F]+$/.test(t) || /^0[oO][0-7]+$/.test(t) || /^0[bB][01]+$/.test(t) || t === '') {
    try {
      return BigInt(t);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** https://tc39.es/ecma262/#sec-canonicalnumericindexstring */
export function CanonicalNumericIndexString(s: string): number | undefined {
  if (s === '-0') return -0;
  const n = Number(s);
  return String(n) === s ? n : undefined;
}

/** Renders a value for an error message the way V8 does (e.g. "#<Object>", "undefined", "foo"). */
export function describe(v: Value): string {
  if (typeof v === 'string') return `"${v}"`;
  if (v instanceof JSSymbol) return `Symbol(${v.description ?? ''})`;
  if (typeof v === 'bigint') return `${v}`;
  if (v instanceof JSObject) {
    if (v.isCallable) {
      const name = v.GetOwnProperty('name');
      const n = name && typeof name.value === 'string' ? name.value : '';
      return n ? `function ${n}` : 'function (anonymous)';
    }
    if (v.className === 'Array') return '[object Array]';
    return `#<${constructorName(v)}>`;
  }
  return String(v);
}

/** The name of an object's constructor, for messages ("Object", "Foo"). */
export function constructorName(o: JSObject): string {
  let p: JSObject | null = o;
  for (let i = 0; p !== null && i < 100; i++) {
    if (p.exotic) break;
    const d = p.GetOwnProperty('constructor');
    if (d && d.value instanceof JSObject) {
      const n = d.value.GetOwnProperty('name');
      if (n && typeof n.value === 'string' && n.value) return n.value;
    }
    p = p.proto;
  }
  return 'Object';
}
