// @ts-nocheck
/**
 * process.stdout, process.stderr and process.stdin, made on first use. A first version: stdout
 * and stderr are EventEmitters with node's write(chunk[, encoding][, callback]) that write
 * synchronously to fds 1 and 2 (node writes synchronously to files and terminals too); stdin
 * reads what the runtime gives as standard input. The stream classes replace these once the
 * stream module exists.
 */

const { Promise, Symbol, Uint8Array } = globalThis;

function makeEmitter() {
  const EventEmitter = require('../../events');
  const o = new EventEmitter();
  return o;
}

function createWritableStdioStream(fd) {
  const fs = internalBinding('fs');
  const util = internalBinding('util');
  const type = util.guessHandleType(fd);
  const stream = makeEmitter();
  stream.fd = fd;
  stream._type = type === 'TTY' ? 'tty' : type === 'FILE' ? 'fs' : 'pipe';
  stream._isStdio = true;
  stream.writable = true;
  stream.destroyed = false;
  stream.writableEnded = false;
  stream.writableFinished = false;
  stream.writableLength = 0;
  stream.writableHighWaterMark = 16384;
  stream.writableObjectMode = false;
  stream.writableCorked = 0;
  stream.writableNeedDrain = false;
  if (type === 'TTY') {
    stream.isTTY = true;
    stream.columns = 80;
    stream.rows = 24;
    stream.getColorDepth = () => 8;
    stream.hasColors = (count = 16) => count <= 256;
    stream.getWindowSize = () => [stream.columns, stream.rows];
  }
  stream.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (typeof chunk === 'string') {
      fs.writeString(fd, chunk);
    } else if (chunk instanceof Uint8Array) {
      fs.writeBuffer(fd, chunk, 0, chunk.length);
    } else {
      const { ERR_INVALID_ARG_TYPE } = require('../errors').codes;
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  };
  stream.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    // node never closes fds 1 and 2 ('finish' is still emitted).
    if (!this.writableEnded) {
      this.writableEnded = true;
      process.nextTick(() => {
        this.writableFinished = true;
        this.emit('finish');
        if (typeof cb === 'function') cb();
      });
    }
    return this;
  };
  stream.cork = () => {};
  stream.uncork = () => {};
  stream.setDefaultEncoding = function () { return this; };
  stream.destroySoon = stream.destroy = function destroy() { return this; };
  stream._destroy = (err, cb) => cb(err);
  return stream;
}

/** Bytes as a Buffer when the buffer module exists (else the Uint8Array itself). */
function toChunk(bytes) {
  return require('../fs/utils').toBuffer(bytes);
}

/**
 * process.stdin: an EventEmitter in node's flowing mode. Adding a 'data' (or 'readable'/'end')
 * listener, resume() or async iteration starts reading; 'data' carries Buffers (strings after
 * setEncoding), then 'end' and 'close'. pause() stops reading and lets the process exit.
 */
function getStdin() {
  const binding = internalBinding('stdin');
  const stream = makeEmitter();
  const utilBinding = internalBinding('util');
  stream.fd = 0;
  stream.readable = true;
  stream.readableEnded = false;
  stream.readableFlowing = null;
  stream.destroyed = false;
  if (utilBinding.guessHandleType(0) === 'TTY') {
    stream.isTTY = true;
    stream.isRaw = false;
    stream.setRawMode = function (mode) {
      this.isRaw = !!mode;
      return this;
    };
  }
  let started = false;
  let decoder = null;
  const onChunk = (bytes) => {
    if (bytes === null) {
      stream.readableEnded = true;
      stream.readable = false;
      if (decoder !== null) {
        const rest = decoder.end();
        if (rest) stream.emit('data', rest);
      }
      stream.emit('end');
      process.nextTick(() => stream.emit('close'));
      return;
    }
    const chunk = decoder !== null ? decoder.write(toChunk(bytes)) : toChunk(bytes);
    if (decoder === null || chunk !== '') stream.emit('data', chunk);
  };
  stream.setEncoding = function (enc) {
    const { StringDecoder } = require('../../string_decoder');
    decoder = new StringDecoder(enc);
    return this;
  };
  stream.resume = function () {
    this.readableFlowing = true;
    if (!started) {
      started = true;
      binding.start(onChunk);
    } else {
      binding.resume();
    }
    return this;
  };
  stream.pause = function () {
    this.readableFlowing = false;
    binding.pause();
    return this;
  };
  stream.isPaused = function () {
    return this.readableFlowing === false;
  };
  stream.unref = function () {
    binding.unref();
    return this;
  };
  stream.ref = function () {
    binding.ref();
    return this;
  };
  stream.read = function () {
    return null;
  };
  stream.destroy = function () {
    this.destroyed = true;
    binding.pause();
    return this;
  };
  stream.on('newListener', (event) => {
    if ((event === 'data' || event === 'readable' || event === 'end') && stream.readableFlowing !== false) {
      process.nextTick(() => {
        if (stream.readableFlowing !== false && !started) stream.resume();
      });
    }
  });
  stream[Symbol.asyncIterator] = function () {
    const queue = [];
    const waiting = [];
    let done = false;
    const push = (item) => {
      if (waiting.length > 0) waiting.shift()(item);
      else queue.push(item);
    };
    stream.on('data', (chunk) => push({ value: chunk, done: false }));
    stream.on('end', () => {
      done = true;
      push({ value: undefined, done: true });
    });
    stream.resume();
    return {
      next() {
        if (queue.length > 0) return Promise.resolve(queue.shift());
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => waiting.push(resolve));
      },
      return() {
        stream.pause();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  };
  return stream;
}

export { createWritableStdioStream, getStdin };
