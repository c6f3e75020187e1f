import { JSObject, SameValue } from '../values/object';
import { defineAccessors, defineMethods } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { Msg, throwTypeError } from '../errors';
import {
  Call, Construct, CreateArrayFromList, IsCallable, LengthOfArrayLike, Set, SpeciesConstructor,
} from '../ops/object-operations';
import { ToBoolean, ToIntegerOrInfinity, ToLength, ToObject, ToString, ToUint32, describe } from '../ops/type-conversion';
import { CreateIterResultObject } from '../ops/iterator-operations';
import { GetSubstitution, StringBuilder } from './String';
import {
  AdvanceStringIndex, EscapeRegExpPattern, JSRegExp, RegExpBuiltinExec, RegExpExec, RegExpExecRaw, RegExpInitialize,
  captureOf, hasBuiltinExec, hostExec, makeGroups,
} from './RegExp';
import { C } from '../values/shape';

function requireObject(thisValue: Value, method: string): JSObject {
  if (!(thisValue instanceof JSObject)) throwTypeError(Msg.incompatibleReceiver(`RegExp.prototype.${method}`, describe(thisValue)));
  return thisValue;
}

function hasUnicodeFlag(flags: string): boolean {
  return flags.includes('u') || flags.includes('v');
}

/** %RegExpStringIteratorPrototype% objects. https://tc39.es/ecma262/#sec-createregexpstringiterator */
class JSRegExpStringIterator extends JSObject {
  done = false;
  constructor(proto: JSObject, readonly rx: JSObject, readonly s: string, readonly global: boolean, readonly fullUnicode: boolean) {
    super(proto);
  }
}

/**
 * The properties of %RegExp.prototype% and %RegExpStringIteratorPrototype%.
 * https://tc39.es/ecma262/#sec-properties-of-the-regexp-prototype-object
 */
export function setupRegExpPrototype(realm: Realm, proto: JSObject, RegExpCtor: JSObject): void {
  // The flag accessors. https://tc39.es/ecma262/#sec-regexphasflag
  const flagGetter = (name: string, codeUnit: string) => (thisValue: Value): Value => {
    if (!(thisValue instanceof JSRegExp)) {
      if (thisValue === proto) return undefined;
      throwTypeError(`RegExp.prototype.${name} getter called on non-RegExp object`);
    }
    return thisValue.originalFlags.includes(codeUnit);
  };
  defineAccessors(realm, proto, [
    ['dotAll', flagGetter('dotAll', 's')],
    ['flags', (thisValue) => {
      // https://tc39.es/ecma262/#sec-get-regexp.prototype.flags
      if (!(thisValue instanceof JSObject)) throwTypeError(`RegExp.prototype.flags getter called on non-object ${describe(thisValue)}`);
      let result = '';
      for (const [name, ch] of FLAG_PROPERTIES) if (ToBoolean(thisValue.Get(name, thisValue))) result += ch;
      return result;
    }],
    ['global', flagGetter('global', 'g')],
    ['hasIndices', flagGetter('hasIndices', 'd')],
    ['ignoreCase', flagGetter('ignoreCase', 'i')],
    ['multiline', flagGetter('multiline', 'm')],
    ['source', (thisValue) => {
      // https://tc39.es/ecma262/#sec-get-regexp.prototype.source
      if (!(thisValue instanceof JSRegExp)) {
        if (thisValue === proto) return '(?:)';
        throwTypeError('RegExp.prototype.source getter called on non-RegExp object');
      }
      return EscapeRegExpPattern(thisValue.originalSource, thisValue.originalFlags);
    }],
    ['sticky', flagGetter('sticky', 'y')],
    ['unicode', flagGetter('unicode', 'u')],
    ['unicodeSets', flagGetter('unicodeSets', 'v')],
  ]);

  defineMethods(realm, proto, [
    ['compile', (thisValue, args) => {
      // Annex B https://tc39.es/ecma262/#sec-regexp.prototype.compile
      if (!(thisValue instanceof JSRegExp)) throwTypeError(Msg.incompatibleReceiver('RegExp.prototype.compile', describe(thisValue)));
      if (!thisValue.legacy || thisValue.rxRealm !== R.realm) {
        throwTypeError('RegExp.prototype.compile cannot be used on a RegExp subclass instance or a RegExp from another realm');
      }
      const pattern = args[0];
      const flags = args[1];
      if (pattern instanceof JSRegExp) {
        if (flags !== undefined) throwTypeError('Cannot supply flags when constructing one RegExp from another');
        return RegExpInitialize(thisValue, pattern.originalSource, pattern.originalFlags);
      }
      return RegExpInitialize(thisValue, pattern, flags);
    }, 2],
    ['exec', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-regexp.prototype.exec
      if (!(thisValue instanceof JSRegExp)) throwTypeError(Msg.incompatibleReceiver('RegExp.prototype.exec', describe(thisValue)));
      return RegExpBuiltinExec(thisValue, ToString(args[0]));
    }, 1],
    ['test', (thisValue, args) => {
      const rx = requireObject(thisValue, 'test');
      return RegExpExec(rx, ToString(args[0])) !== null;
    }, 1],
    ['toString', (thisValue) => {
      const rx = requireObject(thisValue, 'toString');
      const pattern = ToString(rx.Get('source', rx));
      const flags = ToString(rx.Get('flags', rx));
      return `/${pattern}/${flags}`;
    }, 0],
    [WellKnown.match, (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.match%
      const rx = requireObject(thisValue, '@@match');
      const s = ToString(args[0]);
      const flags = ToString(rx.Get('flags', rx));
      if (!flags.includes('g')) return RegExpExec(rx, s);
      const fullUnicode = hasUnicodeFlag(flags);
      Set(rx, 'lastIndex', 0, true);
      const list: Value[] = [];
      for (;;) {
        const result = RegExpExecRaw(rx, s);
        if (result === null) return list.length === 0 ? null : CreateArrayFromList(list);
        const matchStr = result instanceof JSObject ? ToString(result.Get('0', result)) : s.slice(result[0], result[1]);
        list.push(matchStr);
        if (matchStr === '') {
          const thisIndex = ToLength(rx.Get('lastIndex', rx));
          Set(rx, 'lastIndex', AdvanceStringIndex(s, thisIndex, fullUnicode), true);
        }
      }
    }, 1],
    [WellKnown.matchAll, (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-regexp-prototype-%symbol.matchall%
      const rx = requireObject(thisValue, '@@matchAll');
      const s = ToString(args[0]);
      const c = SpeciesConstructor(rx, RegExpCtor);
      const flags = ToString(rx.Get('flags', rx));
      const matcher = Construct(c, [rx, flags]);
      const lastIndex = ToLength(rx.Get('lastIndex', rx));
      Set(matcher, 'lastIndex', lastIndex, true);
      return new JSRegExpStringIterator(iterProto, matcher, s, flags.includes('g'), hasUnicodeFlag(flags));
    }, 1],
    [WellKnown.replace, (thisValue, args) => RegExpReplace(requireObject(thisValue, '@@replace'), args[0], args[1]), 2],
    [WellKnown.search, (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.search%
      const rx = requireObject(thisValue, '@@search');
      const s = ToString(args[0]);
      const previousLastIndex = rx.Get('lastIndex', rx);
      if (!SameValue(previousLastIndex, 0)) Set(rx, 'lastIndex', 0, true);
      const result = RegExpExec(rx, s);
      const currentLastIndex = rx.Get('lastIndex', rx);
      if (!SameValue(currentLastIndex, previousLastIndex)) Set(rx, 'lastIndex', previousLastIndex, true);
      if (result === null) return -1;
      return result.Get('index', result);
    }, 1],
    [WellKnown.split, (thisValue, args) => RegExpSplit(realm, requireObject(thisValue, '@@split'), args[0], args[1]), 2],
  ]);
  realm.intrinsics['%RegExp.prototype.exec%'] = proto.Get('exec', proto) as JSObject;

  // %RegExpStringIteratorPrototype% https://tc39.es/ecma262/#sec-%regexpstringiteratorprototype%-object
  const iterProto = new JSObject(realm.intrinsics['%IteratorPrototype%']);
  realm.intrinsics['%RegExpStringIteratorPrototype%'] = iterProto;
  defineMethods(realm, iterProto, [
    ['next', (thisValue) => {
      // https://tc39.es/ecma262/#sec-%regexpstringiteratorprototype%.next
      if (!(thisValue instanceof JSRegExpStringIterator)) {
        throwTypeError(Msg.incompatibleReceiver('%RegExpStringIterator%.prototype.next', describe(thisValue)));
      }
      if (thisValue.done) return CreateIterResultObject(undefined, true);
      const { rx, s } = thisValue;
      const match = RegExpExec(rx, s);
      if (match === null) {
        thisValue.done = true;
        return CreateIterResultObject(undefined, true);
      }
      if (thisValue.global) {
        const matchStr = ToString(match.Get('0', match));
        if (matchStr === '') {
          const thisIndex = ToLength(rx.Get('lastIndex', rx));
          Set(rx, 'lastIndex', AdvanceStringIndex(s, thisIndex, thisValue.fullUnicode), true);
        }
        return CreateIterResultObject(match, false);
      }
      thisValue.done = true;
      return CreateIterResultObject(match, false);
    }, 0],
  ]);
  iterProto.addProperty(WellKnown.toStringTag, 'RegExp String Iterator', C);
}

/** The flags getter reads these properties, in this order. */
const FLAG_PROPERTIES: [string, string][] = [
  ['hasIndices', 'd'], ['global', 'g'], ['ignoreCase', 'i'], ['multiline', 'm'], ['dotAll', 's'], ['unicode', 'u'],
  ['unicodeSets', 'v'], ['sticky', 'y'],
];

/** https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.replace% */
function RegExpReplace(rx: JSObject, string: Value, replaceValue: Value): string {
  const s = ToString(string);
  const lengthS = s.length;
  const functionalReplace = IsCallable(replaceValue);
  if (!functionalReplace) replaceValue = ToString(replaceValue);
  const flags = ToString(rx.Get('flags', rx));
  const global = flags.includes('g');
  let fullUnicode = false;
  if (global) {
    fullUnicode = hasUnicodeFlag(flags);
    Set(rx, 'lastIndex', 0, true);
  }
  const results: (JSObject | number[])[] = [];
  for (;;) {
    const result = RegExpExecRaw(rx, s);
    if (result === null) break;
    results.push(result);
    if (!global) break;
    const matchStr = result instanceof JSObject ? ToString(result.Get('0', result)) : s.slice(result[0], result[1]);
    if (matchStr === '') {
      const thisIndex = ToLength(rx.Get('lastIndex', rx));
      Set(rx, 'lastIndex', AdvanceStringIndex(s, thisIndex, fullUnicode), true);
    }
  }
  const out = new StringBuilder();
  let nextSourcePosition = 0;
  for (const result of results) {
    if (--R.fuel <= 0) R.agent.refuel();
    let matched: string;
    let position: number;
    const captures: (string | undefined)[] = [];
    let namedCaptures: Value;
    if (result instanceof JSObject) {
      const resultLength = LengthOfArrayLike(result);
      const nCaptures = Math.max(resultLength - 1, 0);
      matched = ToString(result.Get('0', result));
      position = Math.max(Math.min(ToIntegerOrInfinity(result.Get('index', result)), lengthS), 0);
      for (let n = 1; n <= nCaptures; n++) {
        const capN = result.Get(String(n), result);
        captures.push(capN === undefined ? undefined : ToString(capN));
      }
      namedCaptures = result.Get('groups', result);
    } else {
      // Raw match data of the built-in exec (see RegExpExecRaw).
      matched = s.slice(result[0], result[1]);
      position = result[0];
      for (let n = 1; n < result.length / 2; n++) captures.push(captureOf(s, result, n));
      namedCaptures = (rx as JSRegExp).matcher.hasNames ? makeGroups(rx as JSRegExp, s, result) : undefined;
    }
    const matchLength = matched.length;
    let replacement: string;
    if (functionalReplace) {
      const replacerArgs: Value[] = [matched, ...captures, position, s];
      if (namedCaptures !== undefined) replacerArgs.push(namedCaptures);
      replacement = ToString(Call(replaceValue, undefined, replacerArgs));
    } else {
      if (namedCaptures !== undefined) namedCaptures = ToObject(namedCaptures);
      replacement = GetSubstitution(matched, s, position, captures, namedCaptures as JSObject | undefined, replaceValue as string);
    }
    if (position >= nextSourcePosition) {
      out.add(s.slice(nextSourcePosition, position));
      out.add(replacement);
      nextSourcePosition = position + matchLength;
    }
  }
  if (nextSourcePosition < lengthS) out.add(s.slice(nextSourcePosition));
  return out.toString();
}

/** https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.split% */
function RegExpSplit(realm: Realm, rx: JSObject, string: Value, limit: Value): JSObject {
  const s = ToString(string);
  const ctor = realm.intrinsics['%RegExp%'];
  const c = SpeciesConstructor(rx, ctor);
  const flags = ToString(rx.Get('flags', rx));
  const unicodeMatching = hasUnicodeFlag(flags);
  const newFlags = flags.includes('y') ? flags : `${flags}y`;
  const splitter = Construct(c, [rx, newFlags]);
  const list: Value[] = [];
  const lim = limit === undefined ? 2 ** 32 - 1 : ToUint32(limit);
  if (lim === 0) return CreateArrayFromList(list);
  const size = s.length;
  if (size === 0) {
    const z = RegExpExec(splitter, s);
    if (z === null) list.push(s);
    return CreateArrayFromList(list);
  }
  // NON-SPEC fast path, unobservable: a fresh %RegExp% splitter whose exec is the built-in one is
  // searched forward directly instead of being tried at each position with lastIndex.
  const pristine = c === ctor && splitter instanceof JSRegExp && hasBuiltinExec(realm, splitter);
  let p = 0;
  let q = p;
  while (q < size) {
    let e: number;
    let captures: Value[];
    if (pristine) {
      const r = hostExec(splitter as JSRegExp, s, q, false);
      if (r === null || r[0] >= size) break;
      q = r[0];
      e = Math.min(r[1], size);
      if (e === p) { q = AdvanceStringIndex(s, q, unicodeMatching); continue; }
      captures = [];
      for (let i = 2; i < r.length; i += 2) captures.push(r[i] < 0 ? undefined : s.slice(r[i], r[i + 1]));
    } else {
      Set(splitter, 'lastIndex', q, true);
      const z = RegExpExec(splitter, s);
      if (z === null) { q = AdvanceStringIndex(s, q, unicodeMatching); continue; }
      e = Math.min(ToLength(splitter.Get('lastIndex', splitter)), size);
      if (e === p) { q = AdvanceStringIndex(s, q, unicodeMatching); continue; }
      const numberOfCaptures = Math.max(ToLength(z.Get('length', z)) - 1, 0);
      captures = [];
      for (let i = 1; i <= numberOfCaptures; i++) captures.push(z.Get(String(i), z));
    }
    if (--R.fuel <= 0) R.agent.refuel();
    list.push(s.slice(p, q));
    if (list.length === lim) return CreateArrayFromList(list);
    p = e;
    for (const cap of captures) {
      list.push(cap);
      if (list.length === lim) return CreateArrayFromList(list);
    }
    q = p;
  }
  list.push(s.slice(p, size));
  return CreateArrayFromList(list);
}
