/**
 * The per-realm state the bindings share (node's Environment): the realm and its agent, the event
 * loop, permissions, the process' options, the guest's working directory and output sinks, and
 * the bindings made so far (each made on first use).
 */
import * as path from 'path';
import type { Realm } from '../../interpreter/realm';
import type { Agent } from '../../interpreter/agent';
import type { JSObject } from '../../interpreter/values/object';
import type { EventLoop } from '../event-loop';
import type { Permissions } from '../permissions';
import type { BuiltinLoader } from '../modules/builtins';

export interface RuntimeOptions {
  /** process.argv: [execPath, main file, ...arguments] (for -e: [execPath, ...arguments]). */
  argv: string[];
  execArgv: string[];
  execPath: string;
  argv0: string;
  /** The host environment (filtered by the permissions into process.env). */
  env: Record<string, string | undefined>;
  /** The initial working directory (absolute). */
  cwd: string;
  permissions: Permissions;
  /** Where the guest's fd 1 and fd 2 go. */
  stdout(chunk: string | Uint8Array): void;
  stderr(chunk: string | Uint8Array): void;
  /** Reads all of standard input (for synchronous fd 0 reads); absent: stdin is empty. */
  readStdin?(): Uint8Array;
  /**
   * Reads standard input asynchronously, a chunk at a time (process.stdin): calls back with up
   * to `size` bytes, or an empty array at the end. Absent: the chunks come from readStdin().
   */
  readStdinAsync?(size: number, callback: (err: Error | null, chunk: Uint8Array) => void): void;
  isTTY?: { stdin?: boolean; stdout?: boolean; stderr?: boolean };
  /** Color console output as node does on a terminal. */
  colors?: boolean;
}

/** Thrown (as a host exception no guest code can catch) by process.reallyExit: ends the process. */
export class ProcessExit {
  constructor(readonly code: number) {}
}

export type BindingFactory = (ctx: RuntimeContext) => JSObject;

export class RuntimeContext {
  /** The guest's working directory (process.chdir changes it; the host's stays as it is). */
  cwd: string;
  /** The guest process object (set by the bootstrap). */
  process: JSObject | null = null;
  builtins!: BuiltinLoader;
  readonly bindings = new Map<string, JSObject>();
  /** Host-side state bindings keep per realm, by binding name. */
  readonly state = new Map<string, unknown>();
  /** The moment the runtime started (performance.now()), for process.uptime and performance.timeOrigin. */
  readonly startTime = performance.now();
  readonly timeOrigin = performance.timeOrigin + performance.now();

  constructor(
    readonly realm: Realm,
    readonly agent: Agent,
    readonly loop: EventLoop,
    readonly options: RuntimeOptions,
  ) {
    this.cwd = options.cwd;
  }

  get permissions(): Permissions {
    return this.options.permissions;
  }

  /** An absolute path for a guest path (relative paths are relative to the guest's cwd). */
  resolvePath(p: string): string {
    return path.resolve(this.cwd, p);
  }
}
