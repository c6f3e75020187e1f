// @ts-nocheck
/**
 * Node's `stream` module (Node 20) as guest code. `require('stream')` is the legacy Stream
 * constructor carrying the classes (Readable, Writable, Duplex, Transform, PassThrough), the
 * helpers (pipeline, finished, addAbortSignal, compose, destroy, isReadable, isErrored,
 * isDisturbed, ...), the default highWaterMark accessors and `promises`. The implementation is
 * in internal/streams/.
 */

const ObjectDefineProperty = Object.defineProperty;
const ObjectKeys = Object.keys;
const ReflectApply = Reflect.apply;

const customPromisify = Symbol.for('nodejs.util.promisify.custom');
const { streamReturningOperators, promiseReturningOperators } = require('./internal/streams/operators');
const { ERR_ILLEGAL_CONSTRUCTOR } = require('./internal/errors').codes;
const compose = require('./internal/streams/compose');
const { setDefaultHighWaterMark, getDefaultHighWaterMark } = require('./internal/streams/state');
const { pipeline } = require('./internal/streams/pipeline');
const { destroyer } = require('./internal/streams/destroy');
const eos = require('./internal/streams/end-of-stream');
const { isUint8Array, isArrayBufferView } = require('./internal/util/types');
const utils = require('./internal/streams/utils');

const Stream = module.exports = require('./internal/streams/legacy').Stream;
const promises = require('./stream/promises');

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = require('./internal/streams/readable');

// The operators are methods of Readable.prototype (not enumerable, not constructors).
for (const key of ObjectKeys(streamReturningOperators)) {
  const op = streamReturningOperators[key];
  function fn(...args) {
    if (new.target) {
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    return Stream.Readable.from(ReflectApply(op, this, args));
  }
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: op.name });
  ObjectDefineProperty(fn, 'length', { __proto__: null, value: op.length });
  ObjectDefineProperty(Stream.Readable.prototype, key, {
    __proto__: null,
    value: fn,
    enumerable: false,
    configurable: true,
    writable: true,
  });
}
for (const key of ObjectKeys(promiseReturningOperators)) {
  const op = promiseReturningOperators[key];
  function fn(...args) {
    if (new.target) {
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    return ReflectApply(op, this, args);
  }
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: op.name });
  ObjectDefineProperty(fn, 'length', { __proto__: null, value: op.length });
  ObjectDefineProperty(Stream.Readable.prototype, key, {
    __proto__: null,
    value: fn,
    enumerable: false,
    configurable: true,
    writable: true,
  });
}

Stream.Writable = require('./internal/streams/writable');
Stream.Duplex = require('./internal/streams/duplex');
Stream.Transform = require('./internal/streams/transform');
Stream.PassThrough = require('./internal/streams/passthrough');
Stream.duplexPair = require('./internal/streams/duplexpair');
Stream.pipeline = pipeline;
const { addAbortSignal } = require('./internal/streams/add-abort-signal');
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

ObjectDefineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return promises;
  },
});

ObjectDefineProperty(pipeline, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return promises.pipeline;
  },
});

ObjectDefineProperty(eos, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return promises.finished;
  },
});

// Stream.Stream, as in node 0.4.
Stream.Stream = Stream;

Stream._isArrayBufferView = isArrayBufferView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  const { Buffer } = require('./buffer');
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

export {}; // a module for tsc; the guest sees module.exports
