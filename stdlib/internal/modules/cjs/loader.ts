// @ts-nocheck
/**
 * Node's CommonJS loader, lib/internal/modules/cjs/loader.js (Node 20), as guest code:
 * Module._load → Module._resolveFilename (builtins, "imports", self-reference, node_modules up
 * the tree, NODE_PATH and the global folders, "exports", package "main", index files, the
 * extensions in order .js .json .node) → Module._extensions[ext] → module._compile (the
 * five-parameter wrapper, compiled by the host with the file's own lines and columns).
 * Partial exports on cycles (with node's warning for missing properties), a failed load leaves
 * the cache clean, node's error codes and messages (MODULE_NOT_FOUND with the require stack,
 * ERR_REQUIRE_ESM for .mjs and "type": "module" files, ERR_DLOPEN_FAILED for native addons).
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Array, Error, JSON, Map, Object, Proxy, Reflect, String, Symbol, WeakMap } = globalThis;
const ArrayIsArray = Array.isArray;
const JSONParse = JSON.parse;
const ObjectDefineProperty = Object.defineProperty;
const ObjectFreeze = Object.freeze;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectKeys = Object.keys;
const ObjectPrototype = Object.prototype;
const ObjectPrototypeHasOwnProperty = Function.prototype.call.bind(Object.prototype.hasOwnProperty);
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ReflectApply = Reflect.apply;

const path = require('../path_posix');
const {
  loadBuiltinModule,
  makeRequireFunction,
  setOwnProperty,
  stripBOM,
  toRealPath,
  fileURLToPath,
  pathToFileURLString,
} = require('../helpers');
const packageJsonReader = require('../package_json_reader');

const fsBinding = internalBinding('fs');
const { internalModuleStat } = fsBinding;
const builtins = internalBinding('builtins');
const { compileFunction, runInThisContext, hasEsmSyntax } = internalBinding('contextify');
const { isProxy } = internalBinding('types');
// The ES module loader's host half: import() from CommonJS code, require() of ES modules.
const moduleWrap = internalBinding('module_wrap');

function esmLoader() {
  return require('../esm/loader');
}

/**
 * require() of ES modules (node 20.19+ does it by default): ouro keeps node 20's ERR_REQUIRE_ESM
 * unless --experimental-require-module is given (the last of it and its --no- form wins).
 */
function requireModuleEnabled() {
  const argv = process.execArgv;
  for (let i = argv.length - 1; i >= 0; i--) {
    if (argv[i] === '--experimental-require-module') return true;
    if (argv[i] === '--no-experimental-require-module') return false;
  }
  return false;
}

function codes() {
  return require('../../errors').codes;
}

let validateString;
function checkString(value, name) {
  if (typeof value !== 'string') {
    validateString ??= require('../../validators').validateString;
    validateString(value, name);
  }
}

const kIsMainSymbol = Symbol('kIsMainSymbol');
const kIsCachedByESMLoader = Symbol('kIsCachedByESMLoader');
const kIsExecuting = Symbol('kIsExecuting');

const isWindows = process.platform === 'win32';

let requireDepth = 0;
let statCache = null;
let modulePaths = [];
let patched = false;
let hasLoadedAnyUserCJSModule = false;

// The parent of each module (module.parent is a deprecated accessor over this).
const moduleParentCache = new WeakMap();

// CommonJS conditions; 'node-addons' is left out (native addons cannot run in ouro), as with
// node's --no-addons, so packages pick their JavaScript fallbacks.
const cjsConditions = new Set(['require', 'node']);

function stat(filename) {
  if (statCache !== null) {
    const result = statCache.get(filename);
    if (result !== undefined) return result;
  }
  const result = internalModuleStat(filename);
  if (statCache !== null && result >= 0) {
    // Only set cache when `internalModuleStat(filename)` succeeds.
    statCache.set(filename, result);
  }
  return result;
}

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  setOwnProperty(this, 'exports', {});
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];

let wrap = function (script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};

const wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];

let wrapperProxy = new Proxy(wrapper, {
  __proto__: null,
  set(target, property, value, receiver) {
    patched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});

ObjectDefineProperty(Module, 'wrap', {
  __proto__: null,
  get() {
    return wrap;
  },
  set(value) {
    patched = true;
    wrap = value;
  },
});

ObjectDefineProperty(Module, 'wrapper', {
  __proto__: null,
  get() {
    return wrapperProxy;
  },
  set(value) {
    patched = true;
    wrapperProxy = value;
  },
});

const isPreloadingDesc = { get() { return false; } };
ObjectDefineProperty(Module.prototype, 'isPreloading', isPreloadingDesc);

function getModuleParent() {
  return moduleParentCache.get(this);
}

function setModuleParent(value) {
  moduleParentCache.set(this, value);
}

ObjectDefineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get: getModuleParent,
  set: setModuleParent,
});

Module._debug = function (...args) {
  process.emitWarning('Module._debug is deprecated.', 'DeprecationWarning', 'DEP0077');
};

Module.isBuiltin = function isBuiltin(moduleName) {
  return builtins.normalizeRequirableId(String(moduleName)) !== undefined;
};

ObjectDefineProperty(Module, '_readPackage', {
  __proto__: null,
  get() {
    return packageJsonReader.readPackage;
  },
  configurable: true,
});

let _stat = stat;
ObjectDefineProperty(Module, '_stat', {
  __proto__: null,
  get() {
    return _stat;
  },
  set(s) {
    _stat = s;
    return true;
  },
  configurable: true,
});

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = packageJsonReader.readPackage(requestPath).main;

  if (!pkg) {
    return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  }

  const filename = path.resolve(requestPath, pkg);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(
        `Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry',
      );
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    } else {
      const jsonURL = pathToFileURLString(requestPath + '/package.json');
      process.emitWarning(
        `Invalid 'main' field in '${jsonURL}' of '${pkg}'. ` +
          'Please either fix that or report it to the module author',
        'DeprecationWarning',
        'DEP0128',
      );
    }
  }
  return actual;
}

// Check if the file exists and is not a directory.
// If the file is a symlink (and symlinks are not preserved), its real path is returned.
function tryFile(requestPath, isMain) {
  const rc = _stat(requestPath);
  if (rc !== 0) return;
  return toRealPath(requestPath);
}

// Given a path, check if the file exists with any of the set extensions.
function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

// Find the longest (possibly multi-dot) extension registered in Module._extensions.
function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue; // Skip dotfiles like .gitignore
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

function trySelfParentPath(parent) {
  if (!parent) return process.cwd();

  if (parent.filename) {
    return parent.filename;
  } else if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    try {
      return process.cwd() + path.sep;
    } catch {
      return false;
    }
  }
}

function trySelf(parentPath, request) {
  if (!parentPath) return false;

  const { data: pkg, path: pkgPath } = packageJsonReader.readPackageScope(parentPath) || {};
  if (!pkg || pkg.exports == null || pkg.name === undefined) return false;

  let expansion;
  if (request === pkg.name) {
    expansion = '.';
  } else if (request.startsWith(`${pkg.name}/`)) {
    expansion = '.' + request.slice(pkg.name.length);
  } else {
    return false;
  }

  const { packageExportsResolve } = require('../esm/resolve');
  try {
    return finalizeEsmResolution(packageExportsResolve(
      pkgPath + '/package.json', expansion, pkg, parentPath, cjsConditions), parentPath, pkgPath);
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, pkgPath + '/package.json');
    throw e;
  }
}

// This only applies to requests of a specific form:
// 1. name/.*
// 2. @scope/name/.*
const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;
function resolveExports(nmPath, request) {
  // The implementation's behavior is meant to mirror resolution in ESM.
  const { 1: name, 2: expansion = '' } = EXPORTS_PATTERN.exec(request) || {};
  if (!name) return;
  const pkgPath = path.resolve(nmPath, name);
  const pkg = packageJsonReader.readPackage(pkgPath);
  if (pkg.exists && pkg.exports != null) {
    const { packageExportsResolve } = require('../esm/resolve');
    try {
      return finalizeEsmResolution(packageExportsResolve(
        pkgPath + '/package.json', '.' + expansion, pkg, null, cjsConditions), null, pkgPath);
    } catch (e) {
      if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, pkgPath + '/package.json');
      throw e;
    }
  }
}

Module._findPath = function (request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }

  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = request.length > 0 &&
    (request.charCodeAt(request.length - 1) === 47 /* / */ || (
      request.charCodeAt(request.length - 1) === 46 /* . */ &&
      (
        request.length === 1 ||
        request.charCodeAt(request.length - 2) === 47 ||
        (request.charCodeAt(request.length - 2) === 46 && (
          request.length === 2 ||
          request.charCodeAt(request.length - 3) === 47
        ))
      )
    ));

  const isRelative = request.charCodeAt(0) === 46 /* . */ &&
    (
      request.length === 1 ||
      request.charCodeAt(1) === 47 ||
      (isWindows && request.charCodeAt(1) === 92) ||
      (request.charCodeAt(1) === 46 && ((
        request.length === 2 ||
        request.charCodeAt(2) === 47) ||
        (isWindows && request.charCodeAt(2) === 92)))
    );
  let insidePath = true;
  if (isRelative) {
    const normalizedRequest = path.normalize(request);
    if (normalizedRequest.startsWith('..')) insidePath = false;
  }

  // For each path
  for (let i = 0; i < paths.length; i++) {
    // Don't search further if path doesn't exist and request is inside the path
    const curPath = paths[i];
    if (insidePath && curPath && _stat(curPath) < 1) continue;

    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }

    const basePath = path.resolve(curPath, request);
    let filename;

    const rc = _stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) { // File.
        filename = toRealPath(basePath);
      }

      if (!filename) {
        // Try it with each of the extensions
        if (exts === undefined) exts = ObjectKeys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }

    if (!filename && rc === 1) { // Directory.
      // try it with each of the extensions at "index"
      if (exts === undefined) exts = ObjectKeys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }

    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }

  return false;
};

// 'node_modules' character codes reversed
const nmChars = [115, 101, 108, 117, 100, 111, 109, 95, 101, 100, 111, 110];
const nmLen = nmChars.length;

// posix: the node_modules folders from `from` up to the root.
Module._nodeModulePaths = function (from) {
  // Guarantee that 'from' is absolute.
  from = path.resolve(from);
  // Return early not only to avoid unnecessary work, but to *avoid* returning
  // an array of two items for a root: [ '//node_modules', '/node_modules' ]
  if (from === '/') return ['/node_modules'];

  // note: this approach *only* works when the path is guaranteed to be absolute.
  const paths = [];
  for (let i = from.length - 1, p = 0, last = from.length; i >= 0; --i) {
    const code = from.charCodeAt(i);
    if (code === 47 /* / */) {
      if (p !== nmLen) paths.push(from.slice(0, last) + '/node_modules');
      last = i;
      p = 0;
    } else if (p !== -1) {
      if (nmChars[p] === code) {
        ++p;
      } else {
        p = -1;
      }
    }
  }

  // Append /node_modules to handle root paths.
  paths.push('/node_modules');

  return paths;
};

Module._resolveLookupPaths = function (request, parent) {
  if (builtins.normalizeRequirableId(request) !== undefined) return null;

  // Check for node modules paths.
  if (request.charAt(0) !== '.' ||
      (request.length > 1 &&
      request.charAt(1) !== '.' &&
      request.charAt(1) !== '/' &&
      (!isWindows || request.charAt(1) !== '\\'))) {
    let paths;
    if (parent?.paths?.length) {
      paths = modulePaths.slice();
      paths.unshift(...parent.paths);
    } else {
      paths = modulePaths;
    }
    return paths.length > 0 ? paths : null;
  }

  // In REPL, parent.filename is null.
  if (!parent || !parent.id || !parent.filename) {
    // Make require('./path/to/foo') work - normally the path is taken
    // from realpath(__filename) but in REPL there is no filename
    return ['.'];
  }

  return [path.dirname(parent.filename)];
};

function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
}

// A Proxy that can be used as the prototype of a module.exports object and
// warns when non-existent properties are accessed.
const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  __proto__: null,

  get(target, prop) {
    // Allow __esModule access. That is used by TypeScript and Babel.
    if (prop in target || prop === '__esModule') return undefined;

    emitCircularRequireWarning(prop);
    return undefined;
  },

  getOwnPropertyDescriptor(target, prop) {
    if (ObjectPrototypeHasOwnProperty(target, prop) || prop === '__esModule') {
      return ObjectGetOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function getExportsForCircularRequire(module) {
  if (module.exports &&
      !isProxy(module.exports) &&
      ObjectGetPrototypeOf(module.exports) === ObjectPrototype &&
      // Exclude transpiled ES6 modules / TypeScript code because those may
      // employ unusual patterns for accessing 'module.exports'.
      !module.exports.__esModule) {
    // This is later unset once the module is done loading.
    ObjectSetPrototypeOf(module.exports, CircularRequirePrototypeWarningProxy);
  }

  return module.exports;
}

// The fast path for (lazily loaded) modules in the same directory.
const relativeResolveCache = { __proto__: null };

// Check the cache for the requested file.
// 1. If a module already exists in the cache: return its exports object.
// 2. If the module is native: call `loadBuiltinModule()` and return its exports.
// 3. Otherwise, create a new module for the file and save it to the cache.
//    Then have it load the file contents before returning its exports object.
Module._load = function (request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (request.startsWith('node:')) {
    // Slice 'node:' prefix
    const id = request.slice(5);

    const module = loadBuiltinModule(id, request);
    if (!module?.canBeRequiredByUsers) {
      throw new (codes().ERR_UNKNOWN_BUILTIN_MODULE)(request);
    }
    return module.exports;
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (cachedModule.loaded) return cachedModule.exports;
    // Not loaded and not put there by the ES module loader: a circular require.
    if (!cachedModule[kIsCachedByESMLoader]) return getExportsForCircularRequire(cachedModule);
    // Made (and its exports parsed) by the ES module loader, which now asks to run it.
    cachedModule[kIsCachedByESMLoader] = false;
  }

  if (builtins.canBeRequiredWithoutScheme(filename)) {
    const mod = loadBuiltinModule(filename, request);
    return mod.exports;
  }

  // Don't call updateChildren(), Module constructor already does.
  const module = cachedModule || new Module(filename, parent);

  if (isMain) {
    setOwnProperty(process, 'mainModule', module);
    setOwnProperty(module.require, 'main', process.mainModule);
    module.id = '.';
    module[kIsMainSymbol] = true;
  } else {
    module[kIsMainSymbol] = false;
  }

  Module._cache[filename] = module;
  module[kIsCachedByESMLoader] = false;
  if (parent !== undefined && relResolveCacheIdentifier !== undefined) {
    relativeResolveCache[relResolveCacheIdentifier] = filename;
  }

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (ArrayIsArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    } else if (module.exports &&
               !isProxy(module.exports) &&
               ObjectGetPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      ObjectSetPrototypeOf(module.exports, ObjectPrototype);
    }
  }

  return module.exports;
};

Module._resolveFilename = function (request, parent, isMain, options) {
  if (builtins.normalizeRequirableId(request) !== undefined) return request;

  let paths;

  if (typeof options === 'object' && options !== null) {
    if (ArrayIsArray(options.paths)) {
      const isRelative = request.startsWith('./') || request.startsWith('../') ||
          (isWindows && (request.startsWith('.\\') || request.startsWith('..\\')));

      if (isRelative) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);

        paths = [];

        for (let i = 0; i < options.paths.length; i++) {
          const p = options.paths[i];
          fakeParent.paths = Module._nodeModulePaths(p);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);

          for (let j = 0; j < lookupPaths.length; j++) {
            if (!paths.includes(lookupPaths[j])) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent?.filename ?? process.cwd() + path.sep;
    const pkg = packageJsonReader.readPackageScope(parentPath) || {};
    if (pkg.data?.imports != null) {
      const { packageImportsResolve } = require('../esm/resolve');
      try {
        return finalizeEsmResolution(packageImportsResolve(request, parentPath, cjsConditions), parentPath, pkg.path);
      } catch (e) {
        if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request);
        throw e;
      }
    }
  }

  // Try module self resolution first
  const parentPath = trySelfParentPath(parent);
  const selfResolved = trySelf(parentPath, request);
  if (selfResolved) {
    const cacheKey = request + '\x00' + (paths.length === 1 ? paths[0] : paths.join('\x00'));
    Module._pathCache[cacheKey] = selfResolved;
    return selfResolved;
  }

  // Look up the filename first, since that's the cache key.
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) {
    message = message + '\nRequire stack:\n- ' + requireStack.join('\n- ');
  }
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

function finalizeEsmResolution(resolved, parentPath, pkgPath) {
  if (resolved.startsWith('node:')) return resolved.slice(5);
  const actual = tryFile(resolved);
  if (actual) return actual;
  const err = createEsmNotFoundErr(resolved, path.resolve(pkgPath, 'package.json'));
  throw err;
}

function createEsmNotFoundErr(request, p) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (p) err.path = p;
  return err;
}

// Given a file name, pass it to the proper extension handler.
Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));

  const extension = findLongestRegisteredExtension(filename);
  // allow .mjs to be overridden
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    if (!requireModuleEnabled()) {
      throw new (codes().ERR_REQUIRE_ESM)(filename, true, moduleParentCache.get(this)?.filename);
    }
    loadESMFromCJS(this, filename);
    this.loaded = true;
    return;
  }

  Module._extensions[extension](this, filename);
  this.loaded = true;
};

// Loads a module at the given file path. Returns that module's `exports` property.
Module.prototype.require = function (id) {
  checkString(id, 'id');
  if (id === '') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  }
  requireDepth++;
  try {
    return Module._load(id, this, /* isMain */ false);
  } finally {
    requireDepth--;
  }
};

const wrapperParameters = ['exports', 'require', 'module', '__filename', '__dirname'];

/** The compiled wrapper of a module's source: the host compiles it as a function body. */
function wrapSafe(filename, content, cjsModuleInstance) {
  if (patched) {
    const wrapped = Module.wrap(content);
    return runInThisContext(wrapped, filename);
  }
  return compileFunction(content, filename, wrapperParameters);
}

// Run the file contents in the correct scope or sandbox. Expose
// the correct helper variables (require, module, exports) to the file.
// Returns exception, if any.
Module.prototype._compile = function (content, filename, format) {
  let compiledWrapper;
  try {
    compiledWrapper = wrapSafe(filename, content, this);
  } catch (err) {
    // node 20's module syntax detection: a .js file of no declared type that only parses as a
    // module is one.
    if (format === undefined && filename.endsWith('.js') && err?.name === 'SyntaxError' &&
        (this[kIsMainSymbol] || requireModuleEnabled()) && moduleWrap.containsModuleSyntax(content)) {
      esmLoader().warnTypelessPackageJson(filename);
      loadESMFromCJS(this, filename);
      return;
    }
    throw err;
  }

  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  let result;
  const exports = this.exports;
  const thisValue = exports;
  const module = this;
  if (requireDepth === 0) statCache = new Map();
  this[kIsExecuting] = true;
  try {
    result = ReflectApply(compiledWrapper, thisValue, [exports, require, module, filename, dirname]);
  } finally {
    this[kIsExecuting] = false;
  }
  hasLoadedAnyUserCJSModule = true;
  if (requireDepth === 0) statCache = null;
  return result;
};

// Native extension for .js
Module._extensions['.js'] = function (module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  if (filename.endsWith('.js')) {
    const pkg = packageJsonReader.readPackageScope(filename) || { __proto__: null };
    // Function require shouldn't be used in ES modules.
    if (pkg.data?.type === 'module') {
      if (!requireModuleEnabled()) {
        const parent = moduleParentCache.get(module);
        const parentPath = parent?.filename;
        const packageJsonPath = path.resolve(pkg.path, 'package.json');
        const usesEsm = hasEsmSyntax(content);
        throw new (codes().ERR_REQUIRE_ESM)(filename, usesEsm, parentPath, packageJsonPath);
      }
      loadESMFromCJS(module, filename);
      return;
    }
    if (pkg.data?.type === 'commonjs') {
      module._compile(content, filename, 'commonjs');
      return;
    }
  } else {
    module._compile(content, filename, 'commonjs');
    return;
  }
  module._compile(content, filename);
};

/**
 * An ES module reached by the CommonJS loader (node 20's loadESMFromCJS): the main entry point
 * runs through the ES module loader; a required one is loaded, linked and evaluated at once
 * (ERR_REQUIRE_ASYNC_MODULE if it awaits at its top level) and its namespace is the exports
 * (with __esModule: true when it has a default export, as node's facade).
 */
function loadESMFromCJS(mod, filename) {
  const { pathToFileURLString: toURL } = require('../helpers');
  if (mod[kIsMainSymbol]) {
    require('../esm/run_main').runMainESM(filename);
    // ESM won't be accessible via process.mainModule.
    setOwnProperty(process, 'mainModule', undefined);
    return;
  }
  const parent = moduleParentCache.get(mod);
  mod.exports = moduleWrap.requireModule(toURL(filename), parent?.filename ?? undefined);
}

// Native extension for .json
Module._extensions['.json'] = function (module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  try {
    setOwnProperty(module, 'exports', JSONParse(stripBOM(content)));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

// Native extension for .node
Module._extensions['.node'] = function (module, filename) {
  // Be aware this doesn't use `content`
  return process.dlopen(module, path.toNamespacedPath(filename));
};

function createRequireFromPath(filename) {
  // Allow a directory to be passed as the filename
  const trailingSlash = filename.endsWith('/') || (isWindows && filename.endsWith('\\'));

  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;

  const m = new Module(proxyPath);
  m.filename = proxyPath;

  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}

const createRequireError = 'must be a file URL object, file URL string, or absolute path string';

function createRequire(filename) {
  let filepath;

  const isURL = filename !== null && typeof filename === 'object' && typeof filename.href === 'string' && typeof filename.protocol === 'string';
  if (isURL || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = fileURLToPath(filename);
    } catch {
      throw new (codes().ERR_INVALID_ARG_VALUE)('filename', filename, createRequireError);
    }
  } else if (typeof filename !== 'string') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath);
}

Module.createRequire = createRequire;

Module._initPaths = function () {
  const homeDir = isWindows ? process.env.USERPROFILE : process.env.HOME;
  const nodePath = isWindows ? process.env.NODE_PATH : process.env.NODE_PATH;

  // process.execPath is $PREFIX/bin/node except on Windows where it is
  // $PREFIX\node.exe where $PREFIX is the root of the Node.js installation.
  const prefixDir = isWindows ?
    path.resolve(process.execPath, '..') :
    path.resolve(process.execPath, '..', '..');

  const paths = [path.resolve(prefixDir, 'lib', 'node')];

  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }

  if (nodePath) {
    paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  }

  modulePaths = paths;

  // Clone as a shallow copy, for introspection.
  Module.globalPaths = modulePaths.slice();
};

Module._preloadModules = function (requests) {
  if (!ArrayIsArray(requests)) return;

  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (let n = 0; n < requests.length; n++) parent.require(requests[n]);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  if (builtins.isLoaded('internal/modules/esm/loader')) esmLoader().syncBuiltinESMExports();
};

// Backwards compatibility
Module.Module = Module;

Module.builtinModules = ObjectFreeze([...builtins.builtinIds]);

Module.runMain = function runMain(main = process.argv[1]) {
  return require('../run_main').executeUserEntryPoint(main);
};

Module.findSourceMap = function findSourceMap() {
  return undefined;
};

Module.register = function register(specifier, parentURL, options) {
  const err = new Error('module.register() (ES module loader hooks) is not supported by ouro');
  err.code = 'ERR_NOT_SUPPORTED';
  throw err;
};

/** node's module.SourceMap: the payload kept; ouro does not map positions yet. */
Module.SourceMap = class SourceMap {
  #payload;

  constructor(payload) {
    if (payload === null || typeof payload !== 'object') {
      const { ERR_INVALID_ARG_TYPE } = codes();
      throw new ERR_INVALID_ARG_TYPE('payload', 'Object', payload);
    }
    this.#payload = { ...payload };
  }

  get payload() {
    return this.#payload;
  }

  findEntry() {
    return {};
  }
};

Module._initPaths();

function hasLoadedAnyUserCJS() {
  return hasLoadedAnyUserCJSModule;
}

export {
  Module,
  wrapSafe,
  kIsMainSymbol,
  kIsCachedByESMLoader,
  kIsExecuting,
  cjsConditions,
  hasLoadedAnyUserCJS,
};
