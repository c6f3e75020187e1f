import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineAccessors, defineMethods, type BuiltinImpl } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { Msg, throwRangeError, throwTypeError } from '../errors';
import { Call, Invoke, IsCallable, LengthOfArrayLike } from '../ops/object-operations';
import { ToBoolean, ToIntegerOrInfinity, ToNumber, ToObject, ToString, describe } from '../ops/type-conversion';
import { CloneArrayBuffer, copyBytes, type JSArrayBuffer } from './ArrayBuffer';
import {
  AUTO, JSTypedArray, IsValidIntegerIndex, TypedArrayByteLength, TypedArrayGetElement, TypedArraySetElement,
  getAligned, setAligned, toElementValue, typedArrayLength, typedArrayLengthForIteration,
} from '../exotics/typed-array';
import {
  TypedArrayCreateSameType, TypedArraySpeciesCreate, ValidateTypedArray, throwDetached,
} from '../ops/typed-array-operations';
import { CreateArrayIterator, setArrayIteratorLength } from './ArrayIterator';
import { C, W } from '../values/shape';
import { MAX_STRING_LENGTH } from './String';

const M = '%TypedArray%.prototype';

function fuel(): void {
  if (--R.fuel <= 0) R.agent.refuel();
}

/** The receiver checked by every method: an in-bounds typed array. */
function validate(thisValue: Value, name: string): JSTypedArray {
  return ValidateTypedArray(thisValue, `${M}.${name}`);
}

function requireCallback(f: Value): JSObject {
  if (!IsCallable(f)) throwTypeError(Msg.notAFunction(describe(f)));
  return f;
}

/** A relative index (start/end argument) clamped to [0, len]. */
function relative(v: Value, len: number): number {
  const r = ToIntegerOrInfinity(v);
  if (r === -Infinity) return 0;
  if (r < 0) return Math.max(len + r, 0);
  return Math.min(r, len);
}

function SameValueZero(x: Value, y: Value): boolean {
  return x === y || (x !== x && y !== y);
}

/**
 * SortIndexedProperties(o, len, CompareTypedArrayElements, read-through-holes), then the writes of
 * the sorted list into target (o itself for sort, a fresh array of o's type for toSorted).
 * https://tc39.es/ecma262/#sec-sortindexedproperties https://tc39.es/ecma262/#sec-comparetypedarrayelements
 * Without a comparator no guest code runs in between, so the host's typed-array sort (the same
 * numeric order: -0 before +0, NaN last) sorts the elements in place in target's block. With a
 * comparator, the host's stable sort orders a list of the values and calls the guest (which may throw).
 */
function sortInto(o: JSTypedArray, len: number, comparefn: Value, target: JSTypedArray): void {
  const type = o.type;
  if ((R.fuel -= len * Math.max(1, Math.ceil(Math.log2(len + 1)))) <= 0) R.agent.refuel();
  if (comparefn === undefined) {
    const size = type.size;
    if (type.float16) {
      const values = new Float32Array(len);
      for (let k = 0; k < len; k++) values[k] = TypedArrayGetElement(o, k) as number;
      values.sort();
      for (let j = 0; j < len; j++) setAligned(target.buffer, type, target.byteOffset + j * size, values[j]);
      return;
    }
    const src = o.buffer.hostView(type.index, type.host, size).subarray(o.byteOffset / size, o.byteOffset / size + len);
    const dst = target.buffer.hostView(type.index, type.host, size).subarray(target.byteOffset / size, target.byteOffset / size + len);
    if (dst !== src) dst.set(src as any);
    dst.sort();
    return;
  }
  const items: (number | bigint)[] = [];
  for (let k = 0; k < len; k++) {
    fuel();
    items.push(TypedArrayGetElement(o, k) as number | bigint);
  }
  items.sort((x, y) => {
    const v = ToNumber(Call(comparefn, undefined, [x, y]));
    return v !== v ? 0 : v;
  });
  for (let j = 0; j < len; j++) TypedArraySetElement(target, j, items[j]);
}

// ---- iterators ----

type IterKind = 'key' | 'value' | 'key+value';

/** CreateArrayIterator(o, kind). https://tc39.es/ecma262/#sec-createarrayiterator */
function createIterator(o: JSTypedArray, kind: IterKind): Value {
  return CreateArrayIterator(R.realm, o, kind);
}

/** The length array iterators see: TypedArrayLength for typed arrays (TypeError when out of bounds). */
function iteratorLength(array: JSObject): number {
  if (array instanceof JSTypedArray) return typedArrayLengthForIteration(array);
  return LengthOfArrayLike(array);
}

// ---- %TypedArray%.prototype.set ----

/** https://tc39.es/ecma262/#sec-settypedarrayfromtypedarray */
function SetTypedArrayFromTypedArray(target: JSTypedArray, targetOffset: number, source: JSTypedArray): void {
  const targetBuffer = target.buffer;
  const targetLength = typedArrayLength(target);
  if (targetLength < 0) throwDetached(`${M}.set`);
  let srcBuffer: JSArrayBuffer = source.buffer;
  const srcLength = typedArrayLength(source);
  if (srcLength < 0) throwDetached(`${M}.set`);
  const targetType = target.type;
  const srcType = source.type;
  const srcByteOffset = source.byteOffset;
  // 15-17.
  if (targetOffset === Infinity) throwRangeError('offset is out of bounds');
  if (srcLength + targetOffset > targetLength) throwRangeError('offset is out of bounds');
  if (target.type.bigint !== source.type.bigint) throwTypeError(Msg.bigintMix());
  // 18-20.
  let srcByteIndex: number;
  if (srcBuffer === targetBuffer || (srcBuffer.shared && targetBuffer.shared && srcBuffer.data === targetBuffer.data)) {
    srcBuffer = CloneArrayBuffer(srcBuffer, srcByteOffset, TypedArrayByteLength(source));
    srcByteIndex = 0;
  } else {
    srcByteIndex = srcByteOffset;
  }
  let targetByteIndex = targetOffset * targetType.size + target.byteOffset;
  // 23.
  if (srcType === targetType) {
    copyBytes(targetBuffer, targetByteIndex, srcBuffer, srcByteIndex, srcLength * srcType.size);
    return;
  }
  // 24.
  for (let k = 0; k < srcLength; k++) {
    fuel();
    setAligned(targetBuffer, targetType, targetByteIndex, getAligned(srcBuffer, srcType, srcByteIndex));
    srcByteIndex += srcType.size;
    targetByteIndex += targetType.size;
  }
}

/** https://tc39.es/ecma262/#sec-settypedarrayfromarraylike */
function SetTypedArrayFromArrayLike(target: JSTypedArray, targetOffset: number, source: Value): void {
  const targetLength = typedArrayLength(target);
  if (targetLength < 0) throwDetached(`${M}.set`);
  const src = ToObject(source);
  const srcLength = LengthOfArrayLike(src);
  if (targetOffset === Infinity) throwRangeError('offset is out of bounds');
  if (srcLength + targetOffset > targetLength) throwRangeError('offset is out of bounds');
  for (let k = 0; k < srcLength; k++) {
    fuel();
    const value = src.Get(String(k), src);
    TypedArraySetElement(target, targetOffset + k, value);
  }
}

/**
 * Copies bytes one by one from the lowest index up, as the spec's loops do: differs from a
 * memmove when a species constructor made the result overlap the source in the same block.
 */
function copyForward(to: JSArrayBuffer, toIndex: number, from: JSArrayBuffer, fromIndex: number, count: number): void {
  if (to.data !== from.data || toIndex <= fromIndex || toIndex >= fromIndex + count) {
    copyBytes(to, toIndex, from, fromIndex, count);
    return;
  }
  const bytes = to.bytes();
  for (let i = 0; i < count; i++) {
    fuel();
    bytes[toIndex + i] = bytes[fromIndex + i];
  }
}

// ---- the methods ----

const methods: [string, BuiltinImpl, number][] = [
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.at
  ['at', (t, args) => {
    const o = validate(t, 'at');
    const len = typedArrayLength(o);
    const rel = ToIntegerOrInfinity(args[0]);
    const k = rel >= 0 ? rel : len + rel;
    if (k < 0 || k >= len) return undefined;
    return TypedArrayGetElement(o, k);
  }, 1],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.copywithin
  ['copyWithin', (t, args) => {
    const o = validate(t, 'copyWithin');
    let len = typedArrayLength(o);
    const targetIndex = relative(args[0], len);
    const startIndex = relative(args[1], len);
    const endIndex = args[2] === undefined ? len : relative(args[2], len);
    let count = Math.min(endIndex - startIndex, len - targetIndex);
    if (count > 0) {
      len = typedArrayLength(o);
      if (len < 0) throwDetached(`${M}.copyWithin`);
      // g. The conversions may have shrunk O: copy the longest still-applicable prefix.
      count = Math.min(count, len - startIndex, len - targetIndex);
      if (count > 0) {
        const size = o.type.size;
        // m-n. A byte-wise copy in the direction that is correct for overlapping ranges: a memmove.
        copyBytes(o.buffer, targetIndex * size + o.byteOffset, o.buffer, startIndex * size + o.byteOffset, count * size);
      }
    }
    return o;
  }, 2],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.entries
  ['entries', (t) => createIterator(validate(t, 'entries'), 'key+value'), 0],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.every
  ['every', (t, args) => {
    const o = validate(t, 'every');
    const len = typedArrayLength(o);
    const f = requireCallback(args[0]);
    for (let k = 0; k < len; k++) {
      fuel();
      if (!ToBoolean(Call(f, args[1], [TypedArrayGetElement(o, k), k, o]))) return false;
    }
    return true;
  }, 1],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.fill
  ['fill', (t, args) => {
    const o = validate(t, 'fill');
    let len = typedArrayLength(o);
    const value = toElementValue(o.type, args[0]);
    const startIndex = relative(args[1], len);
    let endIndex = args[2] === undefined ? len : relative(args[2], len);
    len = typedArrayLength(o);
    if (len < 0) throwDetached(`${M}.fill`);
    endIndex = Math.min(endIndex, len);
    const buf = o.buffer;
    const type = o.type;
    for (let k = startIndex; k < endIndex; k++) {
      fuel();
      setAligned(buf, type, k * type.size + o.byteOffset, value);
    }
    return o;
  }, 1],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.filter
  ['filter', (t, args) => {
    const o = validate(t, 'filter');
    const len = typedArrayLength(o);
    const f = requireCallback(args[0]);
    const kept: Value[] = [];
    for (let k = 0; k < len; k++) {
      fuel();
      const kValue = TypedArrayGetElement(o, k);
      if (ToBoolean(Call(f, args[1], [kValue, k, o]))) kept.push(kValue);
    }
    const a = TypedArraySpeciesCreate(o, [kept.length]);
    for (let n = 0; n < kept.length; n++) {
      fuel();
      TypedArraySetElement(a, n, kept[n]);
    }
    return a;
  }, 1],
  ...(['find', 'findIndex', 'findLast', 'findLastIndex'] as const).map((name): [string, BuiltinImpl, number] => [name, (t, args) => {
    // https://tc39.es/ecma262/#sec-findviapredicate
    const o = validate(t, name);
    const len = typedArrayLength(o);
    const f = requireCallback(args[0]);
    const ascending = name === 'find' || name === 'findIndex';
    const wantIndex = name === 'findIndex' || name === 'findLastIndex';
    for (let i = 0; i < len; i++) {
      fuel();
      const k = ascending ? i : len - 1 - i;
      const kValue = TypedArrayGetElement(o, k);
      if (ToBoolean(Call(f, args[1], [kValue, k, o]))) return wantIndex ? k : kValue;
    }
    return wantIndex ? -1 : undefined;
  }, 1]),
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.foreach
  ['forEach', (t, args) => {
    const o = validate(t, 'forEach');
    const len = typedArrayLength(o);
    const f = requireCallback(args[0]);
    for (let k = 0; k < len; k++) {
      fuel();
      Call(f, args[1], [TypedArrayGetElement(o, k), k, o]);
    }
    return undefined;
  }, 1],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.includes
  ['includes', (t, args) => {
    const o = validate(t, 'includes');
    const len = typedArrayLength(o);
    if (len === 0) return false;
    let n = ToIntegerOrInfinity(args[1]);
    if (n === Infinity) return false;
    if (n === -Infinity) n = 0;
    let k = n >= 0 ? n : Math.max(len + n, 0);
    const search = args[0];
    for (; k < len; k++) {
      fuel();
      if (SameValueZero(search, TypedArrayGetElement(o, k))) return true;
    }
    return false;
  }, 1],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.indexof
  ['indexOf', (t, args) => {
    const o = validate(t, 'indexOf');
    const len = typedArrayLength(o);
    if (len === 0) return -1;
    let n = ToIntegerOrInfinity(args[1]);
    if (n === Infinity) return -1;
    if (n === -Infinity) n = 0;
    let k = n >= 0 ? n : Math.max(len + n, 0);
    const search = args[0];
    if (typeof search !== 'number' && typeof search !== 'bigint') return -1;
    for (; k < len; k++) {
      fuel();
      if (IsValidIntegerIndex(o, k) && TypedArrayGetElement(o, k) === search) return k;
    }
    return -1;
  }, 1],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.join
  ['join', (t, args) => {
    const o = validate(t, 'join');
    const len = typedArrayLength(o);
    const sep = args[0] === undefined ? ',' : ToString(args[0]);
    const parts: string[] = [];
    let total = len > 0 ? (len - 1) * sep.length : 0;
    if (total > MAX_STRING_LENGTH) throwRangeError('Invalid string length');
    for (let k = 0; k < len; k++) {
      fuel();
      const element = TypedArrayGetElement(o, k);
      const s = element === undefined ? '' : ToString(element);
      total += s.length;
      if (total > MAX_STRING_LENGTH) throwRangeError('Invalid string length');
      parts.push(s);
    }
    return parts.join(sep);
  }, 1],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.keys
  ['keys', (t) => createIterator(validate(t, 'keys'), 'key'), 0],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.lastindexof
  ['lastIndexOf', (t, args) => {
    const o = validate(t, 'lastIndexOf');
    const len = typedArrayLength(o);
    if (len === 0) return -1;
    const n = args.length > 1 ? ToIntegerOrInfinity(args[1]) : len - 1;
    if (n === -Infinity) return -1;
    let k = n >= 0 ? Math.min(n, len - 1) : len + n;
    const search = args[0];
    if (typeof search !== 'number' && typeof search !== 'bigint') return -1;
    for (; k >= 0; k--) {
      fuel();
      if (IsValidIntegerIndex(o, k) && TypedArrayGetElement(o, k) === search) return k;
    }
    return -1;
  }, 1],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.map
  ['map', (t, args) => {
    const o = validate(t, 'map');
    const len = typedArrayLength(o);
    const f = requireCallback(args[0]);
    const a = TypedArraySpeciesCreate(o, [len]);
    for (let k = 0; k < len; k++) {
      fuel();
      const mapped = Call(f, args[1], [TypedArrayGetElement(o, k), k, o]);
      a.Set(String(k), mapped, a);
    }
    return a;
  }, 1],
  ...(['reduce', 'reduceRight'] as const).map((name): [string, BuiltinImpl, number] => [name, (t, args) => {
    // https://tc39.es/ecma262/#sec-%typedarray%.prototype.reduce
    const o = validate(t, name);
    const len = typedArrayLength(o);
    const f = requireCallback(args[0]);
    if (len === 0 && args.length < 2) throwTypeError('Reduce of empty array with no initial value');
    const right = name === 'reduceRight';
    let i = 0;
    let acc: Value;
    if (args.length >= 2) acc = args[1];
    else {
      acc = TypedArrayGetElement(o, right ? len - 1 : 0);
      i = 1;
    }
    for (; i < len; i++) {
      fuel();
      const k = right ? len - 1 - i : i;
      acc = Call(f, undefined, [acc, TypedArrayGetElement(o, k), k, o]);
    }
    return acc;
  }, 1]),
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.reverse
  ['reverse', (t) => {
    const o = validate(t, 'reverse');
    const len = typedArrayLength(o);
    const middle = Math.floor(len / 2);
    for (let lower = 0; lower !== middle; lower++) {
      fuel();
      const upper = len - lower - 1;
      const lowerValue = TypedArrayGetElement(o, lower);
      const upperValue = TypedArrayGetElement(o, upper);
      TypedArraySetElement(o, lower, upperValue);
      TypedArraySetElement(o, upper, lowerValue);
    }
    return o;
  }, 0],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.set
  ['set', (t, args) => {
    if (!(t instanceof JSTypedArray)) throwTypeError('this is not a typed array.');
    const targetOffset = ToIntegerOrInfinity(args[1]);
    if (targetOffset < 0) throwRangeError('offset is out of bounds');
    const source = args[0];
    if (source instanceof JSTypedArray) SetTypedArrayFromTypedArray(t, targetOffset, source);
    else SetTypedArrayFromArrayLike(t, targetOffset, source);
    return undefined;
  }, 1],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.slice
  ['slice', (t, args) => {
    const o = validate(t, 'slice');
    const srcArrayLength = typedArrayLength(o);
    const startIndex = relative(args[0], srcArrayLength);
    let endIndex = args[1] === undefined ? srcArrayLength : relative(args[1], srcArrayLength);
    let count = Math.max(endIndex - startIndex, 0);
    const a = TypedArraySpeciesCreate(o, [count]);
    if (count > 0) {
      const len = typedArrayLength(o);
      if (len < 0) throwDetached(`${M}.slice`);
      endIndex = Math.min(endIndex, len);
      count = Math.max(endIndex - startIndex, 0);
      if (o.type === a.type) {
        const size = o.type.size;
        copyForward(a.buffer, a.byteOffset, o.buffer, startIndex * size + o.byteOffset, count * size);
      } else {
        for (let k = startIndex, n = 0; k < endIndex; k++, n++) {
          fuel();
          TypedArraySetElement(a, n, TypedArrayGetElement(o, k));
        }
      }
    }
    return a;
  }, 2],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.some
  ['some', (t, args) => {
    const o = validate(t, 'some');
    const len = typedArrayLength(o);
    const f = requireCallback(args[0]);
    for (let k = 0; k < len; k++) {
      fuel();
      if (ToBoolean(Call(f, args[1], [TypedArrayGetElement(o, k), k, o]))) return true;
    }
    return false;
  }, 1],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.sort
  ['sort', (t, args) => {
    const comparefn = args[0];
    if (comparefn !== undefined && !IsCallable(comparefn)) throwTypeError('The comparison function must be either a function or undefined');
    const o = validate(t, 'sort');
    const len = typedArrayLength(o);
    sortInto(o, len, comparefn, o);
    return o;
  }, 1],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.subarray
  ['subarray', (t, args) => {
    if (!(t instanceof JSTypedArray)) throwTypeError('this is not a typed array.');
    const o = t;
    const buffer = o.buffer;
    const len = typedArrayLength(o);
    const srcLength = len < 0 ? 0 : len;
    const startIndex = relative(args[0], srcLength);
    const size = o.type.size;
    const beginByteOffset = o.byteOffset + startIndex * size;
    const end = args[1];
    if (o.arrayLength === AUTO && end === undefined) return TypedArraySpeciesCreate(o, [buffer, beginByteOffset]);
    const endIndex = end === undefined ? srcLength : relative(end, srcLength);
    const newLength = Math.max(endIndex - startIndex, 0);
    return TypedArraySpeciesCreate(o, [buffer, beginByteOffset, newLength]);
  }, 2],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.tolocalestring
  ['toLocaleString', (t) => {
    const o = validate(t, 'toLocaleString');
    const len = typedArrayLength(o);
    let r = '';
    for (let k = 0; k < len; k++) {
      fuel();
      if (k > 0) r += ',';
      const next = TypedArrayGetElement(o, k);
      if (next !== undefined && next !== null) {
        const s = ToString(Invoke(next, 'toLocaleString'));
        if (r.length + s.length + 1 > MAX_STRING_LENGTH) throwRangeError('Invalid string length');
        r += s;
      }
    }
    return r;
  }, 0],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.toreversed
  ['toReversed', (t) => {
    const o = validate(t, 'toReversed');
    const len = typedArrayLength(o);
    const a = TypedArrayCreateSameType(o, len);
    for (let k = 0; k < len; k++) {
      fuel();
      TypedArraySetElement(a, k, TypedArrayGetElement(o, len - k - 1));
    }
    return a;
  }, 0],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.tosorted
  ['toSorted', (t, args) => {
    const comparefn = args[0];
    if (comparefn !== undefined && !IsCallable(comparefn)) throwTypeError('The comparison function must be either a function or undefined');
    const o = validate(t, 'toSorted');
    const len = typedArrayLength(o);
    const a = TypedArrayCreateSameType(o, len);
    sortInto(o, len, comparefn, a);
    return a;
  }, 1],
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.with
  ['with', (t, args) => {
    const o = validate(t, 'with');
    const len = typedArrayLength(o);
    const relativeIndex = ToIntegerOrInfinity(args[0]);
    const actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
    const numericValue = toElementValue(o.type, args[1]);
    if (!IsValidIntegerIndex(o, actualIndex)) throwRangeError('Invalid typed array index');
    const a = TypedArrayCreateSameType(o, len);
    for (let k = 0; k < len; k++) {
      fuel();
      TypedArraySetElement(a, k, k === actualIndex ? numericValue : TypedArrayGetElement(o, k));
    }
    return a;
  }, 2],
];

/** Array.prototype.toString's algorithm, for a realm where Array.ts has not provided it. https://tc39.es/ecma262/#sec-array.prototype.tostring */
const arrayToStringFallback: BuiltinImpl = (thisValue) => {
  const array = ToObject(thisValue);
  const func = array.Get('join', array);
  if (IsCallable(func)) return func.Call(array, []);
  const objectToString = R.realm.intrinsics['%Object.prototype.toString%']
    ?? (R.realm.ObjectPrototype.GetOwnProperty('toString')?.value as JSObject | undefined);
  if (objectToString === undefined) return `[object ${array.className}]`;
  return Call(objectToString, array, []);
};

/** Fills %TypedArray.prototype%. https://tc39.es/ecma262/#sec-properties-of-the-%typedarrayprototype%-object */
export function setupTypedArrayPrototype(realm: Realm, proto: JSObject): void {
  setArrayIteratorLength(iteratorLength);
  defineAccessors(realm, proto, [
    // https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.buffer
    ['buffer', (t) => {
      if (!(t instanceof JSTypedArray)) throwTypeError('this is not a typed array.');
      return t.buffer;
    }],
    // https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.bytelength
    ['byteLength', (t) => {
      if (!(t instanceof JSTypedArray)) throwTypeError('this is not a typed array.');
      return TypedArrayByteLength(t);
    }],
    // https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.byteoffset
    ['byteOffset', (t) => {
      if (!(t instanceof JSTypedArray)) throwTypeError('this is not a typed array.');
      return typedArrayLength(t) < 0 ? 0 : t.byteOffset;
    }],
    // https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.length
    ['length', (t) => {
      if (!(t instanceof JSTypedArray)) throwTypeError('this is not a typed array.');
      return Math.max(typedArrayLength(t), 0);
    }],
    // https://tc39.es/ecma262/#sec-get-%typedarray%.prototype-%symbol.tostringtag%
    [WellKnown.toStringTag, (t) => (t instanceof JSTypedArray ? t.type.name : undefined)],
  ]);
  defineMethods(realm, proto, methods);
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.values and [ %Symbol.iterator% ]: one function object.
  const values = CreateBuiltinFunction(realm, (t) => createIterator(validate(t, 'values'), 'value'), 0, 'values');
  proto.addHidden('values', values);
  proto.addProperty(WellKnown.iterator, values, W | C);
  // https://tc39.es/ecma262/#sec-%typedarray%.prototype.tostring: the same function object as Array.prototype.toString.
  const arrayProto = realm.intrinsics['%Array.prototype%'];
  const fromArray = realm.intrinsics['%Array.prototype.toString%']
    ?? (arrayProto?.GetOwnProperty('toString')?.value as JSObject | undefined);
  proto.addHidden('toString', fromArray instanceof JSObject ? fromArray : CreateBuiltinFunction(realm, arrayToStringFallback, 0, 'toString'));
}
