import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { throwRangeError, throwTypeError } from '../errors';
import { ToBigInt, ToIntegerOrInfinity, ToPrimitive } from '../ops/type-conversion';
import { JSPrimitiveObject } from '../exotics/primitive-wrapper';
import { C } from '../values/shape';
import { formatLocale } from './Number';

/** https://tc39.es/ecma262/#sec-thisbigintvalue */
export function thisBigIntValue(value: Value, method: string): bigint {
  if (typeof value === 'bigint') return value;
  if (value instanceof JSPrimitiveObject && value.className === 'BigInt') return value.value as bigint;
  throwTypeError(`${method} requires that 'this' be a BigInt`);
}

/** https://tc39.es/ecma262/#sec-numbertobigint */
export function NumberToBigInt(n: number): bigint {
  if (!Number.isFinite(n) || Math.trunc(n) !== n) {
    throwRangeError(`The number ${String(n)} cannot be converted to a BigInt because it is not an integer`);
  }
  return BigInt(n);
}

/** ToIndex with V8's message for BigInt.asIntN/asUintN. https://tc39.es/ecma262/#sec-toindex */
function toBitsIndex(v: Value): number {
  const integer = ToIntegerOrInfinity(v);
  if (integer < 0 || integer > Number.MAX_SAFE_INTEGER) throwRangeError('Invalid value: not (convertible to) a safe integer');
  return integer;
}

/** Runs a host BigInt operation, turning the host's "too big" RangeError into the guest's. */
function hostBigInt(op: () => bigint): bigint {
  try {
    return op();
  } catch (e) {
    if (e instanceof RangeError) throwRangeError('Maximum BigInt size exceeded');
    throw e;
  }
}

/** https://tc39.es/ecma262/#sec-bigint-objects */
export function setupBigInt(realm: Realm): void {
  // %BigInt.prototype% is an ordinary object, not a BigInt object.
  const proto = new JSObject(realm.ObjectPrototype);
  realm.intrinsics['%BigInt.prototype%'] = proto;

  // https://tc39.es/ecma262/#sec-bigint-constructor-number-value
  const BigIntCtor = CreateBuiltinFunction(realm, (_t, args, newTarget) => {
    // 1.
    if (newTarget !== undefined) throwTypeError('BigInt is not a constructor');
    // 2.
    const prim = ToPrimitive(args[0], 'number');
    // 3.
    if (typeof prim === 'number') return NumberToBigInt(prim);
    // 4.
    return ToBigInt(prim);
  }, 1, 'BigInt', { ctor: true });
  realm.intrinsics['%BigInt%'] = BigIntCtor;
  BigIntCtor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', BigIntCtor);
  realm.addGlobal('BigInt', BigIntCtor);

  defineMethods(realm, BigIntCtor, [
    // https://tc39.es/ecma262/#sec-bigint.asintn
    ['asIntN', (_t, args) => {
      const bits = toBitsIndex(args[0]);
      const bigint = ToBigInt(args[1]);
      return hostBigInt(() => BigInt.asIntN(bits, bigint));
    }, 2],
    // https://tc39.es/ecma262/#sec-bigint.asuintn
    ['asUintN', (_t, args) => {
      const bits = toBitsIndex(args[0]);
      const bigint = ToBigInt(args[1]);
      return hostBigInt(() => BigInt.asUintN(bits, bigint));
    }, 2],
  ]);

  defineMethods(realm, proto, [
    // https://tc39.es/ecma262/#sec-bigint.prototype.tolocalestring
    ['toLocaleString', (thisValue) => formatLocale(thisBigIntValue(thisValue, 'BigInt.prototype.toLocaleString')), 0],
    // https://tc39.es/ecma262/#sec-bigint.prototype.tostring
    ['toString', (thisValue, args) => {
      // 1.
      const x = thisBigIntValue(thisValue, 'BigInt.prototype.toString');
      // 2-3.
      const radix = args[0] === undefined ? 10 : ToIntegerOrInfinity(args[0]);
      // 4.
      if (radix < 2 || radix > 36) throwRangeError('toString() radix argument must be between 2 and 36');
      // 5.
      return x.toString(radix);
    }, 0],
    // https://tc39.es/ecma262/#sec-bigint.prototype.valueof
    ['valueOf', (thisValue) => thisBigIntValue(thisValue, 'BigInt.prototype.valueOf'), 0],
  ]);
  // https://tc39.es/ecma262/#sec-bigint.prototype-%symbol.tostringtag%
  proto.addProperty(WellKnown.toStringTag, 'BigInt', C);
}
