// @ts-nocheck
/**
 * Node's lib/internal/process/execution.js (Node 20): the global uncaught-exception handler the
 * host calls as process._fatalException ('uncaughtExceptionMonitor', the capture callback,
 * 'uncaughtException', and on a fatal error process._exiting, exitCode 1 and the 'exit' event),
 * process.setUncaughtExceptionCaptureCallback, and evalScript for -e / -p.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const {
  clearDefaultTriggerAsyncId, afterHooksExist, emitAfter, executionAsyncId, hasAsyncIdStack, clearAsyncIdStack,
} = require('../async_hooks');

const kGenericUserError = 1;

// The captureFn of process.setUncaughtExceptionCaptureCallback (domain uses it).
const exceptionHandlerState = {
  captureFn: null,
  reportFlag: false,
};

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    exceptionHandlerState.captureFn = fn;
    return;
  }
  if (typeof fn !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = require('../errors').codes;
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (exceptionHandlerState.captureFn !== null) {
    const { ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } = require('../errors').codes;
    throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  exceptionHandlerState.captureFn = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return exceptionHandlerState.captureFn !== null;
}

function noop() {}

// The host calls this as process._fatalException(er, fromPromise): true when handled.
function createOnGlobalUncaughtException() {
  return (er, fromPromise) => {
    // It's possible that defaultTriggerAsyncId was set for a constructor
    // call that threw and was never cleared. So clear it now.
    clearDefaultTriggerAsyncId();

    const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
    process.emit('uncaughtExceptionMonitor', er, type);
    if (exceptionHandlerState.captureFn !== null) {
      exceptionHandlerState.captureFn(er);
    } else if (!process.emit('uncaughtException', er, type)) {
      // If someone forgot to call the callback, we may have a legit error.
      try {
        if (!process._exiting) {
          process._exiting = true;
          process.exitCode = kGenericUserError;
          process.emit('exit', kGenericUserError);
        }
      } catch {
        // Nothing to be done about it at this point.
      }
      return false;
    }

    // If we handled an error, then make sure any ticks get processed
    // by ensuring that the next Immediate cycle isn't empty.
    require('../../timers').setImmediate(noop);

    // Emit the after() hooks now that the exception has been handled, and empty the id stack.
    if (afterHooksExist()) {
      do {
        emitAfter(executionAsyncId());
      } while (hasAsyncIdStack());
    }
    clearAsyncIdStack();

    return true;
  };
}

/**
 * Makes the globals node's -e / -p code sees: `module`, `exports`, `require`, `__filename`
 * (name: '[eval]' or '[stdin]') and `__dirname` ('.'), through a CommonJS wrapper as node does.
 */
function setupEvalGlobals(name) {
  const { Module } = require('../modules/cjs/loader');
  const path = require('../modules/path_posix');
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const script = `
    globalThis.module = module;
    globalThis.exports = exports;
    globalThis.__dirname = __dirname;
    globalThis.require = require;
    return (main) => main();
  `;
  globalThis.__filename = name;
  addBuiltinLibsToObject(globalThis, Module);
  return module._compile(script, `${name}-wrapper`);
}

/**
 * node's addBuiltinLibsToObject: under -e / -p the builtin modules are globals (`fs`, `vm`, ...),
 * required on first use; assigning one replaces it with a plain property.
 */
function addBuiltinLibsToObject(object, Module) {
  const dummy = new Module('<eval>');
  dummy.paths = [];
  for (const name of Module.builtinModules) {
    if (name.startsWith('_') || name.includes('/') || Object.prototype.hasOwnProperty.call(object, name)) continue;
    const setReal = (value) => {
      delete object[name];
      object[name] = value;
    };
    Object.defineProperty(object, name, {
      __proto__: null,
      get: () => {
        const lib = dummy.require(name);
        Object.defineProperty(object, name, { __proto__: null, get: () => lib, set: setReal, configurable: true, enumerable: false });
        return lib;
      },
      set: setReal,
      configurable: true,
      enumerable: false,
    });
  }
}

/** Runs `body` as node's -e / -p do: a script in the global scope; -p prints the completion value. */
function evalScript(name, body, print) {
  const { runInThisContext } = internalBinding('contextify');
  const result = setupEvalGlobals(name)(() => runInThisContext(body, name));
  if (print) printEvalResult(result);
  return result;
}

/** -p: the result printed with the console as it was before user code ran. */
function printEvalResult(result) {
  const { log } = require('../bootstrap/node').internalConsole();
  log(result);
}

export {
  createOnGlobalUncaughtException,
  evalScript,
  setupEvalGlobals,
  printEvalResult,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
};
