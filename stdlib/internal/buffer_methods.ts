// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * The methods of Buffer.prototype written in JavaScript in node's lib/buffer.js: copy, toString,
 * equals, inspect, compare, indexOf/lastIndexOf/includes, fill, write, toJSON, subarray/slice,
 * the swaps and toLocaleString, with node's argument rules and errors; the byte work is
 * internalBinding('buffer').
 */
'use strict';

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('./errors');
const { validateBuffer, validateInteger, validateString } = require('./validators');
const { customInspectSymbol, normalizeEncoding } = require('./util');
const { FastBuffer, kMaxLength } = require('./buffer');
const { encodingOps, getEncodingOps } = require('./buffer_encodings');

const binding = internalBinding('buffer');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const getTypedArrayByteLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const TypedArrayPrototypeFill = TypedArrayPrototype.fill;
const isArrayBufferView = ArrayBuffer.isView;

function isUint8Array(v) {
  return getTypedArrayTag.call(v) === 'Uint8Array';
}

const validateOffset = (value, name, min = 0, max = kMaxLength) => validateInteger(value, name, min, max);

let getInspectMaxBytes = () => 50;
let proto;

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);

  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }

  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }

  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }

  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;

  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;

  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;

  if (nb <= 0) return 0;
  binding.copy(source, target, targetStart, sourceStart, nb);
  return nb;
}

function defineMethod(name, f) {
  Object.defineProperty(f, 'name', { __proto__: null, value: name, configurable: true });
  Object.defineProperty(proto, name, { __proto__: null, value: f, writable: true, enumerable: true, configurable: true });
}

function ownNonIndexProperties(o, showHidden) {
  const out = [];
  for (const key of Reflect.ownKeys(o)) {
    if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1) continue;
    if (!showHidden) {
      const d = Object.getOwnPropertyDescriptor(o, key);
      if (d === undefined || !d.enumerable) continue;
    }
    out.push(key);
  }
  return out;
}

/** indexOf (dir true: first match at or after byteOffset) and lastIndexOf (dir false: last at or before). */
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);

  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // null and [] count as 0; undefined, {} and other non-numbers as NaN, meaning the whole buffer.
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;  // Cast to bool.

  if (typeof val === 'number') return binding.indexOf(buffer, val >>> 0, byteOffset, 'utf8', dir);

  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }

  if (isUint8Array(val)) {
    return binding.indexOf(buffer, val, byteOffset, ops === undefined ? 'utf8' : ops.encoding, dir);
  }

  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }

    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }

    if (value.length === 0) {
      // An empty string fills zeros.
      value = 0;
    } else if (value.length === 1) {
      // One character that is one byte: fill with its number.
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalizedEncoding;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    // A length property that lies about the view is caught here.
    const byteLen = getTypedArrayByteLength.call(buf);
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();

    // %TypedArray%.prototype.fill's ToUint8 is the binding's low byte of ToUint32 for numbers;
    // the binding does long runs at host speed.
    if (fillLength > 64) binding.fill(buf, value, offset, end);
    else TypedArrayPrototypeFill.call(buf, value, offset, end);
  } else {
    let pattern = value;
    if (typeof value !== 'string' && !isArrayBufferView(value)) pattern = +value >>> 0; // ToUint32, as node's C++
    const res = binding.fill(buf, pattern, offset, end, encoding);
    if (res < 0) {
      if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }

  return buf;
}

function adjustOffset(offset, length) {
  // Math.trunc, not `| 0`: offsets may exceed 32 bits.
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

/** Adds the methods to Buffer.prototype (proto), in node's order. */
function addBufferMethods(bufferPrototype, inspectMaxBytes) {
  proto = bufferPrototype;
  getInspectMaxBytes = inspectMaxBytes;
  defineMethod('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
    return _copy(this, target, targetStart, sourceStart, sourceEnd);
  });

  // Out-of-range start and end are clamped to the buffer (unlike String's and Uint8Array's methods).
  defineMethod('toString', function toString(encoding, start, end) {
    if (arguments.length === 0) return this.utf8Slice(0, this.length);

    const len = this.length;

    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;

    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;

    if (end <= start) return '';

    if (encoding === undefined) return this.utf8Slice(start, end);

    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);

    return ops.slice(this, start, end);
  });

  defineMethod('equals', function equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);

    if (this === otherBuffer) return true;
    const len = getTypedArrayByteLength.call(this);
    if (len !== getTypedArrayByteLength.call(otherBuffer)) return false;

    return len === 0 || binding.compare(this, otherBuffer) === 0;
  });

  /** The keys of o that are not array indices (own, enumerable unless showHidden). */
  // util.inspect's `<Buffer 68 69>`, with own non-index properties after the bytes.
  defineMethod('inspect', function inspect(recurseTimes, ctx) {
    const max = getInspectMaxBytes();
    const actualMax = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = this.hexSlice(0, actualMax).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      let extras = false;
      const obj = { __proto__: null };
      for (const key of ownNonIndexProperties(this, ctx.showHidden)) {
        extras = true;
        obj[key] = this[key];
      }
      if (extras) {
        if (this.length !== 0) str += ', ';
        // Drop the `[Object: null prototype] { ` prefix and the closing ` }`.
        str += require('../util').inspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  });
  Object.defineProperty(proto, customInspectSymbol, {
    __proto__: null, value: proto.inspect, writable: true, enumerable: true, configurable: true,
  });

  defineMethod('compare', function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1) return binding.compare(this, target);

    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');

    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);

    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');

    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

    if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
    if (targetStart >= targetEnd) return 1;

    return binding.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
  });

  defineMethod('indexOf', function indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  });

  defineMethod('lastIndexOf', function lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  });

  defineMethod('includes', function includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  });

  // fill(value[, offset[, end]][, encoding]): value a number, bytes or a string.
  defineMethod('fill', function fill(value, offset, end, encoding) {
    return _fill(this, value, offset, end, encoding);
  });

  defineMethod('write', function write(string, offset, length, encoding) {
    // write(string)
    if (offset === undefined) return this.utf8Write(string, 0, this.length);
    // write(string, encoding)
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;

    // write(string, offset[, length][, encoding])
    } else {
      validateOffset(offset, 'offset', 0, this.length);

      const remaining = this.length - offset;

      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
    if (encoding === 'ascii') return this.asciiWrite(string, offset, length);

    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.write(this, string, offset, length);
  });

  defineMethod('toJSON', function toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  });

  defineMethod('subarray', function subarray(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  });

  defineMethod('slice', function slice(start, end) {
    return this.subarray(start, end);
  });

  defineMethod('swap16', function swap16() {
    // Short buffers are swapped here, long ones by the binding (node's thresholds).
    const len = this.length;
    if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
    if (len < 128) {
      for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
      return this;
    }
    binding.swap16(this);
    return this;
  });

  defineMethod('swap32', function swap32() {
    const len = this.length;
    if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
    if (len < 192) {
      for (let i = 0; i < len; i += 4) {
        swap(this, i, i + 3);
        swap(this, i + 1, i + 2);
      }
      return this;
    }
    binding.swap32(this);
    return this;
  });

  defineMethod('swap64', function swap64() {
    const len = this.length;
    if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
    if (len < 192) {
      for (let i = 0; i < len; i += 8) {
        swap(this, i, i + 7);
        swap(this, i + 1, i + 6);
        swap(this, i + 2, i + 5);
        swap(this, i + 3, i + 4);
      }
      return this;
    }
    binding.swap64(this);
    return this;
  });

  proto.toLocaleString = proto.toString;
}

export { addBufferMethods, _copyActual, _fill };
