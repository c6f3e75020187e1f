// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * Node's deep equality (internal/util/comparisons): isDeepStrictEqual for util and
 * assert.deepStrictEqual, isDeepEqual for assert.deepEqual. Strict mode compares prototypes,
 * [[Class]] tags, own enumerable string and symbol keys, -0/+0 and NaN by Object.is; loose mode
 * uses == for primitives and ignores prototypes and symbols. Maps and Sets are compared without
 * regard to order (object keys matched by deep equality), cycles are allowed.
 */
'use strict';

const types = require('./types');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isDate,
  isMap,
  isRegExp,
  isSet,
  isNativeError,
  isBoxedPrimitive,
  isNumberObject,
  isStringObject,
  isBooleanObject,
  isBigIntObject,
  isSymbolObject,
  isFloat32Array,
  isFloat64Array,
  isKeyObject,
  isCryptoKey,
} = types;

const { hasOwnProperty, propertyIsEnumerable, toString: objectToString } = Object.prototype;
const hasOwn = (o, k) => hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => propertyIsEnumerable.call(o, k);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const getTypedArrayByteLength = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'byteLength').get;
const dateGetTime = Date.prototype.getTime;

const kStrict = true;
const kLoose = false;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

let lazyIsURL;
function isURL(value) {
  lazyIsURL ??= require('../url').isURL;
  return lazyIsURL(value);
}

/** An array index key ('0' … '4294967294'). */
function isArrayIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0) return false;
  const n = Number(key);
  return n >>> 0 === n && n !== 4294967295 && String(n) === key;
}

/** The own enumerable keys that are not array indices (symbols too unless skipSymbols). */
function ownNonIndexEnumerableKeys(obj, skipSymbols) {
  const out = [];
  for (const key of Reflect.ownKeys(obj)) {
    if (typeof key === 'symbol' ? skipSymbols : isArrayIndexKey(key)) continue;
    if (isEnumerable(obj, key)) out.push(key);
  }
  return out;
}

function areSimilarRegExps(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

/** Loose comparison of float arrays: element by element with == (so +0 == -0; NaN never). */
function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const len = getTypedArrayByteLength.call(a);
  for (let offset = 0; offset < len; offset++) {
    if (a[offset] !== b[offset]) return false;
  }
  return true;
}

function sameBytes(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

function areSimilarTypedArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return sameBytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
}

function areEqualArrayBuffers(buf1, buf2) {
  return buf1.byteLength === buf2.byteLength && sameBytes(new Uint8Array(buf1), new Uint8Array(buf2));
}

function isEqualBoxedPrimitive(val1, val2) {
  if (isNumberObject(val1)) return isNumberObject(val2) && Object.is(Number.prototype.valueOf.call(val1), Number.prototype.valueOf.call(val2));
  if (isStringObject(val1)) return isStringObject(val2) && String.prototype.valueOf.call(val1) === String.prototype.valueOf.call(val2);
  if (isBooleanObject(val1)) return isBooleanObject(val2) && Boolean.prototype.valueOf.call(val1) === Boolean.prototype.valueOf.call(val2);
  if (isBigIntObject(val1)) return isBigIntObject(val2) && BigInt.prototype.valueOf.call(val1) === BigInt.prototype.valueOf.call(val2);
  if (isSymbolObject(val1)) return isSymbolObject(val2) && Symbol.prototype.valueOf.call(val1) === Symbol.prototype.valueOf.call(val2);
  throw new Error(`Unknown boxed type ${val1}`);
}

/** Whether an error's own data property `key` is enumerable the same way on both, and equal when not. */
function errorPartDiffers(val1, val2, key, compare) {
  const enumerable1 = isEnumerable(val1, key);
  if (enumerable1 !== isEnumerable(val2, key)) return true;
  // Enumerable ones are compared with the other own keys.
  return !enumerable1 && !compare(val1[key], val2[key]);
}

function innerDeepEqual(val1, val2, strict, memos) {
  // Identical values are equal, except +0 and -0 in strict mode.
  if (val1 === val2) return val1 !== 0 || Object.is(val1, val2) || !strict;

  if (strict) {
    if (typeof val1 === 'number') return Number.isNaN(val1) && Number.isNaN(val2);
    if (typeof val2 !== 'object' || typeof val1 !== 'object' || val1 === null || val2 === null ||
        Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }

  const val1Tag = objectToString.call(val1);
  const val2Tag = objectToString.call(val2);
  if (val1Tag !== val2Tag) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = ownNonIndexEnumerableKeys(val1, !strict);
    const keys2 = ownNonIndexEnumerableKeys(val2, !strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  } else if (val1Tag === '[object Object]') {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  } else if (isDate(val1)) {
    if (!isDate(val2) || dateGetTime.call(val1) !== dateGetTime.call(val2)) return false;
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
  } else if (isArrayBufferView(val1)) {
    if (getTypedArrayTag.call(val1) !== getTypedArrayTag.call(val2)) return false;
    if (!strict && (isFloat32Array(val1) || isFloat64Array(val1))) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areSimilarTypedArrays(val1, val2)) {
      return false;
    }
    const keys1 = ownNonIndexEnumerableKeys(val1, !strict);
    const keys2 = ownNonIndexEnumerableKeys(val2, !strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (isSet(val1)) {
    if (!isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) return false;
  } else if (isNativeError(val1) || val1 instanceof Error) {
    if (!isNativeError(val2) && !(val2 instanceof Error)) return false;
    const compare = (a, b) => innerDeepEqual(a, b, strict, memos);
    if (errorPartDiffers(val1, val2, 'message', (a, b) => a === b) ||
        errorPartDiffers(val1, val2, 'name', (a, b) => a === b) ||
        errorPartDiffers(val1, val2, 'cause', compare) ||
        errorPartDiffers(val1, val2, 'errors', compare)) {
      return false;
    }
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (Array.isArray(val2) || isArrayBufferView(val2) || isSet(val2) || isMap(val2) || isDate(val2) || isRegExp(val2) ||
             isAnyArrayBuffer(val2) || isBoxedPrimitive(val2) || isNativeError(val2) || val2 instanceof Error) {
    return false;
  } else if (isKeyObject(val1)) {
    if (!isKeyObject(val2) || !val1.equals(val2)) return false;
  } else if (isCryptoKey(val1)) {
    return false;
  } else if (isURL(val1)) {
    if (!isURL(val2) || val1.href !== val2.href) return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function countEnumerable(val, keys) {
  let n = 0;
  for (const k of keys) if (isEnumerable(val, k)) n++;
  return n;
}

/**
 * Compares the own keys (aKeys when given, for array-likes: the non-index ones), then the
 * contents through objEquiv, with `memos` tracking the pairs being compared (cycles).
 */
function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  const isArrayLikeObject = aKeys !== undefined;
  if (aKeys === undefined) aKeys = Object.keys(val1);
  for (const key of aKeys) {
    if (!isEnumerable(val2, key)) return false;
  }

  if (!isArrayLikeObject) {
    if (aKeys.length !== Object.keys(val2).length) return false;
    if (strict) {
      const symbolKeysA = Object.getOwnPropertySymbols(val1);
      if (symbolKeysA.length !== 0) {
        let count = 0;
        for (const key of symbolKeysA) {
          if (isEnumerable(val1, key)) {
            if (!isEnumerable(val2, key)) return false;
            aKeys.push(key);
            count++;
          } else if (isEnumerable(val2, key)) {
            return false;
          }
        }
        const symbolKeysB = Object.getOwnPropertySymbols(val2);
        if (symbolKeysA.length !== symbolKeysB.length && countEnumerable(val2, symbolKeysB) !== count) return false;
      } else {
        const symbolKeysB = Object.getOwnPropertySymbols(val2);
        if (symbolKeysB.length !== 0 && countEnumerable(val2, symbolKeysB) !== 0) return false;
      }
    }
  }

  if (aKeys.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) || val1.size === 0)) {
    return true;
  }

  // The first pair needs no set: it is remembered in a, b (and the next in c, d).
  if (memos === undefined) {
    memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false, deleteFailures: false };
    return objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  }
  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === val1 && memos.b === val2) return true;
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
  }

  const { set } = memos;
  const originalSize = set.size;
  set.add(val1);
  set.add(val2);
  // Both already being compared: a cycle, equal so far.
  if (originalSize === set.size) return true;

  const areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  if (areEq || memos.deleteFailures) {
    set.delete(val1);
    set.delete(val2);
  }
  return areEq;
}

function setHasEqualElement(set, val2, strict, memo) {
  const { deleteFailures } = memo;
  memo.deleteFailures = true;
  for (const val1 of set) {
    if (innerDeepEqual(val1, val2, strict, memo)) {
      set.delete(val1);
      memo.deleteFailures = deleteFailures;
      return true;
    }
  }
  memo.deleteFailures = deleteFailures;
  return false;
}

/**
 * For loose comparison: the primitive that could equal prim with == in a Set or Map, or true
 * (might match; compare deeply), false (cannot match), null/undefined.
 */
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // only null comes here
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
    // falls through
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return b.has(altValue) && !a.has(altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item, memo) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  const curB = b.get(altValue);
  if ((curB === undefined && !b.has(altValue)) || !innerDeepEqual(item, curB, false, memo)) return false;
  return !a.has(altValue) && innerDeepEqual(item, curB, false, memo);
}

function setEquiv(a, b, strict, memo) {
  // Values of a not in b by identity: objects (and loose primitives) to be matched deeply.
  let set = null;
  for (const val of a) {
    if (!b.has(val)) {
      if ((typeof val !== 'object' || val === null) && (strict || !setMightHaveLoosePrim(a, b, val))) return false;
      if (set === null) {
        if (b.size === 1) return innerDeepEqual(val, b.values().next().value, strict, memo);
        set = new Set();
      }
      set.add(val);
    }
  }
  if (set !== null) {
    for (const val of b) {
      if (typeof val === 'object' && val !== null) {
        if (!a.has(val) && !setHasEqualElement(set, val, strict, memo)) return false;
      } else if (!strict && !a.has(val) && !setHasEqualElement(set, val, strict, memo)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key2, item2, strict, memo) {
  const { deleteFailures } = memo;
  memo.deleteFailures = true;
  for (const key1 of set) {
    if (innerDeepEqual(key1, key2, strict, memo) && innerDeepEqual(map.get(key1), item2, strict, memo)) {
      set.delete(key1);
      memo.deleteFailures = deleteFailures;
      return true;
    }
  }
  memo.deleteFailures = deleteFailures;
  return false;
}

function mapEquiv(a, b, strict, memo) {
  let set = null;
  for (const [key, item1] of a) {
    if (typeof key === 'object' && key !== null) {
      if (set === null) {
        if (b.size === 1) {
          const [key2, item2] = b.entries().next().value;
          return innerDeepEqual(key, key2, strict, memo) && innerDeepEqual(item1, item2, strict, memo);
        }
        set = new Set();
      }
      set.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memo)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
        if (set === null) set = new Set();
        set.add(key);
      }
    }
  }
  if (set !== null) {
    for (const [key, item] of b) {
      if (typeof key === 'object' && key !== null) {
        if (!mapHasEqualEntry(set, a, key, item, strict, memo)) return false;
      } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memo)) &&
                 !mapHasEqualEntry(set, a, key, item, strict, memo)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: the rest of a sparse array is compared by its keys.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  }
  return true;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict);
}

module.exports = { isDeepEqual, isDeepStrictEqual };

export {}; // a module for tsc; the guest sees module.exports
