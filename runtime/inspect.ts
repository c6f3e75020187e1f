/**
 * Node's util.inspect over guest values: a port of Node 20's lib/internal/util/inspect.js
 * (formatValue → formatRaw → formatters → reduceToSingleString), reading guest objects without
 * running guest code except where Node runs it too: a [Symbol.for('nodejs.util.inspect.custom')]
 * method, a Symbol.toStringTag getter, and the getters option.
 * Companions: inspect-guest.ts (reading guest objects), inspect-layout.ts (context, primitives, line
 * breaking), inspect-bases.ts (functions, boxed primitives, errors), inspect-text.ts (quoting,
 * colors, widths), format.ts (util.format).
 */
import { JSObject } from '../interpreter/values/object';
import { JSSymbol, WellKnown } from '../interpreter/values/symbol';
import type { PropertyKey, Value } from '../interpreter/values/value';
import type { PropertyDescriptor } from '../interpreter/values/descriptor';
import { BuiltinFunction, CreateBuiltinFunction } from '../interpreter/values/function';
import { WEC } from '../interpreter/values/shape';
import { R, ThrowCompletion } from '../interpreter/agent';
import type { Realm } from '../interpreter/realm';
import {
  escapeFn, formatBigInt, formatNumber, getStringWidth, remainingText, strEscape,
  strEscapeSequencesReplacer, stylizeNoColor, stylizeWithColor, type Stylize,
} from './inspect-text';
import {
  arrayBufferContents, builtInObjects, customInspectSymbol, dataGet, dateValue, findProperty,
  getOwn, hasOwn, hasProperty, internalConstructorName, isArray, isBoxedPrimitive, isEnumerableOwn,
  isError, isFunction, isInstanceOf, mapEntries, objectKeys, ownKeys, ownNames, ownNonIndexKeys, ownSymbols,
  iteratorPreview, promiseDetails, protoOf, proxyDetails, toStr, regexpString, setValues, typedArrayDetails, unwrapProxy,
  type IteratorPreview, type TypedArrayDetails,
} from './inspect-guest';
import {
  formatPrimitive, getPrefix, kArrayExtrasType, kArrayType, kObjectType, reduceToSingleString, type Ctx,
} from './inspect-layout';
import { formatError, getBoxedBase, getFunctionBase } from './inspect-bases';

export interface InspectOptions {
  showHidden?: boolean;
  /** How many levels of nesting to show; null or Infinity for all. Default 2. */
  depth?: number | null;
  colors?: boolean;
  customInspect?: boolean;
  showProxy?: boolean;
  maxArrayLength?: number | null;
  maxStringLength?: number | null;
  breakLength?: number;
  /** false: one property per line; a number: join up to that many inner levels on one line; true: old style. Default 3. */
  compact?: boolean | number;
  sorted?: boolean | ((a: string, b: string) => number);
  getters?: boolean | 'get' | 'set';
  numericSeparator?: boolean;
  stylize?: Stylize;
  /** Further options a custom inspect method receives (guest user options, as given). */
  userOptions?: JSObject;
}

/** Node's defaults (util.inspect.defaultOptions). */
export const inspectDefaultOptions = {
  showHidden: false,
  depth: 2 as number | null,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100 as number | null,
  maxStringLength: 10000 as number | null,
  breakLength: 80,
  compact: 3 as boolean | number,
  sorted: false as boolean | ((a: string, b: string) => number),
  getters: false as boolean | 'get' | 'set',
  numericSeparator: false,
};


const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const numberRegExp = /^(0|[1-9][0-9]*)$/;

type Formatter = (ctx: Ctx, value: JSObject, recurseTimes: number) => string[];

/** Formats a guest value as Node's util.inspect does. */
export function inspect(value: Value, opts?: InspectOptions): string {
  const ctx: Ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    ...inspectDefaultOptions,
    maxArrayLength: 100,
    maxStringLength: 10000,
  };
  if (opts) {
    for (const key of Object.keys(opts) as (keyof InspectOptions)[]) {
      if (opts[key] === undefined) continue;
      if (key in inspectDefaultOptions || key === 'stylize' || key === 'userOptions') (ctx as any)[key] = opts[key];
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

function optionsOf(ctx: Ctx): InspectOptions {
  return {
    showHidden: ctx.showHidden, depth: ctx.depth, colors: ctx.colors, customInspect: ctx.customInspect,
    showProxy: ctx.showProxy, maxArrayLength: ctx.maxArrayLength, maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength, compact: ctx.compact, sorted: ctx.sorted, getters: ctx.getters,
    numericSeparator: ctx.numericSeparator, stylize: ctx.stylize, userOptions: ctx.userOptions,
  };
}

function chargeFuel(): void {
  if (R.agent && --R.fuel <= 0) R.agent.refuel();
}

function isStackOverflowError(e: unknown): boolean {
  return e instanceof RangeError && e.message === 'Maximum call stack size exceeded';
}

/** A property value as `value[key]` gives it, running only built-in getters (byteLength and the like). */
function builtinGet(o: JSObject, key: PropertyKey): Value {
  const d = findProperty(o, key);
  if (d === undefined) return undefined;
  if ('value' in d) return d.value;
  if (d.get instanceof BuiltinFunction) return d.get.Call(o, []);
  return undefined;
}

/** `value[key]` where Node reads it with [[Get]]: a getter is run (guest code), as in Node. */
function getWithGetter(o: JSObject, key: PropertyKey): Value {
  const d = findProperty(o, key);
  if (d === undefined) return undefined;
  if ('value' in d) return d.value;
  return d.get === undefined ? undefined : d.get.Call(o, []);
}

// ---- formatValue ----

function formatValue(ctx: Ctx, value: Value, recurseTimes: number, typedArray?: boolean): string {
  chargeFuel();
  if (!(value instanceof JSObject)) {
    if (value === null) return ctx.stylize('null', 'null');
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  const context = value;
  const proxy = proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy as [JSObject, JSObject | null], recurseTimes);
    const target = unwrapProxy(value);
    if (target === null) return ctx.stylize('<Revoked Proxy>', 'special');
    value = target;
  }
  if (ctx.customInspect) {
    const maybeCustom = getWithGetter(value, customInspectSymbol());
    if (isFunction(maybeCustom) && maybeCustom !== guestInspectCache.get(R.realm) && !isPrototypeOfItsConstructor(value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const realm = R.realm;
      const ret = maybeCustom.Call(context, [depth, getUserOptions(ctx, realm), guestInspectFunction(realm)]);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }
  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      const i = ctx.circular.get(value);
      if (i === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      } else index = i;
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

/** `value.constructor && value.constructor.prototype === value` (prototype objects skip custom inspection). */
function isPrototypeOfItsConstructor(value: JSObject): boolean {
  const c = dataGet(value, 'constructor');
  return c instanceof JSObject && dataGet(c, 'prototype') === value;
}

function formatProxy(ctx: Ctx, proxy: [JSObject, JSObject | null], recurseTimes: number): string {
  if (ctx.depth !== null && recurseTimes > ctx.depth) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// ---- formatRaw ----

function formatRaw(ctx: Ctx, value: JSObject, recurseTimes: number, typedArray?: boolean): string {
  let keys: PropertyKey[] = [];
  let protoProps: string[] | undefined;
  if (ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = getWithGetter(value, WellKnown.toStringTag);
  // Only list the tag if it is not an own (enumerable) property: otherwise it would show twice.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerableOwn)(value, WellKnown.toStringTag))) {
    tag = '';
  }
  let base = '';
  let formatter: Formatter = () => [];
  let braces: [string, string] = ['{', '}'];
  let noIterator = true;
  let extrasType = kObjectType;
  let elementAt: ((i: number) => Value) | undefined;

  if (hasProperty(value, WellKnown.iterator) || constructor === null) {
    noIterator = false;
    let entries: [Value, Value][] | undefined;
    let values: Value[] | undefined;
    let ta: TypedArrayDetails | undefined;
    let preview: IteratorPreview | undefined;
    if (isArray(value)) {
      const length = value.length;
      const prefix = (constructor !== 'Array' || tag !== '') ? getPrefix(constructor, tag, 'Array', `(${length})`) : '';
      keys = ownNonIndexKeys(value, !ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
      elementAt = (i) => getOwn(value, String(i))?.value;
    } else if (value.className === 'Set' && (values = setValues(value)) !== undefined) {
      const size = values.length;
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const vs = values;
      formatter = (c, _v, rt) => formatSet(vs, c, rt);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (value.className === 'Map' && (entries = mapEntries(value)) !== undefined) {
      const size = entries.length;
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const es = entries;
      formatter = (c, _v, rt) => formatMap(es, c, rt);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if ((ta = typedArrayDetails(value)) !== undefined) {
      keys = ownNonIndexKeys(value, !ctx.showHidden);
      const fallback = constructor === null ? ta.name : '';
      const size = ta.length;
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      const info = ta;
      formatter = (c, v, rt) => formatTypedArray(info, c, v, rt);
      extrasType = kArrayExtrasType;
      elementAt = (i) => i < info.length ? info.get(i) : undefined;
    } else if ((preview = iteratorPreview(value)) !== undefined) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces(preview.type, tag);
      const p = preview;
      const b = braces;
      formatter = (c, _v, rt) => formatIterator(p, b, c, rt);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    const cls = value.className;
    if (value.isCallable) {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (cls === 'Arguments') braces[0] = '[Arguments] {';
      else if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (cls === 'RegExp') {
      base = regexpString(value) ?? `/${toStr(builtinGet(value, 'source'))}/${toStr(builtinGet(value, 'flags'))}`;
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) || (ctx.depth !== null && recurseTimes > ctx.depth)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (cls === 'Date') {
      const t = dateValue(value);
      base = t === undefined || Number.isNaN(t) ? 'Invalid Date' : new Date(t).toISOString();
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (cls === 'ArrayBuffer' || cls === 'SharedArrayBuffer') {
      const prefix = getPrefix(constructor, tag, cls);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        const len = builtinGet(value, 'byteLength');
        return `${prefix}{ byteLength: ${typeof len === 'number' ? formatNumber(ctx.stylize, len, false) : formatValue(ctx, len, recurseTimes)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (cls === 'DataView') {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (cls === 'Promise') {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (cls === 'WeakSet' || cls === 'WeakMap') {
      braces[0] = `${getPrefix(constructor, tag, cls)}{`;
      formatter = formatWeakCollection;
    } else if (cls === 'Module') {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const nsKeys = keys;
      formatter = (c, v, rt) => formatNamespaceObject(nsKeys, c, v, rt);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) return `${getCtxStyle(value, constructor, tag)}{}`;
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output: string[];
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflowError(err)) {
      ctx.seen.pop();
      ctx.indentationLvl = indentationLvl;
      throw err;
    }
    const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) output.sort(comparator);
    else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, elementAt);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Past this size, stop inspecting deeper (as Node does: bounds time and memory on huge graphs).
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

// ---- constructor names and prefixes ----

function fnName(f: JSObject): Value {
  return dataGet(f, 'name');
}

/** The name of the nearest constructor whose prototype is on obj's chain, or null for a null-prototype chain. */
function getConstructorName(obj: JSObject, ctx: Ctx, recurseTimes: number, protoProps: string[] | undefined): string | null {
  let firstProto: JSObject | null | undefined;
  const tmp = obj;
  let cur: JSObject | null = obj;
  const realm = R.realm;
  for (let guard = 0; cur !== null && guard < 100000; guard++) {
    const wellKnown = realm === undefined || realm === null ? undefined
      : cur === realm.ObjectPrototype ? 'Object' : cur === realm.FunctionPrototype ? 'Function' : undefined;
    if (wellKnown !== undefined && chainIncludes(tmp, cur)) {
      if (protoProps !== undefined && firstProto !== cur) addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      return wellKnown;
    }
    const descriptor = getOwn(cur, 'constructor');
    if (descriptor !== undefined && isFunction(descriptor.value)) {
      const name = fnName(descriptor.value);
      if (name !== '' && isInstanceOf(tmp, descriptor.value)) {
        if (protoProps !== undefined && (firstProto !== cur || !builtInObjects(realm).has(toStr(name)))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return toStr(name);
      }
    }
    cur = protoOf(cur);
    if (firstProto === undefined) firstProto = cur;
  }
  if (firstProto === null || firstProto === undefined) return null;
  const res = internalConstructorName(tmp);
  if (ctx.depth !== null && recurseTimes > ctx.depth) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...optionsOf(ctx), customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

/** True if p is on o's prototype chain (strictly above o). */
function chainIncludes(o: JSObject, p: JSObject): boolean {
  let q = protoOf(o);
  for (let i = 0; q !== null && i < 100000; i++) {
    if (q === p) return true;
    q = protoOf(q);
  }
  return false;
}

/** With showHidden: user-defined non-method properties of up to three prototype levels. */
function addPrototypeProperties(ctx: Ctx, main: JSObject, obj: JSObject, recurseTimes: number, output: string[]): void {
  let depth = 0;
  let keys: PropertyKey[] = [];
  let keySet = new Set<PropertyKey>();
  let cur: JSObject | null = obj;
  do {
    if (depth !== 0 || main === cur) {
      cur = protoOf(cur!);
      if (cur === null) return;
      const descriptor = getOwn(cur, 'constructor');
      if (descriptor !== undefined && isFunction(descriptor.value) && builtInObjects(R.realm).has(toStr(fnName(descriptor.value)))) return;
    }
    if (depth === 0) keySet = new Set();
    else for (const k of keys) keySet.add(k);
    keys = ownKeys(cur!);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
      const desc = getOwn(cur!, key);
      if (desc === undefined || isFunction(desc.value)) continue;
      const value = formatProperty(ctx, cur!, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getCtxStyle(value: JSObject, constructor: string | null, tag: string): string {
  let fallback = '';
  if (constructor === null) {
    fallback = internalConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

/** Own enumerable keys (all own keys with showHidden), strings then symbols. */
function getKeys(value: JSObject, showHidden: boolean): PropertyKey[] {
  const symbols = ownSymbols(value);
  let keys: PropertyKey[];
  if (showHidden) {
    keys = ownNames(value);
    keys.push(...symbols);
  } else {
    keys = objectKeys(value);
    for (const s of symbols) if (isEnumerableOwn(value, s)) keys.push(s);
  }
  return keys;
}

// ---- formatters ----

function formatNamespaceObject(keys: PropertyKey[], ctx: Ctx, value: JSObject, recurseTimes: number): string[] {
  const output: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    try {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], kObjectType));
    } catch (err) {
      if (!(err instanceof ThrowCompletion)) throw err;
      // An uninitialized binding (TDZ): show the key with <uninitialized>.
      const s = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType, { value: '', enumerable: true });
      const pos = s.lastIndexOf(' ');
      output.push(s.slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special'));
    }
  }
  keys.length = 0;
  return output;
}

/** A sparse array, or one with extra keys. */
function formatSpecialArray(ctx: Ctx, value: JSObject, recurseTimes: number, maxLength: number, output: string[], i: number): string[] {
  const keys = objectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (numberRegExp.exec(key) === null) break;
      const emptyItems = tmp - index;
      const message = `<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`;
      output.push(ctx.stylize(message, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = (value as any).length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatArrayBuffer(ctx: Ctx, value: JSObject): string[] {
  const buffer = arrayBufferContents(value);
  if (buffer === null) return [ctx.stylize('(detached)', 'special')];
  if (buffer === undefined) return [];
  const n = Math.min(ctx.maxArrayLength, buffer.length);
  let str = '';
  for (let i = 0; i < n; i++) str += (i === 0 ? '' : ' ') + buffer[i].toString(16).padStart(2, '0');
  const remaining = buffer.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx: Ctx, value: JSObject, recurseTimes: number): string[] {
  const valLen = (value as any).length as number;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output: string[] = [];
  for (let i = 0; i < len; i++) {
    const desc = getOwn(value, String(i));
    if (desc === undefined) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, String(i), kArrayType, desc));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatTypedArray(info: TypedArrayDetails, ctx: Ctx, value: JSObject, recurseTimes: number): string[] {
  const length = info.length;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output: string[] = [];
  for (let i = 0; i < maxLength; ++i) {
    const v = info.get(i);
    output.push(typeof v === 'bigint' ? formatBigInt(ctx.stylize, v, ctx.numericSeparator) : formatNumber(ctx.stylize, v as number, ctx.numericSeparator));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  if (ctx.showHidden) {
    // .buffer goes last: it is not a primitive like the others.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, builtinGet(value, key), recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(values: Value[], ctx: Ctx, recurseTimes: number): string[] {
  const length = values.length;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output: string[] = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output.push(formatValue(ctx, values[i], recurseTimes));
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(entries: [Value, Value][], ctx: Ctx, recurseTimes: number): string[] {
  const length = entries.length;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output: string[] = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const [k, v] = entries[i];
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function getIteratorBraces(type: string, tag: string): [string, string] {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

/** A Map or Set iterator: the entries it has still to produce. */
function formatIterator(preview: IteratorPreview, braces: [string, string], ctx: Ctx, recurseTimes: number): string[] {
  const { entries, isKeyValue } = preview;
  if (isKeyValue) {
    // Mark entry iterators as such.
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries);
}

function formatSetIterInner(ctx: Ctx, recurseTimes: number, entries: Value[]): string[] {
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx: Ctx, recurseTimes: number, entries: Value[]): string[] {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = Math.min(maxArrayLength, len);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const pos = i * 2;
    const res = [formatValue(ctx, entries[pos], recurseTimes), formatValue(ctx, entries[pos + 1], recurseTimes)];
    output.push(reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx: Ctx): string[] {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx: Ctx, value: JSObject, recurseTimes: number): string[] {
  const details = promiseDetails(value);
  if (details === undefined || details.state === 'pending') return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details.result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [details.state === 'rejected' ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatProperty(
  ctx: Ctx, value: JSObject, recurseTimes: number, key: PropertyKey, type: number,
  desc?: PropertyDescriptor, original: JSObject = value,
): string {
  let name: string, str: string;
  let extra = ' ';
  desc = desc ?? getOwn(value, key) ?? { value: builtinGet(value, key), enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.Call(original, []);
        ctx.indentationLvl += 2;
        if (tmp === null) str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        else if (tmp instanceof JSObject) str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        else str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
        ctx.indentationLvl -= 2;
      } catch (err) {
        if (!(err instanceof ThrowCompletion)) throw err;
        const m = err.value instanceof JSObject ? dataGet(err.value, 'message') : undefined;
        const message = `<Inspection threw (${m === undefined ? 'undefined' : toStr(m)})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (key instanceof JSSymbol) {
    const tmp = `Symbol(${key.description ?? ''})`.replace(strEscapeSequencesReplacer, escapeFn);
    name = `[${ctx.stylize(tmp, 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${key.replace(strEscapeSequencesReplacer, escapeFn)}]`;
  } else if (keyStrRegExp.exec(key) !== null) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---- the guest side: options objects and the inspect function handed to custom inspectors ----

const guestInspectCache = new WeakMap<Realm, JSObject>();

/** Reads util.inspect options from a guest options object (data properties only). */
export function inspectOptionsFromGuest(o: Value): InspectOptions {
  const opts: InspectOptions = {};
  if (!(o instanceof JSObject)) return opts;
  const read = (k: string): Value => dataGet(o, k);
  const bool = (k: keyof InspectOptions): void => {
    const v = read(k);
    if (v !== undefined) (opts as any)[k] = !!v;
  };
  const num = (k: keyof InspectOptions): void => {
    const v = read(k);
    if (typeof v === 'number' || v === null) (opts as any)[k] = v;
  };
  bool('showHidden'); bool('colors'); bool('customInspect'); bool('showProxy'); bool('numericSeparator');
  num('depth'); num('maxArrayLength'); num('maxStringLength'); num('breakLength');
  const compact = read('compact');
  if (typeof compact === 'boolean' || typeof compact === 'number') opts.compact = compact;
  const sorted = read('sorted');
  if (isFunction(sorted)) opts.sorted = (a, b) => {
    const r = sorted.Call(undefined, [a, b]);
    return typeof r === 'number' ? r : Number(toStr(r));
  };
  else if (sorted !== undefined) opts.sorted = !!sorted;
  const getters = read('getters');
  if (getters === 'get' || getters === 'set') opts.getters = getters;
  else if (getters !== undefined) opts.getters = !!getters;
  const stylize = read('stylize');
  if (isFunction(stylize)) opts.stylize = (s, style) => toStr(stylize.Call(undefined, [s, style]));
  opts.userOptions = o;
  return opts;
}

/** The options object a custom inspect method receives (Node's getUserOptions), as a guest object. */
function getUserOptions(ctx: Ctx, realm: Realm): JSObject {
  const o = new JSObject(realm.ObjectPrototype);
  const stylize = ctx.stylize;
  o.addProperty('stylize', CreateBuiltinFunction(realm, (_t, args) => stylize(toStr(args[0]), toStr(args[1])), 2, 'stylize'), WEC);
  const fields: [string, Value][] = [
    ['showHidden', ctx.showHidden], ['depth', ctx.depth], ['colors', ctx.colors], ['customInspect', ctx.customInspect],
    ['showProxy', ctx.showProxy], ['maxArrayLength', ctx.maxArrayLength], ['maxStringLength', ctx.maxStringLength],
    ['breakLength', ctx.breakLength], ['compact', ctx.compact],
    ['sorted', typeof ctx.sorted === 'function' ? (ctx.userOptions ? dataGet(ctx.userOptions, 'sorted') : true) : ctx.sorted],
    ['getters', ctx.getters], ['numericSeparator', ctx.numericSeparator],
  ];
  for (const [k, v] of fields) o.addProperty(k, v, WEC);
  if (ctx.userOptions !== undefined) {
    for (const k of objectKeys(ctx.userOptions)) {
      const d = getOwn(ctx.userOptions, k);
      if (d !== undefined && 'value' in d) o.setOwn(k, d.value);
    }
  }
  return o;
}

/**
 * The guest function util.inspect(value, options) of a realm (what a custom inspect method gets as
 * its third argument; the util module can expose the same one). Accepts Node's legacy form
 * inspect(value, showHidden, depth, colors).
 */
export function guestInspectFunction(realm: Realm): JSObject {
  let f = guestInspectCache.get(realm);
  if (f === undefined) {
    f = CreateBuiltinFunction(realm, (_t, args) => {
      let opts: InspectOptions = {};
      if (args.length > 1) {
        if (typeof args[1] === 'boolean') opts.showHidden = args[1];
        else if (args[1] instanceof JSObject) opts = inspectOptionsFromGuest(args[1]);
        if (args.length > 2) {
          if (args[2] !== undefined) opts.depth = args[2] as number | null;
          if (args.length > 3 && args[3] !== undefined) opts.colors = !!args[3];
        }
      }
      return inspect(args[0], opts);
    }, 2, 'inspect');
    f.addProperty('custom', customInspectSymbol(), WEC);
    guestInspectCache.set(realm, f);
  }
  return f;
}

export { format, formatWithOptions } from './format';
export { stripVTControlCharacters, getStringWidth } from './inspect-text';
