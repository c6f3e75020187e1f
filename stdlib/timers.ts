// @ts-nocheck
/**
 * Node's `timers` module (Node 20): setTimeout/setInterval/setImmediate and their clear
 * functions, Timeout's close/[Symbol.toPrimitive] (a timer's id for clearTimeout(id)), and the
 * deprecated enroll/unenroll/active/_unrefActive. The timer lists live in internal/timers.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/timers.js).

const { Math, Object, Symbol } = globalThis;
const MathTrunc = Math.trunc;
const ObjectDefineProperty = Object.defineProperty;
const SymbolToPrimitive = Symbol.toPrimitive;
const SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

const binding = internalBinding('timers');
const { immediateInfo } = binding;
const L = require('./internal/linkedlist');
const {
  async_id_symbol,
  Timeout,
  Immediate,
  decRefCount,
  immediateInfoFields: { kCount, kRefCount },
  kRefed,
  kHasPrimitive,
  getTimerDuration,
  timerListMap,
  timerListQueue,
  immediateQueue,
  active,
  unrefActive,
  insert,
} = require('./internal/timers');
const { destroyHooksExist, emitDestroy } = require('./internal/async_hooks');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

let validateFunction;
function checkCallback(callback) {
  if (typeof callback !== 'function') {
    validateFunction ??= require('./internal/validators').validateFunction;
    validateFunction(callback, 'callback');
  }
}

let timersPromises;

// All the known timer async ids, so that clearTimeout and clearInterval accept those ids
// (the spec and the rest of the web platform use numbers).
const knownTimersById = { __proto__: null };

// Remove a timer. Cancels the timeout and resets the relevant timer properties.
function unenroll(item) {
  if (item._destroyed) return;

  item._destroyed = true;

  if (item[kHasPrimitive]) delete knownTimersById[item[async_id_symbol]];

  // Fewer checks may be possible, but these cover everything.
  if (destroyHooksExist() && item[async_id_symbol] !== undefined) emitDestroy(item[async_id_symbol]);

  L.remove(item);

  // We only delete refed lists because unrefed ones are incredibly likely
  // to come from http and be recreated shortly after.
  const list = timerListMap[item._idleTimeout];
  if (list !== undefined && L.isEmpty(list)) {
    timerListQueue.removeAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
  }

  // If actual setTimeout/setInterval timers were used then the refCount
  // should be decremented.
  if (item[kRefed]) {
    // Compliment truncation during insert().
    const msecs = MathTrunc(item._idleTimeout);
    const list = timerListMap[msecs];
    if (list !== undefined && L.isEmpty(list)) {
      timerListQueue.removeAt(list.priorityQueuePosition);
      delete timerListMap[msecs];
    }

    decRefCount();
  }

  // If active is called later, then we want to make sure not to insert again
  item._idleTimeout = -1;
}

// Make a regular object able to act as a timer by setting some properties.
// This function does not start the timer, see `active()`.
function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');

  // If this item was already in a list somewhere then we should unenroll it from that
  if (item._idleNext) unenroll(item);

  L.init(item);
  item._idleTimeout = msecs;
}

/** The arguments a timer passes to its callback: those after the first n, or undefined if none. */
function argumentsFrom(argv, n) {
  if (argv.length <= n) return undefined;
  const args = [];
  for (let i = n; i < argv.length; i++) args[i - n] = argv[i];
  return args;
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  checkCallback(callback);

  const args = argumentsFrom(arguments, 2);

  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);

  return timeout;
}

ObjectDefineProperty(setTimeout, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    timersPromises ??= require('./timers/promises');
    return timersPromises.setTimeout;
  },
});

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._onTimeout = null;
      unenroll(timerInstance);
    }
  }
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  checkCallback(callback);

  const args = argumentsFrom(arguments, 2);

  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);

  return timeout;
}

function clearInterval(timer) {
  // clearTimeout and clearInterval can be used to clear timers created from
  // both setTimeout and setInterval, as specified by HTML Living Standard.
  clearTimeout(timer);
}

Timeout.prototype.close = function () {
  clearTimeout(this);
  return this;
};

Timeout.prototype[SymbolToPrimitive] = function () {
  const id = this[async_id_symbol];
  if (!this[kHasPrimitive]) {
    this[kHasPrimitive] = true;
    knownTimersById[id] = this;
  }
  return id;
};

Timeout.prototype[SymbolDispose] = function () {
  clearTimeout(this);
};

function setImmediate(callback, arg1, arg2, arg3) {
  checkCallback(callback);

  const args = argumentsFrom(arguments, 1);

  return new Immediate(callback, args);
}

ObjectDefineProperty(setImmediate, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    timersPromises ??= require('./timers/promises');
    return timersPromises.setImmediate;
  },
});

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;

  immediateInfo[kCount]--;
  immediate._destroyed = true;

  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
  immediate[kRefed] = null;

  if (destroyHooksExist() && immediate[async_id_symbol] !== undefined) emitDestroy(immediate[async_id_symbol]);

  immediate._onImmediate = null;

  immediateQueue.remove(immediate);
}

Immediate.prototype[SymbolDispose] = function () {
  clearImmediate(this);
};

/** internal/util's deprecate, loaded when one of the deprecated functions is first called. */
function deprecated(fn, msg, code) {
  let wrapped;
  return function (...args) {
    wrapped ??= require('./internal/util').deprecate(fn, msg, code);
    return wrapped.apply(this, args);
  };
}

const _unrefActive = deprecated(unrefActive, 'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127');
const activeDeprecated = deprecated(active, 'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126');
const unenrollDeprecated = deprecated(unenroll, 'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096');
const enrollDeprecated = deprecated(enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095');

const timers = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive,
  active: activeDeprecated,
  unenroll: unenrollDeprecated,
  enroll: enrollDeprecated,
};

Object.defineProperty(timers, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    timersPromises ??= require('./timers/promises');
    return timersPromises;
  },
});

export = timers;
