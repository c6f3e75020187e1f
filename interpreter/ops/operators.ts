import { JSObject } from '../values/object';
import { JSSymbol } from '../values/symbol';
import type { Value } from '../values/value';
import { Msg, throwRangeError, throwTypeError } from '../errors';
import { ToNumeric, ToPrimitive, ToString, StringToBigInt, ToNumber, ToPropertyKey, describe } from './type-conversion';
import { keyString } from './object-operations';
import { R } from '../agent';

/** https://tc39.es/ecma262/#sec-typeof-operator */
export function typeOf(v: Value): string {
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'boolean': return 'boolean';
    case 'number': return 'number';
    case 'string': return 'string';
    case 'bigint': return 'bigint';
  }
  if (v === null) return 'object';
  if (v instanceof JSSymbol) return 'symbol';
  const o = v as JSObject;
  if (o.isHTMLDDA) return 'undefined';
  return o.isCallable ? 'function' : 'object';
}

/** V8's maximum string length: longer results are a guest RangeError, never a host one. */
export const MAX_STRING_LENGTH = 536870888;

/** Concatenates two strings, or throws the guest RangeError "Invalid string length". */
export function concat(a: string, b: string): string {
  if (a.length + b.length > MAX_STRING_LENGTH) throwRangeError('Invalid string length');
  return a + b;
}

/** The + operator. https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator */
export function add(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (typeof a === 'string' && typeof b === 'string') return concat(a, b);
  const lp = ToPrimitive(a);
  const rp = ToPrimitive(b);
  if (typeof lp === 'string' || typeof rp === 'string') return concat(ToString(lp), ToString(rp));
  const ln = ToNumeric(lp);
  const rn = ToNumeric(rp);
  if (typeof ln !== typeof rn) throwTypeError(Msg.bigintMix());
  return (ln as any) + (rn as any);
}

/** The other arithmetic and bitwise binary operators, on numerics. */
export function arith(op: string, a: Value, b: Value): Value {
  const l = typeof a === 'number' ? a : ToNumeric(a);
  const r = typeof b === 'number' ? b : ToNumeric(b);
  if (typeof l === 'number' && typeof r === 'number') return numberOp(op, l, r);
  if (typeof l !== typeof r) throwTypeError(Msg.bigintMix());
  return bigintOp(op, l as bigint, r as bigint);
}

export function numberOp(op: string, l: number, r: number): number {
  switch (op) {
    case '-': return l - r;
    case '*': return l * r;
    case '/': return l / r;
    case '%': return l % r;
    case '**': return numberExp(l, r);
    case '<<': return l << r;
    case '>>': return l >> r;
    case '>>>': return l >>> r;
    case '&': return l & r;
    case '|': return l | r;
    case '^': return l ^ r;
  }
  throw new Error(`interpreter bug: operator ${op}`);
}

/** https://tc39.es/ecma262/#sec-numeric-types-number-exponentiate (differs from Math.pow for ±1 ** ±Infinity and NaN). */
export function numberExp(base: number, exponent: number): number {
  if ((base === 1 || base === -1) && (exponent === Infinity || exponent === -Infinity)) return NaN;
  return base ** exponent;
}

/** V8's limit on BigInt size, in bits: larger results are a guest RangeError (and cannot stall the host). */
const MAX_BIGINT_BITS = 1 << 30;

function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  return x === 0n ? 0 : x.toString(16).length * 4;
}

/** Charges fuel for a BigInt operation in proportion to its operands' size, and checks the result size. */
function chargeBigint(op: string, l: bigint, r: bigint): void {
  const lb = bitLength(l), rb = bitLength(r);
  let resultBits = Math.max(lb, rb);
  if (op === '*') resultBits = lb + rb;
  else if (op === '**') resultBits = r <= 0n ? 1 : lb * Number(r);
  else if (op === '<<') resultBits = lb + Number(r > 0n ? r : 0n);
  if (resultBits > MAX_BIGINT_BITS && !(op === '**' && (l === 0n || l === 1n || l === -1n))) throwRangeError('Maximum BigInt size exceeded');
  const cost = Math.floor(resultBits / 64) * (op === '*' || op === '**' || op === '/' || op === '%' ? Math.max(1, Math.floor(Math.min(lb, rb) / 64)) : 1);
  if (cost > 0) {
    R.fuel -= cost;
    if (R.fuel <= 0) R.agent.refuel();
  }
}

export function bigintOp(op: string, l: bigint, r: bigint): bigint {
  chargeBigint(op, l, r);
  switch (op) {
    case '-': return l - r;
    case '*': return l * r;
    case '/': if (r === 0n) throwRangeError(Msg.divisionByZero()); return l / r;
    case '%': if (r === 0n) throwRangeError(Msg.divisionByZero()); return l % r;
    case '**': if (r < 0n) throwRangeError(Msg.bigintNegativeExponent()); return l ** r;
    case '<<': return l << r;
    case '>>': return l >> r;
    case '>>>': throwTypeError('BigInts have no unsigned right shift, use >> instead');
    case '&': return l & r;
    case '|': return l | r;
    case '^': return l ^ r;
  }
  throw new Error(`interpreter bug: operator ${op}`);
}

/** Unary minus. */
export function negate(v: Value): Value {
  if (typeof v === 'number') return -v;
  const n = ToNumeric(v);
  return typeof n === 'bigint' ? -n : -n;
}

/** Bitwise not. */
export function bitNot(v: Value): Value {
  if (typeof v === 'number') return ~v;
  const n = ToNumeric(v);
  return typeof n === 'bigint' ? ~n : ~n;
}

/** ++/-- on a numeric value. */
export function increment(v: Value, delta: 1 | -1): number | bigint {
  if (typeof v === 'number') return v + delta;
  const n = ToNumeric(v);
  return typeof n === 'bigint' ? n + BigInt(delta) : n + delta;
}

/**
 * https://tc39.es/ecma262/#sec-islessthan — returns true, false, or undefined (NaN involved).
 * Both operands are already primitives.
 */
export function IsLessThan(px: Value, py: Value): boolean | undefined {
  if (typeof px === 'string' && typeof py === 'string') return px < py;
  if (typeof px === 'bigint' && typeof py === 'string') {
    const ny = StringToBigInt(py);
    if (ny === undefined) return undefined;
    return px < ny;
  }
  if (typeof px === 'string' && typeof py === 'bigint') {
    const nx = StringToBigInt(px);
    if (nx === undefined) return undefined;
    return nx < py;
  }
  const nx = ToNumeric(px);
  const ny = ToNumeric(py);
  if (typeof nx === typeof ny) {
    if (nx !== nx || ny !== ny) return undefined;
    return nx < ny;
  }
  // Mixed number/bigint.
  if (typeof nx === 'number' && (nx !== nx)) return undefined;
  if (typeof ny === 'number' && (ny !== ny)) return undefined;
  if (nx === -Infinity || ny === Infinity) return true;
  if (nx === Infinity || ny === -Infinity) return false;
  return (nx as any) < (ny as any);
}

/** a < b */
export function lt(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  const pa = ToPrimitive(a, 'number');
  const pb = ToPrimitive(b, 'number');
  return IsLessThan(pa, pb) === true;
}

/** a > b */
export function gt(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  const pa = ToPrimitive(a, 'number');
  const pb = ToPrimitive(b, 'number');
  return IsLessThan(pb, pa) === true;
}

/** a <= b */
export function le(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  const pa = ToPrimitive(a, 'number');
  const pb = ToPrimitive(b, 'number');
  const r = IsLessThan(pb, pa);
  return r === false;
}

/** a >= b */
export function ge(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  const pa = ToPrimitive(a, 'number');
  const pb = ToPrimitive(b, 'number');
  const r = IsLessThan(pa, pb);
  return r === false;
}

/** https://tc39.es/ecma262/#sec-isstrictlyequal */
export function IsStrictlyEqual(x: Value, y: Value): boolean {
  return x === y;
}

/** https://tc39.es/ecma262/#sec-islooselyequal */
export function IsLooselyEqual(x: Value, y: Value): boolean {
  if (x === y) return true;
  const tx = typeof x, ty = typeof y;
  if (tx === ty && tx !== 'object') return false;
  if (x === null || x === undefined) return y === null || y === undefined || (y instanceof JSObject && y.isHTMLDDA);
  if (y === null || y === undefined) return x instanceof JSObject && x.isHTMLDDA;
  if (tx === 'number' && ty === 'string') return x === ToNumber(y);
  if (tx === 'string' && ty === 'number') return ToNumber(x) === y;
  if (tx === 'bigint' && ty === 'string') {
    const n = StringToBigInt(y as string);
    return n !== undefined && n === x;
  }
  if (tx === 'string' && ty === 'bigint') return IsLooselyEqual(y, x);
  if (tx === 'boolean') return IsLooselyEqual(x ? 1 : 0, y);
  if (ty === 'boolean') return IsLooselyEqual(x, y ? 1 : 0);
  const xo = x instanceof JSObject, yo = y instanceof JSObject;
  if ((tx === 'string' || tx === 'number' || tx === 'bigint' || x instanceof JSSymbol) && yo) return IsLooselyEqual(x, ToPrimitive(y));
  if (xo && (ty === 'string' || ty === 'number' || ty === 'bigint' || y instanceof JSSymbol)) return IsLooselyEqual(ToPrimitive(x), y);
  if ((tx === 'bigint' && ty === 'number') || (tx === 'number' && ty === 'bigint')) {
    const a = x as number | bigint, b = y as number | bigint;
    if (typeof a === 'number' && !Number.isFinite(a)) return false;
    if (typeof b === 'number' && !Number.isFinite(b)) return false;
    // eslint-disable-next-line eqeqeq
    return (a as any) == (b as any);
  }
  return false;
}

/** The `in` operator (non-private). */
export function hasPropertyOp(key: Value, target: Value): boolean {
  if (!(target instanceof JSObject)) throwTypeError(Msg.inNotObject(typeof key === 'string' ? key : keyString(ToPropertyKey(key)), typeof target === 'string' ? target : describe(target)));
  return target.HasProperty(ToPropertyKey(key));
}
