// @ts-nocheck
/**
 * process.stdout, process.stderr and process.stdin, made on first use (node's
 * internal/bootstrap/switches/is_main_thread.js getStdout/getStderr/getStdin).
 *
 * stdout and stderr are Writable streams whose _write writes synchronously to fds 1 and 2 (node
 * writes synchronously to files and terminals too, and ouro does so for pipes as well), so output
 * is never reordered or lost at exit. As in node they are marked `_isStdio` (pipe() does not end
 * them), their destroy() does not close the fd, and a terminal gets isTTY, columns, rows and the
 * colour helpers. stdin is a Readable over internalBinding('stdin'), read only while the stream
 * flows (or is read); pause() stops reading so that the process can exit.
 */

const { Symbol } = globalThis;

let Writable;
let Readable;
function lazyStreams() {
  if (Writable === undefined) {
    ({ Writable, Readable } = require('../../stream'));
  }
}

/** node's dummyDestroy for stdio: the fd stays open, the stream can be used again. */
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();

  // 'close' is still observable when emitClose is off.
  if (!this._writableState.emitClose) {
    process.nextTick(() => {
      this.emit('close');
    });
  }
}

function createWritableStdioStream(fd) {
  lazyStreams();
  const fs = internalBinding('fs');
  const util = internalBinding('util');
  const type = util.guessHandleType(fd);

  const stream = new Writable({
    // Strings go to the binding as they are (utf8); other encodings are converted in _write.
    decodeStrings: false,
    write(chunk, encoding, cb) {
      try {
        if (typeof chunk === 'string') {
          if (encoding === 'utf8' || encoding === 'utf-8' || encoding === undefined || encoding === null) {
            fs.writeString(fd, chunk);
          } else {
            const bytes = require('../../buffer').Buffer.from(chunk, encoding);
            fs.writeBuffer(fd, bytes, 0, bytes.length);
          }
        } else {
          fs.writeBuffer(fd, chunk, 0, chunk.length);
        }
      } catch (err) {
        cb(err);
        return;
      }
      cb();
    },
  });

  stream.fd = fd;
  stream._type = type === 'TTY' ? 'tty' : type === 'FILE' ? 'fs' : 'pipe';
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;

  if (type === 'TTY') {
    stream.isTTY = true;
    stream.columns = 80;
    stream.rows = 24;
    // tty.WriteStream's terminal methods (colour depth from the environment, cursor moves).
    let ttyProto = null;
    try {
      ttyProto = require('../../tty').WriteStream.prototype;
    } catch {
      ttyProto = null;
    }
    for (const name of ['getColorDepth', 'hasColors', 'getWindowSize', 'cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown']) {
      if (ttyProto !== null && typeof ttyProto[name] === 'function') stream[name] = ttyProto[name];
    }
    stream.getColorDepth ??= () => 8;
    stream.hasColors ??= (count = 16) => count <= 256;
    stream.getWindowSize ??= () => [stream.columns, stream.rows];
  }
  return stream;
}

/** Bytes as a Buffer. */
function toChunk(bytes) {
  return require('../fs/utils').toBuffer(bytes);
}

function getStdin() {
  lazyStreams();
  const binding = internalBinding('stdin');
  const utilBinding = internalBinding('util');

  let started = false;
  const stdin = new Readable({
    // As node's fs.ReadStream (a file) or net.Socket (a pipe or terminal) would have.
    highWaterMark: utilBinding.guessHandleType(0) === 'FILE' ? 65536 : 16384,
    read() {
      if (!started) {
        started = true;
        binding.start(onChunk);
      } else {
        binding.resume();
      }
    },
    destroy(err, cb) {
      binding.pause();
      cb(err);
    },
  });

  function onChunk(bytes) {
    if (bytes === null) {
      stdin.push(null);
      return;
    }
    if (!stdin.push(toChunk(bytes))) {
      binding.pause();
    }
  }

  stdin.fd = 0;
  if (utilBinding.guessHandleType(0) === 'TTY') {
    stdin.isTTY = true;
    stdin.isRaw = false;
    stdin.setRawMode = function setRawMode(mode) {
      this.isRaw = !!mode;
      return this;
    };
  }

  stdin.unref = function unref() {
    binding.unref();
    return this;
  };
  stdin.ref = function ref() {
    binding.ref();
    return this;
  };

  // As in node: pausing stdin stops reading, so that a paused stdin does not keep the process
  // alive; the next read starts it again.
  stdin.on('pause', () => {
    if (!started) return;
    stdin._readableState.reading = false;
    binding.pause();
  });

  return stdin;
}

export { createWritableStdioStream, getStdin };
