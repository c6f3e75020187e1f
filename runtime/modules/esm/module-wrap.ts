/**
 * internalBinding('module_wrap'): the host half of the ES module loader (node's module_wrap.cc).
 *
 * Making the binding installs the realm's module host (interpreter/compile/modules.ts ModuleHost):
 * for each request the engine makes (a static import, import(), import.meta.resolve, the main
 * entry) the host asks the guest loader (stdlib/internal/modules/esm/loader.ts) to resolve the
 * specifier to a URL and a format, keeps one module record per URL (and import type), and asks
 * the guest to load what it has not seen: 'module' comes back as source text (parsed here into a
 * Source Text Module Record), everything else ('commonjs', 'json', 'builtin') as export names and
 * an evaluate function that sets the exports of a synthetic module record.
 *
 * Only primitives and guest values cross: URLs, sources and names as strings, the guest's own
 * functions and objects; module records stay on the host.
 */
import * as acorn from 'acorn';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { JSObject } from '../../../interpreter/values/object';
import type { Value } from '../../../interpreter/values/value';
import { WEC } from '../../../interpreter/values/shape';
import { ThrowCompletion } from '../../../interpreter/agent';
import {
  GetModuleNamespace, SyntheticModule, dynamicImport, evaluateModuleRecord, linkModule, loadRequestedModules,
  parseModule, type ModuleHost, type ModuleRecord, type ModuleRequest, SourceTextModule,
} from '../../../interpreter/compile/modules';
import type { RuntimeContext } from '../../bindings/context';
import { arr, bareObject, fn, methods, nodeError, str } from '../../bindings/guest';
import { decorateErrorStack, withDecoratedSyntaxErrors } from '../../bindings/errors';
import { rememberSource } from '../compile-function';
import { parseCjsExports } from './cjs-exports';
import { promiseThenHost, type JSPromise } from '../../../interpreter/intrinsics/Promise';

/** The loader state of one realm. */
interface LoaderState {
  /** Module records by URL and import type. */
  records: Map<string, ModuleRecord>;
  /** The guest loader's exports (internal/modules/esm/loader), loaded on first use. */
  guest: JSObject | null;
  /** Source text modules compiled by the guest loader (compileModule), by URL, until their record is made. */
  compiled: Map<string, SourceTextModule>;
}

const states = new WeakMap<RuntimeContext, LoaderState>();

function stateOf(ctx: RuntimeContext): LoaderState {
  let s = states.get(ctx);
  if (s === undefined) {
    s = { records: new Map(), guest: null, compiled: new Map() };
    states.set(ctx, s);
  }
  return s;
}

function guestLoader(ctx: RuntimeContext): JSObject {
  const s = stateOf(ctx);
  if (s.guest === null) s.guest = ctx.builtins.require('internal/modules/esm/loader') as JSObject;
  return s.guest;
}

function callGuest(ctx: RuntimeContext, name: string, args: Value[]): Value {
  const L = guestLoader(ctx);
  const f = L.Get(name, L);
  if (!(f instanceof JSObject) || !f.isCallable) throw new Error(`interpreter bug: esm loader has no ${name}`);
  return f.Call(undefined, args);
}

function get(o: Value, key: string): Value {
  return o instanceof JSObject ? o.Get(key, o) : undefined;
}

/**
 * The parent URL of a request made from `referrer` (a module's URL, a CommonJS file's path, or
 * '[eval]'/'[stdin]'): as node, code run by -e imports relative to the working directory.
 */
function parentURLOf(ctx: RuntimeContext, referrer: string | null): string | undefined {
  if (referrer === null || referrer === '') return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(referrer) && !referrer.startsWith('node:')) return referrer;
  if (path.isAbsolute(referrer)) return pathToFileURL(referrer).href;
  return pathToFileURL(path.join(ctx.cwd, referrer)).href;
}

function attributesObject(ctx: RuntimeContext, attributes: [string, string][]): JSObject {
  const o = new JSObject(null);
  for (const [k, v] of attributes) o.addProperty(k, v, WEC);
  return o;
}

/** Resolves a specifier through the guest loader: { url, format }. */
function resolve(ctx: RuntimeContext, specifier: string, parentURL: string | undefined, attributes: JSObject): { url: string; format: Value } {
  const r = callGuest(ctx, 'resolve', [specifier, parentURL, attributes]);
  return { url: str(get(r, 'url')), format: get(r, 'format') };
}

/** The module record for a request (loaded and cached on first use). */
function loadModule(ctx: RuntimeContext, specifier: string, parentURL: string | undefined, attributes: [string, string][]): ModuleRecord {
  const attrs = attributesObject(ctx, attributes);
  const { url, format } = resolve(ctx, specifier, parentURL, attrs);
  const type = attributes.find(([k]) => k === 'type')?.[1] ?? '';
  const key = `${url}\0${type}`;
  const state = stateOf(ctx);
  const cached = state.records.get(key);
  if (cached !== undefined) return cached;
  const desc = callGuest(ctx, 'load', [url, format, attrs]);
  const m = createRecord(ctx, url, desc);
  state.records.set(key, m);
  return m;
}

/** A module record from what the guest loader loaded. */
function createRecord(ctx: RuntimeContext, url: string, desc: Value): ModuleRecord {
  const realm = ctx.realm;
  const format = str(get(desc, 'format'));
  if (format === 'module') {
    const state = stateOf(ctx);
    const m = state.compiled.get(url) ?? compileModule(ctx, url, str(get(desc, 'source')));
    state.compiled.delete(url);
    return m;
  }
  const names = get(desc, 'names');
  const list: string[] = [];
  if (names instanceof JSObject) {
    const n = Number(names.Get('length', names));
    for (let i = 0; i < n; i++) {
      const v = str(names.Get(String(i), names));
      if (!list.includes(v)) list.push(v);
    }
  }
  const evaluate = get(desc, 'evaluate');
  const m = new SyntheticModule(realm, url, list, (self) => {
    const setExport = fn(realm, 'setExport', 2, (_t, a) => {
      const name = str(a[0]);
      if (list.includes(name)) self.setExport(name, a[1]);
      return undefined;
    });
    if (evaluate instanceof JSObject && evaluate.isCallable) evaluate.Call(undefined, [setExport]);
  });
  m.host.url = url;
  m.host.format = format;
  return m;
}

/** Parses a Source Text Module (a syntax error is thrown decorated with its source line, as node's). */
function compileModule(ctx: RuntimeContext, url: string, source: string): SourceTextModule {
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  rememberSource(url, source);
  const m = withDecoratedSyntaxErrors(() => parseModule(ctx.realm, source, url));
  m.host.url = url;
  m.host.format = 'module';
  decorateLinkErrors(m);
  return m;
}

/**
 * node rewrites V8's "does not provide an export named" SyntaxError when the module asked is
 * CommonJS (module_job.js): the message then says how to import it through the default export.
 * The error also gets the context header V8 gives it (the import line, a caret under the name).
 */
function decorateLinkErrors(m: SourceTextModule): void {
  const initialize = m.initializeEnvironment;
  m.initializeEnvironment = function (this: SourceTextModule): void {
    try {
      initialize.call(this);
    } catch (e) {
      if (e instanceof ThrowCompletion && e.value instanceof JSObject) decorateMissingExport(this, e.value);
      throw e;
    }
  };
}

function decorateMissingExport(m: SourceTextModule, error: JSObject): void {
  const message = error.Get('message', error);
  if (typeof message !== 'string') return;
  const match = /module '(.*)' does not provide an export named '(.+)'/.exec(message);
  if (match === null) return;
  const [, specifier, name] = match;
  let child: ModuleRecord | undefined;
  for (const [key, record] of m.loaded) if (key === specifier || key.startsWith(`${specifier}\0`)) child = record;
  // Where the import names it: line, column and the line's text.
  let line = 0;
  let col = 0;
  try {
    const ast = acorn.parse(m.source, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as any;
    for (const s of ast.body) {
      if ((s.type !== 'ImportDeclaration' && s.type !== 'ExportNamedDeclaration') || s.source?.value !== specifier) continue;
      for (const sp of s.specifiers ?? []) {
        const imported = s.type === 'ImportDeclaration' ? sp.imported : sp.local;
        const importedName = imported === undefined ? 'default' : imported.type === 'Identifier' ? imported.name : imported.value;
        if (importedName === name) {
          line = (imported ?? sp).loc.start.line;
          col = (imported ?? sp).loc.start.column;
          break;
        }
      }
      if (line !== 0) break;
    }
  } catch {
    // The source parsed before; nothing better to say if it does not now.
  }
  const stack = error.Get('stack', error);
  const text = line > 0 ? m.source.split(/\r\n|[\r\n\u2028\u2029]/)[line - 1] ?? '' : '';
  let newMessage = message;
  if (child?.host.format === 'commonjs') {
    const braces = /{.*}/.exec(text);
    const destructuring = braces && braces[0].replace(/\s+as\s+/g, ': ');
    newMessage = `Named export '${name}' not found. The requested module '${specifier}' is a CommonJS module, ` +
      'which may not support all module.exports as named exports.\nCommonJS modules can always be imported via the ' +
      `default export, for example using:\n\nimport pkg from '${specifier}';\n${destructuring ? `const ${destructuring} = pkg;\n` : ''}`;
    error.DefineOwnProperty('message', { value: newMessage });
  }
  if (typeof stack !== 'string') return;
  const rest = stack.startsWith(`SyntaxError: ${message}`) ? stack.slice(`SyntaxError: ${message}`.length) : stack.slice(stack.indexOf('\n') < 0 ? stack.length : stack.indexOf('\n'));
  let header = '';
  if (line > 0) {
    let pad = '';
    for (let i = 0; i < col && i < text.length; i++) pad += text[i] === '\t' ? '\t' : ' ';
    header = `${m.host.url ?? m.file}:${line}\n${text}\n${pad}${'^'.repeat(Math.max(1, name.length))}\n`;
  }
  // Marked as decorated (its stack has its context header), so that the report adds none.
  if (line > 0) decorateErrorStack(error, { file: (m.host.url as string | undefined) ?? m.file, line, col: col + 1 });
  error.DefineOwnProperty('stack', { value: `${header}SyntaxError: ${newMessage}${rest}` });
}

/** import.meta: dirname and filename (file: URLs), resolve, url; in node's order. */
function initializeImportMeta(ctx: RuntimeContext, meta: JSObject, m: ModuleRecord): void {
  const url = (m.host.url as string | undefined) ?? m.file;
  if (url.startsWith('file:')) {
    const filename = fileURLToPath(url);
    meta.addProperty('dirname', path.dirname(filename), WEC);
    meta.addProperty('filename', filename, WEC);
  }
  meta.addProperty('resolve', fn(ctx.realm, 'resolve', 1, (_t, a) => {
    const specifier = str(a[0]);
    try {
      return resolve(ctx, specifier, url, new JSObject(null)).url;
    } catch (e) {
      // node: a module or directory that does not exist still resolves to its URL.
      if (e instanceof ThrowCompletion && e.value instanceof JSObject) {
        const code = e.value.Get('code', e.value);
        const u = e.value.Get('url', e.value);
        if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_UNSUPPORTED_DIR_IMPORT') && typeof u === 'string' && u !== '') return u;
      }
      throw e;
    }
  }), WEC);
  meta.addProperty('url', url, WEC);
}

/** Installs the realm's module host (once). */
export function installModuleHost(ctx: RuntimeContext): void {
  const realm = ctx.realm;
  if (realm.host.moduleHost !== undefined && realm.host.moduleHostCtx === ctx) return;
  const host: ModuleHost = {
    load(referrer: string | null, request: ModuleRequest): ModuleRecord {
      return loadModule(ctx, request.specifier, parentURLOf(ctx, referrer), request.attributes);
    },
    initializeImportMeta(meta: JSObject, m: ModuleRecord): void {
      initializeImportMeta(ctx, meta, m);
    },
  };
  realm.host.moduleHost = host;
  realm.host.moduleHostCtx = ctx;
}

/** Does evaluating m (and what it imports, not yet evaluated) need top-level await? */
function graphHasTLA(m: ModuleRecord, seen = new Set<ModuleRecord>()): boolean {
  if (seen.has(m) || m.status === 'evaluated' || m.status === 'evaluating-async') return false;
  seen.add(m);
  if (m.hasTLA) return true;
  for (const dep of m.loaded.values()) if (graphHasTLA(dep, seen)) return true;
  return false;
}

/**
 * require() of an ES module (node 20.19+): loads, links and evaluates it synchronously and returns
 * its namespace; a graph with top-level await throws ERR_REQUIRE_ASYNC_MODULE.
 */
function requireModule(ctx: RuntimeContext, url: string, parentFile: string | undefined): Value {
  const m = loadModule(ctx, url, undefined, []);
  loadRequestedModules(m);
  linkModule(m);
  if (graphHasTLA(m)) {
    throw new ThrowCompletion(nodeError('Error', 'ERR_REQUIRE_ASYNC_MODULE',
      'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level ' +
      `await comes from, use --experimental-print-required-tla.${parentFile !== undefined ? `\n  From ${parentFile} ` : ''}` +
      `\n  Requiring ${(m.host.url as string).startsWith('file:') ? fileURLToPath(m.host.url as string) : m.host.url} `));
  }
  const p = evaluateModuleRecord(m) as JSPromise;
  if (p.state === 'rejected') {
    promiseThenHost(p, () => undefined, () => undefined);
    // As node reports errors of ES modules: where the error's stack says, not the throw statement.
    throw new ThrowCompletion(p.result, null);
  }
  const names = m.getExportedNames();
  if (names.includes('module.exports')) return m.readExport('module.exports');
  if (!names.includes('default') || names.includes('__esModule')) return GetModuleNamespace(m);
  // node's facade: the namespace with __esModule: true.
  let facade = m.host.facade as ModuleRecord | undefined;
  if (facade === undefined) {
    const spec = JSON.stringify(m.host.url);
    facade = parseModule(ctx.realm, `export * from ${spec};\nexport { default } from ${spec};\nexport const __esModule = true;\n`, `${m.host.url}#require-facade`);
    m.host.facade = facade;
    loadRequestedModules(facade);
    linkModule(facade);
    evaluateModuleRecord(facade);
  }
  return GetModuleNamespace(facade);
}

/** Fails to parse as a CommonJS body, parses as a module. */
export function containsModuleSyntax(source: string): boolean {
  const options = { ecmaVersion: 'latest' as const, allowHashBang: true };
  try {
    acorn.parse(source, { ...options, sourceType: 'script', allowReturnOutsideFunction: true });
    return false;
  } catch {
    // Not a CommonJS body: a module?
  }
  try {
    acorn.parse(source, { ...options, sourceType: 'module' });
    return true;
  } catch {
    return false;
  }
}

export function createModuleWrapBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  installModuleHost(ctx);
  return methods(realm, bareObject(), {
    /** cjsParse(source): { exports, reexports } as node's cjs-module-lexer finds them. */
    cjsParse: [(_t, a) => {
      const r = parseCjsExports(str(a[0]));
      const o = bareObject();
      o.addProperty('exports', arr(r.exports), WEC);
      o.addProperty('reexports', arr(r.reexports), WEC);
      return o;
    }, 1],
    /**
     * compileModule(url, source): parses a module for the loader (from its load step, so that a
     * syntax error has the loader's frames, as node's); the record is kept for the URL.
     */
    compileModule: [(_t, a) => {
      const url = str(a[0]);
      stateOf(ctx).compiled.set(url, compileModule(ctx, url, str(a[1])));
      return undefined;
    }, 2],
    /** containsModuleSyntax(source): does source parse only as a module (node 20's module syntax detection)? */
    containsModuleSyntax: [(_t, a) => containsModuleSyntax(str(a[0])), 1],
    /**
     * link(url): loads and links the graph of the main entry point from the guest loader (so that
     * a link error, such as a missing export, carries the loader's frames as node's does).
     */
    link: [(_t, a) => {
      const m = loadModule(ctx, str(a[0]), undefined, []);
      loadRequestedModules(m);
      linkModule(m);
      return undefined;
    }, 1],
    /**
     * evalModule(url, source): -e/stdin code as an ES module at url (node 20.19+): compiled, loaded
     * and linked now (errors thrown), evaluated by the promise returned.
     */
    evalModule: [(_t, a) => {
      const url = str(a[0]);
      const m = compileModule(ctx, url, str(a[1]));
      stateOf(ctx).records.set(`${url}\0`, m);
      loadRequestedModules(m);
      linkModule(m);
      return evaluateModuleRecord(m);
    }, 2],
    /** importModule(specifier, parentURL): import(), from the host: a promise of the namespace. */
    importModule: [(_t, a) => dynamicImport(realm, null, a[1] === undefined ? '' : str(a[1]), str(a[0]), undefined), 2],
    /** requireModule(url, parentFile): require() of an ES module: its namespace. */
    requireModule: [(_t, a) => requireModule(ctx, str(a[0]), a[1] === undefined ? undefined : str(a[1])), 2],
  });
}
