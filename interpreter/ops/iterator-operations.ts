import { JSObject } from '../values/object';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import { Msg, throwTypeError } from '../errors';
import { R, ThrowCompletion } from '../agent';
import { Call, GetMethod, GetV, IsCallable } from './object-operations';
import { ToBoolean, describe } from './type-conversion';

/** An Iterator Record. https://tc39.es/ecma262/#sec-iterator-records */
export interface IteratorRecord {
  iterator: JSObject;
  nextMethod: Value;
  done: boolean;
}

/** https://tc39.es/ecma262/#sec-getiteratorfrommethod */
export function GetIteratorFromMethod(obj: Value, method: Value): IteratorRecord {
  const iterator = Call(method, obj);
  if (!(iterator instanceof JSObject)) throwTypeError('Result of the Symbol.iterator method is not an object');
  const nextMethod = iterator.Get('next', iterator);
  return { iterator, nextMethod, done: false };
}

/** https://tc39.es/ecma262/#sec-getiterator */
/** V8's wording: the source text when known, else the value ("number 1 ... (cannot read property Symbol(Symbol.iterator))"). */
export function notIterableMessage(obj: Value, what?: string): string {
  if (what) return Msg.notIterable(what);
  if (obj === undefined || obj === null) return `${String(obj)} is not iterable (cannot read property Symbol(Symbol.iterator))`;
  if (obj instanceof JSObject) return Msg.notIterable(describe(obj));
  return `${typeof obj} ${describe(obj)} is not iterable (cannot read property Symbol(Symbol.iterator))`;
}

export function GetIterator(obj: Value, kind: 'sync' | 'async' = 'sync', what?: string): IteratorRecord {
  if (kind === 'async') {
    const method = GetMethod(obj, WellKnown.asyncIterator);
    if (method === undefined) {
      const syncMethod = GetMethod(obj, WellKnown.iterator);
      if (syncMethod === undefined) throwTypeError(Msg.notAsyncIterable(what ?? describe(obj)));
      const syncRecord = GetIteratorFromMethod(obj, syncMethod);
      return createAsyncFromSyncIterator(syncRecord);
    }
    return GetIteratorFromMethod(obj, method);
  }
  if (obj === undefined || obj === null) throwTypeError(notIterableMessage(obj, what));
  const method = GetMethod(obj, WellKnown.iterator);
  if (method === undefined) throwTypeError(notIterableMessage(obj, what));
  return GetIteratorFromMethod(obj, method);
}

/** Set by the async-from-sync iterator intrinsic. */
export let createAsyncFromSyncIterator: (r: IteratorRecord) => IteratorRecord = () => {
  throw new Error('interpreter bug: async-from-sync iterator not loaded');
};
export function setCreateAsyncFromSyncIterator(f: typeof createAsyncFromSyncIterator): void {
  createAsyncFromSyncIterator = f;
}

/** https://tc39.es/ecma262/#sec-iteratornext */
export function IteratorNext(r: IteratorRecord, value?: Value): JSObject {
  const result = arguments.length < 2 ? Call(r.nextMethod, r.iterator) : Call(r.nextMethod, r.iterator, [value]);
  if (!(result instanceof JSObject)) throwTypeError(`Iterator result ${describe(result)} is not an object`);
  return result;
}

/** https://tc39.es/ecma262/#sec-iteratorcomplete */
export function IteratorComplete(result: JSObject): boolean {
  return ToBoolean(result.Get('done', result));
}

/** https://tc39.es/ecma262/#sec-iteratorvalue */
export function IteratorValue(result: JSObject): Value {
  return result.Get('value', result);
}

/** https://tc39.es/ecma262/#sec-iteratorstep — returns the result object, or false when done. */
export function IteratorStep(r: IteratorRecord): JSObject | false {
  const result = IteratorNext(r);
  if (IteratorComplete(result)) return false;
  return result;
}

/** Marker returned by IteratorStepValue when the iterator is done. */
export const DONE: any = Object.freeze({ done: true });

/** https://tc39.es/ecma262/#sec-iteratorstepvalue — a value, or DONE. Sets r.done on completion or error. */
export function IteratorStepValue(r: IteratorRecord): Value {
  let result: JSObject;
  try {
    result = IteratorNext(r);
  } catch (e) {
    r.done = true;
    throw e;
  }
  let done: boolean;
  try {
    done = IteratorComplete(result);
  } catch (e) {
    r.done = true;
    throw e;
  }
  if (done) {
    r.done = true;
    return DONE;
  }
  try {
    return IteratorValue(result);
  } catch (e) {
    r.done = true;
    throw e;
  }
}

/**
 * https://tc39.es/ecma262/#sec-iteratorclose
 * Call with the completion so far: `thrown` is the pending exception (if any), which wins over
 * errors from return().
 */
export function IteratorClose(r: IteratorRecord, thrown?: unknown): void {
  const iterator = r.iterator;
  let innerResult: Value;
  try {
    const ret = GetMethod(iterator, 'return');
    if (ret === undefined) {
      if (thrown !== undefined) throw thrown;
      return;
    }
    innerResult = Call(ret, iterator);
  } catch (e) {
    // A pending guest throw wins over a guest error from return(); a termination always wins.
    if (thrown !== undefined && e instanceof ThrowCompletion) throw thrown;
    throw e;
  }
  if (thrown !== undefined) throw thrown;
  if (!(innerResult instanceof JSObject)) throwTypeError('iterator.return() did not return an object');
}

/** Closes the iterator on an abrupt completion e and rethrows e (Terminations pass through untouched). */
export function closeOnThrow(r: IteratorRecord, e: unknown): never {
  if (e instanceof ThrowCompletion) IteratorClose(r, e);
  throw e;
}

/** https://tc39.es/ecma262/#sec-createiterresultobject */
export function CreateIterResultObject(value: Value, done: boolean): JSObject {
  const o = new JSObject(R.realm.ObjectPrototype);
  o.addProperty('value', value, 7);
  o.addProperty('done', done, 7);
  return o;
}

/** https://tc39.es/ecma262/#sec-iteratortolist */
export function IteratorToList(r: IteratorRecord): Value[] {
  const values: Value[] = [];
  for (;;) {
    const v = IteratorStepValue(r);
    if (v === DONE) return values;
    values.push(v);
  }
}

/** Iterates any iterable, calling f for each value; closes the iterator if f throws. */
export function iterate(iterable: Value, f: (v: Value) => void, what?: string): void {
  const r = GetIterator(iterable, 'sync', what);
  for (;;) {
    const v = IteratorStepValue(r);
    if (v === DONE) return;
    try {
      f(v);
    } catch (e) {
      closeOnThrow(r, e);
    }
  }
}

export { IsCallable, GetV };
