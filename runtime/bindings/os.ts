/**
 * internalBinding('os'): the host's operating-system facts over the host's os module (node's
 * node_os.cc). Results are primitives, plain arrays and records; a failure fills the guest's ctx
 * record ({ errno, code, message, syscall }) and returns undefined, as node's binding does, for
 * the guest to throw ERR_SYSTEM_ERROR. Changing a process' priority touches the host, so it
 * needs the 'child' permission.
 */
import * as os from 'os';
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import type { RuntimeContext } from './context';
import { accessDeniedError, arr, bareObject, guestBytes, hostBytes, methods, obj, values } from './guest';

interface HostSystemError {
  info?: { errno: number; code: string; message: string; syscall: string };
  errno?: number;
  code?: string;
  syscall?: string;
  message?: string;
}

/** Copies a host system error into the guest's ctx record. */
function fillCtx(ctxObj: Value, e: unknown): undefined {
  if (!(ctxObj instanceof JSObject)) return undefined;
  const err = e as HostSystemError;
  const info = err.info ?? { errno: err.errno ?? -1, code: err.code ?? 'UNKNOWN', message: err.message ?? 'unknown error', syscall: err.syscall ?? '' };
  ctxObj.setOwn('errno', info.errno);
  ctxObj.setOwn('code', info.code);
  ctxObj.setOwn('message', info.message);
  ctxObj.setOwn('syscall', info.syscall);
  return undefined;
}

export function createOsBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  const b = bareObject();
  values(b, { isBigEndian: os.endianness() === 'BE' });
  return methods(realm, b, {
    getHostname: [(_t, a) => {
      try {
        return os.hostname();
      } catch (e) {
        return fillCtx(a[0], e);
      }
    }, 1],
    /** [sysname, version, release, machine] (uv_os_uname). */
    getOSInformation: [(_t, a) => {
      try {
        return arr([os.type(), os.version(), os.release(), os.machine()]);
      } catch (e) {
        return fillCtx(a[0], e);
      }
    }, 1],
    getHomeDirectory: [(_t, a) => {
      try {
        return os.homedir();
      } catch (e) {
        return fillCtx(a[0], e);
      }
    }, 1],
    getUptime: [(_t, a) => {
      try {
        return os.uptime();
      } catch (e) {
        return fillCtx(a[0], e);
      }
    }, 1],
    getTotalMem: [() => os.totalmem(), 0],
    getFreeMem: [() => os.freemem(), 0],
    getAvailableParallelism: [() => os.availableParallelism(), 0],
    /** [model, speed, user, nice, sys, idle, irq, ...] for each cpu. */
    getCPUs: [() => {
      const out: Value[] = [];
      for (const c of os.cpus()) out.push(c.model, c.speed, c.times.user, c.times.nice, c.times.sys, c.times.idle, c.times.irq);
      return arr(out);
    }, 0],
    /** getLoadAvg(Float64Array(3)): fills it. */
    getLoadAvg: [(_t, a) => {
      const bytes = hostBytes(a[0]);
      if (bytes !== undefined && bytes.byteLength >= 24 && bytes.byteOffset % 8 === 0) {
        const view = new Float64Array(bytes.buffer, bytes.byteOffset, 3);
        const l = os.loadavg();
        view[0] = l[0]; view[1] = l[1]; view[2] = l[2];
      }
      return undefined;
    }, 1],
    /** [name, address, netmask, family, mac, internal, scopeid (-1: none), cidr, ...] per address. */
    getInterfaceAddresses: [(_t, a) => {
      let ifaces: NodeJS.Dict<os.NetworkInterfaceInfo[]>;
      try {
        ifaces = os.networkInterfaces();
      } catch (e) {
        return fillCtx(a[0], e);
      }
      const out: Value[] = [];
      for (const name of Object.keys(ifaces)) {
        for (const i of ifaces[name] ?? []) {
          out.push(name, i.address, i.netmask, i.family, i.mac, i.internal, i.family === 'IPv6' ? i.scopeid ?? -1 : -1, i.cidr);
        }
      }
      return arr(out);
    }, 1],
    /** getUserInfo(encoding, ctx): { uid, gid, username, homedir, shell }; 'buffer' gives byte arrays. */
    getUserInfo: [(_t, a) => {
      try {
        const buffers = a[0] === 'buffer';
        const u: os.UserInfo<string | Buffer> = buffers ? os.userInfo({ encoding: 'buffer' }) : os.userInfo();
        const v = (x: string | Buffer | null): Value => (x === null ? null : typeof x === 'string' ? x : guestBytes(x));
        return obj(realm, { uid: u.uid, gid: u.gid, username: v(u.username), homedir: v(u.homedir), shell: v(u.shell) });
      } catch (e) {
        return fillCtx(a[1], e);
      }
    }, 2],
    /** setPriority(pid, priority, ctx): 0, or fills ctx and returns its errno. */
    setPriority: [(_t, a) => {
      if (!ctx.permissions.has('child')) throw accessDeniedError('ChildProcess');
      try {
        os.setPriority(a[0] as number, a[1] as number);
        return 0;
      } catch (e) {
        fillCtx(a[2], e);
        return (e as HostSystemError).info?.errno ?? -1;
      }
    }, 3],
    getPriority: [(_t, a) => {
      try {
        return os.getPriority(a[0] as number);
      } catch (e) {
        return fillCtx(a[1], e);
      }
    }, 2],
  });
}
