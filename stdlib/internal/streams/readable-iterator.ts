// @ts-nocheck
/**
 * Async iteration of a Readable (node's lib/internal/streams/readable.js, kept apart for size):
 * readable[Symbol.asyncIterator]() and readable.iterator({ destroyOnReturn }). The iterator
 * reads in paused mode ('readable' events), ends with the stream, throws its error, and
 * destroys the stream when the loop exits early (unless destroyOnReturn is false).
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/internal/streams/readable.js).

const { Promise, Symbol } = globalThis;
const SymbolAsyncIterator = Symbol.asyncIterator;

const { aggregateTwoErrors } = require('../errors');
const { validateObject } = require('../validators');

const nop = () => {};

function install(Readable, { eos, destroyImpl }) {
  const proto = Readable.prototype;

  proto[SymbolAsyncIterator] = function() {
    return streamToAsyncIterator(this);
  };

  proto.iterator = function(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
    }
    return streamToAsyncIterator(this, options);
  };

  function streamToAsyncIterator(stream, options) {
    if (typeof stream.read !== 'function') {
      stream = Readable.wrap(stream, { objectMode: true });
    }

    const iter = createAsyncIterator(stream, options);
    iter.stream = stream;
    return iter;
  }

  async function* createAsyncIterator(stream, options) {
    let callback = nop;

    function next(resolve) {
      if (this === stream) {
        callback();
        callback = nop;
      } else {
        callback = resolve;
      }
    }

    stream.on('readable', next);

    let error;
    const cleanup = eos(stream, { writable: false }, (err) => {
      error = err ? aggregateTwoErrors(error, err) : null;
      callback();
      callback = nop;
    });

    try {
      while (true) {
        const chunk = stream.destroyed ? null : stream.read();
        if (chunk !== null) {
          yield chunk;
        } else if (error) {
          throw error;
        } else if (error === null) {
          return;
        } else {
          await new Promise(next);
        }
      }
    } catch (err) {
      error = aggregateTwoErrors(error, err);
      throw error;
    } finally {
      if (
        (error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)
      ) {
        destroyImpl.destroyer(stream, null);
      } else {
        stream.off('readable', next);
        cleanup();
      }
    }
  }

}

export { install };
