import { JSObject } from '../values/object';
import type { PropertyKey, Value } from '../values/value';
import { ACCESSOR } from '../values/shape';
import { BuiltinFunction, CreateBuiltinFunction, defineAccessors, defineMethods, type BuiltinImpl } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Realm } from '../realm';
import { R, ThrowCompletion } from '../agent';
import { Msg, throwRangeError, throwTypeError } from '../errors';
import { JSArray, ArrayCreate } from '../exotics/array';
import {
  Call, Construct, CreateDataPropertyOrThrow, GetMethod, GetPrototypeFromConstructor, IsArray, IsCallable, IsConstructor,
  LengthOfArrayLike, Set,
} from '../ops/object-operations';
import {
  DONE, GetIteratorFromMethod, IteratorClose, IteratorComplete, IteratorStepValue, IteratorValue, createAsyncFromSyncIterator,
  type IteratorRecord,
} from '../ops/iterator-operations';
import { PromiseResolve, newPromiseIntrinsic, promiseThenHost, type JSPromise } from './Promise';
import { ToObject, ToUint32, describe } from '../ops/type-conversion';
import { MAX_SAFE_LENGTH, createDataPropertyIndex, getIndex } from '../ops/array-operations';
import { setupArrayPrototype } from './ArrayPrototype';
import { CreateArrayIterator, JSArrayIterator, arrayIteratorLength, setupArrayIterator } from './ArrayIterator';

/** https://tc39.es/ecma262/#sec-array */
const ArrayConstructor: BuiltinImpl = (_thisValue, args, newTarget) => {
  // 1-2.
  const nt = newTarget ?? R.fnStack[R.depth - 1]!;
  const proto = GetPrototypeFromConstructor(nt, '%Array.prototype%');
  // 3-4.
  const numberOfArgs = args.length;
  if (numberOfArgs === 0) return ArrayCreate(0, proto);
  // 5.
  if (numberOfArgs === 1) {
    const len = args[0];
    const array = ArrayCreate(0, proto);
    let intLen: number;
    if (typeof len !== 'number') {
      CreateDataPropertyOrThrow(array, '0', len);
      intLen = 1;
    } else {
      intLen = ToUint32(len);
      if (intLen !== len) throwRangeError(Msg.invalidArrayLength());
    }
    Set(array, 'length', intLen, true);
    return array;
  }
  // 6.
  return ArrayCreate(numberOfArgs, proto, args.slice());
};

/** https://tc39.es/ecma262/#sec-array.from */
const ArrayFrom: BuiltinImpl = (thisValue, args) => {
  // 1.
  const c = thisValue;
  const items = args[0];
  const mapfn = args[1];
  const thisArg = args[2];
  // 2-3.
  let mapping = false;
  if (mapfn !== undefined) {
    if (!IsCallable(mapfn)) throwTypeError(Msg.notAFunction(describe(mapfn)));
    mapping = true;
  }
  // 4.
  if (items === undefined || items === null) {
    throwTypeError(`${items === null ? 'object null' : 'undefined'} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }
  const usingIterator = GetMethod(items, WellKnown.iterator);
  // 5.
  if (usingIterator !== undefined) {
    const a = IsConstructor(c) ? Construct(c) : ArrayCreate(0);
    const valuesRealm = usingIterator instanceof BuiltinFunction ? usingIterator.fnRealm : undefined;
    if (items instanceof JSObject && valuesRealm !== undefined && valuesRealm.intrinsics['%Array.prototype.values%'] === usingIterator &&
        isPristineArrayIterator(valuesRealm)) {
      return arrayFromArrayIteration(a, items, mapping ? mapfn as JSObject : undefined, thisArg, valuesRealm);
    }
    const iteratorRecord = GetIteratorFromMethod(items, usingIterator);
    for (let k = 0; ; k++) {
      if (--R.fuel <= 0) R.agent.refuel();
      if (k >= MAX_SAFE_LENGTH) {
        try {
          throwTypeError(Msg.invalidArrayLength());
        } catch (e) {
          IteratorClose(iteratorRecord, e);
          throw e;
        }
      }
      const next = IteratorStepValue(iteratorRecord);
      if (next === DONE) {
        Set(a, 'length', k, true);
        return a;
      }
      try {
        const mappedValue = mapping ? (mapfn as JSObject).Call(thisArg, [next, k]) : next;
        createDataPropertyIndex(a, k, mappedValue);
      } catch (e) {
        // IfAbruptCloseIterator: only a guest throw closes the iterator; a termination passes through.
        if (e instanceof ThrowCompletion) IteratorClose(iteratorRecord, e);
        throw e;
      }
    }
  }
  // 6-8. Not iterable: an array-like.
  const arrayLike = ToObject(items);
  const len = LengthOfArrayLike(arrayLike);
  // 9-10.
  const a = IsConstructor(c) ? Construct(c, [len]) : ArrayCreate(len);
  // 11.
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const kValue = getIndex(arrayLike, k);
    const mappedValue = mapping ? (mapfn as JSObject).Call(thisArg, [kValue, k]) : kValue;
    createDataPropertyIndex(a, k, mappedValue);
  }
  // 12-13.
  Set(a, 'length', len, true);
  return a;
};

/**
 * Array.from steps 5.c-e when the iterator would be a built-in Array Iterator whose protocol is
 * unobservable (isPristineArrayIterator): walks the array-like directly, with the iterator's own
 * reads (its length each step, then Get of the index). If the mapping function or the store throws,
 * the iterator is made then and closed as the spec's would be.
 */
function arrayFromArrayIteration(a: JSObject, o: JSObject, mapfn: JSObject | undefined, thisArg: Value, iterRealm: Realm): JSObject {
  for (let k = 0; ; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    if (k >= arrayIteratorLength(o)) {
      Set(a, 'length', k, true);
      return a;
    }
    const next = getIndex(o, k);
    try {
      createDataPropertyIndex(a, k, mapfn !== undefined ? mapfn.Call(thisArg, [next, k]) : next);
    } catch (e) {
      if (e instanceof ThrowCompletion) {
        const iterator = new JSArrayIterator(iterRealm.intrinsics['%ArrayIteratorPrototype%'], o, k + 1, 'value');
        IteratorClose({ iterator, nextMethod: iterator.Get('next', iterator), done: false }, e);
      }
      throw e;
    }
  }
}

/**
 * Runs an async abstract closure written as a host generator, where each `yield v` is Await(v):
 * AsyncFunctionStart / AsyncBlockStart with a fresh %Promise% capability of realm.
 * https://tc39.es/ecma262/#sec-asyncblockstart
 */
function runAsyncClosure(realm: Realm, body: Generator<Value, Value, Value>): JSObject {
  const capability = newPromiseIntrinsic(realm);
  const step = (mode: 'next' | 'throw', v: Value): void => {
    let r: IteratorResult<Value, Value>;
    try {
      r = mode === 'next' ? body.next(v) : body.throw(new ThrowCompletion(v));
    } catch (e) {
      if (!(e instanceof ThrowCompletion)) throw e;
      capability.reject(e.value);
      return;
    }
    if (r.done) {
      capability.resolve(r.value);
      return;
    }
    // https://tc39.es/ecma262/#await
    let promise: JSObject;
    try {
      promise = PromiseResolve(realm.intrinsics['%Promise%'], r.value);
    } catch (e) {
      if (!(e instanceof ThrowCompletion)) throw e;
      step('throw', e.value);
      return;
    }
    promiseThenHost(promise as JSPromise, (x) => step('next', x), (x) => step('throw', x));
  };
  step('next', undefined);
  return capability.promise;
}

/** https://tc39.es/ecma262/#sec-asynciteratorclose, for a throw completion (which always wins): yields the Await. */
function* AsyncIteratorClose(r: IteratorRecord, completion: ThrowCompletion): Generator<Value, never, Value> {
  try {
    const ret = GetMethod(r.iterator, 'return');
    if (ret !== undefined) yield Call(ret, r.iterator);
  } catch (e) {
    if (!(e instanceof ThrowCompletion)) throw e;
  }
  throw completion;
}

/** The fromAsyncClosure of Array.fromAsync: each `yield` is an Await. https://tc39.es/proposal-array-from-async/ */
function* fromAsyncClosure(c: Value, asyncItems: Value, mapfn: Value, thisArg: Value): Generator<Value, Value, Value> {
  // a-b.
  if (mapfn !== undefined && !IsCallable(mapfn)) throwTypeError(Msg.notAFunction(describe(mapfn)));
  const mapper = mapfn as JSObject | undefined;
  // c-g.
  const usingAsyncIterator = GetMethod(asyncItems, WellKnown.asyncIterator);
  const usingSyncIterator = usingAsyncIterator === undefined ? GetMethod(asyncItems, WellKnown.iterator) : undefined;
  let iteratorRecord: IteratorRecord | undefined;
  if (usingAsyncIterator !== undefined) iteratorRecord = GetIteratorFromMethod(asyncItems, usingAsyncIterator);
  else if (usingSyncIterator !== undefined) iteratorRecord = createAsyncFromSyncIterator(GetIteratorFromMethod(asyncItems, usingSyncIterator));
  // h. An async or sync iterable.
  if (iteratorRecord !== undefined) {
    const a = IsConstructor(c) ? Construct(c) : ArrayCreate(0);
    for (let k = 0; ; k++) {
      if (--R.fuel <= 0) R.agent.refuel();
      if (k >= MAX_SAFE_LENGTH) {
        try {
          throwTypeError(Msg.invalidArrayLength());
        } catch (e) {
          return yield* AsyncIteratorClose(iteratorRecord, e as ThrowCompletion);
        }
      }
      const nextResult = yield Call(iteratorRecord.nextMethod, iteratorRecord.iterator);
      if (!(nextResult instanceof JSObject)) throwTypeError(`Iterator result ${describe(nextResult)} is not an object`);
      if (IteratorComplete(nextResult)) {
        Set(a, 'length', k, true);
        return a;
      }
      const nextValue = IteratorValue(nextResult);
      try {
        // IfAbruptCloseAsyncIterator after the call, after its Await, and after the store.
        const mappedValue = mapper !== undefined ? yield mapper.Call(thisArg, [nextValue, k]) : nextValue;
        createDataPropertyIndex(a, k, mappedValue);
      } catch (e) {
        if (e instanceof ThrowCompletion) yield* AsyncIteratorClose(iteratorRecord, e);
        throw e;
      }
    }
  }
  // i. An array-like.
  const arrayLike = ToObject(asyncItems);
  const len = LengthOfArrayLike(arrayLike);
  const a = IsConstructor(c) ? Construct(c, [len]) : ArrayCreate(len);
  for (let k = 0; k < len; k++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const kValue = yield getIndex(arrayLike, k);
    const mappedValue = mapper !== undefined ? yield mapper.Call(thisArg, [kValue, k]) : kValue;
    createDataPropertyIndex(a, k, mappedValue);
  }
  Set(a, 'length', len, true);
  return a;
}

/** Array.fromAsync (ES2026): the promise for an array of the awaited values. https://tc39.es/proposal-array-from-async/#sec-array.fromAsync */
const ArrayFromAsync: BuiltinImpl = (thisValue, args) =>
  runAsyncClosure(R.realm, fromAsyncClosure(thisValue, args[0], args[1], args[2]));

/** https://tc39.es/ecma262/#sec-array.of */
const ArrayOf: BuiltinImpl = (thisValue, args) => {
  const len = args.length;
  const c = thisValue;
  const a = IsConstructor(c) ? Construct(c, [len]) : ArrayCreate(len);
  for (let k = 0; k < len; k++) createDataPropertyIndex(a, k, args[k]);
  Set(a, 'length', len, true);
  return a;
};

/**
 * %Array%, %Array.prototype% (itself an Array exotic object) and %ArrayIteratorPrototype%.
 * https://tc39.es/ecma262/#sec-array-objects
 */
export function setupArray(realm: Realm): void {
  const proto = new JSArray(realm.ObjectPrototype);
  realm.ArrayPrototype = proto;
  realm.intrinsics['%Array.prototype%'] = proto;

  const ArrayCtor = CreateBuiltinFunction(realm, ArrayConstructor, 1, 'Array', { ctor: true });
  realm.intrinsics['%Array%'] = ArrayCtor;
  ArrayCtor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', ArrayCtor);
  realm.addGlobal('Array', ArrayCtor);

  defineMethods(realm, ArrayCtor, [
    ['isArray', (_thisValue, args) => IsArray(args[0]), 1],
    ['from', ArrayFrom, 1],
    ['fromAsync', ArrayFromAsync, 1],
    ['of', ArrayOf, 0],
  ]);
  // https://tc39.es/ecma262/#sec-get-array-%symbol.species%
  defineAccessors(realm, ArrayCtor, [[WellKnown.species, (thisValue) => thisValue]]);

  setupArrayIterator(realm);
  setupArrayPrototype(realm, proto);
  realm.host.pristineArrayIteration = (a?: JSObject): boolean => isPristineArrayIteration(realm, a);
}

/** True when o has its own data property key holding exactly value. */
function ownDataIs(o: JSObject, key: PropertyKey, value: Value): boolean {
  const i = o.shape.lookup(key);
  return i >= 0 && (o.shape.attrs[i] & ACCESSOR) === 0 && o.slots[i] === value;
}

/**
 * Whether iterating an array (`a`, if given, must have no own @@iterator) with the built-in
 * protocol is unobservable in realm, so a caller may walk its elements directly:
 * Array.prototype[@@iterator] is still %Array.prototype.values%, %ArrayIteratorPrototype%.next the
 * original next (both data properties), and no "return" method is reachable from an Array Iterator
 * (closing one early would call it). Installed as realm.host.pristineArrayIteration for the
 * compiler's spread and for-of fast paths.
 */
export function isPristineArrayIteration(realm: Realm, a?: JSObject): boolean {
  return ownDataIs(realm.ArrayPrototype, WellKnown.iterator, realm.intrinsics['%Array.prototype.values%']) &&
    isPristineArrayIterator(realm) && (a === undefined || a.shape.lookup(WellKnown.iterator) < 0);
}

/** Whether an Array Iterator of realm behaves as built: the original next, and no reachable "return". */
export function isPristineArrayIterator(realm: Realm): boolean {
  const iterProto = realm.intrinsics['%ArrayIteratorPrototype%'];
  if (!ownDataIs(iterProto, 'next', realm.intrinsics['%ArrayIteratorPrototype%.next%'])) return false;
  for (let p: JSObject | null = iterProto; p !== null; p = p.shape.proto) {
    if (p.exotic || p.shape.lookup('return') >= 0) return false;
  }
  return true;
}

export { CreateArrayIterator };
export { ArraySpeciesCreate } from '../ops/array-operations';
