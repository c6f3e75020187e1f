/**
 * internalBinding('spawn'): child processes over the host's child_process (node's spawn_sync and
 * process_wrap bindings in one). Every spawn asks the realm's permissions first (scope 'child',
 * node's ERR_ACCESS_DENIED with permission 'ChildProcess' otherwise).
 *
 * The guest passes one plain options record (node's normalized spawn options: file, args with
 * argv0 first, envPairs, cwd, stdio as a list of 'pipe' | 'ignore' | fd numbers, plus the sync
 * options) and gets back primitives, guest byte arrays and plain guest records; a running child
 * is a number (its handle id), never a host object.
 *
 * - spawnSync(options): { error?, status, signal, output, pid } as node's C++ returns it
 *   (error: a negative errno; output: null or [bytes | null per fd]).
 * - spawn(options, onEvent): { err, pid }; err is 0 or a negative errno (node's runtime errors:
 *   the guest reports them). Then, from the poll phase of the event loop:
 *   onEvent('data', fd, bytes), onEvent('end', fd), onEvent('exit', exitCode, signalName | null).
 * - write(id, bytes, callback(errno)), end(id), kill(id, signal number) → 0 | negative errno,
 *   ref(id) / unref(id), refStdio(id, fd, ref), destroyStdio(id, fd).
 *
 * The guest's standard output and error are the runtime's sinks (an embedder may capture them),
 * so a child's inherited fd 1 and fd 2 are piped here and copied to those sinks. The executable
 * that starts ouro (process.execPath inside ouro, bin/ouro.js) runs as `<host node> bin/ouro.js`,
 * so it starts even when the child's environment has no PATH.
 */
import * as childProcess from 'child_process';
import * as path from 'path';
import * as os from 'os';
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import { WEC } from '../../interpreter/values/shape';
import { IOHandle } from '../event-loop';
import type { RuntimeContext } from './context';
import { accessDeniedError, arr, bareObject, guestBytes, hostBytes, methods, obj, str } from './guest';
import { makeCallback } from './task-queue';

/** bin/ouro.js (this file is dist/runtime/bindings/spawn.js). */
export const OURO_BIN = path.resolve(__dirname, '..', '..', '..', 'bin', 'ouro.js');

/** One stdio slot as the guest asks for it. */
type StdioSpec = 'pipe' | 'ignore' | number;

interface SpawnOptions {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  stdio: StdioSpec[];
  detached: boolean;
  uid?: number;
  gid?: number;
  windowsHide: boolean;
  windowsVerbatimArguments: boolean;
}

/** Reads a guest array of strings. */
function stringList(v: Value): string[] {
  if (!(v instanceof JSObject)) return [];
  const n = Number(v.Get('length', v)) || 0;
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(str(v.Get(String(i), v)));
  return out;
}

function getOpt(o: JSObject, key: string): Value {
  return o.Get(key, o);
}

function optInt(v: Value): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** The guest's normalized options as host data (the guest validated them already). */
function readOptions(ctx: RuntimeContext, v: JSObject): SpawnOptions {
  const file = str(getOpt(v, 'file'));
  const args = stringList(getOpt(v, 'args'));
  const cwdValue = getOpt(v, 'cwd');
  const cwd = cwdValue === undefined || cwdValue === null ? ctx.cwd : ctx.resolvePath(str(cwdValue));
  const env: Record<string, string> = {};
  for (const pair of stringList(getOpt(v, 'envPairs'))) {
    const eq = pair.indexOf('=', 1);
    if (eq < 0) continue;
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const stdioValue = getOpt(v, 'stdio');
  const stdio: StdioSpec[] = [];
  if (stdioValue instanceof JSObject) {
    const n = Number(stdioValue.Get('length', stdioValue)) || 0;
    for (let i = 0; i < n; i++) {
      const s = stdioValue.Get(String(i), stdioValue);
      stdio.push(typeof s === 'number' ? s : s === 'ignore' ? 'ignore' : 'pipe');
    }
  }
  while (stdio.length < 3) stdio.push('pipe');
  return {
    file,
    args: args.length === 0 ? [file] : args,
    cwd,
    env,
    stdio,
    detached: getOpt(v, 'detached') === true,
    uid: optInt(getOpt(v, 'uid')),
    gid: optInt(getOpt(v, 'gid')),
    windowsHide: getOpt(v, 'windowsHide') === true,
    windowsVerbatimArguments: getOpt(v, 'windowsVerbatimArguments') === true,
  };
}

/** The host file and argv (argv0 first): ouro's own executable runs on the host's node. */
function hostCommand(file: string, args: string[]): { file: string; args: string[] } {
  if (file === OURO_BIN) return { file: process.execPath, args: [args[0], OURO_BIN, ...args.slice(1)] };
  return { file, args };
}

/**
 * The host's stdio for the guest's: fds 1 and 2 (the guest's own output, which goes to the
 * runtime's sinks) become pipes copied to the sinks; 'forward' lists those slots.
 */
function hostStdio(stdio: StdioSpec[]): { stdio: (string | number)[]; forward: Map<number, 1 | 2> } {
  const forward = new Map<number, 1 | 2>();
  const out = stdio.map((s, i) => {
    if (s === 1 || s === 2) {
      forward.set(i, s);
      return 'pipe';
    }
    if (s === 0) return 'inherit';
    return s;
  });
  return { stdio: out, forward };
}

/**
 * Do all the fds the guest hands the child belong to the guest (its stdio, or ones it opened
 * through the fs binding)? Any other host fd must not leak into a child.
 */
function fdsOwned(ctx: RuntimeContext, stdio: StdioSpec[]): boolean {
  const owned = (ctx.state.get('fs') as { fds?: Set<number> } | undefined)?.fds;
  return stdio.every((s) => typeof s !== 'number' || s <= 2 || owned?.has(s) === true);
}

const UV_EBADF = -(os.constants.errno.EBADF ?? 9);

function checkPermission(ctx: RuntimeContext): void {
  if (!ctx.permissions.has('child')) throw accessDeniedError('ChildProcess');
}

function errnoOf(e: unknown): number {
  const n = (e as NodeJS.ErrnoException | undefined)?.errno;
  return typeof n === 'number' ? n : -(os.constants.errno.EINVAL ?? 22);
}

function sink(ctx: RuntimeContext, fd: 1 | 2): (chunk: Uint8Array) => void {
  return (chunk) => (fd === 1 ? ctx.options.stdout : ctx.options.stderr)(chunk.slice());
}

/** spawn_sync.spawn(options). */
function spawnSync(ctx: RuntimeContext, v: JSObject): Value {
  checkPermission(ctx);
  const o = readOptions(ctx, v);
  if (!fdsOwned(ctx, o.stdio)) return obj(ctx.realm, { error: UV_EBADF, status: null, signal: null, output: null, pid: 0 });
  const { stdio, forward } = hostStdio(o.stdio);
  // input: one Uint8Array per slot (node: options.stdio[i].input); only slot 0 is fed by the host.
  const inputs = getOpt(v, 'inputs');
  let input: Uint8Array | undefined;
  if (inputs instanceof JSObject) {
    const b = hostBytes(inputs.Get('0', inputs));
    if (b !== undefined) input = b.slice();
  }
  if (input !== undefined && stdio[0] !== 'pipe') stdio[0] = 'pipe';
  const timeout = optInt(getOpt(v, 'timeout'));
  const maxBuffer = getOpt(v, 'maxBuffer');
  const killSignal = getOpt(v, 'killSignal');
  const guestMax = typeof maxBuffer === 'number' ? maxBuffer : Infinity;
  const cmd = hostCommand(o.file, o.args);
  const r = childProcess.spawnSync(cmd.file, cmd.args.slice(1), {
    argv0: cmd.args[0],
    cwd: o.cwd,
    env: o.env,
    stdio: stdio as childProcess.StdioOptions,
    input,
    timeout: timeout !== undefined && timeout > 0 ? timeout : undefined,
    // Output copied to the sinks is not the guest's to buffer: the limit is checked below instead.
    maxBuffer: forward.size > 0 ? Infinity : guestMax,
    killSignal: typeof killSignal === 'number' || typeof killSignal === 'string' ? killSignal as NodeJS.Signals | number : undefined,
    uid: o.uid,
    gid: o.gid,
    windowsHide: o.windowsHide,
    windowsVerbatimArguments: o.windowsVerbatimArguments,
  });
  const props: Record<string, Value> = {};
  let error = r.error !== undefined ? errnoOf(r.error) : undefined;
  if (error === undefined && forward.size > 0 && r.output) {
    r.output.forEach((chunk, i) => {
      if (chunk && !forward.has(i) && chunk.length > guestMax) {
        r.output[i] = chunk.subarray(0, guestMax);
        error = -(os.constants.errno.ENOBUFS ?? 105);
      }
    });
  }
  if (error !== undefined) props.error = error;
  props.status = r.status;
  props.signal = r.signal;
  if (r.output === null || (r.error !== undefined && r.pid === 0)) {
    props.output = null;
  } else {
    props.output = arr(r.output.map((chunk, i) => {
      if (chunk === null || chunk === undefined) return null;
      const fd = forward.get(i);
      if (fd !== undefined) {
        if (chunk.length > 0) sink(ctx, fd)(chunk);
        return null;
      }
      return guestBytes(chunk);
    }));
  }
  props.pid = r.pid ?? 0;
  return obj(ctx.realm, props);
}

/** A running child (node's ProcessWrap plus its stdio pipes). */
class Child {
  readonly handle: IOHandle;
  /** One handle per open readable pipe, so that an unreferenced child with open pipes still keeps the loop. */
  readonly pipes = new Map<number, IOHandle>();
  constructor(readonly ctx: RuntimeContext, readonly host: childProcess.ChildProcess) {
    this.handle = new IOHandle(ctx.loop);
  }
}

function children(ctx: RuntimeContext): Map<number, Child> {
  let m = ctx.state.get('spawn.children') as Map<number, Child> | undefined;
  if (m === undefined) {
    m = new Map();
    ctx.state.set('spawn.children', m);
  }
  return m;
}

let nextId = 1;

/** process_wrap's spawn: starts the child and wires its events to the guest's onEvent. */
function spawnAsync(ctx: RuntimeContext, v: JSObject, onEvent: JSObject): Value {
  checkPermission(ctx);
  const o = readOptions(ctx, v);
  if (!fdsOwned(ctx, o.stdio)) return obj(ctx.realm, { err: UV_EBADF, pid: undefined, id: 0 });
  const { stdio, forward } = hostStdio(o.stdio);
  const cmd = hostCommand(o.file, o.args);
  const envPairs = Object.keys(o.env).map((k) => `${k}=${o.env[k]}`);
  const host = new childProcess.ChildProcess();
  let err: number;
  try {
    // The host's own ChildProcess.spawn returns node's errno for the errors it reports later.
    err = (host as unknown as { spawn(o: object): number }).spawn({
      file: cmd.file,
      args: cmd.args,
      cwd: o.cwd,
      envPairs,
      stdio,
      detached: o.detached,
      uid: o.uid,
      gid: o.gid,
      windowsHide: o.windowsHide,
      windowsVerbatimArguments: o.windowsVerbatimArguments,
    }) ?? 0;
  } catch (e) {
    return obj(ctx.realm, { err: errnoOf(e), pid: undefined, id: 0 });
  }
  // The host reports its runtime errors itself (the guest does too): keep it quiet.
  host.on('error', () => {});
  if (err !== 0) {
    for (const s of host.stdio) s?.destroy();
    return obj(ctx.realm, { err, pid: undefined, id: 0 });
  }
  const id = nextId++;
  const child = new Child(ctx, host);
  children(ctx).set(id, child);
  child.handle.start();
  const emit = (args: Value[]) => makeCallback(ctx, onEvent, undefined, args);
  host.stdio.forEach((s, fd) => {
    if (s === null || s === undefined || fd === 0) return;
    const readable = s as NodeJS.ReadableStream & { unref?(): void };
    const out = forward.get(fd);
    if (out !== undefined) {
      // The guest's fd 1 / fd 2: copied to the runtime's sinks, nothing for the guest to read.
      readable.on('data', (chunk: Buffer) => ctx.loop.post(() => sink(ctx, out)(chunk)));
      return;
    }
    const pipe = new IOHandle(ctx.loop);
    pipe.start();
    child.pipes.set(fd, pipe);
    readable.on('data', (chunk: Buffer) => ctx.loop.post(() => emit(['data', fd, guestBytes(chunk)])));
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      ctx.loop.post(() => {
        pipe.stop();
        child.pipes.delete(fd);
        emit(['end', fd]);
      });
    };
    readable.on('end', end);
    readable.on('close', end);
    readable.on('error', () => end());
  });
  host.stdin?.on('error', () => {});
  host.on('exit', (code, signal) => {
    ctx.loop.post(() => {
      child.handle.stop();
      children(ctx).delete(id);
      emit(['exit', code ?? 0, signal ?? null]);
    });
  });
  return obj(ctx.realm, { err: 0, pid: host.pid, id });
}

function childOf(ctx: RuntimeContext, v: Value): Child | undefined {
  return typeof v === 'number' ? children(ctx).get(v) : undefined;
}

export function createSpawnBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  const b = bareObject();
  b.addProperty('ouroExecutable', OURO_BIN, WEC);
  return methods(realm, b, {
    spawnSync: [(_t, a) => {
      if (!(a[0] instanceof JSObject)) return undefined;
      return spawnSync(ctx, a[0]);
    }, 1],
    spawn: [(_t, a) => {
      if (!(a[0] instanceof JSObject) || !(a[1] instanceof JSObject && a[1].isCallable)) return undefined;
      return spawnAsync(ctx, a[0], a[1]);
    }, 2],
    /** write(id, bytes, callback): callback(0 | negative errno) from the poll phase once written. */
    write: [(_t, a) => {
      const child = childOf(ctx, a[0]);
      const cb = a[2];
      const bytes = hostBytes(a[1]);
      const done = (errno: number) => {
        if (cb instanceof JSObject && cb.isCallable) makeCallback(ctx, cb, undefined, [errno]);
      };
      const stdin = child?.host.stdin;
      if (!stdin || stdin.destroyed || bytes === undefined) {
        const req = ctx.loop.startRequest();
        req.complete(() => done(-(os.constants.errno.EPIPE ?? 32)));
        return undefined;
      }
      const req = ctx.loop.startRequest();
      stdin.write(bytes.slice(), (e) => req.complete(() => done(e ? errnoOf(e) : 0)));
      return undefined;
    }, 3],
    end: [(_t, a) => {
      childOf(ctx, a[0])?.host.stdin?.end();
      return undefined;
    }, 1],
    /** kill(id, signal number): 0, or a negative errno (ESRCH once the child has gone). */
    kill: [(_t, a) => {
      const child = childOf(ctx, a[0]);
      const sig = typeof a[1] === 'number' ? a[1] : 15;
      if (child === undefined || child.host.pid === undefined) return -(os.constants.errno.ESRCH ?? 3);
      try {
        process.kill(child.host.pid, sig);
        return 0;
      } catch (e) {
        return errnoOf(e);
      }
    }, 2],
    ref: [(_t, a) => {
      const child = childOf(ctx, a[0]);
      if (child) {
        child.handle.setRef(true);
        child.host.ref();
      }
      return undefined;
    }, 1],
    unref: [(_t, a) => {
      const child = childOf(ctx, a[0]);
      if (child) {
        child.handle.setRef(false);
        child.host.unref();
      }
      return undefined;
    }, 1],
    /** refStdio(id, fd, ref): a readable pipe's reference (socket.ref / socket.unref). */
    refStdio: [(_t, a) => {
      const child = childOf(ctx, a[0]);
      const fd = typeof a[1] === 'number' ? a[1] : -1;
      const pipe = child?.pipes.get(fd);
      const s = child?.host.stdio[fd] as (NodeJS.ReadableStream & { ref?(): void; unref?(): void }) | null | undefined;
      if (pipe) pipe.setRef(a[2] === true);
      if (s) (a[2] === true ? s.ref : s.unref)?.call(s);
      return undefined;
    }, 3],
    /** destroyStdio(id, fd): the guest is done with a pipe (its end comes as an 'end' event). */
    destroyStdio: [(_t, a) => {
      const child = childOf(ctx, a[0]);
      const fd = typeof a[1] === 'number' ? a[1] : -1;
      const s = child?.host.stdio[fd] as (NodeJS.ReadableStream & { destroy?(): void }) | null | undefined;
      s?.destroy?.();
      return undefined;
    }, 2],
  });
}
