// @ts-nocheck
/**
 * Node's internal/streams/duplex (Node 20): Duplex, a Readable that is also a Writable (its
 * prototype inherits Readable and takes Writable's methods and accessors). allowHalfOpen: false
 * ends the writable side when the readable side ends.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/_stream_duplex.js).

const ObjectDefineProperties = Object.defineProperties;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectKeys = Object.keys;
const ObjectSetPrototypeOf = Object.setPrototypeOf;

module.exports = Duplex;

const Readable = require('./readable');
const Writable = require('./writable');
const { Stream } = require('./legacy');
const destroyImpl = require('./destroy');
const { addAbortSignal } = require('./add-abort-signal');
const { kOnConstructed } = require('./utils');

ObjectSetPrototypeOf(Duplex.prototype, Readable.prototype);
ObjectSetPrototypeOf(Duplex, Readable);

{
  // Writable's methods that Readable has not (write, end, cork, uncork, ...).
  const keys = ObjectKeys(Writable.prototype);
  for (let i = 0; i < keys.length; i++) {
    const method = keys[i];
    if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
  }
}

// Writable's destroy (it also fails the buffered writes).
Duplex.prototype.destroy = Writable.prototype.destroy;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  // The common events of both sides get their slots up front, as in node.
  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }

    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
      this._writableState[kOnConstructed](this);
    });
  }
}

function writableDescriptor(name) {
  return { __proto__: null, ...ObjectGetOwnPropertyDescriptor(Writable.prototype, name) };
}

ObjectDefineProperties(Duplex.prototype, {
  writable: writableDescriptor('writable'),
  writableHighWaterMark: writableDescriptor('writableHighWaterMark'),
  writableObjectMode: writableDescriptor('writableObjectMode'),
  writableBuffer: writableDescriptor('writableBuffer'),
  writableLength: writableDescriptor('writableLength'),
  writableFinished: writableDescriptor('writableFinished'),
  writableCorked: writableDescriptor('writableCorked'),
  writableEnded: writableDescriptor('writableEnded'),
  writableNeedDrain: writableDescriptor('writableNeedDrain'),

  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined ||
          this._writableState === undefined) {
        return false;
      }
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      // Kept for old code that sets it.
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

let webStreamsAdapters;
function lazyWebStreams() {
  webStreamsAdapters ??= require('../webstreams/adapters');
  return webStreamsAdapters;
}

Duplex.fromWeb = function(pair, options) {
  return lazyWebStreams().newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return lazyWebStreams().newReadableWritablePairFromDuplex(duplex);
};

let duplexify;
Duplex.from = function(body) {
  duplexify ??= require('./duplexify');
  return duplexify(body, 'body');
};

export {}; // a module for tsc; the guest sees module.exports
