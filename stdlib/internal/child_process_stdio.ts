// @ts-nocheck
/**
 * The stdio streams of a child process (node makes them net.Sockets over pipes): a readable for
 * the child's output (stdout, stderr and extra pipes) and a writable for its input (stdin), over
 * internalBinding('spawn'). They are stream.Readable / stream.Writable when the stream module
 * exists; otherwise small EventEmitters with the same observable behaviour: 'data' chunks as
 * Buffers (strings after setEncoding), flowing once a 'data' listener is added or resume() is
 * called, buffered while paused, then 'end' and 'close'; pipe(); async iteration; stdin's
 * write(chunk[, encoding][, cb]) / end() with 'finish' and 'close'.
 */

const { Symbol, Promise } = globalThis;

const EventEmitter = require('../events');
const { toBuffer, encodeString } = require('./fs/utils');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_DESTROYED } } = require('./errors');
const { errnoException } = require('./errors');

const binding = internalBinding('spawn');

const kDecoder = Symbol('kDecoder');
const kBuffered = Symbol('kBuffered');
const kEnded = Symbol('kEnded');

/** A child's output pipe (net.Socket in node). */
class ChildReadable extends EventEmitter {
  constructor(id, fd) {
    super();
    this._childId = id;
    this._childFd = fd;
    this[kDecoder] = null;
    this[kBuffered] = [];
    this[kEnded] = false;
    this.readable = true;
    this.writable = false;
    this.readableEnded = false;
    this.readableFlowing = null;
    this.readableEncoding = null;
    this.destroyed = false;
    this.closed = false;
    this._readableState = { readableListening: false, flowing: null, ended: false, endEmitted: false };
    this.on('newListener', (event) => {
      if (event === 'data' && this.readableFlowing !== false) {
        this._readableState.readableListening = true;
        process.nextTick(() => this.resume());
      } else if (event === 'readable' || event === 'end') {
        this._readableState.readableListening = true;
      }
    });
  }

  get readableLength() {
    let n = 0;
    for (const c of this[kBuffered]) n += c.length;
    return n;
  }

  /** Bytes from the child (from the binding). */
  _onData(bytes) {
    if (this.destroyed) return;
    let chunk = toBuffer(bytes);
    if (this[kDecoder] !== null) {
      chunk = this[kDecoder].write(chunk);
      if (chunk === '') return;
    }
    if (this.readableFlowing === true && this[kBuffered].length === 0) this.emit('data', chunk);
    else this[kBuffered].push(chunk);
  }

  /** The child closed the pipe. */
  _onEnd() {
    if (this[kEnded]) return;
    this[kEnded] = true;
    this._readableState.ended = true;
    if (this[kDecoder] !== null) {
      const rest = this[kDecoder].end();
      if (rest) this[kBuffered].push(rest);
    }
    this._flow();
  }

  _flow() {
    while (this.readableFlowing === true && this[kBuffered].length > 0 && !this.destroyed) {
      this.emit('data', this[kBuffered].shift());
    }
    if (this[kEnded] && this[kBuffered].length === 0 && this.readableFlowing === true && !this.readableEnded && !this.destroyed) {
      this.readableEnded = true;
      process.nextTick(() => {
        if (this.destroyed) return;
        this._readableState.endEmitted = true;
        this.readable = false;
        this.emit('end');
        this.destroy();
      });
    }
  }

  setEncoding(encoding) {
    const { StringDecoder } = require('../string_decoder');
    const decoder = new StringDecoder(encoding);
    this[kDecoder] = decoder;
    this.readableEncoding = decoder.encoding;
    // Chunks waiting already are decoded too.
    this[kBuffered] = this[kBuffered].map((c) => (typeof c === 'string' ? c : decoder.write(c))).filter((c) => c !== '');
    return this;
  }

  resume() {
    this.readableFlowing = true;
    this._readableState.flowing = true;
    this._flow();
    return this;
  }

  pause() {
    if (this.readableFlowing !== false) {
      this.readableFlowing = false;
      this._readableState.flowing = false;
      this.emit('pause');
    }
    return this;
  }

  isPaused() {
    return this.readableFlowing === false;
  }

  read() {
    if (this[kBuffered].length === 0) return null;
    const chunks = this[kBuffered];
    this[kBuffered] = [];
    if (typeof chunks[0] === 'string') return chunks.join('');
    const B = require('../buffer').Buffer;
    return B.concat(chunks);
  }

  pipe(dest, options) {
    const end = !options || options.end !== false;
    this.on('data', (chunk) => {
      if (dest.write(chunk) === false && typeof this.pause === 'function') {
        this.pause();
        dest.once('drain', () => this.resume());
      }
    });
    if (end) this.on('end', () => dest.end());
    dest.emit('pipe', this);
    return dest;
  }

  unpipe() {
    return this;
  }

  ref() {
    binding.refStdio(this._childId, this._childFd, true);
    return this;
  }

  unref() {
    binding.refStdio(this._childId, this._childFd, false);
    return this;
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.readable = false;
    this[kBuffered] = [];
    if (!this[kEnded]) binding.destroyStdio(this._childId, this._childFd);
    process.nextTick(() => {
      if (err) this.emit('error', err);
      this.closed = true;
      this.emit('close', !!err);
    });
    return this;
  }

  async *[Symbol.asyncIterator]() {
    const queue = [];
    let done = false;
    let error = null;
    let wake = null;
    this.on('data', (c) => {
      queue.push(c);
      if (wake) wake();
    });
    this.on('end', () => {
      done = true;
      if (wake) wake();
    });
    this.on('error', (e) => {
      error = e;
      if (wake) wake();
    });
    for (;;) {
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (error) throw error;
      if (done) return;
      await new Promise((resolve) => (wake = resolve));
      wake = null;
    }
  }
}

/** A child's input pipe (stdin). */
class ChildWritable extends EventEmitter {
  constructor(id, fd) {
    super();
    this._childId = id;
    this._childFd = fd;
    this.readable = false;
    this.writable = true;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableLength = 0;
    this.writableHighWaterMark = 16384;
    this.writableNeedDrain = false;
    this.writableCorked = 0;
    this.destroyed = false;
    this.closed = false;
    this._pending = 0;
    this._defaultEncoding = 'utf8';
  }

  setDefaultEncoding(encoding) {
    this._defaultEncoding = encoding;
    return this;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk === null) {
      const { ERR_STREAM_NULL_VALUES } = require('./errors').codes;
      throw new ERR_STREAM_NULL_VALUES();
    }
    let bytes;
    if (typeof chunk === 'string') bytes = encodeString(chunk, encoding || this._defaultEncoding);
    else if (ArrayBuffer.isView(chunk)) bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    else throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    let err = null;
    if (this.writableEnded) err = new ERR_STREAM_WRITE_AFTER_END();
    else if (this.destroyed) err = new ERR_STREAM_DESTROYED('write');
    if (err !== null) {
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        this.emit('error', err);
      });
      return false;
    }
    this._pending++;
    this.writableLength += bytes.length;
    const needDrain = this.writableLength >= this.writableHighWaterMark;
    if (needDrain) this.writableNeedDrain = true;
    const length = bytes.length;
    binding.write(this._childId, bytes, (errno) => {
      this._pending--;
      this.writableLength -= length;
      const e = errno < 0 ? errnoException(errno, 'write') : null;
      if (typeof cb === 'function') cb(e);
      if (e !== null) {
        if (!this.destroyed) this.destroy(e);
        return;
      }
      if (this.writableNeedDrain && this.writableLength === 0) {
        this.writableNeedDrain = false;
        this.emit('drain');
      }
      this._maybeFinish();
    });
    return !needDrain;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk != null) this.write(chunk, encoding);
    if (typeof cb === 'function') this.once('finish', cb);
    if (!this.writableEnded) {
      this.writableEnded = true;
      this.writable = false;
      this._maybeFinish();
    }
    return this;
  }

  _maybeFinish() {
    if (!this.writableEnded || this._pending > 0 || this.writableFinished || this.destroyed) return;
    this.writableFinished = true;
    binding.end(this._childId);
    process.nextTick(() => {
      this.emit('finish');
      this.destroy();
    });
  }

  cork() {
    this.writableCorked++;
  }

  uncork() {
    if (this.writableCorked > 0) this.writableCorked--;
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.writable = false;
    binding.end(this._childId);
    process.nextTick(() => {
      if (err) this.emit('error', err);
      this.closed = true;
      this.emit('close', !!err);
    });
    return this;
  }
}

/** The child's output as a stream.Readable (the child writes, the guest reads). */
function makeStreamClasses(stream) {
  class StreamChildReadable extends stream.Readable {
    constructor(id, fd) {
      super({ autoDestroy: true, emitClose: true });
      this._childId = id;
      this._childFd = fd;
      this[kEnded] = false;
    }

    _read() {}

    _onData(bytes) {
      if (!this.destroyed) this.push(toBuffer(bytes));
    }

    _onEnd() {
      if (this[kEnded]) return;
      this[kEnded] = true;
      if (!this.destroyed) this.push(null);
    }

    _destroy(err, cb) {
      if (!this[kEnded]) {
        this[kEnded] = true;
        binding.destroyStdio(this._childId, this._childFd);
      }
      cb(err);
    }

    ref() {
      binding.refStdio(this._childId, this._childFd, true);
      return this;
    }

    unref() {
      binding.refStdio(this._childId, this._childFd, false);
      return this;
    }
  }

  class StreamChildWritable extends stream.Writable {
    constructor(id, fd) {
      super({ autoDestroy: true, emitClose: true, decodeStrings: true });
      this._childId = id;
      this._childFd = fd;
    }

    _write(chunk, encoding, cb) {
      const bytes = typeof chunk === 'string' ? encodeString(chunk, encoding) : chunk;
      binding.write(this._childId, bytes, (errno) => cb(errno < 0 ? errnoException(errno, 'write') : null));
    }

    _final(cb) {
      binding.end(this._childId);
      cb();
    }

    _destroy(err, cb) {
      binding.end(this._childId);
      cb(err);
    }

    ref() {
      return this;
    }

    unref() {
      return this;
    }
  }
  return { ChildReadable: StreamChildReadable, ChildWritable: StreamChildWritable };
}

function loadStream() {
  try {
    return require('../stream');
  } catch {
    return null;
  }
}

const streamModule = loadStream();
module.exports = streamModule !== null && typeof streamModule.Readable === 'function'
  ? makeStreamClasses(streamModule)
  : { ChildReadable, ChildWritable };

export {}; // a module to tsc (its export is module.exports)
