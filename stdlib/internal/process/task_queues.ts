// @ts-nocheck
/**
 * Node's lib/internal/process/task_queues.js (Node 20): the process.nextTick queue and its
 * processing (processTicksAndRejections, the host's tick callback: all nextTick callbacks, then
 * the promise jobs, again until both are empty, then the unhandled-rejection checks),
 * runNextTicks (between timers and immediates) and queueMicrotask.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Array } = globalThis;

const {
  // For easy access to the nextTick state in the host, and to avoid unnecessary calls into it.
  tickInfo,
  // Runs the engine's promise job queue.
  runMicrotasks,
  setTickCallback,
  enqueueMicrotask,
} = internalBinding('task_queue');

const {
  setHasRejectionToWarn,
  hasRejectionToWarn,
  listenForRejections,
  processPromiseRejections,
} = require('./promises');

const {
  getDefaultTriggerAsyncId,
  newAsyncId,
  initHooksExist,
  destroyHooksExist,
  emitInit,
  emitBefore,
  emitAfter,
  emitDestroy,
  symbols: { async_id_symbol, trigger_async_id_symbol },
} = require('../async_hooks');

const FixedQueue = require('../fixed_queue');

let validateFunction;
function checkCallback(callback) {
  if (typeof callback !== 'function') {
    validateFunction ??= require('../validators').validateFunction;
    validateFunction(callback, 'callback');
  }
}

// *Must* match the host's tickInfo fields (runtime/bindings/task-queue.ts).
const kHasTickScheduled = 0;

function hasTickScheduled() {
  return tickInfo[kHasTickScheduled] === 1;
}

function setHasTickScheduled(value) {
  tickInfo[kHasTickScheduled] = value ? 1 : 0;
}

const queue = new FixedQueue();

// Should be in sync with the host's afterCallback.
function runNextTicks() {
  if (!hasTickScheduled() && !hasRejectionToWarn()) runMicrotasks();
  if (!hasTickScheduled() && !hasRejectionToWarn()) return;

  processTicksAndRejections();
}

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      const asyncId = tock[async_id_symbol];
      emitBefore(asyncId, tock[trigger_async_id_symbol], tock);

      try {
        const callback = tock.callback;
        if (tock.args === undefined) {
          callback();
        } else {
          const args = tock.args;
          switch (args.length) {
            case 1: callback(args[0]); break;
            case 2: callback(args[0], args[1]); break;
            case 3: callback(args[0], args[1], args[2]); break;
            case 4: callback(args[0], args[1], args[2], args[3]); break;
            default: callback(...args);
          }
        }
      } finally {
        if (destroyHooksExist()) emitDestroy(asyncId);
      }

      emitAfter(asyncId);
    }
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
  setHasTickScheduled(false);
  setHasRejectionToWarn(false);
}

// `nextTick()` will not enqueue any callback when the process is about to
// exit since the callback would not have a chance to be executed.
function nextTick(callback) {
  checkCallback(callback);

  if (process._exiting) return;

  let args;
  switch (arguments.length) {
    case 1: break;
    case 2: args = [arguments[1]]; break;
    case 3: args = [arguments[1], arguments[2]]; break;
    case 4: args = [arguments[1], arguments[2], arguments[3]]; break;
    default:
      args = new Array(arguments.length - 1);
      for (let i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
  }

  if (queue.isEmpty()) setHasTickScheduled(true);
  const asyncId = newAsyncId();
  const triggerAsyncId = getDefaultTriggerAsyncId();
  const tickObject = {
    [async_id_symbol]: asyncId,
    [trigger_async_id_symbol]: triggerAsyncId,
    callback,
    args,
  };
  if (initHooksExist()) emitInit(asyncId, 'TickObject', triggerAsyncId, tickObject);
  queue.push(tickObject);
}

let triggerUncaughtException;

function queueMicrotask(callback) {
  checkCallback(callback);
  enqueueMicrotask(() => {
    try {
      callback();
    } catch (error) {
      // As node's runMicrotask: the error goes to the uncaught-exception handler.
      triggerUncaughtException ??= internalBinding('errors').triggerUncaughtException;
      triggerUncaughtException(error, false);
    }
  });
}

function setupTaskQueue() {
  // Sets the per-isolate promise rejection callback
  listenForRejections();
  // Sets the callback to be run in every tick.
  setTickCallback(processTicksAndRejections);
  return { nextTick, runNextTicks };
}

export { setupTaskQueue, queueMicrotask, processTicksAndRejections, runNextTicks, nextTick };
