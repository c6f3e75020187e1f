// @ts-nocheck
/**
 * internal/fs/dir (Node 20's lib/internal/fs/dir.js): fs.opendir/opendirSync and Dir — entries
 * read in batches of options.bufferSize through the binding's directory handles, read/readSync,
 * close/closeSync, one operation at a time (ERR_DIR_CONCURRENT_OPERATION, ERR_DIR_CLOSED), and
 * async iteration that closes the directory at the end.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Promise, Symbol } = globalThis;

const binding = internalBinding('fs');
const { fs: { UV_DIRENT_DIR } } = internalBinding('constants');
const { Dirent, getOptions, getValidatedPath, nameInEncoding } = require('./utils');
const { codes } = require('../errors');
const { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS } = codes;
const { validateFunction, validateUint32 } = require('../validators');
const pathModule = require('../../path');

const kHandle = Symbol('kHandle');

class Dir {
  #handle;
  #path;
  #bufferedEntries = [];
  #closed = false;
  #options;
  #operationQueue = null;

  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this.#handle = handle;
    this.#path = path;
    this.#options = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this.#options.bufferSize, 'options.bufferSize', true);
  }

  get path() {
    return this.#path;
  }

  #readPromisified() {
    return new Promise((resolve, reject) => this.#readImpl(false, (err, dirent) => (err ? reject(err) : resolve(dirent))));
  }

  #closePromisified() {
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }

  read(callback) {
    return this.#readImpl(true, callback);
  }

  #processReadResult(path, result) {
    const [names, types] = result;
    for (let i = 0; i < names.length; i++) {
      this.#bufferedEntries.push(new Dirent(nameInEncoding(names[i], this.#options.encoding), types[i], path));
    }
  }

  #readRecursive(dirent) {
    const path = pathModule.join(dirent.path, dirent.name);
    const [names, types] = binding.readdir(path, true, false);
    this.#processReadResult(path, [names, types]);
  }

  #next() {
    const dirent = this.#bufferedEntries.shift();
    if (this.#options.recursive && dirent.isDirectory()) this.#readRecursive(dirent);
    return dirent;
  }

  #readImpl(maybeSync, callback) {
    if (this.#closed === true) throw new ERR_DIR_CLOSED();
    if (callback === undefined) return this.#readPromisified();
    validateFunction(callback, 'callback');
    if (this.#operationQueue !== null) {
      this.#operationQueue.push(() => this.#readImpl(maybeSync, callback));
      return;
    }
    if (this.#bufferedEntries.length > 0) {
      try {
        const dirent = this.#next();
        if (maybeSync) process.nextTick(callback, null, dirent);
        else callback(null, dirent);
        return;
      } catch (error) {
        return callback(error);
      }
    }
    this.#operationQueue = [];
    binding.dirReadAsync(this.#handle, this.#options.bufferSize, (err, result) => {
      process.nextTick(() => {
        const queue = this.#operationQueue;
        this.#operationQueue = null;
        for (const op of queue) op();
      });
      if (err) return callback(err);
      if (result == null) return callback(null, null);
      try {
        this.#processReadResult(this.#path, result);
        callback(null, this.#next());
      } catch (error) {
        callback(error);
      }
    });
  }

  readSync() {
    if (this.#closed === true) throw new ERR_DIR_CLOSED();
    if (this.#operationQueue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this.#bufferedEntries.length > 0) return this.#next();
    const result = binding.dirRead(this.#handle, this.#options.bufferSize);
    if (result == null) return null;
    this.#processReadResult(this.#path, result);
    return this.#next();
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed === true) return Promise.reject(new ERR_DIR_CLOSED());
      return this.#closePromisified();
    }
    validateFunction(callback, 'callback');
    if (this.#closed === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this.#operationQueue !== null) {
      this.#operationQueue.push(() => this.close(callback));
      return;
    }
    this.#closed = true;
    binding.dirCloseAsync(this.#handle, callback);
  }

  closeSync() {
    if (this.#closed === true) throw new ERR_DIR_CLOSED();
    if (this.#operationQueue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
    binding.dirClose(this.#handle);
  }

  async *entries() {
    try {
      while (true) {
        const result = await this.#readPromisified();
        if (result === null) break;
        yield result;
      }
    } finally {
      if (!this.#closed) await this.#closePromisified();
    }
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: Dir.prototype.entries,
  enumerable: false,
  writable: true,
  configurable: true,
});

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendirAsync(path, (error, handle) => {
    if (error) callback(error);
    else callback(null, new Dir(handle, path, options));
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  let handle;
  try {
    handle = binding.opendir(path);
  } catch (err) {
    // node's synchronous opendir names no path in its errors (the asynchronous one does).
    if (err?.syscall === 'opendir' && err.path !== undefined) {
      const named = ` '${err.path}'`;
      err.message = err.message.replace(named, '');
      if (typeof err.stack === 'string') err.stack = err.stack.replace(named, '');
      delete err.path;
    }
    throw err;
  }
  return new Dir(handle, path, options);
}

export { Dir, opendir, opendirSync, kHandle };
