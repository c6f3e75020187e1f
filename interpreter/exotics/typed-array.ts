import { JSObject, OrdinarySet, ordinaryOwnKeys } from '../values/object';
import { isArrayIndex, type PropertyKey, type Value } from '../values/value';
import { IsAccessorDescriptor, type PropertyDescriptor } from '../values/descriptor';
import { CanonicalNumericIndexString, ToBigInt, ToNumber } from '../ops/type-conversion';
import { throwTypeError } from '../errors';
import { JSArrayBuffer, type HostViewCtor } from '../intrinsics/ArrayBuffer';

// ---- Float16 (IEEE 754 binary16) conversions: the host has no Float16Array yet ----

function roundTiesToEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/** The binary16 bits of x rounded to nearest, ties to even. https://tc39.es/ecma262/#sec-numerictorawbytes */
export function toFloat16Bits(x: number): number {
  if (x !== x) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  x = Math.abs(x);
  // 65520 is half-way between the largest finite half (65504) and 2^16: ties go to even (Infinity).
  if (x >= 65520) return sign | 0x7c00;
  if (x < 2 ** -14) return sign | roundTiesToEven(x * 2 ** 24); // subnormal; 1024 rounds up into the first normal
  let e = Math.floor(Math.log2(x));
  if (2 ** e > x) e--;
  else if (2 ** (e + 1) <= x) e++;
  let m = roundTiesToEven((x / 2 ** e - 1) * 1024);
  if (m === 1024) { m = 0; e++; }
  if (e > 15) return sign | 0x7c00;
  return sign | ((e + 15) << 10) | m;
}

/** The Number a binary16 bit pattern denotes. https://tc39.es/ecma262/#sec-rawbytestonumeric */
export function fromFloat16Bits(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

// ---- element types (QuickJS "magic" style: one table drives every TypedArray kind) ----

/** One TypedArray element type. https://tc39.es/ecma262/#table-the-typedarray-constructors */
export interface ElementType {
  /** Index in ELEMENT_TYPES (also the slot of its host view cache on a buffer). */
  readonly index: number;
  /** [[TypedArrayName]], e.g. 'Int8Array'. */
  readonly name: string;
  /** The type name used by DataView methods, e.g. 'Int8'. */
  readonly short: string;
  readonly size: number;
  readonly shift: number;
  /** [[ContentType]] is bigint. */
  readonly bigint: boolean;
  readonly float16: boolean;
  /** Host typed-array constructor used to read and write the block (Uint16Array for Float16). */
  readonly host: HostViewCtor;
}

function et(index: number, short: string, size: number, host: HostViewCtor, bigint = false, float16 = false): ElementType {
  return { index, name: `${short}Array`, short, size, shift: Math.log2(size), bigint, float16, host };
}

/** In the order of the spec's table of TypedArray constructors. */
export const ELEMENT_TYPES: readonly ElementType[] = [
  et(0, 'Int8', 1, Int8Array),
  et(1, 'Uint8', 1, Uint8Array),
  et(2, 'Uint8Clamped', 1, Uint8ClampedArray),
  et(3, 'Int16', 2, Int16Array),
  et(4, 'Uint16', 2, Uint16Array),
  et(5, 'Int32', 4, Int32Array),
  et(6, 'Uint32', 4, Uint32Array),
  et(7, 'Float16', 2, Uint16Array, false, true),
  et(8, 'Float32', 4, Float32Array),
  et(9, 'Float64', 8, Float64Array),
  et(10, 'BigInt64', 8, BigInt64Array, true),
  et(11, 'BigUint64', 8, BigUint64Array, true),
];

export const UINT8 = ELEMENT_TYPES[1];

/**
 * https://tc39.es/ecma262/#sec-getvaluefrombuffer for an aligned byteIndex (typed arrays), in the
 * agent's own byte order.
 */
export function getAligned(buf: JSArrayBuffer, type: ElementType, byteIndex: number): number | bigint {
  const v = buf.hostView(type.index, type.host, type.size)[byteIndex / type.size];
  return type.float16 ? fromFloat16Bits(v as number) : v;
}

/**
 * https://tc39.es/ecma262/#sec-setvalueinbuffer for an aligned byteIndex; value is already a
 * Number (or a BigInt for bigint types). The host's typed arrays apply NumericToRawBytes (ToInt8, ...).
 */
export function setAligned(buf: JSArrayBuffer, type: ElementType, byteIndex: number, value: number | bigint): void {
  buf.hostView(type.index, type.host, type.size)[byteIndex / type.size] = type.float16 ? toFloat16Bits(value as number) : value;
}

/** GetValueFromBuffer at any byteIndex with the given byte order (DataView). */
export function getUnaligned(buf: JSArrayBuffer, type: ElementType, byteIndex: number, littleEndian: boolean): number | bigint {
  const dv = buf.hostDataView();
  switch (type.index) {
    case 0: return dv.getInt8(byteIndex);
    case 1: case 2: return dv.getUint8(byteIndex);
    case 3: return dv.getInt16(byteIndex, littleEndian);
    case 4: return dv.getUint16(byteIndex, littleEndian);
    case 5: return dv.getInt32(byteIndex, littleEndian);
    case 6: return dv.getUint32(byteIndex, littleEndian);
    case 7: return fromFloat16Bits(dv.getUint16(byteIndex, littleEndian));
    case 8: return dv.getFloat32(byteIndex, littleEndian);
    case 9: return dv.getFloat64(byteIndex, littleEndian);
    case 10: return dv.getBigInt64(byteIndex, littleEndian);
    default: return dv.getBigUint64(byteIndex, littleEndian);
  }
}

const clampScratch = new Uint8ClampedArray(1);

/** SetValueInBuffer at any byteIndex with the given byte order (DataView). */
export function setUnaligned(buf: JSArrayBuffer, type: ElementType, byteIndex: number, v: number | bigint, littleEndian: boolean): void {
  const dv = buf.hostDataView();
  switch (type.index) {
    case 0: dv.setInt8(byteIndex, v as number); return;
    case 1: dv.setUint8(byteIndex, v as number); return;
    case 2: clampScratch[0] = v as number; dv.setUint8(byteIndex, clampScratch[0]); return;
    case 3: dv.setInt16(byteIndex, v as number, littleEndian); return;
    case 4: dv.setUint16(byteIndex, v as number, littleEndian); return;
    case 5: dv.setInt32(byteIndex, v as number, littleEndian); return;
    case 6: dv.setUint32(byteIndex, v as number, littleEndian); return;
    case 7: dv.setUint16(byteIndex, toFloat16Bits(v as number), littleEndian); return;
    case 8: dv.setFloat32(byteIndex, v as number, littleEndian); return;
    case 9: dv.setFloat64(byteIndex, v as number, littleEndian); return;
    case 10: dv.setBigInt64(byteIndex, v as bigint, littleEndian); return;
    default: dv.setBigUint64(byteIndex, v as bigint, littleEndian);
  }
}

/** ToNumber or ToBigInt, by content type (the conversion before SetValueInBuffer). */
export function toElementValue(type: ElementType, v: Value): number | bigint {
  return type.bigint ? ToBigInt(v) : ToNumber(v);
}

// ---- the exotic object ----

/** [[ArrayLength]] / [[ByteLength]] of a length-tracking view. */
export const AUTO = -1;

/**
 * A TypedArray exotic object. https://tc39.es/ecma262/#sec-typedarray-exotic-objects
 * Integer-indexed keys (every CanonicalNumericIndexString) address the elements in the viewed
 * buffer and never become ordinary properties.
 */
export class JSTypedArray extends JSObject {
  constructor(
    proto: JSObject | null,
    /** [[TypedArrayName]] and [[ContentType]]. */
    readonly type: ElementType,
    /** [[ViewedArrayBuffer]]. */
    readonly buffer: JSArrayBuffer,
    /** [[ByteOffset]]. */
    readonly byteOffset: number,
    /** [[ArrayLength]], or AUTO (length-tracking). */
    readonly arrayLength: number,
  ) {
    super(proto);
  }

  /** [[ByteLength]], or AUTO. */
  get byteLengthSlot(): number {
    return this.arrayLength === AUTO ? AUTO : this.arrayLength * this.type.size;
  }

  /** https://tc39.es/ecma262/#sec-typedarray-preventextensions */
  override PreventExtensions(): boolean {
    if (!IsTypedArrayFixedLength(this)) return false;
    this.extensible = false;
    return true;
  }

  /** https://tc39.es/ecma262/#sec-typedarray-getownproperty */
  override GetOwnProperty(key: PropertyKey): PropertyDescriptor | undefined {
    const n = numericIndex(key);
    if (n !== undefined) {
      const value = TypedArrayGetElement(this, n);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    }
    return super.GetOwnProperty(key);
  }

  /** https://tc39.es/ecma262/#sec-typedarray-hasproperty */
  override HasProperty(key: PropertyKey): boolean {
    const n = numericIndex(key);
    if (n !== undefined) return IsValidIntegerIndex(this, n);
    return super.HasProperty(key);
  }

  /** https://tc39.es/ecma262/#sec-typedarray-defineownproperty */
  override DefineOwnProperty(key: PropertyKey, desc: PropertyDescriptor): boolean {
    const n = numericIndex(key);
    if (n !== undefined) {
      if (!IsValidIntegerIndex(this, n)) return false;
      if (desc.configurable === false) return false;
      if (desc.enumerable === false) return false;
      if (IsAccessorDescriptor(desc)) return false;
      if (desc.writable === false) return false;
      if ('value' in desc) TypedArraySetElement(this, n, desc.value);
      return true;
    }
    return super.DefineOwnProperty(key, desc);
  }

  /** https://tc39.es/ecma262/#sec-typedarray-get */
  override Get(key: PropertyKey, receiver: Value): Value {
    const n = numericIndex(key);
    if (n !== undefined) return TypedArrayGetElement(this, n);
    // OrdinaryGet: with no own property of that name (the usual case: "length", methods), go
    // straight to the prototype.
    if (this.shape.lookup(key) < 0) {
      const p = this.shape.proto;
      return p === null ? undefined : p.Get(key, receiver);
    }
    return super.Get(key, receiver);
  }

  /** https://tc39.es/ecma262/#sec-typedarray-set */
  override Set(key: PropertyKey, v: Value, receiver: Value): boolean {
    const n = numericIndex(key);
    if (n !== undefined) {
      if (receiver === this) {
        TypedArraySetElement(this, n, v);
        return true;
      }
      if (!IsValidIntegerIndex(this, n)) return true;
    }
    return OrdinarySet(this, key, v, receiver);
  }

  /** https://tc39.es/ecma262/#sec-typedarray-delete */
  override Delete(key: PropertyKey): boolean {
    const n = numericIndex(key);
    if (n !== undefined) return !IsValidIntegerIndex(this, n);
    return super.Delete(key);
  }

  /** https://tc39.es/ecma262/#sec-typedarray-ownpropertykeys */
  override OwnPropertyKeys(): PropertyKey[] {
    const keys: PropertyKey[] = [];
    const len = typedArrayLength(this);
    for (let i = 0; i < len; i++) keys.push(String(i));
    const rest = ordinaryOwnKeys(this);
    for (let i = 0; i < rest.length; i++) keys.push(rest[i]);
    return keys;
  }

  override tryAddElement(): boolean {
    return false;
  }
}
JSTypedArray.prototype.exotic = true;
JSTypedArray.prototype.className = 'TypedArray';

/** CanonicalNumericIndexString(key) for string keys (fast for array indices and ordinary names), else undefined. */
export function numericIndex(key: PropertyKey): number | undefined {
  if (typeof key !== 'string') return undefined;
  const c = key.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (isArrayIndex(key)) return +key;
  } else if (c !== 45 /* - */ && c !== 73 /* I */ && c !== 78 /* N */) {
    return undefined;
  }
  return CanonicalNumericIndexString(key);
}

/**
 * The current length of o, or -1 when it is out of bounds or its buffer is detached: a TypedArray
 * With Buffer Witness Record folded into one number (IsTypedArrayOutOfBounds + TypedArrayLength).
 * https://tc39.es/ecma262/#sec-istypedarrayoutofbounds https://tc39.es/ecma262/#sec-typedarraylength
 */
export function typedArrayLength(o: JSTypedArray): number {
  const buf = o.buffer;
  if (buf.detached) return -1;
  const bufferByteLength = buf.byteLength;
  const start = o.byteOffset;
  if (o.arrayLength === AUTO) {
    if (start > bufferByteLength) return -1;
    return Math.floor((bufferByteLength - start) / o.type.size);
  }
  if (start + o.arrayLength * o.type.size > bufferByteLength) return -1;
  return o.arrayLength;
}

/** https://tc39.es/ecma262/#sec-istypedarrayoutofbounds */
export function IsTypedArrayOutOfBounds(o: JSTypedArray): boolean {
  return typedArrayLength(o) < 0;
}

/** https://tc39.es/ecma262/#sec-typedarraybytelength */
export function TypedArrayByteLength(o: JSTypedArray): number {
  const len = typedArrayLength(o);
  if (len <= 0) return 0;
  return len * o.type.size;
}

/** https://tc39.es/ecma262/#sec-istypedarrayfixedlength */
export function IsTypedArrayFixedLength(o: JSTypedArray): boolean {
  if (o.arrayLength === AUTO) return false;
  const buf = o.buffer;
  return buf.maxByteLength === undefined || buf.shared;
}

/** https://tc39.es/ecma262/#sec-isvalidintegerindex */
export function IsValidIntegerIndex(o: JSTypedArray, index: number): boolean {
  if (o.buffer.detached) return false;
  if (!Number.isInteger(index)) return false;
  if (index === 0 && 1 / index < 0) return false;
  return index >= 0 && index < typedArrayLength(o);
}

/** https://tc39.es/ecma262/#sec-typedarraygetelement */
export function TypedArrayGetElement(o: JSTypedArray, index: number): Value {
  if (!IsValidIntegerIndex(o, index)) return undefined;
  return getAligned(o.buffer, o.type, index * o.type.size + o.byteOffset);
}

/** https://tc39.es/ecma262/#sec-typedarraysetelement */
export function TypedArraySetElement(o: JSTypedArray, index: number, value: Value): void {
  const numValue = o.type.bigint ? ToBigInt(value) : ToNumber(value);
  if (IsValidIntegerIndex(o, index)) setAligned(o.buffer, o.type, index * o.type.size + o.byteOffset, numValue);
}

/** For the compiler's element fast paths: o[i] for an integer i >= 0 (-0 is the key "0"). */
export function typedArrayGetIndex(o: JSTypedArray, i: number): Value {
  return TypedArrayGetElement(o, i === 0 ? 0 : i);
}

/** For the compiler's element fast paths: o[i] = v for an integer i >= 0 (the receiver is o; -0 is the key "0"). */
export function typedArraySetIndex(o: JSTypedArray, i: number, v: Value): void {
  TypedArraySetElement(o, i === 0 ? 0 : i, v);
}

/**
 * The length %ArrayIteratorPrototype%.next uses for a typed array: throws the TypeError when it is
 * out of bounds or detached. https://tc39.es/ecma262/#sec-%arrayiteratorprototype%.next
 */
export function typedArrayLengthForIteration(o: JSTypedArray): number {
  const len = typedArrayLength(o);
  if (len < 0) throwTypeError('Cannot perform %ArrayIteratorPrototype%.next on a detached ArrayBuffer');
  return len;
}

/** For util.inspect: the name, current length and an element reader of a typed array, or undefined. */
export function typedArrayInfo(o: JSObject): { name: string; length: number; get(i: number): Value } | undefined {
  if (!(o instanceof JSTypedArray)) return undefined;
  const len = typedArrayLength(o);
  return { name: o.type.name, length: len < 0 ? 0 : len, get: (i: number) => TypedArrayGetElement(o, i) };
}
