// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * node:util. inspect, format, formatWithOptions and stripVTControlCharacters come from the host
 * side (internalBinding('util'), runtime/inspect.ts); promisify and deprecate from internal/util;
 * the rest is here: callbackify, inherits, isDeepStrictEqual (internal/util/comparisons), types,
 * debuglog, parseArgs, styleText, toUSVString, TextEncoder/TextDecoder, the legacy is* checks,
 * _extend, log, getSystemErrorName/Map, aborted and the transferable abort helpers.
 */
'use strict';

const {
  codes: { ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  ErrnoException,
  ExceptionWithHostPort,
  isErrorStackTraceLimitWritable,
} = require('./internal/errors');
const {
  validateBoolean, validateFunction, validateNumber, validateObject, validateString, validateOneOf, kValidateObjectAllowArray,
} = require('./internal/validators');
const {
  deprecate,
  getSystemErrorMap,
  getSystemErrorName: internalErrorName,
  promisify,
  defineLazyProperties,
} = require('./internal/util');
const { debuglog } = require('./internal/util/debuglog');
const types = require('./internal/util/types');

const binding = internalBinding('util');
const { stripVTControlCharacters } = binding;

// ---- inspect.defaultOptions ----
// NON-SPEC: when the binding's inspect has no defaultOptions of its own, util's inspect, format
// and formatWithOptions wrap the binding's and pass the changed defaults along explicitly.
// (Code calling the binding directly, such as console, does not see the changes then.)

let inspect = binding.inspect;
let format = binding.format;
let formatWithOptions = binding.formatWithOptions;

if (!('defaultOptions' in binding.inspect)) {
  const hostInspect = binding.inspect;
  const inspectDefaultOptions = {
    showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false, maxArrayLength: 100,
    maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false,
  };
  const pristine = { ...inspectDefaultOptions };
  /** The defaults that differ from Node's, or undefined. */
  const changedDefaults = () => {
    let out;
    for (const key of Object.keys(inspectDefaultOptions)) {
      if (!Object.is(inspectDefaultOptions[key], pristine[key])) (out ??= {})[key] = inspectDefaultOptions[key];
    }
    return out;
  };
  inspect = function inspect(value, opts) {
    const changed = changedDefaults();
    if (changed === undefined) return Reflect.apply(hostInspect, undefined, arguments);
    const ctx = changed;
    if (arguments.length > 1) {
      // Legacy form: inspect(value, showHidden, depth, colors)
      if (typeof opts === 'boolean') ctx.showHidden = opts;
      else if (opts) Object.assign(ctx, opts);
      if (arguments.length > 2) {
        if (arguments[2] !== undefined) ctx.depth = arguments[2];
        if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
      }
    }
    return hostInspect(value, ctx);
  };
  for (const key of Reflect.ownKeys(hostInspect)) {
    if (key !== 'length' && key !== 'name' && key !== 'prototype') {
      Object.defineProperty(inspect, key, Object.getOwnPropertyDescriptor(hostInspect, key));
    }
  }
  Object.defineProperty(inspect, 'defaultOptions', {
    get() {
      return inspectDefaultOptions;
    },
    set(options) {
      validateObject(options, 'options');
      return Object.assign(inspectDefaultOptions, options);
    },
    configurable: true,
    enumerable: false,
  });
  format = function format(...args) {
    const changed = changedDefaults();
    return changed === undefined ? Reflect.apply(binding.format, undefined, args) : binding.formatWithOptions(changed, ...args);
  };
  formatWithOptions = function formatWithOptions(inspectOptions, ...args) {
    validateObject(inspectOptions, 'inspectOptions', kValidateObjectAllowArray);
    const changed = changedDefaults();
    return binding.formatWithOptions(changed === undefined ? inspectOptions : { ...changed, ...inspectOptions }, ...args);
  };
}

// ---- inspect's colour tables (when the binding's inspect does not bring them) ----

const COLORS = [
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24], ['blink', 5, 25],
  ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29], ['doubleunderline', 21, 24], ['black', 30, 39],
  ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39], ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39],
  ['white', 37, 39], ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49], ['bgBlue', 44, 49],
  ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49], ['framed', 51, 54], ['overlined', 53, 55], ['gray', 90, 39],
  ['redBright', 91, 39], ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39], ['magentaBright', 95, 39],
  ['cyanBright', 96, 39], ['whiteBright', 97, 39], ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49],
  ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49], ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49],
  ['bgWhiteBright', 107, 49],
];
const COLOR_ALIASES = [['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline']];

if (inspect.colors === undefined) {
  const colors = { __proto__: null };
  for (const [name, open, close] of COLORS) colors[name] = [open, close];
  for (const [alias, name] of COLOR_ALIASES) {
    Object.defineProperty(colors, alias, {
      get() {
        return this[name];
      },
      set(value) {
        this[name] = value;
      },
      configurable: true,
      enumerable: false,
    });
  }
  Object.defineProperty(inspect, 'colors', { value: colors, writable: true, enumerable: true, configurable: true });
}
if (inspect.styles === undefined) {
  Object.defineProperty(inspect, 'styles', {
    value: Object.assign({ __proto__: null }, {
      special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey', null: 'bold',
      string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
    }),
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

// ---- the legacy type checks (deprecated since v4) ----

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function isBuffer(arg) {
  try {
    return require('./buffer').Buffer.isBuffer(arg);
  } catch {
    return false;
  }
}

// ---- styleText ----

/** internal/streams/utils' checks, by shape. */
function isNodeStream(obj) {
  return Boolean(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isReadableStream(obj) {
  return Boolean(obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' && typeof obj.cancel === 'function');
}

function isWritableStream(obj) {
  return Boolean(obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' && typeof obj.abort === 'function');
}

const escapeStyleCode = (code) => `\u001b[${code}m`;

/** util.styleText(format, text[, { validateStream, stream }]) */
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isReadableStream(stream) && !isWritableStream(stream) && !isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const formatCodes = inspect.colors[key];
      if (formatCodes == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
      left += escapeStyleCode(formatCodes[0]);
      right = `${escapeStyleCode(formatCodes[1])}${right}`;
    }
    return `${left}${text}${right}`;
  }
  const formatCodes = inspect.colors[format];
  if (formatCodes == null) validateOneOf(format, 'format', Object.keys(inspect.colors));
  // Colours only where the stream shows them (checked after the arguments).
  if (validateStream && (!stream || !require('./internal/util/colors').shouldColorize(stream))) return text;
  return `${escapeStyleCode(formatCodes[0])}${text}${escapeStyleCode(formatCodes[1])}`;
}

// ---- log ----

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => n.toString().padStart(2, '0');

function timestamp() {
  const d = new Date();
  const t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}

/** util.log(...args): "26 Feb 16:19:34 - message" on stdout. */
function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

// ---- inherits, _extend ----

/** util.inherits(ctor, superCtor): ctor.super_ and the prototype chain, as before classes. */
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// ---- callbackify ----

const callbackifyOnRejected = (reason, cb) => {
  // A falsy rejection reason would read as "no error": wrap it.
  if (!reason) {
    reason = new ERR_FALSY_VALUE_REJECTION(reason);
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(reason, callbackifyOnRejected);
  }
  return cb(reason);
};

/** util.callbackify(original): an async function as one taking a (err, value) callback last. */
function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    // The callback runs on nextTick, outside the promise's reaction.
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  // length and name may have been changed to non-numbers/strings; then they are kept as they are.
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---- errors ----

/** util.getSystemErrorName(err): the libuv name of a negative error number. */
function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return internalErrorName(err);
}

function withoutStackTrace(make, ctor) {
  if (typeof isErrorStackTraceLimitWritable === 'function' && isErrorStackTraceLimitWritable()) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    const e = make();
    Error.stackTraceLimit = limit;
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(e, ctor);
    return e;
  }
  return make();
}

function _errnoException(...args) {
  return withoutStackTrace(() => new ErrnoException(...args), _exceptionWithHostPort);
}

function _exceptionWithHostPort(...args) {
  return withoutStackTrace(() => new ExceptionWithHostPort(...args), _exceptionWithHostPort);
}

// ---- parseEnv ----

/** util.parseEnv(content): the variables of a .env file (as node's Dotenv parser reads them). */
function parseEnv(content) {
  validateString(content, 'content');
  if (typeof binding.parseEnv === 'function') return binding.parseEnv(content);
  const result = {};
  const lines = content.replace(/\r\n?/g, '\n');
  const re = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\n]+)?\s*(?:#.*)?$/gm;
  let match;
  while ((match = re.exec(lines)) !== null) {
    const key = match[1];
    let value = (match[2] || '').trim();
    const quote = value[0];
    value = value.replace(/^(['"`])([\s\S]*)\1$/m, '$2');
    if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    result[key] = value;
  }
  return result;
}

let internalDeepEqual;
let abortController;
function lazyAbortController() {
  abortController ??= require('./internal/abort_controller');
  return abortController;
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual(a, b) {
    internalDeepEqual ??= require('./internal/util/comparisons').isDeepStrictEqual;
    return internalDeepEqual(a, b);
  },
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString(input) {
    return String.prototype.toWellFormed.call(`${input}`);
  },
  get transferableAbortSignal() {
    return lazyAbortController().transferableAbortSignal;
  },
  get transferableAbortController() {
    return lazyAbortController().transferableAbortController;
  },
  get aborted() {
    return lazyAbortController().aborted;
  },
  types,
  parseEnv,
};

defineLazyProperties(module.exports, 'internal/util/parse_args', ['parseArgs']);
defineLazyProperties(module.exports, 'internal/encoding', ['TextDecoder', 'TextEncoder']);
defineLazyProperties(module.exports, 'internal/mime', ['MIMEType', 'MIMEParams']);

export {}; // a module for tsc; the guest sees module.exports
