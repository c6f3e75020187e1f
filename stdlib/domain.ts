// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * node:domain (deprecated, node 20's lib/domain.js): a Domain is an EventEmitter that receives
 * the errors thrown by the code run in it, by timers, immediates and nextTick callbacks created
 * while it was active (through an async hook), and the unhandled 'error' events of the emitters
 * added to it. Uncaught exceptions reach the active domain through
 * process.setUncaughtExceptionCaptureCallback, as in node.
 */
'use strict';

const EventEmitter = require('./events');
const {
  codes: { ERR_DOMAIN_CALLBACK_NOT_AVAILABLE, ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE, ERR_UNHANDLED_ERROR },
} = require('./internal/errors');
const { createHook } = require('./async_hooks');
const { setUncaughtExceptionCaptureCallback } = require('./internal/process/execution');

// Async resources created in a domain → the domain (until the resource is destroyed).
const pairing = new Map();

const asyncHook = createHook({
  init(asyncId, type, triggerAsyncId, resource) {
    if (process.domain !== null && process.domain !== undefined) {
      pairing.set(asyncId, process.domain);
      Object.defineProperty(resource, 'domain', {
        __proto__: null,
        configurable: true,
        enumerable: false,
        value: process.domain,
        writable: true,
      });
    }
  },
  before(asyncId) {
    const current = pairing.get(asyncId);
    if (current !== undefined) current.enter();
  },
  after(asyncId) {
    const current = pairing.get(asyncId);
    if (current !== undefined) current.exit();
  },
  destroy(asyncId) {
    pairing.delete(asyncId);
  },
});

// The domains entered and not exited, innermost last.
let stack = [];
exports._stack = stack;
exports.active = null;
if (process.domain === undefined) process.domain = null;

// process.setUncaughtExceptionCaptureCallback is the domain module's from now on.
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback() {
  throw new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
};
if (process.hasUncaughtExceptionCaptureCallback()) throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();

/** Uncaught exceptions go to the active domain while some domain on the stack has 'error' listeners. */
function updateExceptionCapture() {
  setUncaughtExceptionCaptureCallback(null);
  if (!stack.every((domain) => domain.listenerCount('error') === 0)) {
    setUncaughtExceptionCaptureCallback((er) => process.domain._errorHandler(er));
  }
}

process.on('newListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== domainUncaughtExceptionClear) {
    // The first 'uncaughtException' listener always clears the domain stack.
    process.removeListener(name, domainUncaughtExceptionClear);
    process.prependListener(name, domainUncaughtExceptionClear);
  }
});

process.on('removeListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== domainUncaughtExceptionClear) {
    // Nothing but domainUncaughtExceptionClear left: remove it too.
    if (process.listenerCount('uncaughtException') === 1 &&
        process.listeners('uncaughtException')[0] === domainUncaughtExceptionClear) {
      process.removeListener(name, domainUncaughtExceptionClear);
    }
  }
});

function domainUncaughtExceptionClear() {
  stack.length = 0;
  exports.active = process.domain = null;
  updateExceptionCapture();
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    asyncHook.enable();
    this.on('removeListener', updateExceptionCapture);
    this.on('newListener', updateExceptionCapture);
  }
}

exports.Domain = Domain;

exports.create = exports.createDomain = function createDomain() {
  return new Domain();
};

Domain.prototype.members = undefined;

Domain.prototype._errorHandler = function(er) {
  let caught = false;
  if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
    Object.defineProperty(er, 'domain', {
      __proto__: null,
      configurable: true,
      enumerable: false,
      value: this,
      writable: true,
    });
    er.domainThrown = true;
  }
  // The error handler does not run in the domain itself.
  while (exports.active === this) this.exit();

  if (stack.length === 0) {
    // Without an 'error' listener, leave the error to 'uncaughtException' and the default handler.
    if (EventEmitter.listenerCount(this, 'error') > 0) {
      setUncaughtExceptionCaptureCallback(null);
      try {
        caught = this.emit('error', er);
      } finally {
        updateExceptionCapture();
      }
    }
  } else {
    try {
      caught = this.emit('error', er);
    } catch (er2) {
      // The handler threw: the next domain on the stack may catch that, or the process ends.
      updateExceptionCapture();
      if (stack.length) {
        exports.active = process.domain = stack[stack.length - 1];
        caught = process.domain._errorHandler(er2);
      } else {
        throw er2;
      }
    }
  }
  // Uncaught exceptions end the current tick: no domain stays on the stack.
  domainUncaughtExceptionClear();
  return caught;
};

Domain.prototype.enter = function() {
  exports.active = process.domain = this;
  stack.push(this);
  updateExceptionCapture();
};

Domain.prototype.exit = function() {
  const index = stack.lastIndexOf(this);
  if (index === -1) return;
  stack.splice(index);
  exports.active = stack.length === 0 ? undefined : stack[stack.length - 1];
  process.domain = exports.active;
  updateExceptionCapture();
};

Domain.prototype.add = function(ee) {
  // Already added to this domain.
  if (ee.domain === this) return;
  // Has a domain already: remove it from that one first.
  if (ee.domain) ee.domain.remove(ee);
  // A domain added to a domain: no cycles.
  if (this.domain && (ee instanceof Domain)) {
    for (let d = this.domain; d; d = d.domain) {
      if (ee === d) return;
    }
  }
  Object.defineProperty(ee, 'domain', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    value: this,
    writable: true,
  });
  this.members.push(ee);
};

Domain.prototype.remove = function(ee) {
  ee.domain = null;
  const index = this.members.indexOf(ee);
  if (index !== -1) this.members.splice(index, 1);
};

Domain.prototype.run = function(fn) {
  this.enter();
  const ret = Reflect.apply(fn, this, Array.prototype.slice.call(arguments, 1));
  this.exit();
  return ret;
};

function intercepted(_this, self, cb, fnargs) {
  if (fnargs[0] && fnargs[0] instanceof Error) {
    const er = fnargs[0];
    er.domainBound = cb;
    er.domainThrown = false;
    Object.defineProperty(er, 'domain', {
      __proto__: null,
      configurable: true,
      enumerable: false,
      value: self,
      writable: true,
    });
    self.emit('error', er);
    return;
  }
  self.enter();
  const ret = Reflect.apply(cb, _this, Array.prototype.slice.call(fnargs, 1));
  self.exit();
  return ret;
}

Domain.prototype.intercept = function(cb) {
  const self = this;
  function runIntercepted() {
    return intercepted(this, self, cb, arguments);
  }
  return runIntercepted;
};

function bound(_this, self, cb, fnargs) {
  self.enter();
  const ret = Reflect.apply(cb, _this, fnargs);
  self.exit();
  return ret;
}

Domain.prototype.bind = function(cb) {
  const self = this;
  function runBound() {
    return bound(this, self, cb, arguments);
  }
  Object.defineProperty(runBound, 'domain', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    value: this,
    writable: true,
  });
  return runBound;
};

// EventEmitters made in a domain belong to it; their unhandled 'error' events go to it.
EventEmitter.usingDomains = true;

const eventInit = EventEmitter.init;
EventEmitter.init = function(opts) {
  Object.defineProperty(this, 'domain', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    value: null,
    writable: true,
  });
  if (exports.active && !(this instanceof exports.Domain)) this.domain = exports.active;
  return Reflect.apply(eventInit, this, [opts]);
};

const eventEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(...args) {
  const domain = this.domain;
  const type = args[0];
  const shouldEmitError = type === 'error' && this.listenerCount(type) > 0;

  // The original emit: with an 'error' listener, without a domain, or for process.
  if (shouldEmitError || domain === null || domain === undefined || this === process) {
    return Reflect.apply(eventEmit, this, args);
  }

  if (type === 'error') {
    const er = args.length > 1 && args[1] ? args[1] : new ERR_UNHANDLED_ERROR();
    if (typeof er === 'object') {
      er.domainEmitter = this;
      Object.defineProperty(er, 'domain', {
        __proto__: null,
        configurable: true,
        enumerable: false,
        value: domain,
        writable: true,
      });
      er.domainThrown = false;
    }
    // The domain's error handler runs outside the domain (and its duplicates on the stack).
    const origDomainsStack = stack.slice();
    const origActiveDomain = process.domain;
    let idx = stack.length - 1;
    while (idx > -1 && process.domain === stack[idx]) --idx;
    if (idx < 0) stack.length = 0;
    else stack.splice(idx + 1);
    if (stack.length > 0) exports.active = process.domain = stack[stack.length - 1];
    else exports.active = process.domain = null;
    updateExceptionCapture();

    domain.emit('error', er);

    // Back to the stack and active domain as they were.
    exports._stack = stack = origDomainsStack;
    exports.active = process.domain = origActiveDomain;
    updateExceptionCapture();
    return false;
  }

  domain.enter();
  const ret = Reflect.apply(eventEmit, this, args);
  domain.exit();
  return ret;
};

export {}; // a module for tsc; the guest sees module.exports
