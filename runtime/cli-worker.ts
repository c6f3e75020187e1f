/**
 * The `ouro` command line, worker half: runs one script in a fresh realm on a thread with a large
 * host stack (see runtime/cli.ts), writes the guest's output straight to fds 1 and 2 (synchronous,
 * so stdout and stderr stay in order), reports an uncaught guest exception the way node does, and
 * ends the thread with the exit code.
 */
import * as fs from 'fs';
import { workerData } from 'worker_threads';
import { createRealm } from '../interpreter/index';
import { enterAgent, leaveAgent, Termination, ThrowCompletion, type SourcePos } from '../interpreter/agent';
import { evaluateScript } from '../interpreter/compile/script';
import { JSObject } from '../interpreter/values/object';
import type { Value } from '../interpreter/values/value';
import { JSPromise } from '../interpreter/intrinsics/Promise';
import { EXIT_INTERNAL, EXIT_LIMIT, EXIT_OK, EXIT_UNCAUGHT, limitLine, type RunRequest } from './cli';
import { installConsole } from './console';
import { inspect } from './inspect';
import { saveCodeCache } from './code-cache';

// ---- output ----

const brokenPipe = [false, false, false];

/** Writes all of s to fd, waiting out EAGAIN on a non-blocking pipe; drops output after EPIPE. */
function write(fd: 1 | 2, s: string): void {
  if (brokenPipe[fd] || s.length === 0) return;
  const buf = Buffer.from(s, 'utf8');
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

// ---- uncaught exceptions, printed like node ----

/** The lines of a source text, split as ECMAScript counts lines. */
function sourceLine(source: string, line: number): string | undefined {
  return source.split(/\r\n|[\r\n\u2028\u2029]/)[line - 1];
}

/** node's context header: `file:line`, the source line, a caret under the column. */
function contextHeader(pos: SourcePos, source: string): string | undefined {
  const text = sourceLine(source, pos.line);
  if (text === undefined) return undefined;
  let pad = '';
  for (let i = 0; i < pos.col - 1 && i < text.length; i++) pad += text[i] === '\t' ? '\t' : ' ';
  return `${pos.file}:${pos.line}\n${text}\n${pad}^\n`;
}

/** The first `file:line:col` frame of a V8-format stack, for values thrown without a known position. */
function firstFrame(stack: string): SourcePos | null {
  for (const line of stack.split('\n')) {
    const m = /^\s+at (?:.*\()?(.*):(\d+):(\d+)\)?$/.exec(line);
    if (m) return { file: m[1], line: +m[2], col: +m[3] };
  }
  return null;
}

function isErrorObject(v: Value): v is JSObject {
  return v instanceof JSObject && v.className === 'Error';
}

/** An own or inherited data property, read without running guest code. */
function dataProp(o: JSObject, key: string): Value {
  for (let p: JSObject | null = o; p !== null && !p.exotic; p = p.shape.proto) {
    const i = p.shape.lookup(key);
    if (i >= 0) return p.shape.attrs[i] & 8 ? undefined : p.slots[i];
  }
  return undefined;
}

/** inspect, falling back to something printable if inspect itself fails on a strange value. */
function safeInspect(v: Value): string {
  try {
    return inspect(v);
  } catch (e) {
    if (e instanceof Termination) throw e;
    if (isErrorObject(v)) {
      const stack = dataProp(v, 'stack');
      if (typeof stack === 'string') return stack;
    }
    return typeof v === 'string' ? v : String(v instanceof JSObject ? '[object]' : v);
  }
}

/**
 * Formats an uncaught guest exception like node: for an error object the context header, a blank
 * line and the inspected error (its stack and own properties); for another value a blank line,
 * the header and the inspected value. node's closing `Node.js v…` line is not printed.
 */
function formatUncaught(value: Value, pos: SourcePos | null, req: RunRequest, source: string): string {
  if (pos === null && isErrorObject(value)) {
    const stack = dataProp(value, 'stack');
    if (typeof stack === 'string') pos = firstFrame(stack);
  }
  const header = pos !== null && pos.file === req.filename ? contextHeader(pos, source) : undefined;
  // node prints a thrown string as it is, anything else inspected.
  const body = typeof value === 'string' ? value : safeInspect(value);
  if (isErrorObject(value)) return `${header !== undefined ? header + '\n' : ''}${body}\n`;
  return `\n${header ?? ''}${body}\n`;
}

/** node's message for a promise rejected with a value that is not an error. */
function unhandledRejectionText(reason: Value): string {
  const shown = typeof reason === 'string' ? reason : safeInspect(reason);
  return 'UnhandledPromiseRejection: This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    `The promise rejected with the reason "${shown}".\n`;
}

/** The reason a rejected promise holds ([[PromiseResult]]). */
function promiseReason(p: JSObject): Value {
  return p instanceof JSPromise ? p.result : undefined;
}

// ---- the run ----

function readSource(req: RunRequest): string {
  let source = req.source ?? (req.mode === 'stdin' ? fs.readFileSync(0, 'utf8') : '');
  // Like node's loader: a leading byte-order mark is not part of the script.
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  return source;
}

function isHostStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /Maximum call stack size exceeded/.test(e.message);
}

export function runRequest(req: RunRequest): number {
  const source = readSource(req);
  const { realm, agent } = createRealm();
  installConsole(realm, { stdout: (s) => write(1, s), stderr: (s) => write(2, s) });
  const unhandled = new Set<JSObject>();
  agent.rejectionTracker = (promise, operation) => {
    if (operation === 'reject') unhandled.add(promise);
    else unhandled.delete(promise);
  };
  agent.setLimits({ fuel: req.fuel, deadlineMs: req.deadlineMs, maxStackDepth: req.stackDepth });
  const prev = enterAgent(agent, realm);
  try {
    const result = evaluateScript(realm, source, req.filename);
    agent.runJobs();
    if (req.mode === 'print') write(1, (typeof result === 'string' ? result : safeInspect(result)) + '\n');
    for (const p of unhandled) {
      const reason = promiseReason(p);
      write(2, isErrorObject(reason) ? formatUncaught(reason, null, req, source) : unhandledRejectionText(reason));
      return EXIT_UNCAUGHT;
    }
    return EXIT_OK;
  } catch (e) {
    // Reporting reads guest values; no limit may fire while it does.
    agent.setLimits({});
    if (e instanceof ThrowCompletion) {
      write(2, formatUncaught(e.value, e.pos, req, source));
      return EXIT_UNCAUGHT;
    }
    if (e instanceof Termination) {
      write(2, limitLine(e.limit, req) + '\n');
      return EXIT_LIMIT[e.limit];
    }
    if (isHostStackOverflow(e)) {
      write(2, limitLine('stack', req) + '\n');
      return EXIT_LIMIT.stack;
    }
    write(2, `ouro: internal error: ${e instanceof Error && e.stack ? e.stack : String(e)}\n`);
    return EXIT_INTERNAL;
  } finally {
    leaveAgent(prev);
  }
}

if (workerData !== null && workerData !== undefined) {
  let code: number;
  try {
    code = runRequest(workerData as RunRequest);
  } catch (e) {
    write(2, `ouro: internal error: ${e instanceof Error && e.stack ? e.stack : String(e)}\n`);
    code = EXIT_INTERNAL;
  }
  saveCodeCache();
  process.exit(code);
}
