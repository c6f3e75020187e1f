// @ts-nocheck
/**
 * Node's internal/streams/from (Node 20): Readable.from(iterable[, options]), an object-mode
 * readable (highWaterMark 1) over an iterable or async iterable; a string or Buffer is one chunk.
 * Destroying the stream closes the iterator (return(), or throw() with the error).
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/internal/streams/from.js).

const { Symbol } = globalThis;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolIterator = Symbol.iterator;

const { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES } = require('../errors').codes;

let Buffer;
function isBuffer(v) {
  Buffer ??= require('../../buffer').Buffer;
  return v instanceof Buffer;
}

function from(Readable, iterable, opts) {
  let iterator;
  if (typeof iterable === 'string' || isBuffer(iterable)) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let isAsync;
  if (iterable && iterable[SymbolAsyncIterator]) {
    isAsync = true;
    iterator = iterable[SymbolAsyncIterator]();
  } else if (iterable && iterable[SymbolIterator]) {
    isAsync = false;
    iterator = iterable[SymbolIterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({
    objectMode: true,
    highWaterMark: 1,
    // The options may override the two above.
    ...opts,
  });

  // One next() at a time.
  let reading = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      next();
    }
  };

  readable._destroy = function(error, cb) {
    close(error).then(
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error),
    );
  };

  async function close(error) {
    const hadError = (error !== undefined) && (error !== null);
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) {
        return;
      }
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  async function next() {
    for (;;) {
      try {
        const { value, done } = isAsync ?
          await iterator.next() :
          iterator.next();

        if (done) {
          readable.push(null);
        } else {
          const res = (value &&
            typeof value.then === 'function') ?
            await value :
            value;
          if (res === null) {
            reading = false;
            throw new ERR_STREAM_NULL_VALUES();
          } else if (readable.push(res)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

module.exports = from;
export {}; // a module for tsc; the guest sees module.exports
