/**
 * %Array.prototype%: the methods that read the array or make a new one, and the table that
 * installs all of them (the in-place ones live in ArrayPrototypeMutators.ts).
 * https://tc39.es/ecma262/#sec-properties-of-the-array-prototype-object
 */
import { JSObject } from '../values/object';
import { defineMethods, type BuiltinImpl } from '../values/function';
import { WellKnown } from '../values/symbol';
import { HOLE, type Value } from '../values/value';
import { C, WEC } from '../values/shape';
import type { Realm } from '../realm';
import { R } from '../agent';
import { Msg, throwRangeError, throwTypeError } from '../errors';
import { JSArray, ArrayCreate } from '../exotics/array';
import { Invoke, IsCallable, LengthOfArrayLike, Set } from '../ops/object-operations';
import { ToBoolean, ToIntegerOrInfinity, ToObject, ToString, describe } from '../ops/type-conversion';
import {
  ArraySpeciesCreate, FlattenIntoArray, IsConcatSpreadable, MAX_ARRAY_LENGTH, MAX_SAFE_LENGTH, chargeFuel,
  createDataPropertyIndex, denseElements, getIndex, getIndexIfPresent, isEmptyPlainArray, nextIndexToVisit,
  prevIndexToVisit, relativeIndex, sortValues,
} from '../ops/array-operations';
import { ObjectPrototypeToString } from './Object';
import { CreateArrayIterator } from './ArrayIterator';
import { copyWithin, fill, pop, push, requireComparator, reverse, shift, sort, splice, unshift } from './ArrayPrototypeMutators';

/** The host's longest string (V8: 2^29 - 24); a longer join is a guest RangeError, never a host one. */
const MAX_STRING_LENGTH = (1 << 29) - 24;

/** The methods whose V8 message for a nullish receiver is "Array.prototype.x called on null or undefined". */
const calledOnNullish = ['concat', 'every', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'forEach', 'indexOf', 'map', 'reduce', 'reduceRight', 'some'];

/** ToObject(this value), with V8's message for the methods V8 words it for. */
function thisObject(thisValue: Value, method: string): JSObject {
  if ((thisValue === undefined || thisValue === null) && calledOnNullish.includes(method)) {
    throwTypeError(`Array.prototype.${method} called on null or undefined`);
  }
  return ToObject(thisValue);
}

/** Checks a callback argument (V8's wording: "x is not a function"). */
function requireCallback(v: Value): JSObject {
  if (v instanceof JSObject && v.isCallable) return v;
  throwTypeError(Msg.notAFunction(typeof v === 'string' ? v : describe(v)));
}


// ---------------------------------------------------------------------------------------------
// Methods, in the spec's order.
// ---------------------------------------------------------------------------------------------

/** https://tc39.es/ecma262/#sec-array.prototype.at */
const at: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  const rel = ToIntegerOrInfinity(args[0]);
  const k = rel >= 0 ? rel : len + rel;
  if (k < 0 || k >= len) return undefined;
  return getIndex(o, k);
};

/** https://tc39.es/ecma262/#sec-array.prototype.concat */
const concat: BuiltinImpl = (thisValue, args) => {
  const o = thisObject(thisValue, 'concat');
  const a = ArraySpeciesCreate(o, 0);
  let n = 0;
  for (let i = -1; i < args.length; i++) {
    const e = i < 0 ? o : args[i];
    if (IsConcatSpreadable(e)) {
      const eo = e as JSObject;
      const len = LengthOfArrayLike(eo);
      if (n + len > MAX_SAFE_LENGTH) throwTypeError(Msg.invalidArrayLength());
      const src = denseElements(eo, len);
      if (src !== null && a !== eo && a instanceof JSArray && !a.exotic && a.extensible && a.shape.indexKeys === 0 &&
          a.elements!.length === n && a.lengthWritable && n + len <= MAX_ARRAY_LENGTH) {
        // Fast path: CreateDataPropertyOrThrow for each present element, appended in bulk.
        chargeFuel(len);
        const el = a.elements!;
        let last = -1;
        for (let k = 0; k < len; k++) {
          const v = src[k];
          el.push(v);
          if (v !== HOLE) last = k;
        }
        if (last >= 0 && n + last >= (a.slots[0] as number)) a.slots[0] = n + last + 1;
        n += len;
        continue;
      }
      for (let k = 0; k < len; k++, n++) {
        if (--R.fuel <= 0) R.agent.refuel();
        const v = getIndexIfPresent(eo, k);
        if (v !== HOLE) createDataPropertyIndex(a, n, v);
        else {
          const next = nextIndexToVisit(eo, k + 1, len);
          n += next - k - 1;
          k = next - 1;
        }
      }
    } else {
      if (n >= MAX_SAFE_LENGTH) throwTypeError(Msg.invalidArrayLength());
      createDataPropertyIndex(a, n, e);
      n++;
    }
  }
  Set(a, 'length', n, true);
  return a;
};

/** https://tc39.es/ecma262/#sec-array.prototype.entries */
const entries: BuiltinImpl = (thisValue) => CreateArrayIterator(R.realm, ToObject(thisValue), 'key+value');

/** https://tc39.es/ecma262/#sec-array.prototype.every */
const every: BuiltinImpl = (thisValue, args) => {
  const o = thisObject(thisValue, 'every');
  const len = LengthOfArrayLike(o);
  const fn = requireCallback(args[0]);
  const thisArg = args[1];
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const v = getIndexIfPresent(o, k);
    if (v === HOLE) {
      k = nextIndexToVisit(o, k + 1, len) - 1;
      continue;
    }
    if (!ToBoolean(fn.Call(thisArg, [v, k, o]))) return false;
  }
  return true;
};

/** https://tc39.es/ecma262/#sec-array.prototype.filter */
const filter: BuiltinImpl = (thisValue, args) => {
  const o = thisObject(thisValue, 'filter');
  const len = LengthOfArrayLike(o);
  const fn = requireCallback(args[0]);
  const thisArg = args[1];
  const a = ArraySpeciesCreate(o, 0);
  let to = 0;
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const v = getIndexIfPresent(o, k);
    if (v === HOLE) {
      k = nextIndexToVisit(o, k + 1, len) - 1;
      continue;
    }
    if (ToBoolean(fn.Call(thisArg, [v, k, o]))) createDataPropertyIndex(a, to++, v);
  }
  return a;
};

/** https://tc39.es/ecma262/#sec-findviapredicate — returns the index found, or -1. */
function FindViaPredicate(o: JSObject, len: number, ascending: boolean, predicate: Value, thisArg: Value): [number, Value] {
  const fn = requireCallback(predicate);
  for (let i = 0; i < len; i++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const k = ascending ? i : len - 1 - i;
    const v = getIndex(o, k);
    if (ToBoolean(fn.Call(thisArg, [v, k, o]))) return [k, v];
  }
  return [-1, undefined];
}

/** https://tc39.es/ecma262/#sec-array.prototype.find (and findIndex, findLast, findLastIndex) */
function finder(method: string, ascending: boolean, wantIndex: boolean): BuiltinImpl {
  return (thisValue, args) => {
    const o = thisObject(thisValue, method);
    const len = LengthOfArrayLike(o);
    const [index, value] = FindViaPredicate(o, len, ascending, args[0], args[1]);
    return wantIndex ? index : value;
  };
}

/** https://tc39.es/ecma262/#sec-array.prototype.flat */
const flat: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const sourceLen = LengthOfArrayLike(o);
  let depthNum = 1;
  if (args[0] !== undefined) {
    depthNum = ToIntegerOrInfinity(args[0]);
    if (depthNum < 0) depthNum = 0;
  }
  const a = ArraySpeciesCreate(o, 0);
  FlattenIntoArray(a, o, sourceLen, 0, depthNum);
  return a;
};

/** https://tc39.es/ecma262/#sec-array.prototype.flatmap */
const flatMap: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const sourceLen = LengthOfArrayLike(o);
  const mapper = args[0];
  if (!IsCallable(mapper)) throwTypeError('flatMap mapper function is not callable');
  const a = ArraySpeciesCreate(o, 0);
  FlattenIntoArray(a, o, sourceLen, 0, 1, mapper, args[1]);
  return a;
};

/** https://tc39.es/ecma262/#sec-array.prototype.foreach */
const forEach: BuiltinImpl = (thisValue, args) => {
  const o = thisObject(thisValue, 'forEach');
  const len = LengthOfArrayLike(o);
  const fn = requireCallback(args[0]);
  const thisArg = args[1];
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const v = getIndexIfPresent(o, k);
    if (v === HOLE) {
      k = nextIndexToVisit(o, k + 1, len) - 1;
      continue;
    }
    fn.Call(thisArg, [v, k, o]);
  }
  return undefined;
};

/** https://tc39.es/ecma262/#sec-array.prototype.includes */
const includes: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  if (len === 0) return false;
  const search = args[0];
  let n = ToIntegerOrInfinity(args[1]);
  if (n === Infinity) return false;
  if (n === -Infinity) n = 0;
  let k = n >= 0 ? n : Math.max(len + n, 0);
  const el = denseElements(o, len);
  if (el !== null) {
    chargeFuel(len - k);
    // A hole reads as undefined (the prototype chain has no index properties).
    return el.includes(search, k) || (search === undefined && el.includes(HOLE, k));
  }
  for (; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const v = getIndex(o, k);
    if (v === search || (v !== v && search !== search)) return true;
    // An absent index reads as undefined, which matched above if it could: skip absent ones.
    if (v === undefined) k = nextIndexToVisit(o, k + 1, len) - 1;
  }
  return false;
};

/** https://tc39.es/ecma262/#sec-array.prototype.indexof */
const indexOf: BuiltinImpl = (thisValue, args) => {
  const o = thisObject(thisValue, 'indexOf');
  const len = LengthOfArrayLike(o);
  if (len === 0) return -1;
  const search = args[0];
  let n = ToIntegerOrInfinity(args[1]);
  if (n === Infinity) return -1;
  if (n === -Infinity) n = 0;
  let k = n >= 0 ? n : Math.max(len + n, 0);
  const el = denseElements(o, len);
  if (el !== null) {
    if (k >= len) return -1;
    const i = el.indexOf(search, k);
    chargeFuel((i < 0 ? len : i + 1) - k);
    return i;
  }
  for (; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const v = getIndexIfPresent(o, k);
    if (v === HOLE) {
      k = nextIndexToVisit(o, k + 1, len) - 1;
      continue;
    }
    if (v === search) return k;
  }
  return -1;
};

/**
 * Objects whose join is running, innermost last. NON-SPEC (as V8): joining an array that is
 * already being joined (a cycle) yields the empty string instead of recursing until the stack overflows.
 */
const joinStack: JSObject[] = [];

function appendChecked(r: string, s: string): string {
  if (r.length + s.length > MAX_STRING_LENGTH) throwRangeError('Invalid string length');
  return r + s;
}

/** https://tc39.es/ecma262/#sec-array.prototype.join */
const join: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  const sep = args[0] === undefined ? ',' : ToString(args[0]);
  if (joinStack.includes(o)) return '';
  joinStack.push(o);
  try {
    let r = '';
    for (let k = 0; k < len; k++) {
      if (--R.fuel <= 0) R.agent.refuel();
      if (k > 0 && sep !== '') r = appendChecked(r, sep);
      const e = getIndex(o, k);
      if (e !== undefined && e !== null) r = appendChecked(r, typeof e === 'string' ? e : ToString(e));
      else if (e === undefined) {
        // Absent indices up to the next one that may be present each add just a separator.
        const next = nextIndexToVisit(o, k + 1, len);
        const count = next - k - 1;
        if (count > 0 && sep !== '') {
          if (r.length + count * sep.length > MAX_STRING_LENGTH) throwRangeError('Invalid string length');
          r += sep.repeat(count);
        }
        k = next - 1;
      }
    }
    return r;
  } finally {
    joinStack.pop();
  }
};

/** https://tc39.es/ecma262/#sec-array.prototype.keys */
const keys: BuiltinImpl = (thisValue) => CreateArrayIterator(R.realm, ToObject(thisValue), 'key');

/** https://tc39.es/ecma262/#sec-array.prototype.lastindexof */
const lastIndexOf: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  if (len === 0) return -1;
  const search = args[0];
  const n = args.length > 1 ? ToIntegerOrInfinity(args[1]) : len - 1;
  if (n === -Infinity) return -1;
  let k = n >= 0 ? Math.min(n, len - 1) : len + n;
  if (k < 0) return -1;
  const el = denseElements(o, len);
  if (el !== null) {
    const i = el.lastIndexOf(search, k);
    chargeFuel(k + 1 - (i < 0 ? 0 : i));
    return i;
  }
  for (; k >= 0; k--) {
    if (--R.fuel <= 0) R.agent.refuel();
    const v = getIndexIfPresent(o, k);
    if (v === HOLE) {
      k = prevIndexToVisit(o, k - 1) + 1;
      continue;
    }
    if (v === search) return k;
  }
  return -1;
};

/** https://tc39.es/ecma262/#sec-array.prototype.map */
const map: BuiltinImpl = (thisValue, args) => {
  const o = thisObject(thisValue, 'map');
  const len = LengthOfArrayLike(o);
  const fn = requireCallback(args[0]);
  const thisArg = args[1];
  const a = ArraySpeciesCreate(o, len);
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const v = getIndexIfPresent(o, k);
    if (v === HOLE) {
      k = nextIndexToVisit(o, k + 1, len) - 1;
      continue;
    }
    createDataPropertyIndex(a, k, fn.Call(thisArg, [v, k, o]));
  }
  return a;
};

/** The next step i (counting from 0 in the direction of the walk) whose index may be present. */
function skipAbsent(o: JSObject, i: number, len: number, ascending: boolean): number {
  return ascending ? nextIndexToVisit(o, i, len) : len - 1 - prevIndexToVisit(o, len - 1 - i);
}

/** https://tc39.es/ecma262/#sec-array.prototype.reduce (and reduceRight) */
function reducer(method: string, ascending: boolean): BuiltinImpl {
  return (thisValue, args) => {
    const o = thisObject(thisValue, method);
    const len = LengthOfArrayLike(o);
    const fn = requireCallback(args[0]);
    if (len === 0 && args.length < 2) throwTypeError('Reduce of empty array with no initial value');
    let i = 0;
    let acc: Value = undefined;
    if (args.length >= 2) acc = args[1];
    else {
      let present = false;
      while (!present && i < len) {
        if (--R.fuel <= 0) R.agent.refuel();
        const v = getIndexIfPresent(o, ascending ? i : len - 1 - i);
        i++;
        if (v !== HOLE) {
          present = true;
          acc = v;
        } else i = skipAbsent(o, i, len, ascending);
      }
      if (!present) throwTypeError('Reduce of empty array with no initial value');
    }
    for (; i < len; i++) {
      if (--R.fuel <= 0) R.agent.refuel();
      const k = ascending ? i : len - 1 - i;
      const v = getIndexIfPresent(o, k);
      if (v !== HOLE) acc = fn.Call(undefined, [acc, v, k, o]);
      else i = skipAbsent(o, i + 1, len, ascending) - 1;
    }
    return acc;
  };
}

/** https://tc39.es/ecma262/#sec-array.prototype.slice */
const slice: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  let k = relativeIndex(ToIntegerOrInfinity(args[0]), len);
  const end = args[1];
  const final = end === undefined ? len : relativeIndex(ToIntegerOrInfinity(end), len);
  const count = Math.max(final - k, 0);
  const a = ArraySpeciesCreate(o, count);
  let n = 0;
  const src = count > 0 ? denseElements(o, len) : null;
  if (src !== null && a !== o && isEmptyPlainArray(a)) {
    chargeFuel(count);
    const el = src.slice(k, final);
    let last = count - 1;
    while (last >= 0 && el[last] === HOLE) last--;
    a.elements = el;
    if (last >= (a.slots[0] as number)) a.slots[0] = last + 1;
    n = count;
  } else {
    for (; k < final; k++, n++) {
      if (--R.fuel <= 0) R.agent.refuel();
      const v = getIndexIfPresent(o, k);
      if (v !== HOLE) createDataPropertyIndex(a, n, v);
      else {
        const next = nextIndexToVisit(o, k + 1, final);
        n += next - k - 1;
        k = next - 1;
      }
    }
  }
  Set(a, 'length', n, true);
  return a;
};

/** https://tc39.es/ecma262/#sec-array.prototype.some */
const some: BuiltinImpl = (thisValue, args) => {
  const o = thisObject(thisValue, 'some');
  const len = LengthOfArrayLike(o);
  const fn = requireCallback(args[0]);
  const thisArg = args[1];
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const v = getIndexIfPresent(o, k);
    if (v === HOLE) {
      k = nextIndexToVisit(o, k + 1, len) - 1;
      continue;
    }
    if (ToBoolean(fn.Call(thisArg, [v, k, o]))) return true;
  }
  return false;
};

/** https://tc39.es/ecma262/#sec-array.prototype.tolocalestring (with ECMA-402's locales and options passed on) */
const toLocaleString: BuiltinImpl = (thisValue, args) => {
  const array = ToObject(thisValue);
  const len = LengthOfArrayLike(array);
  if (joinStack.includes(array)) return '';
  joinStack.push(array);
  try {
    const invokeArgs = [args[0], args[1]];
    let r = '';
    for (let k = 0; k < len; k++) {
      if (--R.fuel <= 0) R.agent.refuel();
      if (k > 0) r = appendChecked(r, ',');
      const next = getIndex(array, k);
      if (next !== undefined && next !== null) r = appendChecked(r, ToString(Invoke(next, 'toLocaleString', invokeArgs)));
    }
    return r;
  } finally {
    joinStack.pop();
  }
};

/** https://tc39.es/ecma262/#sec-array.prototype.toreversed */
const toReversed: BuiltinImpl = (thisValue) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  const a = ArrayCreate(len);
  const el = a.elements!;
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    el.push(getIndex(o, len - k - 1));
  }
  return a;
};

/** https://tc39.es/ecma262/#sec-array.prototype.tosorted */
const toSorted: BuiltinImpl = (thisValue, args) => {
  const comparefn = requireComparator(args[0]);
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  const a = ArrayCreate(len);
  // SortIndexedProperties(o, len, SortCompare, read-through-holes)
  const items: Value[] = [];
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    items.push(getIndex(o, k));
  }
  a.elements = sortValues(items, comparefn);
  return a;
};

/** https://tc39.es/ecma262/#sec-array.prototype.tospliced */
const toSpliced: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  const actualStart = relativeIndex(ToIntegerOrInfinity(args[0]), len);
  const insertCount = args.length > 2 ? args.length - 2 : 0;
  let actualSkipCount: number;
  if (args.length === 0) actualSkipCount = 0;
  else if (args.length === 1) actualSkipCount = len - actualStart;
  else actualSkipCount = Math.min(Math.max(ToIntegerOrInfinity(args[1]), 0), len - actualStart);
  const newLen = len + insertCount - actualSkipCount;
  if (newLen > MAX_SAFE_LENGTH) throwTypeError(Msg.invalidArrayLength());
  const a = ArrayCreate(newLen);
  const el = a.elements!;
  let i = 0;
  let r = actualStart + actualSkipCount;
  for (; i < actualStart; i++) {
    if (--R.fuel <= 0) R.agent.refuel();
    el.push(getIndex(o, i));
  }
  for (let j = 0; j < insertCount; j++, i++) el.push(args[j + 2]);
  for (; i < newLen; i++, r++) {
    if (--R.fuel <= 0) R.agent.refuel();
    el.push(getIndex(o, r));
  }
  return a;
};

/** https://tc39.es/ecma262/#sec-array.prototype.tostring */
const toString: BuiltinImpl = (thisValue) => {
  const array = ToObject(thisValue);
  const func = array.Get('join', array);
  if (!IsCallable(func)) return ObjectPrototypeToString(array);
  return func.Call(array, []);
};

/** https://tc39.es/ecma262/#sec-array.prototype.values */
const values: BuiltinImpl = (thisValue) => CreateArrayIterator(R.realm, ToObject(thisValue), 'value');

/** https://tc39.es/ecma262/#sec-array.prototype.with */
const withMethod: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  const relativeIdx = ToIntegerOrInfinity(args[0]);
  const actualIndex = relativeIdx >= 0 ? relativeIdx : len + relativeIdx;
  if (actualIndex >= len || actualIndex < 0) throwRangeError(`Invalid index : ${relativeIdx}`);
  const value = args[1];
  const a = ArrayCreate(len);
  const el = a.elements!;
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    el.push(k === actualIndex ? value : getIndex(o, k));
  }
  return a;
};

/** Installs the methods of %Array.prototype% (proto is the Array exotic object itself). https://tc39.es/ecma262/#sec-properties-of-the-array-prototype-object */
export function setupArrayPrototype(realm: Realm, proto: JSArray): void {
  defineMethods(realm, proto, [
    ['at', at, 1],
    ['concat', concat, 1],
    ['copyWithin', copyWithin, 2],
    ['entries', entries, 0],
    ['every', every, 1],
    ['fill', fill, 1],
    ['filter', filter, 1],
    ['find', finder('find', true, false), 1],
    ['findIndex', finder('findIndex', true, true), 1],
    ['findLast', finder('findLast', false, false), 1],
    ['findLastIndex', finder('findLastIndex', false, true), 1],
    ['flat', flat, 0],
    ['flatMap', flatMap, 1],
    ['forEach', forEach, 1],
    ['includes', includes, 1],
    ['indexOf', indexOf, 1],
    ['join', join, 1],
    ['keys', keys, 0],
    ['lastIndexOf', lastIndexOf, 1],
    ['map', map, 1],
    ['pop', pop, 0],
    ['push', push, 1],
    ['reduce', reducer('reduce', true), 1],
    ['reduceRight', reducer('reduceRight', false), 1],
    ['reverse', reverse, 0],
    ['shift', shift, 0],
    ['slice', slice, 2],
    ['some', some, 1],
    ['sort', sort, 1],
    ['splice', splice, 2],
    ['toLocaleString', toLocaleString, 0],
    ['toReversed', toReversed, 0],
    ['toSorted', toSorted, 1],
    ['toSpliced', toSpliced, 2],
    ['toString', toString, 0],
    ['unshift', unshift, 1],
    ['values', values, 0],
    ['with', withMethod, 2],
  ]);
  // https://tc39.es/ecma262/#sec-array.prototype-%symbol.iterator%: the same function object as values.
  const valuesFn = proto.slots[proto.shape.lookup('values')] as JSObject;
  proto.addHidden(WellKnown.iterator, valuesFn);
  realm.intrinsics['%Array.prototype.values%'] = valuesFn;
  realm.intrinsics['%Array.prototype.toString%'] = proto.slots[proto.shape.lookup('toString')] as JSObject;
  // https://tc39.es/ecma262/#sec-array.prototype-%symbol.unscopables%
  const unscopables = new JSObject(null);
  for (const name of [
    'at', 'copyWithin', 'entries', 'fill', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flat',
    'flatMap', 'includes', 'keys', 'toReversed', 'toSorted', 'toSpliced', 'values',
  ]) unscopables.addProperty(name, true, WEC);
  proto.addProperty(WellKnown.unscopables, unscopables, C);
}
