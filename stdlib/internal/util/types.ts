// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * util.types (Node's internal/util/types): the engine's answers from internalBinding('types'),
 * plus the typed array checks, which read %TypedArray%.prototype[@@toStringTag].
 */
'use strict';

const getTypedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function tagOf(value) {
  return getTypedArrayTag.call(value);
}

function isTypedArray(value) {
  return tagOf(value) !== undefined;
}

const typedArrayCheck = (name) => ({
  [`is${name}`](value) {
    return tagOf(value) === name;
  },
})[`is${name}`];

module.exports = {
  ...internalBinding('types'),
  isArrayBufferView: ArrayBuffer.isView,
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
};

/** A crypto check, false while there is no crypto module (as in a Node without OpenSSL). */
function cryptoCheck(name) {
  let check;
  // (named 'value', as Node's are: they are defined as `value(obj) {...}` descriptors)
  return {
    value(obj) {
      if (check === undefined) {
        try {
          check = require('../crypto/keys')[name];
        } catch {
          check = null;
        }
      }
      return typeof check === 'function' ? check(obj) : false;
    },
  }.value;
}

Object.defineProperties(module.exports, {
  isKeyObject: { configurable: false, enumerable: true, value: cryptoCheck('isKeyObject') },
  isCryptoKey: { configurable: false, enumerable: true, value: cryptoCheck('isCryptoKey') },
});

export {}; // a module for tsc; the guest sees module.exports
