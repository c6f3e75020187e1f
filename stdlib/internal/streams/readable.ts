// @ts-nocheck
/**
 * Node's internal/streams/readable (Node 20) as guest code: Readable and ReadableState.
 *
 * A readable holds a queue of chunks (state.buffer) filled by push() from _read(), and hands
 * them out either by read() (paused mode, driven by 'readable') or by 'data' events (flowing
 * mode, after resume(), pipe() or a 'data' listener). The event order follows Node exactly:
 * 'readable', 'data' and 'end' are emitted from process.nextTick at the same points as Node.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/_stream_readable.js).

const { Number, Promise, Symbol } = globalThis;
const NumberIsInteger = Number.isInteger;
const NumberIsNaN = Number.isNaN;
const NumberParseInt = Number.parseInt;
const ObjectDefineProperties = Object.defineProperties;
const ObjectKeys = Object.keys;
const ObjectSetPrototypeOf = Object.setPrototypeOf;

const EE = require('../../events');
const { Stream, prependListener } = require('./legacy');
const BufferList = require('./buffer_list');
const destroyImpl = require('./destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('./state');
const eos = require('./end-of-stream');
const { addAbortSignal } = require('./add-abort-signal');
const { kOnConstructed } = require('./utils');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
  AbortError,
} = require('../errors');
const { SymbolAsyncDispose } = require('../util');
const { isArrayBufferView } = require('../util/types');

const kPaused = Symbol('kPaused');

let StringDecoder;
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
let from;

const { errorOrDestroy } = destroyImpl;

Readable.ReadableState = ReadableState;

ObjectSetPrototypeOf(Readable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Readable, Stream);

function isBuffer(chunk) {
  const B = lazyBuffer();
  return chunk instanceof B;
}

function toBuffer(chunk) {
  return lazyBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

function ReadableState(options, stream, isDuplex) {
  // A Duplex may set objectMode for its readable side alone (readableObjectMode).
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();

  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) {
    this.objectMode = this.objectMode || !!(options && options.readableObjectMode);
  }

  // How much may be buffered before _read stops being called.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.buffer = new BufferList();
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;

  // false while _construct has not called back.
  this.constructed = true;

  // true while a push() may be synchronous to a _read() call: 'readable' then waits a tick.
  this.sync = true;

  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this[kPaused] = null;

  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  // The error the stream was destroyed (or errored) with.
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;

  // The encoding strings are pushed in when push() is given none.
  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding == null) {
    this.defaultEncoding = 'utf8';
  } else if (lazyBuffer().isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // The destination(s) a pipe waits for 'drain' on: one writable, or a Set when several.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;

  this.readingMore = false;
  this.dataEmitted = false;
  // A 'data' listener was added (cleared when removeListener takes the last one off).
  this.dataListening = false;

  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    StringDecoder ??= require('../../string_decoder').StringDecoder;
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

ObjectDefineProperties(ReadableState.prototype, {
  pipesCount: {
    __proto__: null,
    get() {
      return this.pipes.length;
    },
  },
  paused: {
    __proto__: null,
    get() {
      return this[kPaused] !== false;
    },
    set(value) {
      this[kPaused] = !!value;
    },
  },
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  const isDuplex = this instanceof lazyDuplex();

  // The common events get their slots up front (node does this for a stable object shape; it
  // also means EventEmitter sets removed listeners to undefined instead of deleting them).
  this._events ??= {
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  this._readableState = new ReadableState(options, this, isDuplex);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
    });
  }
}

// What a readable does once _construct has called back.
ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if (this.needReadable) {
    maybeReadMore(stream, this);
  }
};

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
};

// push(chunk[, encoding]): queue a chunk; false once the buffer reaches the highWaterMark.
Readable.prototype.push = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

// unshift(chunk[, encoding]): put a chunk back at the front of the queue.
Readable.prototype.unshift = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;

  let err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          // An unshifted string is re-encoded into the decoder's encoding.
          chunk = lazyBuffer().from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = lazyBuffer().from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (isBuffer(chunk)) {
      encoding = '';
    } else if (isArrayBufferView(chunk)) {
      chunk = toBuffer(chunk);
      encoding = '';
    } else if (chunk != null) {
      err = new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) {
        errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        addChunk(stream, state, chunk, true);
      }
    } else if (state.ended) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) {
          addChunk(stream, state, chunk, false);
        } else {
          maybeReadMore(stream, state);
        }
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }

  // More may be pushed while below the highWaterMark (or while nothing is buffered).
  return !state.ended &&
    (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && state.dataListening) {
    // Flowing with an empty queue: the chunk goes straight to 'data'.
    if (state.multiAwaitDrain) {
      state.awaitDrainWriters.clear();
    } else {
      state.awaitDrainWriters = null;
    }

    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) {
      state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }

    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  StringDecoder ??= require('../../string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  // The decoder's name for the encoding ('utf8' for 'UTF-8', ...).
  state.encoding = decoder.encoding;

  // What is already buffered is decoded now.
  const buffer = state.buffer;
  let content = '';
  for (const data of buffer) {
    content += decoder.write(data);
  }
  buffer.clear();
  if (content !== '') buffer.push(content);
  state.length = content.length;
  return this;
};

// The largest highWaterMark read(n) may raise it to: 1 GiB.
const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) {
    throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  } else {
    // The next power of two.
    n--;
    n |= n >>> 1;
    n |= n >>> 2;
    n |= n >>> 4;
    n |= n >>> 8;
    n |= n >>> 16;
    n++;
  }
  return n;
}

// How much read(n) returns given the state: a whole chunk or everything when n is NaN.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (NumberIsNaN(n)) {
    // Flowing: one chunk at a time; else all that is buffered.
    if (state.flowing && state.length) return state.buffer.first().length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function(n) {
  // read() and read(undefined) mean "what is there"; strings are parsed as numbers.
  if (n === undefined) {
    n = NaN;
  } else if (!NumberIsInteger(n)) {
    n = NumberParseInt(n, 10);
  }
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);

  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or at the end) only signals 'readable' (or 'end').
  if (n === 0 &&
      state.needReadable &&
      ((state.highWaterMark !== 0 ?
        state.length >= state.highWaterMark :
        state.length > 0) ||
       state.ended)) {
    if (state.length === 0 && state.ended) {
      endReadable(this);
    } else {
      emitReadable(this);
    }
    return null;
  }

  n = howMuchToRead(n, state);

  // The stream has ended: emit 'end' once the queue is empty.
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read when what remains after this read is below the highWaterMark, unless ended,
  // already reading, destroyed, errored or still constructing.
  let doRead = state.needReadable;

  if (state.length === 0 || state.length - n < state.highWaterMark) {
    doRead = true;
  }

  if (state.ended || state.reading || state.destroyed || state.errored ||
      !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    // Nothing buffered: the next push emits 'readable'.
    if (state.length === 0) state.needReadable = true;

    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // _read may have pushed synchronously: recompute what to return.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret;
  if (n > 0) {
    ret = fromList(n, state);
  } else {
    ret = null;
  }

  if (ret === null) {
    // Set (never cleared) here.
    if (state.length <= state.highWaterMark) state.needReadable = true;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) {
      state.awaitDrainWriters.clear();
    } else {
      state.awaitDrainWriters = null;
    }
  }

  if (state.length === 0) {
    // Empty and not ended: the next push emits 'readable'.
    if (!state.ended) state.needReadable = true;

    // Read the last of an ended stream: 'end'.
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }

  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;

  if (state.sync) {
    // push(null) inside _read: 'readable' on the next tick.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    // Asynchronous end: 'readable' now (emitReadable_ checks the state itself).
    emitReadable_(stream);
  }
}

// 'readable' is emitted on the next tick, once per batch of pushes.
function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }

  // Another 'readable' after the next push, unless flowing, ended or above the highWaterMark.
  // Set (never cleared) here.
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) {
    state.needReadable = true;
  }
  flow(stream);
}

// Reads ahead (on the next tick) until the buffer reaches the highWaterMark.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  // Keep calling read(0) while below the highWaterMark (or flowing with an empty buffer), and
  // stop when a call added nothing (so an asynchronous _read is not called in a loop).
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark ||
          (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

// Implementations override _read (or pass options.read).
Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// pipe() and unpipe(): readable-pipe.ts.
require('./readable-pipe').install(Readable, { errorOrDestroy, prependListener });

// A 'data' listener starts flowing mode (unless paused explicitly); a 'readable' listener
// switches to paused mode and takes precedence over 'data'.
Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;

  if (ev === 'data') {
    state.dataListening = true;
    // Kept true while a once('readable') listener is being replaced.
    state.readableListening ||= this.listenerCount('readable') > 0;

    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) {
        emitReadable(this);
      } else if (!state.reading) {
        process.nextTick(nReadingNextTick, this);
      }
    }
  }

  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);

  if (ev === 'readable') {
    // On the next tick, so that removing and re-adding a 'readable' listener at once keeps
    // the mode.
    process.nextTick(updateReadableListening, this);
  } else if (ev === 'data' && this.listenerCount('data') === 0) {
    this._readableState.dataListening = false;
  }

  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);

  if (ev === 'readable' || ev === undefined) {
    process.nextTick(updateReadableListening, this);
  }

  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;

  if (state.resumeScheduled && state[kPaused] === false) {
    // resume() was called while 'readable' listeners were there: flow now.
    state.flowing = true;
  } else if (state.dataListening) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

// resume() switches to flowing mode: 'data' events until paused.
Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    // With a 'readable' listener, resume() does not make the stream flow (it only marks it).
    state.flowing = !state.readableListening;
    resume(this, state);
  }
  state[kPaused] = false;
  return this;
};

function resume(stream, state) {
  if (!state.resumeScheduled) {
    state.resumeScheduled = true;
    process.nextTick(resume_, stream, state);
  }
}

function resume_(stream, state) {
  if (!state.reading) {
    stream.read(0);
  }

  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  if (this._readableState.flowing !== false) {
    this._readableState.flowing = false;
    this.emit('pause');
  }
  this._readableState[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// wrap(oldStream): a Readable over an old-style stream ('data'/'end' emitter with pause/resume).
Readable.prototype.wrap = function(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });

  stream.on('end', () => {
    this.push(null);
  });

  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });

  stream.on('close', () => {
    this.destroy();
  });

  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // The old stream's own methods, bound to it, where this stream has none.
  const streamKeys = ObjectKeys(stream);
  for (let j = 1; j < streamKeys.length; j++) {
    const i = streamKeys[j];
    if (this[i] === undefined && typeof stream[i] === 'function') {
      this[i] = stream[i].bind(stream);
    }
  }

  return this;
};

// Async iteration (Symbol.asyncIterator, iterator()): readable-iterator.ts.
require('./readable-iterator').install(Readable, { eos, destroyImpl });

ObjectDefineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      // readable is false once 'end' was emitted, or the stream destroyed or errored.
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      // Kept for old code that sets it.
      if (this._readableState) {
        this._readableState.readable = !!val;
      }
    },
  },

  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get: function() {
      return this._readableState.dataEmitted;
    },
  },

  readableAborted: {
    __proto__: null,
    enumerable: false,
    get: function() {
      return !!(
        this._readableState.readable !== false &&
        (this._readableState.destroyed || this._readableState.errored) &&
        !this._readableState.endEmitted
      );
    },
  },

  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get: function() {
      return this._readableState.highWaterMark;
    },
  },

  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get: function() {
      return this._readableState && this._readableState.buffer;
    },
  },

  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get: function() {
      return this._readableState.flowing;
    },
    set: function(state) {
      if (this._readableState) {
        this._readableState.flowing = state;
      }
    },
  },

  readableLength: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.length;
    },
  },

  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.objectMode : false;
    },
  },

  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.encoding : null;
    },
  },

  errored: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.errored : null;
    },
  },

  closed: {
    __proto__: null,
    get() {
      return this._readableState ? this._readableState.closed : false;
    },
  },

  destroyed: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.destroyed : false;
    },
    set(value) {
      // Kept for old code that sets it.
      if (!this._readableState) {
        return;
      }
      this._readableState.destroyed = value;
    },
  },

  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.endEmitted : false;
    },
  },
});

// Exposed for testing (Node has it too).
Readable._fromList = fromList;

// Takes n bytes (or characters, or one object) off the queue; the caller checked n.
function fromList(n, state) {
  if (state.length === 0) return null;

  let ret;
  if (state.objectMode) {
    ret = state.buffer.shift();
  } else if (!n || n >= state.length) {
    // Everything.
    if (state.decoder) {
      ret = state.buffer.join('');
    } else if (state.buffer.length === 1) {
      ret = state.buffer.first();
    } else {
      ret = state.buffer.concat(state.length);
    }
    state.buffer.clear();
  } else {
    // Part of the queue.
    ret = state.buffer.consume(n, state.decoder);
  }

  return ret;
}

function endReadable(stream) {
  const state = stream._readableState;

  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  // 'end' only when nothing was pushed back in the meantime.
  if (!state.errored && !state.closeEmitted &&
      !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed once its writable side is finished too.
      const wState = stream._writableState;
      const autoDestroy = !wState || (
        wState.autoDestroy &&
        // The writable side is done (or there is none).
        (wState.finished || wState.writable === false)
      );

      if (autoDestroy) {
        stream.destroy();
      }
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded &&
    !stream.destroyed;
  if (writable) {
    stream.end();
  }
}

Readable.from = function(iterable, opts) {
  from ??= require('./from');
  return from(Readable, iterable, opts);
};

Readable.fromWeb = function(readableStream, options) {
  return require('../webstreams/adapters').newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return require('../webstreams/adapters').newReadableStreamFromStreamReadable(streamReadable, options);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

module.exports = Readable;
export {}; // a module for tsc; the guest sees module.exports
