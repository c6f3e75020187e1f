// @ts-nocheck
/**
 * Node's `module` module: the CommonJS Module class itself (Module.builtinModules, isBuiltin,
 * createRequire, _load, _resolveFilename, _extensions, _cache, ...).
 */

const { Module } = require('./internal/modules/cjs/loader');

export = Module;
