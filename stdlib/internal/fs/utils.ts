// @ts-nocheck
/**
 * internal/fs/utils (Node 20's lib/internal/fs/utils.js): Stats, BigIntStats, StatFs and Dirent;
 * path, fd and option validation (getValidatedPath, getValidatedFd, getOptions, stringToFlags,
 * validateOffsetLengthRead/Write, validatePosition, the rm/rmdir options); byte/string conversions
 * for the fs module over internalBinding('fs'), with Buffers once the buffer module exists.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Date, Number, Object, String, Symbol, BigInt, TextDecoder, Uint8Array, ArrayBuffer } = globalThis;
const ObjectDefineProperty = Object.defineProperty;

const { fs: fsConstants, os: { errno: { EISDIR } } } = internalBinding('constants');
const {
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
  UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION,
} = fsConstants;

const builtins = internalBinding('builtins');
const encodingBinding = internalBinding('encoding_binding');

const { codes, hideStackFrames } = require('../errors');
const {
  ERR_FS_EISDIR,
  ERR_FS_INVALID_SYMLINK_TYPE,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
} = codes;
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('../validators');

const kEmptyObject = Object.freeze({ __proto__: null });

let BufferCtor;
/** The Buffer class when the buffer module exists (else null: Uint8Arrays are used). */
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = builtins.exists('buffer') ? require('../../buffer').Buffer : null;
  return BufferCtor;
}

/** Bytes (a Uint8Array) as a Buffer when there is one. */
function toBuffer(bytes) {
  const B = lazyBuffer();
  return B === null || bytes instanceof B ? bytes : B.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** A zero-filled Buffer (or Uint8Array) of size bytes. */
function allocBuffer(size) {
  const B = lazyBuffer();
  return B === null ? new Uint8Array(size) : B.alloc(size);
}

/** Bytes concatenated (Buffer.concat). */
function concatBytes(list, total) {
  if (total === undefined) {
    total = 0;
    for (const b of list) total += b.byteLength;
  }
  const out = allocBuffer(total);
  let off = 0;
  for (const b of list) {
    out.set(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), off);
    off += b.byteLength;
  }
  return out;
}

/** Bytes decoded with a Node encoding name. */
function decodeBytes(bytes, encoding) {
  const B = lazyBuffer();
  if (B !== null) return toBuffer(bytes).toString(encoding);
  const enc = `${encoding}`.toLowerCase();
  if (enc === 'utf8' || enc === 'utf-8') return encodingBinding.decodeUTF8(bytes, false, false);
  if (enc === 'latin1' || enc === 'binary' || enc === 'ascii') {
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(enc === 'ascii' ? bytes[i] & 0x7f : bytes[i]);
    return s;
  }
  if (enc === 'utf16le' || enc === 'ucs2' || enc === 'ucs-2' || enc === 'utf-16le') return new TextDecoder('utf-16le').decode(bytes);
  if (enc === 'hex') {
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return s;
  }
  if (enc === 'base64' || enc === 'base64url') {
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    const b = globalThis.btoa(s);
    return enc === 'base64' ? b : b.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  return encodingBinding.decodeUTF8(bytes, false, false);
}

/** A string encoded with a Node encoding name, as a Buffer (or Uint8Array). */
function encodeString(str, encoding = 'utf8') {
  const B = lazyBuffer();
  if (B !== null) return B.from(str, encoding);
  const enc = `${encoding}`.toLowerCase();
  if (enc === 'latin1' || enc === 'binary' || enc === 'ascii') {
    const out = new Uint8Array(str.length);
    for (let i = 0; i < str.length; i++) out[i] = str.charCodeAt(i) & 0xff;
    return out;
  }
  if (enc === 'utf16le' || enc === 'ucs2' || enc === 'ucs-2' || enc === 'utf-16le') {
    const out = new Uint8Array(str.length * 2);
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      out[2 * i] = c & 0xff;
      out[2 * i + 1] = c >> 8;
    }
    return out;
  }
  if (enc === 'hex') {
    const n = str.length >>> 1;
    const out = new Uint8Array(n);
    let i = 0;
    for (; i < n; i++) {
      const v = Number.parseInt(str.slice(2 * i, 2 * i + 2), 16);
      if (Number.isNaN(v)) break;
      out[i] = v;
    }
    return out.subarray(0, i);
  }
  if (enc === 'base64' || enc === 'base64url') {
    const s = globalThis.atob(str.replace(/-/g, '+').replace(/_/g, '/').replace(/[^A-Za-z0-9+/]/g, ''));
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  return encodingBinding.encodeUtf8String(`${str}`);
}

/** The byte length of a string in an encoding. */
function byteLength(str, encoding) {
  return encodeString(str, encoding).byteLength;
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

/** The bytes of any ArrayBufferView as a Uint8Array over the same memory. */
function bytesOf(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function isURLObject(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' && v.origin !== undefined;
}

/** A path argument as a string: a string, a Buffer/Uint8Array (UTF-8), or a file: URL. */
const getValidatedPath = hideStackFrames((fileURLOrPath, propName = 'path') => {
  let path = fileURLOrPath;
  if (isURLObject(path)) {
    path = require('../url').fileURLToPath(path);
  } else if (isUint8Array(path)) {
    if (path.includes(0)) {
      throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  } else if (typeof path !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  if (path.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, fileURLOrPath, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
});

/** A validated path as a string (a Buffer path decoded as UTF-8). */
function pathString(path) {
  return typeof path === 'string' ? path : encodingBinding.decodeUTF8(path, true, false);
}

/** An fd argument: an int32 >= 0 (-0 is 0). */
const getValidatedFd = hideStackFrames((fd, propName = 'fd') => {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
});

/** fs's options argument: a string is the encoding; an object is used over the defaults. */
function getOptions(options, defaultOptions = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

/** The options merged over the defaults (node's copyObject + defaults). */
function getOptionsWithDefaults(options, defaultOptions) {
  const o = getOptions(options, defaultOptions);
  return o === defaultOptions ? { ...defaultOptions } : { ...defaultOptions, ...o };
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

const encodings = new Set(['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii']);

function isEncoding(encoding) {
  return typeof encoding === 'string' && encodings.has(encoding.toLowerCase());
}

function assertEncoding(encoding) {
  if (encoding && !isEncoding(encoding)) {
    const reason = 'is invalid encoding';
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, reason);
  }
}

/** Node's flag strings ('r', 'w+', 'ax', ...) as open(2) flags. */
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': // Fall through.
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': // Fall through.
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': // Fall through.
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': // Fall through.
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': // Fall through.
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': // Fall through.
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': // Fall through.
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': // Fall through.
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

/** A time argument in seconds: a number, a numeric string, or a Date. */
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

const validateOffsetLengthRead = hideStackFrames((offset, length, bufferLength) => {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
});

const validateOffsetLengthWrite = hideStackFrames((offset, length, byteLength) => {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
});

const validatePosition = hideStackFrames((position, name, length) => {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
});

const validateBufferArray = hideStackFrames((buffers, propName = 'buffers') => {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  return buffers;
});

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

const validateEncodingOf = hideStackFrames((data, encoding) => {
  const normalizedEncoding = `${encoding}`.toLowerCase();
  const length = data.length;
  if (normalizedEncoding === 'hex' && length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
});

/** node's getValidMode: an access or copyFile mode. */
function getValidMode(mode, type) {
  let max = fsConstants.F_OK | fsConstants.W_OK | fsConstants.R_OK | fsConstants.X_OK;
  let def = fsConstants.F_OK;
  if (type === 'copyFile') {
    max = fsConstants.COPYFILE_EXCL | fsConstants.COPYFILE_FICLONE | fsConstants.COPYFILE_FICLONE_FORCE;
    def = mode || 0;
  }
  if (mode == null) return def;
  // As node 20's C++ check (its errors carry a code but no code in the stack header).
  if (typeof mode !== 'number') throw cppError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  if (!Number.isInteger(mode) || mode < 0 || mode > max) {
    throw cppError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= 0 && <= ${max}`);
  }
  return mode;
}

function cppError(Ctor, code, message) {
  const e = new Ctor(message);
  e.code = code;
  return e;
}

// ---- rm and rmdir options ----

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
const defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };

const validateRmdirOptions = hideStackFrames((options, defaults = defaultRmdirOptions) => {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
});

function eisdir(path) {
  return new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: EISDIR });
}

/** rm's checks, asynchronously: cb(err, options), or cb(false) when expectDir and path is no folder. */
const validateRmOptions = hideStackFrames((path, options, expectDir, cb) => {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  require('../../fs').lstat(path, (err, stats) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return cb(null, options);
      return cb(err, options);
    }
    if (expectDir && !stats.isDirectory()) return cb(false);
    if (stats.isDirectory() && !options.recursive) return cb(eisdir(path));
    return cb(null, options);
  });
});

/** rm's checks: the options, or false when expectDir and path is no folder. */
const validateRmOptionsSync = hideStackFrames((path, options, expectDir) => {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  if (!options.force || expectDir || !options.recursive) {
    const isDirectory = require('../../fs').lstatSync(path, { throwIfNoEntry: !options.force })?.isDirectory();
    if (expectDir && !isDirectory) return false;
    if (isDirectory && !options.recursive) throw eisdir(path);
  }
  return options;
});

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (!recursiveRmdirWarned && !process.noDeprecation) {
    recursiveRmdirWarned = true;
    process.emitWarning(
      'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
      'DeprecationWarning',
      'DEP0147',
    );
  }
}

let nonPortableTemplateWarn = true;
function warnOnNonPortableTemplate(template) {
  if (nonPortableTemplateWarn && template.endsWith('X')) {
    process.emitWarning('mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html');
    nonPortableTemplateWarn = false;
  }
}

function stringToSymlinkType(type) {
  let flags = 0;
  if (typeof type === 'string') {
    switch (type) {
      case 'dir':
        flags |= UV_FS_SYMLINK_DIR;
        break;
      case 'junction':
        flags |= UV_FS_SYMLINK_JUNCTION;
        break;
      case 'file':
        break;
      default:
        throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
    }
  }
  return flags;
}

// ---- Stats ----

const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;
const kMsPerSec = 1e3;
const kNsPerMs = 1e6;

function dateFromMs(ms) {
  // Coerce to number: the Date needs a number.
  return new Date(Number(ms) + 0.5);
}

function msFromTimeSpec(sec, nsec) {
  return sec * kMsPerSec + nsec / kNsPerMs;
}

function nsFromTimeSpecBigInt(sec, nsec) {
  return sec * kNsPerSecBigInt + nsec;
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function () {
  return this._checkModeProperty(S_IFDIR);
};

StatsBase.prototype.isFile = function () {
  return this._checkModeProperty(S_IFREG);
};

StatsBase.prototype.isBlockDevice = function () {
  return this._checkModeProperty(S_IFBLK);
};

StatsBase.prototype.isCharacterDevice = function () {
  return this._checkModeProperty(S_IFCHR);
};

StatsBase.prototype.isSymbolicLink = function () {
  return this._checkModeProperty(S_IFLNK);
};

StatsBase.prototype.isFIFO = function () {
  return this._checkModeProperty(S_IFIFO);
};

StatsBase.prototype.isSocket = function () {
  return this._checkModeProperty(S_IFSOCK);
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}

Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);

BigIntStats.prototype._checkModeProperty = function (property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}

Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);

Stats.prototype.isFile = function isFile() {
  return (this.mode & S_IFMT) === S_IFREG;
};

Stats.prototype._checkModeProperty = function (property) {
  return (this.mode & S_IFMT) === property;
};

/** Stats (or BigIntStats) from the binding's 18 fields (node's layout). */
function getStatsFromBinding(stats) {
  if (stats === undefined) return undefined;
  if (typeof stats[0] === 'bigint') {
    return new BigIntStats(
      stats[0], stats[1], stats[2], stats[3], stats[4], stats[5], stats[6], stats[7], stats[8], stats[9],
      nsFromTimeSpecBigInt(stats[10], stats[11]),
      nsFromTimeSpecBigInt(stats[12], stats[13]),
      nsFromTimeSpecBigInt(stats[14], stats[15]),
      nsFromTimeSpecBigInt(stats[16], stats[17]),
    );
  }
  return new Stats(
    stats[0], stats[1], stats[2], stats[3], stats[4], stats[5], stats[6], stats[7], stats[8], stats[9],
    msFromTimeSpec(stats[10], stats[11]),
    msFromTimeSpec(stats[12], stats[13]),
    msFromTimeSpec(stats[14], stats[15]),
    msFromTimeSpec(stats[16], stats[17]),
  );
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(s) {
  return new StatFs(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
}

// ---- Dirent ----

const kType = Symbol('type');
const kStats = Symbol('stats');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() {
    return this[kType] === UV_DIRENT_DIR;
  }

  isFile() {
    return this[kType] === UV_DIRENT_FILE;
  }

  isBlockDevice() {
    return this[kType] === UV_DIRENT_BLOCK;
  }

  isCharacterDevice() {
    return this[kType] === UV_DIRENT_CHAR;
  }

  isSymbolicLink() {
    return this[kType] === UV_DIRENT_LINK;
  }

  isFIFO() {
    return this[kType] === UV_DIRENT_FIFO;
  }

  isSocket() {
    return this[kType] === UV_DIRENT_SOCKET;
  }
}


/** A name from the binding (a string, or bytes for the buffer encoding) in the requested encoding. */
function nameInEncoding(name, encoding) {
  if (typeof name !== 'string') return encoding === 'buffer' ? toBuffer(name) : decodeBytes(name, encoding || 'utf8');
  if (encoding === 'buffer') return encodeString(name);
  if (encoding === 'buffer') return encodeString(name);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return decodeBytes(encodeString(name), encoding);
  return name;
}

export {
  BigIntStats,
  Dirent,
  StatFs,
  Stats,
  StatsBase,
  allocBuffer,
  assertEncoding,
  byteLength,
  bytesOf,
  concatBytes,
  copyObject,
  decodeBytes,
  emitRecursiveRmdirWarning,
  encodeString,
  getOptions,
  getOptionsWithDefaults,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidMode,
  getValidatedFd,
  getValidatedPath,
  isArrayBufferView,
  isEncoding,
  isUint8Array,
  kEmptyObject,
  kStats,
  kType,
  lazyBuffer,
  nameInEncoding,
  pathString,
  stringToFlags,
  stringToSymlinkType,
  toBuffer,
  toUnixTimestamp,
  validateBufferArray,
  validateEncodingOf,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmOptions,
  validateRmOptionsSync,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
  warnOnNonPortableTemplate,
};
