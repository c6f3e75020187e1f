import { JSObject } from '../values/object';
import { defineMethods, defineConstants, type BuiltinImpl } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { throwRangeError, throwTypeError } from '../errors';
import { ToNumber, ToUint32, describe } from '../ops/type-conversion';
import { GetIterator, IteratorStepValue, DONE, closeOnThrow, type IteratorRecord } from '../ops/iterator-operations';
import { C } from '../values/shape';

/** A Math function of one Number: ToNumber of the argument, then the host's kernel (a pure function of a number). */
function unary(kernel: (x: number) => number): BuiltinImpl {
  return (_t, args) => {
    const x = args[0];
    return kernel(typeof x === 'number' ? x : ToNumber(x));
  };
}

/** A Math function of two Numbers: ToNumber of each argument, in order, then the kernel. */
function binary(kernel: (x: number, y: number) => number): BuiltinImpl {
  return (_t, args) => {
    const x = ToNumber(args[0]);
    const y = ToNumber(args[1]);
    return kernel(x, y);
  };
}

/** ToNumber of every argument, in order (all conversions happen before any result is decided). */
function coerceAll(args: Value[]): number[] {
  if ((R.fuel -= args.length >> 6) <= 0) R.agent.refuel();
  const out = new Array<number>(args.length);
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    out[i] = typeof v === 'number' ? v : ToNumber(v);
  }
  return out;
}

/** https://tc39.es/ecma262/#sec-math.max */
function mathMax(_t: Value, args: Value[]): number {
  const coerced = coerceAll(args);
  let highest = -Infinity;
  let sawNaN = false;
  for (const n of coerced) {
    if (n !== n) sawNaN = true;
    else if (n > highest || (n === 0 && highest === 0 && Object.is(highest, -0))) highest = n;
  }
  return sawNaN ? NaN : highest;
}

/** https://tc39.es/ecma262/#sec-math.min */
function mathMin(_t: Value, args: Value[]): number {
  const coerced = coerceAll(args);
  let lowest = Infinity;
  let sawNaN = false;
  for (const n of coerced) {
    if (n !== n) sawNaN = true;
    else if (n < lowest || (n === 0 && lowest === 0 && Object.is(n, -0))) lowest = n;
  }
  return sawNaN ? NaN : lowest;
}

/**
 * https://tc39.es/ecma262/#sec-math.hypot
 * The kernel is V8's (normalise by the largest magnitude, Kahan-sum the squares), written as a loop
 * so any number of arguments works and results match V8 bit for bit.
 */
function mathHypot(_t: Value, args: Value[]): number {
  const coerced = coerceAll(args);
  let onlyZero = true;
  let sawNaN = false;
  let max = 0;
  for (let i = 0; i < coerced.length; i++) {
    const n = coerced[i];
    if (n === Infinity || n === -Infinity) return Infinity;
    if (n !== n) { sawNaN = true; continue; }
    const a = Math.abs(n);
    coerced[i] = a;
    if (a !== 0) onlyZero = false;
    if (a > max) max = a;
  }
  if (sawNaN) return NaN;
  if (onlyZero) return 0;
  let sum = 0;
  let compensation = 0;
  for (const a of coerced) {
    const n = a / max;
    const summand = n * n - compensation;
    const preliminary = sum + summand;
    compensation = (preliminary - sum) - summand;
    sum = preliminary;
  }
  return Math.sqrt(sum) * max;
}

/** Rounds y (0 <= y < 2^52) to an integer, ties to even. */
function roundHalfEven(y: number): number {
  const f = Math.floor(y);
  const d = y - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * https://tc39.es/ecma262/#sec-math.f16round
 * Rounds a double straight to the nearest IEEE 754 binary16 value (ties to even), with no
 * intermediate rounding to binary32.
 */
export function f16round(x: number): number {
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return x;
  const a = Math.abs(x);
  let r: number;
  if (a >= 65520) {
    // 65520 is halfway between the largest binary16 value (65504) and 2^16; the tie goes to +∞.
    r = Infinity;
  } else if (a < 2 ** -14) {
    // Subnormal binary16: multiples of 2^-24.
    r = roundHalfEven(a * 2 ** 24) * 2 ** -24;
  } else {
    let e = Math.floor(Math.log2(a));
    if (2 ** e > a) e--;
    else if (2 ** (e + 1) <= a) e++;
    // 10 fraction bits: the quantum at this exponent is 2^(e-10).
    const q = 2 ** (e - 10);
    r = roundHalfEven(a / q) * q;
  }
  return x < 0 ? -r : r;
}

// ---- Math.sumPrecise: exact summation on scaled BigInts ----

const scratch = new DataView(new ArrayBuffer(8));

/** A finite, non-zero double as an exact integer: x × 2^1074. */
function scaled(x: number): bigint {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let shift = 0;
  if (exp !== 0) {
    m |= 1n << 52n;
    shift = exp - 1;
  }
  const v = shift === 0 ? m : m << BigInt(shift);
  return hi >>> 31 ? -v : v;
}

/** 𝔽(s × 2^-1074): the double nearest to the exact value, ties to even, overflowing to ±∞. */
function unscaled(s: bigint): number {
  if (s === 0n) return 0;
  const neg = s < 0n;
  const a = neg ? -s : s;
  const len = a.toString(2).length;
  let r: number;
  if (len <= 53) {
    // Exactly representable (normal or subnormal): a multiple of 2^-1074 below 2^53 × 2^-1074.
    r = Number(a) * 2 ** -1074;
  } else {
    const shift = len - 53;
    let q = a >> BigInt(shift);
    const rem = a - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    // q ≤ 2^53 and the result is a normal number (or overflows to ∞), so this product is exact.
    r = Number(q) * 2 ** (shift - 1074);
  }
  return neg ? -r : r;
}

/** Throws a guest error made by f after closing the iterator (the error wins over return()'s). */
function throwClosing(r: IteratorRecord, f: () => never): never {
  try {
    f();
  } catch (e) {
    closeOnThrow(r, e);
  }
}

/** https://tc39.es/ecma262/#sec-math.sumprecise */
function mathSumPrecise(_t: Value, args: Value[]): number {
  const items = args[0];
  // 1.
  if (items === undefined || items === null) throwTypeError(`${describe(items)} is not iterable`);
  // 2.
  const r = GetIterator(items, 'sync');
  // 3-5.
  let state: 'minus-zero' | 'finite' | 'plus-infinity' | 'minus-infinity' | 'not-a-number' = 'minus-zero';
  let sum = 0n;
  let count = 0;
  // 6.
  for (;;) {
    if (--R.fuel <= 0) R.agent.refuel();
    const next = IteratorStepValue(r);
    if (next === DONE) break;
    count++;
    if (count >= 2 ** 53) throwClosing(r, () => throwRangeError('Too many values to sum'));
    if (typeof next !== 'number') throwClosing(r, () => throwTypeError(`Iterator value ${describe(next)} is not a number`));
    if (state === 'not-a-number') continue;
    if (next !== next) state = 'not-a-number';
    else if (next === Infinity) state = state === 'minus-infinity' ? 'not-a-number' : 'plus-infinity';
    else if (next === -Infinity) state = state === 'plus-infinity' ? 'not-a-number' : 'minus-infinity';
    else if (!Object.is(next, -0) && (state === 'minus-zero' || state === 'finite')) {
      state = 'finite';
      if (next !== 0) sum += scaled(next);
    }
  }
  // 7-11.
  switch (state) {
    case 'not-a-number': return NaN;
    case 'plus-infinity': return Infinity;
    case 'minus-infinity': return -Infinity;
    case 'minus-zero': return -0;
    case 'finite': return unscaled(sum);
  }
}

/** https://tc39.es/ecma262/#sec-math-object */
export function setupMath(realm: Realm): void {
  const M = new JSObject(realm.ObjectPrototype);
  realm.intrinsics['%Math%'] = M;
  realm.addGlobal('Math', M);

  // https://tc39.es/ecma262/#sec-value-properties-of-the-math-object
  defineConstants(M, [
    ['E', Math.E],
    ['LN10', Math.LN10],
    ['LN2', Math.LN2],
    ['LOG10E', Math.LOG10E],
    ['LOG2E', Math.LOG2E],
    ['PI', Math.PI],
    ['SQRT1_2', Math.SQRT1_2],
    ['SQRT2', Math.SQRT2],
  ]);
  M.addProperty(WellKnown.toStringTag, 'Math', C);

  // https://tc39.es/ecma262/#sec-function-properties-of-the-math-object
  defineMethods(realm, M, [
    ['abs', unary(Math.abs), 1],
    ['acos', unary(Math.acos), 1],
    ['acosh', unary(Math.acosh), 1],
    ['asin', unary(Math.asin), 1],
    ['asinh', unary(Math.asinh), 1],
    ['atan', unary(Math.atan), 1],
    ['atanh', unary(Math.atanh), 1],
    ['atan2', binary(Math.atan2), 2],
    ['cbrt', unary(Math.cbrt), 1],
    ['ceil', unary(Math.ceil), 1],
    // https://tc39.es/ecma262/#sec-math.clz32
    ['clz32', (_t, args) => Math.clz32(ToUint32(args[0])), 1],
    ['cos', unary(Math.cos), 1],
    ['cosh', unary(Math.cosh), 1],
    ['exp', unary(Math.exp), 1],
    ['expm1', unary(Math.expm1), 1],
    ['floor', unary(Math.floor), 1],
    ['fround', unary(Math.fround), 1],
    ['f16round', unary(f16round), 1],
    ['hypot', mathHypot, 2],
    // https://tc39.es/ecma262/#sec-math.imul
    ['imul', (_t, args) => {
      const a = ToUint32(args[0]);
      const b = ToUint32(args[1]);
      return Math.imul(a, b);
    }, 2],
    ['log', unary(Math.log), 1],
    ['log1p', unary(Math.log1p), 1],
    ['log10', unary(Math.log10), 1],
    ['log2', unary(Math.log2), 1],
    ['max', mathMax, 2],
    ['min', mathMin, 2],
    ['pow', binary(Math.pow), 2],
    // https://tc39.es/ecma262/#sec-math.random
    ['random', () => Math.random(), 0],
    ['round', unary(Math.round), 1],
    ['sign', unary(Math.sign), 1],
    ['sin', unary(Math.sin), 1],
    ['sinh', unary(Math.sinh), 1],
    ['sqrt', unary(Math.sqrt), 1],
    ['sumPrecise', mathSumPrecise, 1],
    ['tan', unary(Math.tan), 1],
    ['tanh', unary(Math.tanh), 1],
    ['trunc', unary(Math.trunc), 1],
  ]);
}
