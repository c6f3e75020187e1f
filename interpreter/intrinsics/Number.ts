import { CreateBuiltinFunction, defineMethods, defineConstants } from '../values/function';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { throwRangeError, throwTypeError } from '../errors';
import { ToIntegerOrInfinity, ToNumeric, ToString } from '../ops/type-conversion';
import { GetPrototypeFromConstructor } from '../ops/object-operations';
import { JSPrimitiveObject } from '../exotics/primitive-wrapper';
import { parseFunctions } from './global';

/** https://tc39.es/ecma262/#sec-thisnumbervalue */
export function thisNumberValue(value: Value, method: string): number {
  if (typeof value === 'number') return value;
  if (value instanceof JSPrimitiveObject && value.className === 'Number') return value.value as number;
  throwTypeError(`${method} requires that 'this' be a Number`);
}

/** https://tc39.es/ecma262/#sec-isintegralnumber */
export function IsIntegralNumber(v: Value): boolean {
  return typeof v === 'number' && Number.isFinite(v) && Math.trunc(v) === v;
}

let localeFormat: ((x: number | bigint) => string) | undefined;

/**
 * toLocaleString of a Number or BigInt. NON-SPEC (ECMA-402 territory): always formats as en-US,
 * whatever the host's locale, so results do not depend on the machine; arguments are ignored.
 */
export function formatLocale(x: number | bigint): string {
  if (localeFormat === undefined) {
    try {
      const nf = new Intl.NumberFormat('en-US');
      localeFormat = (v) => nf.format(v);
    } catch {
      localeFormat = (v) => String(v);
    }
  }
  return localeFormat(x);
}

/** https://tc39.es/ecma262/#sec-number-objects */
export function setupNumber(realm: Realm): void {
  // Number.prototype is itself a Number object whose [[NumberData]] is +0.
  const proto = new JSPrimitiveObject(realm.ObjectPrototype, 0, 'Number');
  realm.intrinsics['%Number.prototype%'] = proto;

  // https://tc39.es/ecma262/#sec-number-constructor-number-value
  const NumberCtor = CreateBuiltinFunction(realm, (_t, args, newTarget) => {
    let n: number;
    // 1.
    if (args.length > 0) {
      const prim = ToNumeric(args[0]);
      n = typeof prim === 'bigint' ? Number(prim) : prim;
    } else {
      // 2.
      n = 0;
    }
    // 3.
    if (newTarget === undefined) return n;
    // 4-6.
    return new JSPrimitiveObject(GetPrototypeFromConstructor(newTarget, '%Number.prototype%'), n, 'Number');
  }, 1, 'Number', { ctor: true });
  realm.intrinsics['%Number%'] = NumberCtor;
  NumberCtor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', NumberCtor);
  realm.addGlobal('Number', NumberCtor);

  // https://tc39.es/ecma262/#sec-properties-of-the-number-constructor
  defineConstants(NumberCtor, [
    ['EPSILON', Number.EPSILON],
    ['MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER],
    ['MAX_VALUE', Number.MAX_VALUE],
    ['MIN_SAFE_INTEGER', Number.MIN_SAFE_INTEGER],
    ['MIN_VALUE', Number.MIN_VALUE],
    ['NaN', NaN],
    ['NEGATIVE_INFINITY', -Infinity],
    ['POSITIVE_INFINITY', Infinity],
  ]);
  defineMethods(realm, NumberCtor, [
    // https://tc39.es/ecma262/#sec-number.isfinite
    ['isFinite', (_t, args) => typeof args[0] === 'number' && Number.isFinite(args[0]), 1],
    // https://tc39.es/ecma262/#sec-number.isinteger
    ['isInteger', (_t, args) => IsIntegralNumber(args[0]), 1],
    // https://tc39.es/ecma262/#sec-number.isnan
    ['isNaN', (_t, args) => typeof args[0] === 'number' && args[0] !== args[0], 1],
    // https://tc39.es/ecma262/#sec-number.issafeinteger
    ['isSafeInteger', (_t, args) => IsIntegralNumber(args[0]) && Math.abs(args[0] as number) <= Number.MAX_SAFE_INTEGER, 1],
  ]);
  // https://tc39.es/ecma262/#sec-number.parsefloat, https://tc39.es/ecma262/#sec-number.parseint
  // The same function objects as the global parseFloat and parseInt.
  const { parseInt: pi, parseFloat: pf } = parseFunctions(realm);
  NumberCtor.addHidden('parseFloat', pf);
  NumberCtor.addHidden('parseInt', pi);

  defineMethods(realm, proto, [
    // https://tc39.es/ecma262/#sec-number.prototype.toexponential
    ['toExponential', (thisValue, args) => {
      // 1.
      const x = thisNumberValue(thisValue, 'Number.prototype.toExponential');
      // 2.
      const f = ToIntegerOrInfinity(args[0]);
      // 4.
      if (!Number.isFinite(x)) return String(x);
      // 5.
      if (f < 0 || f > 100) throwRangeError('toExponential() argument must be between 0 and 100');
      // 6-14. The host's toExponential is exact (shortest round-trip when fractionDigits is undefined).
      return args[0] === undefined ? x.toExponential() : x.toExponential(f);
    }, 1],
    // https://tc39.es/ecma262/#sec-number.prototype.tofixed
    ['toFixed', (thisValue, args) => {
      // 1.
      const x = thisNumberValue(thisValue, 'Number.prototype.toFixed');
      // 2.
      const f = ToIntegerOrInfinity(args[0]);
      // 4-5.
      if (!Number.isFinite(f) || f < 0 || f > 100) throwRangeError('toFixed() digits argument must be between 0 and 100');
      // 6.
      if (!Number.isFinite(x)) return String(x);
      // 7-13.
      return x.toFixed(f);
    }, 1],
    // https://tc39.es/ecma262/#sec-number.prototype.tolocalestring
    ['toLocaleString', (thisValue) => formatLocale(thisNumberValue(thisValue, 'Number.prototype.toLocaleString')), 0],
    // https://tc39.es/ecma262/#sec-number.prototype.toprecision
    ['toPrecision', (thisValue, args) => {
      // 1.
      const x = thisNumberValue(thisValue, 'Number.prototype.toPrecision');
      // 2.
      if (args[0] === undefined) return ToString(x);
      // 3.
      const p = ToIntegerOrInfinity(args[0]);
      // 4.
      if (!Number.isFinite(x)) return String(x);
      // 5.
      if (p < 1 || p > 100) throwRangeError('toPrecision() argument must be between 1 and 100');
      // 6-13.
      return x.toPrecision(p);
    }, 1],
    // https://tc39.es/ecma262/#sec-number.prototype.tostring
    ['toString', (thisValue, args) => {
      // 1.
      const x = thisNumberValue(thisValue, 'Number.prototype.toString');
      // 2-3.
      const radix = args[0] === undefined ? 10 : ToIntegerOrInfinity(args[0]);
      // 4.
      if (radix < 2 || radix > 36) throwRangeError('toString() radix argument must be between 2 and 36');
      // 5. Number::toString(x, radix); other radices are implementation-approximated, as the host does.
      return radix === 10 ? String(x) : x.toString(radix);
    }, 1],
    // https://tc39.es/ecma262/#sec-number.prototype.valueof
    ['valueOf', (thisValue) => thisNumberValue(thisValue, 'Number.prototype.valueOf'), 0],
  ]);
}
