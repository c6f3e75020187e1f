import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineAccessors, defineMethods, type BuiltinImpl } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { Msg, throwRangeError, throwTypeError } from '../errors';
import { GetPrototypeFromConstructor } from '../ops/object-operations';
import { ToBoolean, ToIndex, describe } from '../ops/type-conversion';
import { C } from '../values/shape';
import { JSArrayBuffer } from './ArrayBuffer';
import { AUTO, ELEMENT_TYPES, getUnaligned, setUnaligned, toElementValue, type ElementType } from '../exotics/typed-array';

/** A DataView: an ordinary object with [[DataView]], [[ViewedArrayBuffer]], [[ByteLength]], [[ByteOffset]]. https://tc39.es/ecma262/#sec-dataview-objects */
export class JSDataView extends JSObject {
  constructor(
    proto: JSObject | null,
    readonly buffer: JSArrayBuffer,
    readonly byteOffset: number,
    /** [[ByteLength]], or AUTO (length-tracking). */
    readonly byteLengthSlot: number,
  ) {
    super(proto);
  }
}
JSDataView.prototype.className = 'DataView';

/**
 * The current byte length of a view, or -1 when it is out of bounds or detached: a DataView With
 * Buffer Witness Record folded into one number.
 * https://tc39.es/ecma262/#sec-isviewoutofbounds https://tc39.es/ecma262/#sec-getviewbytelength
 */
export function viewByteLength(view: JSDataView): number {
  const buf = view.buffer;
  if (buf.detached) return -1;
  const bufferByteLength = buf.byteLength;
  const start = view.byteOffset;
  if (view.byteLengthSlot === AUTO) return start > bufferByteLength ? -1 : bufferByteLength - start;
  if (start + view.byteLengthSlot > bufferByteLength) return -1;
  return view.byteLengthSlot;
}

function thisView(t: Value, method: string): JSDataView {
  if (!(t instanceof JSDataView)) throwTypeError(Msg.incompatibleReceiver(`DataView.prototype.${method}`, describe(t)));
  return t;
}

function throwOutOfBounds(method: string): never {
  throwTypeError(`Cannot perform DataView.prototype.${method} on a detached ArrayBuffer`);
}

/** https://tc39.es/ecma262/#sec-getviewvalue */
function GetViewValue(view: Value, requestIndex: Value, isLittleEndian: Value, type: ElementType, method: string): Value {
  const v = thisView(view, method);
  const getIndex = ToIndex(requestIndex);
  const littleEndian = ToBoolean(isLittleEndian);
  const viewSize = viewByteLength(v);
  if (viewSize < 0) throwOutOfBounds(method);
  if (getIndex + type.size > viewSize) throwRangeError('Offset is outside the bounds of the DataView');
  return getUnaligned(v.buffer, type, getIndex + v.byteOffset, littleEndian);
}

/** https://tc39.es/ecma262/#sec-setviewvalue */
function SetViewValue(view: Value, requestIndex: Value, isLittleEndian: Value, type: ElementType, value: Value, method: string): Value {
  const v = thisView(view, method);
  const getIndex = ToIndex(requestIndex);
  const numberValue = toElementValue(type, value);
  const littleEndian = ToBoolean(isLittleEndian);
  const viewSize = viewByteLength(v);
  if (viewSize < 0) throwOutOfBounds(method);
  if (getIndex + type.size > viewSize) throwRangeError('Offset is outside the bounds of the DataView');
  setUnaligned(v.buffer, type, getIndex + v.byteOffset, numberValue, littleEndian);
  return undefined;
}

/** DataView and %DataView.prototype%. https://tc39.es/ecma262/#sec-dataview-constructor */
export function setupDataView(realm: Realm): void {
  const proto = new JSObject(realm.ObjectPrototype);
  // https://tc39.es/ecma262/#sec-dataview-buffer-byteoffset-bytelength
  const ctor = CreateBuiltinFunction(realm, (_t, args, newTarget) => {
    // 1-2.
    if (newTarget === undefined) throwTypeError("Constructor DataView requires 'new'");
    const buffer = args[0];
    if (!(buffer instanceof JSArrayBuffer)) throwTypeError('First argument to DataView constructor must be an ArrayBuffer');
    // 3-6.
    const offset = ToIndex(args[1]);
    if (buffer.detached) throwTypeError('Cannot perform DataView constructor on a detached ArrayBuffer');
    let bufferByteLength = buffer.byteLength;
    if (offset > bufferByteLength) throwRangeError(`Start offset ${offset} is outside the bounds of the buffer`);
    // 7-9.
    const byteLength = args[2];
    let viewByteLen: number;
    if (byteLength === undefined) {
      viewByteLen = buffer.maxByteLength === undefined ? bufferByteLength - offset : AUTO;
    } else {
      viewByteLen = ToIndex(byteLength);
      if (offset + viewByteLen > bufferByteLength) throwRangeError(`Invalid DataView length ${viewByteLen}`);
    }
    // 10.
    const p = GetPrototypeFromConstructor(newTarget, '%DataView.prototype%');
    // 11-14.
    if (buffer.detached) throwTypeError('Cannot perform DataView constructor on a detached ArrayBuffer');
    bufferByteLength = buffer.byteLength;
    if (offset > bufferByteLength) throwRangeError(`Start offset ${offset} is outside the bounds of the buffer`);
    if (byteLength !== undefined && offset + viewByteLen > bufferByteLength) throwRangeError(`Invalid DataView length ${viewByteLen}`);
    return new JSDataView(p, buffer, offset, viewByteLen);
  }, 1, 'DataView', { ctor: true });
  realm.intrinsics['%DataView%'] = ctor;
  realm.intrinsics['%DataView.prototype%'] = proto;
  ctor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', ctor);
  realm.addGlobal('DataView', ctor);

  defineAccessors(realm, proto, [
    // https://tc39.es/ecma262/#sec-get-dataview.prototype.buffer
    ['buffer', (t) => thisView(t, 'buffer').buffer],
    // https://tc39.es/ecma262/#sec-get-dataview.prototype.bytelength
    ['byteLength', (t) => {
      const len = viewByteLength(thisView(t, 'byteLength'));
      if (len < 0) throwOutOfBounds('byteLength');
      return len;
    }],
    // https://tc39.es/ecma262/#sec-get-dataview.prototype.byteoffset
    ['byteOffset', (t) => {
      const v = thisView(t, 'byteOffset');
      if (viewByteLength(v) < 0) throwOutOfBounds('byteOffset');
      return v.byteOffset;
    }],
  ]);

  // get/set methods in the spec's (alphabetical) order: BigInt64, BigUint64, Float16, Float32, ...
  const order = ['BigInt64', 'BigUint64', 'Float16', 'Float32', 'Float64', 'Int8', 'Int16', 'Int32', 'Uint8', 'Uint16', 'Uint32'];
  const table: [string, BuiltinImpl, number][] = [];
  for (const short of order) {
    const type = ELEMENT_TYPES.find((t) => t.short === short)!;
    const get = `get${short}`;
    table.push([get, (t, args) => GetViewValue(t, args[0], args[1], type, get), 1]);
  }
  for (const short of order) {
    const type = ELEMENT_TYPES.find((t) => t.short === short)!;
    const set = `set${short}`;
    table.push([set, (t, args) => SetViewValue(t, args[0], args[2], type, args[1], set), 2]);
  }
  defineMethods(realm, proto, table);
  proto.addProperty(WellKnown.toStringTag, 'DataView', C);
}
