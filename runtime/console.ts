/**
 * The guest `console` (Node's lib/internal/console/constructor.js): built-in functions that format
 * with util.format/inspect and write whole lines to the host sinks. Nothing host is exposed: the
 * methods are guest built-ins, the counters, timers and group indentation live in this closure.
 */
import { JSObject } from '../interpreter/values/object';
import { JSSymbol, WellKnown } from '../interpreter/values/symbol';
import type { PropertyKey, Value } from '../interpreter/values/value';
import { CreateBuiltinFunction, type BuiltinImpl } from '../interpreter/values/function';
import { C, WEC } from '../interpreter/values/shape';
import { R, ThrowCompletion } from '../interpreter/agent';
import type { Realm } from '../interpreter/realm';
import { makeError } from '../interpreter/errors';
import { ToBoolean, ToPropertyKey, ToString } from '../interpreter/ops/type-conversion';
import { captureFrames } from '../interpreter/intrinsics/Error';
import { formatWithOptions, inspect, inspectOptionsFromGuest, type InspectOptions } from './inspect';
import { dataGet, hasOwn, isArray, isFunction, mapEntries, objectKeys, setValues, typedArrayDetails } from './inspect-guest';
import { getStringWidth } from './inspect-text';

export interface ConsoleSinks {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Color the output as Node does on a terminal (default false). */
  colors?: boolean;
  /** Where process warnings go (console.time label misuse...); default: a Node-style line on stderr. */
  warning?(message: string): void;
}

const kGroupIndentationWidth = 2;

/**
 * Creates the guest `console` on realm's global object (writable, configurable, not enumerable),
 * writing to out. Like Node's, its methods are own enumerable properties and work unbound.
 */
export function installConsole(realm: Realm, out: ConsoleSinks): void {
  const proto = new JSObject(realm.ObjectPrototype);
  const con = new JSObject(proto);
  const counts = new Map<string, number>();
  const times = new Map<string, number>();
  let groupIndent = '';
  const inspectOptions: InspectOptions = { colors: out.colors === true };

  const warning = (message: string): void => {
    if (out.warning) out.warning(message);
    else out.stderr(`(node:${process.pid}) Warning: ${message}\n`);
  };

  const write = (toStdout: boolean, s: string): void => {
    if (groupIndent.length !== 0) {
      if (s.includes('\n')) s = s.replace(/\n/g, `\n${groupIndent}`);
      s = groupIndent + s;
    }
    s += '\n';
    if (toStdout) out.stdout(s);
    else out.stderr(s);
  };

  /** this.method(...args) as Node's console methods do it (the current property, so user overrides apply). */
  const callOwn = (name: string, args: Value[]): void => {
    const f = con.Get(name, con);
    if (isFunction(f)) f.Call(con, args);
  };

  const label = (v: Value): string => (v === undefined ? 'default' : ToString(v));

  const log: BuiltinImpl = (_t, args) => {
    write(true, formatWithOptions(inspectOptions, args));
    return undefined;
  };
  const warn: BuiltinImpl = (_t, args) => {
    write(false, formatWithOptions(inspectOptions, args));
    return undefined;
  };

  const timeLogImpl = (name: string, lbl: string, data?: Value[]): boolean => {
    const start = times.get(lbl);
    if (start === undefined) {
      warning(`No such label '${lbl}' for console.${name}()`);
      return false;
    }
    const formatted = formatTime(performance.now() - start);
    callOwn('log', ['%s: %s', lbl, formatted, ...(data ?? [])]);
    return true;
  };

  const group: BuiltinImpl = (_t, args) => {
    if (args.length > 0) callOwn('log', args);
    groupIndent += ' '.repeat(kGroupIndentationWidth);
    return undefined;
  };

  const methods: [string, BuiltinImpl][] = [
    ['log', log],
    ['warn', warn],
    ['dir', (_t, args) => {
      write(true, inspect(args[0], { customInspect: false, ...inspectOptions, ...inspectOptionsFromGuest(args[1]) }));
      return undefined;
    }],
    ['time', (_t, args) => {
      const lbl = label(args[0]);
      if (times.has(lbl)) {
        warning(`Label '${lbl}' already exists for console.time()`);
        return undefined;
      }
      times.set(lbl, performance.now());
      return undefined;
    }],
    ['timeEnd', (_t, args) => {
      const lbl = label(args[0]);
      if (timeLogImpl('timeEnd', lbl)) times.delete(lbl);
      return undefined;
    }],
    ['timeLog', (_t, args) => {
      timeLogImpl('timeLog', label(args[0]), args.slice(1));
      return undefined;
    }],
    ['trace', (_t, args) => {
      // Error.captureStackTrace({ name: 'Trace', message }, trace): this built-in's own frame is skipped.
      const message = formatWithOptions(inspectOptions, args);
      const header = message === '' ? 'Trace' : `Trace: ${message}`;
      const frames = captureFrames(1, stackTraceLimit(realm));
      callOwn('error', [[header, ...frames].join('\n')]);
      return undefined;
    }],
    ['assert', (_t, args) => {
      if (!ToBoolean(args[0])) {
        const rest = args.slice(1);
        rest[0] = `Assertion failed${rest.length === 0 ? '' : `: ${ToString(rest[0])}`}`;
        callOwn('warn', rest);
      }
      return undefined;
    }],
    ['clear', () => undefined],
    ['count', (_t, args) => {
      const lbl = label(args[0]);
      const count = (counts.get(lbl) ?? 0) + 1;
      counts.set(lbl, count);
      callOwn('log', [`${lbl}: ${count}`]);
      return undefined;
    }],
    ['countReset', (_t, args) => {
      const raw = args[0] === undefined ? 'default' : args[0];
      // As in Node, the label is looked up before it is converted to a string.
      if (typeof raw !== 'string' || !counts.has(raw)) {
        warning(`Count for '${ToString(raw)}' does not exist`);
        return undefined;
      }
      counts.delete(raw);
      return undefined;
    }],
    ['group', group],
    ['groupEnd', () => {
      groupIndent = groupIndent.slice(0, groupIndent.length - kGroupIndentationWidth);
      return undefined;
    }],
    ['table', (_t, args) => {
      const s = table(realm, args[0], args[1], inspectOptions);
      if (s === undefined) callOwn('log', [args[0]]);
      else callOwn('log', [s]);
      return undefined;
    }],
    ['debug', log],
    ['info', log],
    ['dirxml', log],
    ['error', warn],
    ['groupCollapsed', group],
    ['profile', () => undefined],
    ['profileEnd', () => undefined],
    ['timeStamp', () => undefined],
  ];
  for (const [name, impl] of methods) con.addProperty(name, CreateBuiltinFunction(realm, impl, 0, name), WEC);
  con.addProperty(WellKnown.toStringTag, 'console', C);
  realm.addGlobal('console', con);
}

function stackTraceLimit(realm: Realm): number {
  const E = realm.intrinsics['%Error%'];
  const v = E === undefined ? undefined : dataGet(E, 'stackTraceLimit');
  return typeof v === 'number' && v >= 0 ? Math.min(v, 200) : 0;
}

/** Node's console formatTime: "1.234ms", "1.500s", "1:02.345 (m:ss.mmm)". */
export function formatTime(ms: number): string {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms = ms % 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms = ms % 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, m] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(s)}.${m} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function pad(value: number | string): string {
  return `${value}`.padStart(2, '0');
}

// ---- console.table ----

const tableChars = {
  middleMiddle: '─', rowMiddle: '┼', topRight: '┐', topLeft: '┌', leftMiddle: '├', topMiddle: '┬',
  bottomRight: '┘', bottomLeft: '└', bottomMiddle: '┴', rightMiddle: '┤', left: '│ ', right: ' │', middle: ' │ ',
};

function renderRow(row: string[], columnWidths: number[]): string {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const needed = columnWidths[i] - getStringWidth(cell);
    out += cell + ' '.repeat(Math.ceil(needed));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

/** Node's internal/cli_table: the box drawing of console.table. columns may be sparse. */
export function renderTable(head: string[], columns: string[][]): string {
  const rows: string[][] = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      columnWidths[i] = Math.max(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((w) => tableChars.middleMiddle.repeat(w + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

/** Node's ERR_INVALID_ARG_TYPE for a `properties` argument that is not an array. */
function throwInvalidArgType(name: string, expected: string, actual: Value): never {
  let received: string;
  if (actual === null || actual === undefined) received = String(actual);
  else if (actual instanceof JSObject && actual.isCallable && dataGet(actual, 'name')) received = `function ${String(dataGet(actual, 'name'))}`;
  else if (actual instanceof JSObject) {
    const ctor = dataGet(actual, 'constructor');
    const cname = ctor instanceof JSObject ? dataGet(ctor, 'name') : undefined;
    received = cname ? `an instance of ${String(cname)}` : inspect(actual, { depth: -1 });
  } else {
    let inspected = inspect(actual, { colors: false });
    if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
    received = `type ${actual instanceof JSSymbol ? 'symbol' : typeof actual} (${inspected})`;
  }
  const e = makeError(R.realm, 'TypeError', `The "${name}" argument must be ${expected}. Received ${received}`);
  const stack = dataGet(e, 'stack');
  if (typeof stack === 'string') e.DefineOwnProperty('stack', { value: stack.replace(/^TypeError/, 'TypeError [ERR_INVALID_ARG_TYPE]') });
  e.addProperty('code', 'ERR_INVALID_ARG_TYPE', WEC);
  throw new ThrowCompletion(e);
}

/** The elements of a guest array (through [[Get]], as iterating it in Node would read them). */
function arrayValues(a: JSObject): Value[] {
  const len = a.Get('length', a) as number;
  const out: Value[] = [];
  for (let i = 0; i < len; i++) {
    if (--R.fuel <= 0) R.agent.refuel();
    out.push(a.Get(String(i), a));
  }
  return out;
}

/** console.table's rendering, or undefined when tabularData is not an object (then it is logged). */
function table(realm: Realm, tabularData: Value, properties: Value, options: InspectOptions): string | undefined {
  if (properties !== undefined && !(properties instanceof JSObject && isArray(properties))) {
    throwInvalidArgType('properties', 'an instance of Array', properties);
  }
  if (!(tabularData instanceof JSObject) || tabularData.isCallable) return undefined;

  const isArrayLike = (v: JSObject): boolean => isArray(v) || typedArrayDetails(v) !== undefined;
  const _inspect = (v: Value): string => {
    const depth = v instanceof JSObject && !v.isCallable && !isArrayLike(v) && objectKeys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...options });
  };
  const getIndexArray = (length: number): string[] => Array.from({ length }, (_, i) => _inspect(i));

  const entries = tabularData.className === 'Map' ? mapEntries(tabularData) : undefined;
  if (entries !== undefined) {
    const keys: string[] = [];
    const values: string[] = [];
    for (const [k, v] of entries) {
      keys.push(_inspect(k));
      values.push(_inspect(v));
    }
    return renderTable(['(iteration index)', 'Key', 'Values'], [getIndexArray(entries.length), keys, values]);
  }
  const setVals = tabularData.className === 'Set' ? setValues(tabularData) : undefined;
  if (setVals !== undefined) {
    return renderTable(['(iteration index)', 'Values'], [getIndexArray(setVals.length), setVals.map(_inspect)]);
  }

  const map: Record<string, string[]> = Object.create(null);
  let hasPrimitives = false;
  const valuesKeyArray: string[] = [];
  const indexKeyArray = objectKeys(tabularData);
  const props = properties === undefined ? undefined : arrayValues(properties as JSObject);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData.Get(indexKeyArray[i], tabularData);
    const primitive = !(item instanceof JSObject);
    if (props === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = _inspect(item);
    } else {
      const keys: PropertyKey[] = props !== undefined ? props.map((k) => ToPropertyKey(k)) : objectKeys(item as JSObject);
      for (const key of keys) {
        if (key instanceof JSSymbol) continue; // Object.keys of the column map never lists symbols.
        map[key] ??= [];
        if ((primitive && props) || !hasOwn(item as JSObject, key)) map[key][i] = '';
        else map[key][i] = _inspect((item as JSObject).Get(key, item));
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) {
    keys.push('Values');
    values.push(valuesKeyArray);
  }
  keys.unshift('(index)');
  values.unshift(indexKeyArray);
  return renderTable(keys, values);
}
