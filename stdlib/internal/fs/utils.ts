// @ts-nocheck
/**
 * A first internal/fs/utils (Node 20's lib/internal/fs/utils.js in part): Stats and Dirent, path
 * and option validation (getValidatedPath, getOptions, stringToFlags), and byte/string
 * conversions for the fs module over internalBinding('fs').
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Date, Number, Object, String, Symbol, TextDecoder, Uint8Array } = globalThis;
const ObjectDefineProperty = Object.defineProperty;

const { fs: fsConstants } = internalBinding('constants');
const {
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = fsConstants;

const builtins = internalBinding('builtins');
const encodingBinding = internalBinding('encoding_binding');

function codes() {
  return require('../errors').codes;
}

function validators() {
  return require('../validators');
}

let BufferCtor;
/** The Buffer class when the buffer module exists (else null: Uint8Arrays are used). */
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = builtins.exists('buffer') ? require('../../buffer').Buffer : null;
  return BufferCtor;
}

/** Host bytes (a Uint8Array) as a Buffer when there is one. */
function toBuffer(bytes) {
  const B = lazyBuffer();
  return B === null ? bytes : B.from(bytes.buffer, bytes.byteOffset, bytes.length);
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

/** A string encoded with a Node encoding name, as a Uint8Array (or Buffer). */
function encodeString(str, encoding = 'utf8') {
  const B = lazyBuffer();
  if (B !== null) return B.from(str, encoding);
  return encodingBinding.encodeUtf8String(str);
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function isURLObject(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' && v.origin !== undefined;
}

/** A path argument as a string: a string, a Buffer/Uint8Array (UTF-8), or a file: URL. */
function getValidatedPath(fileURLOrPath, propName = 'path') {
  let path = fileURLOrPath;
  if (isURLObject(path)) {
    path = require('../modules/helpers').fileURLToPath(path);
  } else if (isUint8Array(path)) {
    path = encodingBinding.decodeUTF8(path, true, false);
  } else if (typeof path !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)(propName, ['string', 'Buffer', 'URL'], path);
  }
  if (path.includes('\u0000')) {
    throw new (codes().ERR_INVALID_ARG_VALUE)(propName, fileURLOrPath, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

/** fs's options argument: a string is the encoding; an object is copied over the defaults. */
function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validators().validateAbortSignal(options.signal, 'options.signal');
  return options;
}

const encodings = new Set(['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii']);

function assertEncoding(encoding) {
  if (encoding && !encodings.has(`${encoding}`.toLowerCase())) {
    const reason = 'is invalid encoding';
    throw new (codes().ERR_INVALID_ARG_VALUE)('encoding', encoding, reason);
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
  throw new (codes().ERR_INVALID_ARG_VALUE)('flags', flags);
}


function dateFromMs(ms) {
  // Coerce to number: the Date needs a number.
  return new Date(Number(ms) + 0.5);
}

function msFromTimeSpec(sec, nsec) {
  return sec * 1e3 + nsec / 1e6;
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

Stats.prototype._checkModeProperty = function (property) {
  return (this.mode & S_IFMT) === property;
};

/** Stats from the binding's 18 fields (node's layout). */
function getStatsFromBinding(stats) {
  if (stats === undefined) return undefined;
  return new Stats(
    stats[0], stats[1], stats[2], stats[3], stats[4], stats[5], stats[6], stats[7], stats[8], stats[9],
    msFromTimeSpec(stats[10], stats[11]),
    msFromTimeSpec(stats[12], stats[13]),
    msFromTimeSpec(stats[14], stats[15]),
    msFromTimeSpec(stats[16], stats[17]),
  );
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
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

ObjectDefineProperty(Dirent.prototype, 'parentPath', {
  __proto__: null,
  get() {
    return this.path;
  },
  configurable: true,
});


export {
  Dirent,
  Stats,
  StatsBase,
  getStatsFromBinding,
  getValidatedPath,
  getOptions,
  assertEncoding,
  stringToFlags,
  toBuffer,
  decodeBytes,
  encodeString,
  lazyBuffer,
  isUint8Array,
  kType,
};
