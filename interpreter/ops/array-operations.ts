/**
 * Abstract operations of Array objects (ArraySpeciesCreate, IsConcatSpreadable, FlattenIntoArray,
 * the sorting step of SortIndexedProperties), and the element-access helpers the Array built-ins
 * share. https://tc39.es/ecma262/#sec-array-objects
 */
import { JSObject } from '../values/object';
import { WellKnown } from '../values/symbol';
import { HOLE, type PropertyKey, type Value } from '../values/value';
import { R } from '../agent';
import { Msg, throwTypeError } from '../errors';
import { JSArray, ArrayCreate, protoChainIsPlain } from '../exotics/array';
import {
  Construct, CreateDataPropertyOrThrow, DeletePropertyOrThrow, GetFunctionRealm, IsArray, IsConstructor,
  LengthOfArrayLike, keyString,
} from './object-operations';
import { ToBoolean, ToNumber, ToString, describe } from './type-conversion';

/** 2^53 - 1: the largest length of an array-like. */
export const MAX_SAFE_LENGTH = Number.MAX_SAFE_INTEGER;
/** 2^32 - 1: the largest length of an Array. */
export const MAX_ARRAY_LENGTH = 4294967295;
/** The longest array whose elements a method that writes every index (fill) pads for its fast path. */
const PAD_LIMIT = 1 << 24;
/** Other methods pad a holey array's elements by at most this many HOLEs (or its element count). */
const PAD_SLACK = 1024;

// ---------------------------------------------------------------------------------------------
// Element access. The spec's algorithms work on any array-like through Get/Set/HasProperty/
// DeletePropertyOrThrow with string keys; these helpers take the index as a number and skip the
// string key when the index is a dense element of an ordinary object, which is unobservable.
// ---------------------------------------------------------------------------------------------

/** Charges n units of fuel (in chunks, so the refuel deficit stays small). */
export function chargeFuel(n: number): void {
  while (n > 0) {
    const c = n < 65536 ? n : 65536;
    n -= c;
    R.fuel -= c;
    if (R.fuel <= 0) R.agent.refuel();
  }
}

/** Get(o, ToString(k)). */
export function getIndex(o: JSObject, k: number): Value {
  const el = o.elements;
  if (el !== null && k < el.length && !o.exotic) {
    const v = el[k];
    if (v !== HOLE) return v;
  }
  return o.Get(String(k), o);
}

/** HasProperty(o, ToString(k)) and, when present, Get(o, ToString(k)); HOLE when absent. */
export function getIndexIfPresent(o: JSObject, k: number): Value {
  const el = o.elements;
  if (el !== null && k < el.length && !o.exotic) {
    const v = el[k];
    if (v !== HOLE) return v;
  }
  const key = String(k);
  return o.HasProperty(key) ? o.Get(key, o) : HOLE;
}

/** The index a canonical integer key names (0 .. 2^53 - 2), or -1. */
function integerKeyIndex(key: PropertyKey): number {
  if (typeof key !== 'string' || key.length === 0) return -1;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return -1;
  const n = +key;
  return Number.isSafeInteger(n) && String(n) === key ? n : -1;
}

/**
 * Whether the integer-keyed properties of o can be enumerated from its own storage: o is not
 * exotic, and (unless only own properties matter) its prototype chain has no index properties,
 * so HasProperty and Get of any other index find nothing and run no guest code.
 */
function indexKeysKnown(o: JSObject, own: boolean): boolean {
  return !o.exotic && (own || protoChainIsPlain(o));
}

/**
 * The smallest index in [k, end) at which o may have a property (own, or inherited unless `own`),
 * or end. A loop over indices may jump there: looking up the indices in between finds nothing and
 * runs no guest code, so skipping them is unobservable. Returns k whenever it cannot tell cheaply
 * (inside the dense elements, or for exotic objects). Recomputed at each jump, so properties added
 * by guest code during the loop are seen as the spec would see them.
 */
export function nextIndexToVisit(o: JSObject, k: number, end: number, own = false): number {
  const el = o.elements;
  if (k >= end || (el !== null && k < el.length) || !indexKeysKnown(o, own)) return k;
  const shape = o.shape;
  let best = end;
  // An Array's indices are below 2^32 - 1, all counted in indexKeys; other objects may have larger integer keys.
  if (shape.indexKeys > 0 || !(o instanceof JSArray)) {
    const keys = shape.keys;
    for (let i = 0; i < keys.length; i++) {
      const idx = integerKeyIndex(keys[i]);
      if (idx >= k && idx < best) best = idx;
    }
  }
  return best;
}

/** The largest index in [0, k] at which o may have a property, or -1 (nextIndexToVisit, downwards). */
export function prevIndexToVisit(o: JSObject, k: number, own = false): number {
  const el = o.elements;
  if (k < 0 || (el !== null && k < el.length) || !indexKeysKnown(o, own)) return k;
  const shape = o.shape;
  let best = el !== null ? el.length - 1 : -1;
  if (shape.indexKeys > 0 || !(o instanceof JSArray)) {
    const keys = shape.keys;
    for (let i = 0; i < keys.length; i++) {
      const idx = integerKeyIndex(keys[i]);
      if (idx <= k && idx > best) best = idx;
    }
  }
  return best;
}

/**
 * The element-moving loop of shift, unshift, splice and copyWithin: `count` steps from the pair
 * (from, to), both moving by `direction`; at each, if `from` is present, Set(to, Get(from), true),
 * else DeletePropertyOrThrow(to). A step whose `from` is absent and whose `to` is not an own
 * property does nothing observable, so runs of such steps are jumped over (nextIndexToVisit).
 */
export function moveElements(o: JSObject, from: number, to: number, count: number, direction: 1 | -1): void {
  const d = to - from;
  let i = 0;
  while (i < count) {
    if (--R.fuel <= 0) R.agent.refuel();
    const f = from + i * direction;
    const v = getIndexIfPresent(o, f);
    i++;
    if (v !== HOLE) {
      setIndex(o, f + d, v);
      continue;
    }
    deleteIndex(o, f + d);
    if (direction === 1) {
      const end = from + count;
      const next = Math.min(nextIndexToVisit(o, f + 1, end), nextIndexToVisit(o, f + 1 + d, end + d, true) - d);
      if (next - from > i) i = next - from;
    } else {
      const prev = Math.max(prevIndexToVisit(o, f - 1), prevIndexToVisit(o, f - 1 + d, true) - d);
      if (from - prev > i) i = from - prev;
    }
  }
}

/** DeletePropertyOrThrow of indices hi, hi - 1, … lo (descending), skipping those o does not have. */
export function deleteIndicesDown(o: JSObject, hi: number, lo: number): void {
  for (let k = hi; k >= lo; k--) {
    if (--R.fuel <= 0) R.agent.refuel();
    k = prevIndexToVisit(o, k, true);
    if (k >= lo) deleteIndex(o, k);
  }
}

/** Set(o, ToString(k), v, true). */
export function setIndex(o: JSObject, k: number, v: Value): void {
  if (o instanceof JSArray && !o.exotic) {
    const el = o.elements!;
    if (k < el.length && el[k] !== HOLE) {
      el[k] = v;
      return;
    }
  }
  const key = String(k);
  if (!o.Set(key, v, o)) throwSetFailure(o, key);
}

/** Throws the TypeError of a failed Set(o, key, v, true), worded as V8 words it (found without running guest code). */
function throwSetFailure(o: JSObject, key: PropertyKey): never {
  const k = keyString(key);
  for (let p: JSObject | null = o; p !== null && !p.exotic; p = p.shape.proto) {
    const desc = p.GetOwnProperty(key);
    if (desc === undefined) continue;
    if ('get' in desc && desc.set === undefined) throwTypeError(`Cannot set property ${k} of ${describe(o)} which has only a getter`);
    break;
  }
  if (!o.exotic && !o.extensible && o.GetOwnProperty(key) === undefined) throwTypeError(Msg.notExtensible(k));
  throwTypeError(Msg.readOnly(k, describe(o)));
}

/** DeletePropertyOrThrow(o, ToString(k)). */
export function deleteIndex(o: JSObject, k: number): void {
  DeletePropertyOrThrow(o, String(k));
}

/** CreateDataPropertyOrThrow(a, ToString(k), v), storing straight into the elements of a plain array. */
export function createDataPropertyIndex(a: JSObject, k: number, v: Value): void {
  if (a instanceof JSArray && !a.exotic && a.extensible && a.shape.indexKeys === 0) {
    const el = a.elements!;
    const n = el.length;
    if (k <= n && (k < (a.slots[0] as number) || a.lengthWritable)) {
      if (k === n) el.push(v);
      else el[k] = v;
      if (k >= (a.slots[0] as number)) a.slots[0] = k + 1;
      return;
    }
  }
  CreateDataPropertyOrThrow(a, String(k), v);
}

/**
 * The elements of o when o is an extensible Array whose index properties all live in `elements`
 * (HOLE marks an absent one) up to its length, and whose prototype chain has no index properties
 * and no exotic objects. For such an array, reading a hole finds nothing and calls no code, and
 * writing one just adds a property, so element-wise work on the returned host array is
 * unobservably equivalent to the spec's Get/Set/HasProperty/Delete steps — as long as no guest
 * code runs in between. `len` is the length the caller read: if guest code (an argument's
 * conversion, a species constructor) has changed it since, there is no fast path. Returns null otherwise. Pads `elements` with HOLEs up to the length when
 * that costs little memory, or (`fillsAll`, for a caller about to store every index) up to PAD_LIMIT.
 */
export function denseElements(o: JSObject, len: number, fillsAll = false): Value[] | null {
  if (!(o instanceof JSArray) || o.exotic || !o.extensible || o.shape.indexKeys !== 0 || o.slots[0] !== len) return null;
  const el = o.elements!;
  if (el.length !== len) {
    const gap = len - el.length;
    if (gap < 0 || (fillsAll ? len > PAD_LIMIT : gap > Math.max(PAD_SLACK, el.length))) return null;
  }
  if (!protoChainIsPlain(o)) return null;
  if (el.length < len) {
    chargeFuel(len - el.length);
    for (let i = el.length; i < len; i++) el.push(HOLE);
  }
  return el;
}

/** True when a is a plain array with no index properties yet, so values can be stored straight into its elements. */
export function isEmptyPlainArray(a: JSObject): a is JSArray {
  return a instanceof JSArray && !a.exotic && a.extensible && a.shape.indexKeys === 0 && a.elements!.length === 0 && a.lengthWritable;
}

/** The index a relative position designates in [0, len] (the clamp shared by slice, splice, fill…). */
export function relativeIndex(rel: number, len: number): number {
  if (rel < 0) return rel === -Infinity ? 0 : Math.max(len + rel, 0);
  return Math.min(rel, len);
}

/** https://tc39.es/ecma262/#sec-arrayspeciescreate */
export function ArraySpeciesCreate(originalArray: JSObject, length: number): JSObject {
  // 1-2.
  if (!IsArray(originalArray)) return ArrayCreate(length);
  // 3.
  let c = originalArray.Get('constructor', originalArray);
  // 4.
  if (IsConstructor(c)) {
    const realmC = GetFunctionRealm(c);
    if (R.realm !== realmC && c === realmC.intrinsics['%Array%']) c = undefined;
  }
  // 5.
  if (c instanceof JSObject) {
    c = c.Get(WellKnown.species, c);
    if (c === null) c = undefined;
  }
  // 6-8.
  if (c === undefined) return ArrayCreate(length);
  if (!IsConstructor(c)) throwTypeError('object.constructor[Symbol.species] is not a constructor');
  return Construct(c, [length]);
}

/** https://tc39.es/ecma262/#sec-isconcatspreadable */
export function IsConcatSpreadable(o: Value): boolean {
  if (!(o instanceof JSObject)) return false;
  const spreadable = o.Get(WellKnown.isConcatSpreadable, o);
  if (spreadable !== undefined) return ToBoolean(spreadable);
  return IsArray(o);
}

/**
 * https://tc39.es/ecma262/#sec-flattenintoarray
 * NON-SPEC: iterative (an explicit stack instead of recursion), so deep nesting cannot overflow the host stack.
 */
export function FlattenIntoArray(target: JSObject, source: JSObject, sourceLen: number, start: number, depth: number, mapper?: JSObject, thisArg?: Value): number {
  interface Level { source: JSObject; len: number; index: number; depth: number }
  const stack: Level[] = [];
  let cur: Level = { source, len: sourceLen, index: 0, depth };
  let targetIndex = start;
  for (;;) {
    if (cur.index >= cur.len) {
      if (stack.length === 0) return targetIndex;
      cur = stack.pop()!;
      continue;
    }
    if (--R.fuel <= 0) R.agent.refuel();
    const sourceIndex = cur.index++;
    let element = getIndexIfPresent(cur.source, sourceIndex);
    if (element === HOLE) {
      cur.index = nextIndexToVisit(cur.source, cur.index, cur.len);
      continue;
    }
    if (mapper !== undefined && stack.length === 0) element = mapper.Call(thisArg, [element, sourceIndex, cur.source]);
    if (cur.depth > 0 && IsArray(element)) {
      const e = element as JSObject;
      const elementLen = LengthOfArrayLike(e);
      stack.push(cur);
      cur = { source: e, len: elementLen, index: 0, depth: cur.depth === Infinity ? Infinity : cur.depth - 1 };
    } else {
      if (targetIndex >= MAX_SAFE_LENGTH) throwTypeError(Msg.invalidArrayLength());
      createDataPropertyIndex(target, targetIndex, element);
      targetIndex++;
    }
  }
}

export function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Sorts a list of values as SortIndexedProperties step 4 does with SortCompare
 * (https://tc39.es/ecma262/#sec-sortcompare): undefined values go last without calls to the
 * comparator; the rest are sorted stably (the host's sort is stable). A comparator that throws
 * stops the sort and the throw propagates.
 */
export function sortValues(items: Value[], comparefn: JSObject | undefined): Value[] {
  let undefs = 0;
  const vals: Value[] = [];
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (v === undefined) undefs++;
    else vals.push(v);
  }
  if (comparefn !== undefined) {
    vals.sort((x, y) => {
      if (--R.fuel <= 0) R.agent.refuel();
      const v = ToNumber(comparefn.Call(undefined, [x, y]));
      return v !== v ? 0 : v;
    });
  } else if (vals.length > 1) {
    let hasObject = false;
    let allStrings = true;
    let allNumbers = true;
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i];
      if (typeof v !== 'string') {
        allStrings = false;
        if (typeof v !== 'number' || Object.is(v, -0)) allNumbers = false;
        if (v instanceof JSObject) { hasObject = true; break; }
      } else allNumbers = false;
    }
    chargeFuel(vals.length);
    if (allStrings) {
      // The host's default order is the spec's: by UTF-16 code units.
      (vals as string[]).sort();
    } else if (allNumbers) {
      // Numbers with the same string are the same number (-0 aside), and ToNumber(ToString(n)) is n.
      const keys = vals.map(String).sort();
      for (let i = 0; i < keys.length; i++) vals[i] = +keys[i];
    } else if (!hasObject) {
      // ToString of a primitive runs no guest code (a symbol throws, as its first comparison would).
      const keyOf = vals.map((v) => ToString(v));
      const order = vals.map((_, i) => i);
      order.sort((i, j) => compareStrings(keyOf[i], keyOf[j]));
      const sorted = order.map((i) => vals[i]);
      for (let i = 0; i < sorted.length; i++) vals[i] = sorted[i];
    } else {
      vals.sort((x, y) => {
        if (--R.fuel <= 0) R.agent.refuel();
        return compareStrings(ToString(x), ToString(y));
      });
    }
  }
  for (let i = 0; i < undefs; i++) vals.push(undefined);
  return vals;
}
