// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * node:vm — compiling and running code in the current realm or in new ones (node's lib/vm.js).
 *
 * A context is a new realm of the same agent (runtime/bindings/contextify.ts): its own intrinsics,
 * so errors thrown inside are instances of the context's Error classes, as in node. The
 * contextified object's properties are the context's globals and the globals a script creates go
 * to the object (runtime/bindings/contextify.ts says how, and what is not reproduced).
 *
 * Not implemented: vm.Module / SourceTextModule / SyntheticModule, measureMemory, microtaskMode,
 * breakOnSigint, importModuleDynamically, cached data (createCachedData gives an empty Buffer and
 * cachedData is always rejected).
 */
'use strict';

const {
  compileFunction: _compileFunction,
  runInThisContext: _runInThisContext,
  runInContext: _runInContext,
  checkSyntax,
  makeContext,
  isContext: _isContext,
  timeoutSentinel,
} = internalBinding('contextify');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_SCRIPT_EXECUTION_TIMEOUT },
} = require('./internal/errors');
const {
  validateArray,
  validateBoolean,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
  kValidateObjectAllowObjects,
} = require('./internal/validators');

const kTimeout = timeoutSentinel();
const kEmptyObject = Object.freeze({ __proto__: null });
const kParsingContext = Symbol('script parsing context');

let defaultContextNameIndex = 1;

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

/** Runs f; a run that hit its own timeout becomes ERR_SCRIPT_EXECUTION_TIMEOUT. */
function timed(timeout, f) {
  try {
    return f();
  } catch (e) {
    if (e === kTimeout) throw new ERR_SCRIPT_EXECUTION_TIMEOUT(`Script execution timed out after ${timeout}ms`);
    throw e;
  }
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

/** The run options every run* method takes: [the timeout in ms (0: none), displayErrors]. */
function getRunInContextArgs(options = kEmptyObject) {
  validateObject(options, 'options');
  let timeout = options.timeout;
  if (timeout === undefined) {
    timeout = 0;
  } else {
    validateUint32(timeout, 'options.timeout', true);
  }
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return [timeout, displayErrors];
}

class Script {
  #code;
  #filename;
  #lineOffset;
  #columnOffset;

  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    checkSyntax(code, filename, lineOffset, columnOffset);
    this.#code = code;
    this.#filename = filename;
    this.#lineOffset = lineOffset;
    this.#columnOffset = columnOffset;
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) {
      this.cachedDataProduced = false;
      this.cachedData = undefined;
    }
  }

  runInThisContext(options) {
    const [timeout, displayErrors] = getRunInContextArgs(options);
    return timed(timeout, () =>
      _runInThisContext(this.#code, this.#filename, this.#lineOffset, this.#columnOffset, timeout, displayErrors));
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const [timeout, displayErrors] = getRunInContextArgs(options);
    return timed(timeout, () => _runInContext(contextifiedObject, this.#code, this.#filename, this.#lineOffset,
      this.#columnOffset, timeout, displayErrors));
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    return require('./buffer').Buffer.alloc(0);
  }

  get sourceMapURL() {
    return undefined;
  }
}

function getContextOptions(options) {
  if (!options) return {};
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) validateString(contextOptions.name, 'options.contextName');
  if (contextOptions.origin !== undefined) validateString(contextOptions.origin, 'options.contextOrigin');
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    contextOptions.codeGeneration = { strings, wasm };
  }
  return contextOptions;
}

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowObjects);
  return _isContext(object);
}

function createContext(contextObject = {}, options = kEmptyObject) {
  if (isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const {
    name = `VM Context ${defaultContextNameIndex++}`,
    origin,
    codeGeneration,
    microtaskMode,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  makeContext(contextObject);
  return contextObject;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = kEmptyObject) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  } else {
    params = [];
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null || !isContext(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`, kValidateObjectAllowObjects);
  }
  if (contextExtensions.length === 0) {
    return _compileFunction(code, filename, params, lineOffset, columnOffset, parsingContext, true);
  }
  // The extensions' properties are in scope of the body: as parameters of an outer function.
  const names = [];
  const values = [];
  for (const ext of contextExtensions) {
    for (const key of Object.keys(ext)) {
      const i = names.indexOf(key);
      if (i >= 0) values[i] = ext[key];
      else { names.push(key); values.push(ext[key]); }
    }
  }
  const inner = `return function (${params.join(', ')}) {\n${code}\n};`;
  const outer = _compileFunction(inner, filename, names, lineOffset - 1, columnOffset, parsingContext);
  return outer(...values);
}

function measureMemory() {
  return Promise.resolve({ total: { jsMemoryEstimate: 0, jsMemoryRange: [0, 0] } });
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
};

export {}; // a module for tsc; the guest sees module.exports
