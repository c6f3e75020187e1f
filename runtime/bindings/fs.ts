/**
 * internalBinding('fs'): the file system over the host's fs module. Every operation has a sync
 * form that returns its result or throws node's uvException-style guest error
 * (`ENOENT: no such file or directory, open 'x'` with errno, code, syscall, path, dest), and an
 * async form `<op>Async(...args, callback)` that does the host's asynchronous operation and calls
 * callback(err, result) from the poll phase of the event loop. Paths are resolved against the
 * guest's working directory and checked against the permissions (fs.read / fs.write).
 * Results are primitives, guest Uint8Arrays, arrays, and Float64Arrays of stat fields in node's
 * layout (dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then the sec and nsec of
 * atime, mtime, ctime and birthtime).
 */
import * as fs from 'fs';
import * as util from 'util';
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import { R, ThrowCompletion } from '../../interpreter/agent';
import { makeError } from '../../interpreter/errors';
import { ToBoolean } from '../../interpreter/ops/type-conversion';
import type { BuiltinImpl } from '../../interpreter/values/function';
import type { RuntimeContext } from './context';
import { Permissions, type PermissionScope } from '../permissions';
import { makeCallback, callbackScope } from './task-queue';
import { accessDeniedError, arr, bareObject, guestBytes, hostBytes, methods, sharedTypedArray, str } from './guest';

const errorMap = util.getSystemErrorMap();

/** A host fs error as node's guest error: message `${code}: ${description}, ${syscall} 'path' -> 'dest'`. */
export function uvError(e: NodeJS.ErrnoException, guestPath?: string, guestDest?: string): JSObject {
  const errno = typeof e.errno === 'number' ? e.errno : -1;
  const code = e.code ?? 'UNKNOWN';
  const desc = errorMap.get(errno)?.[1] ?? 'unknown error';
  const syscall = e.syscall ?? '';
  const p = guestPath ?? e.path;
  const d = guestDest ?? (e as { dest?: string }).dest;
  let message = `${code}: ${desc}, ${syscall}`;
  if (p !== undefined) message += ` '${p}'`;
  if (d !== undefined) message += ` -> '${d}'`;
  const err = makeError(R.realm, 'Error', message);
  err.setOwn('errno', errno);
  err.setOwn('code', code);
  err.setOwn('syscall', syscall);
  if (p !== undefined) err.setOwn('path', p);
  if (d !== undefined) err.setOwn('dest', d);
  return err;
}

function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/** node's ERR_ACCESS_DENIED for a path outside the permissions. */
function accessDenied(scope: PermissionScope, resource: string): ThrowCompletion {
  return accessDeniedError(Permissions.nodeName(scope), resource);
}

/** Stat fields in node's layout (kFsStatsFieldsNumber = 18). */
function statArray(s: fs.Stats): Value {
  const { guest, host } = sharedTypedArray<Float64Array>('Float64Array', 18);
  const t = (ms: number, i: number) => {
    const sec = Math.floor(ms / 1000);
    host[i] = sec;
    host[i + 1] = Math.round((ms - sec * 1000) * 1e6);
  };
  host[0] = s.dev; host[1] = s.mode; host[2] = s.nlink; host[3] = s.uid; host[4] = s.gid; host[5] = s.rdev;
  host[6] = s.blksize; host[7] = s.ino; host[8] = s.size; host[9] = s.blocks;
  t(s.atimeMs, 10); t(s.mtimeMs, 12); t(s.ctimeMs, 14); t(s.birthtimeMs, 16);
  return guest;
}

/** A dirent as [name, type] (type: node's UV_DIRENT_* numbers). */
function direntType(d: fs.Dirent): number {
  if (d.isFile()) return 1;
  if (d.isDirectory()) return 2;
  if (d.isSymbolicLink()) return 3;
  if (d.isFIFO()) return 4;
  if (d.isSocket()) return 5;
  if (d.isCharacterDevice()) return 6;
  if (d.isBlockDevice()) return 7;
  return 0;
}

function toData(v: Value): string | Uint8Array {
  if (typeof v === 'string') return v;
  const b = hostBytes(v);
  return b === undefined ? str(v) : b.slice();
}

function optNum(v: Value): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

/** One operation: which argument positions are paths (and their scope), the host sync call, the async one. */
interface Op {
  length: number;
  paths: [number, PermissionScope][];
  sync(h: any[], g: Value[]): Value;
  async(h: any[], g: Value[], done: (e: NodeJS.ErrnoException | null, result?: () => Value) => void): void;
}

const cb = (done: (e: NodeJS.ErrnoException | null, result?: () => Value) => void, conv: (r: any) => Value = () => undefined) =>
  (e: NodeJS.ErrnoException | null, r?: any) => (e ? done(e) : done(null, () => conv(r)));

const readOpts = (flag: Value) => ({ flag: typeof flag === 'string' ? flag : 'r' });

const OPS: Record<string, Op> = {
  access: {
    length: 2, paths: [[0, 'fs.read']],
    sync: (h) => { fs.accessSync(h[0], optNum(h[1])); return undefined; },
    async: (h, _g, done) => fs.access(h[0], optNum(h[1]), cb(done)),
  },
  exists: {
    length: 1, paths: [[0, 'fs.read']],
    sync: (h) => fs.existsSync(h[0]),
    async: (h, _g, done) => fs.access(h[0], (e) => done(null, () => e === null)),
  },
  stat: {
    length: 2, paths: [[0, 'fs.read']],
    sync: (h, g) => {
      const s = fs.statSync(h[0], { throwIfNoEntry: g[1] === undefined ? true : ToBoolean(g[1]) });
      return s === undefined ? undefined : statArray(s);
    },
    async: (h, _g, done) => fs.stat(h[0], cb(done, statArray)),
  },
  lstat: {
    length: 2, paths: [[0, 'fs.read']],
    sync: (h, g) => {
      const s = fs.lstatSync(h[0], { throwIfNoEntry: g[1] === undefined ? true : ToBoolean(g[1]) });
      return s === undefined ? undefined : statArray(s);
    },
    async: (h, _g, done) => fs.lstat(h[0], cb(done, statArray)),
  },
  fstat: {
    length: 1, paths: [],
    sync: (h) => statArray(fs.fstatSync(h[0])),
    async: (h, _g, done) => fs.fstat(h[0], cb(done, statArray)),
  },
  realpath: {
    length: 1, paths: [[0, 'fs.read']],
    sync: (h) => fs.realpathSync(h[0]),
    async: (h, _g, done) => fs.realpath(h[0], cb(done, (r) => r)),
  },
  readlink: {
    length: 1, paths: [[0, 'fs.read']],
    sync: (h) => fs.readlinkSync(h[0]),
    async: (h, _g, done) => fs.readlink(h[0], cb(done, (r) => r)),
  },
  readdir: {
    length: 2, paths: [[0, 'fs.read']],
    sync: (h, g) => readdirResult((fs.readdirSync as any)(h[0], { withFileTypes: ToBoolean(g[1]) }) as any[], ToBoolean(g[1])),
    async: (h, g, done) => (fs.readdir as any)(h[0], { withFileTypes: ToBoolean(g[1]) }, cb(done, (r) => readdirResult(r, ToBoolean(g[1])))),
  },
  readFile: {
    length: 2, paths: [[0, 'fs.read']],
    sync: (h, g) => guestBytes(fs.readFileSync(h[0], readOpts(g[1]))),
    async: (h, g, done) => fs.readFile(h[0], readOpts(g[1]), cb(done, (r) => guestBytes(r))),
  },
  readFileUtf8: {
    length: 2, paths: [[0, 'fs.read']],
    sync: (h, g) => fs.readFileSync(h[0], { encoding: 'utf8', ...readOpts(g[1]) }),
    async: (h, g, done) => fs.readFile(h[0], { encoding: 'utf8', ...readOpts(g[1]) }, cb(done, (r) => r)),
  },
  writeFile: {
    length: 4, paths: [[0, 'fs.write']],
    sync: (h, g) => { fs.writeFileSync(h[0], toData(g[1]), { flag: typeof g[2] === 'string' ? g[2] : 'w', mode: optNum(g[3]) }); return undefined; },
    async: (h, g, done) => fs.writeFile(h[0], toData(g[1]), { flag: typeof g[2] === 'string' ? g[2] : 'w', mode: optNum(g[3]) }, cb(done)),
  },
  mkdir: {
    length: 3, paths: [[0, 'fs.write']],
    sync: (h, g) => fs.mkdirSync(h[0], { recursive: ToBoolean(g[1]), mode: optNum(g[2]) }),
    async: (h, g, done) => fs.mkdir(h[0], { recursive: ToBoolean(g[1]), mode: optNum(g[2]) }, cb(done, (r) => r)),
  },
  mkdtemp: {
    length: 1, paths: [[0, 'fs.write']],
    sync: (h) => fs.mkdtempSync(h[0]),
    async: (h, _g, done) => fs.mkdtemp(h[0], cb(done, (r) => r)),
  },
  rmdir: {
    length: 1, paths: [[0, 'fs.write']],
    sync: (h) => { fs.rmdirSync(h[0]); return undefined; },
    async: (h, _g, done) => fs.rmdir(h[0], cb(done)),
  },
  rm: {
    length: 3, paths: [[0, 'fs.write']],
    sync: (h, g) => { fs.rmSync(h[0], { recursive: ToBoolean(g[1]), force: ToBoolean(g[2]) }); return undefined; },
    async: (h, g, done) => fs.rm(h[0], { recursive: ToBoolean(g[1]), force: ToBoolean(g[2]) }, cb(done)),
  },
  unlink: {
    length: 1, paths: [[0, 'fs.write']],
    sync: (h) => { fs.unlinkSync(h[0]); return undefined; },
    async: (h, _g, done) => fs.unlink(h[0], cb(done)),
  },
  rename: {
    length: 2, paths: [[0, 'fs.write'], [1, 'fs.write']],
    sync: (h) => { fs.renameSync(h[0], h[1]); return undefined; },
    async: (h, _g, done) => fs.rename(h[0], h[1], cb(done)),
  },
  copyFile: {
    length: 3, paths: [[0, 'fs.read'], [1, 'fs.write']],
    sync: (h, g) => { fs.copyFileSync(h[0], h[1], optNum(g[2])); return undefined; },
    async: (h, g, done) => fs.copyFile(h[0], h[1], optNum(g[2]) ?? 0, cb(done)),
  },
  symlink: {
    length: 3, paths: [[1, 'fs.write']],
    sync: (h, g) => { fs.symlinkSync(str(g[0]), h[1], typeof g[2] === 'string' ? g[2] as fs.symlink.Type : undefined); return undefined; },
    async: (h, g, done) => fs.symlink(str(g[0]), h[1], typeof g[2] === 'string' ? g[2] as fs.symlink.Type : undefined, cb(done)),
  },
  link: {
    length: 2, paths: [[0, 'fs.read'], [1, 'fs.write']],
    sync: (h) => { fs.linkSync(h[0], h[1]); return undefined; },
    async: (h, _g, done) => fs.link(h[0], h[1], cb(done)),
  },
  chmod: {
    length: 2, paths: [[0, 'fs.write']],
    sync: (h) => { fs.chmodSync(h[0], h[1]); return undefined; },
    async: (h, _g, done) => fs.chmod(h[0], h[1], cb(done)),
  },
  utimes: {
    length: 3, paths: [[0, 'fs.write']],
    sync: (h) => { fs.utimesSync(h[0], h[1], h[2]); return undefined; },
    async: (h, _g, done) => fs.utimes(h[0], h[1], h[2], cb(done)),
  },
  truncate: {
    length: 2, paths: [[0, 'fs.write']],
    sync: (h) => { fs.truncateSync(h[0], optNum(h[1])); return undefined; },
    async: (h, _g, done) => fs.truncate(h[0], optNum(h[1]), cb(done)),
  },
  open: {
    length: 3, paths: [[0, 'fs.read']],
    sync: (h, g) => fs.openSync(h[0], (g[1] as string | number) ?? 'r', optNum(g[2])),
    async: (h, g, done) => fs.open(h[0], (g[1] as string | number) ?? 'r', optNum(g[2]), cb(done, (r) => r)),
  },
  close: {
    length: 1, paths: [],
    sync: (h) => { fs.closeSync(h[0]); return undefined; },
    async: (h, _g, done) => fs.close(h[0], cb(done)),
  },
  ftruncate: {
    length: 2, paths: [],
    sync: (h) => { fs.ftruncateSync(h[0], optNum(h[1])); return undefined; },
    async: (h, _g, done) => fs.ftruncate(h[0], optNum(h[1]), cb(done)),
  },
  fsync: {
    length: 1, paths: [],
    sync: (h) => { fs.fsyncSync(h[0]); return undefined; },
    async: (h, _g, done) => fs.fsync(h[0], cb(done)),
  },
};

function readdirResult(list: any[], withTypes: boolean): Value {
  if (!withTypes) return arr(list.map((n) => String(n)));
  return arr([arr(list.map((d: fs.Dirent) => d.name)), arr(list.map((d: fs.Dirent) => direntType(d)))]);
}

/** Converts guest arguments to host ones: paths resolved (and checked), numbers as they are. */
function hostArgs(ctx: RuntimeContext, op: Op, g: Value[]): any[] {
  const h: any[] = g.slice(0, op.length).map((v) => (typeof v === 'number' || typeof v === 'string' ? v : undefined));
  for (const [i, scope] of op.paths) {
    const p = ctx.resolvePath(str(g[i]));
    if (!ctx.permissions.has(scope, p)) throw accessDenied(scope, p);
    h[i] = p;
  }
  return h;
}

function guestPathOf(op: Op, g: Value[], k: number): string | undefined {
  const entry = op.paths[k];
  return entry === undefined ? undefined : str(g[entry[0]]);
}

export function createFsBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  const b = bareObject();
  const table: Record<string, [BuiltinImpl, number]> = {};
  for (const name of Object.keys(OPS)) {
    const op = OPS[name];
    table[name] = [(_t, g) => {
      const h = hostArgs(ctx, op, g);
      try {
        return op.sync(h, g);
      } catch (e) {
        if (isErrno(e)) throw new ThrowCompletion(uvError(e, guestPathOf(op, g, 0), guestPathOf(op, g, 1)));
        throw e;
      }
    }, op.length];
    table[`${name}Async`] = [(_t, g) => {
      const callback = g[op.length];
      let h: any[];
      try {
        h = hostArgs(ctx, op, g);
      } catch (e) {
        // node reports a permission denial of an asynchronous call through its callback.
        if (!(e instanceof ThrowCompletion)) throw e;
        const denied = ctx.loop.startRequest();
        denied.complete(() => {
          if (callback instanceof JSObject) makeCallback(ctx, callback, undefined, [e.value]);
        });
        return undefined;
      }
      const req = ctx.loop.startRequest();
      const p0 = guestPathOf(op, g, 0), p1 = guestPathOf(op, g, 1);
      try {
        op.async(h, g, (e, result) => {
          req.complete(() => {
            if (!(callback instanceof JSObject)) return;
            if (e) makeCallback(ctx, callback, undefined, [uvError(e, p0, p1)]);
            else callbackScope(ctx, () => void callback.Call(undefined, [null, result ? result() : undefined]));
          });
        });
      } catch (e) {
        // Argument errors the host throws synchronously: deliver them like an operation's error.
        req.complete(() => {
          if (callback instanceof JSObject && isErrno(e)) makeCallback(ctx, callback, undefined, [uvError(e, p0, p1)]);
        });
        if (!isErrno(e)) throw e;
      }
      return undefined;
    }, op.length + 1];
  }
  methods(realm, b, table);
  methods(realm, b, {
    /** 0: a file, 1: a directory, negative errno otherwise (never throws; node's internalModuleStat). */
    internalModuleStat: [(_t, g) => {
      const p = ctx.resolvePath(str(g[0]));
      if (!ctx.permissions.has('fs.read', p)) return -13;
      try {
        const s = fs.statSync(p, { throwIfNoEntry: false });
        if (s === undefined) return -2;
        return s.isDirectory() ? 1 : 0;
      } catch (e) {
        return isErrno(e) && typeof e.errno === 'number' ? e.errno : -2;
      }
    }, 1],
    /** The text of a package.json, or undefined when there is none (node's internalModuleReadJSON). */
    internalModuleReadJSON: [(_t, g) => {
      const p = ctx.resolvePath(str(g[0]));
      if (!ctx.permissions.has('fs.read', p)) return undefined;
      try {
        return fs.readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    }, 1],
    /** write(fd, bytes|string, ...) to a host fd the guest opened (fds 1 and 2 go to the runtime's sinks). */
    writeBuffer: [(_t, g) => {
      const fd = g[0] as number;
      const bytes = hostBytes(g[1]);
      if (bytes === undefined) return 0;
      const off = optNum(g[2]) ?? 0;
      const len = optNum(g[3]) ?? bytes.length - off;
      const chunk = bytes.subarray(off, off + len);
      if (fd === 1 || fd === 2) {
        (fd === 1 ? ctx.options.stdout : ctx.options.stderr)(chunk.slice());
        return chunk.length;
      }
      try {
        return fs.writeSync(fd, chunk, 0, chunk.length, typeof g[4] === 'number' ? g[4] : null);
      } catch (e) {
        if (isErrno(e)) throw new ThrowCompletion(uvError(e));
        throw e;
      }
    }, 5],
    writeString: [(_t, g) => {
      const fd = g[0] as number;
      const s = str(g[1]);
      if (fd === 1 || fd === 2) {
        (fd === 1 ? ctx.options.stdout : ctx.options.stderr)(s);
        return Buffer.byteLength(s);
      }
      try {
        return fs.writeSync(fd, s, typeof g[2] === 'number' ? g[2] : null, typeof g[3] === 'string' ? g[3] as BufferEncoding : 'utf8');
      } catch (e) {
        if (isErrno(e)) throw new ThrowCompletion(uvError(e));
        throw e;
      }
    }, 4],
    /** read(fd, length, position): a Uint8Array of what was read (fd 0 reads the runtime's stdin). */
    read: [(_t, g) => {
      const fd = g[0] as number;
      const length = optNum(g[1]) ?? 65536;
      if (fd === 0 && ctx.options.readStdin) {
        // Standard input as the runtime gives it, consumed from where the last read stopped.
        const all = ctx.options.readStdin();
        const pos = (ctx.state.get('stdinPos') as number | undefined) ?? 0;
        const chunk = all.subarray(pos, pos + length);
        ctx.state.set('stdinPos', pos + chunk.length);
        return guestBytes(chunk);
      }
      const buf = new Uint8Array(length);
      try {
        const n = fs.readSync(fd, buf, 0, length, typeof g[2] === 'number' ? g[2] : null);
        return guestBytes(buf.subarray(0, n));
      } catch (e) {
        if (isErrno(e)) throw new ThrowCompletion(uvError(e));
        throw e;
      }
    }, 3],
  });
  return b;
}
