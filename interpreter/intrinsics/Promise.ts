import { JSObject } from '../values/object';
import { BuiltinFunction, CreateBuiltinFunction, defineMethods, type BuiltinImpl } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R, ThrowCompletion } from '../agent';
import { makeError, throwTypeError } from '../errors';
import {
  Call, CreateArrayFromList, CreateDataPropertyOrThrow, DefinePropertyOrThrow, Get, GetFunctionRealm,
  GetPrototypeFromConstructor, Invoke, IsCallable, IsConstructor, SpeciesConstructor,
} from '../ops/object-operations';
import { describe } from '../ops/type-conversion';
import { DONE, GetIterator, IteratorClose, IteratorStepValue, type IteratorRecord } from '../ops/iterator-operations';
import { SameValue } from '../values/object';
import { C } from '../values/shape';

/** A PromiseCapability Record. https://tc39.es/ecma262/#sec-promisecapability-records */
export interface PromiseCapability {
  promise: JSObject;
  resolve: JSObject;
  reject: JSObject;
}

/** A reaction handler: a guest callable, or a host callback (Await, the runtime). */
type HostHandler = (v: Value) => void;
type Handler = JSObject | HostHandler;

/** A PromiseReaction Record. https://tc39.es/ecma262/#sec-promisereaction-records */
interface PromiseReaction {
  capability: PromiseCapability | undefined;
  type: 'fulfill' | 'reject';
  /** undefined is the spec's "empty". */
  handler: Handler | undefined;
  /** For a host handler: the realm that was current when it was registered. */
  hostRealm: Realm | null;
}

type PromiseState = 'pending' | 'fulfilled' | 'rejected';

/** A Promise instance. https://tc39.es/ecma262/#sec-properties-of-promise-instances */
export class JSPromise extends JSObject {
  /** [[PromiseState]] */
  state: PromiseState = 'pending';
  /** [[PromiseResult]] */
  result: Value = undefined;
  /** [[PromiseFulfillReactions]] (null once settled). */
  fulfillReactions: PromiseReaction[] | null = [];
  /** [[PromiseRejectReactions]] (null once settled). */
  rejectReactions: PromiseReaction[] | null = [];
  /** [[PromiseIsHandled]] */
  isHandled = false;
}
JSPromise.prototype.className = 'Promise';

/** For util.inspect: the state and result of a promise, or undefined for other objects. */
export function promiseStateOf(o: JSObject): { state: PromiseState; value: Value } | undefined {
  if (!(o instanceof JSPromise)) return undefined;
  return { state: o.state, value: o.result };
}

/** https://tc39.es/ecma262/#sec-ispromise */
function IsPromise(x: Value): x is JSPromise {
  return x instanceof JSPromise;
}

/** Rethrows anything that is not a guest throw (terminations, interpreter bugs). */
function guestThrow(e: unknown): ThrowCompletion {
  if (e instanceof ThrowCompletion) return e;
  throw e;
}

/**
 * HostReportErrors for an abrupt job result. NON-SPEC: the agent has no error-reporting hook yet;
 * if the embedder installs `reportError` on the agent it is called, otherwise the error is dropped
 * (V8 likewise swallows a throwing capability resolve/reject inside a reaction job).
 */
function reportJobError(value: Value): void {
  const report = (R.agent as { reportError?: (v: Value) => void }).reportError;
  if (typeof report === 'function') report(value);
}

/** Runs f with R.realm set to realm (null: keep the current one). */
function enqueueInRealm(realm: Realm | null, f: () => void): void {
  R.agent.enqueueJob(() => {
    if (realm === null) { f(); return; }
    const saved = R.realm;
    R.realm = realm;
    try {
      f();
    } finally {
      R.realm = saved;
    }
  });
}

/** GetFunctionRealm, falling back to the current realm on an abrupt completion (revoked proxy). */
function handlerRealmOf(f: JSObject): Realm {
  try {
    return GetFunctionRealm(f);
  } catch (e) {
    guestThrow(e);
    return R.realm;
  }
}

// ---- resolving functions ----

/** The host side of a pair of resolving functions: same semantics, shared alreadyResolved flag. */
interface HostResolvers {
  resolve(v: Value): void;
  reject(v: Value): void;
}

function createHostResolvers(promise: JSPromise): HostResolvers {
  let alreadyResolved = false;
  return {
    resolve(resolution: Value): void {
      if (alreadyResolved) return;
      alreadyResolved = true;
      ResolvePromise(promise, resolution);
    },
    reject(reason: Value): void {
      if (alreadyResolved) return;
      alreadyResolved = true;
      RejectPromise(promise, reason);
    },
  };
}

/**
 * Steps 7-16 of a promise resolve function. https://tc39.es/ecma262/#sec-promise-resolve-functions
 */
function ResolvePromise(promise: JSPromise, resolution: Value): void {
  // 7.
  if (SameValue(resolution, promise)) {
    const selfResolutionError = makeError(R.realm, 'TypeError', 'Chaining cycle detected for promise #<Promise>');
    RejectPromise(promise, selfResolutionError);
    return;
  }
  // 8.
  if (!(resolution instanceof JSObject)) {
    FulfillPromise(promise, resolution);
    return;
  }
  // 9-10.
  let then: Value;
  try {
    then = resolution.Get('then', resolution);
  } catch (e) {
    RejectPromise(promise, guestThrow(e).value);
    return;
  }
  // 12.
  if (!IsCallable(then)) {
    FulfillPromise(promise, resolution);
    return;
  }
  // 13-15.
  NewPromiseResolveThenableJob(promise, resolution, then);
}

/**
 * https://tc39.es/ecma262/#sec-createresolvingfunctions
 * The functions are created in the current realm.
 */
export function CreateResolvingFunctions(promise: JSPromise, realm: Realm = R.realm): { resolve: JSObject; reject: JSObject } {
  return guestResolvers(createHostResolvers(promise), realm);
}

/** Guest function objects over a pair of host resolvers (sharing their alreadyResolved flag). */
function guestResolvers(host: HostResolvers, realm: Realm): { resolve: JSObject; reject: JSObject } {
  const resolve = CreateBuiltinFunction(realm, (_t, args) => { host.resolve(args[0]); return undefined; }, 1, '');
  const reject = CreateBuiltinFunction(realm, (_t, args) => { host.reject(args[0]); return undefined; }, 1, '');
  return { resolve, reject };
}

/** https://tc39.es/ecma262/#sec-fulfillpromise */
function FulfillPromise(promise: JSPromise, value: Value): void {
  const reactions = promise.fulfillReactions!;
  promise.result = value;
  promise.fulfillReactions = null;
  promise.rejectReactions = null;
  promise.state = 'fulfilled';
  TriggerPromiseReactions(reactions, value);
}

/** https://tc39.es/ecma262/#sec-rejectpromise */
function RejectPromise(promise: JSPromise, reason: Value): void {
  const reactions = promise.rejectReactions!;
  promise.result = reason;
  promise.fulfillReactions = null;
  promise.rejectReactions = null;
  promise.state = 'rejected';
  if (!promise.isHandled) HostPromiseRejectionTracker(promise, 'reject');
  TriggerPromiseReactions(reactions, reason);
}

/** https://tc39.es/ecma262/#sec-triggerpromisereactions */
function TriggerPromiseReactions(reactions: PromiseReaction[], argument: Value): void {
  for (let i = 0; i < reactions.length; i++) NewPromiseReactionJob(reactions[i], argument);
}

/** https://tc39.es/ecma262/#sec-host-promise-rejection-tracker */
function HostPromiseRejectionTracker(promise: JSPromise, operation: 'reject' | 'handle'): void {
  R.agent.rejectionTracker?.(promise, operation);
}

// ---- jobs ----

/**
 * https://tc39.es/ecma262/#sec-newpromisereactionjob — creates the job and enqueues it
 * (HostEnqueuePromiseJob) in the handler's realm.
 */
function NewPromiseReactionJob(reaction: PromiseReaction, argument: Value): void {
  const handler = reaction.handler;
  let realm: Realm | null;
  if (handler === undefined) realm = null;
  else if (typeof handler === 'function') realm = reaction.hostRealm;
  else realm = handlerRealmOf(handler);
  enqueueInRealm(realm, () => promiseReactionJob(reaction, argument));
}

function promiseReactionJob(reaction: PromiseReaction, argument: Value): void {
  const capability = reaction.capability;
  const handler = reaction.handler;
  // d-e.
  let abrupt = false;
  let handlerResult: Value;
  if (handler === undefined) {
    abrupt = reaction.type === 'reject';
    handlerResult = argument;
  } else if (typeof handler === 'function') {
    // A host handler (Await and the runtime): the spec's handler cannot complete abruptly here.
    handler(argument);
    return;
  } else {
    try {
      handlerResult = handler.Call(undefined, [argument]);
    } catch (e) {
      abrupt = true;
      handlerResult = guestThrow(e).value;
    }
  }
  // f.
  if (capability === undefined) return;
  // h-i. The job's own abrupt completion goes to the host.
  try {
    settleCapability(capability, abrupt, handlerResult);
  } catch (e) {
    reportJobError(guestThrow(e).value);
  }
}

/**
 * https://tc39.es/ecma262/#sec-newpromiseresolvethenablejob — creates the job and enqueues it in
 * the realm of `then`.
 */
function NewPromiseResolveThenableJob(promiseToResolve: JSPromise, thenable: JSObject, then: JSObject): void {
  const thenRealm = handlerRealmOf(then);
  enqueueInRealm(thenRealm, () => {
    // a. The resolving functions are created in the job's realm.
    const { resolve, reject } = CreateResolvingFunctions(promiseToResolve);
    try {
      then.Call(thenable, [resolve, reject]);
    } catch (e) {
      const v = guestThrow(e).value;
      try {
        reject.Call(undefined, [v]);
      } catch (e2) {
        reportJobError(guestThrow(e2).value);
      }
    }
  });
}

// ---- capabilities ----

/**
 * The capability of a promise made by an intrinsic %Promise%. NON-SPEC representation, unobservable:
 * its resolving functions are created only when guest code can see them; jobs and PromiseResolve
 * settle the promise through the host resolvers directly, in the realm the functions would have.
 */
class IntrinsicCapability implements PromiseCapability {
  private fns: { resolve: JSObject; reject: JSObject } | null = null;
  constructor(readonly promise: JSPromise, readonly host: HostResolvers, readonly realm: Realm) {}

  get resolve(): JSObject {
    return (this.fns ??= guestResolvers(this.host, this.realm)).resolve;
  }

  get reject(): JSObject {
    return (this.fns ??= guestResolvers(this.host, this.realm)).reject;
  }

  /** Calls the resolve or reject function as the spec does, without creating it. */
  settle(reject: boolean, v: Value): void {
    if (--R.fuel <= 0) R.agent.refuel();
    const saved = R.realm;
    R.realm = this.realm;
    try {
      if (reject) this.host.reject(v);
      else this.host.resolve(v);
    } finally {
      R.realm = saved;
    }
  }
}

/** Call(capability.[[Resolve]] or [[Reject]], undefined, « v »). */
function settleCapability(capability: PromiseCapability, reject: boolean, v: Value): Value {
  if (capability instanceof IntrinsicCapability) {
    capability.settle(reject, v);
    return undefined;
  }
  return (reject ? capability.reject : capability.resolve).Call(undefined, [v]);
}

/** Promise constructor implementation (module level so NewPromiseCapability can recognise it). */
const PromiseConstructor: BuiltinImpl = (_this, args, newTarget) => {
  // https://tc39.es/ecma262/#sec-promise-executor
  if (newTarget === undefined) throwTypeError("Promise constructor cannot be invoked without 'new'");
  const executor = args[0];
  if (!IsCallable(executor)) throwTypeError(`Promise resolver ${describeResolver(executor)} is not a function`);
  const promise = new JSPromise(GetPrototypeFromConstructor(newTarget, '%Promise.prototype%'));
  const { resolve, reject } = CreateResolvingFunctions(promise);
  try {
    executor.Call(undefined, [resolve, reject]);
  } catch (e) {
    reject.Call(undefined, [guestThrow(e).value]);
  }
  return promise;
};

function describeResolver(v: Value): string {
  return typeof v === 'string' ? v : describe(v);
}

/** True for a realm's intrinsic %Promise% (whose "prototype" is non-writable and non-configurable). */
function isIntrinsicPromise(c: JSObject): c is BuiltinFunction {
  return c instanceof BuiltinFunction && c.impl === PromiseConstructor;
}

/**
 * https://tc39.es/ecma262/#sec-newpromisecapability
 */
export function NewPromiseCapability(C: Value): PromiseCapability {
  // 1.
  if (!IsConstructor(C)) throwTypeError(`${describe(C)} is not a constructor`);
  // Fast path for %Promise%: unobservable (its prototype property cannot change, the executor is ours).
  if (isIntrinsicPromise(C)) {
    if (--R.fuel <= 0) R.agent.refuel();
    const promise = new JSPromise(C.fnRealm.intrinsics['%Promise.prototype%']);
    return new IntrinsicCapability(promise, createHostResolvers(promise), C.fnRealm);
  }
  // 2-4. GetCapabilitiesExecutor
  let resolve: Value = undefined;
  let reject: Value = undefined;
  const executor = CreateBuiltinFunction(R.realm, (_t, args) => {
    if (resolve !== undefined || reject !== undefined) throwTypeError('Promise executor has already been invoked with non-undefined arguments');
    resolve = args[0];
    reject = args[1];
    return undefined;
  }, 2, '');
  // 5.
  const promise = C.Construct([executor], C);
  // 6-7.
  if (!IsCallable(resolve) || !IsCallable(reject)) throwTypeError('Promise resolve or reject function is not callable');
  return { promise, resolve, reject };
}

/** https://tc39.es/ecma262/#sec-promise-resolve */
export function PromiseResolve(C: JSObject, x: Value): JSObject {
  if (IsPromise(x)) {
    const xConstructor = x.Get('constructor', x);
    if (SameValue(xConstructor, C)) return x;
  }
  const capability = NewPromiseCapability(C);
  settleCapability(capability, false, x);
  return capability.promise;
}

/** https://tc39.es/ecma262/#sec-performpromisethen (handlers already reduced to callables or empty) */
function performThen(
  promise: JSPromise, onFulfilled: Handler | undefined, onRejected: Handler | undefined,
  resultCapability: PromiseCapability | undefined, hostRealm: Realm | null,
): void {
  const fulfillReaction: PromiseReaction = { capability: resultCapability, type: 'fulfill', handler: onFulfilled, hostRealm };
  const rejectReaction: PromiseReaction = { capability: resultCapability, type: 'reject', handler: onRejected, hostRealm };
  // 9-11.
  if (promise.state === 'pending') {
    promise.fulfillReactions!.push(fulfillReaction);
    promise.rejectReactions!.push(rejectReaction);
  } else if (promise.state === 'fulfilled') {
    NewPromiseReactionJob(fulfillReaction, promise.result);
  } else {
    if (!promise.isHandled) HostPromiseRejectionTracker(promise, 'handle');
    NewPromiseReactionJob(rejectReaction, promise.result);
  }
  // 12.
  promise.isHandled = true;
}

/** https://tc39.es/ecma262/#sec-performpromisethen */
export function PerformPromiseThen(promise: JSPromise, onFulfilled: Value, onRejected: Value, resultCapability?: PromiseCapability): Value {
  performThen(promise, IsCallable(onFulfilled) ? onFulfilled : undefined, IsCallable(onRejected) ? onRejected : undefined, resultCapability, null);
  return resultCapability === undefined ? undefined : resultCapability.promise;
}

/**
 * PerformPromiseThen with host callbacks (Await, the runtime): the reactions are queued as jobs
 * exactly like guest handlers, in the realm current now; no guest function objects are created.
 */
export function promiseThenHost(promise: JSPromise, onFulfilled: (v: Value) => void, onRejected: (v: Value) => void): void {
  performThen(promise, onFulfilled, onRejected, undefined, R.realm);
}

/**
 * A fresh %Promise% of realm with host-callable resolve/reject that follow the resolving-functions
 * semantics (thenables, self-resolution, the alreadyResolved flag).
 */
export function newPromiseIntrinsic(realm: Realm): { promise: JSPromise; resolve(v: Value): void; reject(v: Value): void } {
  const promise = new JSPromise(realm.intrinsics['%Promise.prototype%']);
  const host = createHostResolvers(promise);
  return { promise, resolve: host.resolve, reject: host.reject };
}

// ---- Promise combinators ----

/** https://tc39.es/ecma262/#sec-ifabruptrejectpromise (e is the caught host exception). */
function IfAbruptRejectPromise(e: unknown, capability: PromiseCapability): JSObject {
  const t = guestThrow(e);
  settleCapability(capability, true, t.value);
  return capability.promise;
}

/** https://tc39.es/ecma262/#sec-getpromiseresolve */
function GetPromiseResolve(C: JSObject): JSObject {
  const promiseResolve = C.Get('resolve', C);
  if (!IsCallable(promiseResolve)) throwTypeError('resolve is not a function');
  return promiseResolve;
}

type Perform = (iteratorRecord: IteratorRecord, C: JSObject, capability: PromiseCapability, promiseResolve: JSObject) => Value;

/** The shared outline of Promise.all / allSettled / any / race (steps 1-9 of each). */
function promiseCombinator(name: string, thisValue: Value, iterable: Value, perform: Perform): Value {
  // 1.
  const C = thisValue;
  if (!(C instanceof JSObject)) throwTypeError(`${name} called on non-object`);
  // 2.
  const capability = NewPromiseCapability(C);
  // 3-4.
  let promiseResolve: JSObject;
  try {
    promiseResolve = GetPromiseResolve(C);
  } catch (e) {
    return IfAbruptRejectPromise(e, capability);
  }
  // 5-6.
  let iteratorRecord: IteratorRecord;
  try {
    iteratorRecord = GetIterator(iterable, 'sync');
  } catch (e) {
    return IfAbruptRejectPromise(e, capability);
  }
  // 7-9.
  try {
    return perform(iteratorRecord, C, capability, promiseResolve);
  } catch (e) {
    let completion = guestThrow(e);
    if (!iteratorRecord.done) {
      try {
        IteratorClose(iteratorRecord, completion);
      } catch (e2) {
        completion = guestThrow(e2);
      }
    }
    return IfAbruptRejectPromise(completion, capability);
  }
}

/** https://tc39.es/ecma262/#sec-performpromiseall */
const PerformPromiseAll: Perform = (iteratorRecord, C, capability, promiseResolve) => {
  const values: Value[] = [];
  const remaining = { value: 1 };
  let index = 0;
  for (;;) {
    if (--R.fuel <= 0) R.agent.refuel();
    const next = IteratorStepValue(iteratorRecord);
    if (next === DONE) {
      if (--remaining.value === 0) settleCapability(capability, false, CreateArrayFromList(values));
      return capability.promise;
    }
    values.push(undefined);
    const nextPromise = promiseResolve.Call(C, [next]);
    // https://tc39.es/ecma262/#sec-promise.all-resolve-element-functions
    let alreadyCalled = false;
    const i = index;
    const onFulfilled = CreateBuiltinFunction(R.realm, (_t, args) => {
      if (alreadyCalled) return undefined;
      alreadyCalled = true;
      values[i] = args[0];
      if (--remaining.value === 0) return settleCapability(capability, false, CreateArrayFromList(values));
      return undefined;
    }, 1, '');
    remaining.value++;
    Invoke(nextPromise, 'then', [onFulfilled, capability.reject]);
    index++;
  }
};

function settledRecord(status: string, key: string, x: Value): JSObject {
  const obj = new JSObject(R.realm.ObjectPrototype);
  CreateDataPropertyOrThrow(obj, 'status', status);
  CreateDataPropertyOrThrow(obj, key, x);
  return obj;
}

/** https://tc39.es/ecma262/#sec-performpromiseallsettled */
const PerformPromiseAllSettled: Perform = (iteratorRecord, C, capability, promiseResolve) => {
  const values: Value[] = [];
  const remaining = { value: 1 };
  let index = 0;
  for (;;) {
    if (--R.fuel <= 0) R.agent.refuel();
    const next = IteratorStepValue(iteratorRecord);
    if (next === DONE) {
      if (--remaining.value === 0) settleCapability(capability, false, CreateArrayFromList(values));
      return capability.promise;
    }
    values.push(undefined);
    const nextPromise = promiseResolve.Call(C, [next]);
    // https://tc39.es/ecma262/#sec-promise.allsettled-resolve-element-functions (one shared alreadyCalled)
    const alreadyCalled = { value: false };
    const i = index;
    const element = (status: string, key: string): BuiltinImpl => (_t, args) => {
      if (alreadyCalled.value) return undefined;
      alreadyCalled.value = true;
      values[i] = settledRecord(status, key, args[0]);
      if (--remaining.value === 0) return settleCapability(capability, false, CreateArrayFromList(values));
      return undefined;
    };
    const onFulfilled = CreateBuiltinFunction(R.realm, element('fulfilled', 'value'), 1, '');
    const onRejected = CreateBuiltinFunction(R.realm, element('rejected', 'reason'), 1, '');
    remaining.value++;
    Invoke(nextPromise, 'then', [onFulfilled, onRejected]);
    index++;
  }
};

/** A new AggregateError with its "errors" property (Promise.any). */
function aggregateError(errors: Value[]): JSObject {
  const error = makeError(R.realm, 'AggregateError', 'All promises were rejected');
  DefinePropertyOrThrow(error, 'errors', { configurable: true, enumerable: false, writable: true, value: CreateArrayFromList(errors) });
  return error;
}

/** https://tc39.es/ecma262/#sec-performpromiseany */
const PerformPromiseAny: Perform = (iteratorRecord, C, capability, promiseResolve) => {
  const errors: Value[] = [];
  const remaining = { value: 1 };
  let index = 0;
  for (;;) {
    if (--R.fuel <= 0) R.agent.refuel();
    const next = IteratorStepValue(iteratorRecord);
    if (next === DONE) {
      if (--remaining.value === 0) throw new ThrowCompletion(aggregateError(errors));
      return capability.promise;
    }
    errors.push(undefined);
    const nextPromise = promiseResolve.Call(C, [next]);
    // https://tc39.es/ecma262/#sec-promise.any-reject-element-functions
    let alreadyCalled = false;
    const i = index;
    const onRejected = CreateBuiltinFunction(R.realm, (_t, args) => {
      if (alreadyCalled) return undefined;
      alreadyCalled = true;
      errors[i] = args[0];
      if (--remaining.value === 0) return settleCapability(capability, true, aggregateError(errors));
      return undefined;
    }, 1, '');
    remaining.value++;
    Invoke(nextPromise, 'then', [capability.resolve, onRejected]);
    index++;
  }
};

/** https://tc39.es/ecma262/#sec-performpromiserace */
const PerformPromiseRace: Perform = (iteratorRecord, C, capability, promiseResolve) => {
  for (;;) {
    if (--R.fuel <= 0) R.agent.refuel();
    const next = IteratorStepValue(iteratorRecord);
    if (next === DONE) return capability.promise;
    const nextPromise = promiseResolve.Call(C, [next]);
    Invoke(nextPromise, 'then', [capability.resolve, capability.reject]);
  }
};

// ---- the intrinsics ----

/** https://tc39.es/ecma262/#sec-promise-objects */
export function setupPromise(realm: Realm): void {
  const proto = new JSObject(realm.ObjectPrototype);
  realm.intrinsics['%Promise.prototype%'] = proto;
  const ctor = CreateBuiltinFunction(realm, PromiseConstructor, 1, 'Promise', { ctor: true });
  realm.intrinsics['%Promise%'] = ctor;
  ctor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', ctor);
  realm.addGlobal('Promise', ctor);

  defineMethods(realm, ctor, [
    ['all', (thisValue, args) => promiseCombinator('Promise.all', thisValue, args[0], PerformPromiseAll), 1],
    ['allSettled', (thisValue, args) => promiseCombinator('Promise.allSettled', thisValue, args[0], PerformPromiseAllSettled), 1],
    ['any', (thisValue, args) => promiseCombinator('Promise.any', thisValue, args[0], PerformPromiseAny), 1],
    ['race', (thisValue, args) => promiseCombinator('Promise.race', thisValue, args[0], PerformPromiseRace), 1],
    ['reject', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-promise.reject
      if (!(thisValue instanceof JSObject)) throwTypeError('PromiseReject called on non-object');
      const capability = NewPromiseCapability(thisValue);
      settleCapability(capability, true, args[0]);
      return capability.promise;
    }, 1],
    ['resolve', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-promise.resolve
      if (!(thisValue instanceof JSObject)) throwTypeError('PromiseResolve called on non-object');
      return PromiseResolve(thisValue, args[0]);
    }, 1],
    ['try', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-promise.try
      if (!(thisValue instanceof JSObject)) throwTypeError('Promise.try called on non-object');
      const capability = NewPromiseCapability(thisValue);
      let status: Value;
      try {
        status = Call(args[0], undefined, args.slice(1));
      } catch (e) {
        settleCapability(capability, true, guestThrow(e).value);
        return capability.promise;
      }
      settleCapability(capability, false, status);
      return capability.promise;
    }, 1],
    ['withResolvers', (thisValue) => {
      // https://tc39.es/ecma262/#sec-promise.withResolvers
      if (!(thisValue instanceof JSObject)) throwTypeError('Promise.withResolvers called on non-object');
      const capability = NewPromiseCapability(thisValue);
      const obj = new JSObject(R.realm.ObjectPrototype);
      CreateDataPropertyOrThrow(obj, 'promise', capability.promise);
      CreateDataPropertyOrThrow(obj, 'resolve', capability.resolve);
      CreateDataPropertyOrThrow(obj, 'reject', capability.reject);
      return obj;
    }, 0],
  ]);
  // https://tc39.es/ecma262/#sec-get-promise-@@species
  ctor.addAccessor(WellKnown.species, CreateBuiltinFunction(realm, (thisValue) => thisValue, 0, WellKnown.species, { prefix: 'get' }), undefined, C);

  defineMethods(realm, proto, [
    ['catch', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-promise.prototype.catch
      return Invoke(thisValue, 'then', [undefined, args[0]]);
    }, 1],
    ['finally', (thisValue, args) => promiseFinally(thisValue, args[0]), 1],
    ['then', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-promise.prototype.then
      const promise = thisValue;
      if (!IsPromise(promise)) throwTypeError(`Method Promise.prototype.then called on incompatible receiver ${describe(promise)}`);
      const c = SpeciesConstructor(promise, R.realm.intrinsics['%Promise%']);
      const resultCapability = NewPromiseCapability(c);
      return PerformPromiseThen(promise, args[0], args[1], resultCapability);
    }, 2],
  ]);
  realm.intrinsics['%Promise.prototype.then%'] = Get(proto, 'then') as JSObject;
  proto.addProperty(WellKnown.toStringTag, 'Promise', C);
}

/** https://tc39.es/ecma262/#sec-promise.prototype.finally */
function promiseFinally(thisValue: Value, onFinally: Value): Value {
  // 1-2.
  const promise = thisValue;
  if (!(promise instanceof JSObject)) throwTypeError('Promise.prototype.finally called on non-object');
  // 3.
  const c = SpeciesConstructor(promise, R.realm.intrinsics['%Promise%']);
  // 5-6.
  let thenFinally: Value;
  let catchFinally: Value;
  if (!IsCallable(onFinally)) {
    thenFinally = onFinally;
    catchFinally = onFinally;
  } else {
    const realm = R.realm;
    thenFinally = CreateBuiltinFunction(realm, (_t, args) => {
      const value = args[0];
      const result = onFinally.Call(undefined, []);
      const p = PromiseResolve(c, result);
      const valueThunk = CreateBuiltinFunction(R.realm, () => value, 0, '');
      return Invoke(p, 'then', [valueThunk]);
    }, 1, '');
    catchFinally = CreateBuiltinFunction(realm, (_t, args) => {
      const reason = args[0];
      const result = onFinally.Call(undefined, []);
      const p = PromiseResolve(c, result);
      const thrower = CreateBuiltinFunction(R.realm, () => { throw new ThrowCompletion(reason); }, 0, '');
      return Invoke(p, 'then', [thrower]);
    }, 1, '');
  }
  // 7.
  return Invoke(promise, 'then', [thenFinally, catchFinally]);
}
