/**
 * The layout half of util.inspect (Node's inspect.js): the formatting context, primitives, the
 * prefixes ("Foo [tag] ", "[Object: null prototype] ") and the line breaking of reduceToSingleString
 * with the column grouping of long arrays.
 */
import { JSSymbol } from '../interpreter/values/symbol';
import type { JSObject } from '../interpreter/values/object';
import type { Value } from '../interpreter/values/value';
import { formatBigInt, formatNumber, getStringWidth, join, strEscape, stripVTControlCharacters, type Stylize } from './inspect-text';

/** The state of one util.inspect call. */
export interface Ctx {
  budget: Record<number, number>;
  indentationLvl: number;
  seen: JSObject[];
  currentDepth: number;
  stylize: Stylize;
  showHidden: boolean;
  depth: number | null;
  colors: boolean;
  customInspect: boolean;
  showProxy: boolean;
  maxArrayLength: number;
  maxStringLength: number;
  breakLength: number;
  compact: boolean | number;
  sorted: boolean | ((a: string, b: string) => number);
  getters: boolean | 'get' | 'set';
  numericSeparator: boolean;
  circular?: Map<JSObject, number>;
  userOptions?: JSObject;
}

export const kObjectType = 0;
export const kArrayType = 1;
export const kArrayExtrasType = 2;

const kMinLineLength = 16;

/** The text before the braces: "Foo ", "Foo(2) [tag] ", "[Array(2): null prototype] ". */
export function getPrefix(constructor: string | null, tag: string, fallback: string, size = ''): string {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

/** Lays out many short array entries in aligned columns (numbers right-aligned). */
export function groupArrayElements(ctx: Ctx, output: string[], elementAt: ((i: number) => Value) | undefined): string[] {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  // The "... n more items" entry is not taken into account.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // a comma and a space
  const dataLen = new Array<number>(outputLength);
  for (; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // At least three entries fit next to each other, and no single entry is much longer than the rest.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      (ctx.compact as number) * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp: string[] = [];
    const maxLineLength: number[] = [];
    for (let c = 0; c < columns; c++) {
      let lineMaxLength = 0;
      for (let j = c; j < output.length; j += columns) if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
      maxLineLength[c] = lineMaxLength + separatorSpace;
    }
    let padStart = true;
    if (elementAt !== undefined) {
      for (let k = 0; k < output.length; k++) {
        const v = elementAt(k);
        if (typeof v !== 'number' && typeof v !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let r = 0; r < outputLength; r += columns) {
      const max = Math.min(r + columns, outputLength);
      let str = '';
      let j = r;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - r] + output[j].length - dataLen[j];
        str += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - r] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

export function formatPrimitive(fn: Stylize, value: Value, ctx: Ctx): string {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true &&
        value.length > kMinLineLength &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      return value.split(/(?<=\n)/).map((line) => fn(strEscape(line), 'string'))
        .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (value === undefined) return fn('undefined', 'undefined');
  if (value instanceof JSSymbol) return fn(`Symbol(${value.description ?? ''})`, 'symbol');
  return fn(String(value), 'undefined');
}

// ---- line breaking ----

export function isBelowBreakLength(ctx: Ctx, output: string[], start: number, base: string): boolean {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? stripVTControlCharacters(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // Do not line up properties on the same line if `base` contains line breaks.
  return base === '' || !base.includes('\n');
}

export function reduceToSingleString(
  ctx: Ctx, output: string[], base: string, braces: [string, string], extrasType: number,
  recurseTimes: number, elementAt?: (i: number) => Value,
): string {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      // Group array elements together if the array contains at least six separate entries.
      if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, elementAt);
      // Join the entries of the `compact` innermost levels on one line if they fit in breakLength.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joinedOutput = join(output, ', ');
          if (!joinedOutput.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${join(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${join(output, ', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${join(output, `,\n${indentation}  `)} ${braces[1]}`;
}
