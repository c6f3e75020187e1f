import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods, defineAccessors } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { PropertyKey, Value } from '../values/value';
import type { Realm } from '../realm';
import { R, ThrowCompletion } from '../agent';
import { C, W } from '../values/shape';
import { Msg, throwRangeError, throwTypeError } from '../errors';
import {
  Call, CreateArrayFromList, CreateDataPropertyOrThrow, GetMethod, IsCallable, OrdinaryCreateFromConstructor,
  OrdinaryHasInstance, Set,
} from '../ops/object-operations';
import {
  CreateIterResultObject, DONE, GetIterator, IteratorClose, IteratorStep, IteratorStepValue, closeOnThrow, type IteratorRecord,
} from '../ops/iterator-operations';
import { newPromiseIntrinsic, PromiseResolve, promiseThenHost, type JSPromise } from './Promise';
import { ToBoolean, ToIntegerOrInfinity, ToNumber, describe } from '../ops/type-conversion';

/**
 * An Iterator Helper (and the generator Iterator.concat returns): the spec's CreateIteratorFromClosure
 * generator as an explicit state machine. `step` runs the closure up to its next Yield and returns the
 * yielded value, or DONE when the closure returns; `abort` resumes a suspended-yield closure with a
 * return completion (closing the iterators it holds open); `underlying` is [[UnderlyingIterators]]
 * (closed by return() in the suspended-start state).
 * https://tc39.es/ecma262/#sec-%iteratorhelperprototype%-object
 */
export class JSIteratorHelper extends JSObject {
  state: 'suspended-start' | 'suspended-yield' | 'running' | 'completed' = 'suspended-start';
  constructor(proto: JSObject, readonly underlying: IteratorRecord[], readonly step: () => Value, readonly abort: () => void) {
    super(proto);
  }
}
JSIteratorHelper.prototype.className = 'Iterator Helper';

/** An object of %WrapForValidIteratorPrototype% with its [[Iterated]] record. */
class JSWrapForValidIterator extends JSObject {
  constructor(proto: JSObject, readonly iterated: IteratorRecord) {
    super(proto);
  }
}

/** https://tc39.es/ecma262/#sec-getiteratordirect */
export function GetIteratorDirect(obj: JSObject): IteratorRecord {
  const nextMethod = obj.Get('next', obj);
  return { iterator: obj, nextMethod, done: false };
}

/** https://tc39.es/ecma262/#sec-getiteratorflattenable */
export function GetIteratorFlattenable(obj: Value, primitiveHandling: 'iterate-string-primitives' | 'reject-primitives'): IteratorRecord {
  if (!(obj instanceof JSObject)) {
    if (primitiveHandling === 'reject-primitives' || typeof obj !== 'string') throwTypeError(`${describe(obj)} is not an object`);
  }
  const method = GetMethod(obj, WellKnown.iterator);
  const iterator = method === undefined ? obj : Call(method, obj);
  if (!(iterator instanceof JSObject)) throwTypeError(`${describe(iterator)} is not an object`);
  return GetIteratorDirect(iterator);
}

/** IteratorClose(iterated, ThrowCompletion(error)) where the error is thrown by `raise`. */
function closeWith(iterated: IteratorRecord, raise: () => never): never {
  try {
    raise();
  } catch (e) {
    closeOnThrow(iterated, e);
  }
}

/** Steps 1-2 of every helper: the this value must be an Object. */
function thisObject(thisValue: Value, method: string): JSObject {
  if (!(thisValue instanceof JSObject)) throwTypeError(`Iterator.prototype.${method} called on non-object`);
  return thisValue;
}

/** Steps 3-4 of the helpers taking a function: close the underlying iterator if fn is not callable. */
function requireCallableOrClose(o: JSObject, fn: Value): JSObject {
  if (!IsCallable(fn)) closeWith({ iterator: o, nextMethod: undefined, done: false }, () => throwTypeError(Msg.notAFunction(describe(fn))));
  return fn;
}

/** Calls f; a guest throw closes iterated first (IfAbruptCloseIterator). */
function orClose<T>(iterated: IteratorRecord, f: () => T): T {
  try {
    return f();
  } catch (e) {
    closeOnThrow(iterated, e);
  }
}

function createHelper(realm: Realm, underlying: IteratorRecord[], step: () => Value, abort: () => void): JSIteratorHelper {
  return new JSIteratorHelper(realm.intrinsics['%IteratorHelperPrototype%'], underlying, step, abort);
}

function thisHelper(thisValue: Value, method: string): JSIteratorHelper {
  if (!(thisValue instanceof JSIteratorHelper)) throwTypeError(Msg.incompatibleReceiver(`Iterator Helper.prototype.${method}`, describe(thisValue)));
  return thisValue;
}

/** https://tc39.es/ecma262/#sec-%iteratorhelperprototype%.next (GeneratorResume) */
function IteratorHelperNext(thisValue: Value): Value {
  const o = thisHelper(thisValue, 'next');
  if (o.state === 'running') throwTypeError('Generator is already running');
  if (o.state === 'completed') return CreateIterResultObject(undefined, true);
  o.state = 'running';
  let v: Value;
  try {
    v = o.step();
  } catch (e) {
    o.state = 'completed';
    throw e;
  }
  if (v === DONE) {
    o.state = 'completed';
    return CreateIterResultObject(undefined, true);
  }
  o.state = 'suspended-yield';
  return CreateIterResultObject(v, false);
}

/** https://tc39.es/ecma262/#sec-iteratorcloseall */
function IteratorCloseAll(iters: IteratorRecord[], initial?: unknown): void {
  let thrown: unknown = initial;
  for (let i = iters.length - 1; i >= 0; i--) {
    try {
      IteratorClose(iters[i], thrown);
    } catch (e) {
      if (!(e instanceof ThrowCompletion)) throw e;
      thrown = e;
    }
  }
  if (thrown !== undefined) throw thrown;
}

/** https://tc39.es/ecma262/#sec-%iteratorhelperprototype%.return */
function IteratorHelperReturn(thisValue: Value): Value {
  const o = thisHelper(thisValue, 'return');
  if (o.state === 'suspended-start') {
    o.state = 'completed';
    IteratorCloseAll(o.underlying);
    return CreateIterResultObject(undefined, true);
  }
  // GeneratorResumeAbrupt(O, return completion, "Iterator Helper").
  if (o.state === 'running') throwTypeError('Generator is already running');
  if (o.state === 'completed') return CreateIterResultObject(undefined, true);
  o.state = 'running';
  try {
    o.abort();
  } finally {
    o.state = 'completed';
  }
  return CreateIterResultObject(undefined, true);
}

/** Reads the take/drop limit: ToNumber, NaN or finite > 2**53-1 → RangeError, ToIntegerOrInfinity, negative → RangeError. */
function readLimit(o: JSObject, limit: Value): number {
  const bare: IteratorRecord = { iterator: o, nextMethod: undefined, done: false };
  const numLimit = orClose(bare, () => ToNumber(limit));
  if (Number.isNaN(numLimit)) closeWith(bare, () => throwRangeError(`${numLimit} must be positive`));
  if (Number.isFinite(numLimit) && numLimit > Number.MAX_SAFE_INTEGER) closeWith(bare, () => throwRangeError(`${numLimit} must be positive`));
  const integerLimit = ToIntegerOrInfinity(numLimit);
  if (integerLimit < 0) closeWith(bare, () => throwRangeError(`${numLimit} must be positive`));
  return integerLimit;
}

/** Reads a chunks/windows size: a Number, integral, in [1, 2**32-1]; else closes the iterator and throws. */
function readSize(o: JSObject, size: Value): number {
  const bare: IteratorRecord = { iterator: o, nextMethod: undefined, done: false };
  if (typeof size !== 'number') closeWith(bare, () => throwTypeError(`${describe(size)} is not a number`));
  if (!Number.isInteger(size)) closeWith(bare, () => throwTypeError(`${describe(size)} is not an integral number`));
  if (size < 1 || size > 2 ** 32 - 1) closeWith(bare, () => throwRangeError(`${size} is out of range`));
  return size;
}

function charge(): void {
  if (--R.fuel <= 0) R.agent.refuel();
}

/** %Iterator%, %Iterator.prototype% methods, %WrapForValidIteratorPrototype%, %IteratorHelperPrototype%. */
export function setupIteratorHelpers(realm: Realm): void {
  const proto: JSObject = realm.intrinsics['%IteratorPrototype%'];
  realm.intrinsics['%Iterator.prototype%'] = proto;

  // https://tc39.es/ecma262/#sec-iterator-constructor
  const ctor = CreateBuiltinFunction(realm, (_t, _args, newTarget) => {
    if (newTarget === undefined || newTarget === R.fnStack[R.depth - 1]) throwTypeError('Abstract class Iterator not directly constructable');
    return OrdinaryCreateFromConstructor(newTarget, '%Iterator.prototype%');
  }, 0, 'Iterator', { ctor: true });
  ctor.addProperty('prototype', proto, 0);
  realm.intrinsics['%Iterator%'] = ctor;
  realm.addGlobal('Iterator', ctor);

  // https://tc39.es/ecma262/#sec-SetterThatIgnoresPrototypeProperties
  const setterIgnoringProto = (thisValue: Value, p: string | typeof WellKnown.toStringTag, v: Value): Value => {
    if (!(thisValue instanceof JSObject)) throwTypeError(`${describe(thisValue)} is not an object`);
    if (thisValue === proto) throwTypeError(`Cannot assign to read only property '${typeof p === 'string' ? p : 'Symbol(Symbol.toStringTag)'}' of object '[object Iterator]'`);
    const desc = thisValue.GetOwnProperty(p);
    if (desc === undefined) CreateDataPropertyOrThrow(thisValue, p, v);
    else Set(thisValue, p, v, true);
    return undefined;
  };
  defineAccessors(realm, proto, [
    ['constructor', () => ctor, (t, args) => setterIgnoringProto(t, 'constructor', args[0])],
    [WellKnown.toStringTag, () => 'Iterator', (t, args) => setterIgnoringProto(t, WellKnown.toStringTag, args[0])],
  ]);

  // %WrapForValidIteratorPrototype%. https://tc39.es/ecma262/#sec-%wrapforvaliditeratorprototype%-object
  const wrapProto = new JSObject(proto);
  const thisWrap = (t: Value, method: string): JSWrapForValidIterator => {
    if (!(t instanceof JSWrapForValidIterator)) throwTypeError(Msg.incompatibleReceiver(`%WrapForValidIteratorPrototype%.${method}`, describe(t)));
    return t;
  };
  defineMethods(realm, wrapProto, [
    ['next', (t) => {
      const r = thisWrap(t, 'next').iterated;
      return Call(r.nextMethod, r.iterator);
    }, 0],
    ['return', (t) => {
      const iterator = thisWrap(t, 'return').iterated.iterator;
      const returnMethod = GetMethod(iterator, 'return');
      if (returnMethod === undefined) return CreateIterResultObject(undefined, true);
      return Call(returnMethod, iterator);
    }, 0],
  ]);
  realm.intrinsics['%WrapForValidIteratorPrototype%'] = wrapProto;

  // %IteratorHelperPrototype%.
  const helperProto = new JSObject(proto);
  defineMethods(realm, helperProto, [
    ['next', IteratorHelperNext, 0],
    ['return', IteratorHelperReturn, 0],
  ]);
  helperProto.addProperty(WellKnown.toStringTag, 'Iterator Helper', C);
  realm.intrinsics['%IteratorHelperPrototype%'] = helperProto;

  defineMethods(realm, ctor, [
    // https://tc39.es/ecma262/#sec-iterator.from
    ['from', (_t, args) => {
      const iteratorRecord = GetIteratorFlattenable(args[0], 'iterate-string-primitives');
      if (OrdinaryHasInstance(ctor, iteratorRecord.iterator)) return iteratorRecord.iterator;
      return new JSWrapForValidIterator(wrapProto, iteratorRecord);
    }, 1],
    // https://tc39.es/proposal-iterator-sequencing/#sec-iterator.concat
    ['concat', (_t, args) => {
      const iterables: { openMethod: JSObject; iterable: JSObject }[] = [];
      for (const item of args) {
        if (!(item instanceof JSObject)) throwTypeError(`${describe(item)} is not an object`);
        const method = GetMethod(item, WellKnown.iterator);
        if (method === undefined) throwTypeError(Msg.notIterable(describe(item)));
        iterables.push({ openMethod: method, iterable: item });
      }
      let index = 0;
      let current: IteratorRecord | null = null;
      return createHelper(realm, [], () => {
        for (;;) {
          if (current === null) {
            if (index >= iterables.length) return DONE;
            const { openMethod, iterable } = iterables[index++];
            const iter = Call(openMethod, iterable);
            if (!(iter instanceof JSObject)) throwTypeError(`${describe(iter)} is not an object`);
            current = GetIteratorDirect(iter);
          }
          const v = IteratorStepValue(current);
          if (v !== DONE) return v;
          current = null;
          charge();
        }
      }, () => {
        if (current !== null) IteratorClose(current);
      });
    }, 0],
  ]);

  /** Iterator.zip and Iterator.zipKeyed. https://tc39.es/proposal-joint-iteration/ (feature joint-iteration) */
  const zipImpl = (args: Value[], keyed: boolean): Value => {
      const iterables = args[0];
      if (!(iterables instanceof JSObject)) throwTypeError(`${describe(iterables)} is not an object`);
      let options = args[1];
      if (options === undefined) options = new JSObject(null);
      else if (!(options instanceof JSObject)) throwTypeError(`${describe(options)} is not an object`);
      let mode = options.Get('mode', options);
      if (mode === undefined) mode = 'shortest';
      if (mode !== 'shortest' && mode !== 'longest' && mode !== 'strict') throwTypeError('mode must be "shortest", "longest" or "strict"');
      let paddingOption: Value;
      if (mode === 'longest') {
        paddingOption = options.Get('padding', options);
        if (paddingOption !== undefined && !(paddingOption instanceof JSObject)) throwTypeError(`${describe(paddingOption)} is not an object`);
      }
      const iters: (IteratorRecord | null)[] = [];
      const closeIters = (e: unknown, list: IteratorRecord[]): never => {
        if (e instanceof ThrowCompletion) IteratorCloseAll(list, e);
        throw e;
      };
      const keys: PropertyKey[] = [];
      if (keyed) {
        for (const key of iterables.OwnPropertyKeys()) {
          try {
            const desc = iterables.GetOwnProperty(key);
            if (desc === undefined || !desc.enumerable) continue;
            const value = iterables.Get(key, iterables);
            if (value === undefined) continue;
            iters.push(GetIteratorFlattenable(value, 'reject-primitives'));
            keys.push(key);
          } catch (e) {
            closeIters(e, iters as IteratorRecord[]);
          }
          charge();
        }
      }
      const inputIter = keyed ? null : GetIterator(iterables, 'sync');
      while (inputIter !== null) {
        let next: Value;
        try {
          next = IteratorStepValue(inputIter);
        } catch (e) {
          closeIters(e, iters as IteratorRecord[]);
        }
        if (next === DONE) break;
        try {
          iters.push(GetIteratorFlattenable(next, 'reject-primitives'));
        } catch (e) {
          closeIters(e, [inputIter, ...(iters as IteratorRecord[])]);
        }
        charge();
      }
      const iterCount = iters.length;
      const padding: Value[] = [];
      if (mode === 'longest') {
        if (keyed && paddingOption !== undefined) {
          const po = paddingOption as JSObject;
          for (const key of keys) {
            try {
              padding.push(po.Get(key, po));
            } catch (e) {
              closeIters(e, iters as IteratorRecord[]);
            }
          }
        } else if (paddingOption === undefined) {
          for (let i = 0; i < iterCount; i++) padding.push(undefined);
        } else {
          try {
            const paddingIter = GetIterator(paddingOption, 'sync');
            let usingIterator = true;
            for (let i = 0; i < iterCount; i++) {
              if (usingIterator) {
                const next = IteratorStepValue(paddingIter);
                if (next === DONE) usingIterator = false;
                else padding.push(next);
              }
              if (!usingIterator) padding.push(undefined);
            }
            if (usingIterator) IteratorClose(paddingIter);
          } catch (e) {
            closeIters(e, iters as IteratorRecord[]);
          }
        }
      }
      // IteratorZip(iters, mode, padding, CreateArrayFromList).
      const openIters = (iters as IteratorRecord[]).slice();
      const remove = (r: IteratorRecord): void => {
        const k = openIters.indexOf(r);
        if (k >= 0) openIters.splice(k, 1);
      };
      const typeErrorCompletion = (): unknown => {
        try {
          throwTypeError('Iterators passed to Iterator.zip in "strict" mode have different lengths');
        } catch (e) {
          return e;
        }
      };
      return createHelper(realm, openIters, () => {
        if (iterCount === 0) return DONE;
        const results: Value[] = [];
        for (let i = 0; i < iterCount; i++) {
          const iter = iters[i];
          let result: Value;
          if (iter === null) result = padding[i];
          else {
            try {
              result = IteratorStepValue(iter);
            } catch (e) {
              remove(iter);
              closeIters(e, openIters);
            }
            if (result === DONE) {
              remove(iter);
              if (mode === 'shortest') {
                IteratorCloseAll(openIters);
                return DONE;
              }
              if (mode === 'strict') {
                if (i !== 0) IteratorCloseAll(openIters, typeErrorCompletion());
                for (let k = 1; k < iterCount; k++) {
                  const other = iters[k] as IteratorRecord;
                  let open: JSObject | false = false;
                  try {
                    open = IteratorStep(other);
                  } catch (e) {
                    remove(other);
                    closeIters(e, openIters);
                  }
                  if (open === false) remove(other);
                  else IteratorCloseAll(openIters, typeErrorCompletion());
                }
                return DONE;
              }
              if (openIters.length === 0) return DONE;
              iters[i] = null;
              result = padding[i];
            }
          }
          results.push(result);
        }
        if (!keyed) return CreateArrayFromList(results);
        const obj = new JSObject(null);
        for (let i = 0; i < iterCount; i++) CreateDataPropertyOrThrow(obj, keys[i], results[i]);
        return obj;
      }, () => IteratorCloseAll(openIters));
  };
  defineMethods(realm, ctor, [
    ['zip', (_t, args) => zipImpl(args, false), 1],
    ['zipKeyed', (_t, args) => zipImpl(args, true), 1],
  ]);

  defineMethods(realm, proto, [
    // https://tc39.es/ecma262/#sec-iterator.prototype.map
    ['map', (t, args) => {
      const o = thisObject(t, 'map');
      const mapper = requireCallableOrClose(o, args[0]);
      const iterated = GetIteratorDirect(o);
      let counter = 0;
      return createHelper(realm, [iterated], () => {
        const value = IteratorStepValue(iterated);
        if (value === DONE) return DONE;
        return orClose(iterated, () => Call(mapper, undefined, [value, counter++]));
      }, () => IteratorClose(iterated));
    }, 1],
    // https://tc39.es/ecma262/#sec-iterator.prototype.filter
    ['filter', (t, args) => {
      const o = thisObject(t, 'filter');
      const predicate = requireCallableOrClose(o, args[0]);
      const iterated = GetIteratorDirect(o);
      let counter = 0;
      return createHelper(realm, [iterated], () => {
        for (;;) {
          const value = IteratorStepValue(iterated);
          if (value === DONE) return DONE;
          const selected = orClose(iterated, () => Call(predicate, undefined, [value, counter++]));
          if (ToBoolean(selected)) return value;
          charge();
        }
      }, () => IteratorClose(iterated));
    }, 1],
    // https://tc39.es/ecma262/#sec-iterator.prototype.take
    ['take', (t, args) => {
      const o = thisObject(t, 'take');
      let remaining = readLimit(o, args[0]);
      const iterated = GetIteratorDirect(o);
      return createHelper(realm, [iterated], () => {
        if (remaining === 0) {
          IteratorClose(iterated);
          return DONE;
        }
        if (remaining !== Infinity) remaining--;
        return IteratorStepValue(iterated);
      }, () => IteratorClose(iterated));
    }, 1],
    // https://tc39.es/ecma262/#sec-iterator.prototype.drop
    ['drop', (t, args) => {
      const o = thisObject(t, 'drop');
      let remaining = readLimit(o, args[0]);
      const iterated = GetIteratorDirect(o);
      return createHelper(realm, [iterated], () => {
        while (remaining > 0) {
          if (remaining !== Infinity) remaining--;
          if (IteratorStep(iterated) === false) {
            iterated.done = true;
            return DONE;
          }
          charge();
        }
        return IteratorStepValue(iterated);
      }, () => IteratorClose(iterated));
    }, 1],
    // https://tc39.es/ecma262/#sec-iterator.prototype.flatmap
    ['flatMap', (t, args) => {
      const o = thisObject(t, 'flatMap');
      const mapper = requireCallableOrClose(o, args[0]);
      const iterated = GetIteratorDirect(o);
      let counter = 0;
      let inner: IteratorRecord | null = null;
      return createHelper(realm, [iterated], () => {
        for (;;) {
          if (inner === null) {
            const value = IteratorStepValue(iterated);
            if (value === DONE) return DONE;
            inner = orClose(iterated, () => {
              const mapped = Call(mapper, undefined, [value, counter]);
              return GetIteratorFlattenable(mapped, 'reject-primitives');
            });
          }
          const r: IteratorRecord = inner;
          const innerValue = orClose(iterated, () => IteratorStepValue(r));
          if (innerValue !== DONE) return innerValue;
          inner = null;
          counter++;
          charge();
        }
      }, () => {
        if (inner !== null) {
          const r: IteratorRecord = inner;
          orClose(iterated, () => IteratorClose(r));
        }
        IteratorClose(iterated);
      });
    }, 1],
    // https://tc39.es/ecma262/#sec-iterator.prototype.reduce
    ['reduce', (t, args) => {
      const o = thisObject(t, 'reduce');
      const reducer = requireCallableOrClose(o, args[0]);
      const iterated = GetIteratorDirect(o);
      let accumulator: Value;
      let counter: number;
      if (args.length < 2) {
        accumulator = IteratorStepValue(iterated);
        if (accumulator === DONE) throwTypeError('Reduce of empty iterator with no initial value');
        counter = 1;
      } else {
        accumulator = args[1];
        counter = 0;
      }
      for (;;) {
        const value = IteratorStepValue(iterated);
        if (value === DONE) return accumulator;
        const acc = accumulator;
        accumulator = orClose(iterated, () => Call(reducer, undefined, [acc, value, counter]));
        counter++;
        charge();
      }
    }, 1],
    // https://tc39.es/ecma262/#sec-iterator.prototype.toarray
    ['toArray', (t) => {
      const o = thisObject(t, 'toArray');
      const iterated = GetIteratorDirect(o);
      const items: Value[] = [];
      for (;;) {
        const value = IteratorStepValue(iterated);
        if (value === DONE) return CreateArrayFromList(items);
        items.push(value);
        charge();
      }
    }, 0],
    // https://tc39.es/ecma262/#sec-iterator.prototype.foreach
    ['forEach', (t, args) => {
      const o = thisObject(t, 'forEach');
      const fn = requireCallableOrClose(o, args[0]);
      const iterated = GetIteratorDirect(o);
      for (let counter = 0; ; counter++) {
        const value = IteratorStepValue(iterated);
        if (value === DONE) return undefined;
        const c = counter;
        orClose(iterated, () => Call(fn, undefined, [value, c]));
        charge();
      }
    }, 1],
    // https://tc39.es/ecma262/#sec-iterator.prototype.some
    ['some', (t, args) => {
      const o = thisObject(t, 'some');
      const predicate = requireCallableOrClose(o, args[0]);
      const iterated = GetIteratorDirect(o);
      for (let counter = 0; ; counter++) {
        const value = IteratorStepValue(iterated);
        if (value === DONE) return false;
        const c = counter;
        if (ToBoolean(orClose(iterated, () => Call(predicate, undefined, [value, c])))) {
          IteratorClose(iterated);
          return true;
        }
        charge();
      }
    }, 1],
    // https://tc39.es/ecma262/#sec-iterator.prototype.every
    ['every', (t, args) => {
      const o = thisObject(t, 'every');
      const predicate = requireCallableOrClose(o, args[0]);
      const iterated = GetIteratorDirect(o);
      for (let counter = 0; ; counter++) {
        const value = IteratorStepValue(iterated);
        if (value === DONE) return true;
        const c = counter;
        if (!ToBoolean(orClose(iterated, () => Call(predicate, undefined, [value, c])))) {
          IteratorClose(iterated);
          return false;
        }
        charge();
      }
    }, 1],
    // https://tc39.es/ecma262/#sec-iterator.prototype.find
    ['find', (t, args) => {
      const o = thisObject(t, 'find');
      const predicate = requireCallableOrClose(o, args[0]);
      const iterated = GetIteratorDirect(o);
      for (let counter = 0; ; counter++) {
        const value = IteratorStepValue(iterated);
        if (value === DONE) return undefined;
        const c = counter;
        if (ToBoolean(orClose(iterated, () => Call(predicate, undefined, [value, c])))) {
          IteratorClose(iterated);
          return value;
        }
        charge();
      }
    }, 1],
    // https://tc39.es/proposal-iterator-chunking/ (feature iterator-chunking)
    ['chunks', (t, args) => {
      const o = thisObject(t, 'chunks');
      const chunkSize = readSize(o, args[0]);
      const iterated = GetIteratorDirect(o);
      let exhausted = false;
      return createHelper(realm, [iterated], () => {
        if (exhausted) return DONE;
        const buffer: Value[] = [];
        for (;;) {
          const value = IteratorStepValue(iterated);
          if (value === DONE) {
            exhausted = true;
            return buffer.length > 0 ? CreateArrayFromList(buffer) : DONE;
          }
          buffer.push(value);
          if (buffer.length === chunkSize) return CreateArrayFromList(buffer);
          charge();
        }
      }, () => {
        if (!exhausted) IteratorClose(iterated);
      });
    }, 1],
    ['windows', (t, args) => {
      const o = thisObject(t, 'windows');
      const windowSize = readSize(o, args[0]);
      let undersized = args[1];
      if (undersized === undefined) undersized = 'only-full';
      if (undersized !== 'only-full' && undersized !== 'allow-partial') {
        const u = undersized;
        closeWith({ iterator: o, nextMethod: undefined, done: false }, () => throwTypeError(`${describe(u)} is not "only-full" or "allow-partial"`));
      }
      const allowPartial = undersized === 'allow-partial';
      const iterated = GetIteratorDirect(o);
      let exhausted = false;
      const buffer: Value[] = [];
      return createHelper(realm, [iterated], () => {
        if (exhausted) return DONE;
        for (;;) {
          const value = IteratorStepValue(iterated);
          if (value === DONE) {
            exhausted = true;
            return allowPartial && buffer.length > 0 && buffer.length < windowSize ? CreateArrayFromList(buffer.slice()) : DONE;
          }
          if (buffer.length === windowSize) buffer.shift();
          buffer.push(value);
          if (buffer.length === windowSize) return CreateArrayFromList(buffer.slice());
          charge();
        }
      }, () => {
        if (!exhausted) IteratorClose(iterated);
      });
    }, 1],
    // https://tc39.es/proposal-iterator-includes/ (feature iterator-includes)
    ['includes', (t, args) => {
      const o = thisObject(t, 'includes');
      const searchElement = args[0];
      const skippedElements = args[1];
      const bare: IteratorRecord = { iterator: o, nextMethod: undefined, done: false };
      let toSkip = 0;
      if (skippedElements !== undefined) {
        if (typeof skippedElements !== 'number' || !(Number.isInteger(skippedElements) || skippedElements === Infinity || skippedElements === -Infinity)) {
          closeWith(bare, () => throwTypeError(`${describe(skippedElements)} is not an integral number`));
        }
        toSkip = skippedElements;
      }
      if (toSkip < 0) closeWith(bare, () => throwRangeError(`${toSkip} must be positive`));
      if (Number.isFinite(toSkip) && toSkip > Number.MAX_SAFE_INTEGER) closeWith(bare, () => throwRangeError(`${toSkip} is too large`));
      let skipped = 0;
      const iterated = GetIteratorDirect(o);
      for (;;) {
        const value = IteratorStepValue(iterated);
        if (value === DONE) return false;
        if (skipped < toSkip) skipped++;
        else if (value === searchElement || (typeof value === 'number' && typeof searchElement === 'number' && value !== value && searchElement !== searchElement)) {
          IteratorClose(iterated);
          return true;
        }
        charge();
      }
    }, 1],
  ]);

  // https://tc39.es/ecma262/#sec-%iteratorprototype%-@@dispose (explicit resource management)
  if (WellKnown.dispose !== undefined && proto.GetOwnProperty(WellKnown.dispose) === undefined) {
    proto.addProperty(WellKnown.dispose, CreateBuiltinFunction(realm, (t) => {
      const ret = GetMethod(t, 'return');
      if (ret !== undefined) Call(ret, t);
      return undefined;
    }, 0, WellKnown.dispose), W | C);
  }

  // https://tc39.es/ecma262/#sec-%asynciteratorprototype%-@@asyncdispose
  const asyncProto = realm.intrinsics['%AsyncIteratorPrototype%'];
  if (asyncProto.GetOwnProperty(WellKnown.asyncDispose) === undefined) {
    asyncProto.addProperty(WellKnown.asyncDispose, CreateBuiltinFunction(realm, (t) => {
      const cap = newPromiseIntrinsic(R.realm);
      try {
        const ret = GetMethod(t, 'return');
        if (ret === undefined) {
          cap.resolve(undefined);
        } else {
          const result = Call(ret, t, [undefined]);
          const wrapper = PromiseResolve(R.realm.intrinsics['%Promise%'], result) as JSPromise;
          promiseThenHost(wrapper, () => cap.resolve(undefined), (e) => cap.reject(e));
        }
      } catch (e) {
        if (!(e instanceof ThrowCompletion)) throw e;
        cap.reject(e.value);
      }
      return cap.promise;
    }, 0, WellKnown.asyncDispose), W | C);
  }
}
