// @ts-nocheck
/**
 * Node's internal/streams/transform (Node 20): Transform, a Duplex whose written chunks go
 * through _transform(chunk, encoding, callback) to the readable side; _flush runs before the
 * readable side ends. A transform waits (holds its write callback) while its readable side is
 * at the highWaterMark, and continues when _read is called.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/_stream_transform.js).

const { Symbol } = globalThis;
const ObjectSetPrototypeOf = Object.setPrototypeOf;

module.exports = Transform;
const { ERR_METHOD_NOT_IMPLEMENTED } = require('../errors').codes;
const Duplex = require('./duplex');
const { getHighWaterMark } = require('./state');
ObjectSetPrototypeOf(Transform.prototype, Duplex.prototype);
ObjectSetPrototypeOf(Transform, Duplex);

const kCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A readable highWaterMark of 0 gives the writable side 0 too unless set, so that the
  // transform does not buffer (a plain highWaterMark is dropped in favour of the two).
  const readableHighWaterMark = options ? getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // A push from _transform is never synchronous to a read() call: 'readable' need not wait.
  this._readableState.sync = false;

  this[kCallback] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;

    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // A subclass with its own _final still has _flush called at 'prefinish'.
  this.on('prefinish', prefinish);
}

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) {
          cb(er);
        } else {
          this.destroy(er);
        }
        return;
      }

      if (data != null) {
        this.push(data);
      }
      this.push(null);
      if (cb) {
        cb();
      }
    });
  } else {
    this.push(null);
    if (cb) {
      cb();
    }
  }
}

function prefinish() {
  if (this._final !== final) {
    final.call(this);
  }
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function(chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const length = rState.length;

  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }

    if (val != null) {
      this.push(val);
    }

    if (rState.ended) {
      // The transform pushed null: its write callback waits a tick, so that the new state
      // (ended) is seen first.
      process.nextTick(callback);
    } else if (
      wState.ended || // Backwards compat.
      length === rState.length || // Nothing was pushed.
      rState.length < rState.highWaterMark // Room for more.
    ) {
      callback();
    } else {
      // The readable side is full: the next _read continues.
      this[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

export {}; // a module for tsc; the guest sees module.exports
