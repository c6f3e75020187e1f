import { JSObject, SameValue } from '../values/object';
import { CreateBuiltinFunction, defineAccessors, defineMethods } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { Msg, throwSyntaxError, throwTypeError } from '../errors';
import { ArrayCreate } from '../exotics/array';
import {
  CreateArrayFromList, CreateDataPropertyOrThrow, GetPrototypeFromConstructor, IsCallable, IsRegExp, Set,
} from '../ops/object-operations';
import { ToLength, ToString, describe } from '../ops/type-conversion';
import { StringBuilder } from './String';
import { setupRegExpPrototype } from './RegExpPrototype';
import { W, WEC } from '../values/shape';

// ---------------------------------------------------------------------------------------------
// The host regex bridge. NON-SPEC: until the engine has its own regex engine (interpreter/regexp),
// guest patterns are compiled and run by the host's. Host RegExp objects live only here and in
// the Matcher records below; guest code only ever sees the plain numbers hostExec returns.
// ---------------------------------------------------------------------------------------------

/** A compiled pattern: the [[RegExpMatcher]] of a JSRegExp. Shared by regexps with the same source and flags. */
interface Matcher {
  /** Capturing group names by group number - 1 (undefined for unnamed groups). */
  readonly names: (string | undefined)[];
  /** True when the pattern has any GroupName. */
  readonly hasNames: boolean;
  /** Host regex that searches forward from lastIndex ('g'). */
  readonly search: RegExp;
  /** Host regex that matches only at lastIndex ('y'), created on first use. */
  sticky: RegExp | null;
  /** The host regexes carry the 'd' flag (only when the pattern may have groups). */
  readonly withIndices: boolean;
}

const matcherCache = new Map<string, Matcher>();
const MATCHER_CACHE_SIZE = 500;

/** Compiles source with flags (already validated) into a Matcher, or throws the guest SyntaxError. */
function hostCompile(source: string, flags: string): Matcher {
  const key = `${flags}/${source}`;
  const cached = matcherCache.get(key);
  if (cached !== undefined) return cached;
  const base = flags.replace(/[dgy]/g, '');
  const withIndices = source.includes('(');
  const searchFlags = `${base}g${withIndices ? 'd' : ''}`;
  let search: RegExp;
  try {
    search = new RegExp(source, searchFlags);
  } catch (e) {
    // V8's wording, with the flags in canonical order: "Invalid regular expression: /(/g: Unterminated group".
    const msg = e instanceof Error ? e.message : '';
    const prefix = `Invalid regular expression: /${source}/`;
    const rest = msg.startsWith(prefix) ? msg.slice(prefix.length) : '';
    const reason = rest.includes(': ') ? rest.slice(rest.indexOf(': ') + 2) : 'Invalid pattern';
    const canonical = [...'dgimsuvy'].filter((c) => flags.includes(c)).join('');
    throwSyntaxError(`${prefix}${canonical}: ${reason}`);
  }
  const names = scanGroupNames(source, flags.includes('v'));
  const m: Matcher = { names, hasNames: names.some((n) => n !== undefined), search, sticky: null, withIndices };
  if (matcherCache.size >= MATCHER_CACHE_SIZE) matcherCache.clear();
  matcherCache.set(key, m);
  return m;
}

/**
 * Runs rx's matcher on s from index (only at index when sticky). Returns null, or the match data:
 * [start, end] of the whole match then of each capture (-1, -1 for a capture that did not participate).
 * Charges fuel for the span searched.
 */
export function hostExec(rx: JSRegExp, s: string, index: number, sticky: boolean): number[] | null {
  const m = rx.matcher;
  let re = m.search;
  if (sticky) re = m.sticky ??= new RegExp(re.source, re.flags.replace('g', 'y'));
  re.lastIndex = index;
  const r = re.exec(s);
  R.fuel -= 1 + (((r === null ? s.length : re.lastIndex) - index) >> 6);
  if (R.fuel <= 0) R.agent.refuel();
  if (r === null) return null;
  const out: number[] = [];
  if (m.withIndices) {
    const ind = r.indices!;
    for (let i = 0; i < ind.length; i++) {
      const p = ind[i];
      if (p === undefined) out.push(-1, -1);
      else out.push(p[0], p[1]);
    }
  } else {
    out.push(r.index, r.index + r[0].length);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/** Scans a pattern for its capturing groups: their names, by group number - 1. */
function scanGroupNames(p: string, vMode: boolean): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  let classDepth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') { i++; continue; }
    if (classDepth > 0) {
      if (c === ']') classDepth--;
      else if (c === '[' && vMode) classDepth++;
      continue;
    }
    if (c === '[') { classDepth = 1; continue; }
    if (c !== '(') continue;
    if (p[i + 1] !== '?') { names.push(undefined); continue; }
    if (p[i + 2] === '<' && p[i + 3] !== '=' && p[i + 3] !== '!') {
      const end = p.indexOf('>', i + 3);
      names.push(decodeGroupName(p.slice(i + 3, end)));
    }
  }
  return names;
}

/** Decodes \uXXXX and \u{X} escapes in a group name. */
function decodeGroupName(name: string): string {
  if (!name.includes('\\')) return name;
  return name.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, a, b) => String.fromCodePoint(parseInt(a ?? b, 16)));
}

/** A RegExp instance: [[OriginalSource]], [[OriginalFlags]] and [[RegExpMatcher]]. https://tc39.es/ecma262/#sec-properties-of-regexp-instances */
export class JSRegExp extends JSObject {
  originalSource = '';
  originalFlags = '';
  matcher!: Matcher;
  /** [[Realm]] and [[LegacyFeaturesEnabled]] (legacy RegExp features, Annex B proposal). */
  rxRealm: Realm | null = null;
  legacy = false;
}
JSRegExp.prototype.className = 'RegExp';

/** The source and flags of a regexp (for util.inspect), or undefined for other objects. */
export function regexpSourceOf(o: JSObject): { source: string; flags: string } | undefined {
  if (!(o instanceof JSRegExp)) return undefined;
  return { source: EscapeRegExpPattern(o.originalSource, o.originalFlags), flags: o.originalFlags };
}

/** https://tc39.es/ecma262/#sec-regexpalloc */
function RegExpAlloc(newTarget: JSObject): JSRegExp {
  const proto = GetPrototypeFromConstructor(newTarget, '%RegExp.prototype%');
  const obj = new JSRegExp(proto);
  obj.rxRealm = R.realm;
  obj.legacy = newTarget === R.realm.intrinsics['%RegExp%'];
  obj.addProperty('lastIndex', undefined, W);
  return obj;
}

/** Checks a flags string: only dgimsuvy, no repeats, not both u and v. */
function validFlags(f: string): boolean {
  let seen = 0;
  for (let i = 0; i < f.length; i++) {
    const bit = 'dgimsuvy'.indexOf(f[i]);
    if (bit < 0 || seen & (1 << bit)) return false;
    seen |= 1 << bit;
  }
  return (seen & 0x60) !== 0x60;
}

/** https://tc39.es/ecma262/#sec-regexpinitialize */
export function RegExpInitialize(obj: JSRegExp, pattern: Value, flags: Value): JSRegExp {
  const p = pattern === undefined ? '' : ToString(pattern);
  const f = flags === undefined ? '' : ToString(flags);
  if (!validFlags(f)) throwSyntaxError(`Invalid flags supplied to RegExp constructor '${f}'`);
  const matcher = hostCompile(p, f);
  obj.originalSource = p;
  obj.originalFlags = f;
  obj.matcher = matcher;
  Set(obj, 'lastIndex', 0, true);
  return obj;
}

/** https://tc39.es/ecma262/#sec-regexpcreate */
export function RegExpCreate(p: Value, f: Value): JSRegExp {
  const obj = RegExpAlloc(R.realm.intrinsics['%RegExp%']);
  return RegExpInitialize(obj, p, f);
}

/** Evaluates a regular expression literal /pattern/flags in realm (called by the compiler). */
export function RegExpCreateLiteral(realm: Realm, pattern: string, flags: string): JSObject {
  const obj = new JSRegExp(realm.intrinsics['%RegExp.prototype%']);
  obj.addProperty('lastIndex', 0, W);
  obj.matcher = hostCompile(pattern, flags);
  obj.originalSource = pattern;
  obj.originalFlags = flags;
  obj.rxRealm = realm;
  obj.legacy = true;
  return obj;
}

function isLineTerminator(c: string): boolean {
  return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}

function escapeLineTerminator(c: string): string {
  return c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\u2028' ? '\\u2028' : '\\u2029';
}

/** https://tc39.es/ecma262/#sec-escaperegexppattern — as V8 does: "/" and line terminators escaped. */
export function EscapeRegExpPattern(src: string, flags: string): string {
  if (src === '') return '(?:)';
  const vMode = flags.includes('v');
  let out = '';
  let last = 0;
  let classDepth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      if (i + 1 < src.length && isLineTerminator(src[i + 1])) {
        out += src.slice(last, i) + escapeLineTerminator(src[i + 1]);
        last = i + 2;
      }
      i++;
    } else if (isLineTerminator(c)) {
      out += src.slice(last, i) + escapeLineTerminator(c);
      last = i + 1;
    } else if (c === '[') {
      if (classDepth === 0 || vMode) classDepth++;
    } else if (c === ']') {
      if (classDepth > 0) classDepth--;
    } else if (c === '/' && classDepth === 0) {
      out += src.slice(last, i) + '\\/';
      last = i + 1;
    }
  }
  return out + src.slice(last);
}

/** https://tc39.es/ecma262/#sec-advancestringindex */
export function AdvanceStringIndex(s: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= s.length) return index + 1;
  const c = s.charCodeAt(index);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(index + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return index + 2;
  }
  return index + 1;
}

/** https://tc39.es/ecma262/#sec-regexpexec */
export function RegExpExec(rx: JSObject, s: string): JSObject | null {
  const exec = rx.Get('exec', rx);
  if (IsCallable(exec)) {
    const result = exec.Call(rx, [s]);
    if (result !== null && !(result instanceof JSObject)) throwTypeError('RegExp exec method returned something other than an Object or null');
    return result;
  }
  if (!(rx instanceof JSRegExp)) throwTypeError(Msg.incompatibleReceiver('RegExp.prototype.exec', describe(rx)));
  return RegExpBuiltinExec(rx, s);
}

/** https://tc39.es/ecma262/#sec-regexpbuiltinexec */
export function RegExpBuiltinExec(rx: JSRegExp, s: string): JSObject | null {
  const r = builtinExecRaw(rx, s);
  return r === null ? null : makeMatchArray(rx, s, r);
}

/**
 * The steps of RegExpBuiltinExec before the match array is built (lastIndex read, match, lastIndex
 * update): returns the raw match data of hostExec, or null.
 */
function builtinExecRaw(rx: JSRegExp, s: string): number[] | null {
  const length = s.length;
  let lastIndex = ToLength(rx.Get('lastIndex', rx));
  const flags = rx.originalFlags;
  const global = flags.includes('g');
  const sticky = flags.includes('y');
  if (!global && !sticky) lastIndex = 0;
  const r = lastIndex > length ? null : hostExec(rx, s, lastIndex, sticky);
  if (r === null) {
    if (global || sticky) Set(rx, 'lastIndex', 0, true);
    return null;
  }
  const e = r[1];
  if (global || sticky) Set(rx, 'lastIndex', e, true);
  // UpdateLegacyRegExpStaticProperties (legacy RegExp features): the values are computed when read.
  if (rx.legacy && rx.rxRealm === R.realm) {
    const st = legacyStatics(R.realm);
    st.input = s;
    st.s = s;
    st.r = r;
  }
  return r;
}

/** Capture i of match data r (0 is the whole match), or undefined if it did not participate. */
export function captureOf(s: string, r: number[], i: number): string | undefined {
  return r[2 * i] < 0 ? undefined : s.slice(r[2 * i], r[2 * i + 1]);
}

/** The groups object of a match of a pattern with group names; groupNames receives each capture's name if it was used. */
export function makeGroups(rx: JSRegExp, s: string, r: number[], groupNames?: (string | undefined)[]): JSObject {
  const n = r.length / 2 - 1;
  const names = rx.matcher.names;
  const groups = new JSObject(null);
  const matchedGroupNames = new globalThis.Set<string>();
  for (let i = 1; i <= n; i++) {
    const name = names[i - 1];
    if (name === undefined || matchedGroupNames.has(name)) { groupNames?.push(undefined); continue; }
    const capturedValue = captureOf(s, r, i);
    if (capturedValue !== undefined) matchedGroupNames.add(name);
    CreateDataPropertyOrThrow(groups, name, capturedValue);
    groupNames?.push(name);
  }
  return groups;
}

/** The match array of RegExpBuiltinExec: captures, index, input, groups, and indices for the d flag. */
function makeMatchArray(rx: JSRegExp, s: string, r: number[]): JSObject {
  const n = r.length / 2 - 1;
  const elements: Value[] = [s.slice(r[0], r[1])];
  for (let i = 1; i <= n; i++) elements.push(captureOf(s, r, i));
  const a = ArrayCreate(0, undefined, elements);
  a.addProperty('index', r[0], WEC);
  a.addProperty('input', s, WEC);
  const groupNames: (string | undefined)[] = [];
  const groups = rx.matcher.hasNames ? makeGroups(rx, s, r, groupNames) : undefined;
  a.addProperty('groups', groups, WEC);
  if (rx.originalFlags.includes('d')) a.addProperty('indices', MakeMatchIndicesIndexPairArray(r, groupNames, groups !== undefined), WEC);
  return a;
}

/**
 * RegExpExec where the caller only reads the result's own data properties: when rx's exec is the
 * built-in one (a data property), the match array could not be observed, so the raw match data is
 * returned instead (NON-SPEC shortcut, unobservable). Otherwise the result of RegExpExec.
 */
export function RegExpExecRaw(rx: JSObject, s: string): JSObject | number[] | null {
  if (rx instanceof JSRegExp && hasBuiltinExec(R.realm, rx)) {
    if (--R.fuel <= 0) R.agent.refuel();
    return builtinExecRaw(rx, s);
  }
  return RegExpExec(rx, s);
}

/** https://tc39.es/ecma262/#sec-makematchindicesindexpairarray */
function MakeMatchIndicesIndexPairArray(r: number[], groupNames: (string | undefined)[], hasGroups: boolean): JSObject {
  const n = r.length / 2;
  const groups = hasGroups ? new JSObject(null) : undefined;
  const pairs: Value[] = [];
  for (let i = 0; i < n; i++) {
    const pair = r[2 * i] < 0 ? undefined : CreateArrayFromList([r[2 * i], r[2 * i + 1]]);
    pairs.push(pair);
    if (i > 0 && groups !== undefined && groupNames[i - 1] !== undefined) CreateDataPropertyOrThrow(groups, groupNames[i - 1]!, pair);
  }
  const a = ArrayCreate(0, undefined, pairs);
  a.addProperty('groups', groups, WEC);
  return a;
}

const SYNTAX_CHARACTERS = '^$\\.*+?()[]{}|/';
const OTHER_PUNCTUATORS = ',-=<>#&!%:;@~\'`"';
const CONTROL_ESCAPES: Record<number, string> = { 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' };

function isWhiteSpaceOrLineTerminator(cp: number): boolean {
  return cp === 0x20 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f
    || cp === 0x3000 || cp === 0xfeff || cp === 0x2028 || cp === 0x2029;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** https://tc39.es/ecma262/#sec-encodeforregexpescape */
function EncodeForRegExpEscape(cp: number, c: string): string {
  if (SYNTAX_CHARACTERS.includes(c)) return `\\${c}`;
  const control = CONTROL_ESCAPES[cp];
  if (control !== undefined) return `\\${control}`;
  if (OTHER_PUNCTUATORS.includes(c) || isWhiteSpaceOrLineTerminator(cp) || (cp >= 0xd800 && cp <= 0xdfff)) {
    if (cp <= 0xff) return `\\x${hex(cp, 2)}`;
    let out = '';
    for (let i = 0; i < c.length; i++) out += `\\u${hex(c.charCodeAt(i), 4)}`;
    return out;
  }
  return c;
}

/** https://tc39.es/ecma262/#sec-regexp.escape */
function RegExpEscape(s: string): string {
  const out = new StringBuilder();
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const c = s.slice(i, i + size);
    const alnum = (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
    out.add(i === 0 && alnum ? `\\x${hex(cp, 2)}` : EncodeForRegExpEscape(cp, c));
    i += size;
  }
  return out.toString();
}

/** https://tc39.es/ecma262/#sec-regexp-regular-expression-objects */
export function setupRegExp(realm: Realm): void {
  const proto = new JSObject(realm.ObjectPrototype);
  realm.intrinsics['%RegExp.prototype%'] = proto;
  const RegExpCtor = CreateBuiltinFunction(realm, (_this, args, newTarget) => {
    // https://tc39.es/ecma262/#sec-regexp-pattern-flags
    const pattern = args[0];
    const flags = args[1];
    const patternIsRegExp = IsRegExp(pattern);
    let nt: JSObject;
    if (newTarget === undefined) {
      nt = R.fnStack[R.depth - 1]!;
      if (patternIsRegExp && flags === undefined) {
        const patternConstructor = (pattern as JSObject).Get('constructor', pattern);
        if (SameValue(nt, patternConstructor)) return pattern;
      }
    } else {
      nt = newTarget;
    }
    let p: Value;
    let f: Value;
    if (pattern instanceof JSRegExp) {
      p = pattern.originalSource;
      f = flags === undefined ? pattern.originalFlags : flags;
    } else if (patternIsRegExp) {
      const po = pattern as JSObject;
      p = po.Get('source', po);
      f = flags === undefined ? po.Get('flags', po) : flags;
    } else {
      p = pattern;
      f = flags;
    }
    const o = RegExpAlloc(nt);
    return RegExpInitialize(o, p, f);
  }, 2, 'RegExp', { ctor: true });
  realm.intrinsics['%RegExp%'] = RegExpCtor;
  RegExpCtor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', RegExpCtor);
  realm.addGlobal('RegExp', RegExpCtor);
  defineAccessors(realm, RegExpCtor, [[WellKnown.species, (thisValue) => thisValue]]);
  setupLegacyStatics(realm, RegExpCtor);
  defineMethods(realm, RegExpCtor, [
    ['escape', (_t, args) => {
      if (typeof args[0] !== 'string') throwTypeError('RegExp.escape requires a string argument');
      return RegExpEscape(args[0]);
    }, 1],
  ]);

  setupRegExpPrototype(realm, proto, RegExpCtor);
}

/** The legacy static state of a realm's %RegExp%: the input, and the last successful match (s, r). */
interface LegacyStatics {
  input: string;
  s: string;
  r: number[] | null;
}

const legacyByRealm = new WeakMap<Realm, LegacyStatics>();

function legacyStatics(realm: Realm): LegacyStatics {
  let st = legacyByRealm.get(realm);
  if (st === undefined) legacyByRealm.set(realm, st = { input: '', s: '', r: null });
  return st;
}

/**
 * RegExp.input, RegExp.$1 … (legacy RegExp features, Annex B proposal; feature legacy-regexp).
 * NON-SPEC, as V8: the values start as '' (the proposal's "empty" would make them throw), and a
 * non-participating capture reads as ''.
 */
function setupLegacyStatics(realm: Realm, ctor: JSObject): void {
  const checked = (name: string, read: (st: LegacyStatics) => string) => (thisValue: Value): Value => {
    // https://tc39.es/proposal-regexp-legacy-features/#sec-getlegacyregexpstaticproperty
    if (thisValue !== ctor) throwTypeError(`RegExp.${name} getter called on an object that is not the RegExp constructor of its realm`);
    return read(legacyStatics(realm));
  };
  const part = (st: LegacyStatics, i: number): string => {
    const r = st.r;
    if (r === null || 2 * i >= r.length || r[2 * i] < 0) return '';
    return st.s.slice(r[2 * i], r[2 * i + 1]);
  };
  const input = (st: LegacyStatics): string => st.input;
  const lastMatch = (st: LegacyStatics): string => part(st, 0);
  const lastParen = (st: LegacyStatics): string => (st.r === null || st.r.length <= 2 ? '' : part(st, st.r.length / 2 - 1));
  const leftContext = (st: LegacyStatics): string => (st.r === null ? '' : st.s.slice(0, st.r[0]));
  const rightContext = (st: LegacyStatics): string => (st.r === null ? '' : st.s.slice(st.r[1]));
  const setInput = (name: string) => (thisValue: Value, args: Value[]): Value => {
    // https://tc39.es/proposal-regexp-legacy-features/#sec-setlegacyregexpstaticproperty
    if (thisValue !== ctor) throwTypeError(`RegExp.${name} setter called on an object that is not the RegExp constructor of its realm`);
    legacyStatics(realm).input = ToString(args[0]);
    return undefined;
  };
  const table: [string, (t: Value, a: Value[]) => Value, ((t: Value, a: Value[]) => Value)?][] = [
    ['input', checked('input', input), setInput('input')], ['$_', checked('$_', input), setInput('$_')],
    ['lastMatch', checked('lastMatch', lastMatch)], ['$&', checked('$&', lastMatch)],
    ['lastParen', checked('lastParen', lastParen)], ['$+', checked('$+', lastParen)],
    ['leftContext', checked('leftContext', leftContext)], ['$`', checked('$`', leftContext)],
    ['rightContext', checked('rightContext', rightContext)], ["$'", checked("$'", rightContext)],
  ];
  for (let i = 1; i <= 9; i++) table.push([`$${i}`, checked(`$${i}`, (st) => part(st, i))]);
  defineAccessors(realm, ctor, table);
}

/** True when rx's "exec" is the realm's built-in exec, found as a data property without side effects. */
export function hasBuiltinExec(realm: Realm, rx: JSRegExp): boolean {
  const builtin = realm.intrinsics['%RegExp.prototype.exec%'];
  for (let o: JSObject | null = rx; o !== null; o = o.GetPrototypeOf()) {
    if (o.exotic) return false;
    const d = o.GetOwnProperty('exec');
    if (d !== undefined) return d.value === builtin && !('get' in d);
  }
  return false;
}
