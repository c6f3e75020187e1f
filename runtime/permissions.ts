/**
 * What a realm's guest may do outside the interpreter. Every binding asks here before it touches
 * the host. The CLI allows everything (like `node`) unless permission flags are given, in node's
 * own terms (`--permission`, `--allow-fs-read=`, `--allow-fs-write=`, `--allow-child-process`,
 * `--allow-worker`, plus `--allow-net=` and `--allow-env=`); the embedding API's Sandbox starts
 * from nothing allowed.
 */
import * as path from 'path';

/** node's permission scopes (process.permission.has), plus net and env. */
export type PermissionScope = 'fs' | 'fs.read' | 'fs.write' | 'child' | 'worker' | 'net' | 'env';

/** A list of allowed resources, or '*' for all of them. */
export type Allowance = '*' | readonly string[];

export interface PermissionSpec {
  fsRead?: Allowance;
  fsWrite?: Allowance;
  childProcess?: boolean;
  worker?: boolean;
  /** Hosts (host or host:port) the guest may connect to or listen on. */
  net?: Allowance;
  /** Environment variable names the guest sees in process.env. */
  env?: Allowance;
}

/** node's names of the permissions, for ERR_ACCESS_DENIED's `permission` property. */
const NODE_NAMES: Record<PermissionScope, string> = {
  'fs': 'FileSystem',
  'fs.read': 'FileSystemRead',
  'fs.write': 'FileSystemWrite',
  'child': 'ChildProcess',
  'worker': 'WorkerThreads',
  'net': 'Net',
  'env': 'Environment',
};

/** Is `file` (absolute) one of the allowed paths or inside one (a trailing '*' allows a prefix)? */
function pathAllowed(list: Allowance, file: string): boolean {
  if (list === '*') return true;
  for (const entry of list) {
    if (entry.endsWith('*')) {
      if (file.startsWith(entry.slice(0, -1))) return true;
      continue;
    }
    const base = path.resolve(entry);
    if (file === base || file.startsWith(base.endsWith(path.sep) ? base : base + path.sep)) return true;
  }
  return false;
}

export class Permissions {
  private constructor(
    /** node's permission model is on (--permission or a Sandbox): process.permission exists. */
    readonly enabled: boolean,
    private readonly spec: Required<PermissionSpec>,
  ) {}

  /** Everything allowed, no permission model (the CLI without flags). */
  static all(): Permissions {
    return new Permissions(false, { fsRead: '*', fsWrite: '*', childProcess: true, worker: true, net: '*', env: '*' });
  }

  /** Nothing allowed but what spec grants (the embedding API's default is the empty spec). */
  static restricted(spec: PermissionSpec = {}): Permissions {
    return new Permissions(true, {
      fsRead: spec.fsRead ?? [],
      fsWrite: spec.fsWrite ?? [],
      childProcess: spec.childProcess ?? false,
      worker: spec.worker ?? false,
      net: spec.net ?? [],
      env: spec.env ?? [],
    });
  }

  /** process.permission.has(scope, reference). Paths must be absolute. */
  has(scope: PermissionScope, reference?: string): boolean {
    const s = this.spec;
    switch (scope) {
      case 'fs':
        return this.has('fs.read', reference) && this.has('fs.write', reference);
      case 'fs.read':
        return reference === undefined ? s.fsRead === '*' || s.fsRead.length > 0 : pathAllowed(s.fsRead, reference);
      case 'fs.write':
        return reference === undefined ? s.fsWrite === '*' || s.fsWrite.length > 0 : pathAllowed(s.fsWrite, reference);
      case 'child':
        return s.childProcess;
      case 'worker':
        return s.worker;
      case 'net': {
        if (s.net === '*') return true;
        if (reference === undefined) return s.net.length > 0;
        const host = reference.replace(/:\d+$/, '');
        return s.net.includes(reference) || s.net.includes(host);
      }
      case 'env':
        if (s.env === '*') return true;
        return reference === undefined ? s.env.length > 0 : s.env.includes(reference);
    }
  }

  /** node's name of a scope (ERR_ACCESS_DENIED's `permission`). */
  static nodeName(scope: PermissionScope): string {
    return NODE_NAMES[scope];
  }

  /** The environment the guest sees: the allowed variables of env. */
  filterEnv(env: Record<string, string | undefined>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of Object.keys(env)) {
      const v = env[k];
      if (v !== undefined && this.has('env', k)) out[k] = v;
    }
    return out;
  }
}
