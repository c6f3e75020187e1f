/**
 * The "base" strings of util.inspect for functions ("[Function: f]", "[class B extends A]"), boxed
 * primitives ("[Number: 3]") and errors (the stack, improved with the constructor name and tag).
 */
import { JSObject } from '../interpreter/values/object';
import type { PropertyKey, Value } from '../interpreter/values/value';
import { JSStringObject } from '../interpreter/exotics/primitive-wrapper';
import { stylizeNoColor } from './inspect-text';
import { dataGet, functionKind, functionSourceText, hasOwn, hasProperty, isArray, isError, protoOf, toStr } from './inspect-guest';
import { formatPrimitive, getPrefix, type Ctx } from './inspect-layout';

const classRegExp = /^(\s+[^(]*?)\s*{/;
// eslint-disable-next-line no-useless-escape
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

// ---- functions, boxed primitives ----

function isClassConstructor(value: JSObject): boolean {
  if (functionKind(value) === 'classConstructor') return true;
  const stringified = functionSourceText(value);
  if (stringified === undefined) return false;
  if (stringified.startsWith('class') && stringified.endsWith('}')) {
    const slice = stringified.slice(5, -1);
    const bracketIndex = slice.indexOf('{');
    if (bracketIndex !== -1 &&
        (!slice.slice(0, bracketIndex).includes('(') || classRegExp.exec(slice.replace(stripCommentsRegExp, '')) !== null)) {
      return true;
    }
  }
  return false;
}

export function getClassBase(value: JSObject, constructor: string | null, tag: string): string {
  const name = (hasOwn(value, 'name') && dataGet(value, 'name')) || '(anonymous)';
  let base = `class ${toStr(name)}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const parent = protoOf(value);
    const superName = parent === null ? undefined : dataGet(parent, 'name');
    if (superName) base += ` extends ${toStr(superName)}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

export function getFunctionBase(value: JSObject, constructor: string | null, tag: string): string {
  if (isClassConstructor(value)) return getClassBase(value, constructor, tag);
  const kind = functionKind(value);
  let type = 'Function';
  if (kind === 'generator' || kind === 'asyncGenerator') type = `Generator${type}`;
  if (kind === 'async' || kind === 'asyncArrow' || kind === 'asyncGenerator') type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  const name = dataGet(value, 'name');
  if (name === '') base += ' (anonymous)';
  else base += `: ${toStr(name)}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

export function getBoxedBase(value: JSObject, ctx: Ctx, keys: PropertyKey[], constructor: string | null, tag: string): string {
  let type: string;
  let prim: Value;
  if (value instanceof JSStringObject) {
    type = 'String';
    prim = value.value;
    // The index keys of a String object only repeat its value.
    keys.splice(0, value.value.length);
  } else {
    type = value.className;
    prim = (value as any).value;
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, prim, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---- errors ----

function errorToString(err: JSObject): string {
  const n = dataGet(err, 'name');
  const name = n === undefined ? 'Error' : toStr(n);
  const m = dataGet(err, 'message');
  const msg = m === undefined ? '' : toStr(m);
  if (name === '') return msg;
  if (msg === '') return name;
  return `${name}: ${msg}`;
}

function getStackString(error: JSObject): string {
  const stack = dataGet(error, 'stack');
  return stack ? toStr(stack) : errorToString(error);
}

function identicalSequenceRange(a: string[], b: string[]): { len: number; offset: number } {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx: Ctx, err: JSObject, stack: string): string[] {
  const frames = stack.split('\n');
  const cause = dataGet(err, 'cause');
  // Remove stack frames identical to frames in cause.
  if (cause instanceof JSObject && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

function improveStack(stack: string, constructor: string | null, name: string, tag: string): string {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function removeDuplicateErrorKeys(ctx: Ctx, keys: PropertyKey[], err: JSObject, stack: string): void {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      // Only hide the property if it is part of the original stack.
      if (index !== -1 && stack.includes(toStr(dataGet(err, name)))) keys.splice(index, 1);
    }
  }
}

export function formatError(err: JSObject, constructor: string | null, tag: string, ctx: Ctx, keys: PropertyKey[]): string {
  const n = dataGet(err, 'name');
  const name = n !== undefined && n !== null ? toStr(n) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if (hasProperty(err, 'cause') && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  // Print errors aggregated into AggregateError.
  const errors = dataGet(err, 'errors');
  if (errors instanceof JSObject && isArray(errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);

  // Ignore the error message if it's contained in the stack.
  const message = dataGet(err, 'message');
  let pos = (message && stack.indexOf(toStr(message))) || -1;
  if (pos !== -1) pos += toStr(message).length;
  // Wrap the error in brackets in case it has no stack trace.
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      // Grey out frames of Node's own modules.
      for (const line of lines) {
        newStack += '\n';
        newStack += /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/.test(line) ? ctx.stylize(line, 'undefined') : line;
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  // The message and the stack have to be indented as well.
  if (ctx.indentationLvl !== 0) stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  return stack;
}
