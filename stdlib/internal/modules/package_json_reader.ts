// @ts-nocheck
/**
 * Node's lib/internal/modules/package_json_reader.js (Node 20): package.json files read once
 * (the fields the loaders use: name, main, exports, imports, type), and the nearest package
 * scope of a file.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { JSON, Map, Object } = globalThis;
const JSONParse = JSON.parse;
const ObjectPrototypeHasOwnProperty = Function.prototype.call.bind(Object.prototype.hasOwnProperty);

const { internalModuleReadJSON } = internalBinding('fs');
const path = require('./path_posix');

const cache = new Map();

/**
 * The package configuration at jsonPath: { exists, pjsonPath, name, main, exports, imports, type }.
 * A file that does not parse throws ERR_INVALID_PACKAGE_CONFIG.
 */
function read(jsonPath, { base, specifier, isESM } = {}) {
  if (cache.has(jsonPath)) return cache.get(jsonPath);

  const string = internalModuleReadJSON(jsonPath);
  const result = {
    __proto__: null,
    exists: false,
    pjsonPath: jsonPath,
    main: undefined,
    name: undefined,
    type: 'none', // Ignore unknown types for forwards compatibility
    exports: undefined,
    imports: undefined,
  };

  if (string !== undefined) {
    let parsed;
    try {
      parsed = JSONParse(string);
    } catch (cause) {
      const { ERR_INVALID_PACKAGE_CONFIG } = require('../errors').codes;
      const error = new ERR_INVALID_PACKAGE_CONFIG(
        jsonPath,
        isESM ? (base ? `"${specifier}" from ` : '') + (base || specifier) : undefined,
        cause.message,
      );
      error.cause = cause;
      throw error;
    }

    result.exists = true;

    if (parsed !== null && typeof parsed === 'object') {
      // ObjectPrototypeHasOwnProperty is used to avoid prototype pollution.
      if (ObjectPrototypeHasOwnProperty(parsed, 'name') && typeof parsed.name === 'string') result.name = parsed.name;
      if (ObjectPrototypeHasOwnProperty(parsed, 'main') && typeof parsed.main === 'string') result.main = parsed.main;
      if (ObjectPrototypeHasOwnProperty(parsed, 'exports')) result.exports = parsed.exports;
      if (ObjectPrototypeHasOwnProperty(parsed, 'imports')) result.imports = parsed.imports;
      // Ignore unknown types for forwards compatibility
      if (ObjectPrototypeHasOwnProperty(parsed, 'type') && (parsed.type === 'commonjs' || parsed.type === 'module')) {
        result.type = parsed.type;
      }
    }
  }
  cache.set(jsonPath, result);
  return result;
}

/** The package.json in a directory (the fields above), whether or not it exists. */
function readPackage(requestPath) {
  return read(path.resolve(requestPath, 'package.json'));
}

/**
 * The nearest package.json above checkPath (a file path), as { data, path } with data the
 * configuration and path its directory; false when there is none before a node_modules folder.
 */
function readPackageScope(checkPath) {
  const sep = path.sep;
  const rootSeparatorIndex = checkPath.indexOf(sep);
  let separatorIndex;
  do {
    separatorIndex = checkPath.lastIndexOf(sep);
    checkPath = checkPath.slice(0, separatorIndex);
    if (checkPath.endsWith(sep + 'node_modules')) return false;
    const pjson = readPackage(checkPath + sep);
    if (pjson.exists) {
      return { data: pjson, path: checkPath };
    }
  } while (separatorIndex > rootSeparatorIndex);
  return false;
}

export { read, readPackage, readPackageScope };
