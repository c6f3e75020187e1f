import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods } from '../values/function';
import { JSSymbol, WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { Msg, throwRangeError, throwTypeError } from '../errors';
import { JSStringObject } from '../exotics/primitive-wrapper';
import {
  Call, CreateArrayFromList, GetMethod, GetPrototypeFromConstructor, Invoke, IsCallable, IsRegExp, LengthOfArrayLike,
} from '../ops/object-operations';
import { ToIntegerOrInfinity, ToLength, ToNumber, ToObject, ToString, ToUint16, ToUint32, describe } from '../ops/type-conversion';
import { CreateIterResultObject } from '../ops/iterator-operations';
import { RegExpCreate } from './RegExp';
import { C } from '../values/shape';

/** The longest string V8 builds; longer results are a guest RangeError, never a host one. */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;

/** Throws the guest RangeError when a string of length n would be too long. */
export function checkStringLength(n: number): void {
  if (n > MAX_STRING_LENGTH) throwRangeError('Invalid string length');
}

/** Builds a string from parts, checking the length limit as it grows. */
export class StringBuilder {
  private parts: string[] = [];
  length = 0;
  add(s: string): void {
    if (s.length === 0) return;
    this.length += s.length;
    checkStringLength(this.length);
    this.parts.push(s);
  }
  toString(): string {
    return this.parts.join('');
  }
}

/** Charges fuel for host work proportional to n string units. */
function chargeUnits(n: number): void {
  R.fuel -= n >> 8;
  if (R.fuel <= 0) R.agent.refuel();
}

/** RequireObjectCoercible(this) then ToString, with V8's message. */
function thisString(thisValue: Value, method: string): string {
  if (typeof thisValue === 'string') return thisValue;
  if (thisValue === undefined || thisValue === null) throwTypeError(`String.prototype.${method} called on null or undefined`);
  return ToString(thisValue);
}

/** https://tc39.es/ecma262/#sec-thisstringvalue */
function thisStringValue(value: Value, method: string): string {
  if (typeof value === 'string') return value;
  if (value instanceof JSStringObject) return value.value;
  throwTypeError(`String.prototype.${method} requires that 'this' be a String`);
}

/** https://tc39.es/ecma262/#sec-stringcreate */
export function StringCreate(value: string, prototype: JSObject): JSStringObject {
  return new JSStringObject(prototype, value);
}

/** https://tc39.es/ecma262/#sec-stringindexof */
export function StringIndexOf(s: string, searchValue: string, fromIndex: number): number {
  // NON-SPEC shortcut: the host's indexOf, except that it clamps fromIndex for an empty search value.
  if (searchValue === '') return fromIndex <= s.length ? fromIndex : -1;
  return s.indexOf(searchValue, fromIndex);
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function isLead(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isTrail(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** https://tc39.es/ecma262/#sec-isstringwellformedunicode */
export function IsStringWellFormedUnicode(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLead(c)) {
      if (i + 1 < s.length && isTrail(s.charCodeAt(i + 1))) { i++; continue; }
      return false;
    }
    if (isTrail(c)) return false;
  }
  return true;
}

/** https://tc39.es/ecma262/#sec-string.prototype.towellformed */
function toWellFormed(s: string): string {
  if (IsStringWellFormedUnicode(s)) return s;
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLead(c) && i + 1 < s.length && isTrail(s.charCodeAt(i + 1))) { i++; continue; }
    if (isLead(c) || isTrail(c)) {
      out += s.slice(last, i) + '\ufffd';
      last = i + 1;
    }
  }
  return out + s.slice(last);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * https://tc39.es/ecma262/#sec-getsubstitution
 * Expands $$, $&, $`, $', $n, $nn and $<name> in template.
 */
export function GetSubstitution(
  matched: string, str: string, position: number, captures: (string | undefined)[], namedCaptures: JSObject | undefined, template: string,
): string {
  const n = template.length;
  let i = template.indexOf('$');
  if (i === -1) return template;
  const out = new StringBuilder();
  let last = 0;
  while (i !== -1 && i + 1 < n) {
    const c = template.charCodeAt(i + 1);
    let len: number;
    let rep: string | undefined;
    if (c === 0x24) { // $$
      rep = '$'; len = 2;
    } else if (c === 0x60) { // $`
      rep = str.slice(0, position); len = 2;
    } else if (c === 0x26) { // $&
      rep = matched; len = 2;
    } else if (c === 0x27) { // $'
      const tailPos = Math.min(position + matched.length, str.length);
      rep = str.slice(tailPos); len = 2;
    } else if (isDigit(c)) {
      let digitCount = i + 2 < n && isDigit(template.charCodeAt(i + 2)) ? 2 : 1;
      let index = digitCount === 2 ? (c - 0x30) * 10 + (template.charCodeAt(i + 2) - 0x30) : c - 0x30;
      const captureLen = captures.length;
      if (index > captureLen && digitCount === 2) {
        // A two-digit reference beyond the captures is a one-digit one followed by a literal digit.
        digitCount = 1;
        index = c - 0x30;
      }
      len = 1 + digitCount;
      if (index >= 1 && index <= captureLen) rep = captures[index - 1] ?? '';
    } else if (c === 0x3c) { // $<
      const gtPos = template.indexOf('>', i);
      if (gtPos === -1 || namedCaptures === undefined) {
        len = 2;
      } else {
        const groupName = template.slice(i + 2, gtPos);
        const capture = namedCaptures.Get(groupName, namedCaptures);
        rep = capture === undefined ? '' : ToString(capture);
        len = gtPos + 1 - i;
      }
    } else {
      len = 1;
    }
    if (rep !== undefined) {
      out.add(template.slice(last, i));
      out.add(rep);
      last = i + len;
    }
    i = template.indexOf('$', i + len);
  }
  out.add(template.slice(last));
  return out.toString();
}

/** https://tc39.es/ecma262/#sec-trimstring */
function TrimString(thisValue: Value, where: 'start' | 'end' | 'start+end', method: string): string {
  const s = thisString(thisValue, method);
  // The host's trim uses exactly WhiteSpace and LineTerminator.
  if (where === 'start') return s.trimStart();
  if (where === 'end') return s.trimEnd();
  return s.trim();
}

/** https://tc39.es/ecma262/#sec-stringpad */
function StringPaddingBuiltinsImpl(thisValue: Value, maxLength: Value, fillString: Value, placement: 'start' | 'end', method: string): string {
  const s = thisString(thisValue, method);
  const intMaxLength = ToLength(maxLength);
  const stringLength = s.length;
  if (intMaxLength <= stringLength) return s;
  const fill = fillString === undefined ? ' ' : ToString(fillString);
  if (fill === '') return s;
  checkStringLength(intMaxLength);
  chargeUnits(intMaxLength);
  return placement === 'start' ? s.padStart(intMaxLength, fill) : s.padEnd(intMaxLength, fill);
}

/** https://tc39.es/ecma262/#sec-createhtml */
function CreateHTML(thisValue: Value, tag: string, attribute: string, value: Value, method: string): string {
  const s = thisString(thisValue, method);
  let p1 = `<${tag}`;
  if (attribute !== '') {
    const v = ToString(value);
    p1 += ` ${attribute}="${v.replace(/"/g, '&quot;')}"`;
  }
  const out = new StringBuilder();
  out.add(p1 + '>');
  out.add(s);
  out.add(`</${tag}>`);
  return out.toString();
}

/** %StringIteratorPrototype% objects: the string and the next position. */
class JSStringIterator extends JSObject {
  constructor(proto: JSObject, public s: string | undefined, public pos = 0) {
    super(proto);
  }
}

/** https://tc39.es/ecma262/#sec-string-objects */
export function setupString(realm: Realm): void {
  const proto = new JSStringObject(realm.ObjectPrototype, '');
  realm.intrinsics['%String.prototype%'] = proto;
  const StringCtor = CreateBuiltinFunction(realm, (_this, args, newTarget) => {
    // https://tc39.es/ecma262/#sec-string-constructor-string-value
    let s: string;
    if (args.length === 0) s = '';
    else {
      const value = args[0];
      if (newTarget === undefined && value instanceof JSSymbol) return `Symbol(${value.description ?? ''})`;
      s = ToString(value);
    }
    if (newTarget === undefined) return s;
    return StringCreate(s, GetPrototypeFromConstructor(newTarget, '%String.prototype%'));
  }, 1, 'String', { ctor: true });
  realm.intrinsics['%String%'] = StringCtor;
  StringCtor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', StringCtor);
  realm.addGlobal('String', StringCtor);

  defineMethods(realm, StringCtor, [
    ['fromCharCode', (_t, args) => {
      // https://tc39.es/ecma262/#sec-string.fromcharcode
      if (args.length === 1) return String.fromCharCode(ToUint16(args[0]));
      const units: number[] = [];
      for (const a of args) units.push(ToUint16(a));
      let out = '';
      for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
      return out;
    }, 1],
    ['fromCodePoint', (_t, args) => {
      // https://tc39.es/ecma262/#sec-string.fromcodepoint
      let out = '';
      for (const next of args) {
        const cp = ToNumber(next);
        if (!Number.isInteger(cp) || cp < 0 || cp > 0x10ffff) throwRangeError(`Invalid code point ${ToString(cp)}`);
        out += String.fromCodePoint(cp);
      }
      return out;
    }, 1],
    ['raw', (_t, args) => {
      // https://tc39.es/ecma262/#sec-string.raw
      const substitutionCount = Math.max(args.length - 1, 0);
      const cooked = ToObject(args[0]);
      const literals = ToObject(cooked.Get('raw', cooked));
      const literalCount = LengthOfArrayLike(literals);
      if (literalCount <= 0) return '';
      const out = new StringBuilder();
      for (let nextIndex = 0; ; nextIndex++) {
        if (--R.fuel <= 0) R.agent.refuel();
        out.add(ToString(literals.Get(String(nextIndex), literals)));
        if (nextIndex + 1 === literalCount) return out.toString();
        if (nextIndex < substitutionCount) out.add(ToString(args[nextIndex + 1]));
      }
    }, 1],
  ]);

  defineMethods(realm, proto, [
    ['at', (thisValue, args) => {
      const s = thisString(thisValue, 'at');
      const rel = ToIntegerOrInfinity(args[0]);
      const k = rel >= 0 ? rel : s.length + rel;
      if (k < 0 || k >= s.length) return undefined;
      return s[k];
    }, 1],
    ['charAt', (thisValue, args) => {
      const s = thisString(thisValue, 'charAt');
      const position = ToIntegerOrInfinity(args[0]);
      if (position < 0 || position >= s.length) return '';
      return s[position];
    }, 1],
    ['charCodeAt', (thisValue, args) => {
      const s = thisString(thisValue, 'charCodeAt');
      const position = ToIntegerOrInfinity(args[0]);
      if (position < 0 || position >= s.length) return NaN;
      return s.charCodeAt(position);
    }, 1],
    ['codePointAt', (thisValue, args) => {
      const s = thisString(thisValue, 'codePointAt');
      const position = ToIntegerOrInfinity(args[0]);
      if (position < 0 || position >= s.length) return undefined;
      return s.codePointAt(position);
    }, 1],
    ['concat', (thisValue, args) => {
      const out = new StringBuilder();
      out.add(thisString(thisValue, 'concat'));
      for (const a of args) out.add(ToString(a));
      return out.toString();
    }, 1],
    ['endsWith', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-string.prototype.endswith
      const s = thisString(thisValue, 'endsWith');
      if (IsRegExp(args[0])) throwTypeError('First argument to String.prototype.endsWith must not be a regular expression');
      const searchStr = ToString(args[0]);
      const len = s.length;
      const pos = args[1] === undefined ? len : ToIntegerOrInfinity(args[1]);
      const end = clamp(pos, 0, len);
      const start = end - searchStr.length;
      if (searchStr.length === 0) return true;
      if (start < 0) return false;
      return s.slice(start, end) === searchStr;
    }, 1],
    ['includes', (thisValue, args) => {
      const s = thisString(thisValue, 'includes');
      if (IsRegExp(args[0])) throwTypeError('First argument to String.prototype.includes must not be a regular expression');
      const searchStr = ToString(args[0]);
      const start = clamp(ToIntegerOrInfinity(args[1]), 0, s.length);
      return StringIndexOf(s, searchStr, start) !== -1;
    }, 1],
    ['indexOf', (thisValue, args) => {
      const s = thisString(thisValue, 'indexOf');
      const searchStr = ToString(args[0]);
      const start = clamp(ToIntegerOrInfinity(args[1]), 0, s.length);
      return StringIndexOf(s, searchStr, start);
    }, 1],
    ['isWellFormed', (thisValue) => IsStringWellFormedUnicode(thisString(thisValue, 'isWellFormed')), 0],
    ['lastIndexOf', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-string.prototype.lastindexof
      const s = thisString(thisValue, 'lastIndexOf');
      const searchStr = ToString(args[0]);
      const numPos = ToNumber(args[1]);
      const pos = numPos !== numPos ? Infinity : ToIntegerOrInfinity(numPos);
      const start = clamp(pos, 0, s.length);
      return s.lastIndexOf(searchStr, start);
    }, 1],
    ['localeCompare', (thisValue, args) => {
      const s = thisString(thisValue, 'localeCompare');
      const that = ToString(args[0]);
      return s.localeCompare(that);
    }, 1],
    ['match', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-string.prototype.match
      if (thisValue === undefined || thisValue === null) throwTypeError('String.prototype.match called on null or undefined');
      const regexp = args[0];
      if (regexp instanceof JSObject) {
        const matcher = GetMethod(regexp, WellKnown.match);
        if (matcher !== undefined) return Call(matcher, regexp, [thisValue]);
      }
      const s = ToString(thisValue);
      const rx = RegExpCreate(regexp, undefined);
      return Invoke(rx, WellKnown.match, [s]);
    }, 1],
    ['matchAll', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-string.prototype.matchall
      if (thisValue === undefined || thisValue === null) throwTypeError('String.prototype.matchAll called on null or undefined');
      const regexp = args[0];
      if (regexp instanceof JSObject) {
        if (IsRegExp(regexp)) {
          const flags = regexp.Get('flags', regexp);
          if (flags === undefined || flags === null) throwTypeError(Msg.convertNullish());
          if (!ToString(flags).includes('g')) throwTypeError('String.prototype.matchAll called with a non-global RegExp argument');
        }
        const matcher = GetMethod(regexp, WellKnown.matchAll);
        if (matcher !== undefined) return Call(matcher, regexp, [thisValue]);
      }
      const s = ToString(thisValue);
      const rx = RegExpCreate(regexp, 'g');
      return Invoke(rx, WellKnown.matchAll, [s]);
    }, 1],
    ['normalize', (thisValue, args) => {
      const s = thisString(thisValue, 'normalize');
      const f = args[0] === undefined ? 'NFC' : ToString(args[0]);
      if (f !== 'NFC' && f !== 'NFD' && f !== 'NFKC' && f !== 'NFKD') throwRangeError('The normalization form should be one of NFC, NFD, NFKC, NFKD.');
      chargeUnits(s.length);
      return s.normalize(f);
    }, 0],
    ['padEnd', (thisValue, args) => StringPaddingBuiltinsImpl(thisValue, args[0], args[1], 'end', 'padEnd'), 1],
    ['padStart', (thisValue, args) => StringPaddingBuiltinsImpl(thisValue, args[0], args[1], 'start', 'padStart'), 1],
    ['repeat', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-string.prototype.repeat
      const s = thisString(thisValue, 'repeat');
      const count = ToNumber(args[0]);
      const n = ToIntegerOrInfinity(count);
      if (n < 0 || n === Infinity) throwRangeError(`Invalid count value: ${ToString(count)}`);
      if (n === 0 || s.length === 0) return '';
      checkStringLength(s.length * n);
      chargeUnits(s.length * n);
      return s.repeat(n);
    }, 1],
    ['replace', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-string.prototype.replace
      if (thisValue === undefined || thisValue === null) throwTypeError('String.prototype.replace called on null or undefined');
      const searchValue = args[0];
      let replaceValue = args[1];
      if (searchValue instanceof JSObject) {
        const replacer = GetMethod(searchValue, WellKnown.replace);
        if (replacer !== undefined) return Call(replacer, searchValue, [thisValue, replaceValue]);
      }
      const string = ToString(thisValue);
      const searchString = ToString(searchValue);
      const functionalReplace = IsCallable(replaceValue);
      if (!functionalReplace) replaceValue = ToString(replaceValue);
      const position = StringIndexOf(string, searchString, 0);
      if (position === -1) return string;
      const replacement = functionalReplace
        ? ToString(Call(replaceValue, undefined, [searchString, position, string]))
        : GetSubstitution(searchString, string, position, [], undefined, replaceValue as string);
      const out = new StringBuilder();
      out.add(string.slice(0, position));
      out.add(replacement);
      out.add(string.slice(position + searchString.length));
      return out.toString();
    }, 2],
    ['replaceAll', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-string.prototype.replaceall
      if (thisValue === undefined || thisValue === null) throwTypeError('String.prototype.replaceAll called on null or undefined');
      const searchValue = args[0];
      let replaceValue = args[1];
      if (searchValue instanceof JSObject) {
        if (IsRegExp(searchValue)) {
          const flags = searchValue.Get('flags', searchValue);
          if (flags === undefined || flags === null) throwTypeError(Msg.convertNullish());
          if (!ToString(flags).includes('g')) throwTypeError('String.prototype.replaceAll called with a non-global RegExp argument');
        }
        const replacer = GetMethod(searchValue, WellKnown.replace);
        if (replacer !== undefined) return Call(replacer, searchValue, [thisValue, replaceValue]);
      }
      const string = ToString(thisValue);
      const searchString = ToString(searchValue);
      const functionalReplace = IsCallable(replaceValue);
      if (!functionalReplace) replaceValue = ToString(replaceValue);
      const searchLength = searchString.length;
      const advanceBy = Math.max(1, searchLength);
      const matchPositions: number[] = [];
      let position = StringIndexOf(string, searchString, 0);
      while (position !== -1) {
        if (--R.fuel <= 0) R.agent.refuel();
        matchPositions.push(position);
        position = StringIndexOf(string, searchString, position + advanceBy);
      }
      let endOfLastMatch = 0;
      const out = new StringBuilder();
      for (const p of matchPositions) {
        const preserved = string.slice(endOfLastMatch, p);
        const replacement = functionalReplace
          ? ToString(Call(replaceValue, undefined, [searchString, p, string]))
          : GetSubstitution(searchString, string, p, [], undefined, replaceValue as string);
        out.add(preserved);
        out.add(replacement);
        endOfLastMatch = p + searchLength;
      }
      if (endOfLastMatch < string.length) out.add(string.slice(endOfLastMatch));
      return out.toString();
    }, 2],
    ['search', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-string.prototype.search
      if (thisValue === undefined || thisValue === null) throwTypeError('String.prototype.search called on null or undefined');
      const regexp = args[0];
      if (regexp instanceof JSObject) {
        const searcher = GetMethod(regexp, WellKnown.search);
        if (searcher !== undefined) return Call(searcher, regexp, [thisValue]);
      }
      const s = ToString(thisValue);
      const rx = RegExpCreate(regexp, undefined);
      return Invoke(rx, WellKnown.search, [s]);
    }, 1],
    ['slice', (thisValue, args) => {
      const s = thisString(thisValue, 'slice');
      const len = s.length;
      const intStart = ToIntegerOrInfinity(args[0]);
      const from = intStart === -Infinity ? 0 : intStart < 0 ? Math.max(len + intStart, 0) : Math.min(intStart, len);
      const intEnd = args[1] === undefined ? len : ToIntegerOrInfinity(args[1]);
      const to = intEnd === -Infinity ? 0 : intEnd < 0 ? Math.max(len + intEnd, 0) : Math.min(intEnd, len);
      return from >= to ? '' : s.slice(from, to);
    }, 2],
    ['split', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-string.prototype.split
      if (thisValue === undefined || thisValue === null) throwTypeError('String.prototype.split called on null or undefined');
      const separator = args[0];
      const limit = args[1];
      if (separator instanceof JSObject) {
        const splitter = GetMethod(separator, WellKnown.split);
        if (splitter !== undefined) return Call(splitter, separator, [thisValue, limit]);
      }
      const s = ToString(thisValue);
      const lim = limit === undefined ? 2 ** 32 - 1 : ToUint32(limit);
      const r = ToString(separator);
      if (lim === 0) return CreateArrayFromList([]);
      if (separator === undefined) return CreateArrayFromList([s]);
      const separatorLength = r.length;
      if (separatorLength === 0) {
        const head = s.slice(0, lim);
        chargeUnits(head.length * 16);
        return CreateArrayFromList(head.split(''));
      }
      if (s.length === 0) return CreateArrayFromList([s]);
      const substrings: Value[] = [];
      let i = 0;
      let j = StringIndexOf(s, r, 0);
      while (j !== -1) {
        if (--R.fuel <= 0) R.agent.refuel();
        substrings.push(s.slice(i, j));
        if (substrings.length === lim) return CreateArrayFromList(substrings);
        i = j + separatorLength;
        j = StringIndexOf(s, r, i);
      }
      substrings.push(s.slice(i));
      return CreateArrayFromList(substrings);
    }, 2],
    ['startsWith', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-string.prototype.startswith
      const s = thisString(thisValue, 'startsWith');
      if (IsRegExp(args[0])) throwTypeError('First argument to String.prototype.startsWith must not be a regular expression');
      const searchStr = ToString(args[0]);
      const len = s.length;
      const start = clamp(ToIntegerOrInfinity(args[1]), 0, len);
      const searchLength = searchStr.length;
      if (searchLength === 0) return true;
      const end = start + searchLength;
      if (end > len) return false;
      return s.slice(start, end) === searchStr;
    }, 1],
    ['substring', (thisValue, args) => {
      const s = thisString(thisValue, 'substring');
      const len = s.length;
      const intStart = ToIntegerOrInfinity(args[0]);
      const intEnd = args[1] === undefined ? len : ToIntegerOrInfinity(args[1]);
      const finalStart = clamp(intStart, 0, len);
      const finalEnd = clamp(intEnd, 0, len);
      return s.slice(Math.min(finalStart, finalEnd), Math.max(finalStart, finalEnd));
    }, 2],
    ['toLocaleLowerCase', (thisValue) => thisString(thisValue, 'toLocaleLowerCase').toLowerCase(), 0],
    ['toLocaleUpperCase', (thisValue) => thisString(thisValue, 'toLocaleUpperCase').toUpperCase(), 0],
    ['toLowerCase', (thisValue) => thisString(thisValue, 'toLowerCase').toLowerCase(), 0],
    ['toString', (thisValue) => thisStringValue(thisValue, 'toString'), 0],
    ['toUpperCase', (thisValue) => thisString(thisValue, 'toUpperCase').toUpperCase(), 0],
    ['toWellFormed', (thisValue) => toWellFormed(thisString(thisValue, 'toWellFormed')), 0],
    ['trim', (thisValue) => TrimString(thisValue, 'start+end', 'trim'), 0],
    ['trimEnd', (thisValue) => TrimString(thisValue, 'end', 'trimEnd'), 0],
    ['trimStart', (thisValue) => TrimString(thisValue, 'start', 'trimStart'), 0],
    ['valueOf', (thisValue) => thisStringValue(thisValue, 'valueOf'), 0],
    [WellKnown.iterator, (thisValue) => {
      // https://tc39.es/ecma262/#sec-string.prototype-%symbol.iterator%
      if (thisValue === undefined || thisValue === null) throwTypeError('String.prototype[Symbol.iterator] called on null or undefined');
      const s = ToString(thisValue);
      return new JSStringIterator(realm.intrinsics['%StringIteratorPrototype%'], s);
    }, 0],
    // Annex B https://tc39.es/ecma262/#sec-string.prototype.substr
    ['substr', (thisValue, args) => {
      const s = thisString(thisValue, 'substr');
      const size = s.length;
      let intStart = ToIntegerOrInfinity(args[0]);
      if (intStart === -Infinity) intStart = 0;
      else if (intStart < 0) intStart = Math.max(size + intStart, 0);
      else intStart = Math.min(intStart, size);
      const intLength = args[1] === undefined ? size : ToIntegerOrInfinity(args[1]);
      const len = clamp(intLength, 0, size);
      const intEnd = Math.min(intStart + len, size);
      return intStart >= intEnd ? '' : s.slice(intStart, intEnd);
    }, 2],
  ]);
  // Annex B: trimLeft and trimRight are the same function objects as trimStart and trimEnd.
  proto.addHidden('trimLeft', proto.Get('trimStart', proto));
  proto.addHidden('trimRight', proto.Get('trimEnd', proto));

  // Annex B HTML methods. https://tc39.es/ecma262/#sec-string.prototype.anchor
  const html: [string, string, string][] = [
    ['anchor', 'a', 'name'], ['big', 'big', ''], ['blink', 'blink', ''], ['bold', 'b', ''], ['fixed', 'tt', ''],
    ['fontcolor', 'font', 'color'], ['fontsize', 'font', 'size'], ['italics', 'i', ''], ['link', 'a', 'href'],
    ['small', 'small', ''], ['strike', 'strike', ''], ['sub', 'sub', ''], ['sup', 'sup', ''],
  ];
  defineMethods(realm, proto, html.map(([name, tag, attr]) => [
    name, (thisValue: Value, args: Value[]) => CreateHTML(thisValue, tag, attr, args[0], name), attr === '' ? 0 : 1,
  ]));

  // %StringIteratorPrototype% https://tc39.es/ecma262/#sec-%stringiteratorprototype%-object
  const iterProto = new JSObject(realm.intrinsics['%IteratorPrototype%']);
  realm.intrinsics['%StringIteratorPrototype%'] = iterProto;
  defineMethods(realm, iterProto, [
    ['next', (thisValue) => {
      if (!(thisValue instanceof JSStringIterator)) {
        throwTypeError(Msg.incompatibleReceiver('String Iterator.prototype.next', describe(thisValue)));
      }
      const s = thisValue.s;
      if (s === undefined) return CreateIterResultObject(undefined, true);
      const pos = thisValue.pos;
      if (pos >= s.length) {
        thisValue.s = undefined;
        return CreateIterResultObject(undefined, true);
      }
      const size = s.codePointAt(pos)! > 0xffff ? 2 : 1;
      thisValue.pos = pos + size;
      return CreateIterResultObject(size === 1 ? s[pos] : s.slice(pos, pos + 2), false);
    }, 0],
  ]);
  iterProto.addProperty(WellKnown.toStringTag, 'String Iterator', C);
}
