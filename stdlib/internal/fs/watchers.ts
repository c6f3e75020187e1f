// @ts-nocheck
/**
 * internal/fs/watchers (Node 20's lib/internal/fs/watchers.js), first versions: fs.watch's
 * FSWatcher over the binding's host watchers ('change' (eventType, filename), 'error', 'close',
 * ref/unref, AbortSignal), and fs.watchFile/unwatchFile's StatWatcher, which polls stat every
 * interval on a timer and emits 'change' (current, previous) when the file changed (zeroed Stats
 * for a file that does not exist).
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Symbol, Map } = globalThis;

const binding = internalBinding('fs');
const EventEmitter = require('../../events');
const pathModule = require('../../path');
const {
  BigIntStats,
  Stats,
  copyObject,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
  pathString,
} = require('./utils');
const { validateAbortSignal, validateBoolean, validateFunction, validateObject, validateUint32 } = require('../validators');

const kFSWatchStart = Symbol('kFSWatchStart');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const kFSStatWatcherAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
    this._refed = true;
  }

  [kFSWatchStart](filename, persistent, recursive, encoding) {
    if (this._handle !== null) return;
    filename = getValidatedPath(filename, 'filename');
    this._handle = binding.watch(
      filename, persistent, recursive, encoding === 'buffer',
      (eventType, name) => {
        if (this._handle === null) return;
        if (name !== null && typeof name !== 'string' && encoding === 'buffer') name = require('./utils').toBuffer(name);
        this.emit('change', eventType, name);
      },
      (error) => {
        if (this._handle === null) return;
        this.close();
        this.emit('error', error);
      },
    );
    this._refed = persistent;
  }

  close() {
    if (this._handle === null) return;
    binding.watchClose(this._handle);
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle !== null) binding.watchRef(this._handle, true);
    return this;
  }

  unref() {
    if (this._handle !== null) binding.watchRef(this._handle, false);
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = getOptions(options);
  options = copyObject(options);
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  validateBoolean(options.persistent, 'options.persistent');
  validateBoolean(options.recursive, 'options.recursive');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  const watcher = new FSWatcher();
  watcher[kFSWatchStart](filename, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      options.signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
      watcher.once('close', () => options.signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

const zeroFields = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

/** fs.StatWatcher: polls a path's stat every interval. */
class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = !!bigint;
    this._timer = null;
    this._refCount = 0;
    this._persistent = true;
    this._prev = null;
    this._lastMissing = false;
  }

  #stat(filename) {
    const fields = binding.stat(filename, false, this._bigint);
    if (fields === undefined) return null;
    return getStatsFromBinding(fields);
  }

  #zero() {
    return getStatsFromBinding(this._bigint ? zeroFields.map((n) => BigInt(n)) : zeroFields);
  }

  [kFSStatWatcherStart](filename, persistent, interval) {
    if (this._timer !== null) return;
    this._persistent = persistent;
    this._refCount = 1;
    let prev;
    try {
      prev = this.#stat(filename);
    } catch {
      prev = null;
    }
    if (prev === null) {
      // As libuv's fs_poll: a missing file is reported once, with zeroed stats.
      this._lastMissing = true;
      prev = this.#zero();
      const zero = prev;
      process.nextTick(() => this.emit('change', this.#zero(), zero));
    }
    this._prev = prev;
    this._timer = setInterval(() => this.#poll(filename), interval);
    if (!persistent) this._timer.unref();
  }

  #poll(filename) {
    let curr;
    try {
      curr = this.#stat(filename);
    } catch {
      curr = null;
    }
    const missing = curr === null;
    if (missing) curr = this.#zero();
    const prev = this._prev;
    if (missing && this._lastMissing) return;
    this._lastMissing = missing;
    if (!changed(prev, curr)) return;
    this._prev = curr;
    this.emit('change', curr, prev);
  }

  [kFSStatWatcherAddOrCleanRef](operation) {
    if (operation === 'add') {
      this._refCount++;
      if (this._timer !== null && this._persistent) this._timer.ref();
    } else if (operation === 'clean') {
      this._refCount--;
      if (this._refCount <= 0 && this._timer !== null) this._timer.unref();
    } else if (operation === 'cleanAll') {
      this._refCount = 0;
      if (this._timer !== null) this._timer.unref();
    }
  }

  start() {}

  stop() {
    if (this._timer === null) return;
    clearInterval(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    if (this._timer !== null) this._timer.ref();
    return this;
  }

  unref() {
    if (this._timer !== null) this._timer.unref();
    return this;
  }
}

function changed(a, b) {
  return a.mtimeMs !== b.mtimeMs || a.ctimeMs !== b.ctimeMs || a.size !== b.size || a.ino !== b.ino ||
    a.mode !== b.mode || a.nlink !== b.nlink || a.uid !== b.uid || a.gid !== b.gid || a.birthtimeMs !== b.birthtimeMs;
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(pathString(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat[kFSStatWatcherStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat[kFSStatWatcherAddOrCleanRef]('add');
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(pathString(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) stat[kFSStatWatcherAddOrCleanRef]('clean');
  } else {
    stat.removeAllListeners('change');
    stat[kFSStatWatcherAddOrCleanRef]('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

export { FSWatcher, StatWatcher, watch, watchFile, unwatchFile, kFSWatchStart, kFSStatWatcherStart };
