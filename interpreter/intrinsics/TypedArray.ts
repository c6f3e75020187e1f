import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineAccessors, defineConstants, defineMethods } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { Msg, throwRangeError, throwTypeError } from '../errors';
import { Call, GetMethod, GetPrototypeFromConstructor, IsCallable, IsConstructor, LengthOfArrayLike } from '../ops/object-operations';
import { ToIntegerOrInfinity, ToIndex, ToObject, describe } from '../ops/type-conversion';
import { GetIteratorFromMethod, IteratorToList } from '../ops/iterator-operations';
import { CloneArrayBuffer, JSArrayBuffer, allocateBuffer } from './ArrayBuffer';
import {
  AUTO, ELEMENT_TYPES, JSTypedArray, TypedArraySetElement, getAligned, setAligned, typedArrayLength, type ElementType,
} from '../exotics/typed-array';
import { TypedArrayCreateFromConstructor, allocateTypedArray, checkTypedArrayLength } from '../ops/typed-array-operations';
import { setupTypedArrayPrototype } from './TypedArrayPrototype';
import { setupTypedArrayBase64 } from './TypedArrayBase64';

/** https://tc39.es/ecma262/#sec-initializetypedarrayfromtypedarray */
function InitializeTypedArrayFromTypedArray(type: ElementType, proto: JSObject, srcArray: JSTypedArray): JSTypedArray {
  const srcData = srcArray.buffer;
  const srcType = srcArray.type;
  // 7-9.
  const elementLength = typedArrayLength(srcArray);
  if (elementLength < 0) throwTypeError(`Cannot perform Construct on a detached ArrayBuffer`);
  checkTypedArrayLength(type, elementLength);
  const byteLength = type.size * elementLength;
  let data: JSArrayBuffer;
  if (type === srcType) {
    // 11.
    data = CloneArrayBuffer(srcData, srcArray.byteOffset, byteLength);
  } else {
    // 12.
    data = allocateBuffer(byteLength);
    if (srcType.bigint !== type.bigint) throwTypeError(Msg.bigintMix());
    let srcByteIndex = srcArray.byteOffset;
    for (let k = 0, targetByteIndex = 0; k < elementLength; k++) {
      if (--R.fuel <= 0) R.agent.refuel();
      setAligned(data, type, targetByteIndex, getAligned(srcData, srcType, srcByteIndex));
      srcByteIndex += srcType.size;
      targetByteIndex += type.size;
    }
  }
  return new JSTypedArray(proto, type, data, 0, elementLength);
}

/** https://tc39.es/ecma262/#sec-initializetypedarrayfromarraybuffer */
function InitializeTypedArrayFromArrayBuffer(type: ElementType, proto: JSObject, buffer: JSArrayBuffer, byteOffset: Value, length: Value): JSTypedArray {
  const elementSize = type.size;
  // 2-3.
  const offset = ToIndex(byteOffset);
  if (offset % elementSize !== 0) throwRangeError(`start offset of ${type.name} should be a multiple of ${elementSize}`);
  // 4-5.
  const bufferIsFixedLength = buffer.maxByteLength === undefined;
  let newLength = 0;
  if (length !== undefined) newLength = ToIndex(length);
  // 6.
  if (buffer.detached) throwTypeError('Cannot perform Construct on a detached ArrayBuffer');
  // 7.
  const bufferByteLength = buffer.byteLength;
  // 8.
  if (length === undefined && !bufferIsFixedLength) {
    if (offset > bufferByteLength) throwRangeError(`Start offset ${offset} is outside the bounds of the buffer`);
    return new JSTypedArray(proto, type, buffer, offset, AUTO);
  }
  // 9.
  let newByteLength: number;
  if (length === undefined) {
    if (bufferByteLength % elementSize !== 0) throwRangeError(`byte length of ${type.name} should be a multiple of ${elementSize}`);
    newByteLength = bufferByteLength - offset;
    if (newByteLength < 0) throwRangeError(`Start offset ${offset} is outside the bounds of the buffer`);
  } else {
    newByteLength = newLength * elementSize;
    if (offset + newByteLength > bufferByteLength) throwRangeError(`Invalid typed array length: ${newLength}`);
  }
  return new JSTypedArray(proto, type, buffer, offset, newByteLength / elementSize);
}

/** https://tc39.es/ecma262/#sec-initializetypedarrayfromlist */
function InitializeTypedArrayFromList(type: ElementType, proto: JSObject, values: Value[]): JSTypedArray {
  const o = allocateTypedArray(type, proto, values.length);
  for (let k = 0; k < values.length; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    TypedArraySetElement(o, k, values[k]);
  }
  return o;
}

/** https://tc39.es/ecma262/#sec-initializetypedarrayfromarraylike */
function InitializeTypedArrayFromArrayLike(type: ElementType, proto: JSObject, arrayLike: JSObject): JSTypedArray {
  const len = LengthOfArrayLike(arrayLike);
  const o = allocateTypedArray(type, proto, len);
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    TypedArraySetElement(o, k, arrayLike.Get(String(k), arrayLike));
  }
  return o;
}

/** ToIndex with V8's message for a typed array length. */
function toElementLength(v: Value): number {
  const n = ToIntegerOrInfinity(v);
  if (n < 0 || n > Number.MAX_SAFE_INTEGER) throwRangeError(`Invalid typed array length: ${n}`);
  return n;
}

/** The TypedArray constructors (one implementation, parameterised by element type). https://tc39.es/ecma262/#sec-typedarray */
function makeConstructor(realm: Realm, type: ElementType, typedArrayCtor: JSObject, typedArrayProto: JSObject): void {
  const defaultProto = `%${type.name}.prototype%`;
  const ctor = CreateBuiltinFunction(realm, (_t, args, newTarget) => {
    // 1.
    if (newTarget === undefined) throwTypeError(`Constructor ${type.name} requires 'new'`);
    // 5.
    if (args.length === 0) return allocateTypedArray(type, GetPrototypeFromConstructor(newTarget, defaultProto), 0);
    const first = args[0];
    // 6.b.
    if (first instanceof JSObject) {
      const proto = GetPrototypeFromConstructor(newTarget, defaultProto);
      if (first instanceof JSTypedArray) return InitializeTypedArrayFromTypedArray(type, proto, first);
      if (first instanceof JSArrayBuffer) return InitializeTypedArrayFromArrayBuffer(type, proto, first, args[1], args[2]);
      const usingIterator = GetMethod(first, WellKnown.iterator);
      if (usingIterator !== undefined) {
        const values = IteratorToList(GetIteratorFromMethod(first, usingIterator));
        return InitializeTypedArrayFromList(type, proto, values);
      }
      return InitializeTypedArrayFromArrayLike(type, proto, first);
    }
    // 6.c.
    const elementLength = toElementLength(first);
    return allocateTypedArray(type, GetPrototypeFromConstructor(newTarget, defaultProto), elementLength);
  }, 3, type.name, { ctor: true, proto: typedArrayCtor });
  const proto = new JSObject(typedArrayProto);
  realm.intrinsics[`%${type.name}%`] = ctor;
  realm.intrinsics[defaultProto] = proto;
  ctor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', ctor);
  defineConstants(ctor, [['BYTES_PER_ELEMENT', type.size]]);
  defineConstants(proto, [['BYTES_PER_ELEMENT', type.size]]);
  realm.addGlobal(type.name, ctor);
}

/** %TypedArray%.from. https://tc39.es/ecma262/#sec-%typedarray%.from */
function typedArrayFrom(thisValue: Value, args: Value[]): Value {
  const [source, mapfn, thisArg] = args;
  const c = thisValue;
  if (!IsConstructor(c)) throwTypeError(Msg.notAConstructor(describe(c)));
  const mapping = mapfn !== undefined;
  if (mapping && !IsCallable(mapfn)) throwTypeError(Msg.notAFunction(describe(mapfn)));
  const usingIterator = GetMethod(source, WellKnown.iterator);
  if (usingIterator !== undefined) {
    const values = IteratorToList(GetIteratorFromMethod(source, usingIterator));
    const len = values.length;
    const target = TypedArrayCreateFromConstructor(c, [len]);
    for (let k = 0; k < len; k++) {
      if (--R.fuel <= 0) R.agent.refuel();
      const kValue = values[k];
      const mapped = mapping ? Call(mapfn, thisArg, [kValue, k]) : kValue;
      target.Set(String(k), mapped, target);
    }
    return target;
  }
  const arrayLike = ToObject(source);
  const len = LengthOfArrayLike(arrayLike);
  const target = TypedArrayCreateFromConstructor(c, [len]);
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const key = String(k);
    const kValue = arrayLike.Get(key, arrayLike);
    const mapped = mapping ? Call(mapfn, thisArg, [kValue, k]) : kValue;
    target.Set(key, mapped, target);
  }
  return target;
}

/** %TypedArray%.of. https://tc39.es/ecma262/#sec-%typedarray%.of */
function typedArrayOf(thisValue: Value, items: Value[]): Value {
  const len = items.length;
  const c = thisValue;
  if (!IsConstructor(c)) throwTypeError(Msg.notAConstructor(describe(c)));
  const newObj = TypedArrayCreateFromConstructor(c, [len]);
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    newObj.Set(String(k), items[k], newObj);
  }
  return newObj;
}

/** %TypedArray%, its prototype, and the twelve TypedArray constructors. https://tc39.es/ecma262/#sec-typedarray-objects */
export function setupTypedArray(realm: Realm): void {
  // https://tc39.es/ecma262/#sec-%typedarray%
  const TypedArray = CreateBuiltinFunction(realm, () => {
    throwTypeError('Abstract class TypedArray not directly constructable');
  }, 0, 'TypedArray', { ctor: true });
  const proto = new JSObject(realm.ObjectPrototype);
  realm.intrinsics['%TypedArray%'] = TypedArray;
  realm.intrinsics['%TypedArray.prototype%'] = proto;
  TypedArray.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', TypedArray);
  defineMethods(realm, TypedArray, [
    ['from', typedArrayFrom, 1],
    ['of', typedArrayOf, 0],
  ]);
  // https://tc39.es/ecma262/#sec-get-%typedarray%-%symbol.species%
  defineAccessors(realm, TypedArray, [[WellKnown.species, (thisValue) => thisValue]]);
  setupTypedArrayPrototype(realm, proto);
  for (const type of ELEMENT_TYPES) makeConstructor(realm, type, TypedArray, proto);
  setupTypedArrayBase64(realm);
}
