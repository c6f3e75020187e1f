import { JSObject, SameValue } from '../values/object';
import { CreateBuiltinFunction, defineMethods, defineAccessors, type BuiltinImpl } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { Msg, throwRangeError, throwTypeError } from '../errors';
import { Construct, GetPrototypeFromConstructor, SpeciesConstructor } from '../ops/object-operations';
import { ToIndex, ToIntegerOrInfinity, describe } from '../ops/type-conversion';
import { C } from '../values/shape';
import { JSTypedArray } from '../exotics/typed-array';
import { JSDataView } from './DataView';

/**
 * Largest Data Block we create, in bytes (for byteLength and maxByteLength alike). Larger requests
 * throw the RangeError the spec allows ("it is impossible to create such a Data Block").
 * NON-SPEC: a bound of our choosing, so that guest code cannot exhaust host memory in one request.
 */
export const MAX_BYTE_LENGTH = 2 ** 32;

/** A host typed array used to read and write one element type of a block. */
export type HostView = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array
  | Float32Array | Float64Array | BigInt64Array | BigUint64Array;
export type HostViewCtor = new (buffer: ArrayBufferLike, byteOffset: number, length: number) => HostView;

const EMPTY_BLOCK = new ArrayBuffer(0);

/**
 * An ArrayBuffer or SharedArrayBuffer: an object with [[ArrayBufferData]].
 * https://tc39.es/ecma262/#sec-arraybuffer-objects
 * The Data Block is a host ArrayBuffer (or SharedArrayBuffer) of exactly `byteLength` bytes, kept
 * here and never handed to guest code. A resizable buffer reallocates its block on resize (NON-SPEC
 * in mechanism only: nothing of maxByteLength is reserved up front).
 */
export class JSArrayBuffer extends JSObject {
  /** [[ArrayBufferData]]: the host block. EMPTY_BLOCK once detached. */
  data: ArrayBuffer | SharedArrayBuffer;
  /** [[ArrayBufferByteLength]] (0 once detached). */
  byteLength: number;
  /** [[ArrayBufferMaxByteLength]], or undefined for a fixed-length buffer (no such slot). */
  maxByteLength: number | undefined;
  /** [[ArrayBufferDetachKey]]. */
  detachKey: Value = undefined;
  detached = false;
  /** Host views over `data`, one per element type (by ElementType.index), made on first use. */
  private views: (HostView | undefined)[] = [];
  private dv: DataView | null = null;

  constructor(proto: JSObject | null, readonly shared: boolean, data: ArrayBuffer | SharedArrayBuffer, maxByteLength: number | undefined) {
    super(proto);
    this.data = data;
    this.byteLength = data.byteLength;
    this.maxByteLength = maxByteLength;
    this.className = shared ? 'SharedArrayBuffer' : 'ArrayBuffer';
  }

  /** A host typed array of `ctor`'s type covering the whole block (cached until the block changes). */
  hostView(index: number, ctor: HostViewCtor, size: number): HostView {
    const v = this.views[index];
    if (v !== undefined) return v;
    return (this.views[index] = new ctor(this.data, 0, Math.floor(this.byteLength / size)));
  }

  /** A host DataView over the whole block (cached until the block changes). */
  hostDataView(): DataView {
    return this.dv ?? (this.dv = new DataView(this.data));
  }

  /** The block as host bytes (a live view: callers copy before anything leaves the engine). */
  bytes(): Uint8Array {
    return this.hostView(1, Uint8Array, 1) as Uint8Array;
  }

  /** Replaces the block (resize, grow, detach). */
  setBlock(data: ArrayBuffer | SharedArrayBuffer): void {
    this.data = data;
    this.byteLength = data.byteLength;
    this.views = [];
    this.dv = null;
  }
}
JSArrayBuffer.prototype.className = 'ArrayBuffer';

/** https://tc39.es/ecma262/#sec-createbytedatablock (and CreateSharedByteDataBlock) */
export function CreateByteDataBlock(size: number, shared = false): ArrayBuffer | SharedArrayBuffer {
  if (size > MAX_BYTE_LENGTH) throwRangeError('Array buffer allocation failed');
  // Charge for the zero-filling the host does.
  if ((R.fuel -= Math.floor(size / 4096)) <= 0) R.agent.refuel();
  try {
    return shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size);
  } catch {
    throwRangeError('Array buffer allocation failed');
  }
}

/** https://tc39.es/ecma262/#sec-allocatearraybuffer */
export function AllocateArrayBuffer(constructor: JSObject, byteLength: number, maxByteLength?: number): JSArrayBuffer {
  // 3.
  if (maxByteLength !== undefined && byteLength > maxByteLength) throwRangeError('Invalid array buffer max length');
  // 4.
  const proto = GetPrototypeFromConstructor(constructor, '%ArrayBuffer.prototype%');
  // 5.
  const block = CreateByteDataBlock(byteLength);
  // 8.a.
  if (maxByteLength !== undefined && maxByteLength > MAX_BYTE_LENGTH) throwRangeError('Invalid array buffer max length');
  return new JSArrayBuffer(proto, false, block, maxByteLength);
}

/** AllocateArrayBuffer(%ArrayBuffer%, byteLength) in the running realm, without observable steps. */
export function allocateBuffer(byteLength: number): JSArrayBuffer {
  return new JSArrayBuffer(R.realm.intrinsics['%ArrayBuffer.prototype%'], false, CreateByteDataBlock(byteLength), undefined);
}

/** https://tc39.es/ecma262/#sec-allocatesharedarraybuffer */
export function AllocateSharedArrayBuffer(constructor: JSObject, byteLength: number, maxByteLength?: number): JSArrayBuffer {
  if (maxByteLength !== undefined && byteLength > maxByteLength) throwRangeError('Invalid array buffer max length');
  const proto = GetPrototypeFromConstructor(constructor, '%SharedArrayBuffer.prototype%');
  if (maxByteLength !== undefined && maxByteLength > MAX_BYTE_LENGTH) throwRangeError('Invalid array buffer max length');
  const block = CreateByteDataBlock(byteLength, true);
  return new JSArrayBuffer(proto, true, block, maxByteLength);
}

/** https://tc39.es/ecma262/#sec-isdetachedbuffer */
export function IsDetachedBuffer(buf: JSArrayBuffer): boolean {
  return buf.detached;
}

/** https://tc39.es/ecma262/#sec-issharedarraybuffer */
export function IsSharedArrayBuffer(buf: JSArrayBuffer): boolean {
  return buf.shared;
}

/** https://tc39.es/ecma262/#sec-isfixedlengtharraybuffer */
export function IsFixedLengthArrayBuffer(buf: JSArrayBuffer): boolean {
  return buf.maxByteLength === undefined;
}

/**
 * https://tc39.es/ecma262/#sec-detacharraybuffer
 * Also test262's $262.detachArrayBuffer. Throws a guest TypeError for anything but a non-shared
 * ArrayBuffer, or when the key does not match.
 */
export function DetachArrayBuffer(buf: JSObject, key: Value = undefined): void {
  if (!(buf instanceof JSArrayBuffer) || buf.shared) throwTypeError('Cannot detach: not an ArrayBuffer');
  if (!SameValue(buf.detachKey, key)) throwTypeError('Cannot detach an ArrayBuffer with a different detach key');
  buf.setBlock(EMPTY_BLOCK);
  buf.detached = true;
}

/** Copies count bytes between blocks (CopyDataBlockBytes); the ranges may be in the same block. */
export function copyBytes(to: JSArrayBuffer, toIndex: number, from: JSArrayBuffer, fromIndex: number, count: number): void {
  if (count <= 0) return;
  if ((R.fuel -= Math.floor(count / 64)) <= 0) R.agent.refuel();
  const src = from.bytes();
  const dst = to.bytes();
  if (src === dst) dst.copyWithin(toIndex, fromIndex, fromIndex + count);
  else dst.set(src.subarray(fromIndex, fromIndex + count), toIndex);
}

/** https://tc39.es/ecma262/#sec-clonearraybuffer */
export function CloneArrayBuffer(srcBuffer: JSArrayBuffer, srcByteOffset: number, srcLength: number): JSArrayBuffer {
  const target = allocateBuffer(srcLength);
  copyBytes(target, 0, srcBuffer, srcByteOffset, srcLength);
  return target;
}

/** A new block of newLength bytes holding the old one's first bytes (the rest zero). */
function reallocate(buf: JSArrayBuffer, newLength: number): void {
  const block = CreateByteDataBlock(newLength, buf.shared);
  const n = Math.min(newLength, buf.byteLength);
  const old = buf.bytes();
  if (n > 0) {
    if ((R.fuel -= Math.floor(n / 64)) <= 0) R.agent.refuel();
    new Uint8Array(block).set(old.subarray(0, n));
  }
  buf.setBlock(block);
}

/** A host copy of the bytes of an ArrayBuffer or SharedArrayBuffer (for util.inspect), or undefined. */
export function arrayBufferBytes(o: JSObject): Uint8Array | undefined {
  if (!(o instanceof JSArrayBuffer)) return undefined;
  return o.bytes().slice();
}

function thisBuffer(thisValue: Value, method: string, shared: boolean): JSArrayBuffer {
  if (!(thisValue instanceof JSArrayBuffer) || thisValue.shared !== shared) {
    throwTypeError(Msg.incompatibleReceiver(method, describe(thisValue)));
  }
  return thisValue;
}

/** https://tc39.es/ecma262/#sec-getarraybuffermaxbytelengthoption */
function GetArrayBufferMaxByteLengthOption(options: Value): number | undefined {
  if (!(options instanceof JSObject)) return undefined;
  const maxByteLength = options.Get('maxByteLength', options);
  if (maxByteLength === undefined) return undefined;
  return ToIndex(maxByteLength);
}

function relativeRange(len: number, start: Value, end: Value): [number, number] {
  const relativeStart = ToIntegerOrInfinity(start);
  const first = relativeStart === -Infinity ? 0 : relativeStart < 0 ? Math.max(len + relativeStart, 0) : Math.min(relativeStart, len);
  const relativeEnd = end === undefined ? len : ToIntegerOrInfinity(end);
  const final = relativeEnd === -Infinity ? 0 : relativeEnd < 0 ? Math.max(len + relativeEnd, 0) : Math.min(relativeEnd, len);
  return [first, final];
}

/** https://tc39.es/ecma262/#sec-arraybuffercopyanddetach */
function ArrayBufferCopyAndDetach(thisValue: Value, newLength: Value, preserve: boolean, method: string): JSArrayBuffer {
  // 1-2.
  const buf = thisBuffer(thisValue, method, false);
  // 3.
  const newByteLength = newLength === undefined ? buf.byteLength : ToIndex(newLength);
  // 4.
  if (buf.detached) throwTypeError(`Cannot perform ${method} on a detached ArrayBuffer`);
  // 5.
  const newMaxByteLength = preserve && buf.maxByteLength !== undefined ? buf.maxByteLength : undefined;
  // 6.
  if (buf.detachKey !== undefined) throwTypeError(`Cannot perform ${method} on a non-detachable ArrayBuffer`);
  // 7.
  if (newMaxByteLength !== undefined && newByteLength > newMaxByteLength) throwRangeError(`${method}: Invalid length parameter`);
  const result = new JSArrayBuffer(R.realm.intrinsics['%ArrayBuffer.prototype%'], false, CreateByteDataBlock(newByteLength), newMaxByteLength);
  // 8-9.
  copyBytes(result, 0, buf, 0, Math.min(newByteLength, buf.byteLength));
  // 10.
  DetachArrayBuffer(buf);
  return result;
}

/** Creates ArrayBuffer and SharedArrayBuffer with their prototypes. */
export function setupArrayBuffer(realm: Realm): void {
  setupOne(realm, false);
  setupOne(realm, true);
}

function setupOne(realm: Realm, shared: boolean): void {
  const name = shared ? 'SharedArrayBuffer' : 'ArrayBuffer';
  const P = `${name}.prototype`;
  const proto = new JSObject(realm.ObjectPrototype);
  // https://tc39.es/ecma262/#sec-arraybuffer-length  https://tc39.es/ecma262/#sec-sharedarraybuffer-length
  const ctor = CreateBuiltinFunction(realm, (_t, args, newTarget) => {
    if (newTarget === undefined) throwTypeError(`Constructor ${name} requires 'new'`);
    const length = args[0];
    const byteLength = ToIndex(length);
    const requestedMaxByteLength = GetArrayBufferMaxByteLengthOption(args[1]);
    return shared
      ? AllocateSharedArrayBuffer(newTarget, byteLength, requestedMaxByteLength)
      : AllocateArrayBuffer(newTarget, byteLength, requestedMaxByteLength);
  }, 1, name, { ctor: true });
  realm.intrinsics[`%${name}%`] = ctor;
  realm.intrinsics[`%${P}%`] = proto;
  ctor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', ctor);
  realm.addGlobal(name, ctor);

  // https://tc39.es/ecma262/#sec-get-arraybuffer-%symbol.species%
  defineAccessors(realm, ctor, [[WellKnown.species, (thisValue) => thisValue]]);
  if (!shared) {
    defineMethods(realm, ctor, [
      // https://tc39.es/ecma262/#sec-arraybuffer.isview
      ['isView', (_t, args) => args[0] instanceof JSTypedArray || args[0] instanceof JSDataView, 1],
    ]);
  }

  const getters: [string, BuiltinImpl][] = [
    // https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.bytelength
    ['byteLength', (t) => thisBuffer(t, `get ${P}.byteLength`, shared).byteLength],
    // https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.maxbytelength
    ['maxByteLength', (t) => {
      const buf = thisBuffer(t, `get ${P}.maxByteLength`, shared);
      return buf.maxByteLength === undefined ? buf.byteLength : buf.detached ? 0 : buf.maxByteLength;
    }],
    // https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.resizable
    [shared ? 'growable' : 'resizable', (t) => thisBuffer(t, `get ${P}.${shared ? 'growable' : 'resizable'}`, shared).maxByteLength !== undefined],
  ];
  if (!shared) {
    // https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.detached
    getters.push(['detached', (t) => thisBuffer(t, `get ${P}.detached`, false).detached]);
  }
  defineAccessors(realm, proto, getters.map(([n, g]) => [n, g]));

  const slice: BuiltinImpl = (thisValue, args) => {
    // https://tc39.es/ecma262/#sec-arraybuffer.prototype.slice
    // https://tc39.es/ecma262/#sec-sharedarraybuffer.prototype.slice
    const method = `${P}.slice`;
    const o = thisBuffer(thisValue, method, shared);
    if (o.detached) throwTypeError(`Cannot perform ${method} on a detached ArrayBuffer`);
    const len = o.byteLength;
    const [first, final] = relativeRange(len, args[0], args[1]);
    const newLen = Math.max(final - first, 0);
    const c = SpeciesConstructor(o, realm.intrinsics[`%${name}%`]);
    const created = Construct(c, [newLen]);
    if (!(created instanceof JSArrayBuffer) || created.shared !== shared) throwTypeError(Msg.incompatibleReceiver(method, describe(created)));
    if (!shared && created.detached) throwTypeError(`Cannot perform ${method} on a detached ArrayBuffer`);
    if (created === o || (shared && created.data === o.data)) throwTypeError(`${name} subclass returned this from species constructor`);
    if (created.byteLength < newLen) throwTypeError(`Derived ${name} constructor created a buffer which was too small`);
    if (o.detached) throwTypeError(`Cannot perform ${method} on a detached ArrayBuffer`);
    const currentLen = o.byteLength;
    if (first < currentLen) copyBytes(created, 0, o, first, Math.min(newLen, currentLen - first));
    return created;
  };

  if (!shared) {
    defineMethods(realm, proto, [
      // https://tc39.es/ecma262/#sec-arraybuffer.prototype.resize
      ['resize', (thisValue, args) => {
        const method = `${P}.resize`;
        const o = thisBuffer(thisValue, method, false);
        if (o.maxByteLength === undefined) throwTypeError(Msg.incompatibleReceiver(method, describe(o)));
        const newByteLength = ToIndex(args[0]);
        if (o.detached) throwTypeError(`Cannot perform ${method} on a detached ArrayBuffer`);
        if (newByteLength > o.maxByteLength) throwRangeError(`${method}: Invalid length parameter`);
        reallocate(o, newByteLength);
        return undefined;
      }, 1],
      ['slice', slice, 2],
      // https://tc39.es/ecma262/#sec-arraybuffer.prototype.transfer
      ['transfer', (t, args) => ArrayBufferCopyAndDetach(t, args[0], true, `${P}.transfer`), 0],
      // https://tc39.es/ecma262/#sec-arraybuffer.prototype.transfertofixedlength
      ['transferToFixedLength', (t, args) => ArrayBufferCopyAndDetach(t, args[0], false, `${P}.transferToFixedLength`), 0],
    ]);
  } else {
    defineMethods(realm, proto, [
      // https://tc39.es/ecma262/#sec-sharedarraybuffer.prototype.grow
      ['grow', (thisValue, args) => {
        const method = `${P}.grow`;
        const o = thisBuffer(thisValue, method, true);
        if (o.maxByteLength === undefined) throwTypeError(Msg.incompatibleReceiver(method, describe(o)));
        const newByteLength = ToIndex(args[0]);
        const current = o.byteLength;
        if (newByteLength === current) return undefined;
        if (newByteLength < current || newByteLength > o.maxByteLength) throwRangeError(`${method}: Invalid length parameter`);
        // NON-SPEC in mechanism: a new host block. Views reach the block through this object, so
        // every guest view sees the grown memory; no other agent shares it.
        reallocate(o, newByteLength);
        return undefined;
      }, 1],
      ['slice', slice, 2],
    ]);
  }
  proto.addProperty(WellKnown.toStringTag, name, C);
}
