// @ts-nocheck
/**
 * Node's `timers/promises` (Node 20): setTimeout and setImmediate returning promises, setInterval
 * as an async iterator, all cancellable with an AbortSignal and unref-able with { ref: false };
 * and the experimental scheduler (wait, yield).
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/timers/promises.js).

const { Promise, Reflect, Symbol } = globalThis;
const PromiseReject = Promise.reject.bind(Promise);
const PromisePrototypeFinally = Function.prototype.call.bind(Promise.prototype.finally);
const ReflectConstruct = Reflect.construct;

const { Timeout, Immediate, insert } = require('../internal/timers');
const { clearImmediate, clearInterval, clearTimeout } = require('../timers');

const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('../internal/errors');

const {
  validateAbortSignal,
  validateBoolean,
  validateObject,
  validateNumber,
} = require('../internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });
const kScheduler = Symbol('kScheduler');
let kResistStopPropagation;

function resistStopPropagation() {
  if (kResistStopPropagation === undefined) {
    try {
      kResistStopPropagation = require('../internal/event_target').kResistStopPropagation ?? null;
    } catch {
      kResistStopPropagation = null;
    }
  }
  return kResistStopPropagation;
}

function listenerOptions(once) {
  const o = { __proto__: null };
  if (once) o.once = true;
  const k = resistStopPropagation();
  if (k !== null) o[k] = true;
  return o;
}

function cancelListenerHandler(clear, reject, signal) {
  if (!this._destroyed) {
    clear(this);
    reject(new AbortError(undefined, { cause: signal?.reason }));
  }
}

function setTimeout(after, value, options = kEmptyObject) {
  try {
    if (typeof after !== 'undefined') validateNumber(after, 'delay');
    validateObject(options, 'options');
    if (typeof options?.signal !== 'undefined') validateAbortSignal(options.signal, 'options.signal');
    if (typeof options?.ref !== 'undefined') validateBoolean(options.ref, 'options.ref');
  } catch (err) {
    return PromiseReject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) return PromiseReject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const timeout = new Timeout(resolve, after, [value], false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal) {
      oncancel = cancelListenerHandler.bind(timeout, clearTimeout, reject, signal);
      signal.addEventListener('abort', oncancel, listenerOptions(false));
    }
  });
  return oncancel !== undefined ? PromisePrototypeFinally(ret, () => signal.removeEventListener('abort', oncancel)) : ret;
}

function setImmediate(value, options = kEmptyObject) {
  try {
    validateObject(options, 'options');
    if (typeof options?.signal !== 'undefined') validateAbortSignal(options.signal, 'options.signal');
    if (typeof options?.ref !== 'undefined') validateBoolean(options.ref, 'options.ref');
  } catch (err) {
    return PromiseReject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) return PromiseReject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    if (signal) {
      oncancel = cancelListenerHandler.bind(immediate, clearImmediate, reject, signal);
      signal.addEventListener('abort', oncancel, listenerOptions(false));
    }
  });
  return oncancel !== undefined ? PromisePrototypeFinally(ret, () => signal.removeEventListener('abort', oncancel)) : ret;
}

async function* setInterval(after, value, options = kEmptyObject) {
  validateObject(options, 'options');
  if (typeof options?.signal !== 'undefined') validateAbortSignal(options.signal, 'options.signal');
  if (typeof options?.ref !== 'undefined') validateBoolean(options.ref, 'options.ref');
  const { signal, ref = true } = options;

  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });

  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = new Timeout(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal) {
      onCancel = () => {
        clearInterval(interval);
        if (callback) {
          callback(PromiseReject(new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, listenerOptions(true));
    }

    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => callback = resolve);
      }
      for (; notYielded > 0; notYielded--) {
        yield value;
      }
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    clearInterval(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

// The experimental Scheduler (WICG scheduling APIs): scheduler.yield() and scheduler.wait().
class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, { signal: options?.signal });
  }
}

const scheduler = ReflectConstruct(function () {
  this[kScheduler] = true;
}, [], Scheduler);

export = { setTimeout, setImmediate, setInterval, scheduler };
