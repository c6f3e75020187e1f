// @ts-nocheck
/**
 * Running the main entry point as an ES module (node 20's runEntryPointWithESMLoader): the main
 * file is imported by URL; while it (or its top-level await) is unsettled an 'exit' listener
 * stands ready to end the process with code 13; an error is an uncaught exception.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Object, Promise } = globalThis;
const ObjectDefineProperty = Object.defineProperty;
const PromisePrototypeThen = Function.prototype.call.bind(Promise.prototype.then);
const PromiseReject = Promise.reject.bind(Promise);

/** Imports url as the main entry point (or runs start(), a promise of its evaluation), with node's exit handling. */
function runEntryPointWithESMLoader(url, start) {
  const { handleProcessExit } = require('../run_main');
  const { triggerUncaughtException } = internalBinding('errors');
  const { importModule, link } = internalBinding('module_wrap');
  process.on('exit', handleProcessExit);
  let promise;
  try {
    if (start !== undefined) {
      promise = start();
    } else {
      link(url);
      promise = importModule(url, undefined);
    }
  } catch (err) {
    promise = PromiseReject(err);
  }
  return PromisePrototypeThen(promise, () => {
    process.off('exit', handleProcessExit);
  }, (err) => {
    // NON-NODE: node removes the listener after reporting; here it would end the process before
    // the report (process.exit() from the 'exit' event the fatal exception emits).
    process.off('exit', handleProcessExit);
    triggerUncaughtException(err, true /* fromPromise */);
  });
}

/**
 * -e or standard input code that only parses as a module (node 20.19+): runs as the module
 * file:///<cwd>/[eval1]; --print cannot show its result.
 */
function runEvalModule(source, print) {
  if (print) {
    const { ERR_EVAL_ESM_CANNOT_PRINT } = require('../../errors').codes;
    throw new ERR_EVAL_ESM_CANNOT_PRINT();
  }
  // The CommonJS globals -e code gets are not a module's; `module` is the builtin again, as for
  // the other builtins -e code sees as globals.
  for (const name of ['require', 'exports', '__filename', '__dirname', 'module']) delete globalThis[name];
  ObjectDefineProperty(globalThis, 'module', {
    __proto__: null,
    get: () => require('../../../module'),
    set(value) {
      ObjectDefineProperty(globalThis, 'module', { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    },
    configurable: true,
    enumerable: false,
  });
  const { pathToFileURL, URL } = require('../../url');
  const { evalModule } = internalBinding('module_wrap');
  const url = new URL('[eval1]', pathToFileURL(`${process.cwd()}/`)).href;
  return runEntryPointWithESMLoader(url, () => evalModule(url, source));
}

/** Runs the file at mainPath as the main ES module. */
function runMainESM(mainPath) {
  const { pathToFileURL } = require('../../url');
  const main = pathToFileURL(mainPath).href;
  return runEntryPointWithESMLoader(main);
}

export { runEntryPointWithESMLoader, runEvalModule, runMainESM };
