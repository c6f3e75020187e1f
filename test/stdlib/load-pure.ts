/**
 * A small builtin loader for testing the pure stdlib modules before the runtime's loader exists:
 * evaluates `dist/stdlib/<name>.js` inside a fresh realm with Node's builtin wrapper
 * `(exports, require, module, internalBinding, process)`, resolves sibling builtins (`./internal/x`,
 * `util`, `node:path`), and offers `internalBinding('types')` (runtime/bindings/types.ts) and
 * `internalBinding('util')` (the runtime's binding if built, else the host inspect/format of
 * runtime/inspect.ts). `internal/errors` and `internal/validators` fall back to a tiny local
 * version while stdlib/internal/{errors,validators}.ts are not there.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createRealm, type OuroRealm } from '../../interpreter/index';
import { enterAgent, leaveAgent } from '../../interpreter/agent';
import { throwTypeError } from '../../interpreter/errors';
import { CreateBuiltinFunction } from '../../interpreter/values/function';
import { JSObject } from '../../interpreter/values/object';
import type { Realm } from '../../interpreter/realm';
import type { Value } from '../../interpreter/values/value';
import { createTypesBinding } from '../../runtime/bindings/types';
import { guestInspectFunction, format, formatWithOptions, inspectOptionsFromGuest, stripVTControlCharacters } from '../../runtime/inspect';

const STDLIB = path.resolve(__dirname, '../../stdlib');
const BINDINGS = path.resolve(__dirname, '../../runtime/bindings');

/** Every compiled builtin below dist/stdlib, by id ('path', 'internal/errors', 'util/types'). */
function builtinSources(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string, prefix: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${prefix}${e.name}/`);
      else if (e.name.endsWith('.js')) out.set(prefix + e.name.slice(0, -3), fs.readFileSync(path.join(dir, e.name), 'utf8'));
    }
  };
  walk(STDLIB, '');
  return out;
}

// The local stand-ins for internal/errors and internal/validators (only what the pure modules use).
const FALLBACK_ERRORS = String.raw`
  const messages = {
    ERR_INVALID_ARG_TYPE: (name, expected, actual) => {
      if (!Array.isArray(expected)) expected = [expected];
      let msg = name.endsWith(' argument') ? 'The ' + name + ' must be ' : 'The "' + name + '" ' + (name.includes('.') ? 'property' : 'argument') + ' must be ';
      const types = [], instances = [], other = [];
      const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
      for (const v of expected) {
        if (kTypes.includes(v)) types.push(v.toLowerCase());
        else if (/^[A-Z][a-zA-Z0-9]*$/.test(v)) instances.push(v);
        else other.push(v);
      }
      if (instances.length > 0 && types.includes('object')) { types.splice(types.indexOf('object'), 1); instances.push('Object'); }
      const list = (a) => a.length > 2 ? a.slice(0, -1).join(', ') + ', or ' + a[a.length - 1] : a.join(' or ');
      if (types.length > 0) { msg += (types.length > 1 ? 'one of type ' : 'of type ') + list(types); if (instances.length > 0 || other.length > 0) msg += ' or '; }
      if (instances.length > 0) { msg += 'an instance of ' + list(instances); if (other.length > 0) msg += ' or '; }
      if (other.length > 0) msg += other.length > 1 ? 'one of ' + list(other) : (other[0].toLowerCase() !== other[0] ? 'an ' : '') + other[0];
      return msg + '. ' + received(actual);
    },
    ERR_INVALID_ARG_VALUE: (name, value, reason = 'is invalid') => 'The ' + (name.includes('.') ? 'property' : 'argument') + " '" + name + "' " + reason + '. Received ' + __inspect(value),
    ERR_INVALID_URL: (input) => 'Invalid URL',
    ERR_INVALID_URI: () => 'URI malformed',
    ERR_UNKNOWN_ENCODING: (e) => 'Unknown encoding: ' + e,
    ERR_INVALID_THIS: (t) => 'Value of "this" must be of type ' + t,
    ERR_MISSING_ARGS: (...a) => 'The ' + a.map((x) => '"' + x + '"').join(' and ') + ' argument' + (a.length > 1 ? 's' : '') + ' must be specified',
    ERR_OUT_OF_RANGE: (name, range, input) => 'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + String(input),
  };
  function received(v) {
    if (v == null) return 'Received ' + v;
    if (typeof v === 'function') return 'Received function ' + v.name;
    if (typeof v === 'object') return v.constructor && v.constructor.name ? 'Received an instance of ' + v.constructor.name : 'Received ' + __inspect(v, { depth: -1 });
    let s = __inspect(v, { colors: false });
    if (s.length > 28) s = s.slice(0, 25) + '...';
    return 'Received type ' + typeof v + ' (' + s + ')';
  }
  const __inspect = (v, o) => internalBinding('util').inspect(v, o);
  const cache = {};
  const codes = new Proxy(cache, { get(t, code) {
    if (typeof code !== 'string') return undefined;
    if (!(code in t)) {
      const Base = code === 'ERR_INVALID_ARG_TYPE' || code === 'ERR_INVALID_THIS' || code === 'ERR_INVALID_URL' ? TypeError
        : code === 'ERR_OUT_OF_RANGE' ? RangeError : code === 'ERR_UNKNOWN_ENCODING' ? TypeError : code === 'ERR_INVALID_URI' ? URIError : TypeError;
      t[code] = class extends Base {
        constructor(...args) {
          super(messages[code] ? messages[code](...args) : code + ': ' + args.join(' '));
          Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
          if (code === 'ERR_INVALID_URL') { this.input = args[0]; if (args[1] !== undefined) this.base = args[1]; }
        }
        toString() { return Base.name + ' [' + code + ']: ' + this.message; }
      };
    }
    return t[code];
  } });
  module.exports = { codes, hideStackFrames: (fn) => fn };
`;

const FALLBACK_VALIDATORS = String.raw`
  const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } } = require('./errors');
  function validateString(value, name) { if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value); }
  function validateFunction(value, name) { if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value); }
  function validateBoolean(value, name) { if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value); }
  function validateNumber(value, name) { if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value); }
  function validateObject(value, name, options = 0) {
    const nullable = (options & 1) !== 0, allowArray = (options & 2) !== 0, allowFunction = (options & 4) !== 0;
    if ((!nullable && value === null) || (!allowArray && Array.isArray(value)) || (typeof value !== 'object' && (!allowFunction || typeof value !== 'function')))
      throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
  function validateArray(value, name, minLength = 0) {
    if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
    if (value.length < minLength) throw new ERR_INVALID_ARG_VALUE(name, value, 'must be longer than ' + minLength);
  }
  function validateStringArray(value, name) { validateArray(value, name); for (let i = 0; i < value.length; i++) validateString(value[i], name + '[' + i + ']'); }
  function validateBooleanArray(value, name) { validateArray(value, name); for (let i = 0; i < value.length; i++) validateBoolean(value[i], name + '[' + i + ']'); }
  function validateUnion(value, name, union) { if (!union.includes(value)) throw new ERR_INVALID_ARG_TYPE(name, union.join('|'), value); }
  function validateOneOf(value, name, oneOf) { if (!oneOf.includes(value)) throw new ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + oneOf.map((v) => typeof v === 'string' ? "'" + v + "'" : String(v)).join(', ')); }
  function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
    if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
  }
  module.exports = { validateString, validateFunction, validateBoolean, validateNumber, validateObject, validateArray,
    validateStringArray, validateBooleanArray, validateUnion, validateOneOf, validateInteger,
    kValidateObjectNone: 0, kValidateObjectAllowNullable: 1, kValidateObjectAllowArray: 2, kValidateObjectAllowFunction: 4,
    kValidateObjectAllowObjects: 6, kValidateObjectAllowObjectsAndNull: 7 };
`;

// The guest side of the loader: a registry of wrapped builtins and Node's require semantics for them.
const LOADER = String.raw`
  const cache = Object.create(null);
  function resolve(from, request) {
    if (request.startsWith('node:')) request = request.slice(5);
    if (!request.startsWith('./') && !request.startsWith('../')) return request;
    const parts = from.split('/'); parts.pop();
    for (const seg of request.split('/')) {
      if (seg === '..') parts.pop(); else if (seg !== '.') parts.push(seg);
    }
    return parts.join('/');
  }
  function load(id) {
    if (id in cache) return cache[id].exports;
    const factory = factories[id] || fallbacks[id];
    if (factory === undefined) {
      const err = new Error("Cannot find module '" + id + "'");
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
    const module = { id, exports: {}, loaded: false };
    cache[id] = module;
    try {
      factory.call(module.exports, module.exports, makeRequire(id), module, __internalBinding, process);
    } catch (e) {
      delete cache[id];
      if (factory === factories[id] && fallbacks[id] !== undefined) {
        delete factories[id];
        return load(id);
      }
      throw e;
    }
    module.loaded = true;
    return module.exports;
  }
  function makeRequire(from) { return function require(request) { return load(resolve(from, request)); }; }
  return { require: makeRequire(''), cache };
`;

export interface PureEnv {
  ouro: OuroRealm;
  /** Evaluates src (with `require` of builtins in scope) and returns a host copy of its value. */
  run(src: string): unknown;
  /** Warnings given to process.emitWarning, as "name: message (code)". */
  warnings(): string[];
}

export interface PureOptions {
  /** process.env of the guest. */
  env?: Record<string, string>;
  /** process.platform of the guest (default the host's). */
  platform?: string;
  /** Leave out the runtime's bindings other than types and util (to test the pure-JS paths). */
  pureOnly?: boolean;
}

function defineGlobal(realm: Realm, name: string, value: Value): void {
  realm.globalObject.DefineOwnProperty(name, { value, writable: true, enumerable: false, configurable: true });
}

/** The host-side `internalBinding('util')` stand-in: inspect, format, formatWithOptions. */
function fallbackUtilBinding(realm: Realm): JSObject {
  const o = new JSObject(realm.ObjectPrototype);
  o.setOwn('inspect', guestInspectFunction(realm));
  o.setOwn('format', CreateBuiltinFunction(realm, (_t, args) => format(args), 0, 'format'));
  o.setOwn('formatWithOptions', CreateBuiltinFunction(realm, (_t, args) => formatWithOptions(inspectOptionsFromGuest(args[0]), args.slice(1)), 1, 'formatWithOptions'));
  o.setOwn('stripVTControlCharacters', CreateBuiltinFunction(realm, (_t, args) => stripVTControlCharacters(String(args[0])), 1, 'stripVTControlCharacters'));
  return o;
}

function runtimeBinding(name: string, realm: Realm): JSObject | undefined {
  const file = path.join(BINDINGS, `${name}.js`);
  if (!fs.existsSync(file)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const mod = require(file);
  const create = mod[`create${name[0].toUpperCase()}${name.slice(1)}Binding`];
  if (typeof create !== 'function') return undefined;
  try {
    return create({ realm });
  } catch {
    return undefined;
  }
}

/** A fresh realm with the pure builtins loadable through `require`. */
export function loadPure(options: PureOptions = {}): PureEnv {
  const ouro = createRealm();
  const realm = ouro.realm;
  const sources = builtinSources();
  // The stand-ins are used when the real modules are missing or fail to load (work in progress).
  const fallbacks = new Map([['internal/errors', FALLBACK_ERRORS], ['internal/validators', FALLBACK_VALIDATORS]]);

  const prev = enterAgent(ouro.agent, realm);
  try {
    const bindings = new Map<string, JSObject>();
    const binding = CreateBuiltinFunction(realm, (_t, args) => {
      const name = String(args[0]);
      let b = bindings.get(name);
      if (b === undefined) {
        if (name === 'types') b = createTypesBinding({ realm });
        else if (name === 'util') b = runtimeBinding('util', realm) ?? fallbackUtilBinding(realm);
        else if (name === 'encoding_binding' && !options.pureOnly) b = runtimeBinding('encoding', realm);
        else if (!options.pureOnly) b = runtimeBinding(name, realm);
        if (b === undefined) throwTypeError(`No such binding: ${name}`);
        bindings.set(name, b);
      }
      return b;
    }, 1, 'internalBinding');
    defineGlobal(realm, '__internalBinding', binding);
  } finally {
    leaveAgent(prev);
  }

  const platform = options.platform ?? process.platform;
  // Each builtin is its own script, so one that does not parse (work in progress) is only missing.
  ouro.evaluate('globalThis.__factories = { __proto__: null }; globalThis.__fallbacks = { __proto__: null };');
  const define = (table: string, id: string, src: string): void => {
    try {
      ouro.evaluate(`${table}[${JSON.stringify(id)}] = function (exports, require, module, internalBinding, process) {\n${src}\n};`,
        { filename: `node:${id}` });
    } catch {
      // left out
    }
  };
  for (const [id, src] of sources) define('__factories', id, src);
  for (const [id, src] of fallbacks) define('__fallbacks', id, src);
  ouro.evaluate(`
    globalThis.__warnings = [];
    globalThis.process = {
      platform: ${JSON.stringify(platform)},
      env: ${JSON.stringify(options.env ?? {})},
      argv: ['node', 'test'],
      execArgv: [],
      versions: { node: '20.11.1' },
      noDeprecation: false,
      cwd() { return ${JSON.stringify(process.cwd())}; },
      emitWarning(warning, type, code) {
        if (typeof type === 'object' && type !== null) { code = type.code; type = type.type; }
        if (typeof code === 'function') code = undefined;
        const name = typeof warning === 'object' ? warning.name : (type || 'Warning');
        const message = typeof warning === 'object' ? warning.message : String(warning);
        if (typeof warning === 'object' && warning.code !== undefined) code = warning.code;
        __warnings.push(name + ': ' + message + (code !== undefined ? ' (' + code + ')' : ''));
      },
      nextTick(fn, ...args) { Promise.resolve().then(() => fn(...args)); },
      pid: 4242,
      stdout: { isTTY: false, written: '', write(s) { this.written += s; return true; }, on() { return this; } },
      stderr: { isTTY: false, written: '', write(s) { this.written += s; return true; }, on() { return this; } },
    };
    if (typeof console === 'undefined') {
      globalThis.console = { log: (...args) => { process.stdout.write(require('util').format(...args) + '\\n'); } };
    }
    globalThis.__stdlib = (function () {
      const factories = __factories;
      const fallbacks = __fallbacks;
      ${LOADER}
    })();
    globalThis.require = __stdlib.require;
  `, { filename: 'load-pure.js' });
  return {
    ouro,
    run: (src) => ouro.evaluate(src),
    warnings: () => ouro.evaluate('__warnings') as string[],
  };
}

/** Wraps an expression so that a throw becomes a plain record of the error's name, code and message. */
function catching(src: string): string {
  return `(() => { try { return { value: (${src}) }; } catch (e) {
    if (e === null || typeof e !== 'object') return { thrown: e };
    return { error: { name: e.name, code: e.code, message: e.message } };
  } })()`;
}

/** Evaluates an expression on the host (with the host's builtins as `require`). */
export function hostEval(src: string): unknown {
  // eslint-disable-next-line no-new-func
  return new Function('require', `return ${catching(src)};`)(require);
}

/** Evaluates an expression in the guest. */
export function guestEval(env: PureEnv, src: string): unknown {
  return env.run(catching(src));
}
