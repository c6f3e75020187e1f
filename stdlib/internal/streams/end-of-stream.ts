// @ts-nocheck
/**
 * stream.finished(stream[, options], callback) (internal/streams/end-of-stream): tells the
 * callback, once, that a stream is through — its requested sides are done (writable 'finish',
 * readable 'end'), or it errored, or it closed (ERR_STREAM_PREMATURE_CLOSE when a requested side
 * was not done yet). Returns a function that detaches everything it added. `finished` on the
 * export is the promise form that stream/promises re-exports.
 *
 * How it is put together:
 *  - `watchers`: every listener this call adds is recorded with its emitter, so detaching is one
 *    loop over what was really attached.
 *  - `sides`: the readable and the writable half, each with whether the caller waits for it and
 *    whether it is done; 'end' and 'finish' go through one function (`sideDone`).
 *  - a stream that will emit 'close' after finishing (autoDestroy + emitClose, not closed yet) is
 *    only reported at 'close', so the caller sees it after the stream has torn down.
 *  - a stream that is already through when we are called is reported on the next tick
 *    (`settledAtStart` says which 'close' flavour applies).
 * Behaviour follows https://nodejs.org/api/stream.html#streamfinishedstream-options-callback.
 */

const { Promise } = globalThis;

const { AbortError, codes } = require('../errors');
const { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE } = codes;
const { kEmptyObject, once, SymbolDispose } = require('../util');
const {
  validateAbortSignal,
  validateFunction,
  validateObject,
  validateBoolean,
} = require('../validators');
const utils = require('./utils');

let lazyAddAbortListener;
function onAbortSignal(signal, listener) {
  lazyAddAbortListener ??= require('../events/abort_listener').addAbortListener;
  const disposable = lazyAddAbortListener(signal, listener);
  return () => disposable[SymbolDispose]();
}

function doNothing() {}

/** An http.ClientRequest-like object (has setHeader and abort()). */
function looksLikeRequest(stream) {
  return stream.setHeader && typeof stream.abort === 'function';
}

/** The first error the stream holds on either side, when it is a real value (not `true`). */
function storedError(stream) {
  const err = utils.isWritableErrored(stream) || utils.isReadableErrored(stream);
  return err && typeof err !== 'boolean' ? err : undefined;
}

/** `options` as given when eos() had three arguments: absent means none; else an object. */
function checkedOptions(options) {
  if (options == null) return kEmptyObject;
  validateObject(options, 'options');
  return options;
}

const kStreamKinds = ['ReadableStream', 'WritableStream', 'Stream'];

function eos(stream, options, callback) {
  const withoutOptions = arguments.length === 2;
  const opts = withoutOptions ? kEmptyObject : checkedOptions(options);
  const cb = withoutOptions ? options : callback;
  validateFunction(cb, 'callback');
  validateAbortSignal(opts.signal, 'options.signal');

  const notify = once(cb);
  if (utils.isReadableStream(stream) || utils.isWritableStream(stream)) {
    return watchWebStream(stream, opts.signal, notify);
  }
  if (utils.isNodeStream(stream)) return watchNodeStream(stream, opts, notify);
  throw new ERR_INVALID_ARG_TYPE('stream', kStreamKinds, stream);
}

function watchNodeStream(stream, options, notify) {
  const { _readableState: rState, _writableState: wState } = stream;

  const readable = {
    wanted: options.readable ?? utils.isReadableNodeStream(stream),
    done: utils.isReadableFinished(stream, false),
  };
  const writable = {
    wanted: options.writable ?? utils.isWritableNodeStream(stream),
    done: utils.isWritableFinished(stream, false),
  };

  // Wait for 'close' only when the stream will emit it and we watch exactly its own sides.
  let closeExpected = !!(
    utils.willEmitClose(stream) &&
    utils.isReadableNodeStream(stream) === readable.wanted &&
    utils.isWritableNodeStream(stream) === writable.wanted
  );
  const closeExpectedAtStart = closeExpected;
  const closedAtStart = utils.isClosed(stream);

  // --- reporting: at most once, never after detach() ---
  let attached = true;
  let reported = false;
  let disposeAbort = null;
  function deliver(args) {
    if (reported) return;
    reported = true;
    if (disposeAbort !== null) disposeAbort();
    notify.apply(stream, args);
  }
  function report(...args) {
    if (attached) deliver(args);
  }

  // --- listeners, each recorded for detach() ---
  const watchers = [];
  function watch(emitter, event, listener) {
    emitter.on(event, listener);
    watchers[watchers.length] = { emitter, event, listener };
  }
  function detach() {
    attached = false;
    for (let i = 0; i < watchers.length; i++) {
      const { emitter, event, listener } = watchers[i];
      emitter.removeListener(event, listener);
    }
    watchers.length = 0;
  }

  // 'end' or 'finish': report when the other side is done too, unless 'close' is still coming.
  function sideDone(side, other, otherOpenOnStream) {
    side.done = true;
    if (stream.destroyed) closeExpected = false; // its 'close' is out already, or never comes
    if (closeExpected && (!otherOpenOnStream() || other.wanted)) return;
    if (!other.wanted || other.done) report();
  }
  const onFinish = () => sideDone(writable, readable, () => stream.readable);
  const onEnd = () => sideDone(readable, writable, () => stream.writable);
  const onError = (err) => report(err);

  // 'close' (and 'abort'/'aborted'): an error it holds, else premature unless the wanted sides
  // are done.
  const onClose = () => {
    const err = storedError(stream);
    if (err !== undefined) return report(err);
    if (readable.wanted && !readable.done && utils.isReadableNodeStream(stream, true) &&
        !utils.isReadableFinished(stream, false)) {
      return report(new ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable.wanted && !writable.done && !utils.isWritableFinished(stream, false)) {
      return report(new ERR_STREAM_PREMATURE_CLOSE());
    }
    report();
  };
  // Already through when called: only an error it holds counts.
  const onAlreadyClosed = () => {
    const err = storedError(stream);
    if (err !== undefined) return report(err);
    report();
  };

  // A legacy stream (no state object) is done writing once `writable` turns false.
  const onLegacyEnd = () => {
    if (!stream.writable) onFinish();
  };
  const onRequestObject = () => watch(stream.req, 'finish', onFinish);

  if (looksLikeRequest(stream)) {
    watch(stream, 'complete', onFinish);
    if (!closeExpected) watch(stream, 'abort', onClose);
    // The request object may come later, with a 'request' event.
    if (!stream.req) watch(stream, 'request', onRequestObject);
    else onRequestObject();
  } else if (writable.wanted && !wState) {
    watch(stream, 'end', onLegacyEnd);
    watch(stream, 'close', onLegacyEnd);
  }
  // Some streams (http.IncomingMessage) emit 'aborted' and no 'close' after it.
  if (!closeExpected && typeof stream.aborted === 'boolean') {
    watch(stream, 'aborted', onClose);
  }
  watch(stream, 'end', onEnd);
  watch(stream, 'finish', onFinish);
  if (options.error !== false) watch(stream, 'error', onError);
  watch(stream, 'close', onClose);

  const initial = settledAtStart(stream, {
    closed: closedAtStart,
    closeExpected: closeExpectedAtStart,
    readable,
    writable,
    rState,
    wState,
  });
  if (initial !== null) {
    process.nextTick(initial === 'close' ? onClose : onAlreadyClosed);
  }

  const signal = options.signal;
  if (signal && !closedAtStart) {
    const onAbort = () => {
      if (!attached) return;
      detach();
      deliver([new AbortError(undefined, { cause: signal.reason })]);
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      disposeAbort = onAbortSignal(signal, onAbort);
    }
  }

  return detach;
}

/**
 * Whether the stream needs no event to be reported: 'close' (closed already: judge it as at
 * 'close'), 'closed' (errored or its watched sides are over: only a held error counts), or null.
 */
function settledAtStart(stream, s) {
  if (s.closed) return 'close';
  const { rState, wState } = s;
  if (wState?.errorEmitted || rState?.errorEmitted) {
    return s.closeExpected ? null : 'closed';
  }
  const noPendingWrites =
    wState == null || wState.pendingcb === undefined || wState.pendingcb === 0;
  if (!s.readable.wanted &&
      (!s.closeExpected || utils.isReadable(stream)) &&
      (s.writable.done || utils.isWritable(stream) === false) &&
      noPendingWrites) {
    return 'closed';
  }
  if (!s.writable.wanted &&
      (!s.closeExpected || utils.isWritable(stream)) &&
      (s.readable.done || utils.isReadable(stream) === false)) {
    return 'closed';
  }
  if (rState && stream.req && stream.aborted) return 'closed';
  return null;
}

/** Web streams settle through their closed promise; the result is passed on a tick later. */
function watchWebStream(stream, signal, notify) {
  let aborted = false;
  let deliver = notify;
  if (signal) {
    const onAbort = () => {
      aborted = true;
      deliver.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      const dispose = onAbortSignal(signal, onAbort);
      deliver = once((...args) => {
        dispose();
        notify.apply(stream, args);
      });
    }
  }
  const passOn = (...args) => {
    if (aborted) return;
    process.nextTick(() => deliver.apply(stream, args));
  };
  stream[utils.kIsClosedPromise].promise.then(passOn, passOn);
  return doNothing;
}

/** The `cleanup` option of the promise form: when set, it must be a boolean. */
function cleanupWanted(opts) {
  const cleanup = opts?.cleanup;
  if (!cleanup) return false;
  validateBoolean(cleanup, 'cleanup');
  return cleanup;
}

/** finished(stream[, options]) for stream/promises: resolves, or rejects with the error. */
function finished(stream, opts) {
  if (opts === null) opts = kEmptyObject;
  const autoCleanup = cleanupWanted(opts);
  return new Promise((resolve, reject) => {
    const detach = eos(stream, opts, (err) => {
      if (autoCleanup) detach();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;

module.exports = eos;
export {}; // a module for tsc; the guest sees module.exports
