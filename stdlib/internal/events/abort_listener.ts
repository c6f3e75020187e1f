// @ts-nocheck
/** Node's internal/events/abort_listener: events.addAbortListener. */

const { SymbolDispose } = require('../util');
const {
  validateAbortSignal,
  validateFunction,
} = require('../validators');
const { codes } = require('../errors');

let kResistStopPropagation;

function enqueueMicrotask(fn) {
  if (typeof queueMicrotask === 'function') queueMicrotask(fn);
  else Promise.resolve().then(fn);
}

/**
 * Listens once to the signal's 'abort' event, even if another listener stops its propagation
 * (or calls listener in a microtask if the signal is already aborted).
 * @param {AbortSignal} signal
 * @param {EventListener} listener
 * @returns {Disposable} removes the listener when disposed
 */
function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let removeEventListener;
  if (signal.aborted) {
    enqueueMicrotask(() => listener());
  } else {
    kResistStopPropagation ??= require('../event_target').kResistStopPropagation;
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

export { addAbortListener };
