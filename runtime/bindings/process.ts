/**
 * The process object as node's C++ makes it (node_process_object.cc: version, versions, arch,
 * platform, release, env, argv, pid, execPath...) and internalBinding('process_methods') (hrtime,
 * cwd/chdir, memoryUsage, cpuUsage, uptime, reallyExit...). The JavaScript half (exit, exitCode,
 * nextTick, emitWarning, the EventEmitter methods) is stdlib/internal/bootstrap/node.ts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { JSObject } from '../../interpreter/values/object';
import type { PropertyKey, Value } from '../../interpreter/values/value';
import type { PropertyDescriptor } from '../../interpreter/values/descriptor';
import { C, E, W, WEC } from '../../interpreter/values/shape';
import { CreateBuiltinFunction } from '../../interpreter/values/function';
import { ThrowCompletion } from '../../interpreter/agent';
import { ToString } from '../../interpreter/ops/type-conversion';
import { throwTypeError } from '../../interpreter/errors';
import { JSSymbol, WellKnown } from '../../interpreter/values/symbol';
import { ProcessExit, type RuntimeContext } from './context';
import { accessDeniedError, arr, bareObject, cppError, methods, obj, sharedTypedArray, str } from './guest';
import { uvError } from './fs';
import type { PermissionScope } from '../permissions';
import { builtinSource } from '../modules/builtins';

const IGNORED_SIGNALS = new Set(['SIGCONT', 'SIGCHLD', 'SIGURG', 'SIGWINCH'].map((n) => (os.constants.signals as Record<string, number>)[n]).filter((n) => n !== undefined));

/** node 20's process.versions (the release ouro reports), plus ouro's own. */
export const NODE_VERSION = 'v20.20.2';
export const NODE_VERSIONS: Record<string, string> = {
  node: '20.20.2', acorn: '8.16.0', ada: '2.9.2', ares: '1.34.6', brotli: '1.1.0', cjs_module_lexer: '2.2.0',
  cldr: '48.0', icu: '78.2', llhttp: '9.3.1', modules: '115', napi: '9', nghttp2: '1.61.0', openssl: '3.0.19',
  simdutf: '6.4.2', tz: '2025c', undici: '6.24.1', unicode: '17.0', uv: '1.46.0', uvwasi: '0.0.23',
  v8: '11.3.244.8-node.38', zlib: '1.3.1-e00f703',
};

function ouroVersion(): string {
  try {
    return String(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')).version);
  } catch {
    return '0.0.0';
  }
}

/**
 * process.env: an object whose values are always strings (node's env proxy): assigning converts
 * to a string, only plain data properties can be defined.
 */
export class JSEnv extends JSObject {
  override DefineOwnProperty(key: PropertyKey, desc: PropertyDescriptor): boolean {
    if (key instanceof JSSymbol) throwTypeError('Cannot convert a Symbol value to a string');
    if (desc.get !== undefined || desc.set !== undefined) {
      throw cppError('TypeError', 'ERR_INVALID_OBJECT_DEFINE_PROPERTY', "'process.env' does not accept an accessor(getter/setter) descriptor");
    }
    if (desc.configurable === false || desc.writable === false || desc.enumerable === false) {
      throw cppError('TypeError', 'ERR_INVALID_OBJECT_DEFINE_PROPERTY', "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
    }
    if (!('value' in desc)) return true;
    return super.DefineOwnProperty(key, { value: ToString(desc.value), writable: true, enumerable: true, configurable: true });
  }
}
JSEnv.prototype.exotic = true;

/** process.exitCode and process._exiting as the host reads them (node's exit_info fields). */
export interface ExitInfo {
  /** [kExiting, kExitCode, kHasExitCode] shared with the guest. */
  fields: Int32Array;
}
export const kExiting = 0, kExitCode = 1, kHasExitCode = 2;

export function exitInfo(ctx: RuntimeContext): Int32Array {
  let st = ctx.state.get('exitInfo') as Int32Array | undefined;
  if (st === undefined) {
    st = new Int32Array(3);
    ctx.state.set('exitInfo', st);
  }
  return st;
}

/** The exit code the process ends with: process.exitCode if set, else dflt. */
export function exitCodeOf(ctx: RuntimeContext, dflt: number): number {
  const f = exitInfo(ctx);
  return f[kHasExitCode] ? f[kExitCode] : dflt;
}

/** Creates the guest process object (node's CreateProcessObject plus the per-process properties). */
export function createProcessObject(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  const o = ctx.options;
  // process → (an object with constructor `process`) → later EventEmitter.prototype
  const ctor = CreateBuiltinFunction(realm, () => undefined, 0, 'process', { ctor: true });
  const proto = new JSObject(realm.ObjectPrototype);
  proto.addHidden('constructor', ctor);
  ctor.addProperty('prototype', proto, 0);
  const p = new JSObject(proto);
  p.className = 'process';
  const RO = E | C; // read-only, enumerable, configurable
  p.addProperty('version', NODE_VERSION, RO);
  // Without a crypto module, node's versions have no openssl (node's tests read it as hasCrypto).
  const { openssl, ...withoutOpenssl } = NODE_VERSIONS;
  const hasCrypto = builtinSource('crypto') !== null;
  const versions = obj(realm, { ...(hasCrypto ? NODE_VERSIONS : withoutOpenssl), ouro: ouroVersion() });
  void openssl;
  p.addProperty('versions', versions, RO);
  p.addProperty('arch', process.arch, RO);
  p.addProperty('platform', process.platform, RO);
  p.addProperty('release', obj(realm, {
    name: 'node',
    lts: 'Iron',
    sourceUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}-headers.tar.gz`,
  }), RO);
  p.addProperty(WellKnown.toStringTag, 'process', W);
  p.addProperty('_rawDebug', CreateBuiltinFunction(realm, (_t, a) => {
    o.stderr(a.map((v) => (typeof v === 'string' ? v : String(typeof v === 'object' ? '[object]' : v))).join(' ') + '\n');
    return undefined;
  }, 0, '_rawDebug'), WEC);
  return p;
}


/** The values node's C++ puts on process, which the guest bootstrap defines in node's order. */
function processInfo(ctx: RuntimeContext): Record<string, Value> {
  const realm = ctx.realm;
  const o = ctx.options;
  const env = new JSEnv(realm.ObjectPrototype);
  const allowed = ctx.permissions.filterEnv(o.env);
  for (const k of Object.keys(allowed)) env.addProperty(k, allowed[k], WEC);
  return {
    env,
    argv: arr(o.argv),
    execArgv: arr(o.execArgv),
    pid: process.pid,
    ppid: process.ppid,
    execPath: o.execPath,
    argv0: o.argv0,
    features: obj(realm, {
      inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false,
      cached_builtins: true, require_module: false, typescript: false,
    }),
    config: obj(realm, {
      target_defaults: obj(realm, { cflags: arr([]), default_configuration: 'Release', defines: arr([]), include_dirs: arr([]), libraries: arr([]) }),
      variables: obj(realm, {
        host_arch: process.arch, target_arch: process.arch, node_shared_openssl: false, node_use_openssl: false,
        v8_enable_i18n_support: 1, icu_small: false, node_module_version: 115, napi_build_version: '9',
      }),
    }),
  };
}

function cpuUsageArray(prev?: NodeJS.CpuUsage): Value {
  const u = process.cpuUsage(prev);
  return arr([u.user, u.system]);
}

/** internalBinding('process_methods'). */
export function createProcessMethodsBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  const prevExitInfo = exitInfo(ctx);
  // The guest's view of exitInfo: writes from process.exitCode's setter land in the host array.
  const fields = sharedTypedArray<Int32Array>('Int32Array', 3);
  ctx.state.set('exitInfo', fields.host);
  fields.host.set(prevExitInfo);
  const b = bareObject();
  b.addProperty('exitInfo', fields.guest, WEC);
  b.addProperty('kExiting', kExiting, WEC);
  b.addProperty('kExitCode', kExitCode, WEC);
  b.addProperty('kHasExitCode', kHasExitCode, WEC);
  const info = processInfo(ctx);
  info.permissionEnabled = ctx.permissions.enabled;
  for (const k of Object.keys(info)) b.addProperty(k, info[k], WEC);
  return methods(realm, b, {
    hrtime: [() => {
      const t = process.hrtime();
      return arr([t[0], t[1]]);
    }, 0],
    hrtimeBigInt: [() => process.hrtime.bigint(), 0],
    cwd: [() => ctx.cwd, 0],
    chdir: [(_t, a) => {
      const dir = str(a[0]);
      const target = ctx.resolvePath(dir);
      if (!ctx.permissions.has('fs.read', target)) {
        throw accessDeniedError('FileSystemRead', target);
      }
      try {
        const st = fs.statSync(target);
        if (!st.isDirectory()) {
          const e = Object.assign(new Error('not a directory'), { errno: -20, code: 'ENOTDIR', syscall: 'chdir' });
          throw e;
        }
        ctx.cwd = fs.realpathSync(target);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (typeof err.code === 'string') {
          const g = uvError({ ...err, syscall: 'chdir', message: err.message, name: err.name }, ctx.cwd, dir);
          throw new ThrowCompletion(g);
        }
        throw e;
      }
      return undefined;
    }, 1],
    /** umask([mask]): the guest's own mask (the host's is the host's): the old one, the new one kept. */
    umask: [(_t, a) => {
      const old = (ctx.state.get('umask') as number | undefined) ?? 0o22;
      const m = typeof a[0] === 'string' ? parseInt(a[0], 8) : a[0];
      if (typeof m === 'number' && Number.isInteger(m) && m >= 0) ctx.state.set('umask', m & 0o777);
      return old;
    }, 1],
    memoryUsage: [() => {
      const m = process.memoryUsage();
      return arr([m.rss, m.heapTotal, m.heapUsed, m.external, m.arrayBuffers]);
    }, 0],
    rss: [() => process.memoryUsage.rss(), 0],
    availableMemory: [() => os.freemem(), 0],
    cpuUsage: [() => cpuUsageArray(), 0],
    resourceUsage: [() => {
      const u = process.resourceUsage();
      return obj(realm, { ...u } as unknown as Record<string, Value>);
    }, 0],
    uptime: [() => process.uptime(), 0],
    reallyExit: [(_t, a) => {
      const code = typeof a[0] === 'number' ? a[0] | 0 : 0;
      throw new ProcessExit(code);
    }, 1],
    abort: [() => {
      o_stderr(ctx, 'ouro: process.abort() called\n');
      throw new ProcessExit(134);
    }, 0],
    getuid: [() => (process.getuid ? process.getuid() : 0), 0],
    geteuid: [() => (process.geteuid ? process.geteuid() : 0), 0],
    getgid: [() => (process.getgid ? process.getgid() : 0), 0],
    getegid: [() => (process.getegid ? process.getegid() : 0), 0],
    getgroups: [() => arr(process.getgroups ? process.getgroups() : []), 0],
    hostname: [() => os.hostname(), 0],
    /** process.kill(pid, signal number): only the guest's own pid, with signal 0, is allowed without child_process permission. */
    kill: [(_t, a) => {
      const pid = a[0] as number;
      const sig = a[1] as number;
      if (pid === process.pid) {
        // Signals whose default action is to be ignored (SIGCONT, SIGCHLD, SIGURG, SIGWINCH) do nothing.
        if (sig === 0 || IGNORED_SIGNALS.has(sig)) return 0;
        throw new ProcessExit(128 + sig);
      }
      if (!ctx.permissions.has('child')) {
        throw accessDeniedError('ChildProcess');
      }
      try {
        process.kill(pid, sig);
        return 0;
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        return typeof err.errno === 'number' ? err.errno : -1;
      }
    }, 2],
    /** setStdioStream(fd, stream): process.stdout (1) or process.stderr (2), for the console to write through. */
    setStdioStream: [(_t, a) => {
      if ((a[0] === 1 || a[0] === 2) && a[1] instanceof JSObject) ctx.state.set(`stdio${a[0]}`, a[1]);
      return undefined;
    }, 2],
    /** process.permission.has(scope, reference): a path reference is resolved against the cwd. */
    permissionHas: [(_t, a) => {
      const scope = str(a[0]);
      const known = ['fs', 'fs.read', 'fs.write', 'child', 'worker', 'net', 'env'];
      if (!known.includes(scope)) return false;
      let ref = a[1] === undefined ? undefined : str(a[1]);
      if (ref !== undefined && scope.startsWith('fs')) ref = ctx.resolvePath(ref);
      return ctx.permissions.has(scope as PermissionScope, ref);
    }, 2],
    /** process.uptime's origin and performance.timeOrigin, in ms. */
    timeOrigin: [() => ctx.timeOrigin, 0],
  });
}

function o_stderr(ctx: RuntimeContext, s: string): void {
  ctx.options.stderr(s);
}
