/**
 * Uncaught exceptions (node's node_errors.cc) and internalBinding('errors').
 *
 * triggerUncaughtException hands the error to the guest's process._fatalException (node's
 * onGlobalUncaughtException: 'uncaughtExceptionMonitor', 'uncaughtException', the 'exit' event);
 * when nothing handles it, the error is printed the way node prints it (the source line with a
 * caret, a blank line, the inspected error) and the process ends with process.exitCode or 1
 * (7 when the handler itself throws).
 */
import * as fs from 'fs';
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import { JSSymbol } from '../../interpreter/values/symbol';
import { Termination, ThrowCompletion, type SourcePos } from '../../interpreter/agent';
import { functionSourceText } from '../../interpreter/intrinsics/Function';
import { ProcessExit, type RuntimeContext } from './context';
import { bareObject, methods } from './guest';
import { inspect } from '../inspect';
import { sourceOf } from '../modules/compile-function';
import { exitCodeOf } from './process';

/** node's exit codes (src/node_exit_code.h). */
export const kGenericUserError = 1;
export const kInvalidFatalExceptionMonkeyPatching = 6;
export const kExceptionInFatalExceptionHandler = 7;

function isErrorObject(v: Value): v is JSObject {
  return v instanceof JSObject && v.className === 'Error';
}

/** An own or inherited data property, read without running guest code. */
function dataProp(o: JSObject, key: string): Value {
  if (o.className === 'Error') o.GetOwnProperty('stack');
  for (let p: JSObject | null = o; p !== null && (!p.exotic || p.className === 'Error'); p = p.shape.proto) {
    const i = p.shape.lookup(key);
    if (i >= 0) return p.shape.attrs[i] & 8 ? undefined : p.slots[i];
  }
  return undefined;
}

/** inspect, falling back to something printable if inspect itself fails on a strange value. */
export function safeInspect(v: Value): string {
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

/** The source text of a file the guest ran (compiled sources first, then the file itself). */
function sourceText(file: string): string | undefined {
  const s = sourceOf(file);
  if (s !== undefined) return s;
  if (!file.startsWith('/')) return undefined;
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** node's context header: `file:line`, the source line, a caret under the column. */
function contextHeader(pos: SourcePos): string | undefined {
  const source = sourceText(pos.file);
  if (source === undefined) return undefined;
  let text = source.split(/\r\n|[\r\n\u2028\u2029]/)[pos.line - 1];
  if (text === undefined) return undefined;
  if (pos.line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let pad = '';
  for (let i = 0; i < pos.col - 1 && i < text.length; i++) pad += text[i] === '\t' ? '\t' : ' ';
  return `${pos.file}:${pos.line}\n${text}\n${pad}^\n`;
}

/** Errors whose stack already starts with the context header (node's decorated errors). */
const decorated = new WeakSet<JSObject>();

/**
 * Prepends the context header to a syntax error's stack, as node decorates the errors of
 * compiling a script or module (`file:line`, the line, a caret, a blank line, then the stack).
 */
export function decorateErrorStack(error: Value, pos: SourcePos | null): void {
  if (!(error instanceof JSObject) || pos === null || decorated.has(error)) return;
  const header = contextHeader(pos);
  if (header === undefined) return;
  const stack = dataProp(error, 'stack');
  if (typeof stack !== 'string') return;
  const d = error.GetOwnProperty('stack');
  if (d === undefined || !('value' in d) || !d.writable) return;
  error.DefineOwnProperty('stack', { value: `${header}\n${stack}` });
  decorated.add(error);
}

/** acorn's " (line:col) in file" message suffix (the position is reported separately). */
const PARSER_SUFFIX = / \(\d+:\d+\) in [^\n]*$/;

function stripParserSuffix(error: JSObject): void {
  const message = error.GetOwnProperty('message');
  if (message === undefined || !('value' in message) || typeof message.value !== 'string' || !PARSER_SUFFIX.test(message.value)) return;
  const fixed = message.value.replace(PARSER_SUFFIX, '');
  error.DefineOwnProperty('message', { value: fixed });
  const stack = error.GetOwnProperty('stack');
  if (stack !== undefined && 'value' in stack && typeof stack.value === 'string') {
    error.DefineOwnProperty('stack', { value: stack.value.replace(message.value, fixed) });
  }
}

/** Runs f, decorating a guest SyntaxError it throws (compiling guest source). */
export function withDecoratedSyntaxErrors<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ThrowCompletion && e.value instanceof JSObject && dataProp(e.value, 'name') === 'SyntaxError') {
      stripParserSuffix(e.value);
      decorateErrorStack(e.value, e.pos);
    }
    throw e;
  }
}

/** The first `file:line:col` frame of a V8-format stack. */
function firstFrame(stack: string): SourcePos | null {
  for (const line of stack.split('\n')) {
    const m = /^\s+at (?:.*\()?(.*):(\d+):(\d+)\)?$/.exec(line);
    if (m) return { file: m[1], line: +m[2], col: +m[3] };
  }
  return null;
}

/**
 * Formats an uncaught exception like node: for an error object the context header, a blank line
 * and the inspected error (its stack and own properties); for another value a blank line, the
 * header and the inspected value. node's closing `Node.js v…` line is not printed.
 */
export function formatUncaught(value: Value, pos: SourcePos | null): string {
  if (pos === null && isErrorObject(value)) {
    const stack = dataProp(value, 'stack');
    if (typeof stack === 'string') pos = firstFrame(stack);
  }
  const header = pos !== null && !(value instanceof JSObject && decorated.has(value)) ? contextHeader(pos) : undefined;
  // node prints a thrown string as it is, anything else inspected.
  const body = typeof value === 'string' ? value : safeInspect(value);
  if (isErrorObject(value)) return `${header !== undefined ? header + '\n' : ''}${body}\n`;
  return `\n${header ?? ''}${body}\n`;
}

/** Prints a fatal exception to the guest's stderr (node's ReportFatalException). */
export function reportFatalException(ctx: RuntimeContext, value: Value, pos: SourcePos | null): void {
  // Reporting reads guest values; no limit may fire while it does.
  const agent = ctx.agent;
  const saved = { fuel: agent.fuelReserve, deadline: agent.deadline };
  agent.fuelReserve = Infinity;
  agent.deadline = Infinity;
  try {
    ctx.options.stderr(formatUncaught(value, pos));
  } finally {
    agent.fuelReserve = saved.fuel;
    agent.deadline = saved.deadline;
  }
}

/**
 * node's TriggerUncaughtException: returns when the guest handled the error; otherwise prints it
 * and ends the process (throws ProcessExit).
 */
export function triggerUncaughtException(ctx: RuntimeContext, error: Value, pos: SourcePos | null, fromPromise: boolean): void {
  const process = ctx.process;
  const fatal = process === null ? undefined : process.Get('_fatalException', process);
  if (!(fatal instanceof JSObject) || !fatal.isCallable) {
    reportFatalException(ctx, error, pos);
    throw new ProcessExit(process === null ? kGenericUserError : kInvalidFatalExceptionMonkeyPatching);
  }
  let handled: Value;
  try {
    handled = fatal.Call(process, [error, fromPromise]);
  } catch (e) {
    if (!(e instanceof ThrowCompletion)) throw e;
    reportFatalException(ctx, e.value, e.pos);
    throw new ProcessExit(kExceptionInFatalExceptionHandler);
  }
  if (handled !== false) return;
  reportFatalException(ctx, error, pos);
  throw new ProcessExit(exitCodeOf(ctx, kGenericUserError));
}

/** V8's NoSideEffectsToString, as node's unhandled-rejection message uses it. */
export function noSideEffectsToString(v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof JSSymbol) return v.description === undefined ? 'Symbol()' : `Symbol(${v.description})`;
  if (typeof v === 'bigint') return `${v}`;
  if (!(v instanceof JSObject)) return String(v);
  if (v.isCallable) return functionSourceText(v) ?? 'function () { [native code] }';
  if (isErrorObject(v)) {
    const name = dataProp(v, 'name');
    const message = dataProp(v, 'message');
    const n = typeof name === 'string' ? name : 'Error';
    const m = typeof message === 'string' ? message : '';
    return m === '' ? n : n === '' ? m : `${n}: ${m}`;
  }
  const ctor = dataProp(v, 'constructor');
  const ctorName = ctor instanceof JSObject ? dataProp(ctor, 'name') : undefined;
  return `#<${typeof ctorName === 'string' && ctorName !== '' ? ctorName : 'Object'}>`;
}

export function createErrorsBinding(ctx: RuntimeContext): JSObject {
  return methods(ctx.realm, bareObject(), {
    triggerUncaughtException: [(_t, a) => {
      triggerUncaughtException(ctx, a[0], null, a[1] === true);
      return undefined;
    }, 2],
    noSideEffectsToString: [(_t, a) => noSideEffectsToString(a[0]), 1],
    /** Prints an error the way a fatal exception is printed (for process._rawDebug-like reports). */
    formatFatalException: [(_t, a) => formatUncaught(a[0], null), 1],
    setPrepareStackTraceCallback: [() => undefined, 1],
  });
}
