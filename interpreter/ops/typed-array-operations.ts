import { JSObject } from '../values/object';
import type { Value } from '../values/value';
import { R } from '../agent';
import { Msg, throwRangeError, throwTypeError } from '../errors';
import { Construct, SpeciesConstructor } from './object-operations';
import { allocateBuffer, MAX_BYTE_LENGTH } from '../intrinsics/ArrayBuffer';
import { JSTypedArray, typedArrayLength, type ElementType } from '../exotics/typed-array';

/** The TypeError for a typed array whose buffer is detached or that is out of bounds. */
export function throwDetached(method: string): never {
  throwTypeError(`Cannot perform ${method} on a detached ArrayBuffer`);
}

/**
 * https://tc39.es/ecma262/#sec-validatetypedarray
 * Returns o as a typed array that is in bounds (its length is then typedArrayLength(o)).
 */
export function ValidateTypedArray(o: Value, method: string): JSTypedArray {
  if (!(o instanceof JSTypedArray)) throwTypeError('this is not a typed array.');
  if (typedArrayLength(o) < 0) throwDetached(method);
  return o;
}

/** Checks an element count against the largest buffer we make (V8's message). */
export function checkTypedArrayLength(type: ElementType, length: number): void {
  if (length * type.size > MAX_BYTE_LENGTH) throwRangeError(`Invalid typed array length: ${length}`);
}

/**
 * A new typed array of `length` elements over a fresh buffer of the running realm
 * (TypedArrayCreate + AllocateTypedArrayBuffer, after GetPrototypeFromConstructor gave proto).
 * https://tc39.es/ecma262/#sec-allocatetypedarraybuffer
 */
export function allocateTypedArray(type: ElementType, proto: JSObject, length: number): JSTypedArray {
  checkTypedArrayLength(type, length);
  const data = allocateBuffer(length * type.size);
  return new JSTypedArray(proto, type, data, 0, length);
}

/** https://tc39.es/ecma262/#sec-typedarraycreatefromconstructor */
export function TypedArrayCreateFromConstructor(constructor: JSObject, args: Value[]): JSTypedArray {
  const newTypedArray = Construct(constructor, args);
  if (!(newTypedArray instanceof JSTypedArray)) throwTypeError('this is not a typed array.');
  const len = typedArrayLength(newTypedArray);
  if (len < 0) throwDetached('Construct');
  if (args.length === 1 && typeof args[0] === 'number' && len < args[0]) {
    throwTypeError('Derived TypedArray constructor created an array which was too small');
  }
  return newTypedArray;
}

/** The realm's constructor for an element type (%Int8Array% ...). */
export function typedArrayConstructor(type: ElementType): JSObject {
  return R.realm.intrinsics[`%${type.name}%`];
}

/** https://tc39.es/ecma262/#sec-typedarrayspeciescreate */
export function TypedArraySpeciesCreate(exemplar: JSTypedArray, args: Value[]): JSTypedArray {
  const defaultConstructor = typedArrayConstructor(exemplar.type);
  const constructor = SpeciesConstructor(exemplar, defaultConstructor);
  const result = TypedArrayCreateFromConstructor(constructor, args);
  if (result.type.bigint !== exemplar.type.bigint) throwTypeError(Msg.bigintMix());
  return result;
}

/** https://tc39.es/ecma262/#sec-typedarray-create-same-type */
export function TypedArrayCreateSameType(exemplar: JSTypedArray, length: number): JSTypedArray {
  // Constructing the realm's own constructor has no observable steps: allocate directly.
  const type = exemplar.type;
  return allocateTypedArray(type, R.realm.intrinsics[`%${type.name}.prototype%`], length);
}
