// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * Node's internal/buffer: FastBuffer (the Uint8Array subclass every Buffer is), the numeric
 * read/write methods of Buffer.prototype ({read,write}{U}Int{8,16,32}{LE,BE}, the variable-width
 * {U}IntLE/BE of 1 to 6 bytes, BigInt64, Float, Double) with Node's range and bounds errors, and
 * the per-encoding slice/write methods (utf8Slice, hexWrite, ...) over internalBinding('buffer').
 */
'use strict';

const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('./errors');
const { validateNumber } = require('./validators');

const binding = internalBinding('buffer');

// v8's TypedArray limit on 64-bit hosts (node's kMaxLength).
const kMaxLength = 2 ** 32;

// Scratch space for the float conversions (the host is little-endian, as node's fast path assumes).
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);
float32Array[0] = -1;
const bigEndian = uInt8Float32Array[3] === 0;

// ---- errors ----

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) boundsError(offset, buf.length - (byteLength + 1));
}

/** value within [min, max] for a write of byteLength + 1 bytes at offset, as node words it. */
function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// ---- reads ----

/** The unsigned little- or big-endian integer of n bytes at offset (n <= 6). */
function readUnsigned(buf, offset, n, littleEndian) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + n - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - n);
  let val = 0;
  if (littleEndian) {
    for (let i = n - 1; i >= 0; i--) val = val * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < n; i++) val = val * 256 + buf[offset + i];
  }
  return val;
}

function readSigned(buf, offset, n, littleEndian) {
  const val = readUnsigned(buf, offset, n, littleEndian);
  const limit = 2 ** (n * 8 - 1);
  return val >= limit ? val - limit * 2 : val;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) return readUnsigned(this, offset, byteLength, true);
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) return readUnsigned(this, offset, byteLength, false);
  boundsError(byteLength, 6, 'byteLength');
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) return readSigned(this, offset, byteLength, true);
  boundsError(byteLength, 6, 'byteLength');
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) return readSigned(this, offset, byteLength, false);
  boundsError(byteLength, 6, 'byteLength');
}

function readUInt8(offset = 0) { return readUnsigned(this, offset, 1, true); }
function readUInt16LE(offset = 0) { return readUnsigned(this, offset, 2, true); }
function readUInt16BE(offset = 0) { return readUnsigned(this, offset, 2, false); }
function readUInt32LE(offset = 0) { return readUnsigned(this, offset, 4, true); }
function readUInt32BE(offset = 0) { return readUnsigned(this, offset, 4, false); }
function readInt8(offset = 0) { return readSigned(this, offset, 1, true); }
function readInt16LE(offset = 0) { return readSigned(this, offset, 2, true); }
function readInt16BE(offset = 0) { return readSigned(this, offset, 2, false); }
function readInt32LE(offset = 0) { return readSigned(this, offset, 4, true); }
function readInt32BE(offset = 0) { return readSigned(this, offset, 4, false); }

function readBig(buf, offset, littleEndian, signed) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  let val = 0n;
  for (let i = 0; i < 8; i++) val = (val << 8n) | BigInt(buf[offset + (littleEndian ? 7 - i : i)]);
  return signed ? BigInt.asIntN(64, val) : val;
}

function readBigUInt64LE(offset = 0) { return readBig(this, offset, true, false); }
function readBigUInt64BE(offset = 0) { return readBig(this, offset, false, false); }
function readBigInt64LE(offset = 0) { return readBig(this, offset, true, true); }
function readBigInt64BE(offset = 0) { return readBig(this, offset, false, true); }

function readFloatGeneric(buf, offset, size, littleEndian) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + size - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - size);
  const bytes = size === 4 ? uInt8Float32Array : uInt8Float64Array;
  const swap = littleEndian === bigEndian;
  for (let i = 0; i < size; i++) bytes[swap ? size - 1 - i : i] = buf[offset + i];
  return size === 4 ? float32Array[0] : float64Array[0];
}

function readFloatLE(offset = 0) { return readFloatGeneric(this, offset, 4, true); }
function readFloatBE(offset = 0) { return readFloatGeneric(this, offset, 4, false); }
function readDoubleLE(offset = 0) { return readFloatGeneric(this, offset, 8, true); }
function readDoubleBE(offset = 0) { return readFloatGeneric(this, offset, 8, false); }

// ---- writes ----

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

/** Writes the integer value (already range-checked) as n bytes. */
function storeInt(buf, value, offset, n, littleEndian) {
  // Two's complement for negatives; n <= 6 keeps every step exact.
  if (value < 0) value += 2 ** (n * 8);
  for (let i = 0; i < n; i++) {
    const byte = value % 256;
    buf[littleEndian ? offset + i : offset + n - 1 - i] = byte;
    value = (value - byte) / 256;
  }
  return offset + n;
}

function writeGeneric(buf, value, offset, n, littleEndian, signed) {
  if (n === 1) return signed ? writeU_Int8(buf, value, offset, -0x80, 0x7f) : writeU_Int8(buf, value, offset, 0, 0xff);
  value = +value;
  const min = signed ? -(2 ** (n * 8 - 1)) : 0;
  const max = signed ? 2 ** (n * 8 - 1) - 1 : 2 ** (n * 8) - 1;
  checkInt(value, min, max, buf, offset, n - 1);
  return storeInt(buf, Math.trunc(value), offset, n, littleEndian);
}

function writeUIntLE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) return writeGeneric(this, value, offset, byteLength, true, false);
  boundsError(byteLength, 6, 'byteLength');
}

function writeUIntBE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) return writeGeneric(this, value, offset, byteLength, false, false);
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntLE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) return writeGeneric(this, value, offset, byteLength, true, true);
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntBE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) return writeGeneric(this, value, offset, byteLength, false, true);
  boundsError(byteLength, 6, 'byteLength');
}

function writeUInt8(value, offset = 0) { return writeGeneric(this, value, offset, 1, true, false); }
function writeUInt16LE(value, offset = 0) { return writeGeneric(this, value, offset, 2, true, false); }
function writeUInt16BE(value, offset = 0) { return writeGeneric(this, value, offset, 2, false, false); }
function writeUInt32LE(value, offset = 0) { return writeGeneric(this, value, offset, 4, true, false); }
function writeUInt32BE(value, offset = 0) { return writeGeneric(this, value, offset, 4, false, false); }
function writeInt8(value, offset = 0) { return writeGeneric(this, value, offset, 1, true, true); }
function writeInt16LE(value, offset = 0) { return writeGeneric(this, value, offset, 2, true, true); }
function writeInt16BE(value, offset = 0) { return writeGeneric(this, value, offset, 2, false, true); }
function writeInt32LE(value, offset = 0) { return writeGeneric(this, value, offset, 4, true, true); }
function writeInt32BE(value, offset = 0) { return writeGeneric(this, value, offset, 4, false, true); }

function writeBig(buf, value, offset, min, max, littleEndian) {
  checkInt(value, min, max, buf, offset, 7);
  // Mixing a non-BigInt value in here throws node's TypeError.
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[littleEndian ? offset + i : offset + 7 - i] = lo & 0xff;
    lo = lo >>> 8;
    buf[littleEndian ? offset + 4 + i : offset + 3 - i] = hi & 0xff;
    hi = hi >>> 8;
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) { return writeBig(this, value, offset, 0n, 0xffffffffffffffffn, true); }
function writeBigUInt64BE(value, offset = 0) { return writeBig(this, value, offset, 0n, 0xffffffffffffffffn, false); }
function writeBigInt64LE(value, offset = 0) { return writeBig(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true); }
function writeBigInt64BE(value, offset = 0) { return writeBig(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false); }

function writeFloatGeneric(buf, val, offset, size, littleEndian) {
  val = +val;
  checkBounds(buf, offset, size - 1);
  let bytes;
  if (size === 4) {
    float32Array[0] = val;
    bytes = uInt8Float32Array;
  } else {
    float64Array[0] = val;
    bytes = uInt8Float64Array;
  }
  const swap = littleEndian === bigEndian;
  for (let i = 0; i < size; i++) buf[offset + i] = bytes[swap ? size - 1 - i : i];
  return offset + size;
}

function writeFloatLE(val, offset = 0) { return writeFloatGeneric(this, val, offset, 4, true); }
function writeFloatBE(val, offset = 0) { return writeFloatGeneric(this, val, offset, 4, false); }
function writeDoubleLE(val, offset = 0) { return writeFloatGeneric(this, val, offset, 8, true); }
function writeDoubleBE(val, offset = 0) { return writeFloatGeneric(this, val, offset, 8, false); }

// ---- FastBuffer ----

class FastBuffer extends Uint8Array {
  // Spelled out so that construction never goes through the default constructor's spread of arguments
  // (which would read Array.prototype[Symbol.iterator], something user code can replace).
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// ---- encoding slices and writes (node's C++ methods on Buffer.prototype) ----

/** An error as node's C++ throws it: the code an own property, the plain `Name: message` stack header. */
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  Object.defineProperty(err, 'code', { __proto__: null, value: code, writable: true, enumerable: true, configurable: true });
  return err;
}

/** node's ParseArrayIndex: undefined gives the default; negative integers throw. */
function parseArrayIndex(v, dflt) {
  if (v === undefined) return dflt;
  const n = Math.trunc(+v) || 0;
  if (n < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}

function viewByteLength(self) {
  if (!ArrayBuffer.isView(self)) throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
  return self.byteLength;
}

/** The C++ string slices: bytes [start, end) of any ArrayBufferView, decoded. */
function makeSlice(encoding) {
  // No declared parameters: node's C++ methods have length 0.
  return function () {
    let start = arguments[0];
    let end = arguments[1];
    const len = viewByteLength(this);
    if (len === 0) return '';
    start = parseArrayIndex(start, 0);
    end = parseArrayIndex(end, len);
    if (end < start) end = start;
    if (end > len) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    if (end === start) return '';
    return binding.slice(this, encoding, start, end);
  };
}

/** The C++ string writes: whole characters only, into [offset, offset + length). */
function writeStatic(buf, string, offset, length, encoding) {
  const len = viewByteLength(buf);
  if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  offset = parseArrayIndex(offset, 0);
  if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  let max = parseArrayIndex(length, len - offset);
  if (max > len - offset) max = len - offset;
  if (max === 0) return 0;
  return binding.write(buf, string, offset, max, encoding);
}

function makeWrite(encoding) {
  return function () {
    return writeStatic(this, arguments[0], arguments[1], arguments[2], encoding);
  };
}

const asciiSlice = makeSlice('ascii');
const base64Slice = makeSlice('base64');
const base64urlSlice = makeSlice('base64url');
const latin1Slice = makeSlice('latin1');
const hexSlice = makeSlice('hex');
const ucs2Slice = makeSlice('ucs2');
const utf8Slice = makeSlice('utf8');
const asciiWrite = makeWrite('ascii');
const base64Write = makeWrite('base64');
const base64urlWrite = makeWrite('base64url');
const latin1Write = makeWrite('latin1');
const hexWrite = makeWrite('hex');
const ucs2Write = makeWrite('ucs2');
const utf8Write = makeWrite('utf8');

function setName(f, name) {
  Object.defineProperty(f, 'name', { __proto__: null, value: name, configurable: true });
}

function setNames(table) {
  for (const name of Object.keys(table)) {
    Object.defineProperty(table[name], 'name', { __proto__: null, value: name, configurable: true });
  }
  return table;
}

const encodingMethods = setNames({
  asciiSlice, base64Slice, base64urlSlice, latin1Slice, hexSlice, ucs2Slice, utf8Slice,
  asciiWrite, base64Write, base64urlWrite, latin1Write, hexWrite, ucs2Write, utf8Write,
});

function addBufferPrototypeMethods(proto) {
  const table = {
    readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE, readBigUint64BE: readBigUInt64BE,
    readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE, writeBigUint64BE: writeBigUInt64BE,
    writeBigInt64LE, writeBigInt64BE,

    readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
    readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE, readUint8: readUInt8,
    readUintBE: readUIntBE, readUint32BE: readUInt32BE, readUint16BE: readUInt16BE,
    readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,

    writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE, writeUInt16BE,
    writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE, writeUint8: writeUInt8,
    writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE, writeUint16BE: writeUInt16BE,
    writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,

    readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
    writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
  };
  // node's names for the float methods: "Forwards" in the host's byte order.
  const [fw, bw] = bigEndian ? ['BE', 'LE'] : ['LE', 'BE'];
  for (const kind of ['Float', 'Double']) {
    for (const op of ['read', 'write']) {
      setName(table[`${op}${kind}${fw}`], `${op}${kind}Forwards`);
      setName(table[`${op}${kind}${bw}`], `${op}${kind}Backwards`);
    }
  }
  for (const name of Object.keys(table)) {
    Object.defineProperty(proto, name, { __proto__: null, value: table[name], writable: true, enumerable: true, configurable: true });
  }
  for (const name of Object.keys(encodingMethods)) {
    Object.defineProperty(proto, name, { __proto__: null, value: encodingMethods[name], writable: true, enumerable: true, configurable: true });
  }
}

// Untransferable ArrayBuffers (the pool): remembered here, consulted by worker_threads when it exists.
const untransferable = new WeakSet();
function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferable.add(obj);
}
function isMarkedAsUntransferable(obj) {
  if (obj == null) return false;
  return untransferable.has(obj);
}

/** A Buffer of size bytes that need not be zeroed (ours are: the engine zero-fills). */
function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

function reconnectZeroFillToggle() {}

export {
  kMaxLength,
  FastBuffer,
  writeStatic,
  nativeError,
  addBufferPrototypeMethods,
  markAsUntransferable,
  isMarkedAsUntransferable,
  createUnsafeBuffer,
  reconnectZeroFillToggle,
  readUInt16BE,
  readUInt32BE,
  boundsError,
  checkBounds,
  checkInt,
  encodingMethods,
};
