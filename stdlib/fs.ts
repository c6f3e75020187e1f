// @ts-nocheck
/**
 * A first version of Node's `fs` module over internalBinding('fs'): the synchronous and callback
 * APIs for files (read, write, append, open/read/write/close on fds, copy, rename, unlink,
 * truncate), directories (mkdir, readdir with Dirents, rmdir, rm, mkdtemp), stat/lstat/fstat
 * (Stats), links, access/exists, realpath, chmod/utimes, and fs.promises. Callbacks run from the
 * poll phase of the event loop, as node's do. Streams and watchers come later.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (the API follows lib/fs.js).

const { Array, Promise, Uint8Array } = globalThis;

const binding = internalBinding('fs');
const { fs: constants } = internalBinding('constants');
const {
  Dirent,
  Stats,
  getStatsFromBinding,
  getValidatedPath,
  getOptions,
  stringToFlags,
  toBuffer,
  decodeBytes,
  encodeString,
  isUint8Array,
} = require('./internal/fs/utils');

const { F_OK, R_OK, W_OK, X_OK } = constants;

function codes() {
  return require('./internal/errors').codes;
}

function validators() {
  return require('./internal/validators');
}

/** A callback argument, validated as node's makeCallback does. */
function makeCallback(cb) {
  if (typeof cb !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('cb', 'function', cb);
  return (...args) => Reflect.apply(cb, undefined, args);
}

/** The last argument as the callback, and the options before it (node's maybeCallback pattern). */
function splitCallback(options, callback) {
  if (typeof options === 'function') return [undefined, options];
  return [options, callback];
}

function isFd(path) {
  return typeof path === 'number' && (path >>> 0) === path;
}

function toData(data, encoding) {
  if (typeof data === 'string') return encoding === undefined || encoding === 'utf8' || encoding === 'utf-8' ? data : encodeString(data, encoding);
  if (isUint8Array(data) || ArrayBuffer.isView(data)) return data;
  throw new (codes().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function fileResult(bytes, encoding) {
  if (encoding && encoding !== 'buffer') return decodeBytes(bytes, encoding);
  return toBuffer(bytes);
}

function direntsResult(result, path, options) {
  if (!options.withFileTypes) {
    if (options.encoding === 'buffer') return result.map((n) => encodeString(n));
    return result;
  }
  const [names, types] = result;
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) out[i] = new Dirent(names[i], types[i], path);
  return out;
}

// ---- access, exists ----

function accessSync(path, mode) {
  path = getValidatedPath(path);
  binding.access(path, mode === undefined ? F_OK : mode);
}

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  binding.accessAsync(path, mode === undefined ? F_OK : mode, makeCallback(callback));
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.exists(path);
}

function exists(path, callback) {
  validators().validateFunction(callback, 'cb');
  try {
    path = getValidatedPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  binding.existsAsync(path, (_err, result) => callback(result));
}

// ---- reading and writing whole files ----

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  if (isFd(path)) {
    const chunks = [];
    let total = 0;
    for (;;) {
      const chunk = binding.read(path, 65536);
      if (chunk.length === 0) break;
      chunks.push(chunk);
      total += chunk.length;
    }
    const all = new Uint8Array(total);
    let off = 0;
    for (const c of chunks) {
      all.set(c, off);
      off += c.length;
    }
    return fileResult(all, encoding);
  }
  path = getValidatedPath(path);
  const flag = options.flag ?? 'r';
  if (encoding === 'utf8' || encoding === 'utf-8') return binding.readFileUtf8(path, flag);
  return fileResult(binding.readFile(path, flag), encoding);
}

function readFile(path, options, callback) {
  [options, callback] = splitCallback(options, callback);
  const cb = makeCallback(callback);
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  path = getValidatedPath(path);
  binding.readFileAsync(path, options.flag ?? 'r', (err, bytes) => {
    if (err) return cb(err);
    let result;
    try {
      result = fileResult(bytes, encoding);
    } catch (e) {
      return cb(e);
    }
    cb(null, result);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (isFd(path)) {
    const d = toData(data, options.encoding);
    if (typeof d === 'string') binding.writeString(path, d);
    else binding.writeBuffer(path, d, 0, d.byteLength);
    return;
  }
  path = getValidatedPath(path);
  binding.writeFile(path, toData(data, options.encoding), options.flag ?? 'w', options.mode);
}

function writeFile(path, data, options, callback) {
  [options, callback] = splitCallback(options, callback);
  const cb = makeCallback(callback);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  path = getValidatedPath(path);
  binding.writeFileAsync(path, toData(data, options.encoding), options.flag ?? 'w', options.mode, cb);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFileSync(path, data, { ...options, flag: options.flag ?? 'a' });
}

function appendFile(path, data, options, callback) {
  [options, callback] = splitCallback(options, callback);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFile(path, data, { ...options, flag: options.flag ?? 'a' }, callback);
}

// ---- stat ----

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(binding.stat(path, options.throwIfNoEntry !== false));
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(binding.lstat(path, options.throwIfNoEntry !== false));
}

function fstatSync(fd) {
  validators().validateInt32(fd, 'fd', 0);
  return getStatsFromBinding(binding.fstat(fd));
}

function statAsync(op) {
  return function (path, options, callback) {
    [options, callback] = splitCallback(options, callback);
    const cb = makeCallback(callback);
    path = getValidatedPath(path);
    binding[op](path, true, (err, stats) => (err ? cb(err) : cb(null, getStatsFromBinding(stats))));
  };
}

const stat = statAsync('statAsync');
const lstat = statAsync('lstatAsync');

function fstat(fd, options, callback) {
  [options, callback] = splitCallback(options, callback);
  const cb = makeCallback(callback);
  validators().validateInt32(fd, 'fd', 0);
  binding.fstatAsync(fd, (err, stats) => (err ? cb(err) : cb(null, getStatsFromBinding(stats))));
}

// ---- directories ----

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return direntsResult(binding.readdir(path, !!options.withFileTypes), path, options);
}

function readdir(path, options, callback) {
  [options, callback] = splitCallback(options, callback);
  const cb = makeCallback(callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.readdirAsync(path, !!options.withFileTypes, (err, result) => (err ? cb(err) : cb(null, direntsResult(result, path, options))));
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  validators().validateBoolean(recursive, 'options.recursive');
  return { recursive, mode: typeof mode === 'string' ? Number.parseInt(mode, 8) : mode };
}

function mkdirSync(path, options) {
  const { recursive, mode } = mkdirOptions(options);
  path = getValidatedPath(path);
  const result = binding.mkdir(path, recursive, mode);
  return recursive ? result : undefined;
}

function mkdir(path, options, callback) {
  [options, callback] = splitCallback(options, callback);
  const cb = makeCallback(callback);
  const { recursive, mode } = mkdirOptions(options);
  path = getValidatedPath(path);
  binding.mkdirAsync(path, recursive, mode, (err, result) => (err ? cb(err) : recursive ? cb(null, result) : cb(null)));
}

function mkdtempSync(prefix, options) {
  validators().validateString(prefix, 'prefix');
  return binding.mkdtemp(prefix);
}

function mkdtemp(prefix, options, callback) {
  [options, callback] = splitCallback(options, callback);
  const cb = makeCallback(callback);
  validators().validateString(prefix, 'prefix');
  binding.mkdtempAsync(prefix, cb);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) return binding.rm(path, true, false);
  binding.rmdir(path);
}

function rmdir(path, options, callback) {
  [options, callback] = splitCallback(options, callback);
  const cb = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) binding.rmAsync(path, true, false, cb);
  else binding.rmdirAsync(path, cb);
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  binding.rm(path, !!options?.recursive, !!options?.force);
}

function rm(path, options, callback) {
  [options, callback] = splitCallback(options, callback);
  const cb = makeCallback(callback);
  path = getValidatedPath(path);
  binding.rmAsync(path, !!options?.recursive, !!options?.force, cb);
}

// ---- files by name ----

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function unlink(path, callback) {
  const cb = makeCallback(callback);
  binding.unlinkAsync(getValidatedPath(path), cb);
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function rename(oldPath, newPath, callback) {
  const cb = makeCallback(callback);
  binding.renameAsync(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'), cb);
}

function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), mode ?? 0);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  const cb = makeCallback(callback);
  binding.copyFileAsync(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), mode ?? 0, cb);
}

function truncateSync(path, len) {
  if (isFd(path)) return ftruncateSync(path, len);
  binding.truncate(getValidatedPath(path), len ?? 0);
}

function truncate(path, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  const cb = makeCallback(callback);
  binding.truncateAsync(getValidatedPath(path), len ?? 0, cb);
}

function realpathSync(path, options) {
  options = getOptions(options);
  const result = binding.realpath(getValidatedPath(path));
  return options.encoding === 'buffer' ? encodeString(result) : result;
}
realpathSync.native = realpathSync;

function realpath(path, options, callback) {
  [options, callback] = splitCallback(options, callback);
  const cb = makeCallback(callback);
  options = getOptions(options);
  binding.realpathAsync(getValidatedPath(path), (err, result) => (err ? cb(err) : cb(null, options.encoding === 'buffer' ? encodeString(result) : result)));
}
realpath.native = realpath;

function readlinkSync(path, options) {
  return binding.readlink(getValidatedPath(path, 'oldPath'));
}

function readlink(path, options, callback) {
  [options, callback] = splitCallback(options, callback);
  const cb = makeCallback(callback);
  binding.readlinkAsync(getValidatedPath(path, 'oldPath'), cb);
}

function symlinkSync(target, path, type) {
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), type ?? null);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = null;
  }
  const cb = makeCallback(callback);
  binding.symlinkAsync(getValidatedPath(target, 'target'), getValidatedPath(path), type ?? null, cb);
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function link(existingPath, newPath, callback) {
  const cb = makeCallback(callback);
  binding.linkAsync(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'), cb);
}

function parseMode(mode) {
  return typeof mode === 'string' ? Number.parseInt(mode, 8) : mode;
}

function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseMode(mode));
}

function chmod(path, mode, callback) {
  const cb = makeCallback(callback);
  binding.chmodAsync(getValidatedPath(path), parseMode(mode), cb);
}

function toUnixTimestamp(time) {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number') return time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new (codes().ERR_INVALID_ARG_TYPE)('time', ['Date', 'Time in seconds'], time);
}

function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function utimes(path, atime, mtime, callback) {
  const cb = makeCallback(callback);
  binding.utimesAsync(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), cb);
}

// ---- file descriptors ----

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseMode(mode ?? 0o666));
}

function open(path, flags, mode, callback) {
  if (typeof flags === 'function') {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  }
  const cb = makeCallback(callback);
  binding.openAsync(getValidatedPath(path), stringToFlags(flags), parseMode(mode ?? 0o666), cb);
}

function closeSync(fd) {
  validators().validateInt32(fd, 'fd', 0);
  binding.close(fd);
}

function close(fd, callback = () => {}) {
  validators().validateInt32(fd, 'fd', 0);
  binding.closeAsync(fd, makeCallback(callback));
}

/** readSync(fd, buffer, offset, length, position) (or an options object): bytes read into buffer. */
function readSync(fd, buffer, offsetOrOptions, length, position) {
  validators().validateInt32(fd, 'fd', 0);
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  offset ??= 0;
  length ??= buffer.byteLength - offset;
  const chunk = binding.read(fd, length, typeof position === 'number' ? position : null);
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(chunk, offset);
  return chunk.length;
}

function read(fd, buffer, offset, length, position, callback) {
  if (typeof buffer === 'function') {
    callback = buffer;
    buffer = new Uint8Array(16384);
    offset = 0;
    length = buffer.byteLength;
    position = null;
  } else if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    length = buffer.byteLength;
    position = null;
  }
  const cb = makeCallback(callback);
  let n;
  try {
    n = readSync(fd, buffer, offset, length, position);
  } catch (err) {
    process.nextTick(cb, err);
    return;
  }
  process.nextTick(cb, null, n, buffer);
}

/** writeSync(fd, buffer[, offset[, length[, position]]]) or writeSync(fd, string[, position[, encoding]]). */
function writeSync(fd, buffer, offsetOrOptions, length, position) {
  validators().validateInt32(fd, 'fd', 0);
  if (typeof buffer === 'string') {
    const encoding = typeof length === 'string' ? length : 'utf8';
    if (encoding === 'utf8' || encoding === 'utf-8') return binding.writeString(fd, buffer, typeof offsetOrOptions === 'number' ? offsetOrOptions : null, 'utf8');
    buffer = encodeString(buffer, encoding);
    return binding.writeBuffer(fd, buffer, 0, buffer.byteLength, typeof offsetOrOptions === 'number' ? offsetOrOptions : null);
  }
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  offset ??= 0;
  length ??= buffer.byteLength - offset;
  return binding.writeBuffer(fd, buffer, offset, length, typeof position === 'number' ? position : null);
}

function write(fd, buffer, ...args) {
  const callback = args.pop();
  const cb = makeCallback(callback);
  let n;
  try {
    n = writeSync(fd, buffer, ...args);
  } catch (err) {
    process.nextTick(cb, err);
    return;
  }
  process.nextTick(cb, null, n, buffer);
}

function ftruncateSync(fd, len = 0) {
  binding.ftruncate(fd, len);
}

function ftruncate(fd, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  binding.ftruncateAsync(fd, len ?? 0, makeCallback(callback));
}

function fsyncSync(fd) {
  binding.fsync(fd);
}

function fsync(fd, callback) {
  binding.fsyncAsync(fd, makeCallback(callback));
}

// ---- fs.promises ----

function promisified(fn) {
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

let promisesApi;
function getPromises() {
  if (promisesApi !== undefined) return promisesApi;
  promisesApi = {
    access: promisified(access),
    appendFile: promisified(appendFile),
    chmod: promisified(chmod),
    copyFile: promisified(copyFile),
    link: promisified(link),
    lstat: promisified(lstat),
    mkdir: promisified(mkdir),
    mkdtemp: promisified(mkdtemp),
    readdir: promisified(readdir),
    readFile: promisified(readFile),
    readlink: promisified(readlink),
    realpath: promisified(realpath),
    rename: promisified(rename),
    rm: promisified(rm),
    rmdir: promisified(rmdir),
    stat: promisified(stat),
    symlink: promisified(symlink),
    truncate: promisified(truncate),
    unlink: promisified(unlink),
    utimes: promisified(utimes),
    writeFile: promisified(writeFile),
    constants,
  };
  return promisesApi;
}

const fs = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  exists,
  existsSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  link,
  linkSync,
  lstat,
  lstatSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  readdir,
  readdirSync,
  read,
  readSync,
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
  statSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  write,
  writeSync,
  writeFile,
  writeFileSync,
  Dirent,
  Stats,
  F_OK,
  R_OK,
  W_OK,
  X_OK,
  constants,
};

Object.defineProperty(fs, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: getPromises,
});

export = fs;
