// @ts-nocheck
/**
 * Running the main entry point as an ES module (node 20's runEntryPointWithESMLoader): the main
 * file is imported by URL; while it (or its top-level await) is unsettled an 'exit' listener
 * stands ready to end the process with code 13; an error is an uncaught exception.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Promise } = globalThis;
const PromisePrototypeThen = Function.prototype.call.bind(Promise.prototype.then);
const PromiseReject = Promise.reject.bind(Promise);

/** Imports url as the main entry point (callback: the loader's import), with node's exit handling. */
function runEntryPointWithESMLoader(url) {
  const { handleProcessExit } = require('../run_main');
  const { triggerUncaughtException } = internalBinding('errors');
  const { importModule, link } = internalBinding('module_wrap');
  process.on('exit', handleProcessExit);
  let promise;
  try {
    link(url);
    promise = importModule(url, undefined);
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

/** Runs the file at mainPath as the main ES module. */
function runMainESM(mainPath) {
  const { pathToFileURL } = require('../../url');
  const main = pathToFileURL(mainPath).href;
  return runEntryPointWithESMLoader(main);
}

export { runEntryPointWithESMLoader, runMainESM };
