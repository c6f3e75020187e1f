// @ts-nocheck
/**
 * A first version of Node's `worker_threads` for the main thread: isMainThread, parentPort,
 * threadId, workerData, resourceLimits, SHARE_ENV, markAsUntransferable, the environment-data
 * store, and the messaging classes when the realm has them as globals. Worker threads are not
 * available yet: constructing a Worker throws ERR_WORKER_INIT_FAILED (after node's permission
 * check, ERR_ACCESS_DENIED when workers are not allowed).
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (the API follows lib/worker_threads.js).

const { Map, Symbol, Object } = globalThis;

const { codes: { ERR_WORKER_INIT_FAILED, ERR_ACCESS_DENIED } } = require('./internal/errors');
const EventEmitter = require('./events');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const kUntransferable = Symbol('untransferable');

const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

/** Marks an object as not transferable (a no-op for ouro's clone, which copies). */
function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  try {
    Object.defineProperty(obj, kUntransferable, { __proto__: null, value: true, configurable: false });
  } catch {
    // frozen objects stay as they are
  }
}

function isMarkedAsUntransferable(obj) {
  if (obj == null) return false;
  return obj[kUntransferable] === true;
}

function receiveMessageOnPort(port) {
  if (typeof port?.receiveMessage === 'function') return port.receiveMessage();
  const { ERR_INVALID_ARG_TYPE } = require('./internal/errors').codes;
  throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
}

function moveMessagePortToContext() {
  throw new ERR_WORKER_INIT_FAILED('moveMessagePortToContext is not supported by ouro yet');
}

function postMessageToThread() {
  const { ERR_WORKER_MESSAGING_FAILED } = require('./internal/errors').codes;
  return Promise.reject(new ERR_WORKER_MESSAGING_FAILED());
}

class Worker extends EventEmitter {
  constructor(filename, options) {
    super();
    const permission = process.permission;
    if (permission !== undefined && !permission.has('worker')) {
      throw new ERR_ACCESS_DENIED('Access to this API has been restricted', 'WorkerThreads');
    }
    throw new ERR_WORKER_INIT_FAILED('worker threads are not supported by ouro yet');
  }
}

module.exports = {
  isMainThread: true,
  MessagePort: globalThis.MessagePort,
  MessageChannel: globalThis.MessageChannel,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread,
  threadId: 0,
  SHARE_ENV,
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel: globalThis.BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};

export {}; // a module to tsc (its export is module.exports)
