/**
 * A V8 code cache for the CLI's worker (node 20 has no module.enableCompileCache): loading the
 * engine is most of `ouro`'s cold start, and most of that is compiling its ~1 MB of JavaScript.
 * While installed, every CommonJS module under the package root is compiled with vm.Script and
 * the cached data recorded for it; at the end of the run the cache is written (only when something
 * was missing or stale) to dist/.code-cache, atomically. An entry is used only for a file of the
 * same size and modification time (V8 checks its own version, flags and the source length too).
 * When dist/ is not writable nothing is cached: the cache is never written anywhere else, since
 * V8 code caches must come from a trusted place.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
// eslint-disable-next-line @typescript-eslint/no-require-imports
import Module = require('module');

interface Entry {
  /** `${size}:${mtimeMs}` of the file the data was made from. */
  stamp: string;
  data: Buffer;
}

interface Installed {
  file: string;
  store: Map<string, Entry>;
  scripts: [string, string, vm.Script][];
  dirty: boolean;
}

let installed: Installed | null = null;

/** The package root (dist/runtime/code-cache.js → the directory holding dist/ and node_modules/). */
const ROOT = path.resolve(__dirname, '..', '..');
const CACHE_FILE = path.join(ROOT, 'dist', '.code-cache');

function readStore(file: string): Map<string, Entry> {
  try {
    const obj = v8.deserialize(fs.readFileSync(file)) as Record<string, Entry>;
    return new Map(Object.entries(obj));
  } catch {
    return new Map();
  }
}

/** Compiles this thread's modules under the package root through the cache. Idempotent. */
export function installCodeCache(file = CACHE_FILE): void {
  if (installed !== null || process.env.OURO_NO_CODE_CACHE === '1') return;
  const state: Installed = { file, store: readStore(file), scripts: [], dirty: false };
  installed = state;
  const M = Module as any;
  const original = M.prototype._compile as (content: string, filename: string) => unknown;
  const prefix = ROOT + path.sep;
  M.prototype._compile = function (this: any, content: string, filename: string): unknown {
    if (!filename.startsWith(prefix) || !filename.endsWith('.js')) return original.call(this, content, filename);
    let stamp: string;
    try {
      const st = fs.statSync(filename);
      stamp = `${st.size}:${st.mtimeMs}`;
    } catch {
      return original.call(this, content, filename);
    }
    const entry = state.store.get(filename);
    const cachedData = entry !== undefined && entry.stamp === stamp ? entry.data : undefined;
    const script = new vm.Script(M.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected === true) {
      state.dirty = true;
      state.scripts.push([filename, stamp, script]);
    }
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const mod = this;
    const require = (id: string) => mod.require(id);
    require.resolve = (request: string, options?: unknown) => M._resolveFilename(request, mod, false, options);
    require.main = process.mainModule;
    require.extensions = M._extensions;
    require.cache = M._cache;
    return fn.call(mod.exports, mod.exports, require, mod, filename, path.dirname(filename));
  };
}

/** Writes the cache if this run compiled something it did not have. Never throws. */
export function saveCodeCache(): void {
  const state = installed;
  if (state === null || !state.dirty) return;
  state.dirty = false;
  try {
    for (const [filename, stamp, script] of state.scripts) state.store.set(filename, { stamp, data: script.createCachedData() });
    for (const filename of state.store.keys()) if (!fs.existsSync(filename)) state.store.delete(filename);
    const tmp = `${state.file}.${process.pid}.${Date.now()}.tmp`;
    fs.writeFileSync(tmp, v8.serialize(Object.fromEntries(state.store)));
    fs.renameSync(tmp, state.file);
  } catch {
    // A read-only installation, a full disk: run without the cache.
  }
}
