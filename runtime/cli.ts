/**
 * The `ouro` command line, main-thread half: parses the flags the way `node` does, then runs the
 * guest in a worker thread (runtime/cli-worker.ts) whose stack is large enough for deep guest
 * recursion. This file loads nothing of the engine, so `--help`, `--version` and bad options answer
 * at once, and the main thread stays small while the worker works.
 *
 * Exit codes (documented in --help and README.md):
 *   0 success, 1 uncaught guest exception, 9 bad option (like node),
 *   70 internal error (an interpreter bug), 121 host stack exhausted, 122 memory limit,
 *   123 fuel limit, 124 deadline (the `timeout` command's code).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as tty from 'tty';
import { Worker } from 'worker_threads';
import type { LimitKind } from '../interpreter/agent';
import type { PermissionSpec } from './permissions';

export const EXIT_OK = 0;
export const EXIT_UNCAUGHT = 1;
export const EXIT_BAD_OPTION = 9;
export const EXIT_INTERNAL = 70;
export const EXIT_LIMIT: Record<LimitKind, number> = { stack: 121, memory: 122, fuel: 123, deadline: 124 };

/** Same as interpreter/agent.ts DEFAULT_MAX_STACK_DEPTH (not imported: the main thread loads no engine code). */
export const DEFAULT_STACK_DEPTH = 10_500;

/**
 * Host stack of the worker thread, in MB, for a guest stack depth: measured at 0.9-1.6 KB of host
 * stack per guest frame (plain calls, methods with rest/spread, getters, toString recursion,
 * generators); we give 8 KB per frame (frames through built-in callbacks are heavier) plus 16 MB.
 * Virtual memory only: pages are touched as the guest recurses. Were it ever too small, the engine
 * still turns the host's stack overflow into the guest's RangeError.
 */
export function workerStackMb(stackDepth: number): number {
  return Math.min(4096, Math.max(64, Math.ceil((stackDepth * 8) / 1024) + 16));
}

/**
 * Extra wall-clock time the main thread grants past --deadline before it stops the worker itself
 * (the engine checks the deadline as it spends fuel, within about a millisecond; this backstop is
 * for a host operation that does not return).
 */
const deadlineGraceMs = (deadlineMs: number) => 250 + Math.ceil(deadlineMs / 10);

/** What the worker runs: everything it needs, as structured-cloneable data. */
export interface RunRequest {
  /** 'file': a script file; 'eval': -e; 'print': -p; 'stdin': the script read from standard input. */
  mode: 'file' | 'eval' | 'print' | 'stdin';
  /** Script source for 'eval' and 'print' (the worker reads 'stdin'; the module loader reads a file). */
  source?: string;
  /** The main file as given ('file'), or '[eval]' / '[stdin]'. */
  filename: string;
  /** Arguments after the script (process.argv from index 2). */
  args: string[];
  /** node's permission model (--permission and the --allow-* flags); absent: everything allowed. */
  permissions?: PermissionSpec;
  fuel?: number;
  deadlineMs?: number;
  stackDepth?: number;
}

export type ParseResult =
  /** execArgv: the options before the script, as node's process.execArgv. */
  | { kind: 'run'; request: RunRequest; execArgv: string[] }
  | { kind: 'exit'; code: number; stdout?: string; stderr?: string };

export const USAGE = `Usage: ouro [options] [ script.js | -e "script" | - ] [arguments]

Runs JavaScript in ouro, a JavaScript engine written in TypeScript, the way node does.

Options:
  -e, --eval CODE          evaluate CODE as a script
  -p, --print EXPR         evaluate EXPR and print the result
  -v, --version            print ouro's version
  -h, --help               print this help
  --fuel=N                 terminate after N units of fuel
                           (about one per call, loop iteration and built-in step)
  --deadline=MS            terminate after MS milliseconds of wall-clock time
  --stack-depth=N          allow at most N nested guest calls before a RangeError
                           (default ${DEFAULT_STACK_DEPTH})
  --permission             turn on node's permission model: no file system access,
                           child processes or workers except what --allow-* grants
  --allow-fs-read=PATHS    with --permission: paths (comma-separated, '*': all) to read
  --allow-fs-write=PATHS   with --permission: paths to write
  --allow-child-process    with --permission: allow child processes
  --allow-worker           with --permission: allow worker threads
  --allow-net=HOSTS        with --permission: only these hosts (default: all)
  --allow-env=NAMES        with --permission: only these environment variables (default: all)
  --unhandled-rejections=MODE
                           throw (default), strict, warn, none, warn-with-error-code
  --no-warnings, --no-deprecation, --throw-deprecation, --trace-deprecation, --trace-warnings,
  --pending-deprecation
                           as node's
  -                        read the script from standard input
  --                       end of options; the next argument is the script

Exit codes:
  0    success
  1    uncaught exception or unhandled promise rejection
  9    bad option
  70   internal error of the interpreter
  121  host stack exhausted
  122  memory limit
  123  fuel limit (--fuel)
  124  deadline (--deadline)
`;

function readVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    return String(pkg.version);
  } catch {
    return '0.0.0';
  }
}

const bad = (line: string): ParseResult => ({ kind: 'exit', code: EXIT_BAD_OPTION, stderr: `ouro: ${line}\n` });

/** Parses a limit value: a non-negative integer (0 allowed for --fuel and --deadline: stop at once). */
function parseLimit(flag: string, raw: string, min: number): number | string {
  if (!/^\d+$/.test(raw)) return `${flag} requires a non-negative integer, got '${raw}'`;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) return `${flag} requires an integer >= ${min}, got '${raw}'`;
  return n;
}

/**
 * Parses argv (without `node` and the script path) like node: options first, then the script and
 * its arguments; `-e`/`-p` take the code and leave every later argument to the script.
 */
export function parseArgs(argv: string[], stdinIsTTY?: boolean): ParseResult {
  let code: string | undefined;
  let print = false;
  let fuel: number | undefined;
  let deadlineMs: number | undefined;
  let stackDepth: number | undefined;
  let i = 0;
  let script: string | undefined;
  let fromStdin = false;
  let permission = false;
  const allow = { fsRead: [] as string[], fsWrite: [] as string[], childProcess: false, worker: false, net: undefined as string[] | undefined, env: undefined as string[] | undefined };
  const list = (v: string): string[] => v.split(',').filter((x) => x !== '');
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      if (code === undefined && i < argv.length) script = argv[i++];
      break;
    }
    if (a === '-') {
      fromStdin = true;
      i++;
      break;
    }
    if (!a.startsWith('-')) break;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
    /** The option's value: after '=' or the next argument. */
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      if (i + 1 < argv.length) return argv[++i];
      return undefined;
    };
    switch (name) {
      case '-h': case '--help':
        return { kind: 'exit', code: EXIT_OK, stdout: USAGE };
      case '-v': case '--version':
        return { kind: 'exit', code: EXIT_OK, stdout: `v${readVersion()}\n` };
      case '-e': case '--eval': case '-p': case '--print': case '-pe': case '-ep': {
        const v = value();
        if (v === undefined) return bad(`${name} requires an argument`);
        code = v;
        if (name === '-p' || name === '--print' || name === '-pe' || name === '-ep') print = true;
        break;
      }
      case '--fuel': case '--deadline': case '--stack-depth': {
        const v = value();
        if (v === undefined) return bad(`${name} requires an argument`);
        const n = parseLimit(name, v, name === '--stack-depth' ? 1 : 0);
        if (typeof n === 'string') return bad(n);
        if (name === '--fuel') fuel = n;
        else if (name === '--deadline') deadlineMs = n;
        else stackDepth = n;
        break;
      }
      case '--permission': case '--experimental-permission':
        permission = true;
        break;
      case '--allow-fs-read': case '--allow-fs-write': case '--allow-net': case '--allow-env': {
        const v = inline ?? value();
        if (v === undefined) return bad(`${name} requires an argument`);
        if (name === '--allow-fs-read') allow.fsRead.push(...list(v));
        else if (name === '--allow-fs-write') allow.fsWrite.push(...list(v));
        else if (name === '--allow-net') allow.net = [...(allow.net ?? []), ...list(v)];
        else allow.env = [...(allow.env ?? []), ...list(v)];
        break;
      }
      case '--allow-child-process':
        allow.childProcess = true;
        break;
      case '--allow-worker':
        allow.worker = true;
        break;
      case '--unhandled-rejections': {
        const v = inline ?? value();
        if (v === undefined || !['throw', 'strict', 'warn', 'none', 'warn-with-error-code'].includes(v)) {
          return bad(`invalid value for --unhandled-rejections: '${v ?? ''}'`);
        }
        break;
      }
      case '--no-deprecation': case '--throw-deprecation': case '--trace-deprecation': case '--trace-warnings': case '--no-warnings':
      case '--experimental-require-module': case '--no-experimental-require-module': // read by the CommonJS loader (process.execArgv)
      case '--pending-deprecation':
      case '--expose-gc': case '--expose_gc': // a global gc() (runtime/bootstrap.ts)
        break;
      default:
        return bad(`bad option: ${a}`);
    }
  }
  const limits: { fuel?: number; deadlineMs?: number; stackDepth?: number; permissions?: PermissionSpec } = { fuel, deadlineMs, stackDepth };
  if (permission) {
    const all = (l: string[]): '*' | string[] => (l.includes('*') ? '*' : l);
    limits.permissions = {
      fsRead: all(allow.fsRead.map((p) => (p === '*' ? p : path.resolve(p)))),
      fsWrite: all(allow.fsWrite.map((p) => (p === '*' ? p : path.resolve(p)))),
      childProcess: allow.childProcess,
      worker: allow.worker,
      // node's model does not restrict the network or the environment: only the flags do.
      net: allow.net === undefined ? '*' : all(allow.net),
      env: allow.env === undefined ? '*' : all(allow.env),
    };
  }
  const execArgv = argv.slice(0, optionsEnd(argv, i));
  if (code !== undefined) {
    // node: with -e/-p every remaining argument belongs to the script.
    const args = script !== undefined ? [script, ...argv.slice(i)] : argv.slice(i);
    return { kind: 'run', request: { mode: print ? 'print' : 'eval', source: code, filename: '[eval]', args, ...limits }, execArgv };
  }
  if (script === undefined && !fromStdin && i < argv.length) script = argv[i++];
  if (script === undefined) {
    // tty.isatty, not process.stdin: creating the stdin stream costs time and a handle.
    if (fromStdin || !(stdinIsTTY ?? tty.isatty(0))) {
      return { kind: 'run', request: { mode: 'stdin', filename: '[stdin]', args: fromStdin ? ['-', ...argv.slice(i)] : argv.slice(i), ...limits }, execArgv };
    }
    return { kind: 'exit', code: EXIT_BAD_OPTION, stderr: `ouro: no script given (the REPL is not available yet)\n\n${USAGE}` };
  }
  // The module loader reads the file (and reports a missing one as node does).
  return { kind: 'run', request: { mode: 'file', filename: script, args: argv.slice(i), ...limits }, execArgv };
}

/** Where the options end in argv: before the script (or before `--`/`-`), i being where parsing stopped. */
function optionsEnd(argv: string[], i: number): number {
  let end = 0;
  for (let k = 0; k < i && k < argv.length; k++) {
    if (argv[k] === '--' || argv[k] === '-') break;
    end = k + 1;
  }
  return end;
}

/** The one line printed when a limit ends the guest. */
export function limitLine(limit: LimitKind, req: Pick<RunRequest, 'fuel' | 'deadlineMs'>): string {
  switch (limit) {
    case 'fuel': return `ouro: terminated: fuel limit exceeded (--fuel=${req.fuel})`;
    case 'deadline': return `ouro: terminated: deadline exceeded (--deadline=${req.deadlineMs})`;
    case 'memory': return 'ouro: terminated: memory limit exceeded';
    case 'stack': return 'ouro: terminated: host stack exhausted';
  }
}

function writeOut(fd: number, s: string): void {
  try {
    fs.writeSync(fd, s);
  } catch {
    // EPIPE and the like: nothing useful to do.
  }
}

/** Runs the request in the worker; resolves with the exit code. */
export function run(request: RunRequest, execArgv: string[] = []): Promise<number> {
  return new Promise((resolve) => {
    // The worker compiles the engine through the code cache (runtime/code-cache.ts), then runs.
    const boot = `require(${JSON.stringify(path.join(__dirname, 'code-cache.js'))}).installCodeCache();\n` +
      `require(${JSON.stringify(path.join(__dirname, 'cli-worker.js'))});`;
    const worker = new Worker(boot, {
      eval: true,
      workerData: { ...request, execArgv },
      resourceLimits: { stackSizeMb: workerStackMb(request.stackDepth ?? DEFAULT_STACK_DEPTH) },
      // The worker writes to fds 1 and 2 itself (synchronously, in order); its process.stdout is unused.
      stdout: false,
      stderr: false,
    });
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (code: number) => {
      if (done) return;
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      resolve(code);
    };
    if (request.deadlineMs !== undefined) {
      // Backstop: the engine checks the deadline as it spends fuel; a host operation that never
      // returns is stopped here. It starts when the worker starts the user's program.
      const deadlineMs = request.deadlineMs;
      worker.once('message', (m) => {
        if (m !== 'limits-start' || done) return;
        timer = setTimeout(() => {
          writeOut(2, limitLine('deadline', request) + '\n');
          finish(EXIT_LIMIT.deadline);
          void worker.terminate();
        }, deadlineMs + deadlineGraceMs(deadlineMs));
      });
    }
    worker.on('error', (e: NodeJS.ErrnoException) => {
      if (e && e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        writeOut(2, limitLine('memory', request) + '\n');
        finish(EXIT_LIMIT.memory);
      } else {
        writeOut(2, `ouro: internal error: ${e && e.stack ? e.stack : String(e)}\n`);
        finish(EXIT_INTERNAL);
      }
    });
    worker.on('exit', (code) => finish(code));
  });
}

/** The `ouro` command. */
export function main(argv: string[] = process.argv.slice(2)): void {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'exit') {
    if (parsed.stdout) writeOut(1, parsed.stdout);
    if (parsed.stderr) writeOut(2, parsed.stderr);
    process.exitCode = parsed.code;
    return;
  }
  void run(parsed.request, parsed.execArgv).then((code) => {
    process.exitCode = code;
    // A worker killed by the deadline backstop may still hold the loop for a moment.
    if (code === EXIT_LIMIT.deadline) process.exit(code);
  });
}
