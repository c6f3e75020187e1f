// @ts-nocheck
/**
 * stream.Transform, our implementation of Node's documented behaviour: a Duplex whose written
 * chunks are handed to `_transform(chunk, encoding, callback)` and whose output goes to the
 * readable side. When the writable side finishes, `_flush(callback)` (if any) runs and then the
 * readable side is ended.
 *
 * Back-pressure: a write whose transform left the readable buffer at or above its
 * highWaterMark is not acknowledged until the consumer asks for more (`_read`); the held write
 * callback is kept under a symbol on the stream.
 */

module.exports = Transform;

const Duplex = require('./duplex');
const { getHighWaterMark } = require('./state');
const { ERR_METHOD_NOT_IMPLEMENTED } = require('../errors').codes;

const kCallback = Symbol('kCallback'); // the write acknowledgement held back by a full readable side

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  Duplex.call(this, withUnbufferedWritable(this, options));

  // Output of _transform never arrives in the same turn as a read() that asked for it, so
  // 'readable' does not have to be deferred.
  this._readableState.sync = false;
  this[kCallback] = null;

  if (options) {
    const { transform, flush } = options;
    if (typeof transform === 'function') this._transform = transform;
    if (typeof flush === 'function') this._flush = flush;
  }

  // Subclasses that bring their own _final still get their _flush run, at 'prefinish'.
  this.on('prefinish', prefinish);
}

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

/**
 * A transform asked not to buffer its output (readableHighWaterMark 0) should not buffer its
 * input either: unless the caller chose a writable highWaterMark it becomes 0 too, and a plain
 * `highWaterMark` no longer applies to either side.
 */
function withUnbufferedWritable(stream, options) {
  if (!options) return options;
  const readableHighWaterMark = getHighWaterMark(stream, options, 'readableHighWaterMark', true);
  if (readableHighWaterMark !== 0) return options;
  return {
    ...options,
    highWaterMark: null,
    readableHighWaterMark,
    writableHighWaterMark: options.writableHighWaterMark || 0,
  };
}

/** Run _flush (when there is one and the stream is alive), then end the readable side. */
function final(done) {
  const stream = this;
  const closeOutput = (lastChunk) => {
    if (lastChunk != null) stream.push(lastChunk);
    stream.push(null);
    if (done) done();
  };

  if (typeof stream._flush !== 'function' || stream.destroyed) {
    closeOutput(undefined);
    return;
  }

  stream._flush((error, lastChunk) => {
    if (!error) {
      closeOutput(lastChunk);
    } else if (done) {
      done(error);
    } else {
      stream.destroy(error);
    }
  });
}

function prefinish() {
  // With our own _final in place the Writable already calls it; only an overriding _final
  // needs the flush started from here.
  if (this._final === final) return;
  final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function(chunk, encoding, callback) {
  const output = this._readableState;
  const input = this._writableState;
  const bufferedBefore = output.length;

  this._transform(chunk, encoding, (error, result) => {
    if (error) {
      callback(error);
      return;
    }
    if (result != null) this.push(result);

    if (output.ended) {
      // The transform ended its output: acknowledge on the next tick, once 'end' state is set.
      process.nextTick(callback);
      return;
    }

    const producedSomething = output.length !== bufferedBefore;
    const outputFull = !(output.length < output.highWaterMark);
    if (producedSomething && outputFull && !input.ended) {
      this[kCallback] = callback; // released by the next _read
    } else {
      callback();
    }
  });
};

Transform.prototype._read = function() {
  const held = this[kCallback];
  if (!held) return;
  this[kCallback] = null;
  held();
};

export {}; // a module for tsc; the guest sees module.exports
