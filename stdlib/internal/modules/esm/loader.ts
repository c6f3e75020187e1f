// @ts-nocheck
/**
 * The guest half of the ES module loader (node 20's lib/internal/modules/esm/: resolve.js's
 * defaultResolve and moduleResolve, get_format.js, load.js, assert.js and translators.js).
 * The host (runtime/modules/esm/module-wrap.ts) keeps the module records and calls:
 *
 *   resolve(specifier, parentURL, attributes) → { url, format }
 *   load(url, format, attributes) → { format: 'module', source }
 *                                 | { format: 'commonjs' | 'json' | 'builtin', names, evaluate(setExport) }
 *
 * CommonJS modules imported from ESM are loaded by the CommonJS loader when the importing graph
 * evaluates; their named exports are what node's cjs-module-lexer finds in the source (the
 * host's cjsParse), reexports followed through require resolution.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Error, JSON, Object, Set, String, decodeURIComponent } = globalThis;
const JSONParse = JSON.parse;
const JSONStringify = JSON.stringify;
const ObjectKeys = Object.keys;
const ObjectPrototypeHasOwnProperty = Function.prototype.call.bind(Object.prototype.hasOwnProperty);

const path = require('../../../path');
const packageJsonReader = require('../package_json_reader');
const { packageExportsResolve, packageImportsResolve, parsePackageName, encodedSepRegEx } = require('./resolve');
const { toRealPath, stripBOM, loadBuiltinModule } = require('../helpers');

const fsBinding = internalBinding('fs');
const builtins = internalBinding('builtins');
const moduleWrap = internalBinding('module_wrap');

function codes() {
  return require('../../errors').codes;
}

function urlModule() {
  return require('../../url');
}

/** The conditions of ES module resolution ('default' always matches). */
const esmConditions = new Set(['import', 'node']);

// ---- resolve ----

function isRelativeSpecifier(specifier) {
  if (specifier[0] === '.') {
    if (specifier.length === 1 || specifier[1] === '/') return true;
    if (specifier[1] === '.') {
      if (specifier.length === 2 || specifier[2] === '/') return true;
    }
  }
  return false;
}

function shouldBeTreatedAsRelativeOrAbsolutePath(specifier) {
  if (specifier === '') return false;
  if (specifier[0] === '/') return true;
  return isRelativeSpecifier(specifier);
}

function isFile(p) {
  return fsBinding.internalModuleStat(p) === 0;
}

/** The package "main" (with node's legacy extensions and index files) of a package without "exports". */
function legacyMainResolve(packageJSONPath, packageConfig, basePath) {
  const dir = path.dirname(packageJSONPath);
  if (packageConfig.main !== undefined) {
    for (const suffix of ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node']) {
      const guess = path.resolve(dir, `./${packageConfig.main}${suffix}`);
      if (isFile(guess)) return guess;
    }
  }
  for (const name of ['./index.js', './index.json', './index.node']) {
    const guess = path.resolve(dir, name);
    if (isFile(guess)) return guess;
  }
  const tried = packageConfig.main !== undefined ? path.resolve(dir, packageConfig.main) : path.resolve(dir, 'index.js');
  throw new (codes().ERR_MODULE_NOT_FOUND)(tried, basePath, undefined);
}

/** A bare specifier from the node_modules folders above base: a path, or 'node:id' for builtins. */
function packageResolve(specifier, basePath, conditions) {
  if (builtins.canBeRequiredWithoutScheme(specifier)) return 'node:' + specifier;
  const { packageName, packageSubpath, isScoped } = parsePackageName(specifier, basePath);

  // ResolveSelf
  const scope = packageJsonReader.readPackageScope(basePath);
  if (scope && scope.data.exports != null && scope.data.name === packageName) {
    return packageExportsResolve(scope.data.pjsonPath, packageSubpath, scope.data, basePath, conditions);
  }

  let dir = path.dirname(basePath);
  for (;;) {
    const packageDir = path.join(dir, 'node_modules', packageName);
    if (fsBinding.internalModuleStat(packageDir) === 1) {
      const packageJSONPath = path.join(packageDir, 'package.json');
      const packageConfig = packageJsonReader.read(packageJSONPath, { __proto__: null, specifier, base: basePath, isESM: true });
      if (packageConfig.exports != null) {
        return packageExportsResolve(packageJSONPath, packageSubpath, packageConfig, basePath, conditions);
      }
      if (packageSubpath === '.') return legacyMainResolve(packageJSONPath, packageConfig, basePath);
      return path.resolve(packageDir, packageSubpath);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new (codes().ERR_MODULE_NOT_FOUND)(packageName, basePath, null);
}

/** A path or 'node:id' from the package resolvers, as a URL. */
function toURL(resolved) {
  const { URL, pathToFileURL } = urlModule();
  if (resolved.startsWith('node:')) return new URL(resolved);
  const url = pathToFileURL(resolved);
  if (resolved.endsWith('/') && !url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** Checks that a file: URL names a file (not a directory) and returns its real path's URL. */
function finalizeResolution(resolved, base) {
  const { fileURLToPath, pathToFileURL } = urlModule();
  if (encodedSepRegEx.test(resolved.pathname)) {
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(resolved.pathname, 'must not include encoded "/" or "\\" characters', fileURLToPath(base));
  }
  const p = fileURLToPath(resolved);
  const stats = fsBinding.internalModuleStat(p.endsWith('/') ? p.slice(0, -1) : p);
  if (stats === 1) {
    throw new (codes().ERR_UNSUPPORTED_DIR_IMPORT)(p, fileURLToPath(base), String(resolved));
  } else if (stats !== 0) {
    throw new (codes().ERR_MODULE_NOT_FOUND)(p || resolved.pathname, base && fileURLToPath(base), resolved);
  }
  const real = toRealPath(p);
  const out = pathToFileURL(real + (p.endsWith('/') ? '/' : ''));
  out.search = resolved.search;
  out.hash = resolved.hash;
  return out;
}

/** node's moduleResolve: the URL a specifier names from base (a URL string). */
function moduleResolve(specifier, base, conditions) {
  const { URL, fileURLToPath } = urlModule();
  const protocol = base.slice(0, base.indexOf(':') + 1);
  let resolved;
  if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
    try {
      resolved = new URL(specifier, base);
    } catch {
      throw new (codes().ERR_UNSUPPORTED_RESOLVE_REQUEST)(specifier, base);
    }
  } else if (protocol === 'file:' && specifier[0] === '#') {
    resolved = toURL(packageImportsResolve(specifier, fileURLToPath(base), conditions));
  } else {
    try {
      resolved = new URL(specifier);
    } catch {
      if (protocol !== 'file:') throw new (codes().ERR_UNSUPPORTED_RESOLVE_REQUEST)(specifier, base);
      resolved = toURL(packageResolve(specifier, fileURLToPath(base), conditions));
    }
  }
  if (resolved.protocol !== 'file:') return resolved;
  return finalizeResolution(resolved, base);
}

/** What the CommonJS loader would have found, as node's hint ("Did you mean to import …?"). */
function resolveAsCommonJS(specifier, parentURL) {
  try {
    const { fileURLToPath, pathToFileURL } = urlModule();
    const { Module } = require('../cjs/loader');
    const parent = fileURLToPath(parentURL);
    const tmpModule = new Module(parent, null);
    tmpModule.paths = Module._nodeModulePaths(parent);
    let found = Module._resolveFilename(specifier, tmpModule, false);
    if (isRelativeSpecifier(specifier)) {
      const foundURL = pathToFileURL(found).pathname;
      found = path.relative(parentURL.slice('file://'.length, parentURL.lastIndexOf('/')), foundURL);
      if (!found.startsWith('../')) found = `./${found}`;
    } else if (!shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
      const i = specifier.indexOf('/');
      const pkg = i === -1 ? specifier : specifier.slice(0, i);
      const needle = `/node_modules/${pkg}/`;
      const index = found.lastIndexOf(needle);
      if (index !== -1) {
        found = pkg + '/' + found.slice(index + needle.length).split('/').map(encodeURIComponent).join('/');
      } else {
        found = `${pathToFileURL(found)}`;
      }
    }
    return found;
  } catch {
    return false;
  }
}

function decorateErrorWithCommonJSHints(error, specifier, parentURL) {
  const found = resolveAsCommonJS(specifier, parentURL);
  if (found && found !== specifier) {
    const lines = String(error.stack).split('\n');
    const hint = `Did you mean to import ${JSONStringify(found)}?`;
    error.stack = lines.slice(0, 1).join('\n') + '\n' + hint + '\n' + lines.slice(1).join('\n');
    error.message += `\n${hint}`;
  }
}

/** node's defaultResolve: { url, format } for a specifier imported from parentURL (undefined: the main entry). */
function resolve(specifier, parentURL, attributes) {
  const { URL, fileURLToPath, pathToFileURL } = urlModule();
  let parsedParentURL;
  if (parentURL) {
    try {
      parsedParentURL = new URL(parentURL);
    } catch {
      // Not a URL: treated as no parent.
    }
  }
  let parsed;
  try {
    parsed = shouldBeTreatedAsRelativeOrAbsolutePath(specifier) ? new URL(specifier, parsedParentURL) : new URL(specifier);
    if (parsed.protocol === 'data:') return { __proto__: null, url: parsed.href, format: undefined };
  } catch {
    // A bare specifier.
  }
  if (parsed && parsed.protocol === 'node:') return { __proto__: null, url: specifier, format: 'builtin' };
  if (parsed && parsed.protocol !== 'file:' && parsed.protocol !== 'data:') {
    throw new (codes().ERR_UNSUPPORTED_ESM_URL_SCHEME)(parsed, ['file', 'data', 'node']);
  }
  if (parentURL === undefined) parentURL = pathToFileURL(`${process.cwd()}/`).href;
  let url;
  try {
    url = moduleResolve(specifier, parentURL, esmConditions);
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
      if (specifier.startsWith('file://')) specifier = fileURLToPath(specifier);
      decorateErrorWithCommonJSHints(error, specifier, parentURL);
    }
    throw error;
  }
  return { __proto__: null, url: url.href, format: getFormat(url.href, undefined, true) };
}

// ---- format ----

const extensionFormatMap = { __proto__: null, '.cjs': 'commonjs', '.js': 'module', '.json': 'json', '.mjs': 'module' };

/** The format of a data: URL from its MIME type. */
function dataFormat(url) {
  const m = /^([^/]+\/[^;,]+)(?:[^,]*?)(;base64)?,/.exec(url.slice(5));
  const mime = m ? m[1] : '';
  if (mime === 'text/javascript') return 'module';
  if (mime === 'application/json') return 'json';
  return undefined;
}

/**
 * node's getFileProtocolModuleFormat: by extension; a .js file (or one without extension) by the
 * "type" of its package scope; without a type, a file that only parses as a module (source
 * known) is one (node 20's module syntax detection), otherwise CommonJS.
 */
function getFormat(url, source, ignoreErrors) {
  if (url.startsWith('node:')) return 'builtin';
  if (url.startsWith('data:')) return dataFormat(url);
  const { fileURLToPath } = urlModule();
  const filename = fileURLToPath(url);
  const ext = path.extname(filename);
  if (ext === '.js' || ext === '') {
    const scope = packageJsonReader.readPackageScope(filename);
    const type = scope ? scope.data.type : 'none';
    if (type !== 'none') return type;
    if (source !== undefined && moduleWrap.containsModuleSyntax(source)) {
      warnTypelessPackageJson(filename, scope);
      return 'module';
    }
    return 'commonjs';
  }
  const format = extensionFormatMap[ext];
  if (format) return format;
  if (ignoreErrors) return undefined;
  throw new (codes().ERR_UNKNOWN_FILE_EXTENSION)(ext, filename);
}

const typelessPackageJsonFilesWarnedAbout = new Set();

/**
 * node's MODULE_TYPELESS_PACKAGE_JSON warning (once per package.json, not in node_modules): a .js
 * file was detected as an ES module in a package that does not say "type".
 */
function warnTypelessPackageJson(filename, scope = packageJsonReader.readPackageScope(filename)) {
  if (!scope || filename.includes('/node_modules/')) return;
  const pjsonPath = scope.data.pjsonPath;
  if (typelessPackageJsonFilesWarnedAbout.has(pjsonPath)) return;
  typelessPackageJsonFilesWarnedAbout.add(pjsonPath);
  const { pathToFileURL } = urlModule();
  process.emitWarning(`Module type of ${pathToFileURL(filename).href} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
    `To eliminate this warning, add "type": "module" to ${pjsonPath}.`, { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

// ---- load ----

const kImplicitAssertType = 'javascript';
const formatTypeMap = { __proto__: null, builtin: kImplicitAssertType, commonjs: kImplicitAssertType, json: 'json', module: kImplicitAssertType, wasm: kImplicitAssertType };

function handleInvalidType(url, type) {
  const { validateString } = require('../../validators');
  validateString(type, 'type');
  if (type !== 'json') throw new (codes().ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED)(type);
  throw new (codes().ERR_IMPORT_ASSERTION_TYPE_FAILED)(url, type);
}

/** node's validateAttributes (esm/assert.js). */
function validateAttributes(url, format, importAttributes) {
  const keys = ObjectKeys(importAttributes);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== 'type') throw new (codes().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)(keys[i], importAttributes[keys[i]]);
  }
  const validType = formatTypeMap[format];
  switch (validType) {
    case undefined:
      return true;
    case kImplicitAssertType:
      if (importAttributes.type !== undefined) return handleInvalidType(url, importAttributes.type);
      return true;
    case importAttributes.type:
      return true;
    default:
      if (!ObjectPrototypeHasOwnProperty(importAttributes, 'type')) {
        throw new (codes().ERR_IMPORT_ASSERTION_TYPE_MISSING)(url, validType);
      }
      return handleInvalidType(url, importAttributes.type);
  }
}

/** The text of a data: URL. */
function dataSource(url) {
  const comma = url.indexOf(',');
  const meta = url.slice(5, comma);
  const body = url.slice(comma + 1);
  if (meta.endsWith(';base64')) {
    const { Buffer } = require('../../buffer');
    return Buffer.from(decodeURIComponent(body), 'base64').toString('utf8');
  }
  return decodeURIComponent(body);
}

/** node's defaultLoad and the translators: what the host needs to make the module record. */
function load(url, format, attributes) {
  let source;
  if (url.startsWith('node:')) {
    format = 'builtin';
  } else if (url.startsWith('data:')) {
    source = dataSource(url);
    format = dataFormat(url);
    if (format === undefined) {
      const mime = url.slice(5, url.indexOf(',')).split(';')[0];
      throw new (codes().ERR_UNKNOWN_MODULE_FORMAT)(mime, url);
    }
  } else {
    const { fileURLToPath } = urlModule();
    source = fsBinding.readFileUtf8(fileURLToPath(url));
    if (format == null || format === 'commonjs') format = getFormat(url, source, false);
  }
  validateAttributes(url, format, attributes ?? { __proto__: null });
  switch (format) {
    case 'module':
      moduleWrap.compileModule(url, source);
      return { __proto__: null, format, source };
    case 'commonjs':
      return translateCommonJS(url, source);
    case 'json':
      return translateJSON(url, source);
    case 'builtin':
      return translateBuiltin(url);
  }
  throw new (codes().ERR_UNKNOWN_MODULE_FORMAT)(format, url);
}

// ---- translators ----

const kModuleExportNames = Symbol('kModuleExportNames');

/** node's cjsPreparseModuleExports: the names a CommonJS module exports, its Module made and cached. */
function cjsPreparseModuleExports(filename, source) {
  const { Module, kIsCachedByESMLoader } = require('../cjs/loader');
  let module = Module._cache[filename];
  if (module && module[kModuleExportNames] !== undefined) return { module, exportNames: module[kModuleExportNames] };
  if (!module) {
    module = new Module(filename);
    module.filename = filename;
    module.paths = Module._nodeModulePaths(module.path);
    module[kIsCachedByESMLoader] = true;
    Module._cache[filename] = module;
  }
  if (source === undefined) {
    try {
      source = fsBinding.readFileUtf8(filename);
    } catch {
      source = '';
    }
  }
  let exports;
  let reexports;
  try {
    ({ exports, reexports } = moduleWrap.cjsParse(source || ''));
  } catch {
    exports = [];
    reexports = [];
  }
  const exportNames = new Set(['default', ...exports]);
  module[kModuleExportNames] = exportNames;
  if (reexports.length) {
    module.filename = filename;
    module.paths = Module._nodeModulePaths(module.path);
    for (let i = 0; i < reexports.length; i++) {
      let resolved;
      try {
        resolved = Module._resolveFilename(reexports[i], module);
      } catch {
        continue;
      }
      const ext = path.extname(resolved);
      if ((ext === '.js' || ext === '.cjs' || !Module._extensions[ext]) && path.isAbsolute(resolved)) {
        const { exportNames: reexportNames } = cjsPreparseModuleExports(resolved);
        for (const name of reexportNames) exportNames.add(name);
      }
    }
  }
  return { module, exportNames };
}

function translateCommonJS(url, source) {
  const { fileURLToPath } = urlModule();
  const filename = url.startsWith('file:') ? fileURLToPath(url) : url;
  const { module, exportNames } = cjsPreparseModuleExports(filename, source);
  const names = exportNames.has('default') ? [...exportNames] : ['default', ...exportNames];
  return {
    __proto__: null,
    format: 'commonjs',
    names,
    evaluate(setExport) {
      if (!module.loaded) {
        const { Module } = require('../cjs/loader');
        Module._load(filename, undefined, false);
      }
      const exports = module.exports;
      for (const exportName of exportNames) {
        if (exportName === 'default' || exports == null || !ObjectPrototypeHasOwnProperty(exports, exportName)) continue;
        let value;
        try {
          value = exports[exportName];
        } catch {
          // A throwing getter exports undefined.
        }
        setExport(exportName, value);
      }
      setExport('default', exports);
    },
  };
}

function errPath(url) {
  if (url.startsWith('file:')) return urlModule().fileURLToPath(url);
  return url;
}

function translateJSON(url, source) {
  const { Module } = require('../cjs/loader');
  const pathname = url.startsWith('file:') ? urlModule().fileURLToPath(url) : null;
  const shouldCheckAndPopulateCJSModuleCache = pathname && !url.includes('?');
  let module;
  if (shouldCheckAndPopulateCJSModuleCache) {
    module = Module._cache[pathname];
    if (module?.loaded) {
      const exports = module.exports;
      return { __proto__: null, format: 'json', names: ['default'], evaluate(setExport) { setExport('default', exports); } };
    }
  }
  let exports;
  try {
    exports = JSONParse(stripBOM(source));
  } catch (err) {
    err.message = errPath(url) + ': ' + err.message;
    throw err;
  }
  module = { exports, loaded: true };
  if (shouldCheckAndPopulateCJSModuleCache) Module._cache[pathname] = module;
  return { __proto__: null, format: 'json', names: ['default'], evaluate(setExport) { setExport('default', module.exports); } };
}

/** The evaluated builtin modules' exports and export setters (for module.syncBuiltinESMExports). */
const builtinFacades = [];

/** Sets a builtin module's named exports from its module.exports (node's BuiltinModule.syncExports). */
function syncExports(facade) {
  const { exports, exportKeys, setExport } = facade;
  for (const name of exportKeys) {
    if (name === 'default') continue;
    let value;
    try {
      value = ObjectPrototypeHasOwnProperty(exports, name) ? exports[name] : undefined;
    } catch {
      // NON-NODE: a lazy getter for a part of a builtin ouro lacks exports undefined.
    }
    setExport(name, value);
  }
  setExport('default', exports);
}

/** module.syncBuiltinESMExports(): the named exports of imported builtins follow their module.exports again. */
function syncBuiltinESMExports() {
  for (const facade of builtinFacades) syncExports(facade);
}

function translateBuiltin(url) {
  const id = url.slice('node:'.length);
  const mod = loadBuiltinModule(id, url);
  if (!mod) throw new (codes().ERR_UNKNOWN_BUILTIN_MODULE)(url);
  const exports = mod.exports;
  const exportKeys = ObjectKeys(exports);
  return {
    __proto__: null,
    format: 'builtin',
    names: [...exportKeys, 'default'],
    evaluate(setExport) {
      const facade = { exports, exportKeys, setExport };
      builtinFacades.push(facade);
      syncExports(facade);
    },
  };
}

export { resolve, load, getFormat, esmConditions, warnTypelessPackageJson, syncBuiltinESMExports };
