// @ts-nocheck
/**
 * The descriptor reads and writes of the fs module (Node 20's lib/fs.js): read/readSync with
 * every argument form (buffer, offset, length, position; an options object; a params object with
 * its own buffer), readv/readvSync, write/writeSync with buffers (offset, length, position) and
 * strings (position, encoding), writev/writevSync; node's validation and callback arguments.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (the API follows lib/fs.js).

const binding = internalBinding('fs');
const {
  allocBuffer,
  getValidatedFd,
  isArrayBufferView,
  kEmptyObject,
  validateBufferArray,
  validateEncodingOf,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
} = require('./utils');
const { codes } = require('../errors');
const { ERR_INVALID_ARG_VALUE } = codes;
const {
  kValidateObjectAllowNullable,
  validateBuffer,
  validateFunction,
  validateInteger,
  validateObject,
} = require('../validators');
const { customPromisifyArgs } = require('../util');

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // fs.read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // fs.read(fd, bufferOrParams, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = allocBuffer(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // fs.read(fd, callback)
      callback = buffer;
      buffer = allocBuffer(16384);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    return process.nextTick(function tick() {
      callback(null, 0, buffer);
    });
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  binding.readAsync(fd, buffer, offset, length, position, (err, bytesRead) => {
    callback(err ?? null, bytesRead || 0, buffer);
  });
}

Object.defineProperty(read, customPromisifyArgs, {
  __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false,
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return binding.read(fd, buffer, offset, length, position);
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  binding.readBuffersAsync(fd, buffers, position, (err, read) => callback(err ?? null, read || 0, buffers));
}

Object.defineProperty(readv, customPromisifyArgs, {
  __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false,
});

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return binding.readBuffers(fd, buffers, position);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  function wrapper(err, written) {
    callback(err ?? null, written || 0, buffer);
  }
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.writeBufferAsync(fd, buffer, offset, length, position, wrapper);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncodingOf(str, length);
  callback = maybeCallback(position);
  return binding.writeStringAsync(fd, str, offset, length, wrapper);
}

Object.defineProperty(write, customPromisifyArgs, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (typeof offset !== 'number') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.writeBuffer(fd, buffer, offset, length, position);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncodingOf(buffer, length);
  if (offset === undefined) offset = null;
  return binding.writeString(fd, buffer, offset, length);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writeBuffersAsync(fd, buffers, position, (err, written) => callback(err ?? null, written || 0, buffers));
}

Object.defineProperty(writev, customPromisifyArgs, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writeBuffers(fd, buffers, position);
}

export { read, readSync, readv, readvSync, write, writeSync, writev, writevSync };
