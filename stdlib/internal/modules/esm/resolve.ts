// @ts-nocheck
/**
 * The package "exports" and "imports" resolution of node's lib/internal/modules/esm/resolve.js
 * (Node 20), over file paths instead of file: URLs (the CommonJS loader needs paths; messages
 * show paths as node's do after fileURLToPath). Conditions are a Set ('require', 'node', ...).
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Array, JSON, Object, decodeURIComponent } = globalThis;
const ArrayIsArray = Array.isArray;
const JSONStringify = JSON.stringify;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectPrototypeHasOwnProperty = Function.prototype.call.bind(Object.prototype.hasOwnProperty);

const path = require('../path_posix');
const packageJsonReader = require('../package_json_reader');

function codes() {
  return require('../../errors').codes;
}

const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
const invalidPackageNameRegEx = /^\.|%|\\/;
const patternRegEx = /\*/g;
const encodedSepRegEx = /%2F|%5C/i;

/** The directory of a package.json path, with a trailing separator (node prints it so). */
function packageDirOf(packageJSONPath) {
  return path.dirname(packageJSONPath) + path.sep;
}

function isArrayIndex(key) {
  const keyNum = +key;
  if (`${keyNum}` !== key) return false;
  return keyNum >= 0 && keyNum < 0xFFFF_FFFF;
}

function throwInvalidSubpath(request, match, packageJSONPath, internal, base) {
  const reason = `request is not a valid match in pattern "${match}" for the "${
    internal ? 'imports' : 'exports'}" resolution of ${packageJSONPath}`;
  throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(request, reason, base);
}

function invalidPackageTarget(subpath, target, packageJSONPath, internal, base) {
  if (typeof target === 'object' && target !== null) {
    target = JSONStringify(target, null, '');
  } else {
    target = `${target}`;
  }
  return new (codes().ERR_INVALID_PACKAGE_TARGET)(packageDirOf(packageJSONPath), subpath, target, internal, base);
}

/** Decodes a resolved target's %XX escapes as a file URL's path would be. */
function decodeTarget(resolved, base) {
  if (encodedSepRegEx.test(resolved)) {
    const err = new (codes().ERR_INVALID_MODULE_SPECIFIER)(resolved, 'must not include encoded "/" or "\\" characters', base);
    throw err;
  }
  try {
    return decodeURIComponent(resolved);
  } catch {
    return resolved;
  }
}

function resolvePackageTargetString(target, subpath, match, packageJSONPath, base, pattern, internal, isPathMap, conditions) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidPackageTarget(match, target, packageJSONPath, internal, base);
  }

  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      let isURL = false;
      try {
        isURL = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target);
      } catch {
        // Continue regardless of error.
      }
      if (!isURL) {
        const exportTarget = pattern ? target.replace(patternRegEx, () => subpath) : target + subpath;
        return packageResolve(exportTarget, packageJSONPath, conditions);
      }
    }
    throw invalidPackageTarget(match, target, packageJSONPath, internal, base);
  }

  if (invalidSegmentRegEx.test(target.slice(2))) {
    if (deprecatedInvalidSegmentRegEx.test(target.slice(2))) {
      throw invalidPackageTarget(match, target, packageJSONPath, internal, base);
    }
  }

  const packageDir = packageDirOf(packageJSONPath);
  const resolvedPath = path.resolve(packageDir, target);
  if (!(resolvedPath + (target.endsWith('/') ? path.sep : '')).startsWith(packageDir)) {
    throw invalidPackageTarget(match, target, packageJSONPath, internal, base);
  }

  if (subpath === '') return decodeTarget(resolvedPath, base);

  if (invalidSegmentRegEx.test(subpath)) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    if (deprecatedInvalidSegmentRegEx.test(subpath)) {
      throwInvalidSubpath(request, match, packageJSONPath, internal, base);
    }
  }

  if (pattern) {
    return decodeTarget(path.resolve(packageDir, target.replace(patternRegEx, () => subpath)), base);
  }

  return decodeTarget(path.resolve(resolvedPath, subpath), base);
}

/**
 * Resolves an "exports"/"imports" target: a string, an array of fallbacks, or an object of
 * conditions (the first key that is 'default' or in conditions wins). undefined: no condition
 * matched; null: explicitly excluded.
 */
function resolvePackageTarget(packageJSONPath, target, subpath, packageSubpath, base, pattern, internal, isPathMap, conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, packageJSONPath, base, pattern, internal, isPathMap, conditions);
  } else if (ArrayIsArray(target)) {
    if (target.length === 0) return null;

    let lastException;
    for (let i = 0; i < target.length; i++) {
      const targetItem = target[i];
      let resolveResult;
      try {
        resolveResult = resolvePackageTarget(packageJSONPath, targetItem, subpath, packageSubpath, base, pattern, internal, isPathMap, conditions);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolveResult === undefined) continue;
      if (resolveResult === null) {
        lastException = null;
        continue;
      }
      return resolveResult;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  } else if (typeof target === 'object' && target !== null) {
    const keys = ObjectGetOwnPropertyNames(target);
    for (let i = 0; i < keys.length; i++) {
      if (isArrayIndex(keys[i])) {
        throw new (codes().ERR_INVALID_PACKAGE_CONFIG)(packageJSONPath, base, '"exports" cannot contain numeric property keys.');
      }
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'default' || conditions.has(key)) {
        const conditionalTarget = target[key];
        const resolveResult = resolvePackageTarget(packageJSONPath, conditionalTarget, subpath, packageSubpath, base, pattern, internal, isPathMap, conditions);
        if (resolveResult === undefined) continue;
        return resolveResult;
      }
    }
    return undefined;
  } else if (target === null) {
    return null;
  }
  throw invalidPackageTarget(packageSubpath, target, packageJSONPath, internal, base);
}

function isConditionalExportsMainSugar(exports, packageJSONPath, base) {
  if (typeof exports === 'string' || ArrayIsArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;

  const keys = ObjectGetOwnPropertyNames(exports);
  let isConditionalSugar = false;
  let i = 0;
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j];
    const curIsConditionalSugar = key === '' || key[0] !== '.';
    if (i++ === 0) {
      isConditionalSugar = curIsConditionalSugar;
    } else if (isConditionalSugar !== curIsConditionalSugar) {
      throw new (codes().ERR_INVALID_PACKAGE_CONFIG)(packageJSONPath, base,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

function exportsNotFound(subpath, packageJSONPath, base) {
  return new (codes().ERR_PACKAGE_PATH_NOT_EXPORTED)(packageDirOf(packageJSONPath), subpath, base);
}

/** node's patternKeyCompare: orders pattern keys by specificity. */
function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

/**
 * Resolves packageSubpath ('.' or './x') through a package's "exports": the absolute path it
 * maps to (not checked for existence), or ERR_PACKAGE_PATH_NOT_EXPORTED.
 */
function packageExportsResolve(packageJSONPath, packageSubpath, packageConfig, base, conditions) {
  let exports = packageConfig.exports;
  if (isConditionalExportsMainSugar(exports, packageJSONPath, base)) exports = { '.': exports };

  if (ObjectPrototypeHasOwnProperty(exports, packageSubpath) && !packageSubpath.includes('*') && !packageSubpath.endsWith('/')) {
    const target = exports[packageSubpath];
    const resolveResult = resolvePackageTarget(packageJSONPath, target, '', packageSubpath, base, false, false, false, conditions);
    if (resolveResult == null) throw exportsNotFound(packageSubpath, packageJSONPath, base);
    return resolveResult;
  }

  let bestMatch = '';
  let bestMatchSubpath;
  const keys = ObjectGetOwnPropertyNames(exports);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && packageSubpath.startsWith(key.slice(0, patternIndex))) {
      const patternTrailer = key.slice(patternIndex + 1);
      if (packageSubpath.length >= key.length &&
          packageSubpath.endsWith(patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 &&
          key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = packageSubpath.slice(patternIndex, packageSubpath.length - patternTrailer.length);
      }
    }
  }

  if (bestMatch) {
    const target = exports[bestMatch];
    const resolveResult = resolvePackageTarget(packageJSONPath, target, bestMatchSubpath, bestMatch, base, true, false,
      packageSubpath.endsWith('/'), conditions);
    if (resolveResult == null) throw exportsNotFound(packageSubpath, packageJSONPath, base);
    return resolveResult;
  }

  throw exportsNotFound(packageSubpath, packageJSONPath, base);
}

/**
 * Resolves a '#name' specifier through the "imports" of the package scope of basePath (a file).
 */
function packageImportsResolve(name, basePath, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    const reason = 'is not a valid internal imports specifier name';
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(name, reason, basePath);
  }
  let packageJSONPath;
  const scope = packageJsonReader.readPackageScope(basePath);
  if (scope) {
    const packageConfig = scope.data;
    packageJSONPath = packageConfig.pjsonPath;
    const imports = packageConfig.imports;
    if (imports) {
      if (ObjectPrototypeHasOwnProperty(imports, name) && !name.includes('*')) {
        const resolveResult = resolvePackageTarget(packageJSONPath, imports[name], '', name, basePath, false, true, false, conditions);
        if (resolveResult != null) return resolveResult;
      } else {
        let bestMatch = '';
        let bestMatchSubpath;
        const keys = ObjectGetOwnPropertyNames(imports);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const patternIndex = key.indexOf('*');
          if (patternIndex !== -1 && name.startsWith(key.slice(0, patternIndex))) {
            const patternTrailer = key.slice(patternIndex + 1);
            if (name.length >= key.length &&
                name.endsWith(patternTrailer) &&
                patternKeyCompare(bestMatch, key) === 1 &&
                key.lastIndexOf('*') === patternIndex) {
              bestMatch = key;
              bestMatchSubpath = name.slice(patternIndex, name.length - patternTrailer.length);
            }
          }
        }

        if (bestMatch) {
          const target = imports[bestMatch];
          const resolveResult = resolvePackageTarget(packageJSONPath, target, bestMatchSubpath, bestMatch, basePath, true, true, false, conditions);
          if (resolveResult != null) return resolveResult;
        }
      }
    }
  }
  throw new (codes().ERR_PACKAGE_IMPORT_NOT_DEFINED)(name, packageJSONPath && packageDirOf(packageJSONPath), basePath);
}

/** Splits a bare specifier into its package name and './subpath'. */
function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf('/');
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) {
      validPackageName = false;
    } else {
      separatorIndex = specifier.indexOf('/', separatorIndex + 1);
    }
  }

  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);

  // Package name cannot have leading . and cannot have percent-encoding or \\ separators.
  if (invalidPackageNameRegEx.test(packageName)) validPackageName = false;

  if (!validPackageName) {
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(specifier, 'is not a valid package name', base);
  }

  const packageSubpath = '.' + (separatorIndex === -1 ? '' : specifier.slice(separatorIndex));

  return { packageName, packageSubpath, isScoped };
}

let internalModuleStat;
function isDirectory(p) {
  internalModuleStat ??= internalBinding('fs').internalModuleStat;
  return internalModuleStat(p) === 1;
}

function isFile(p) {
  internalModuleStat ??= internalBinding('fs').internalModuleStat;
  return internalModuleStat(p) === 0;
}

/** ESM's legacy main resolution (the "main" field, then index files). */
function legacyMainResolve(packageJSONPath, packageConfig) {
  const dir = path.dirname(packageJSONPath);
  if (packageConfig.main !== undefined) {
    for (const suffix of ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node']) {
      const guess = path.resolve(dir, packageConfig.main + suffix);
      if (isFile(guess)) return guess;
    }
  }
  for (const name of ['index.js', 'index.json', 'index.node']) {
    const guess = path.resolve(dir, name);
    if (isFile(guess)) return guess;
  }
  const err = new Error(`Cannot find package '${dir}' imported from ${packageJSONPath}`);
  err.code = 'ERR_MODULE_NOT_FOUND';
  throw err;
}

/** Resolves a bare specifier from node_modules folders above base (a file path), ESM style. */
function packageResolve(specifier, base, conditions) {
  const builtins = internalBinding('builtins');
  if (builtins.canBeRequiredWithoutScheme(specifier)) return 'node:' + specifier;

  const { packageName, packageSubpath, isScoped } = parsePackageName(specifier, base);

  // ResolveSelf
  const scope = packageJsonReader.readPackageScope(base);
  if (scope && scope.data.exports != null && scope.data.name === packageName) {
    return packageExportsResolve(scope.data.pjsonPath, packageSubpath, scope.data, base, conditions);
  }

  let dir = path.dirname(base);
  for (;;) {
    const packageDir = path.join(dir, 'node_modules', packageName);
    const packageJSONPath = path.join(packageDir, 'package.json');
    if (isDirectory(isScoped ? path.dirname(packageDir) : packageDir) && isDirectory(packageDir)) {
      const packageConfig = packageJsonReader.read(packageJSONPath, { base, specifier, isESM: true });
      if (packageConfig.exports != null) {
        return packageExportsResolve(packageJSONPath, packageSubpath, packageConfig, base, conditions);
      }
      if (packageSubpath === '.') return legacyMainResolve(packageJSONPath, packageConfig);
      return path.resolve(packageDir, packageSubpath);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }

  const err = new Error(`Cannot find package '${packageName}' imported from ${base}`);
  err.code = 'ERR_MODULE_NOT_FOUND';
  throw err;
}

export {
  encodedSepRegEx,
  packageExportsResolve,
  packageImportsResolve,
  packageResolve,
  parsePackageName,
  patternKeyCompare,
};
