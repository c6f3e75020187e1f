/**
 * Small helpers the bindings use to make guest values from host data and read host data from
 * guest values. Everything made here is a fresh guest value: nothing host is ever handed over.
 */
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import { CreateBuiltinFunction, type BuiltinImpl } from '../../interpreter/values/function';
import { WEC } from '../../interpreter/values/shape';
import { R, ThrowCompletion } from '../../interpreter/agent';
import type { Realm } from '../../interpreter/realm';
import { CreateArrayFromList } from '../../interpreter/ops/object-operations';
import { JSTypedArray, UINT8, ELEMENT_TYPES } from '../../interpreter/exotics/typed-array';
import { JSArrayBuffer, allocateBuffer } from '../../interpreter/intrinsics/ArrayBuffer';
import { JSDataView } from '../../interpreter/intrinsics/DataView';
import { makeError, type ErrorType } from '../../interpreter/errors';
import { ToString } from '../../interpreter/ops/type-conversion';

/** A guest function from a host implementation. */
export function fn(realm: Realm, name: string, length: number, impl: BuiltinImpl): JSObject {
  return CreateBuiltinFunction(realm, impl, length, name);
}

/** A plain guest object (Object.prototype) with the given enumerable data properties, in order. */
export function obj(realm: Realm, props: Record<string, Value> = {}): JSObject {
  const o = new JSObject(realm.ObjectPrototype);
  for (const k of Object.keys(props)) o.addProperty(k, props[k], WEC);
  return o;
}

/** A guest object with no prototype (for bindings: nothing inherited, nothing to tamper with). */
export function bareObject(): JSObject {
  return new JSObject(null);
}

/** Adds built-in methods (writable, enumerable, configurable, like a binding's) to o. */
export function methods(realm: Realm, o: JSObject, table: Record<string, [BuiltinImpl, number]>): JSObject {
  for (const name of Object.keys(table)) {
    const [impl, length] = table[name];
    o.addProperty(name, CreateBuiltinFunction(realm, impl, length, name), WEC);
  }
  return o;
}

/** Adds enumerable data properties to o. */
export function values(o: JSObject, props: Record<string, Value>): JSObject {
  for (const k of Object.keys(props)) o.addProperty(k, props[k], WEC);
  return o;
}

export function arr(list: Value[]): JSObject {
  return CreateArrayFromList(list);
}

/** A guest Uint8Array holding a copy of bytes. */
export function guestBytes(bytes: Uint8Array): JSTypedArray {
  const buf = allocateBuffer(bytes.length);
  new Uint8Array(buf.data as ArrayBuffer).set(bytes);
  return new JSTypedArray(R.realm.intrinsics['%Uint8Array.prototype%'], UINT8, buf, 0, bytes.length);
}

/** A guest typed array of the named type over a fresh buffer, plus the host view sharing its bytes. */
export function sharedTypedArray<T extends ArrayBufferView>(type: 'Uint8Array' | 'Int32Array' | 'Uint32Array' | 'Float64Array', length: number): { guest: JSTypedArray; host: T } {
  const et = ELEMENT_TYPES.find((t) => t.name === type)!;
  const buf = allocateBuffer(length * et.size);
  const guest = new JSTypedArray(R.realm.intrinsics[`%${type}.prototype%`], et, buf, 0, length);
  const host = new (et.host as any)(buf.data, 0, length) as T;
  return { guest, host };
}

/**
 * A live host view of the bytes of a guest ArrayBuffer, TypedArray or DataView, or undefined.
 * Callers copy before anything leaves the engine and must not keep the view across guest code.
 */
export function hostBytes(v: Value): Uint8Array | undefined {
  if (v instanceof JSTypedArray) {
    const b = v.buffer;
    if (b.detached) return new Uint8Array(0);
    const len = v.arrayLength === -1 ? Math.max(0, b.byteLength - v.byteOffset) : v.arrayLength * v.type.size;
    return new Uint8Array(b.data as ArrayBuffer, v.byteOffset, Math.min(len, Math.max(0, b.byteLength - v.byteOffset)));
  }
  if (v instanceof JSArrayBuffer) return new Uint8Array(v.data as ArrayBuffer, 0, v.byteLength);
  if (v instanceof JSDataView) {
    const b = v.buffer;
    if (b.detached) return new Uint8Array(0);
    const len = v.byteLengthSlot >= 0 ? v.byteLengthSlot : Math.max(0, b.byteLength - v.byteOffset);
    return new Uint8Array(b.data as ArrayBuffer, v.byteOffset, Math.min(len, Math.max(0, b.byteLength - v.byteOffset)));
  }
  return undefined;
}

/** A guest Error with a Node error code: `name [code]: message` in its stack, `code` an own property. */
export function nodeError(type: ErrorType, code: string, message: string, props: Record<string, Value> = {}): JSObject {
  const e = makeError(R.realm, type, message);
  e.setOwn('code', code);
  for (const k of Object.keys(props)) e.setOwn(k, props[k]);
  // Node's errors show the code in the stack header: "TypeError [ERR_X]: message".
  const stack = e.Get('stack', e);
  if (typeof stack === 'string') {
    const nl = stack.indexOf('\n');
    const rest = nl < 0 ? '' : stack.slice(nl);
    e.DefineOwnProperty('stack', { value: `${type} [${code}]: ${message}${rest}`, writable: true, enumerable: false, configurable: true });
  }
  return e;
}

/**
 * An error as node's C++ throws them (THROW_ERR_*): the plain `Type: message` stack header, the
 * code an own property.
 */
export function cppError(type: ErrorType, code: string, message: string): ThrowCompletion {
  const e = makeError(R.realm, type, message);
  e.setOwn('code', code);
  return new ThrowCompletion(e);
}

/**
 * node's ERR_ACCESS_DENIED as its C++ throws it: `Error: Access to this API has been restricted`
 * with code, permission (node's name: FileSystemRead, ...) and resource.
 */
export function accessDeniedError(permission: string, resource?: string): ThrowCompletion {
  const e = makeError(R.realm, 'Error', 'Access to this API has been restricted');
  e.setOwn('code', 'ERR_ACCESS_DENIED');
  e.setOwn('permission', permission);
  if (resource !== undefined) e.setOwn('resource', resource);
  return new ThrowCompletion(e);
}

export function throwNodeError(type: ErrorType, code: string, message: string, props: Record<string, Value> = {}): never {
  throw new ThrowCompletion(nodeError(type, code, message, props));
}

/** Reads a string argument (the guest validated it already; this only converts). */
export function str(v: Value): string {
  return typeof v === 'string' ? v : ToString(v);
}
