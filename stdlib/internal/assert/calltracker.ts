// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * assert.CallTracker (Node 20's lib/internal/assert/calltracker.js): wraps functions in proxies
 * that count their calls; report() and verify() say which were not called the expected number of
 * times. Deprecated in Node 20 (DEP0173; the warning is given by lib/assert).
 */
'use strict';

const { codes: { ERR_INVALID_ARG_VALUE, ERR_UNAVAILABLE_DURING_EXIT } } = require('../errors');
const AssertionError = require('./assertion_error');
const { validateUint32 } = require('../validators');

const noop = Function.prototype;

class CallTrackerContext {
  #expected;
  #calls;
  #name;
  #stackTrace;
  constructor({ expected, stackTrace, name }) {
    this.#calls = [];
    this.#expected = expected;
    this.#stackTrace = stackTrace;
    this.#name = name;
  }

  track(thisArg, args) {
    const argsClone = Object.freeze(Array.prototype.slice.call(args));
    // getCalls() hands out the list itself: frozen, so each call makes a new one.
    // (No iteration: the list must not depend on %ArrayIteratorPrototype%.next, which tests replace.)
    const calls = Array.prototype.slice.call(this.#calls);
    calls[calls.length] = Object.freeze({ thisArg, arguments: argsClone });
    this.#calls = Object.freeze(calls);
  }

  get delta() {
    return this.#calls.length - this.#expected;
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return this.#calls;
  }

  report() {
    if (this.delta !== 0) {
      const message = `Expected the ${this.#name} function to be ` +
                      `executed ${this.#expected} time(s) but was ` +
                      `executed ${this.#calls.length} time(s).`;
      return {
        message,
        actual: this.#calls.length,
        expected: this.#expected,
        operator: this.#name,
        stack: this.#stackTrace,
      };
    }
  }
}

class CallTracker {
  #callChecks = new Set();
  #trackedFunctions = new WeakMap();

  #getTrackedFunction(tracked) {
    if (!this.#trackedFunctions.has(tracked)) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return this.#trackedFunctions.get(tracked);
  }

  reset(tracked) {
    if (tracked === undefined) {
      this.#callChecks.forEach((check) => check.reset());
      return;
    }
    this.#getTrackedFunction(tracked).reset();
  }

  getCalls(tracked) {
    return this.#getTrackedFunction(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }

    validateUint32(expected, 'expected', true);

    const context = new CallTrackerContext({
      expected,
      // eslint-disable-next-line no-restricted-syntax
      stackTrace: new Error(),
      name: fn.name || 'calls',
    });
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(fn, thisArg, argList) {
        context.track(thisArg, argList);
        return Reflect.apply(fn, thisArg, argList);
      },
    });
    this.#callChecks.add(context);
    this.#trackedFunctions.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#callChecks) {
      const message = context.report();
      if (message !== undefined) errors.push(message);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;

export {}; // a module for tsc; the guest sees module.exports
