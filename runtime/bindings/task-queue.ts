/**
 * internalBinding('task_queue') and node's callback scope (InternalCallbackScope): after every
 * callback from the event loop into the guest, promise jobs run (when no nextTick callback is
 * queued) and then, if nextTick callbacks or rejections wait, the guest's tick callback
 * (processTicksAndRejections, stdlib/internal/process/task_queues.ts) drains them in node's order.
 * An exception escaping a callback goes to the uncaught-exception machinery (./errors.ts).
 */
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import { ThrowCompletion } from '../../interpreter/agent';
import { JSPromise } from '../../interpreter/intrinsics/Promise';
import type { RuntimeContext } from './context';
import { bareObject, methods, obj, sharedTypedArray } from './guest';
import { WEC } from '../../interpreter/values/shape';
import { triggerUncaughtException } from './errors';

export const kHasTickScheduled = 0;
export const kHasRejectionToWarn = 1;

/** node's promise reject events (v8::PromiseRejectEvent). */
export const kPromiseRejectWithNoHandler = 0;
export const kPromiseHandlerAddedAfterReject = 1;

interface TaskQueueState {
  /** [kHasTickScheduled, kHasRejectionToWarn], shared with the guest once the binding exists. */
  tickInfo: Uint8Array;
  tickCallback: JSObject | null;
}

function state(ctx: RuntimeContext): TaskQueueState {
  let st = ctx.state.get('task_queue') as TaskQueueState | undefined;
  if (st === undefined) {
    st = { tickInfo: new Uint8Array(2), tickCallback: null };
    ctx.state.set('task_queue', st);
  }
  return st;
}

/** Runs the promise jobs (V8's microtask checkpoint); an exception from one is reported and the rest run. */
export function runMicrotasks(ctx: RuntimeContext): void {
  for (;;) {
    try {
      ctx.agent.runJobs();
      return;
    } catch (e) {
      if (!(e instanceof ThrowCompletion)) throw e;
      triggerUncaughtException(ctx, e.value, e.pos, false);
    }
  }
}

/** The end of a callback scope: microtasks, then nextTicks and rejections (node's InternalCallbackScope::Close). */
export function afterCallback(ctx: RuntimeContext): void {
  const st = state(ctx);
  const ti = st.tickInfo;
  if (ti[kHasTickScheduled] === 0 && ti[kHasRejectionToWarn] === 0) runMicrotasks(ctx);
  if (ti[kHasTickScheduled] === 0 && ti[kHasRejectionToWarn] === 0) return;
  const cb = st.tickCallback;
  if (cb === null) {
    runMicrotasks(ctx);
    return;
  }
  try {
    cb.Call(ctx.process ?? undefined, []);
  } catch (e) {
    if (!(e instanceof ThrowCompletion)) throw e;
    triggerUncaughtException(ctx, e.value, e.pos, false);
  }
}

/**
 * node's MakeCallback: calls fn into the guest, then closes the callback scope. A guest exception
 * is handed to the uncaught-exception handler (which ends the process unless the guest handles it).
 */
export function makeCallback(ctx: RuntimeContext, fn: JSObject, thisArg: Value, args: Value[]): Value {
  let result: Value;
  try {
    result = fn.Call(thisArg, args);
  } catch (e) {
    if (!(e instanceof ThrowCompletion)) throw e;
    triggerUncaughtException(ctx, e.value, e.pos, false);
    return undefined;
  }
  afterCallback(ctx);
  return result;
}

/**
 * Runs host code that calls into the guest, in a callback scope. An exception goes to the
 * uncaught-exception handler; when the guest handled it, the scope still closes normally (node
 * reports the main script's and the timers' exceptions through a verbose TryCatch inside the
 * scope) unless failClosed, where a failed callback skips the drain as node's MakeCallback does.
 */
export function callbackScope(ctx: RuntimeContext, f: () => void, failClosed = false): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ThrowCompletion)) throw e;
    triggerUncaughtException(ctx, e.value, e.pos, false);
    if (failClosed) return;
  }
  afterCallback(ctx);
}

export function createTaskQueueBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  const st = state(ctx);
  const shared = sharedTypedArray<Uint8Array>('Uint8Array', 2);
  shared.host.set(st.tickInfo);
  st.tickInfo = shared.host;
  const b = bareObject();
  b.addProperty('tickInfo', shared.guest, WEC);
  b.addProperty('promiseRejectEvents', obj(realm, {
    kPromiseRejectWithNoHandler,
    kPromiseHandlerAddedAfterReject,
    kPromiseResolveAfterResolved: 2,
    kPromiseRejectAfterResolved: 3,
  }), WEC);
  return methods(realm, b, {
    runMicrotasks: [() => {
      ctx.agent.runJobs();
      return undefined;
    }, 0],
    setTickCallback: [(_t, a) => {
      st.tickCallback = a[0] instanceof JSObject && a[0].isCallable ? a[0] : null;
      return undefined;
    }, 1],
    enqueueMicrotask: [(_t, a) => {
      const f = a[0];
      if (f instanceof JSObject && f.isCallable) ctx.agent.enqueueJob(() => void f.Call(undefined, []));
      return undefined;
    }, 1],
    /** setPromiseRejectCallback(fn): fn(type, promise, reason) as V8 calls node's promiseRejectHandler. */
    setPromiseRejectCallback: [(_t, a) => {
      const f = a[0];
      if (!(f instanceof JSObject && f.isCallable)) {
        ctx.agent.rejectionTracker = null;
        return undefined;
      }
      ctx.agent.rejectionTracker = (promise, operation) => {
        const type = operation === 'reject' ? kPromiseRejectWithNoHandler : kPromiseHandlerAddedAfterReject;
        const reason = operation === 'reject' && promise instanceof JSPromise ? promise.result : undefined;
        try {
          f.Call(undefined, [type, promise, reason]);
        } catch (e) {
          // node's handler does not throw; if the guest broke it, the rejection goes untracked.
          if (!(e instanceof ThrowCompletion)) throw e;
        }
      };
      return undefined;
    }, 1],
  });
}
