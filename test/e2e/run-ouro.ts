/**
 * Helpers for the end-to-end tests: run `node bin/ouro.js ...` as a child process, and a small
 * concurrency limiter so that many runs share the machine's cores.
 */
import { execFile } from 'child_process';
import * as os from 'os';
import * as path from 'path';

/** The repository root (this file is compiled to dist/test/e2e/). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const OURO = path.join(ROOT, 'bin', 'ouro.js');

export interface RunResult {
  stdout: string;
  stderr: string;
  /** The exit code, or null when the process was killed (see signal). */
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
}

/** Runs the ouro CLI with args; never rejects. */
export function runOuro(args: string[], opts: { input?: string; timeoutMs?: number; cwd?: string } = {}): Promise<RunResult> {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [OURO, ...args], {
      cwd: opts.cwd ?? ROOT,
      timeout: opts.timeoutMs ?? 60_000,
      maxBuffer: 64 << 20,
      encoding: 'utf8',
    }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: unknown; signal?: NodeJS.Signals | null }) | null;
      const code = e === null ? 0 : typeof e.code === 'number' ? e.code : null;
      resolve({ stdout, stderr, code, signal: e?.signal ?? null, ms: Date.now() - start });
    });
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    else child.stdin!.end();
  });
}

/** Returns a function that runs tasks with at most n at a time. */
export function limiter(n = Math.max(1, Math.min(4, os.cpus().length))): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    if (active >= n || queue.length === 0) return;
    active++;
    queue.shift()!();
  };
  return <T>(task: () => Promise<T>) => new Promise<T>((resolve, reject) => {
    queue.push(() => {
      task().then(resolve, reject).finally(() => {
        active--;
        next();
      });
    });
    next();
  });
}
