/**
 * The `ouro` command line, worker half: runs one program in the Node runtime (runtime/bootstrap.ts)
 * on a thread with a large host stack (see runtime/cli.ts), writes the guest's output straight to
 * fds 1 and 2 (synchronous, so stdout and stderr stay in order), and ends the thread with the
 * exit code: the program's, or the code of the limit that ended it.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as tty from 'tty';
import { parentPort, workerData } from 'worker_threads';
import { EXIT_INTERNAL, EXIT_LIMIT, limitLine, type RunRequest } from './cli';
import { NodeRuntime, type RunOutcome } from './bootstrap';
import { Permissions } from './permissions';
import { saveCodeCache } from './code-cache';

// ---- output ----

const brokenPipe = [false, false, false];

/** Writes all of s to fd, waiting out EAGAIN on a non-blocking pipe; drops output after EPIPE. */
function write(fd: 1 | 2, s: string | Uint8Array): void {
  if (brokenPipe[fd] || s.length === 0) return;
  const buf = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        continue;
      }
      brokenPipe[fd] = true;
      return;
    }
  }
}

function isHostStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /Maximum call stack size exceeded/.test(e.message);
}

/** The executable that starts ouro (process.execPath inside ouro): bin/ouro.js. */
export const OURO_EXECUTABLE = path.resolve(__dirname, '..', '..', 'bin', 'ouro.js');

let stdinCache: Uint8Array | undefined;
/** All of standard input (read once; a script read from stdin leaves nothing for the program). */
function readStdin(): Uint8Array {
  if (stdinCache === undefined) {
    try {
      stdinCache = fs.readFileSync(0);
    } catch {
      stdinCache = new Uint8Array(0);
    }
  }
  return stdinCache;
}

/** Standard input read a chunk at a time, asynchronously (process.stdin). */
function readStdinAsync(size: number, callback: (err: Error | null, chunk: Uint8Array) => void): void {
  if (stdinCache !== undefined) {
    callback(null, new Uint8Array(0));
    return;
  }
  const buf = Buffer.alloc(size);
  fs.read(0, buf, 0, size, null, (err, n) => {
    if (err !== null && err.code === 'EAGAIN') {
      setTimeout(() => readStdinAsync(size, callback), 5);
      return;
    }
    callback(err, err !== null ? new Uint8Array(0) : buf.subarray(0, n));
  });
}

function readSource(req: RunRequest): string {
  let source = req.source ?? '';
  if (req.mode === 'stdin') {
    source = Buffer.from(readStdin()).toString('utf8');
    stdinCache = new Uint8Array(0);
  }
  // Like node's loader: a leading byte-order mark is not part of the script.
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  return source;
}

function isatty(fd: number): boolean {
  try {
    return tty.isatty(fd);
  } catch {
    return false;
  }
}

/** Runs the request; resolves with the exit code. */
export async function runRequest(req: RunRequest & { execArgv?: string[] }): Promise<number> {
  const main = req.mode === 'file' ? path.resolve(req.filename) : undefined;
  const argv = [OURO_EXECUTABLE, ...(main !== undefined ? [main] : []), ...req.args];
  let outcome: RunOutcome;
  try {
    const rt = NodeRuntime.create({
      argv,
      execArgv: req.execArgv ?? [],
      execPath: OURO_EXECUTABLE,
      argv0: 'ouro',
      env: process.env,
      cwd: process.cwd(),
      permissions: req.permissions !== undefined ? Permissions.restricted(req.permissions) : Permissions.all(),
      stdout: (s) => write(1, s),
      stderr: (s) => write(2, s),
      readStdin,
      readStdinAsync,
      isTTY: { stdin: isatty(0), stdout: isatty(1), stderr: isatty(2) },
    }, { fuel: req.fuel, deadlineMs: req.deadlineMs, maxStackDepth: req.stackDepth });
    // The limits count from here (the user's program); the main thread's deadline backstop too.
    parentPort?.postMessage('limits-start');
    outcome = main !== undefined
      ? await rt.runMain(main)
      : await rt.runEval(readSource(req), req.filename, req.mode === 'print');
  } catch (e) {
    if (isHostStackOverflow(e)) {
      write(2, limitLine('stack', req) + '\n');
      return EXIT_LIMIT.stack;
    }
    throw e;
  }
  if (outcome.kind === 'limit') {
    write(2, limitLine(outcome.limit, req) + '\n');
    return EXIT_LIMIT[outcome.limit];
  }
  return outcome.code;
}

if (workerData !== null && workerData !== undefined) {
  const fail = (e: unknown): number => {
    write(2, `ouro: internal error: ${e instanceof Error && e.stack ? e.stack : String(e)}\n`);
    return EXIT_INTERNAL;
  };
  let done: Promise<number>;
  try {
    done = runRequest(workerData as RunRequest).catch(fail);
  } catch (e) {
    done = Promise.resolve(fail(e));
  }
  void done.then((code) => {
    saveCodeCache();
    process.exit(code);
  });
}
