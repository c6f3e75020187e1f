import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods, type BuiltinImpl } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { throwRangeError, throwTypeError } from '../errors';
import { Call, Construct, CreateDataPropertyOrThrow } from '../ops/object-operations';
import { ToBigInt, ToIndex, ToIntegerOrInfinity, ToNumber, describe } from '../ops/type-conversion';
import { C } from '../values/shape';
import { JSTypedArray, typedArrayLength, type ElementType } from '../exotics/typed-array';
import type { JSArrayBuffer } from './ArrayBuffer';

// The Atomics object. https://tc39.es/ecma262/#sec-atomics-object
// The engine runs one agent per realm cluster and no other agent shares a block, so the
// operations are the host's Atomics on the host views of our blocks. Atomics.wait cannot suspend
// the agent ([[CanBlock]] is false, as on a browser's main thread); Atomics.waitAsync waiters are
// woken by Atomics.notify (a timeout other than 0 or +∞ never fires: there is no event loop here).

type HostIntView = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | BigInt64Array | BigUint64Array;

function view(ta: JSTypedArray): HostIntView {
  const t = ta.type;
  return ta.buffer.hostView(t.index, t.host, t.size) as HostIntView;
}

/** Int8, Uint8, Int16, Uint16, Int32, Uint32 (IsUnclampedIntegerElementType) or BigInt64/BigUint64. */
function isIntegerType(t: ElementType): boolean {
  return (t.index <= 6 && t.index !== 2) || t.bigint;
}

/** https://tc39.es/ecma262/#sec-validateintegertypedarray */
function ValidateIntegerTypedArray(ta: Value, waitable: boolean): JSTypedArray {
  if (!(ta instanceof JSTypedArray)) throwTypeError('this is not a typed array.');
  if (typedArrayLength(ta) < 0) throwTypeError('Cannot perform Atomics operation on a detached ArrayBuffer');
  const name = ta.type.name;
  if (waitable) {
    if (name !== 'Int32Array' && name !== 'BigInt64Array') throwTypeError(`${describe(ta)} is not an int32 or BigInt64 typed array.`);
  } else if (!isIntegerType(ta.type)) {
    throwTypeError(`${describe(ta)} is not an integer typed array.`);
  }
  return ta;
}

/** https://tc39.es/ecma262/#sec-validateatomicaccess — the byte index in the buffer. */
function ValidateAtomicAccess(ta: JSTypedArray, requestIndex: Value): number {
  const length = typedArrayLength(ta);
  const accessIndex = ToIndex(requestIndex);
  if (accessIndex >= length) throwRangeError('Invalid atomic access index');
  return accessIndex * ta.type.size + ta.byteOffset;
}

/** https://tc39.es/ecma262/#sec-validateatomicaccessonintegertypedarray */
function ValidateAtomicAccessOnIntegerTypedArray(ta: Value, requestIndex: Value): [JSTypedArray, number] {
  const t = ValidateIntegerTypedArray(ta, false);
  return [t, ValidateAtomicAccess(t, requestIndex)];
}

/** https://tc39.es/ecma262/#sec-revalidateatomicaccess */
function RevalidateAtomicAccess(ta: JSTypedArray, byteIndexInBuffer: number): void {
  if (typedArrayLength(ta) < 0) throwTypeError('Cannot perform Atomics operation on a detached ArrayBuffer');
  if (byteIndexInBuffer >= ta.buffer.byteLength) throwRangeError('Invalid atomic access index');
}

/** The value operand: ToBigInt, or 𝔽(ToIntegerOrInfinity). */
function toIntegerValue(ta: JSTypedArray, v: Value): number | bigint {
  return ta.type.bigint ? ToBigInt(v) : ToIntegerOrInfinity(v);
}

type RMW = (a: any, i: number, v: any) => number | bigint;

/** https://tc39.es/ecma262/#sec-atomicreadmodifywrite */
function AtomicReadModifyWrite(op: RMW): BuiltinImpl {
  return (_t, args) => {
    const [ta, byteIndexInBuffer] = ValidateAtomicAccessOnIntegerTypedArray(args[0], args[1]);
    const v = toIntegerValue(ta, args[2]);
    RevalidateAtomicAccess(ta, byteIndexInBuffer);
    return op(view(ta), byteIndexInBuffer / ta.type.size, v);
  };
}

// ---- waiters (Atomics.waitAsync / Atomics.notify) ----

interface Waiter {
  /** Settles the waitAsync promise with "ok" or "timed-out". */
  resolve: (value: string) => void;
}

/** WaiterList records by block and byte index. https://tc39.es/ecma262/#sec-waiterlist-objects */
const waiterLists = new WeakMap<object, Map<number, Waiter[]>>();

function waiterList(buf: JSArrayBuffer, byteIndex: number, create: boolean): Waiter[] | undefined {
  let byIndex = waiterLists.get(buf);
  if (byIndex === undefined) {
    if (!create) return undefined;
    waiterLists.set(buf, (byIndex = new Map()));
  }
  let list = byIndex.get(byteIndex);
  if (list === undefined && create) byIndex.set(byteIndex, (list = []));
  return list;
}

/** https://tc39.es/ecma262/#sec-dowait */
function DoWait(mode: 'sync' | 'async', args: Value[]): Value {
  const [typedArray, index, value, timeout] = args;
  // 1-4.
  const ta = ValidateIntegerTypedArray(typedArray, true);
  const buffer = ta.buffer;
  if (!buffer.shared) throwTypeError(`${describe(ta)} is not a shared typed array.`);
  const i = ValidateAtomicAccess(ta, index);
  // 6.
  const v = ta.type.bigint ? BigInt.asIntN(64, ToBigInt(value)) : ToNumber(value) | 0;
  // 7-8.
  const q = ToNumber(timeout);
  const t = q !== q || q === Infinity ? Infinity : q === -Infinity ? 0 : Math.max(q, 0);
  // 9.
  if (mode === 'sync') throwTypeError('Atomics.wait cannot be called in this context');
  const realm = R.realm;
  // 14. A promise capability from %Promise% (NewPromiseCapability).
  let resolveFn: JSObject | undefined;
  const executor = CreateBuiltinFunction(realm, (_t, a) => {
    resolveFn = a[0] as JSObject;
    return undefined;
  }, 2, '');
  const resultObject = new JSObject(realm.ObjectPrototype);
  // 19-20.
  const w = Atomics.load(view(ta) as any, i / ta.type.size);
  if (v !== w) {
    CreateDataPropertyOrThrow(resultObject, 'async', false);
    CreateDataPropertyOrThrow(resultObject, 'value', 'not-equal');
    return resultObject;
  }
  // 21.
  if (t === 0) {
    CreateDataPropertyOrThrow(resultObject, 'async', false);
    CreateDataPropertyOrThrow(resultObject, 'value', 'timed-out');
    return resultObject;
  }
  const promise = Construct(realm.intrinsics['%Promise%'], [executor]);
  const resolve = resolveFn!;
  waiterList(buffer, i, true)!.push({ resolve: (s) => { Call(resolve, undefined, [s]); } });
  CreateDataPropertyOrThrow(resultObject, 'async', true);
  CreateDataPropertyOrThrow(resultObject, 'value', promise);
  return resultObject;
}

const methods: [string, BuiltinImpl, number][] = [
  // https://tc39.es/ecma262/#sec-atomics.add
  ['add', AtomicReadModifyWrite((a, i, v) => Atomics.add(a, i, v)), 3],
  // https://tc39.es/ecma262/#sec-atomics.and
  ['and', AtomicReadModifyWrite((a, i, v) => Atomics.and(a, i, v)), 3],
  // https://tc39.es/ecma262/#sec-atomics.compareexchange
  ['compareExchange', (_t, args) => {
    const [ta, byteIndexInBuffer] = ValidateAtomicAccessOnIntegerTypedArray(args[0], args[1]);
    const expected = toIntegerValue(ta, args[2]);
    const replacement = toIntegerValue(ta, args[3]);
    RevalidateAtomicAccess(ta, byteIndexInBuffer);
    return Atomics.compareExchange(view(ta) as any, byteIndexInBuffer / ta.type.size, expected as any, replacement as any);
  }, 4],
  // https://tc39.es/ecma262/#sec-atomics.exchange
  ['exchange', AtomicReadModifyWrite((a, i, v) => Atomics.exchange(a, i, v)), 3],
  // https://tc39.es/ecma262/#sec-atomics.islockfree
  ['isLockFree', (_t, args) => {
    const n = ToIntegerOrInfinity(args[0]);
    return n === 1 || n === 2 || n === 4 || n === 8;
  }, 1],
  // https://tc39.es/ecma262/#sec-atomics.load
  ['load', (_t, args) => {
    const [ta, byteIndexInBuffer] = ValidateAtomicAccessOnIntegerTypedArray(args[0], args[1]);
    RevalidateAtomicAccess(ta, byteIndexInBuffer);
    return Atomics.load(view(ta) as any, byteIndexInBuffer / ta.type.size);
  }, 2],
  // https://tc39.es/ecma262/#sec-atomics.notify
  ['notify', (_t, args) => {
    const ta = ValidateIntegerTypedArray(args[0], true);
    const byteIndexInBuffer = ValidateAtomicAccess(ta, args[1]);
    const c = args[2] === undefined ? Infinity : Math.max(ToIntegerOrInfinity(args[2]), 0);
    if (!ta.buffer.shared) return 0;
    const list = waiterList(ta.buffer, byteIndexInBuffer, false);
    if (list === undefined) return 0;
    const woken = list.splice(0, Math.min(c, list.length));
    for (const w of woken) R.agent.enqueueJob(() => w.resolve('ok'));
    return woken.length;
  }, 3],
  // https://tc39.es/ecma262/#sec-atomics.or
  ['or', AtomicReadModifyWrite((a, i, v) => Atomics.or(a, i, v)), 3],
  // https://tc39.es/ecma262/#sec-atomics.pause
  ['pause', (_t, args) => {
    const n = args[0];
    if (n !== undefined && (typeof n !== 'number' || !Number.isInteger(n))) throwTypeError('Atomics.pause argument must be undefined or an integer');
    return undefined;
  }, 0],
  // https://tc39.es/ecma262/#sec-atomics.store
  ['store', (_t, args) => {
    const [ta, byteIndexInBuffer] = ValidateAtomicAccessOnIntegerTypedArray(args[0], args[1]);
    const v = toIntegerValue(ta, args[2]);
    RevalidateAtomicAccess(ta, byteIndexInBuffer);
    Atomics.store(view(ta) as any, byteIndexInBuffer / ta.type.size, v as any);
    return v;
  }, 3],
  // https://tc39.es/ecma262/#sec-atomics.sub
  ['sub', AtomicReadModifyWrite((a, i, v) => Atomics.sub(a, i, v)), 3],
  // https://tc39.es/ecma262/#sec-atomics.wait
  ['wait', (_t, args) => DoWait('sync', args), 4],
  // https://tc39.es/ecma262/#sec-atomics.waitasync
  ['waitAsync', (_t, args) => DoWait('async', args), 4],
  // https://tc39.es/ecma262/#sec-atomics.xor
  ['xor', AtomicReadModifyWrite((a, i, v) => Atomics.xor(a, i, v)), 3],
];

/** The Atomics namespace object. https://tc39.es/ecma262/#sec-atomics-object */
export function setupAtomics(realm: Realm): void {
  const atomics = new JSObject(realm.ObjectPrototype);
  defineMethods(realm, atomics, methods);
  atomics.addProperty(WellKnown.toStringTag, 'Atomics', C);
  realm.intrinsics['%Atomics%'] = atomics;
  realm.addGlobal('Atomics', atomics);
}
