import type { JSObject } from '../values/object';
import { CreateBuiltinFunction, type BuiltinImpl } from '../values/function';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { throwError } from '../errors';
import { ToInt32, ToNumber, ToString } from '../ops/type-conversion';

/** Charges fuel for a built-in that walks a string of length n (one unit per 64 code units). */
export function chargeForLength(n: number): void {
  R.fuel -= n >> 6;
  if (--R.fuel <= 0) R.agent.refuel();
}

/**
 * https://tc39.es/ecma262/#sec-parseint-string-radix
 * The conversions (ToString of the string, then ToInt32 of the radix) are ours; the parse of the
 * resulting primitives is the host's, which implements steps 2-16 exactly and has no side effects.
 */
const parseIntImpl: BuiltinImpl = (_t, args) => {
  // 1.
  const inputString = ToString(args[0]);
  // 8.
  const radix = ToInt32(args[1]);
  chargeForLength(inputString.length);
  return parseInt(inputString, radix);
};

/** https://tc39.es/ecma262/#sec-parsefloat-string */
const parseFloatImpl: BuiltinImpl = (_t, args) => {
  const inputString = ToString(args[0]);
  chargeForLength(inputString.length);
  return parseFloat(inputString);
};

/**
 * %parseInt% and %parseFloat%: one function object each per realm, shared by the global object
 * and the Number constructor (Number.parseInt === parseInt). Created by whichever setup asks first.
 */
export function parseFunctions(realm: Realm): { parseInt: JSObject; parseFloat: JSObject } {
  let pi = realm.intrinsics['%parseInt%'];
  if (pi === undefined) {
    pi = CreateBuiltinFunction(realm, parseIntImpl, 2, 'parseInt');
    realm.intrinsics['%parseInt%'] = pi;
  }
  let pf = realm.intrinsics['%parseFloat%'];
  if (pf === undefined) {
    pf = CreateBuiltinFunction(realm, parseFloatImpl, 1, 'parseFloat');
    realm.intrinsics['%parseFloat%'] = pf;
  }
  return { parseInt: pi, parseFloat: pf };
}

/**
 * Runs a host URI/escape routine on a string (these are pure functions of a string, spec-exact in
 * the host), turning the host's URIError into a guest one.
 */
function uriOp(op: (s: string) => string): BuiltinImpl {
  return (_t, args) => {
    const s = ToString(args[0]);
    chargeForLength(s.length);
    try {
      return op(s);
    } catch (e) {
      if (e instanceof URIError) throwError('URIError', 'URI malformed');
      throw e;
    }
  };
}

/**
 * The value properties and function properties of the global object.
 * https://tc39.es/ecma262/#sec-value-properties-of-the-global-object
 * https://tc39.es/ecma262/#sec-function-properties-of-the-global-object
 */
export function setupGlobal(realm: Realm): void {
  const g = realm.globalObject;
  // globalThis is { [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: true }.
  realm.addGlobal('globalThis', g);
  // Infinity, NaN and undefined are { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
  g.addProperty('Infinity', Infinity, 0);
  g.addProperty('NaN', NaN, 0);
  g.addProperty('undefined', undefined, 0);

  const { parseInt: pi, parseFloat: pf } = parseFunctions(realm);
  realm.addGlobal('parseFloat', pf);
  realm.addGlobal('parseInt', pi);

  const table: [string, BuiltinImpl, number][] = [
    // https://tc39.es/ecma262/#sec-isfinite-number
    ['isFinite', (_t, args) => Number.isFinite(ToNumber(args[0])), 1],
    // https://tc39.es/ecma262/#sec-isnan-number
    ['isNaN', (_t, args) => Number.isNaN(ToNumber(args[0])), 1],
    // https://tc39.es/ecma262/#sec-decodeuri-encodeduri
    ['decodeURI', uriOp(decodeURI), 1],
    // https://tc39.es/ecma262/#sec-decodeuricomponent-encodeduricomponent
    ['decodeURIComponent', uriOp(decodeURIComponent), 1],
    // https://tc39.es/ecma262/#sec-encodeuri-uri
    ['encodeURI', uriOp(encodeURI), 1],
    // https://tc39.es/ecma262/#sec-encodeuricomponent-uricomponent
    ['encodeURIComponent', uriOp(encodeURIComponent), 1],
    // Annex B: https://tc39.es/ecma262/#sec-escape-string
    ['escape', uriOp(escape), 1],
    // Annex B: https://tc39.es/ecma262/#sec-unescape-string
    ['unescape', uriOp(unescape), 1],
  ];
  for (const [name, impl, length] of table) {
    const f = CreateBuiltinFunction(realm, impl, length, name);
    if (name !== 'escape' && name !== 'unescape') realm.intrinsics[`%${name}%`] = f;
    realm.addGlobal(name, f);
  }
}
