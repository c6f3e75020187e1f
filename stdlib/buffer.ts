// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * node:buffer — Buffer as Node builds it: a function whose prototype is FastBuffer.prototype (a
 * Uint8Array subclass), so every Buffer is a Uint8Array; small allocations come from a shared
 * pool; the byte work (encodings, compare, indexOf, fill patterns) is internalBinding('buffer').
 */
'use strict';

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
    ERR_UNKNOWN_ENCODING,
  },
  genericNodeError,
} = require('./internal/errors');
const {
  validateArray,
  validateInteger,
  validateNumber,
} = require('./internal/validators');
const {
  kIsEncodingSymbol,
  lazyDOMException,
  normalizeEncoding,
} = require('./internal/util');
const {
  kMaxLength,
  FastBuffer,
  addBufferPrototypeMethods,
  markAsUntransferable,
  createUnsafeBuffer,
} = require('./internal/buffer');
const { encodingOps, getEncodingOps, byteLengthUtf8 } = require('./internal/buffer_encodings');
const { addBufferMethods, _copyActual, _fill } = require('./internal/buffer_methods');

const binding = internalBinding('buffer');

const kStringMaxLength = 0x1fffffe8;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
});

let INSPECT_MAX_BYTES = 50;

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const getTypedArrayByteLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const getTypedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const TypedArrayPrototypeSet = TypedArrayPrototype.set;

// util.types' checks without loading util.
const { isUint8Array, isAnyArrayBuffer } = require('./internal/encoding');

const isArrayBufferView = ArrayBuffer.isView;

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
addBufferPrototypeMethods(Buffer.prototype);

// ---- the pool ----

Buffer.poolSize = 8 * 1024;
let poolSize, poolOffset, allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = createUnsafeBuffer(poolSize).buffer;
  markAsUntransferable(allocPool);
  poolOffset = 0;
}
createPool();

function alignPool() {
  // Slices start on 8-byte boundaries.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

// ---- deprecation of Buffer() (DEP0005) ----

let bufferWarningAlreadyEmitted = false;
let nodeModulesCheckCounter = 0;
const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
                      'issues. Please use the Buffer.alloc(), ' +
                      'Buffer.allocUnsafe(), or Buffer.from() methods instead.';

function pendingDeprecation() {
  const execArgv = process.execArgv || [];
  if (execArgv.includes('--pending-deprecation')) return true;
  const opts = process.env && process.env.NODE_OPTIONS;
  return typeof opts === 'string' && /(^|\s)--pending-deprecation(\s|$)/.test(opts);
}

let checkingStack = false;

/** The current stack's text, unaffected by user's Error.prepareStackTrace and stackTraceLimit. */
function plainStack() {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  checkingStack = true;
  try {
    Error.prepareStackTrace = undefined;
    Error.stackTraceLimit = 20;
    return new Error().stack;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
    checkingStack = false;
  }
}

/** Is the caller of Buffer() in a node_modules folder (node's isInsideNodeModules)? */
function isInsideNodeModules() {
  const stack = plainStack();
  if (typeof stack !== 'string') return false;
  const lines = stack.split('\n').slice(1);
  for (const line of lines) {
    const m = /^\s*at (?:.*? \()?(.+?):\d+:\d+\)?$/.exec(line);
    if (m === null) continue;
    const file = m[1];
    if (file.startsWith('node:') || !/[\\/]/.test(file)) continue;
    return /[\\/]node_modules[\\/]/.test(file);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningAlreadyEmitted || checkingStack ||
      ++nodeModulesCheckCounter > 10000 ||
      (!pendingDeprecation() && isInsideNodeModules())) {
    return;
  }
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningAlreadyEmitted = true;
}

// ---- Buffer ----

/**
 * The deprecated Buffer(arg, encodingOrOffset, length), callable with or without new: alloc for
 * a number, from for anything else.
 */
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

function defineStatic(name, f) {
  Object.defineProperty(f, 'name', { __proto__: null, value: name, configurable: true });
  Buffer[name] = f;
}

/** Buffer.from(value[, encodingOrOffset[, length]]). */
defineStatic('from', function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE(
    'first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
    value,
  );
});

/** Buffer.copyBytesFrom(view[, offset[, length]]): a copy of a TypedArray's elements' bytes. */
defineStatic('copyBytesFrom', function copyBytesFrom(view, offset, length) {
  if (!isArrayBufferView(view) || !isTypedArray(view)) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = getTypedArrayLength.call(view);
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.slice(offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, getTypedArrayByteLength.call(view)));
});

function isTypedArray(v) {
  return getTypedArrayTag.call(v) !== undefined;
}

// %TypedArray%.of would construct through Buffer() (deprecated): fill a fresh buffer instead.
const of = (...items) => {
  const newObj = createUnsafeBuffer(items.length);
  for (let k = 0; k < items.length; k++) newObj[k] = items[k];
  return newObj;
};
defineStatic('of', of);

/** Buffer.alloc(size[, fill[, encoding]]): zero-filled, or filled as buf.fill would. */
defineStatic('alloc', function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
});

/** Buffer.allocUnsafe(size): from the pool when small. */
defineStatic('allocUnsafe', function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
});

/** Buffer.allocUnsafeSlow(size): never from the pool. */
defineStatic('allocUnsafeSlow', function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
});

/** The deprecated SlowBuffer(size) (DEP0030). */
function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}

Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

function fromStringFast(string, ops) {
  const length = ops.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1)) {
    const b = new FastBuffer(length);
    const actual = ops.write(b, string, 0, length);
    return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
  }
  if (length > (poolSize - poolOffset)) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) {
    // Fewer bytes than estimated (invalid base64 or hex): keep only those.
    b = new FastBuffer(allocPool, poolOffset, actual);
  }
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }

  const maxLength = obj.byteLength - byteOffset;

  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');

  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }

  // V8's words for the TypedArray constructor's negative start (node shows them as they are).
  if (Math.trunc(byteOffset) < 0) throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    TypedArrayPrototypeSet.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }

  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

// ---- static methods ----

defineStatic('isBuffer', function isBuffer(b) {
  return b instanceof Buffer;
});

defineStatic('compare', function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
});

defineStatic('isEncoding', function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
});
Buffer[kIsEncodingSymbol] = Buffer.isEncoding;

const validateOffset = (value, name, min = 0, max = kMaxLength) => validateInteger(value, name, min, max);

defineStatic('concat', function concat(list, length) {
  validateArray(list, 'list');

  if (list.length === 0) return new FastBuffer();

  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }

  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }

  if (pos < length) {
    // A requested length beyond the parts: the tail is zeros (a pooled buffer may hold old bytes).
    binding.fill(buffer, 0, pos, length);
  }

  return buffer;
});

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }

  const len = string.length;
  const mustMatch = (arguments.length > 2 && arguments[2] === true);
  if (!mustMatch && len === 0) return 0;

  if (!encoding) return (mustMatch ? -1 : byteLengthUtf8(string));

  const ops = getEncodingOps(encoding);
  if (ops === undefined) {
    // node counts unknown encodings as UTF-8 here rather than throwing.
    return (mustMatch ? -1 : byteLengthUtf8(string));
  }
  return ops.byteLength(string);
}

Buffer.byteLength = byteLength;

// buf.parent and buf.offset: the old names of buffer and byteOffset.
Object.defineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// ---- prototype methods (internal/buffer_methods) ----

addBufferMethods(Buffer.prototype, () => INSPECT_MAX_BYTES);

// ---- module functions ----

const transcode = function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);

  fromEncoding = normalizeEncoding(fromEncoding) || fromEncoding;
  toEncoding = normalizeEncoding(toEncoding) || toEncoding;
  const result = binding.transcode(source, fromEncoding, toEncoding);
  if (!Array.isArray(result)) return new FastBuffer(result.buffer, result.byteOffset, result.length);

  const { 0: code, 1: errno } = result;
  throw genericNodeError(`Unable to transcode Buffer [${code}]`, { code, errno });
};

// The globals atob and btoa are these (the bootstrap takes them from here).
const encodingBinding = internalBinding('encoding_binding');

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const result = encodingBinding.atob(`${input}`);
  switch (result) {
    case -2: // Invalid character
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    case -1: // Single character remained
      throw lazyDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    case -3: // Possible overflow
      throw lazyDOMException('The input causes overflow.', 'InvalidCharacterError');
    default:
      return result;
  }
}
function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const result = encodingBinding.btoa(`${input}`);
  if (result === -1) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  return result;
}

function checkValidatable(input) {
  if (!isTypedArray(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  if (isDetached(isAnyArrayBuffer(input) ? input : input.buffer)) {
    // node's C++ throws it with the plain `Error: message` stack header.
    const err = new Error('Cannot validate on a detached buffer');
    err.code = 'ERR_INVALID_STATE';
    throw err;
  }
}

function isUtf8(input) {
  checkValidatable(input);
  return binding.isUtf8(input);
}

function isAscii(input) {
  checkValidatable(input);
  return binding.isAscii(input);
}

const getDetached = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached')?.get;
function isDetached(ab) {
  if (getDetached !== undefined) {
    try {
      return getDetached.call(ab);
    } catch {
      return false;
    }
  }
  return false;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,

  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});

// Blob, resolveObjectURL and File, loaded on first use.
for (const [name, id] of [['Blob', './internal/buffer_blob'], ['resolveObjectURL', './internal/buffer_blob'], ['File', './internal/buffer_blob']]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      let value;
      try {
        value = require(id)[name];
      } catch {
        value = undefined;
      }
      Object.defineProperty(module.exports, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
    },
  });
}

// A module for tsc (its Buffer must not become a global declaration); node's exports are module.exports above.
export {};
