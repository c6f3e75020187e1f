/**
 * The builtin module loader (node's BuiltinModule, lib/internal/bootstrap/realm.js): Node's modules
 * written as guest code in stdlib/, compiled by tsc to dist/stdlib/<id>.js, read by the host on
 * first use (sources cached for the process), and evaluated inside the interpreter as the body of
 *   function (exports, require, module, internalBinding, process) { ... }
 * Builtins require each other by id ('events', 'internal/errors') or by relative path (tsc's
 * output for `import ... from './x'`). `internalBinding` reaches the bindings (runtime/bindings/)
 * and is handed only to builtins; user code asks through the CommonJS loader, which refuses
 * 'internal/...' ids as node does.
 */
import * as fs from 'fs';
import * as path from 'path';
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import { WEC } from '../../interpreter/values/shape';
import { compileFunction } from './compile-function';
import { fn, methods, arr, bareObject, str, throwNodeError } from '../bindings/guest';
import type { RuntimeContext } from '../bindings/context';
import { getBinding } from '../bindings/index';

/** node 20's require('module').builtinModules: the ids user code may require without 'node:'. */
export const BUILTIN_MODULES: readonly string[] = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks',
  'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
  'worker_threads', 'zlib',
];

/** Builtins reachable only with the 'node:' scheme. */
export const SCHEME_ONLY_MODULES: readonly string[] = ['sea', 'test', 'test/reporters'];

const publicIds = new Set(BUILTIN_MODULES);
const schemeOnly = new Set(SCHEME_ONLY_MODULES);

/** dist/stdlib (this file is dist/runtime/modules/builtins.js). */
export const STDLIB_DIR = path.resolve(__dirname, '..', '..', 'stdlib');

/** The wrapper's parameters. */
export const BUILTIN_PARAMETERS = ['exports', 'require', 'module', 'internalBinding', 'process'];

/** Sources read so far (shared by every realm of the process), or null for ids without a file. */
const sourceCache = new Map<string, string | null>();

/** tsc's ES-module marker: node's modules have no such property, so it is dropped. */
const ES_MODULE_MARKER = 'Object.defineProperty(exports, "__esModule", { value: true });';

/** The guest source of builtin id, or null if ouro has no such module. */
export function builtinSource(id: string): string | null {
  let src = sourceCache.get(id);
  if (src !== undefined) return src;
  src = null;
  if (/^[a-z_][a-z0-9_/-]*$/i.test(id) && !id.includes('//')) {
    try {
      src = fs.readFileSync(path.join(STDLIB_DIR, `${id}.js`), 'utf8');
      // tsc writes it after the leading comments, at the start of a line.
      const i = src.indexOf(`\n${ES_MODULE_MARKER}\n`);
      if (i >= 0 && i < 8192) src = src.slice(0, i + 1) + src.slice(i + 1 + ES_MODULE_MARKER.length);
    } catch {
      src = null;
    }
  }
  sourceCache.set(id, src);
  return src;
}

export function canBeRequiredByUsers(id: string): boolean {
  return publicIds.has(id) || schemeOnly.has(id);
}

export function canBeRequiredWithoutScheme(id: string): boolean {
  return publicIds.has(id);
}

/** node's BuiltinModule.normalizeRequirableId: the builtin id a request names, or undefined. */
export function normalizeRequirableId(request: string): string | undefined {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    return canBeRequiredByUsers(id) ? id : undefined;
  }
  return canBeRequiredWithoutScheme(request) ? request : undefined;
}

interface BuiltinRecord {
  id: string;
  module: JSObject;
  loading: boolean;
  loaded: boolean;
}

/** Resolves a builtin's require: relative to the requiring builtin's id, 'node:' stripped. */
export function resolveBuiltinId(request: string, from: string): string {
  if (request.startsWith('node:')) return request.slice(5);
  if (!request.startsWith('./') && !request.startsWith('../')) return request;
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), request));
}

export class BuiltinLoader {
  private readonly records = new Map<string, BuiltinRecord>();
  private internalBindingFn: JSObject | null = null;
  /** A guest function called with the id of each builtin that finished loading (set by the bootstrap). */
  loadHook: JSObject | null = null;

  constructor(private readonly ctx: RuntimeContext) {}

  /** internalBinding(name): the binding object, made on first use. */
  private internalBinding(): JSObject {
    if (this.internalBindingFn === null) {
      this.internalBindingFn = fn(this.ctx.realm, 'internalBinding', 1, (_t, args) => getBinding(this.ctx, str(args[0])));
    }
    return this.internalBindingFn;
  }

  /** Has ouro this module (a file in dist/stdlib)? */
  exists(id: string): boolean {
    return builtinSource(id) !== null;
  }

  /** Loads builtin id (any id, internal ones included) and returns its exports. */
  require(id: string): Value {
    let rec = this.records.get(id);
    if (rec !== undefined) return rec.module.Get('exports', rec.module);
    const source = builtinSource(id);
    if (source === null) {
      if (canBeRequiredByUsers(id)) {
        throwNodeError('Error', 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: node:${id} (ouro does not implement it yet)`);
      }
      throwNodeError('Error', 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${id}`);
    }
    const realm = this.ctx.realm;
    const module = new JSObject(realm.ObjectPrototype);
    const exportsObject = new JSObject(realm.ObjectPrototype);
    module.addProperty('exports', exportsObject, WEC);
    module.addProperty('id', id, WEC);
    rec = { id, module, loading: true, loaded: false };
    this.records.set(id, rec);
    const require = fn(realm, 'requireBuiltin', 1, (_t, args) => this.require(resolveBuiltinId(str(args[0]), id)));
    let ok = false;
    try {
      const wrapper = compileFunction(source, `node:${id}`, BUILTIN_PARAMETERS, realm);
      wrapper.Call(undefined, [exportsObject, require, module, this.internalBinding(), this.ctx.process ?? undefined]);
      ok = true;
    } finally {
      rec.loading = false;
      if (ok) rec.loaded = true;
      else this.records.delete(id);
    }
    if (this.loadHook !== null) this.loadHook.Call(undefined, [id]);
    return module.Get('exports', module);
  }

  /** The exports of a builtin user code asked for (id without 'node:'), or a guest error. */
  requireForUser(id: string): Value {
    if (!canBeRequiredByUsers(id)) throwNodeError('Error', 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${id}`);
    return this.require(id);
  }

  /** Has builtin id been loaded (or is it loading)? */
  isLoaded(id: string): boolean {
    return this.records.has(id);
  }
}

/** internalBinding('builtins'): what the CommonJS loader needs to know of builtins. */
export function createBuiltinsBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  const b = bareObject();
  b.addProperty('builtinIds', arr([...BUILTIN_MODULES]), WEC);
  b.addProperty('schemeOnlyIds', arr([...SCHEME_ONLY_MODULES]), WEC);
  methods(realm, b, {
    canBeRequiredByUsers: [(_t, a) => canBeRequiredByUsers(str(a[0])), 1],
    canBeRequiredWithoutScheme: [(_t, a) => canBeRequiredWithoutScheme(str(a[0])), 1],
    normalizeRequirableId: [(_t, a) => normalizeRequirableId(str(a[0])), 1],
    exists: [(_t, a) => ctx.builtins.exists(str(a[0])), 1],
    loadForUser: [(_t, a) => ctx.builtins.requireForUser(str(a[0])), 1],
    isLoaded: [(_t, a) => ctx.builtins.isLoaded(str(a[0])), 1],
    /** setLoadHook(fn): fn(id) runs after each builtin module has loaded. */
    setLoadHook: [(_t, a) => {
      ctx.builtins.loadHook = a[0] instanceof JSObject && a[0].isCallable ? a[0] : null;
      return undefined;
    }, 1],
  });
  return b;
}
