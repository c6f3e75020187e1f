/**
 * Test helper for the stdlib modules of events, errors, validators, EventTarget and
 * AbortController: a fresh realm in which `require(id)` loads `dist/stdlib/<id>.js` the way the
 * runtime's builtin loader does (the wrapper `(exports, require, module, internalBinding,
 * process)`, ids relative to the requiring builtin, 'node:' dropped), without the runtime.
 *
 * The realm gets what these modules need of a Node environment: a `process` whose emitWarning
 * records warnings and whose nextTick runs callbacks as promise jobs (a throw there is recorded as
 * uncaught), `internalBinding('util')` with the host's inspect and format over guest values, and
 * setTimeout/clearTimeout backed by host timers (for AbortSignal.timeout). `__inspect` is that
 * inspect, for tests (the realm has no util module of its own here).
 */
import * as fs from 'fs';
import * as path from 'path';
import { createRealm, type OuroRealm } from '../../interpreter/index';
import { enterAgent, leaveAgent, ThrowCompletion } from '../../interpreter/agent';
import { CreateBuiltinFunction } from '../../interpreter/values/function';
import { JSObject } from '../../interpreter/values/object';
import { throwError } from '../../interpreter/errors';
import type { Value } from '../../interpreter/values/value';
import { guestInspectFunction, format, formatWithOptions, inspectOptionsFromGuest } from '../../runtime/inspect';

const STDLIB = path.resolve(__dirname, '../../stdlib');
const ES_MODULE_MARKER = 'Object.defineProperty(exports, "__esModule", { value: true });';

/** The compiled builtins, by id ('events', 'internal/errors'); read once per test process. */
let sourcesCache: Map<string, string> | undefined;
function builtinSources(): Map<string, string> {
  if (sourcesCache !== undefined) return sourcesCache;
  const out = new Map<string, string>();
  const walk = (dir: string, prefix: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${prefix}${e.name}/`);
      else if (e.name.endsWith('.js')) {
        // Like the runtime's loader, drop tsc's ES-module marker (node's modules have none).
        const src = fs.readFileSync(path.join(dir, e.name), 'utf8').replace(ES_MODULE_MARKER, '');
        out.set(prefix + e.name.slice(0, -3), src);
      }
    }
  };
  walk(STDLIB, '');
  sourcesCache = out;
  return out;
}

// The guest side: the process stand-in and a require over the wrapped builtins.
const SETUP = String.raw`
  globalThis.__warnings = [];
  globalThis.__uncaught = [];
  globalThis.process = {
    platform: 'linux',
    env: {},
    argv: ['node', 'test'],
    execArgv: [],
    versions: { node: '20.11.1' },
    noDeprecation: false,
    cwd() { return '/'; },
    emitWarning(warning, type, code) {
      __warnings.push(typeof warning === 'object' && warning !== null ?
        { name: warning.name, message: warning.message, code: warning.code, warning } :
        { name: typeof type === 'string' ? type : 'Warning', message: String(warning), code });
    },
    nextTick(fn, ...args) {
      Promise.resolve().then(() => {
        try { fn(...args); } catch (e) { __uncaught.push(e); }
      });
    },
  };
  const cache = { __proto__: null };
  function resolve(from, request) {
    if (request.startsWith('node:')) request = request.slice(5);
    if (!request.startsWith('./') && !request.startsWith('../')) return request;
    const parts = from.split('/');
    parts.pop();
    for (const seg of request.split('/')) {
      if (seg === '..') parts.pop();
      else if (seg !== '.') parts.push(seg);
    }
    return parts.join('/');
  }
  function load(id) {
    if (id in cache) return cache[id].exports;
    const factory = __factories[id];
    if (factory === undefined) {
      const err = new Error('No such built-in module: ' + id);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    const module = { id, exports: {} };
    cache[id] = module;
    try {
      factory.call(module.exports, module.exports, (request) => load(resolve(id, request)), module, __internalBinding, process);
    } catch (e) {
      delete cache[id];
      throw e;
    }
    return module.exports;
  }
  globalThis.require = (id) => load(resolve('', id));
`;

export interface StdlibEnv {
  ouro: OuroRealm;
  /** Evaluates src in the realm (where \`require\` loads builtins); a host copy of its value. */
  run(src: string): unknown;
  /** The guest value of src. */
  raw(src: string): Value;
  /** Resolves when the host timers the guest started have fired (at most ms milliseconds). */
  waitTimers(ms?: number): Promise<void>;
}

/** A fresh realm with the builtins loadable through the global `require`. */
export function loadStdlib(): StdlibEnv {
  const ouro = createRealm();
  const realm = ouro.realm;
  const pending = new Set<NodeJS.Timeout>();
  const enter = <T>(f: () => T): T => {
    const prev = enterAgent(ouro.agent, realm);
    try {
      return f();
    } finally {
      leaveAgent(prev);
    }
  };
  enter(() => {
    const def = (name: string, value: Value): void => {
      realm.globalObject.DefineOwnProperty(name, { value, writable: true, enumerable: false, configurable: true });
    };
    const util = new JSObject(realm.ObjectPrototype);
    util.setOwn('inspect', guestInspectFunction(realm));
    util.setOwn('format', CreateBuiltinFunction(realm, (_t, args) => format(args), 0, 'format'));
    util.setOwn('formatWithOptions', CreateBuiltinFunction(realm,
      (_t, args) => formatWithOptions(inspectOptionsFromGuest(args[0]), args.slice(1)), 1, 'formatWithOptions'));
    def('__inspect', util.Get('inspect', util));
    def('__internalBinding', CreateBuiltinFunction(realm, (_t, args) => {
      if (args[0] === 'util') return util;
      return throwError('Error', `No such binding: ${String(args[0])}`);
    }, 1, 'internalBinding'));
    // Host-backed timers: the callback runs in the realm, then the realm's promise jobs.
    const timers = new Map<number, NodeJS.Timeout>();
    let nextId = 1;
    def('setTimeout', CreateBuiltinFunction(realm, (_t, args) => {
      const cb = args[0] as JSObject;
      const id = nextId++;
      const t = setTimeout(() => {
        pending.delete(t);
        timers.delete(id);
        enter(() => {
          try {
            cb.Call(undefined, []);
          } catch (e) {
            if (!(e instanceof ThrowCompletion)) throw e;
          }
          ouro.agent.runJobs();
        });
      }, Number(args[1] ?? 0));
      pending.add(t);
      timers.set(id, t);
      return id;
    }, 2, 'setTimeout'));
    def('clearTimeout', CreateBuiltinFunction(realm, (_t, args) => {
      const t = timers.get(args[0] as number);
      if (t !== undefined) {
        clearTimeout(t);
        pending.delete(t);
        timers.delete(args[0] as number);
      }
      return undefined;
    }, 1, 'clearTimeout'));
  });
  // One script per builtin, so that a module that does not parse (work in progress elsewhere)
  // only makes that module missing.
  ouro.evaluate('globalThis.__factories = { __proto__: null };');
  for (const [id, src] of builtinSources()) {
    try {
      ouro.evaluate(`__factories[${JSON.stringify(id)}] = function (exports, require, module, internalBinding, process) {\n${src}\n};`,
        { filename: `node:${id}` });
    } catch {
      // Left out: require(id) reports it missing.
    }
  }
  ouro.evaluate(`(function () {\n${SETUP}\n})();`, { filename: 'stdlib-load.js' });
  return {
    ouro,
    run: (src) => ouro.evaluate(src),
    raw: (src) => ouro.evaluateRaw(src),
    waitTimers: (ms = 1000) => new Promise<void>((resolve) => {
      const start = Date.now();
      const poll = (): void => {
        if (pending.size === 0 || Date.now() - start > ms) resolve();
        else setTimeout(poll, 5);
      };
      poll();
    }),
  };
}
