// @ts-nocheck
/**
 * The `events` module: EventEmitter and its static helpers, as documented at
 * https://nodejs.org/api/events.html. `module.exports` is the EventEmitter function itself.
 *
 * Storage, which code elsewhere (streams, tests) looks at directly: `this._events` is a
 * null-prototype record from event name to a "slot" — a single listener function, or an array
 * of two or more listeners (the array carries `warned` once the leak warning was given for it);
 * `this._eventsCount` counts the names present. A once() listener is stored as a wrapper that
 * removes itself before calling the listener, with `.listener` pointing at the original.
 *
 * Helpers live in internal/events/: iterate (events.on's async iterator), async_resource
 * (EventEmitterAsyncResource), error_site (the stack addendum of an unhandled 'error').
 */

// Captured now, so later changes to these globals by user code do not reach in here.
// (Object is not redeclared here: tsc's module marker above the code uses the global one.)
const { Array, Boolean, Error, Promise, String, Symbol } = globalThis;
const { apply: callWith, ownKeys } = Reflect;
const captureStack = Error.captureStackTrace;
const { defineProperty, defineProperties, getPrototypeOf: protoOf } = Object;

const { kEmptyObject } = require('./internal/util');
const {
  AbortError,
  codes,
  genericNodeError,
  kEnhanceStackBeforeInspector,
  lazyInternalUtilInspect,
} = require('./internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateNumber,
  validateString,
} = require('./internal/validators');
const { addAbortListener } = require('./internal/events/abort_listener');
const { iterateEvents, subscribe, unsubscribe } = require('./internal/events/iterate');
const { describeErrorSite } = require('./internal/events/error_site');

// The symbols' descriptions show in util.inspect output of emitters, so they are Node's.
const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kRejection = Symbol.for('nodejs.rejection');

let defaultMaxListeners = 10;
let eventTargetInternals; // internal/event_target, loaded on first use (it requires us)
let asyncResourceClass;

function eventTargetModule() {
  eventTargetInternals ??= require('./internal/event_target');
  return eventTargetInternals;
}

function inspect(value, options) {
  return lazyInternalUtilInspect().inspect(value, options);
}

/** A plain copy of an array, without Array.prototype methods. */
function copyOf(array) {
  const copy = new Array(array.length);
  for (let i = 0; i < array.length; i++) copy[i] = array[i];
  return copy;
}

function emptyRecord() {
  return { __proto__: null };
}

function invalidEmitter(value) {
  return new codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], value);
}

// ---- slots: a single function or an array of listeners --------------------------------------

/** The listener a slot entry stands for (a once-wrapper stands for its `.listener`). */
function matches(entry, listener) {
  return entry === listener || entry.listener === listener;
}

function slotSize(slot) {
  return typeof slot === 'function' ? 1 : slot.length;
}

/** A fresh array of the slot's entries, unwrapping once-wrappers if asked. */
function slotEntries(slot, unwrap) {
  if (typeof slot === 'function') {
    return [unwrap ? (slot.listener || slot) : slot];
  }
  const copy = copyOf(slot);
  if (unwrap) {
    for (let i = 0; i < copy.length; i++) {
      if (typeof copy[i].listener === 'function') copy[i] = copy[i].listener;
    }
  }
  return copy;
}

// ---- the constructor ------------------------------------------------------------------------

/**
 * @param {{ captureRejections?: boolean }} [opts]
 */
function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
module.exports = EventEmitter;

function init(opts) {
  if (this._events === undefined || this._events === protoOf(this)._events) {
    this._events = emptyRecord();
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // _events was prepared before init ran (a subclass giving the record its shape up front):
    // removed names then stay in it as undefined.
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;

  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function effectiveMaxListeners(emitter) {
  return emitter._maxListeners === undefined ?
    EventEmitter.defaultMaxListeners : emitter._maxListeners;
}

// ---- adding ---------------------------------------------------------------------------------

function warnAboutLeak(emitter, type, list, limit) {
  list.warned = true;
  const count = list.length;
  const warning = genericNodeError(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
    `added to ${inspect(emitter, { depth: -1 })}. MaxListeners is ${limit}. ` +
    'Use emitter.setMaxListeners() to increase limit',
    { name: 'MaxListenersExceededWarning', emitter, type, count });
  process.emitWarning(warning);
}

function insertListener(emitter, type, listener, atFront) {
  validateFunction(listener, 'listener');

  let events = emitter._events;
  let slot;
  if (events === undefined) {
    events = emitter._events = emptyRecord();
    emitter._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      // Announced before it is added, so a 'newListener' listener is not called for itself.
      emitter.emit('newListener', type, listener.listener ?? listener);
      events = emitter._events; // the handler may have replaced the record
    }
    slot = events[type];
  }

  if (slot === undefined) {
    events[type] = listener;
    emitter._eventsCount++;
    return emitter;
  }

  let list;
  if (typeof slot === 'function') {
    list = events[type] = atFront ? [listener, slot] : [slot, listener];
  } else {
    list = slot;
    if (atFront) list.unshift(listener);
    else list.push(listener);
  }

  const limit = effectiveMaxListeners(emitter);
  if (limit > 0 && list.length > limit && !list.warned) {
    warnAboutLeak(emitter, type, list, limit);
  }
  return emitter;
}

/** Bound to { fired, wrapFn, target, type, listener } by wrapOnce. */
function onceWrapper() {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  return callWith(this.listener, this.target, arguments);
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapper = onceWrapper.bind(state);
  wrapper.listener = listener;
  state.wrapFn = wrapper;
  return wrapper;
}

// ---- removing -------------------------------------------------------------------------------

function removeListener(type, listener) {
  validateFunction(listener, 'listener');

  const events = this._events;
  if (events === undefined) return this;
  const slot = events[type];
  if (slot === undefined) return this;

  if (typeof slot === 'function') {
    if (!matches(slot, listener)) return this;
    this._eventsCount--;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = emptyRecord();
    } else {
      delete events[type];
      if (events.removeListener) {
        this.emit('removeListener', type, slot.listener || listener);
      }
    }
    return this;
  }

  // The most recently added matching entry goes.
  let index = slot.length - 1;
  while (index >= 0 && !matches(slot[index], listener)) index--;
  if (index < 0) return this;
  slot.splice(index, 1);
  if (slot.length === 1) events[type] = slot[0];

  if (events.removeListener !== undefined) {
    this.emit('removeListener', type, listener);
  }
  return this;
}

function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  const everything = arguments.length === 0;

  if (events.removeListener === undefined) {
    // Nobody to tell: just drop the slots.
    if (everything) {
      this._events = emptyRecord();
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      this._eventsCount--;
      if (this._eventsCount === 0) this._events = emptyRecord();
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (everything) {
    // Every name but 'removeListener' first, so its listeners hear about all the others.
    for (const name of ownKeys(events)) {
      if (name !== 'removeListener') this.removeAllListeners(name);
    }
    this.removeAllListeners('removeListener');
    this._events = emptyRecord();
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const slot = events[type];
  if (typeof slot === 'function') {
    this.removeListener(type, slot);
  } else if (slot !== undefined) {
    // Last added first.
    for (let i = slot.length - 1; i >= 0; i--) this.removeListener(type, slot[i]);
  }
  return this;
}

// ---- emitting -------------------------------------------------------------------------------

/** Routes a rejected listener promise to [Symbol.for('nodejs.rejection')] or 'error'. */
function reportRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Capture is off while 'error' is emitted, so an async 'error' listener cannot loop; if that
  // emit throws, the flag is still restored for whoever handles the exception.
  const saved = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = saved;
  }
}

/** With captureRejections, watches what a listener returned for a rejection. */
function watchResult(emitter, result, type, args) {
  if (!emitter[kCapture]) return;
  try {
    // Read `then` once: it may be a getter.
    const then = result.then;
    if (typeof then === 'function') {
      then.call(result, undefined, (err) => {
        // On the next tick, so a throw there does not become a new rejection of this chain.
        process.nextTick(reportRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emit(type, ...args) {
  const events = this._events;
  let unhandledError = false;
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...args);
    }
    unhandledError = events === undefined || events.error === undefined;
  } else if (events === undefined) {
    return false;
  }

  if (unhandledError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) {
      try {
        // Remember where emit() was called, for the "Emitted 'error' event at:" lines.
        const site = {};
        captureStack(site, EventEmitter.prototype.emit);
        defineProperty(er, kEnhanceStackBeforeInspector, {
          __proto__: null,
          value: describeErrorSite.bind(this, er, site),
          configurable: true,
        });
      } catch {
        // The error may be frozen; throw it as it is.
      }
      throw er; // Unhandled 'error' event
    }
    let shown;
    try {
      shown = inspect(er);
    } catch {
      shown = er;
    }
    const err = new codes.ERR_UNHANDLED_ERROR(shown);
    err.context = er;
    throw err; // Unhandled 'error' event
  }

  const slot = events[type];
  if (slot === undefined) return false;
  // A snapshot: listeners added or removed meanwhile do not change this emit.
  const toCall = typeof slot === 'function' ? slot : copyOf(slot);
  if (typeof toCall === 'function') {
    const result = callWith(toCall, this, args);
    if (result !== undefined && result !== null) watchResult(this, result, type, args);
  } else {
    for (let i = 0; i < toCall.length; i++) {
      const result = callWith(toCall[i], this, args);
      if (result !== undefined && result !== null) watchResult(this, result, type, args);
    }
  }
  return true;
}

// ---- queries --------------------------------------------------------------------------------

function listenersOf(emitter, type, unwrap) {
  const events = emitter._events;
  if (events === undefined || events[type] === undefined) return [];
  return slotEntries(events[type], unwrap);
}

function listenerCount(type, listener) {
  const events = this._events;
  const slot = events === undefined ? undefined : events[type];
  if (slot === undefined) return 0;
  if (listener == null) return slotSize(slot);
  if (typeof slot === 'function') return matches(slot, listener) ? 1 : 0;
  let count = 0;
  for (let i = 0; i < slot.length; i++) {
    if (matches(slot[i], listener)) count++;
  }
  return count;
}

// ---- the prototype (its key order is Node's) ------------------------------------------------

const proto = EventEmitter.prototype;

defineProperty(proto, kCapture, {
  __proto__: null,
  value: false, // EventEmitter.captureRejections
  writable: true,
  enumerable: false,
});

proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;

proto.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

proto.getMaxListeners = function getMaxListeners() {
  return effectiveMaxListeners(this);
};

proto.emit = emit;

proto.addListener = function addListener(type, listener) {
  return insertListener(this, type, listener, false);
};
proto.on = proto.addListener;

proto.prependListener = function prependListener(type, listener) {
  return insertListener(this, type, listener, true);
};

proto.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

proto.removeListener = removeListener;
proto.off = removeListener;
proto.removeAllListeners = removeAllListeners;

proto.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

proto.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

proto.listenerCount = listenerCount;

proto.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ownKeys(this._events) : [];
};

// ---- module-level helpers -------------------------------------------------------------------

/** events.getEventListeners(emitterOrTarget, name) */
function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  const { isEventTarget, kEvents } = eventTargetModule();
  if (!isEventTarget(emitterOrTarget)) throw invalidEmitter(emitterOrTarget);
  // An EventTarget keeps each type's listeners as a linked list after a sentinel node; weak
  // listeners are held through a WeakRef.
  const found = [];
  for (let node = emitterOrTarget[kEvents].get(type)?.next;
    node?.listener !== undefined; node = node.next) {
    const held = node.listener;
    found[found.length] = held?.deref ? held.deref() : held;
  }
  return found;
}

/** events.getMaxListeners(emitterOrTarget) */
function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return effectiveMaxListeners(emitterOrTarget);
  }
  const targetLimit = emitterOrTarget?.[kMaxEventTargetListeners];
  if (targetLimit) return targetLimit;
  throw invalidEmitter(emitterOrTarget);
}

/** events.setMaxListeners(n, ...eventTargets): the default, or the limit of each target. */
function setMaxListenersOn(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  const { isEventTarget } = eventTargetModule();
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

/** events.listenerCount(emitter, name), the deprecated static form. */
function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return callWith(listenerCount, emitter, [type]);
}

/**
 * events.once(emitter, name, { signal }): resolves with the arguments of the next `name` event;
 * rejects on an 'error' event first (EventEmitters only) or when the signal aborts.
 */
async function once(emitter, name, options = kEmptyObject) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });

  const { kResistStopPropagation } = eventTargetModule();
  const onceFlags = () => ({ __proto__: null, once: true, [kResistStopPropagation]: true });

  return new Promise((resolve, reject) => {
    const stopWatchingSignal = () => {
      if (signal != null) unsubscribe(signal, 'abort', onAbort);
    };
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      stopWatchingSignal();
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', onError);
      }
      stopWatchingSignal();
      resolve(args);
    };
    function onAbort() {
      unsubscribe(emitter, name, onEvent);
      unsubscribe(emitter, 'error', onError);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }

    subscribe(emitter, name, onEvent, onceFlags());
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', onError);
    }
    if (signal != null) subscribe(signal, 'abort', onAbort, onceFlags());
  });
}

/** events.on(emitter, name, options): an async iterator of the `name` events. */
function on(emitter, event, options = kEmptyObject) {
  return iterateEvents(emitter, event, options);
}

// ---- module.exports: EventEmitter, its properties in Node's order ---------------------------

function plain(value) {
  return { __proto__: null, value, writable: true, enumerable: true, configurable: true };
}

function constant(value) {
  return { __proto__: null, value, writable: false, enumerable: false, configurable: false };
}

defineProperties(EventEmitter, {
  __proto__: null,
  addAbortListener: plain(addAbortListener),
  once: plain(once),
  on: plain(on),
  getEventListeners: plain(getEventListeners),
  getMaxListeners: plain(getMaxListeners),
  EventEmitter: plain(EventEmitter), // the 0.10-era spelling
  usingDomains: plain(false),
  captureRejectionSymbol: plain(kRejection),
  captureRejections: {
    __proto__: null,
    enumerable: true,
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
  },
  EventEmitterAsyncResource: {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      asyncResourceClass ??= require('./internal/events/async_resource')
        .defineEventEmitterAsyncResource(EventEmitter);
      return asyncResourceClass;
    },
    set: undefined,
  },
  errorMonitor: plain(kErrorMonitor),
  defaultMaxListeners: {
    __proto__: null,
    enumerable: true,
    get() {
      return defaultMaxListeners;
    },
    set(value) {
      validateNumber(value, 'defaultMaxListeners', 0);
      defaultMaxListeners = value;
    },
  },
  kMaxEventTargetListeners: constant(kMaxEventTargetListeners),
  kMaxEventTargetListenersWarned: constant(kMaxEventTargetListenersWarned),
  // Anonymous, as Node's are (their names show in some outputs).
  setMaxListeners: plain(function(n = defaultMaxListeners, ...eventTargets) {
    return setMaxListenersOn(n, ...eventTargets);
  }),
  // Called by the constructor through EventEmitter.init, so it can be replaced (domain does).
  init: plain(function(opts) {
    return init.call(this, opts);
  }),
  listenerCount: plain(function(emitter, type) {
    return staticListenerCount(emitter, type);
  }),
});

export {}; // a module to tsc (its export is module.exports)
