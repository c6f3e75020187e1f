// @ts-nocheck
/**
 * internal/fs/promises (Node 20's lib/internal/fs/promises.js): fs.promises and
 * require('fs/promises'): FileHandle (read, readv, write, writev, readFile, writeFile,
 * appendFile, stat, truncate, sync, datasync, chmod, chown, utimes, close, streams,
 * Symbol.asyncDispose; its 'close' event) and the promise forms of the path operations, over the
 * asynchronous forms of internalBinding('fs').
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Promise, Symbol, Uint8Array, Error, Math, Object, FinalizationRegistry } = globalThis;

const binding = internalBinding('fs');
const { fs: constants } = internalBinding('constants');
const EventEmitter = require('../../events');
const fs = require('../../fs');
const {
  allocBuffer,
  concatBytes,
  decodeBytes,
  encodeString,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidMode,
  getValidatedPath,
  isArrayBufferView,
  kEmptyObject,
  lazyBuffer,
  nameInEncoding,
  stringToFlags,
  toBuffer,
  toUnixTimestamp,
  validateBufferArray,
  validateEncodingOf,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmOptions,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
  emitRecursiveRmdirWarning,
  warnOnNonPortableTemplate,
  stringToSymlinkType,
} = require('./utils');
const { codes, AbortError, aggregateTwoErrors } = require('../errors');
const { ERR_INVALID_ARG_VALUE, ERR_FS_FILE_TOO_LARGE, ERR_INVALID_ARG_TYPE } = codes;
const {
  kValidateObjectAllowNullable,
  parseFileMode,
  validateAbortSignal,
  validateBoolean,
  validateBuffer,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('../validators');
const { SymbolAsyncDispose } = require('../util');

const kIoMaxLength = 2 ** 31 - 1;
const kReadFileBufferLength = 512 * 1024;
const kReadFileUnknownBufferLength = 64 * 1024;
const kWriteFileMaxChunkSize = 512 * 1024;
const kMaxUserId = 2 ** 32 - 1;

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

/** A binding operation as a promise: binding[`${name}Async`](...args, cb). */
function call(name, ...args) {
  return new Promise((resolve, reject) => {
    binding[`${name}Async`](...args, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
}

/** node's EventEmitterMixin: EventEmitter's methods, without EventEmitter in the prototype chain. */
class EventEmitterMixed {
  constructor() {
    EventEmitter.call(this);
  }
}
{
  const protoProps = Object.getOwnPropertyDescriptors(EventEmitter.prototype);
  delete protoProps.constructor;
  Object.defineProperties(EventEmitterMixed.prototype, protoProps);
}

let gcWarned = false;
/** A FileHandle left to the garbage collector closes its fd, with node's warnings (DEP0137). */
const closeOnCollect = new FinalizationRegistry((fd) => {
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  if (!gcWarned) {
    gcWarned = true;
    process.emitWarning(
      'Closing a FileHandle object on garbage collection is deprecated. ' +
      'Please close FileHandle objects explicitly using ' +
      'FileHandle.prototype.close(). In the future, an error will be ' +
      'thrown if a file descriptor is closed during garbage collection.',
      'DeprecationWarning', 'DEP0137');
  }
  try {
    binding.close(fd);
  } catch {
    // Already closed behind the handle's back.
  }
});

class FileHandle extends EventEmitterMixed {
  constructor(fd) {
    super();
    closeOnCollect.register(this, fd, this);
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    this.close = () => {
      if (this[kFd] === -1) return Promise.resolve();
      if (this[kClosePromise]) return this[kClosePromise];
      this[kRefs]--;
      if (this[kRefs] === 0) {
        const fd = this[kFd];
        this[kFd] = -1;
        closeOnCollect.unregister(this);
        this[kClosePromise] = call('close', fd).finally(() => {
          this[kClosePromise] = undefined;
        });
      } else {
        this[kClosePromise] = new Promise((resolve, reject) => {
          this[kCloseResolve] = resolve;
          this[kCloseReject] = reject;
        }).finally(() => {
          this[kClosePromise] = undefined;
          this[kCloseReject] = undefined;
          this[kCloseResolve] = undefined;
        });
      }
      this.emit('close');
      return this[kClosePromise];
    };
  }

  getAsyncId() {
    return -1;
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(writeFile, this, data, options);
  }

  chmod(mode) {
    return fsCall(fchmod, this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, this);
  }

  sync() {
    return fsCall(fsync, this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, this, buffers, position);
  }

  readFile(options) {
    return fsCall(readFile, this, options);
  }

  readLines(options = undefined) {
    return require('../../readline').createInterface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  stat(options) {
    return fsCall(fstat, this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, this, atime, mtime);
  }

  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(writeFile, this, data, options);
  }

  async [SymbolAsyncDispose]() {
    return this.close();
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('./streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('./streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      closeOnCollect.unregister(this);
      call('close', fd).then(this[kCloseResolve], this[kCloseReject]);
    }
  }
}

async function fsCall(fn, handle, ...args) {
  if (handle[kRefs] === undefined) throw new ERR_INVALID_ARG_TYPE('filehandle', 'FileHandle', handle);
  if (handle.fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRef]();
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

/** Closes after an operation: its result, or its error (with a close error aggregated). */
function handleFdClose(fileOpPromise, closeFunc) {
  return fileOpPromise.then(
    (result) => closeFunc().then(() => result),
    (opError) => closeFunc().then(() => Promise.reject(opError), (closeError) => Promise.reject(aggregateTwoErrors(closeError, opError))),
  );
}

function handleFdSync(fileOpPromise, handle) {
  return fileOpPromise.then((result) => handle.sync().then(() => result));
}

function isCustomIterable(obj) {
  if (obj == null || typeof obj === 'string' || isArrayBufferView(obj)) return false;
  return typeof obj[Symbol.iterator] === 'function' || typeof obj[Symbol.asyncIterator] === 'function';
}

// ---- file handle operations ----

async function fsync(handle) {
  return call('fsync', handle.fd);
}

async function fdatasync(handle) {
  return call('fdatasync', handle.fd);
}

async function fstat(handle, options = { bigint: false }) {
  return getStatsFromBinding(await call('fstat', handle.fd, !!options.bigint));
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = Math.max(0, len);
  return call('ftruncate', handle.fd, len);
}

async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return call('fchmod', handle.fd, mode);
}

async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('fchown', handle.fd, uid, gid);
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return call('futimes', handle.fd, atime, mtime);
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    // fh.read(params)
    if (bufferOrParams !== undefined) validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    ({
      buffer = allocBuffer(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    // fh.read(buffer, options)
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  const bytesRead = (await call('read', handle.fd, buffer, offset, length, position)) || 0;
  return { __proto__: null, bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = (await call('readBuffers', handle.fd, buffers, position)) || 0;
  return { __proto__: null, bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = (await call('writeBuffer', handle.fd, buffer, offset, length, position)) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncodingOf(buffer, length);
  const bytesWritten = (await call('writeString', handle.fd, buffer, offset, length)) || 0;
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = (await call('writeBuffers', handle.fd, buffers, position)) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

/** Reads a file handle from its position to the end. */
async function readFileHandle(filehandle, options) {
  const signal = options?.signal;
  const encoding = options?.encoding;
  checkAborted(signal);
  const stats = getStatsFromBinding(await call('fstat', filehandle.fd, false));
  checkAborted(signal);
  let size = 0;
  let length = 0;
  if ((stats.mode & constants.S_IFMT) === constants.S_IFREG) {
    size = stats.size;
    length = encoding ? Math.min(size, kReadFileBufferLength) : size;
  }
  if (length === 0) length = kReadFileUnknownBufferLength;
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  const chunks = [];
  let total = 0;
  for (;;) {
    checkAborted(signal);
    const buf = allocBuffer(Math.max(length, 1));
    const bytesRead = (await call('read', filehandle.fd, buf, 0, buf.byteLength, -1)) || 0;
    if (bytesRead === 0) break;
    chunks.push(bytesRead === buf.byteLength ? buf : buf.subarray(0, bytesRead));
    total += bytesRead;
    if (total > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(total);
  }
  checkAborted(signal);
  const result = concatBytes(chunks, total);
  return encoding ? decodeBytes(result, encoding) : toBuffer(result);
}

/** A chunk of an iterable as bytes (Buffer.from's rules and errors). */
function chunkBytes(chunk, encoding) {
  if (typeof chunk === 'string') return encodeString(chunk, encoding || 'utf8');
  const B = lazyBuffer();
  if (B !== null) return B.from(chunk, encoding || 'utf8');
  throw new ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], chunk);
}

/** Writes all of data (bytes, or chunks of an iterable) to a file handle. */
async function writeFileHandle(filehandle, data, signal, encoding) {
  checkAborted(signal);
  if (isCustomIterable(data)) {
    for await (const buf of data) {
      checkAborted(signal);
      const toWrite = isArrayBufferView(buf) ? buf : chunkBytes(buf, encoding);
      let remaining = toWrite.byteLength;
      let at = 0;
      while (remaining > 0) {
        const bytesWritten = (await call('writeBuffer', filehandle.fd, toWrite, at, Math.min(kWriteFileMaxChunkSize, remaining), null)) || 0;
        remaining -= bytesWritten;
        at += bytesWritten;
        checkAborted(signal);
      }
    }
    return;
  }
  let remaining = data.byteLength;
  if (remaining === 0) return;
  let at = 0;
  do {
    checkAborted(signal);
    const bytesWritten = (await call('writeBuffer', filehandle.fd, data, at, Math.min(kWriteFileMaxChunkSize, remaining), null)) || 0;
    remaining -= bytesWritten;
    at += bytesWritten;
    checkAborted(signal);
  } while (remaining > 0);
}

// ---- the promises API ----

async function access(path, mode = constants.F_OK) {
  path = getValidatedPath(path);
  return call('access', path, getValidMode(mode, 'access'));
}

async function cp(src, dest, options) {
  return require('./cp').cpPromise(src, dest, options);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return call('copyFile', src, dest, getValidMode(mode, 'copyFile'));
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call('open', path, flagsNumber, mode));
}

async function opendir(path, options) {
  return new Promise((resolve, reject) => fs.opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir))));
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('rename', oldPath, newPath);
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  return handleFdClose(ftruncate(fd, len), fd.close);
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = await new Promise((resolve, reject) => {
    validateRmOptions(path, options, false, (err, options) => (err ? reject(err) : resolve(options)));
  });
  return call('rm', path, options.recursive, options.force, options.maxRetries, options.retryDelay);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    emitRecursiveRmdirWarning();
    const stats = await stat(path);
    if (stats.isDirectory()) return call('rm', path, true, false, options.maxRetries, options.retryDelay);
  }
  return call('rmdir', path);
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
  const { recursive = false, mode = 0o777 } = options || kEmptyObject;
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const result = await call('mkdir', path, recursive, parseFileMode(mode, 'mode', 0o777));
  return recursive ? result : undefined;
}

async function readdir(path, options) {
  return new Promise((resolve, reject) => fs.readdir(path, options, (err, list) => (err ? reject(err) : resolve(list))));
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return nameInEncoding(await call('readlink', path, !!options.encoding && options.encoding !== 'utf8' && options.encoding !== 'utf-8'), options.encoding);
}

async function symlink(target, path, type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  stringToSymlinkType(type);
  return call('symlink', target, path, typeof type === 'string' ? type : null);
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('lstat', path, true, !!options.bigint));
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('stat', path, true, !!options.bigint));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(await call('statfs', path, !!options.bigint));
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('link', existingPath, newPath);
}

async function unlink(path) {
  path = getValidatedPath(path);
  return call('unlink', path);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return call('chmod', path, mode);
}

async function lchmod(path, mode) {
  if (constants.O_SYMLINK === undefined) throw new codes.ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
  return chmod(path, mode);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('lchown', path, uid, gid);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('chown', path, uid, gid);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('utimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('lutimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return nameInEncoding(await call('realpath', path, !!options.encoding && options.encoding !== 'utf8' && options.encoding !== 'utf-8'), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return nameInEncoding(await call('mkdtemp', prefix, !!options.encoding && options.encoding !== 'utf8' && options.encoding !== 'utf-8'), options.encoding);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = encodeString(data, options.encoding || 'utf8');
  }
  validateAbortSignal(options.signal);
  if (path instanceof FileHandle) return writeFileHandle(path, data, options.signal, options.encoding);
  checkAborted(options.signal);
  const fd = await open(path, flag, options.mode);
  let writeOp = writeFileHandle(fd, data, options.signal, options.encoding);
  if (flush) writeOp = handleFdSync(writeOp, fd);
  return handleFdClose(writeOp, fd.close);
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  const fd = await open(path, flag, 0o666);
  return handleFdClose(readFileHandle(fd, options), fd.close);
}

/** fs.promises.watch(filename[, options]): an async iterator of { eventType, filename }. */
function watch(filename, options = kEmptyObject) {
  validateObject(options, 'options');
  const { signal, ...rest } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  const queue = [];
  const waiting = [];
  let done = false;
  let failure = null;
  const push = (value) => {
    if (waiting.length > 0) waiting.shift().resolve({ value, done: false });
    else queue.push(value);
  };
  const finish = () => {
    done = true;
    watcher.close();
    while (waiting.length > 0) {
      const w = waiting.shift();
      if (failure) w.reject(failure);
      else w.resolve({ value: undefined, done: true });
    }
  };
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const watcher = fs.watch(filename, rest, (eventType, name) => push({ eventType, filename: name }));
  watcher.on('error', (err) => {
    failure = err;
    finish();
  });
  signal?.addEventListener('abort', () => {
    failure = new AbortError(undefined, { cause: signal.reason });
    finish();
  }, { once: true });
  return {
    __proto__: null,
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (done) return failure ? Promise.reject(failure) : Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

const promisesExports = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

export { promisesExports as exports, FileHandle, kRef, kUnref, readFileHandle, writeFileHandle };
