/**
 * internalBinding('fs'): the file system over the host's fs module (node's node_file.cc).
 *
 * Every operation has a sync form `op(...args)` that returns its result or throws node's
 * uvException-style guest error (`ENOENT: no such file or directory, open 'x'` with errno, code,
 * syscall, path, dest), and an async form `opAsync(...args, callback)` whose callback(err, result)
 * runs from the poll phase of the event loop (callback(null) alone when there is no result, as
 * node's FSReqCallback does). The host work of an async operation is done at once; only its
 * completion waits for the loop, so both forms share one implementation.
 *
 * Paths are resolved against the guest's working directory and checked against the permissions
 * (fs.read / fs.write); an fd is usable only if the guest opened it (the host's other descriptors
 * stay out of reach): fds 0, 1 and 2 are the runtime's stdin, stdout and stderr.
 *
 * Results are primitives, guest Uint8Arrays, arrays, and stat fields in node's layout (dev, mode,
 * nlink, uid, gid, rdev, blksize, ino, size, blocks, then sec and nsec of atime, mtime, ctime and
 * birthtime): a Float64Array, or an array of BigInts for the bigint form.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import { R, ThrowCompletion } from '../../interpreter/agent';
import { makeError } from '../../interpreter/errors';
import { ToBoolean } from '../../interpreter/ops/type-conversion';
import type { BuiltinImpl } from '../../interpreter/values/function';
import type { RuntimeContext } from './context';
import { Permissions, type PermissionScope } from '../permissions';
import { IOHandle } from '../event-loop';
import { makeCallback, callbackScope } from './task-queue';
import { accessDeniedError, nodeError, arr, bareObject, guestBytes, hostBytes, methods, sharedTypedArray, str } from './guest';

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

/** A host-style errno error (as the host's fs would throw it). */
function errnoError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { errno: -codeToErrno(code), code, syscall });
}

function codeToErrno(code: string): number {
  for (const [n, [c]] of errorMap) if (c === code) return Math.abs(n);
  return 0;
}

function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).errno === 'number';
}

/** node's ERR_ACCESS_DENIED for a path outside the permissions. */
function accessDenied(scope: PermissionScope, resource: string): ThrowCompletion {
  return accessDeniedError(Permissions.nodeName(scope), resource);
}

// ---- stat results ----

/** Stat fields in node's layout (kFsStatsFieldsNumber = 18), from a host BigIntStats. */
function statFields(s: fs.BigIntStats): bigint[] {
  const t = (ns: bigint) => [ns / 1000000000n, ns % 1000000000n];
  return [
    s.dev, s.mode, s.nlink, s.uid, s.gid, s.rdev, s.blksize, s.ino, s.size, s.blocks,
    ...t(s.atimeNs), ...t(s.mtimeNs), ...t(s.ctimeNs), ...t(s.birthtimeNs),
  ];
}

function statResult(s: fs.BigIntStats | undefined, bigint: boolean): Value {
  if (s === undefined) return undefined;
  const f = statFields(s);
  if (bigint) return arr(f);
  const { guest, host } = sharedTypedArray<Float64Array>('Float64Array', 18);
  for (let i = 0; i < 18; i++) host[i] = Number(f[i]);
  return guest;
}

function statfsResult(s: fs.StatsFs | fs.BigIntStatsFs, bigint: boolean): Value {
  const f = [s.type, s.bsize, s.blocks, s.bfree, s.bavail, s.files, s.ffree] as (number | bigint)[];
  return arr(f.map((v) => (bigint ? BigInt(v) : Number(v))));
}

/** A dirent's type as node's UV_DIRENT_* number. */
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

function nameValue(n: string | Buffer, asBuffer: boolean): Value {
  if (asBuffer) return guestBytes(typeof n === 'string' ? Buffer.from(n) : n);
  return String(n);
}

// ---- argument conversions ----

function num(v: Value, def = 0): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : def;
}

/** A position argument: a number or bigint >= 0, or null for the current position. */
function position(v: Value): number | bigint | null {
  if (typeof v === 'bigint') return v < 0n ? null : v;
  if (typeof v === 'number' && v >= 0) return v;
  return null;
}

function numPos(p: number | bigint | null): number | null {
  return typeof p === 'bigint' ? Number(p) : p;
}

/** A data argument as host bytes or a string (bytes copied: nothing host keeps a guest view). */
function dataArg(v: Value): string | Uint8Array {
  if (typeof v === 'string') return v;
  const b = hostBytes(v);
  return b === undefined ? str(v) : b.slice();
}

const WRITE_FLAGS = fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_APPEND;

/** The scopes an open(2) with these flags needs. */
function openScopes(flags: number): PermissionScope[] {
  const acc = flags & 3;
  const scopes: PermissionScope[] = [];
  if (acc === fs.constants.O_RDONLY || acc === fs.constants.O_RDWR) scopes.push('fs.read');
  if ((flags & WRITE_FLAGS) !== 0) scopes.push('fs.write');
  return scopes;
}

function flagNumber(v: Value, def: string): number | string {
  return typeof v === 'number' || typeof v === 'string' ? v : def;
}

// ---- the fd table ----

interface FsState {
  /** The host fds the guest opened. */
  fds: Set<number>;
  dirs: Map<number, fs.Dir>;
  watchers: Map<number, { watcher: fs.FSWatcher; handle: IOHandle }>;
  nextId: number;
}

function fsState(ctx: RuntimeContext): FsState {
  let st = ctx.state.get('fs') as FsState | undefined;
  if (st === undefined) {
    st = { fds: new Set(), dirs: new Map(), watchers: new Map(), nextId: 1 };
    ctx.state.set('fs', st);
  }
  return st;
}

/** Makes a host fd usable by the guest (for bindings that hand fds over: pipes, sockets...). */
export function adoptFd(ctx: RuntimeContext, fd: number): void {
  fsState(ctx).fds.add(fd);
}

/** Forgets a host fd (its owner closed it). */
export function releaseFd(ctx: RuntimeContext, fd: number): void {
  fsState(ctx).fds.delete(fd);
}

/**
 * Closes what the guest left open: its fds, directory handles and watchers (for a runtime that
 * ends while its host process goes on, e.g. an embedder's Sandbox).
 */
export function closeGuestResources(ctx: RuntimeContext): void {
  const st = ctx.state.get('fs') as FsState | undefined;
  if (st === undefined) return;
  for (const fd of st.fds) {
    try {
      fs.closeSync(fd);
    } catch {
      // Already closed.
    }
  }
  st.fds.clear();
  for (const dir of st.dirs.values()) {
    try {
      dir.closeSync();
    } catch {
      // Already closed.
    }
  }
  st.dirs.clear();
  for (const w of st.watchers.values()) {
    w.watcher.close();
    w.handle.close();
  }
  st.watchers.clear();
}

function isStdio(fd: number): boolean {
  return fd === 0 || fd === 1 || fd === 2;
}

/** An fd the guest may use; anything else is EBADF, as a closed descriptor would be. */
function checkFd(ctx: RuntimeContext, v: Value, syscall: string): number {
  const fd = num(v, -1);
  if (!fsState(ctx).fds.has(fd)) throw errnoError('EBADF', syscall);
  return fd;
}

/** Reads from the runtime's standard input, from where the last read stopped. */
function readStdin(ctx: RuntimeContext, length: number): Uint8Array {
  if (!ctx.options.readStdin) return new Uint8Array(0);
  const all = ctx.options.readStdin();
  const pos = (ctx.state.get('stdinPos') as number | undefined) ?? 0;
  const chunk = all.subarray(pos, pos + length);
  ctx.state.set('stdinPos', pos + chunk.length);
  return chunk;
}

function writeStdio(ctx: RuntimeContext, fd: number, chunk: string | Uint8Array): void {
  (fd === 1 ? ctx.options.stdout : ctx.options.stderr)(typeof chunk === 'string' ? chunk : chunk.slice());
}

/** Reads the rest of an fd (from its current position, or from pos when given). */
function readAllFd(ctx: RuntimeContext, v: Value): Buffer {
  const fd = num(v, -1);
  if (fd === 0 && !fsState(ctx).fds.has(0)) return Buffer.from(readStdin(ctx, Number.MAX_SAFE_INTEGER));
  checkFd(ctx, v, 'read');
  const chunks: Buffer[] = [];
  for (;;) {
    const buf = Buffer.alloc(65536);
    const n = fs.readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
  }
  return Buffer.concat(chunks);
}

// ---- operations ----

/** What an operation reports as path and dest in its errors: guest argument positions. */
interface Op {
  length: number;
  /** Argument positions whose (string) values an error names as path and dest. */
  names?: number[];
  run(ctx: RuntimeContext, g: Value[]): Value;
}

/** A guest path argument resolved and checked against every scope given. */
function hostPath(ctx: RuntimeContext, v: Value, ...scopes: PermissionScope[]): string {
  const bytes = hostBytes(v);
  // A path given as bytes (a Buffer) is used as bytes: names need not be UTF-8.
  const raw = bytes === undefined ? undefined : Buffer.from(bytes);
  const p = ctx.resolvePath(raw === undefined ? str(v) : raw.toString('utf8'));
  for (const scope of scopes) if (!ctx.permissions.has(scope, p)) throw accessDenied(scope, p);
  if (raw !== undefined && !raw.equals(Buffer.from(p))) {
    const abs = raw[0] === 0x2f ? raw : Buffer.concat([Buffer.from(ctx.cwd.endsWith('/') ? ctx.cwd : `${ctx.cwd}/`), raw]);
    return abs as unknown as string;
  }
  return p;
}

const P0 = [0];
const P01 = [0, 1];

const OPS: Record<string, Op> = {
  access: { length: 2, names: P0, run: (c, g) => void fs.accessSync(hostPath(c, g[0], 'fs.read'), num(g[1])) },
  exists: {
    length: 1,
    run: (c, g) => {
      const p = c.resolvePath(str(g[0]));
      return c.permissions.has('fs.read', p) && fs.existsSync(p);
    },
  },
  stat: {
    length: 3, names: P0,
    run: (c, g) => statResult(fs.statSync(hostPath(c, g[0], 'fs.read'), { bigint: true, throwIfNoEntry: g[1] === undefined || ToBoolean(g[1]) }), ToBoolean(g[2])),
  },
  lstat: {
    length: 3, names: P0,
    run: (c, g) => statResult(fs.lstatSync(hostPath(c, g[0], 'fs.read'), { bigint: true, throwIfNoEntry: g[1] === undefined || ToBoolean(g[1]) }), ToBoolean(g[2])),
  },
  fstat: {
    length: 2,
    run: (c, g) => {
      const fd = num(g[0], -1);
      if (isStdio(fd) && !c.permissions.enabled) return statResult(fs.fstatSync(fd, { bigint: true }), ToBoolean(g[1]));
      return statResult(fs.fstatSync(checkFd(c, g[0], 'fstat'), { bigint: true }), ToBoolean(g[1]));
    },
  },
  statfs: {
    length: 2, names: P0,
    run: (c, g) => statfsResult(fs.statfsSync(hostPath(c, g[0], 'fs.read'), { bigint: ToBoolean(g[1]) }), ToBoolean(g[1])),
  },
  realpath: {
    length: 2, names: P0,
    run: (c, g) => nameValue(fs.realpathSync.native(hostPath(c, g[0], 'fs.read'), { encoding: (ToBoolean(g[1]) ? 'buffer' : 'utf8') as 'utf8' }), ToBoolean(g[1])),
  },
  readlink: {
    length: 2, names: P0,
    run: (c, g) => nameValue(fs.readlinkSync(hostPath(c, g[0], 'fs.read'), { encoding: (ToBoolean(g[1]) ? 'buffer' : 'utf8') as 'utf8' }), ToBoolean(g[1])),
  },
  readdir: {
    length: 3, names: P0,
    run: (c, g) => {
      const p = hostPath(c, g[0], 'fs.read');
      const withTypes = ToBoolean(g[1]);
      const asBuffer = ToBoolean(g[2]);
      const encoding = asBuffer ? 'buffer' : 'utf8';
      if (!withTypes) return arr((fs.readdirSync(p, { encoding: encoding as 'utf8' }) as (string | Buffer)[]).map((n) => nameValue(n, asBuffer)));
      const list = fs.readdirSync(p, { encoding: encoding as 'utf8', withFileTypes: true }) as fs.Dirent[];
      return arr([arr(list.map((d) => nameValue(d.name as string | Buffer, asBuffer))), arr(list.map(direntType))]);
    },
  },
  readFile: {
    length: 2, names: P0,
    run: (c, g) => {
      if (typeof g[0] === 'number') return guestBytes(readAllFd(c, g[0]));
      return guestBytes(fs.readFileSync(hostPath(c, g[0], 'fs.read'), { flag: flagNumber(g[1], 'r') as string }));
    },
  },
  readFileUtf8: {
    length: 2, names: P0,
    run: (c, g) => {
      if (typeof g[0] === 'number') return readAllFd(c, g[0]).toString('utf8');
      return fs.readFileSync(hostPath(c, g[0], 'fs.read'), { encoding: 'utf8', flag: flagNumber(g[1], 'r') as string });
    },
  },
  writeFile: {
    length: 5, names: P0,
    run: (c, g) => {
      const data = dataArg(g[1]);
      if (typeof g[0] === 'number') {
        const fd = num(g[0]);
        if (fd === 1 || fd === 2) return void writeStdio(c, fd, data);
        fs.writeFileSync(checkFd(c, g[0], 'write'), data);
        return undefined;
      }
      const flag = flagNumber(g[2], 'w');
      const scopes: PermissionScope[] = typeof flag === 'number' ? openScopes(flag) : flag.includes('+') ? ['fs.read', 'fs.write'] : ['fs.write'];
      fs.writeFileSync(hostPath(c, g[0], ...scopes), data, { flag: flag as string, mode: num(g[3], 0o666), flush: ToBoolean(g[4]) } as fs.WriteFileOptions);
      return undefined;
    },
  },
  mkdir: {
    length: 3, names: P0,
    run: (c, g) => {
      const p = hostPath(c, g[0], 'fs.write');
      const recursive = ToBoolean(g[1]);
      // A relative path under a working directory that was removed: as mkdir(2) would, fail.
      if (recursive && !path.isAbsolute(str(g[0])) && !fs.existsSync(c.cwd)) throw errnoError('ENOENT', 'mkdir');
      const first = fs.mkdirSync(p, { recursive, mode: num(g[2], 0o777) });
      if (first === undefined) return undefined;
      // The first folder made, as the guest's path names it (a relative path gives a relative one).
      let named = str(g[0]);
      while (c.resolvePath(named) !== first && path.dirname(named) !== named) named = path.dirname(named);
      return c.resolvePath(named) === first ? named : first;
    },
  },
  mkdtemp: {
    length: 2,
    run: (c, g) => {
      const prefix = str(g[0]);
      const p = hostPath(c, prefix, 'fs.write');
      let made: string;
      try {
        made = fs.mkdtempSync(p);
      } catch (e) {
        if (isErrno(e)) throw new ThrowCompletion(uvError(e, `${prefix}XXXXXX`));
        throw e;
      }
      const guestMade = prefix + made.slice(p.length);
      return nameValue(guestMade, ToBoolean(g[1]));
    },
  },
  rmdir: { length: 1, names: P0, run: (c, g) => void fs.rmdirSync(hostPath(c, g[0], 'fs.write')) },
  rm: {
    length: 5, names: P0,
    run: (c, g) => void fs.rmSync(hostPath(c, g[0], 'fs.write'), {
      recursive: ToBoolean(g[1]), force: ToBoolean(g[2]), maxRetries: num(g[3]), retryDelay: num(g[4], 100),
    }),
  },
  unlink: { length: 1, names: P0, run: (c, g) => void fs.unlinkSync(hostPath(c, g[0], 'fs.write')) },
  rename: {
    length: 2, names: P01,
    run: (c, g) => void fs.renameSync(hostPath(c, g[0], 'fs.read', 'fs.write'), hostPath(c, g[1], 'fs.write')),
  },
  copyFile: {
    length: 3, names: P01,
    run: (c, g) => void fs.copyFileSync(hostPath(c, g[0], 'fs.read'), hostPath(c, g[1], 'fs.write'), num(g[2])),
  },
  symlink: {
    length: 3, names: P01,
    run: (c, g) => {
      const target = str(g[0]);
      const p = hostPath(c, g[1], 'fs.write');
      // A link must not open a way out of the allowed paths: its target needs both accesses.
      if (c.permissions.enabled) hostPath(c, path.resolve(path.dirname(p), target), 'fs.read', 'fs.write');
      fs.symlinkSync(target, p, typeof g[2] === 'string' ? g[2] as fs.symlink.Type : undefined);
      return undefined;
    },
  },
  link: {
    length: 2, names: P01,
    run: (c, g) => void fs.linkSync(hostPath(c, g[0], 'fs.read', 'fs.write'), hostPath(c, g[1], 'fs.write')),
  },
  chmod: { length: 2, names: P0, run: (c, g) => void fs.chmodSync(hostPath(c, g[0], 'fs.write'), num(g[1])) },
  chown: { length: 3, names: P0, run: (c, g) => void fs.chownSync(hostPath(c, g[0], 'fs.write'), num(g[1]), num(g[2])) },
  lchown: { length: 3, names: P0, run: (c, g) => void fs.lchownSync(hostPath(c, g[0], 'fs.write'), num(g[1]), num(g[2])) },
  utimes: { length: 3, names: P0, run: (c, g) => void fs.utimesSync(hostPath(c, g[0], 'fs.write'), num(g[1]), num(g[2])) },
  lutimes: { length: 3, names: P0, run: (c, g) => void fs.lutimesSync(hostPath(c, g[0], 'fs.write'), num(g[1]), num(g[2])) },
  truncate: { length: 2, names: P0, run: (c, g) => void fs.truncateSync(hostPath(c, g[0], 'fs.write'), num(g[1])) },
  open: {
    length: 3, names: P0,
    run: (c, g) => {
      const flags = num(g[1]);
      const fd = fs.openSync(hostPath(c, g[0], ...openScopes(flags)), flags, num(g[2], 0o666));
      fsState(c).fds.add(fd);
      return fd;
    },
  },
  close: {
    length: 1,
    run: (c, g) => {
      const fd = num(g[0], -1);
      if (isStdio(fd) && !fsState(c).fds.has(fd)) return undefined;
      fs.closeSync(checkFd(c, g[0], 'close'));
      fsState(c).fds.delete(fd);
      return undefined;
    },
  },
  ftruncate: { length: 2, run: (c, g) => void fs.ftruncateSync(checkFd(c, g[0], 'ftruncate'), num(g[1])) },
  fsync: { length: 1, run: (c, g) => void fs.fsyncSync(checkFd(c, g[0], 'fsync')) },
  fdatasync: { length: 1, run: (c, g) => void fs.fdatasyncSync(checkFd(c, g[0], 'fdatasync')) },
  fchmod: { length: 2, run: (c, g) => void fs.fchmodSync(checkFd(c, g[0], 'fchmod'), num(g[1])) },
  fchown: { length: 3, run: (c, g) => void fs.fchownSync(checkFd(c, g[0], 'fchown'), num(g[1]), num(g[2])) },
  futimes: { length: 3, run: (c, g) => void fs.futimesSync(checkFd(c, g[0], 'futime'), num(g[1]), num(g[2])) },
  /** read(fd, buffer, offset, length, position): bytes read into buffer at offset. */
  read: {
    length: 5,
    run: (c, g) => {
      const target = hostBytes(g[1]);
      if (target === undefined) return 0;
      const off = num(g[2]);
      const len = Math.max(0, Math.min(num(g[3], target.length - off), target.length - off));
      if (num(g[0], -1) === 0 && !fsState(c).fds.has(0)) {
        const chunk = readStdin(c, len);
        target.set(chunk, off);
        return chunk.length;
      }
      const fd = checkFd(c, g[0], 'read');
      const tmp = Buffer.alloc(len);
      const n = fs.readSync(fd, tmp, 0, len, position(g[4]));
      // The guest's bytes may have moved (a resize) while the host read: take a fresh view.
      const view = hostBytes(g[1]);
      if (view !== undefined) view.set(tmp.subarray(0, Math.min(n, Math.max(0, view.length - off))), off);
      return n;
    },
  },
  /** readBuffers(fd, buffers, position): bytes read, filling each buffer in turn. */
  readBuffers: {
    length: 3,
    run: (c, g) => {
      const list = g[1] instanceof JSObject ? listOf(g[1]) : [];
      const sizes = list.map((b) => hostBytes(b)?.length ?? 0);
      const total = sizes.reduce((a, b) => a + b, 0);
      let data: Uint8Array;
      if (num(g[0], -1) === 0 && !fsState(c).fds.has(0)) {
        data = readStdin(c, total);
      } else {
        const fd = checkFd(c, g[0], 'read');
        const tmp = Buffer.alloc(total);
        const n = fs.readSync(fd, tmp, 0, total, position(g[2]));
        data = tmp.subarray(0, n);
      }
      let at = 0;
      for (const b of list) {
        if (at >= data.length) break;
        const view = hostBytes(b);
        if (view === undefined) continue;
        const part = data.subarray(at, at + view.length);
        view.set(part);
        at += part.length;
      }
      return data.length;
    },
  },
  /** writeBuffer(fd, buffer, offset, length, position): bytes written. */
  writeBuffer: {
    length: 5,
    run: (c, g) => {
      const bytes = hostBytes(g[1]);
      if (bytes === undefined) return 0;
      const off = num(g[2]);
      const len = num(g[3], bytes.length - off);
      const chunk = bytes.slice(off, off + len);
      const fd = num(g[0], -1);
      if ((fd === 1 || fd === 2) && !fsState(c).fds.has(fd)) {
        writeStdio(c, fd, chunk);
        return chunk.length;
      }
      return fs.writeSync(checkFd(c, g[0], 'write'), chunk, 0, chunk.length, numPos(position(g[4])));
    },
  },
  /** writeString(fd, string, position, encoding): bytes written. */
  writeString: {
    length: 4,
    run: (c, g) => {
      const s = str(g[1]);
      const enc = (typeof g[3] === 'string' && Buffer.isEncoding(g[3]) ? g[3] : 'utf8') as BufferEncoding;
      const fd = num(g[0], -1);
      if ((fd === 1 || fd === 2) && !fsState(c).fds.has(fd)) {
        if (enc === 'utf8' || enc === 'utf-8') writeStdio(c, fd, s);
        else writeStdio(c, fd, Buffer.from(s, enc));
        return Buffer.byteLength(s, enc);
      }
      const bytes = Buffer.from(s, enc);
      return fs.writeSync(checkFd(c, g[0], 'write'), bytes, 0, bytes.length, numPos(position(g[2])));
    },
  },
  /** writeBuffers(fd, buffers, position): bytes written. */
  writeBuffers: {
    length: 3,
    run: (c, g) => {
      const list = g[1] instanceof JSObject ? listOf(g[1]) : [];
      const chunks = list.map((b) => (hostBytes(b) ?? new Uint8Array(0)).slice());
      const fd = num(g[0], -1);
      if ((fd === 1 || fd === 2) && !fsState(c).fds.has(fd)) {
        const all = Buffer.concat(chunks);
        writeStdio(c, fd, all);
        return all.length;
      }
      return fs.writevSync(checkFd(c, g[0], 'write'), chunks, num(position(g[2]) ?? undefined, undefined as unknown as number));
    },
  },
  opendir: {
    length: 1, names: P0,
    run: (c, g) => {
      const dir = fs.opendirSync(hostPath(c, g[0], 'fs.read'));
      const st = fsState(c);
      const id = st.nextId++;
      st.dirs.set(id, dir);
      return id;
    },
  },
  /** dirRead(id, count): up to count entries as [names, types], or null at the end. */
  dirRead: {
    length: 2,
    run: (c, g) => {
      const dir = fsState(c).dirs.get(num(g[0]));
      if (dir === undefined) throw errnoError('EBADF', 'scandir');
      const names: Value[] = [];
      const types: Value[] = [];
      const count = Math.max(1, num(g[1], 32));
      while (names.length < count) {
        const d = dir.readSync();
        if (d === null) break;
        names.push(d.name);
        types.push(direntType(d));
      }
      return names.length === 0 ? null : arr([arr(names), arr(types)]);
    },
  },
  dirClose: {
    length: 1,
    run: (c, g) => {
      const st = fsState(c);
      const dir = st.dirs.get(num(g[0]));
      if (dir === undefined) throw errnoError('EBADF', 'closedir');
      st.dirs.delete(num(g[0]));
      dir.closeSync();
      return undefined;
    },
  },
};

/** The elements of a guest array of buffers. */
function listOf(o: JSObject): Value[] {
  const n = num(o.Get('length', o));
  const out: Value[] = [];
  for (let i = 0; i < n; i++) out.push(o.Get(String(i), o));
  return out;
}

function guestName(g: Value[], op: Op, k: number): string | undefined {
  const i = op.names?.[k];
  if (i === undefined) return undefined;
  const v = g[i];
  if (typeof v === 'string') return v;
  const bytes = hostBytes(v);
  return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
}

/** Syscalls on descriptors: node names no path in their errors. */
const FD_SYSCALLS = new Set(['read', 'write', 'fstat', 'close', 'fsync', 'fdatasync', 'ftruncate', 'futime', 'fchmod', 'fchown']);

/** Runs an operation, turning host errors into node's guest errors. */
function runOp(ctx: RuntimeContext, op: Op, g: Value[]): Value {
  try {
    return op.run(ctx, g);
  } catch (e) {
    if (isErrno(e)) {
      // The guest's names for the paths the host error names (a read error names none).
      if (FD_SYSCALLS.has(e.syscall ?? '')) throw new ThrowCompletion(uvError({ ...e, message: e.message, name: e.name, path: undefined }));
      const hasDest = (e as { dest?: string }).dest !== undefined;
      throw new ThrowCompletion(uvError(e, guestName(g, op, 0), hasDest ? guestName(g, op, 1) : undefined));
    }
    // The host's own argument checks (ERR_OUT_OF_RANGE...): the same error, as a guest one.
    if (e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string') {
      const type = e instanceof RangeError ? 'RangeError' : e instanceof TypeError ? 'TypeError' : 'Error';
      throw new ThrowCompletion(nodeError(type, (e as NodeJS.ErrnoException).code!, e.message));
    }
    throw e;
  }
}

/** Calls a guest callback from the poll phase: (err) or (null[, result]). */
function complete(ctx: RuntimeContext, callback: Value, run: () => Value): void {
  let result: Value;
  let error: Value | undefined;
  try {
    result = run();
  } catch (e) {
    if (!(e instanceof ThrowCompletion)) throw e;
    error = e.value;
  }
  const req = ctx.loop.startRequest();
  req.complete(() => {
    if (!(callback instanceof JSObject)) return;
    if (error !== undefined) makeCallback(ctx, callback, undefined, [error]);
    else callbackScope(ctx, () => void callback.Call(undefined, result === undefined ? [null] : [null, result]));
  });
}

/** fs.watch: a host watcher whose events go to a guest callback(eventType, filename) from the poll phase. */
function watchMethods(ctx: RuntimeContext): Record<string, [BuiltinImpl, number]> {
  const st = fsState(ctx);
  return {
    /** watch(path, persistent, recursive, asBuffer, onchange(event, filename), onerror(err)): a watcher id. */
    watch: [(_t, g) => runOp(ctx, { length: 6, names: P0, run: () => {
      const p = hostPath(ctx, g[0], 'fs.read');
      const onchange = g[4];
      const onerror = g[5];
      const asBuffer = ToBoolean(g[3]);
      const watcher = fs.watch(p, { persistent: false, recursive: ToBoolean(g[2]), encoding: asBuffer ? 'buffer' : 'utf8' } as fs.WatchOptions);
      const handle = new IOHandle(ctx.loop);
      handle.setRef(ToBoolean(g[1]));
      handle.start();
      const id = st.nextId++;
      st.watchers.set(id, { watcher, handle });
      watcher.on('change', (event: string, filename: string | Buffer | null) => {
        ctx.loop.post(() => {
          if (handle.closing || handle.closed || !(onchange instanceof JSObject)) return;
          const name = filename === null ? null : nameValue(filename, asBuffer);
          makeCallback(ctx, onchange, undefined, [event, name]);
        });
      });
      watcher.on('error', (e: NodeJS.ErrnoException) => {
        ctx.loop.post(() => {
          if (handle.closing || handle.closed || !(onerror instanceof JSObject)) return;
          makeCallback(ctx, onerror, undefined, [uvError({ ...e, syscall: 'watch', errno: e.errno, code: e.code, name: e.name, message: e.message }, str(g[0]))]);
        });
      });
      return id;
    } }, g), 6],
    watchClose: [(_t, g) => {
      const w = st.watchers.get(num(g[0]));
      if (w !== undefined) {
        st.watchers.delete(num(g[0]));
        w.watcher.close();
        w.handle.close();
      }
      return undefined;
    }, 1],
    watchRef: [(_t, g) => {
      st.watchers.get(num(g[0]))?.handle.setRef(ToBoolean(g[1]));
      return undefined;
    }, 2],
  };
}

export function createFsBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  const b = bareObject();
  const table: Record<string, [BuiltinImpl, number]> = {};
  for (const name of Object.keys(OPS)) {
    const op = OPS[name];
    table[name] = [(_t, g) => runOp(ctx, op, g), op.length];
    table[`${name}Async`] = [(_t, g) => {
      const args = g.slice(0, op.length);
      while (args.length < op.length) args.push(undefined);
      complete(ctx, g[op.length], () => runOp(ctx, op, args));
      return undefined;
    }, op.length + 1];
  }
  methods(realm, b, table);
  methods(realm, b, watchMethods(ctx));
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
  });
  return b;
}
