// @ts-nocheck
/**
 * Node's lib/internal/modules/run_main.js (Node 20): runs the main entry point. CommonJS mains
 * go through Module._load (monkey-patchable); .mjs files and "type": "module" packages go to
 * the ES module loader.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const path = require('./path_posix');

/** The main path as the CommonJS loader finds it (extensions tried), real path, or undefined. */
function resolveMainPath(main) {
  const { Module } = require('./cjs/loader');
  let mainPath = Module._findPath(path.resolve(main), null, true);
  if (!mainPath) return;
  const { toRealPath } = require('./helpers');
  mainPath = toRealPath(mainPath);
  return mainPath;
}

function shouldUseESMLoader(mainPath) {
  if (mainPath && mainPath.endsWith('.mjs')) return true;
  if (!mainPath || mainPath.endsWith('.cjs')) return false;
  const { readPackageScope } = require('./package_json_reader');
  const pkg = readPackageScope(mainPath);
  // No need to guard `pkg` as it can only be an object or `false`.
  return pkg.data?.type === 'module';
}

function runMainESM(mainPath) {
  return require('./esm/run_main').runMainESM(mainPath);
}

const kUnfinishedTopLevelAwait = 13;

/**
 * The main ES module (or its top-level await) never settled: exit code 13. NON-NODE: node's
 * handler also calls process.exit(); the 'exit' listeners after it still run there, and here the
 * process ends with the exit code once they have, so the call is left out.
 */
function handleProcessExit() {
  process.exitCode ??= kUnfinishedTopLevelAwait;
}

/** Runs the main entry point (process.argv[1] unless given). */
function executeUserEntryPoint(main = process.argv[1]) {
  const resolvedMain = resolveMainPath(main);
  const useESMLoader = shouldUseESMLoader(resolvedMain);
  if (useESMLoader) {
    runMainESM(resolvedMain || main);
  } else {
    // Module._load is the monkey-patchable CJS module loader.
    const { Module } = require('./cjs/loader');
    Module._load(main, null, true);
  }
}

export { executeUserEntryPoint, handleProcessExit };
