/**
 * The methods of %Array.prototype% that change the array in place: copyWithin, fill, pop, push,
 * reverse, shift, sort, splice, unshift. (ArrayPrototype.ts installs them.)
 * https://tc39.es/ecma262/#sec-properties-of-the-array-prototype-object
 */
import type { JSObject } from '../values/object';
import type { BuiltinImpl } from '../values/function';
import { HOLE, type Value } from '../values/value';
import { R } from '../agent';
import { Msg, throwTypeError } from '../errors';
import { JSArray, protoChainIsPlain } from '../exotics/array';
import { DeletePropertyOrThrow, IsCallable, LengthOfArrayLike, Set } from '../ops/object-operations';
import { ToIntegerOrInfinity, ToObject } from '../ops/type-conversion';
import {
  ArraySpeciesCreate, MAX_ARRAY_LENGTH, MAX_SAFE_LENGTH, chargeFuel, createDataPropertyIndex, deleteIndex, denseElements,
  deleteIndicesDown, getIndex, getIndexIfPresent, isEmptyPlainArray, moveElements, nextIndexToVisit, relativeIndex, setIndex,
  sortValues,
} from '../ops/array-operations';

/** https://tc39.es/ecma262/#sec-array.prototype.copywithin */
export const copyWithin: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  const to = relativeIndex(ToIntegerOrInfinity(args[0]), len);
  const from = relativeIndex(ToIntegerOrInfinity(args[1]), len);
  const end = args[2];
  const final = end === undefined ? len : relativeIndex(ToIntegerOrInfinity(end), len);
  const count = Math.min(final - from, len - to);
  if (count <= 0) return o;
  const el = denseElements(o, len);
  if (el !== null) {
    chargeFuel(count);
    el.copyWithin(to, from, from + count);
    return o;
  }
  if (from < to && to < from + count) moveElements(o, from + count - 1, to + count - 1, count, -1);
  else moveElements(o, from, to, count, 1);
  return o;
};

/** https://tc39.es/ecma262/#sec-array.prototype.fill */
export const fill: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  const value = args[0];
  const k = relativeIndex(ToIntegerOrInfinity(args[1]), len);
  const end = args[2];
  const final = end === undefined ? len : relativeIndex(ToIntegerOrInfinity(end), len);
  if (k >= final) return o;
  const el = denseElements(o, len, final - k === len);
  if (el !== null) {
    chargeFuel(final - k);
    el.fill(value, k, final);
    return o;
  }
  for (let i = k; i < final; i++) {
    if (--R.fuel <= 0) R.agent.refuel();
    setIndex(o, i, value);
  }
  return o;
};

/** https://tc39.es/ecma262/#sec-array.prototype.pop */
export const pop: BuiltinImpl = (thisValue) => {
  const o = ToObject(thisValue);
  if (o instanceof JSArray && !o.exotic && o.shape.indexKeys === 0 && o.lengthWritable) {
    const el = o.elements!;
    const len = o.slots[0] as number;
    if (len > 0 && el.length === len && el[len - 1] !== HOLE) {
      o.slots[0] = len - 1;
      return el.pop();
    }
  }
  const len = LengthOfArrayLike(o);
  if (len === 0) {
    Set(o, 'length', 0, true);
    return undefined;
  }
  const newLen = len - 1;
  const index = String(newLen);
  const element = o.Get(index, o);
  DeletePropertyOrThrow(o, index);
  Set(o, 'length', newLen, true);
  return element;
};

/** https://tc39.es/ecma262/#sec-array.prototype.push */
export const push: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const argCount = args.length;
  if (o instanceof JSArray && !o.exotic && o.extensible && o.shape.indexKeys === 0 && o.lengthWritable) {
    const el = o.elements!;
    const len = o.slots[0] as number;
    if (el.length === len && len + argCount <= MAX_ARRAY_LENGTH && protoChainIsPlain(o)) {
      if (argCount === 1) el.push(args[0]);
      else for (let i = 0; i < argCount; i++) el.push(args[i]);
      return (o.slots[0] = len + argCount);
    }
  }
  let len = LengthOfArrayLike(o);
  if (len + argCount > MAX_SAFE_LENGTH) {
    throwTypeError(`Pushing ${argCount} elements on an array-like of length ${len} is disallowed, as the total surpasses 2**53-1`);
  }
  for (let i = 0; i < argCount; i++) {
    if (--R.fuel <= 0) R.agent.refuel();
    setIndex(o, len, args[i]);
    len++;
  }
  Set(o, 'length', len, true);
  return len;
};

/** https://tc39.es/ecma262/#sec-array.prototype.reverse */
export const reverse: BuiltinImpl = (thisValue) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  const el = denseElements(o, len);
  if (el !== null) {
    chargeFuel(len);
    el.reverse();
    return o;
  }
  const middle = Math.floor(len / 2);
  for (let lower = 0; lower !== middle; lower++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const upper = len - lower - 1;
    const lowerValue = getIndexIfPresent(o, lower);
    const upperValue = getIndexIfPresent(o, upper);
    if (lowerValue !== HOLE && upperValue !== HOLE) {
      setIndex(o, lower, upperValue);
      setIndex(o, upper, lowerValue);
    } else if (upperValue !== HOLE) {
      setIndex(o, lower, upperValue);
      deleteIndex(o, upper);
    } else if (lowerValue !== HOLE) {
      deleteIndex(o, lower);
      setIndex(o, upper, lowerValue);
    }
  }
  return o;
};

/** https://tc39.es/ecma262/#sec-array.prototype.shift */
export const shift: BuiltinImpl = (thisValue) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  if (len === 0) {
    Set(o, 'length', 0, true);
    return undefined;
  }
  const el = o instanceof JSArray && o.lengthWritable ? denseElements(o, len) : null;
  if (el !== null) {
    chargeFuel(len);
    const first = el.shift();
    o.slots[0] = len - 1;
    return first === HOLE ? undefined : first;
  }
  const first = getIndex(o, 0);
  moveElements(o, 1, 0, len - 1, 1);
  deleteIndex(o, len - 1);
  Set(o, 'length', len - 1, true);
  return first;
};

export function requireComparator(v: Value): JSObject | undefined {
  if (v === undefined) return undefined;
  if (IsCallable(v)) return v;
  throwTypeError('The comparison function must be either a function or undefined');
}

/** https://tc39.es/ecma262/#sec-array.prototype.sort */
export const sort: BuiltinImpl = (thisValue, args) => {
  // 1.
  const comparefn = requireComparator(args[0]);
  // 2-3.
  const obj = ToObject(thisValue);
  const len = LengthOfArrayLike(obj);
  // 5. SortIndexedProperties(obj, len, SortCompare, skip-holes): collect the present values.
  const items: Value[] = [];
  const el = denseElements(obj, len);
  if (el !== null) {
    chargeFuel(len);
    for (let k = 0; k < len; k++) if (el[k] !== HOLE) items.push(el[k]);
  } else {
    for (let k = 0; k < len; k++) {
      if (--R.fuel <= 0) R.agent.refuel();
      const v = getIndexIfPresent(obj, k);
      if (v !== HOLE) items.push(v);
      else k = nextIndexToVisit(obj, k + 1, len) - 1;
    }
  }
  const sorted = sortValues(items, comparefn);
  // 6-10. Write the sorted values back, then delete the remaining indices (the holes move to the end).
  const itemCount = sorted.length;
  const out = denseElements(obj, len);
  if (out !== null && out.length === len) {
    chargeFuel(len);
    for (let j = 0; j < itemCount; j++) out[j] = sorted[j];
    for (let j = itemCount; j < len; j++) out[j] = HOLE;
    return obj;
  }
  let j = 0;
  for (; j < itemCount; j++) {
    if (--R.fuel <= 0) R.agent.refuel();
    setIndex(obj, j, sorted[j]);
  }
  for (; j < len; j++) {
    if (--R.fuel <= 0) R.agent.refuel();
    // Deleting an index o does not have is a no-op: jump to the next own one.
    j = nextIndexToVisit(obj, j, len, true);
    if (j < len) deleteIndex(obj, j);
  }
  return obj;
};

/** Inserts items into el at index i (without spreading a long argument list onto the host stack). */
function insertAt(el: Value[], i: number, deleteCount: number, items: Value[]): Value[] {
  if (items.length < 4096) return el.splice(i, deleteCount, ...items);
  const removed = el.splice(i, deleteCount);
  const tail = el.splice(i);
  for (const v of items) el.push(v);
  for (const v of tail) el.push(v);
  return removed;
}

/** https://tc39.es/ecma262/#sec-array.prototype.splice */
export const splice: BuiltinImpl = (thisValue, args) => {
  // 1-6.
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  const actualStart = relativeIndex(ToIntegerOrInfinity(args[0]), len);
  // 7-10.
  const items = args.length > 2 ? args.slice(2) : [];
  const itemCount = items.length;
  let actualDeleteCount: number;
  if (args.length === 0) actualDeleteCount = 0;
  else if (args.length === 1) actualDeleteCount = len - actualStart;
  else actualDeleteCount = Math.min(Math.max(ToIntegerOrInfinity(args[1]), 0), len - actualStart);
  // 11.
  const newLen = len + itemCount - actualDeleteCount;
  if (newLen > MAX_SAFE_LENGTH) throwTypeError(Msg.invalidArrayLength());
  // 12.
  const a = ArraySpeciesCreate(o, actualDeleteCount);
  // Fast path: a plain dense receiver and a fresh plain result.
  const el = o instanceof JSArray && o.lengthWritable ? denseElements(o, len) : null;
  if (el !== null && a !== o && isEmptyPlainArray(a) && newLen <= MAX_ARRAY_LENGTH) {
    chargeFuel(len - actualStart + itemCount);
    const removed = insertAt(el, actualStart, actualDeleteCount, items);
    let last = removed.length - 1;
    while (last >= 0 && removed[last] === HOLE) last--;
    a.elements = removed;
    if (last >= (a.slots[0] as number)) a.slots[0] = last + 1;
    Set(a, 'length', actualDeleteCount, true);
    o.slots[0] = newLen;
    return a;
  }
  // 13-15.
  for (let k = 0; k < actualDeleteCount; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const v = getIndexIfPresent(o, actualStart + k);
    if (v !== HOLE) createDataPropertyIndex(a, k, v);
  }
  Set(a, 'length', actualDeleteCount, true);
  // 16-17.
  if (itemCount < actualDeleteCount) {
    // k from actualStart up to len - actualDeleteCount: move k + actualDeleteCount to k + itemCount.
    moveElements(o, actualStart + actualDeleteCount, actualStart + itemCount, len - actualDeleteCount - actualStart, 1);
    // k from len down to newLen + 1: delete k - 1.
    deleteIndicesDown(o, len - 1, newLen);
  } else if (itemCount > actualDeleteCount) {
    // k from len - actualDeleteCount down to actualStart + 1: move k + actualDeleteCount - 1 to k + itemCount - 1.
    moveElements(o, len - 1, len - actualDeleteCount + itemCount - 1, len - actualDeleteCount - actualStart, -1);
  }
  // 18.
  for (let i = 0; i < itemCount; i++) {
    if (--R.fuel <= 0) R.agent.refuel();
    setIndex(o, actualStart + i, items[i]);
  }
  // 19.
  Set(o, 'length', newLen, true);
  return a;
};

/** https://tc39.es/ecma262/#sec-array.prototype.unshift */
export const unshift: BuiltinImpl = (thisValue, args) => {
  const o = ToObject(thisValue);
  const len = LengthOfArrayLike(o);
  const argCount = args.length;
  if (argCount > 0) {
    if (len + argCount > MAX_SAFE_LENGTH) throwTypeError(Msg.invalidArrayLength());
    const el = o instanceof JSArray && o.lengthWritable && len + argCount <= MAX_ARRAY_LENGTH ? denseElements(o, len) : null;
    if (el !== null) {
      chargeFuel(len + argCount);
      insertAt(el, 0, 0, args);
      o.slots[0] = len + argCount;
      return len + argCount;
    }
    // k from len down to 1: move k - 1 to k + argCount - 1.
    moveElements(o, len - 1, len + argCount - 1, len, -1);
    for (let j = 0; j < argCount; j++) setIndex(o, j, args[j]);
  }
  Set(o, 'length', len + argCount, true);
  return len + argCount;
};
