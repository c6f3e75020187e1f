// @ts-nocheck
/**
 * Node's lib/internal/modules/helpers.js (Node 20): the `require` function handed to each
 * module (with resolve, resolve.paths, main, extensions, cache), loading builtins for users,
 * stripBOM, toRealPath, and the file-URL conversions the loaders need.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Map, Object, String, decodeURIComponent } = globalThis;
const ObjectDefineProperty = Object.defineProperty;

const builtins = internalBinding('builtins');
const fsBinding = internalBinding('fs');

/** The builtin module for user code, as { exports, canBeRequiredByUsers }, or undefined. */
function loadBuiltinModule(id, request) {
  if (!builtins.canBeRequiredByUsers(id)) return;
  return { id, exports: builtins.loadForUser(id), canBeRequiredByUsers: true };
}

/** Defines an own data property, like node's setOwnProperty (writable, enumerable, configurable). */
function setOwnProperty(obj, key, value) {
  return ObjectDefineProperty(obj, key, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    value,
    writable: true,
  });
}

let validateString;
function checkString(value, name) {
  if (typeof value !== 'string') {
    validateString ??= require('../validators').validateString;
    validateString(value, name);
  }
}

/** The require function of a module: mod.require, plus resolve, resolve.paths, main, extensions, cache. */
function makeRequireFunction(mod) {
  const Module = mod.constructor;

  const require = function require(path) {
    return mod.require(path);
  };

  function resolve(request, options) {
    checkString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }

  require.resolve = resolve;

  function paths(request) {
    checkString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }

  resolve.paths = paths;

  setOwnProperty(require, 'main', process.mainModule);

  // Enable support to add extra extension types.
  require.extensions = Module._extensions;

  require.cache = Module._cache;

  return require;
}

/** Removes a leading byte order mark (U+FEFF). */
function stripBOM(content) {
  if (content.charCodeAt(0) === 0xFEFF) content = content.slice(1);
  return content;
}

const realpathCache = new Map();

/** The real path of a file (symlinks resolved), cached for the process. */
function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    real = fsBinding.realpath(requestPath);
    realpathCache.set(requestPath, real);
  }
  return real;
}

/** file:// URL → path (a string URL, or a URL object through its href). */
function fileURLToPath(url) {
  try {
    const u = require('../../url');
    if (typeof u.fileURLToPath === 'function') return u.fileURLToPath(url);
  } catch {
    // No url module yet: the plain conversion below.
  }
  const href = typeof url === 'string' ? url : String(url?.href);
  if (!href.startsWith('file://')) {
    const { ERR_INVALID_URL_SCHEME } = require('../errors').codes;
    throw new ERR_INVALID_URL_SCHEME('file');
  }
  let rest = href.slice('file://'.length);
  if (!rest.startsWith('/')) {
    const slash = rest.indexOf('/');
    rest = slash < 0 ? '/' : rest.slice(slash);
  }
  const q = rest.search(/[?#]/);
  if (q >= 0) rest = rest.slice(0, q);
  return decodeURIComponent(rest);
}

/** path → file:// URL string (percent-encoding what a URL path cannot hold). */
function pathToFileURLString(filepath) {
  const encoded = filepath.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D').replace(/\t/g, '%09').replace(/#/g, '%23').replace(/\?/g, '%3F')
    .replace(/ /g, '%20').replace(/"/g, '%22');
  return `file://${encoded}`;
}

export {
  loadBuiltinModule,
  makeRequireFunction,
  setOwnProperty,
  stripBOM,
  toRealPath,
  fileURLToPath,
  pathToFileURLString,
};
