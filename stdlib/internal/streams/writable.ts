// @ts-nocheck
/**
 * Node's internal/streams/writable (Node 20) as guest code: Writable and WritableState.
 *
 * write() hands one chunk at a time to _write (or a batch to _writev after cork() or while a
 * write is in progress); the rest waits in state.buffered. 'drain' is emitted once the buffer
 * has gone below the highWaterMark after write() returned false; end() leads to _final,
 * 'prefinish', 'finish' and (autoDestroy) destroy() and 'close', each on the tick Node uses.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/_stream_writable.js).

const { Array, Error, Function, Symbol } = globalThis;
const ArrayPrototypeSlice = Function.prototype.call.bind(Array.prototype.slice);
const ObjectDefineProperties = Object.defineProperties;
const ObjectDefineProperty = Object.defineProperty;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const StringPrototypeToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);
const SymbolHasInstance = Symbol.hasInstance;
const FunctionPrototypeSymbolHasInstance = Function.prototype.call.bind(Function.prototype[SymbolHasInstance]);

const EE = require('../../events');
const { Stream } = require('./legacy');
const destroyImpl = require('./destroy');
const { addAbortSignal } = require('./add-abort-signal');
const { kOnConstructed } = require('./utils');
const { getHighWaterMark, getDefaultHighWaterMark } = require('./state');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_MULTIPLE_CALLBACK,
  ERR_STREAM_CANNOT_PIPE,
  ERR_STREAM_DESTROYED,
  ERR_STREAM_ALREADY_FINISHED,
  ERR_STREAM_NULL_VALUES,
  ERR_STREAM_WRITE_AFTER_END,
  ERR_UNKNOWN_ENCODING,
} = require('../errors').codes;
const { isArrayBufferView } = require('../util/types');
const { SymbolAsyncDispose } = require('../util');
const { AbortError } = require('../errors');
const { Promise } = globalThis;

let eos;
function lazyEos() {
  eos ??= require('./end-of-stream');
  return eos;
}

const { errorOrDestroy } = destroyImpl;

let Buffer;
function lazyBuffer() {
  Buffer ??= require('../../buffer').Buffer;
  return Buffer;
}
let Duplex;
function lazyDuplex() {
  Duplex ??= require('./duplex');
  return Duplex;
}

Writable.WritableState = WritableState;

ObjectSetPrototypeOf(Writable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Writable, Stream);

function nop() {}

const kOnFinished = Symbol('kOnFinished');

function WritableState(options, stream, isDuplex) {
  // A Duplex may set objectMode for its writable side alone (writableObjectMode).
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();

  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) {
    this.objectMode = this.objectMode || !!(options && options.writableObjectMode);
  }

  // write() returns false once this much is buffered.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.finalCalled = false;
  this.needDrain = false;
  // end() was called.
  this.ending = false;
  // end() has returned.
  this.ended = false;
  // 'finish' was emitted.
  this.finished = false;
  this.destroyed = false;

  // Strings are turned into Buffers before _write unless decodeStrings is false.
  const noDecode = !!(options && options.decodeStrings === false);
  this.decodeStrings = !noDecode;

  const defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null) {
    this.defaultEncoding = 'utf8';
  } else if (lazyBuffer().isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // Bytes (or objects) written but not yet acknowledged by _write's callback.
  this.length = 0;
  this.writing = false;
  this.corked = 0;

  // true while _write runs: its callback then defers its work to the next tick.
  this.sync = true;

  this.bufferProcessing = false;

  // _write's callback, bound to the stream.
  this.onwrite = onwrite.bind(undefined, stream);

  this.writecb = null;
  this.writelen = 0;
  // A write is in progress and its callback not yet called (a second call is an error).
  this.expectWriteCb = false;
  // An afterWrite is scheduled on the next tick.
  this.afterWritePending = false;

  // Write callbacks of synchronous writes, counted to be called together on the next tick.
  this.afterWriteTickInfo = null;

  resetBuffer(this);

  // Callbacks not yet called (writes and _final); 'finish' waits for zero.
  this.pendingcb = 0;

  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;

  this[kOnFinished] = [];
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return ArrayPrototypeSlice(this.buffered, this.bufferedIndex);
};

ObjectDefineProperty(WritableState.prototype, 'bufferedRequestCount', {
  __proto__: null,
  get() {
    return this.buffered.length - this.bufferedIndex;
  },
});

function Writable(options) {
  // A Duplex is not an instance of Writable (its prototype chain goes through Readable), but
  // `instanceof Writable` is made to answer true for it below.
  const isDuplex = (this instanceof lazyDuplex());

  if (!isDuplex && !FunctionPrototypeSymbolHasInstance(Writable, this)) {
    return new Writable(options);
  }

  // The common events get their slots up front, as in node.
  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
  };

  this._writableState = new WritableState(options, this, isDuplex);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._writableState[kOnConstructed](this);
    });
  }
}

// What a writable does once _construct has called back.
WritableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if (!this.writing) {
    clearBuffer(stream, this);
  }

  if (this.ending) {
    finishMaybe(stream, this);
  }
};

ObjectDefineProperty(Writable, SymbolHasInstance, {
  __proto__: null,
  value: function(object) {
    if (FunctionPrototypeSymbolHasInstance(this, object)) return true;
    if (this !== Writable) return false;

    return object && object._writableState instanceof WritableState;
  },
});

// A Writable cannot be piped from.
Writable.prototype.pipe = function() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

function _write(stream, chunk, encoding, cb) {
  const state = stream._writableState;

  if (cb == null || typeof cb !== 'function') {
    cb = nop;
  }

  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (!state.objectMode) {
    // In objectMode the encoding is handed to _write as it was given.
    if (!encoding) {
      encoding = state.defaultEncoding;
    } else if (encoding !== 'buffer' && !lazyBuffer().isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }

    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = lazyBuffer().from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof lazyBuffer()) {
      encoding = 'buffer';
    } else if (isArrayBufferView(chunk)) {
      chunk = lazyBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let err;
  if (state.ending) {
    err = new ERR_STREAM_WRITE_AFTER_END();
  } else if (state.destroyed) {
    err = new ERR_STREAM_DESTROYED('write');
  }

  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function(chunk, encoding, cb) {
  if (encoding != null && typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  return _write(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;

  if (state.corked) {
    state.corked--;

    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = StringPrototypeToLowerCase(encoding);
  if (!lazyBuffer().isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// Writes now when nothing else is in progress, else queues; returns write()'s result.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunk.length;

  state.length += len;

  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') {
      state.allBuffers = false;
    }
    if (state.allNoop && callback !== nop) {
      state.allNoop = false;
    }
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    state.expectWriteCb = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  // Measured after a synchronous _write has called back (as node 20 does).
  const ret = state.length < state.highWaterMark;

  // 'drain' is emitted only after a write() that returned false.
  if (!ret) state.needDrain = true;

  // false once errored or destroyed, so that a `while (w.write(x))` loop stops.
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  state.expectWriteCb = true;
  if (state.destroyed) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;

  cb(er);
  // The buffered writes fail too (errorBuffer waits for a write in progress); 'error' comes
  // after the callback.
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;

  if (!state.expectWriteCb) {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }

  const sync = state.sync;
  const cb = state.writecb || nop;

  state.writing = false;
  state.expectWriteCb = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions

    if (!state.errored) {
      state.errored = er;
    }

    // A Duplex's readable side is errored too.
    if (stream._readableState && !stream._readableState.errored) {
      stream._readableState.errored = er;
    }

    if (sync) {
      process.nextTick(onwriteError, stream, state, er, cb);
    } else {
      onwriteError(stream, state, er, cb);
    }
  } else {
    if (state.buffered.length > state.bufferedIndex) {
      clearBuffer(stream, state);
    }

    if (sync) {
      const needDrain = state.needDrain && state.length === 0;
      // NON-SPEC: node 20 tests the destroyed flag here with an operator-precedence slip
      // (`state & kDestroyed !== 0`, i.e. `state & 1`), which is the objectMode bit: an
      // object-mode stream always takes the tick. Kept for the same event order.
      const needTick = needDrain || state.objectMode || cb !== nop;

      // A synchronous write with no callback and no 'drain' to emit is settled at once; the
      // callbacks of synchronous writes with the same callback are counted and called
      // together on one tick.
      if (cb === nop) {
        if (!state.afterWritePending && needTick) {
          process.nextTick(afterWrite, stream, state, 1, cb);
          state.afterWritePending = true;
        } else {
          state.pendingcb--;
          if (state.ending) {
            finishMaybe(stream, state, true);
          }
        }
      } else if (state.afterWriteTickInfo !== null &&
                 state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++;
      } else if (needTick) {
        state.afterWriteTickInfo = { count: 1, cb, stream, state };
        process.nextTick(afterWriteTick, state.afterWriteTickInfo);
        state.afterWritePending = true;
      } else {
        state.pendingcb--;
        if (state.ending) {
          finishMaybe(stream, state, true);
        }
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = null;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;

  const needDrain = !state.ending && !state.destroyed && state.length === 0 &&
    state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }

  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }

  if (state.destroyed) {
    errorBuffer(state);
  }

  if (state.ending) {
    finishMaybe(stream, state, true);
  }
}

// Fails every buffered write (and end() callback) once the stream is destroyed or errored.
function errorBuffer(state) {
  if (state.writing) {
    return;
  }

  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    const len = state.objectMode ? 1 : chunk.length;
    state.length -= len;
    callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
  }

  const onfinishCallbacks = state[kOnFinished].splice(0);
  for (let i = 0; i < onfinishCallbacks.length; i++) {
    onfinishCallbacks[i](state.errored ?? new ERR_STREAM_DESTROYED('end'));
  }

  resetBuffer(state);
}

// Writes what is buffered: all at once through _writev when there is one, else one by one.
function clearBuffer(stream, state) {
  if (state.corked ||
      state.bufferProcessing ||
      state.destroyed ||
      !state.constructed) {
    return;
  }

  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;

  if (!bufferedLength) {
    return;
  }

  let i = bufferedIndex;

  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;

    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) {
        buffered[n].callback(err);
      }
    };
    // The array itself when it is used from its start and no callback needs it afterwards.
    const chunks = state.allNoop && i === 0 ?
      buffered :
      ArrayPrototypeSlice(buffered, i);
    chunks.allBuffers = state.allBuffers;

    doWrite(stream, state, true, state.length, chunks, '', callback);

    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;

  if (chunk != null) {
    const ret = _write(this, chunk, encoding);
    if (ret instanceof Error) {
      err = ret;
    }
  }

  // end() uncorks fully.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write failed: its error goes to cb below.
  } else if (!state.errored && !state.ending) {
    // ending is set before finishMaybe so that a synchronous 'finish' sees it; ended after,
    // so that a write() during end() is "write after end" only once end() returns.
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) {
      process.nextTick(cb, err);
    } else if (state.errored) {
      process.nextTick(cb, state.errored);
    } else if (state.finished) {
      process.nextTick(cb, null);
    } else {
      state[kOnFinished].push(cb);
    }
  }

  return this;
};

function needFinish(state) {
  return (state.ending &&
          !state.destroyed &&
          state.constructed &&
          state.length === 0 &&
          !state.errored &&
          state.buffered.length === 0 &&
          !state.finished &&
          !state.writing &&
          !state.errorEmitted &&
          !state.closeEmitted);
}

function onFinish(stream, state, err) {
  // _final called back a second time.
  if (state.prefinished) {
    errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.pendingcb--;
  if (err) {
    const onfinishCallbacks = state[kOnFinished].splice(0);
    for (let i = 0; i < onfinishCallbacks.length; i++) {
      onfinishCallbacks[i](err);
    }
    errorOrDestroy(stream, err, state.sync);
  } else if (needFinish(state)) {
    state.prefinished = true;
    stream.emit('prefinish');
    // 'finish' waits for the next tick even when _final called back synchronously.
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) {
    return;
  }

  if (typeof stream._final === 'function' && !state.destroyed) {
    state.finalCalled = true;
    state.sync = true;
    state.pendingcb++;

    try {
      stream._final((err) => onFinish(stream, state, err));
    } catch (err) {
      onFinish(stream, state, err);
    }

    state.sync = false;
  } else {
    state.finalCalled = true;
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick((stream, state) => {
          if (needFinish(state)) {
            finish(stream, state);
          } else {
            state.pendingcb--;
          }
        }, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;

  const onfinishCallbacks = state[kOnFinished].splice(0);
  for (let i = 0; i < onfinishCallbacks.length; i++) {
    onfinishCallbacks[i](null);
  }

  stream.emit('finish');

  if (state.autoDestroy) {
    // A Duplex is destroyed once its readable side has ended too.
    const rState = stream._readableState;
    const autoDestroy = !rState || (
      rState.autoDestroy &&
      // The readable side is done (or there is none).
      (rState.endEmitted || rState.readable === false)
    );
    if (autoDestroy) {
      stream.destroy();
    }
  }
}

ObjectDefineProperties(Writable.prototype, {
  closed: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.closed : false;
    },
  },

  destroyed: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.destroyed : false;
    },
    set(value) {
      // Kept for old code that sets it.
      if (this._writableState) {
        this._writableState.destroyed = value;
      }
    },
  },

  writable: {
    __proto__: null,
    get() {
      const w = this._writableState;
      // false once destroyed, errored or ended.
      return !!w && w.writable !== false && !w.destroyed && !w.errored &&
        !w.ending && !w.ended;
    },
    set(val) {
      // Kept for old code that sets it.
      if (this._writableState) {
        this._writableState.writable = !!val;
      }
    },
  },

  writableFinished: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.finished : false;
    },
  },

  writableObjectMode: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.objectMode : false;
    },
  },

  writableBuffer: {
    __proto__: null,
    get() {
      return this._writableState && this._writableState.getBuffer();
    },
  },

  writableEnded: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.ending : false;
    },
  },

  writableNeedDrain: {
    __proto__: null,
    get() {
      const wState = this._writableState;
      if (!wState) return false;
      return !wState.destroyed && !wState.ending && wState.needDrain;
    },
  },

  writableHighWaterMark: {
    __proto__: null,
    get() {
      return this._writableState && this._writableState.highWaterMark;
    },
  },

  writableCorked: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.corked : 0;
    },
  },

  writableLength: {
    __proto__: null,
    get() {
      return this._writableState && this._writableState.length;
    },
  },

  errored: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._writableState ? this._writableState.errored : null;
    },
  },

  writableAborted: {
    __proto__: null,
    enumerable: false,
    get: function() {
      return !!(
        this._writableState.writable !== false &&
        (this._writableState.destroyed || this._writableState.errored) &&
        !this._writableState.finished
      );
    },
  },
});

const destroy = destroyImpl.destroy;
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;

  // Buffered writes and end() callbacks fail on the next tick.
  if (!state.destroyed ||
    state.bufferedIndex < state.buffered.length ||
    state[kOnFinished].length) {
    process.nextTick(errorBuffer, state);
  }

  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

// `await using w = new Writable(...)`: destroys the stream (with an AbortError unless it
// finished) and waits for it to close.
Writable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.writableFinished ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) =>
    lazyEos()(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null))),
  );
};

Writable.fromWeb = function(writableStream, options) {
  return require('../webstreams/adapters').newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function(streamWritable) {
  return require('../webstreams/adapters').newWritableStreamFromStreamWritable(streamWritable);
};

module.exports = Writable;
export {}; // a module for tsc; the guest sees module.exports
