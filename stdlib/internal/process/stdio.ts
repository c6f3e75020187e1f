// @ts-nocheck
/**
 * process.stdout, process.stderr and process.stdin, made on first use. A first version: stdout
 * and stderr are EventEmitters with node's write(chunk[, encoding][, callback]) that write
 * synchronously to fds 1 and 2 (node writes synchronously to files and terminals too); stdin
 * reads what the runtime gives as standard input. The stream classes replace these once the
 * stream module exists.
 */

const { Uint8Array } = globalThis;

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

function getStdin() {
  const stream = makeEmitter();
  stream.fd = 0;
  stream.readable = true;
  stream.isTTY = internalBinding('util').guessHandleType(0) === 'TTY' ? true : undefined;
  stream.setEncoding = function (enc) {
    this._encoding = enc;
    return this;
  };
  stream.pause = function () { return this; };
  stream.resume = function () { return this; };
  stream.unref = function () { return this; };
  stream.ref = function () { return this; };
  return stream;
}


export { createWritableStdioStream, getStdin };
