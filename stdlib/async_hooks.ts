// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * node:async_hooks (node 20's lib/async_hooks.js): createHook, executionAsyncId,
 * triggerAsyncId, executionAsyncResource, AsyncResource and AsyncLocalStorage, over the execution
 * stack of internal/async_hooks (timers, immediates and nextTick callbacks; not promises yet: see
 * there).
 */
'use strict';

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID },
} = require('./internal/errors');
const { validateFunction, validateString } = require('./internal/validators');
const internal = require('./internal/async_hooks');

const {
  async_id_symbol,
  trigger_async_id_symbol,
  newAsyncId,
  getDefaultTriggerAsyncId,
  emitInit,
  emitBefore,
  emitAfter,
  emitDestroy,
  initHooksExist,
  hasAsyncIdStack,
  executionAsyncResource,
  enableHook,
  disableHook,
} = internal;

const kEmptyObject = Object.freeze({ __proto__: null });
const kHook = Symbol('kHook');

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') throw new ERR_ASYNC_CALLBACK('hook.before');
    if (after !== undefined && typeof after !== 'function') throw new ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') throw new ERR_ASYNC_CALLBACK('hook.destroy');
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
    this[kHook] = { self: this, init, before, after, destroy, promiseResolve };
  }

  enable() {
    enableHook(this[kHook]);
    return this;
  }

  disable() {
    disableHook(this[kHook]);
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

function executionAsyncId() {
  return internal.executionAsyncId();
}

function triggerAsyncId() {
  return internal.triggerAsyncId();
}

class AsyncResource {
  constructor(type, opts = kEmptyObject) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? getDefaultTriggerAsyncId() : opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    const asyncId = newAsyncId();
    this[async_id_symbol] = asyncId;
    this[trigger_async_id_symbol] = triggerAsyncId;
    if (initHooksExist()) {
      if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
      emitInit(asyncId, type, triggerAsyncId, this);
    }
    void requireManualDestroy; // no garbage collection hooks: destroy only through emitDestroy()
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this[async_id_symbol];
    emitBefore(asyncId, this[trigger_async_id_symbol], this);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      if (hasAsyncIdStack()) emitAfter(asyncId);
    }
  }

  emitDestroy() {
    emitDestroy(this[async_id_symbol]);
    return this;
  }

  asyncId() {
    return this[async_id_symbol];
  }

  triggerAsyncId() {
    return this[trigger_async_id_symbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      'length': { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      'asyncResource': {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get() { return self; },
        set(val) { self = val; },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return (new AsyncResource(type || 'bound-anonymous-fn')).bind(fn, thisArg);
  }
}

// The enabled AsyncLocalStorage instances: a new resource inherits their stores from the running one.
const storageList = [];
const storageHook = createHook({
  init(asyncId, type, triggerAsyncId, resource) {
    const currentResource = executionAsyncResource();
    for (let i = 0; i < storageList.length; ++i) {
      storageList[i]._propagate(resource, currentResource, type);
    }
  },
});

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncResource.bind(function runInAsyncScope(cb, ...args) {
      return Reflect.apply(cb, this, args);
    });
  }

  disable() {
    if (this.enabled) {
      this.enabled = false;
      storageList.splice(storageList.indexOf(this), 1);
      if (storageList.length === 0) storageHook.disable();
    }
  }

  _enable() {
    if (!this.enabled) {
      this.enabled = true;
      storageList.push(this);
      storageHook.enable();
    }
  }

  _propagate(resource, triggerResource, type) {
    const store = triggerResource[this.kResourceStore];
    if (this.enabled) resource[this.kResourceStore] = store;
  }

  enterWith(store) {
    this._enable();
    const resource = executionAsyncResource();
    resource[this.kResourceStore] = store;
  }

  run(store, callback, ...args) {
    if (Object.is(store, this.getStore())) return Reflect.apply(callback, null, args);
    this._enable();
    const resource = executionAsyncResource();
    const oldStore = resource[this.kResourceStore];
    resource[this.kResourceStore] = store;
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      resource[this.kResourceStore] = oldStore;
    }
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    this.disable();
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      this._enable();
    }
  }

  getStore() {
    if (this.enabled) {
      const resource = executionAsyncResource();
      return resource[this.kResourceStore];
    }
    return undefined;
  }
}

// node's AsyncWrap provider types (internalBinding('async_wrap').Providers).
const asyncWrapProviders = Object.freeze({
  __proto__: null,
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4, FILEHANDLECLOSEREQ: 5, BLOBREADER: 6,
  FSEVENTWRAP: 7, FSREQCALLBACK: 8, FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10, GETNAMEINFOREQWRAP: 11,
  HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15, HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17,
  HTTPCLIENTREQUEST: 18, JSSTREAM: 19, JSUDPWRAP: 20, MESSAGEPORT: 21, PIPECONNECTWRAP: 22, PIPESERVERWRAP: 23,
  PIPEWRAP: 24, PROCESSWRAP: 25, PROMISE: 26, QUERYWRAP: 27, SHUTDOWNWRAP: 28, SIGNALWRAP: 29, STATWATCHER: 30,
  STREAMPIPE: 31, TCPCONNECTWRAP: 32, TCPSERVERWRAP: 33, TCPWRAP: 34, TTYWRAP: 35, UDPSENDWRAP: 36, UDPWRAP: 37,
  SIGINTWATCHDOG: 38, WORKER: 39, WORKERHEAPSNAPSHOT: 40, WRITEWRAP: 41, ZLIB: 42,
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};

export {}; // a module for tsc; the guest sees module.exports
