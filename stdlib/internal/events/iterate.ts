// @ts-nocheck
/**
 * events.on(emitter, name, options): an async iterator over the emitter's `name` events.
 *
 * Events that arrive while nobody waits go to a backlog; `next()` takes from the backlog first,
 * then reports a pending error once, then answers `done` when the iterator is closed, and
 * otherwise parks a promise until the next event. With `highWaterMark`, the emitter is paused
 * when the backlog grows beyond it and resumed once the backlog falls below `lowWaterMark`.
 */

const { AbortError, codes } = require('../errors');
const { validateAbortSignal, validateInteger } = require('../validators');
const { SymbolDispose, kEmptyObject } = require('../util');
const { addAbortListener } = require('./abort_listener');
const { kFirstEventParam } = require('./symbols');

const kWatermarkData = Symbol.for('nodejs.watermarkData');
const asyncIteratorProto =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function step(value) {
  return { value, done: false };
}

/**
 * Subscribes `listener` with on/once or addEventListener, whichever the source has (`flags` are
 * addEventListener's options; `flags.once` picks once() on an EventEmitter).
 */
function subscribe(source, name, listener, flags = undefined) {
  if (typeof source.on === 'function') {
    if (flags?.once) source.once(name, listener);
    else source.on(name, listener);
  } else if (typeof source.addEventListener === 'function') {
    source.addEventListener(name, listener, flags);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', source);
  }
}

/** The reverse of subscribe. */
function unsubscribe(source, name, listener, flags = undefined) {
  if (typeof source.removeListener === 'function') {
    source.removeListener(name, listener);
  } else if (typeof source.removeEventListener === 'function') {
    source.removeEventListener(name, listener, flags);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', source);
  }
}

function readWatermark(options, spelling, oldSpelling, fallback, label) {
  const value = options[spelling] ?? options[oldSpelling] ?? fallback;
  validateInteger(value, label, 1);
  return value;
}

function iterateEvents(emitter, event, options = kEmptyObject) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal?.reason });
  }
  // Both spellings are accepted (highWatermark is the older one).
  const high = readWatermark(options, 'highWaterMark', 'highWatermark',
                             Number.MAX_SAFE_INTEGER, 'options.highWaterMark');
  const low = readWatermark(options, 'lowWaterMark', 'lowWatermark', 1,
                            'options.lowWaterMark');

  const backlog = [];      // events not yet handed out
  const waiting = [];      // { resolve, reject } of next() calls not yet answered
  const subscriptions = []; // [source, name, listener], undone in reverse order
  let pendingError = null;
  let closed = false;
  let paused = false;
  let abortRegistration = null;

  function listen(name, listener) {
    subscribe(emitter, name, listener);
    subscriptions.push([emitter, name, listener]);
  }

  function deliver(value) {
    if (waiting.length > 0) {
      waiting.shift().resolve(step(value));
      return;
    }
    backlog.push(value);
    if (!paused && backlog.length > high) {
      paused = true;
      emitter.pause();
    }
  }

  function fail(err) {
    if (waiting.length > 0) waiting.shift().reject(err);
    else pendingError = err;
    finish();
  }

  function finish() {
    abortRegistration?.[SymbolDispose]();
    while (subscriptions.length > 0) {
      const [source, name, listener] = subscriptions.pop();
      unsubscribe(source, name, listener);
    }
    closed = true;
    const done = { value: undefined, done: true };
    while (waiting.length > 0) waiting.shift().resolve(done);
    return Promise.resolve(done);
  }

  const iterator = {
    next() {
      if (backlog.length > 0) {
        const value = backlog.shift();
        if (paused && backlog.length < low) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(step(value));
      }
      if (pendingError) {
        // An error is reported to one next() call only.
        const rejection = Promise.reject(pendingError);
        pendingError = null;
        return rejection;
      }
      if (closed) return finish();
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
      });
    },

    return() {
      return finish();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new codes.ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      fail(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      /** How many events wait in the backlog. */
      get size() {
        return backlog.length;
      },
      /** Below this backlog size a paused emitter is resumed. */
      get low() {
        return low;
      },
      /** Above this backlog size the emitter is paused. */
      get high() {
        return high;
      },
      /** Whether the iterator has paused the emitter. */
      get isPaused() {
        return paused;
      },
    },
  };
  Object.setPrototypeOf(iterator, asyncIteratorProto);

  if (options[kFirstEventParam]) {
    listen(event, deliver);
  } else {
    listen(event, function(...args) {
      return deliver(args);
    });
  }
  // Only EventEmitters have the 'error' event convention.
  if (event !== 'error' && typeof emitter.on === 'function') {
    listen('error', fail);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(closeEvents[i], finish);
  }
  if (signal) {
    abortRegistration = addAbortListener(signal, () => {
      fail(new AbortError(undefined, { cause: signal?.reason }));
    });
  }

  return iterator;
}

export { iterateEvents, subscribe, unsubscribe };
