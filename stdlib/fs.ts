// @ts-nocheck
/**
 * Node's `fs` module (Node 20's lib/fs.js) over internalBinding('fs'): the synchronous and
 * callback APIs for files, descriptors (open/read/readv/write/writev/close...), directories
 * (mkdir, readdir with Dirents, opendir/Dir, rm/rmdir, mkdtemp), stat/lstat/fstat/statfs (with
 * bigint), links, access/exists, realpath, chmod/chown/utimes, copyFile/cp, watch/watchFile,
 * ReadStream/WriteStream and fs.promises. Callbacks run from the poll phase of the event loop, as
 * node's do; validation and errors are node's.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (the API follows lib/fs.js).

const { Array, Promise, Uint8Array, Object, Reflect } = globalThis;

const binding = internalBinding('fs');
const { fs: constants } = internalBinding('constants');
const {
  BigIntStats,
  Dirent,
  Stats,
  allocBuffer,
  concatBytes,
  decodeBytes,
  emitRecursiveRmdirWarning,
  encodeString,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidMode,
  getValidatedFd,
  getValidatedPath,
  isArrayBufferView,
  kEmptyObject,
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
} = require('./internal/fs/utils');
const { codes, AbortError } = require('./internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;
const {
  kValidateObjectAllowNullable,
  parseFileMode,
  validateBoolean,
  validateBuffer,
  validateFunction,
  validateInteger,
  validateObject,
  validateOneOf,
  validateString,
} = require('./internal/validators');

const { F_OK, R_OK, W_OK, X_OK, COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE, UV_DIRENT_DIR } = constants;
const kMaxUserId = 2 ** 32 - 1;

/** A callback argument, validated as node's makeCallback does. */
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

/** Names in this encoding come from the binding as bytes (anything but UTF-8 strings). */
function wantsBytes(encoding) {
  return !!encoding && encoding !== 'utf8' && encoding !== 'utf-8';
}

function isFd(path) {
  return typeof path === 'number' && (path >>> 0) === path;
}

/** Calls callback with an AbortError when signal is aborted (true), else false. */
function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// ---- access, exists ----

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.accessAsync(path, mode, callback);
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode);
}

function exists(path, callback) {
  maybeCallback(callback);
  function suppressedCallback(err) {
    callback(err ? false : true);
  }
  try {
    access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}

Object.defineProperty(exists, require('./internal/util').promisify.custom, {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.exists(path);
}

// ---- whole files ----

function fileResult(bytes, encoding) {
  if (encoding && encoding !== 'buffer') return decodeBytes(bytes, encoding);
  return toBuffer(bytes);
}

const kReadFileBufferLength = 512 * 1024;
const kReadFileUnknownBufferLength = 64 * 1024;
const kIoMaxLength = 2 ** 31 - 1;

/**
 * readFile as node's ReadFileContext does it, one request at a time: open (unless given an fd),
 * fstat, reads until the size is reached or a read returns nothing, close; then the callback.
 */
function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const signal = options.signal;
  const isUserFd = isFd(path);
  if (!isUserFd) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag, 'options.flag');
  if (checkAborted(signal, (err) => process.nextTick(callback, err))) return;

  let fd;
  const chunks = [];
  let total = 0;
  let size = 0;

  const finish = (err) => {
    if (err == null && checkAbortedNow()) err = new AbortError(undefined, { cause: signal.reason });
    if (isUserFd) return deliver(err);
    binding.closeAsync(fd, (closeErr) => deliver(err ?? closeErr));
  };
  const checkAbortedNow = () => signal?.aborted === true;
  const deliver = (err) => {
    if (err) return callback(err);
    let result;
    try {
      result = fileResult(concatBytes(chunks, total), encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, result);
  };
  const readChunk = () => {
    if (checkAbortedNow()) return finish(null);
    const length = size === 0 ? kReadFileUnknownBufferLength : Math.min(kReadFileBufferLength, size - total);
    const buffer = allocBuffer(length);
    binding.readAsync(fd, buffer, 0, length, -1, (err, bytesRead) => {
      if (err) return finish(err);
      if (bytesRead > 0) {
        chunks.push(bytesRead === length ? buffer : buffer.subarray(0, bytesRead));
        total += bytesRead;
      }
      if (bytesRead === 0 || (size !== 0 && total >= size)) return finish(null);
      readChunk();
    });
  };
  const afterOpen = (openedFd) => {
    fd = openedFd;
    binding.fstatAsync(fd, false, (err, stats) => {
      if (err) return finish(err);
      const st = getStatsFromBinding(stats);
      size = st.isFile() ? st.size : 0;
      if (size > kIoMaxLength) return finish(new codes.ERR_FS_FILE_TOO_LARGE(size));
      readChunk();
    });
  };
  if (isUserFd) {
    process.nextTick(afterOpen, path);
    return;
  }
  binding.openAsync(path, flags, 0o666, (err, openedFd) => (err ? callback(err) : afterOpen(openedFd)));
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  if (!isFd(path)) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag, 'options.flag');
  if (encoding === 'utf8' || encoding === 'utf-8') return binding.readFileUtf8(path, flags);
  return fileResult(binding.readFile(path, flags), encoding);
}

/** The data of writeFile as bytes or a UTF-8 string for the binding. */
function writeData(data, encoding) {
  if (isArrayBufferView(data)) return data;
  validateStringAfterArrayBufferView(data, 'data');
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return data;
  return encodeString(data, encoding);
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  data = writeData(data, options.encoding);
  if (!isFd(path)) path = getValidatedPath(path, 'file');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flags = stringToFlags(flag);
  const signal = options.signal;
  if (isFd(path)) {
    if (checkAborted(signal, (err) => process.nextTick(callback, err))) return;
    binding.writeFileAsync(path, data, flags, mode, false, (err) => callback(err ?? null));
    return;
  }
  if (checkAborted(signal, (err) => process.nextTick(callback, err))) return;
  // As node: open, then (unless aborted meanwhile) write all, then close.
  binding.openAsync(path, flags, mode, (openErr, fd) => {
    if (openErr) return callback(openErr);
    const finish = (err) => binding.closeAsync(fd, (closeErr) => callback(err ?? closeErr ?? null));
    if (checkAborted(signal, finish)) return;
    binding.writeFileAsync(fd, data, flags, mode, false, (err) => {
      if (err) return finish(err);
      if (checkAborted(signal, finish)) return;
      if (flush) fs.fsync(fd, (syncErr) => finish(syncErr));
      else finish(null);
    });
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  data = writeData(data, options.encoding);
  if (!isFd(path)) path = getValidatedPath(path, 'file');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flags = stringToFlags(options.flag || 'w');
  if (!flush) {
    binding.writeFile(path, data, flags, mode, false);
    return;
  }
  // With flush, as node: open, write, fs.fsyncSync (the module's, so it can be observed), close.
  const isUserFd = isFd(path);
  const fd = isUserFd ? path : binding.open(path, flags, mode);
  try {
    binding.writeFile(fd, data, flags, mode, false);
    fs.fsyncSync(fd);
  } finally {
    if (!isUserFd) binding.close(fd);
  }
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

// ---- stat ----

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statAsync(path, true, !!options.bigint, (err, stats) => (err ? callback(err) : callback(null, getStatsFromBinding(stats))));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lstatAsync(path, true, !!options.bigint, (err, stats) => (err ? callback(err) : callback(null, getStatsFromBinding(stats))));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fstatAsync(fd, !!options.bigint, (err, stats) => (err ? callback(err) : callback(null, getStatsFromBinding(stats))));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(binding.stat(path, options.throwIfNoEntry !== false, !!options.bigint));
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(binding.lstat(path, options.throwIfNoEntry !== false, !!options.bigint));
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(binding.fstat(fd, !!options.bigint));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.statfsAsync(path, !!options.bigint, (err, s) => (err ? callback(err) : callback(null, getStatFsFromBinding(s))));
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(binding.statfs(path, !!options.bigint));
}

// ---- directories ----

function direntsResult(result, path, options) {
  const encoding = options.encoding;
  if (!options.withFileTypes) return result.map((n) => nameInEncoding(n, encoding));
  const [names, types] = result;
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) out[i] = new Dirent(nameInEncoding(names[i], encoding), types[i], path);
  return out;
}

function joinPath(dir, name) {
  return require('path').join(dir, name);
}

/** readdir with options.recursive: every entry below path, breadth first (names relative to path). */
function readdirRecursiveSync(path, options) {
  path = pathString(path);
  const out = [];
  const queue = [path];
  while (queue.length > 0) {
    const dir = queue.shift();
    const [names, types] = binding.readdir(dir, true, false);
    for (let i = 0; i < names.length; i++) {
      const full = joinPath(dir, names[i]);
      if (options.withFileTypes) out.push(new Dirent(nameInEncoding(names[i], options.encoding), types[i], dir));
      else out.push(nameInEncoding(require('path').relative(path, full), options.encoding));
      if (types[i] === UV_DIRENT_DIR) queue.push(full);
    }
  }
  return out;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    let result;
    try {
      result = readdirRecursiveSync(path, options);
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    process.nextTick(callback, null, result);
    return;
  }
  binding.readdirAsync(path, !!options.withFileTypes, wantsBytes(options.encoding), (err, result) => {
    if (err) return callback(err);
    callback(null, direntsResult(result, path, options));
  });
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursiveSync(path, options);
  return direntsResult(binding.readdir(path, !!options.withFileTypes, wantsBytes(options.encoding)), path, options);
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  return { recursive, mode };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { recursive, mode } = mkdirOptions(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  binding.mkdirAsync(path, recursive, mode, (err, result) => {
    if (err) return callback(err);
    if (recursive) return callback(null, result);
    callback(null);
  });
}

function mkdirSync(path, options) {
  const { recursive, mode } = mkdirOptions(options);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const result = binding.mkdir(path, recursive, mode);
  return recursive ? result : undefined;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  binding.mkdtempAsync(prefix, wantsBytes(options.encoding), (err, result) => {
    if (err) return callback(err);
    callback(null, nameInEncoding(result, options.encoding));
  });
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return nameInEncoding(binding.mkdtemp(prefix, wantsBytes(options.encoding)), options.encoding);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    validateRmOptions(path, { ...options, force: false }, true, (err, options) => {
      if (err === false) return binding.rmdirAsync(path, callback);
      if (err) return callback(err);
      binding.rmAsync(path, true, false, options.maxRetries, options.retryDelay, callback);
    });
  } else {
    validateRmdirOptions(options);
    binding.rmdirAsync(path, callback);
  }
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmOptionsSync(path, { ...options, force: false }, true);
    if (options !== false) return binding.rm(path, true, false, options.maxRetries, options.retryDelay);
  } else {
    validateRmdirOptions(options);
  }
  binding.rmdir(path);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  validateRmOptions(path, options, false, (err, options) => {
    if (err) return callback(err);
    binding.rmAsync(path, options.recursive, options.force, options.maxRetries, options.retryDelay, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptionsSync(path, options, false);
  binding.rm(path, options.recursive, options.force, options.maxRetries, options.retryDelay);
}

// ---- names ----

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlinkAsync(path, callback);
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  binding.unlink(path);
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.renameAsync(oldPath, newPath, callback);
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = makeCallback(callback);
  binding.copyFileAsync(src, dest, mode, callback);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  binding.copyFile(src, dest, mode);
}

function cp(src, dest, options, callback) {
  return cpModule().cp(src, dest, options, callback);
}

function cpSync(src, dest, options) {
  return cpModule().cpSync(src, dest, options);
}

function truncate(path, len, callback) {
  if (isFd(path)) return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.truncateAsync(path, len, callback);
}

function truncateSync(path, len) {
  if (isFd(path)) return ftruncateSync(path, len);
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  path = getValidatedPath(path);
  binding.truncate(path, Math.max(0, len));
}

/**
 * node's JavaScript realpath walks the path with lstat: its ENOENT names the first missing
 * component (absolute), with syscall lstat. The same error from the native realpath.
 */
function realpathError(err, p) {
  if (err?.code !== 'ENOENT') return err;
  const pathModule = require('path');
  const abs = pathModule.resolve(pathString(p));
  const parts = abs.split('/');
  for (let i = 2; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/') || '/';
    try {
      binding.lstat(prefix, true, false);
    } catch (e) {
      return e;
    }
  }
  return err;
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  try {
    return nameInEncoding(binding.realpath(p, wantsBytes(options.encoding)), options.encoding);
  } catch (err) {
    throw realpathError(err, p);
  }
}

realpathSync.native = (path, options) => {
  options = getOptions(options);
  path = getValidatedPath(path);
  return nameInEncoding(binding.realpath(path, wantsBytes(options.encoding)), options.encoding);
};

function realpath(p, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpathAsync(p, wantsBytes(options.encoding), (err, result) => {
    if (err) return callback(realpathError(err, p));
    callback(null, nameInEncoding(result, options.encoding));
  });
}

realpath.native = (path, options, callback) => {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpathAsync(path, wantsBytes(options.encoding), (err, result) => {
    if (err) return callback(err);
    callback(null, nameInEncoding(result, options.encoding));
  });
};

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlinkAsync(path, wantsBytes(options.encoding), (err, result) => {
    if (err) return callback(err);
    callback(null, nameInEncoding(result, options.encoding));
  });
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return nameInEncoding(binding.readlink(path, wantsBytes(options.encoding)), options.encoding);
}

function symlinkType(type) {
  stringToSymlinkType(type);
  return typeof type === 'string' ? type : null;
}

function symlink(target, path, type, callback) {
  if (callback === undefined) {
    callback = makeCallback(type);
    type = undefined;
  }
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  type = symlinkType(type);
  callback = makeCallback(callback);
  binding.symlinkAsync(target, path, type, callback);
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  type = symlinkType(type);
  binding.symlink(target, path, type);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.linkAsync(existingPath, newPath, callback);
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath);
}

// ---- attributes ----

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmodAsync(path, mode, callback);
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmodAsync(fd, mode, callback);
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode);
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chownAsync(path, uid, gid, callback);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchownAsync(path, uid, gid, callback);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchownAsync(fd, uid, gid, callback);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimesAsync(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimesAsync(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimesAsync(fd, atime, mtime, callback);
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

// ---- file descriptors ----

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.openAsync(path, flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return binding.open(path, flagsNumber, mode);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.closeAsync(fd, callback);
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  binding.close(fd);
}

const {
  read,
  readSync,
  readv,
  readvSync,
  write,
  writeSync,
  writev,
  writevSync,
} = require('./internal/fs/read_write');

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncateAsync(fd, len, callback);
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsyncAsync(fd, callback);
}

function fsyncSync(fd) {
  fd = getValidatedFd(fd);
  binding.fsync(fd);
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasyncAsync(fd, callback);
}

function fdatasyncSync(fd) {
  fd = getValidatedFd(fd);
  binding.fdatasync(fd);
}

// ---- lazily loaded parts ----

function lazy(id) {
  let m;
  return () => (m ??= require(id));
}
const dirModule = lazy('./internal/fs/dir');
const cpModule = lazy('./internal/fs/cp');
const watchers = lazy('./internal/fs/watchers');
const streams = lazy('./internal/fs/streams');
const promisesModule = lazy('./internal/fs/promises');

function opendir(path, options, callback) {
  return dirModule().opendir(path, options, callback);
}

function opendirSync(path, options) {
  return dirModule().opendirSync(path, options);
}

function watch(filename, options, listener) {
  return watchers().watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return watchers().watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return watchers().unwatchFile(filename, listener);
}

/** fs.openAsBlob(path[, options]): a Blob of the file's bytes (read when it is made). */
function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  return new Promise((resolve, reject) => {
    binding.readFileAsync(path, stringToFlags('r'), (err, bytes) => {
      if (err) return reject(err);
      try {
        resolve(new (require('./buffer').Blob)([bytes], { type }));
      } catch (e) {
        reject(e);
      }
    });
  });
}

function createReadStream(path, options) {
  return new (streams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (streams().WriteStream)(path, options);
}

const fs = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get ReadStream() {
    return streams().ReadStream;
  },
  set ReadStream(val) {
    streams().ReadStream = val;
  },
  get WriteStream() {
    return streams().WriteStream;
  },
  set WriteStream(val) {
    streams().WriteStream = val;
  },
  // Legacy names (no deprecation warning, as node).
  get FileReadStream() {
    return streams().ReadStream;
  },
  set FileReadStream(val) {
    streams().ReadStream = val;
  },
  get FileWriteStream() {
    return streams().WriteStream;
  },
  set FileWriteStream(val) {
    streams().WriteStream = val;
  },

  // For tests.
  _toUnixTimestamp: toUnixTimestamp,

  get Dir() {
    return dirModule().Dir;
  },
  opendir,
  opendirSync,
};

Object.defineProperties(fs, {
  F_OK: { __proto__: null, enumerable: true, value: F_OK || 0 },
  R_OK: { __proto__: null, enumerable: true, value: R_OK || 0 },
  W_OK: { __proto__: null, enumerable: true, value: W_OK || 0 },
  X_OK: { __proto__: null, enumerable: true, value: X_OK || 0 },
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return promisesModule().exports;
    },
  },
});

export = fs;
