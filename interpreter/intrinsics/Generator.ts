import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R, ThrowCompletion } from '../agent';
import { C } from '../values/shape';
import { throwTypeError } from '../errors';
import { CreateDynamicFunction } from './Function';
import { asyncGeneratorEnqueue, generatorResume } from '../compile/generators';
import { Call, GetMethod } from '../ops/object-operations';
import { CreateIterResultObject, IteratorComplete, IteratorValue, setCreateAsyncFromSyncIterator, type IteratorRecord } from '../ops/iterator-operations';
import { newPromiseIntrinsic, PromiseResolve, promiseThenHost, type JSPromise } from './Promise';
import { makeError } from '../errors';

function makeFunctionFamily(realm: Realm, kind: 'generator' | 'async' | 'asyncGenerator', name: string, tag: string): JSObject {
  const fnProto = new JSObject(realm.FunctionPrototype);
  const ctor = CreateBuiltinFunction(realm, (_this, args, newTarget) => CreateDynamicFunction(R.fnStack[R.depth - 1]!, newTarget, kind, args), 1, name, { ctor: true, proto: realm.intrinsics['%Function%'] });
  ctor.addProperty('prototype', fnProto, 0);
  fnProto.addProperty('constructor', ctor, C);
  fnProto.addProperty(WellKnown.toStringTag, tag, C);
  realm.intrinsics[`%${name}%`] = ctor;
  realm.intrinsics[`%${name}.prototype%`] = fnProto;
  return fnProto;
}

/** Generator, AsyncFunction, AsyncGenerator intrinsics and %AsyncFromSyncIteratorPrototype%. */
export function setupGenerator(realm: Realm): void {
  // Generators. https://tc39.es/ecma262/#sec-generatorfunction-objects
  const genFnProto = makeFunctionFamily(realm, 'generator', 'GeneratorFunction', 'GeneratorFunction');
  const genProto = new JSObject(realm.intrinsics['%IteratorPrototype%']);
  realm.intrinsics['%GeneratorPrototype%'] = genProto;
  realm.intrinsics['%GeneratorFunction.prototype.prototype%'] = genProto;
  genFnProto.addProperty('prototype', genProto, C);
  genProto.addProperty('constructor', genFnProto, C);
  defineMethods(realm, genProto, [
    ['next', (t, args) => generatorResume(t, 'next', args[0], 'next'), 1],
    ['return', (t, args) => generatorResume(t, 'return', args[0], 'return'), 1],
    ['throw', (t, args) => generatorResume(t, 'throw', args[0], 'throw'), 1],
  ]);
  genProto.addProperty(WellKnown.toStringTag, 'Generator', C);

  // Async functions. https://tc39.es/ecma262/#sec-async-function-objects
  makeFunctionFamily(realm, 'async', 'AsyncFunction', 'AsyncFunction');

  // Async generators. https://tc39.es/ecma262/#sec-asyncgeneratorfunction-objects
  const agenFnProto = makeFunctionFamily(realm, 'asyncGenerator', 'AsyncGeneratorFunction', 'AsyncGeneratorFunction');
  const agenProto = new JSObject(realm.intrinsics['%AsyncIteratorPrototype%']);
  realm.intrinsics['%AsyncGeneratorPrototype%'] = agenProto;
  realm.intrinsics['%AsyncGeneratorFunction.prototype.prototype%'] = agenProto;
  agenFnProto.addProperty('prototype', agenProto, C);
  agenProto.addProperty('constructor', agenFnProto, C);
  defineMethods(realm, agenProto, [
    ['next', (t, args) => asyncGeneratorEnqueue(t, 'next', args[0]), 1],
    ['return', (t, args) => asyncGeneratorEnqueue(t, 'return', args[0]), 1],
    ['throw', (t, args) => asyncGeneratorEnqueue(t, 'throw', args[0]), 1],
  ]);
  agenProto.addProperty(WellKnown.toStringTag, 'AsyncGenerator', C);

  // %AsyncFromSyncIteratorPrototype%. https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%-object
  const afs = new JSObject(realm.intrinsics['%AsyncIteratorPrototype%']);
  realm.intrinsics['%AsyncFromSyncIteratorPrototype%'] = afs;
  defineMethods(realm, afs, [
    ['next', (t, args) => asyncFromSync(t, 'next', args), 1],
    ['return', (t, args) => asyncFromSync(t, 'return', args), 1],
    ['throw', (t, args) => asyncFromSync(t, 'throw', args), 1],
  ]);
}

class JSAsyncFromSyncIterator extends JSObject {
  constructor(proto: JSObject, readonly syncRecord: IteratorRecord) { super(proto); }
}

setCreateAsyncFromSyncIterator((syncRecord) => {
  const o = new JSAsyncFromSyncIterator(R.realm.intrinsics['%AsyncFromSyncIteratorPrototype%'], syncRecord);
  return { iterator: o, nextMethod: o.Get('next', o), done: false };
});

/** https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%.next (and return, throw) */
function asyncFromSync(thisValue: Value, mode: 'next' | 'return' | 'throw', args: Value[]): Value {
  const o = thisValue as JSAsyncFromSyncIterator;
  const cap = newPromiseIntrinsic(R.realm);
  const rec = o.syncRecord;
  const sync = rec.iterator;
  let result: Value;
  try {
    if (mode === 'next') {
      result = args.length > 0 ? Call(rec.nextMethod, sync, [args[0]]) : Call(rec.nextMethod, sync);
    } else {
      const method = GetMethod(sync, mode);
      if (method === undefined) {
        if (mode === 'return') {
          cap.resolve(CreateIterResultObject(args[0], true));
          return cap.promise;
        }
        // throw without a throw method: close the sync iterator, then reject with a TypeError.
        rec.done = true;
        const ret = GetMethod(sync, 'return');
        if (ret !== undefined) Call(ret, sync);
        throwTypeError("The iterator does not provide a 'throw' method");
      }
      result = args.length > 0 ? Call(method, sync, [args[0]]) : Call(method, sync);
    }
    if (!(result instanceof JSObject)) throwTypeError(`Iterator result ${String(result)} is not an object`);
    continuation(result, cap, rec, mode !== 'return');
  } catch (e) {
    if (!(e instanceof ThrowCompletion)) throw e;
    cap.reject(e.value);
  }
  return cap.promise;
}

/** https://tc39.es/ecma262/#sec-asyncfromsynciteratorcontinuation */
function continuation(result: JSObject, cap: { resolve(v: Value): void; reject(v: Value): void }, rec: IteratorRecord, closeOnRejection: boolean): void {
  const done = IteratorComplete(result);
  const value = IteratorValue(result);
  let wrapper: JSObject;
  try {
    wrapper = PromiseResolve(R.realm.intrinsics['%Promise%'], value);
  } catch (e) {
    if (!done && closeOnRejection && e instanceof ThrowCompletion) {
      const ret = GetMethod(rec.iterator, 'return');
      if (ret !== undefined) Call(ret, rec.iterator);
    }
    throw e;
  }
  promiseThenHost(wrapper as JSPromise, (v) => cap.resolve(CreateIterResultObject(v, done)), (e) => {
    if (!done && closeOnRejection) {
      try {
        const ret = GetMethod(rec.iterator, 'return');
        if (ret !== undefined) Call(ret, rec.iterator);
      } catch (err) {
        if (err instanceof ThrowCompletion) { cap.reject(err.value); return; }
        throw err;
      }
    }
    cap.reject(e);
  });
}

export { makeError };
