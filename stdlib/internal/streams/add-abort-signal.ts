// @ts-nocheck
/**
 * Node's internal/streams/add-abort-signal (Node 20): stream.addAbortSignal(signal, stream)
 * destroys a node stream (or errors a web stream) with an AbortError when the signal aborts.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/internal/streams/add-abort-signal.js).

const { AbortError, codes } = require('../errors');
const { ERR_INVALID_ARG_TYPE } = codes;
const { isNodeStream, isWebStream, kControllerErrorFunction } = require('./utils');
const eos = require('./end-of-stream');
const { SymbolDispose } = require('../util');

let addAbortListener;

// Node accepts anything with an `aborted` property here (not only AbortSignal instances).
function validateAbortSignal(signal, name) {
  if (typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) {
    return stream;
  }
  const onAbort = isNodeStream(stream) ?
    () => {
      stream.destroy(new AbortError(undefined, { cause: signal.reason }));
    } :
    () => {
      stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason }));
    };
  if (signal.aborted) {
    onAbort();
  } else {
    addAbortListener ??= require('../events/abort_listener').addAbortListener;
    const disposable = addAbortListener(signal, onAbort);
    eos(stream, disposable[SymbolDispose]);
  }
  return stream;
}

export { addAbortSignal, addAbortSignalNoValidate };
