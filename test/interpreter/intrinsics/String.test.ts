import * as assert from 'assert';
import { Env, assertThrows, canEvaluate, same } from './primitives-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import type { Value } from '../../../interpreter/values/value';
import { JSStringObject } from '../../../interpreter/exotics/primitive-wrapper';
import { toHost } from '../../../interpreter/host-copy';
import { GetSubstitution } from '../../../interpreter/intrinsics/String';
import { createRealm } from '../../../interpreter';

/** A realm for the internal-API tests (with a stand-in Array.prototype until Array.ts lands). */
function makeEnv(): Env {
  const env = new Env();
  if (env.realm.ArrayPrototype === undefined) (env.realm as any).ArrayPrototype = new JSObject(env.realm.ObjectPrototype);
  return env;
}

describe('String', () => {
  const env = makeEnv();
  const StringCtor = env.get('String') as JSObject;
  const proto = env.realm.intrinsics['%String.prototype%'];
  const get = (o: JSObject, key: string | typeof WellKnown.iterator): Value => env.run(() => o.Get(key, o));
  const m = (name: string | typeof WellKnown.iterator): JSObject => get(proto, name) as JSObject;
  /** Calls String.prototype[name] on thisValue. */
  const call = (name: string, thisValue: Value, ...args: Value[]): Value => env.call(m(name), thisValue, ...args);
  const host = (v: Value): unknown => env.run(() => toHost(v));
  const re = (source: string, flags = ''): JSObject => env.construct('RegExp', [source, flags]);

  it('is registered with %String.prototype%, itself a String object whose value is ""', () => {
    assert.strictEqual(env.realm.intrinsics['%String%'], StringCtor);
    assert.ok(proto instanceof JSStringObject);
    assert.strictEqual((proto as JSStringObject).value, '');
    assert.strictEqual(get(proto, 'length'), 0);
    assert.strictEqual(get(proto, 'constructor'), StringCtor);
    assert.strictEqual(get(StringCtor, 'length'), 1);
    assert.strictEqual(proto.GetPrototypeOf(), env.realm.ObjectPrototype);
  });

  it('String(v) converts; String(symbol) gives its descriptive string; String() is ""', () => {
    assert.strictEqual(env.call(StringCtor, undefined), '');
    assert.strictEqual(env.call(StringCtor, undefined, undefined), 'undefined');
    assert.strictEqual(env.call(StringCtor, undefined, 12.5), '12.5');
    assert.strictEqual(env.call(StringCtor, undefined, WellKnown.iterator), 'Symbol(Symbol.iterator)');
    assertThrows(() => env.construct(StringCtor, [WellKnown.iterator]), 'TypeError', 'Cannot convert a Symbol value to a string');
  });

  it('new String(v) makes a String exotic object with index and length properties', () => {
    const s = env.construct(StringCtor, ['ab']);
    assert.ok(s instanceof JSStringObject);
    assert.strictEqual(s.GetPrototypeOf(), proto);
    assert.deepStrictEqual(s.OwnPropertyKeys(), ['0', '1', 'length']);
    assert.strictEqual(get(s, '1'), 'b');
    assert.strictEqual(call('valueOf', s), 'ab');
  });

  it('new String takes its prototype from newTarget', () => {
    const P = env.obj();
    const nt = env.fn(() => undefined);
    nt.setOwn('prototype', P);
    const s = env.construct(StringCtor, ['x'], nt);
    assert.strictEqual(s.GetPrototypeOf(), P);
  });

  it('toString and valueOf require a String or String object', () => {
    assert.strictEqual(call('toString', 'x'), 'x');
    assertThrows(() => call('toString', 1), 'TypeError', "String.prototype.toString requires that 'this' be a String");
    assertThrows(() => call('valueOf', env.obj()), 'TypeError', "String.prototype.valueOf requires that 'this' be a String");
  });

  it('methods reject null and undefined receivers with V8 messages', () => {
    assertThrows(() => call('trim', null), 'TypeError', 'String.prototype.trim called on null or undefined');
    assertThrows(() => call('at', undefined), 'TypeError', 'String.prototype.at called on null or undefined');
    assertThrows(() => call('split', null), 'TypeError', 'String.prototype.split called on null or undefined');
    assertThrows(() => env.call(m(WellKnown.iterator), null), 'TypeError');
  });

  it('fromCharCode and fromCodePoint', () => {
    assert.strictEqual(env.call('String.fromCharCode', undefined, 65, 66 + 65536, 0x1f), 'AB\x1f');
    assert.strictEqual(env.call('String.fromCodePoint', undefined, 0x1f600, 97), '\u{1F600}a');
    assertThrows(() => env.call('String.fromCodePoint', undefined, -1), 'RangeError', 'Invalid code point -1');
    assertThrows(() => env.call('String.fromCodePoint', undefined, 1.5), 'RangeError', 'Invalid code point 1.5');
    assertThrows(() => env.call('String.fromCodePoint', undefined, 0x110000), 'RangeError');
  });

  it('String.raw interleaves raw strings and substitutions', () => {
    const raw = env.run(() => {
      const a = env.obj({ raw: env.obj({ 0: 'a', 1: 'b', 2: 'c', length: 3 }) });
      return a;
    });
    assert.strictEqual(env.call('String.raw', undefined, raw, 1, 2, 3), 'a1b2c');
    assert.strictEqual(env.call('String.raw', undefined, env.obj({ raw: env.obj({ length: 0 }) })), '');
    assertThrows(() => env.call('String.raw', undefined), 'TypeError');
  });

  it('at, charAt, charCodeAt, codePointAt', () => {
    assert.strictEqual(call('at', 'abc', -1), 'c');
    assert.strictEqual(call('at', 'abc', 3), undefined);
    assert.strictEqual(call('charAt', 'abc', 1), 'b');
    assert.strictEqual(call('charAt', 'abc', 5), '');
    same(call('charCodeAt', 'abc', 9), NaN);
    assert.strictEqual(call('charCodeAt', 'abc', 0.9), 97);
    assert.strictEqual(call('codePointAt', '\u{1F600}', 0), 0x1f600);
    assert.strictEqual(call('codePointAt', '\u{1F600}', 1), 0xde00);
    assert.strictEqual(call('codePointAt', 'a', 1), undefined);
  });

  it('indexOf, lastIndexOf, includes, startsWith, endsWith', () => {
    assert.strictEqual(call('indexOf', 'abcabc', 'c', 3), 5);
    assert.strictEqual(call('indexOf', 'abc', '', 10), 3);
    assert.strictEqual(call('lastIndexOf', 'abcabc', 'b'), 4);
    assert.strictEqual(call('lastIndexOf', 'abcabc', 'b', 3), 1);
    assert.strictEqual(call('lastIndexOf', 'abcabc', 'b', NaN), 4);
    assert.strictEqual(call('includes', 'abc', 'bc'), true);
    assert.strictEqual(call('includes', 'abc', 'a', 1), false);
    assert.strictEqual(call('startsWith', 'abc', 'bc', 1), true);
    assert.strictEqual(call('endsWith', 'abc', 'ab', 2), true);
    assert.strictEqual(call('endsWith', 'abc', ''), true);
  });

  it('startsWith, endsWith and includes reject a regexp (IsRegExp) with a TypeError', () => {
    assertThrows(() => call('startsWith', 'a', re('a')), 'TypeError', 'First argument to String.prototype.startsWith must not be a regular expression');
    assertThrows(() => call('endsWith', 'a', re('a')), 'TypeError');
    assertThrows(() => call('includes', 'a', re('a')), 'TypeError');
    // An object with Symbol.match set to false is not a regexp.
    const rx = re('a');
    rx.setOwn(WellKnown.match, false);
    assert.strictEqual(call('startsWith', '/a/', rx), true);
  });

  it('slice, substring, substr clamp their arguments', () => {
    assert.strictEqual(call('slice', 'abcdef', -3, -1), 'de');
    assert.strictEqual(call('slice', 'abcdef', 4, 2), '');
    assert.strictEqual(call('substring', 'abcdef', 4, 1), 'bcd');
    assert.strictEqual(call('substring', 'abcdef', -Infinity, NaN), '');
    assert.strictEqual(call('substr', 'abcdef', -3, 2), 'de');
    assert.strictEqual(call('substr', 'abcdef', 1), 'bcdef');
    assert.strictEqual(call('substr', 'abcdef', 1, -1), '');
  });

  it('padStart, padEnd, repeat, and their range errors', () => {
    assert.strictEqual(call('padStart', '5', 3, '0'), '005');
    assert.strictEqual(call('padEnd', 'ab', 7, 'xyz'), 'abxyzxy');
    assert.strictEqual(call('padEnd', 'ab', 7, ''), 'ab');
    assert.strictEqual(call('padStart', 'abc', 2), 'abc');
    assert.strictEqual(call('repeat', 'ab', 3), 'ababab');
    assert.strictEqual(call('repeat', '', 2 ** 40), '');
    assertThrows(() => call('repeat', 'a', -1), 'RangeError', 'Invalid count value: -1');
    assertThrows(() => call('repeat', 'a', Infinity), 'RangeError', 'Invalid count value: Infinity');
    assertThrows(() => call('repeat', 'ab', 2 ** 30), 'RangeError', 'Invalid string length');
    assertThrows(() => call('padEnd', 'a', 2 ** 40), 'RangeError', 'Invalid string length');
  });

  it('trim family; trimLeft/trimRight are the same functions as trimStart/trimEnd', () => {
    assert.strictEqual(call('trim', ' \t\n\u00a0\ufeffx\u2028 '), 'x');
    assert.strictEqual(call('trimStart', '  x  '), 'x  ');
    assert.strictEqual(call('trimEnd', '  x  '), '  x');
    assert.strictEqual(m('trimLeft'), m('trimStart'));
    assert.strictEqual(m('trimRight'), m('trimEnd'));
    assert.strictEqual(get(m('trimLeft'), 'name'), 'trimStart');
  });

  it('case mapping, normalize, isWellFormed, toWellFormed, localeCompare', () => {
    assert.strictEqual(call('toUpperCase', 'straße'), 'STRASSE');
    assert.strictEqual(call('toLowerCase', 'ÀB'), 'àb');
    assert.strictEqual(call('toLocaleUpperCase', 'abc'), 'ABC');
    assert.strictEqual(call('normalize', 'e\u0301'), '\u00e9');
    assert.strictEqual(call('normalize', '\u00e9', 'NFD'), 'e\u0301');
    assertThrows(() => call('normalize', 'a', 'x'), 'RangeError', 'The normalization form should be one of NFC, NFD, NFKC, NFKD.');
    assert.strictEqual(call('isWellFormed', 'a\ud800'), false);
    assert.strictEqual(call('isWellFormed', '\u{1F600}'), true);
    assert.strictEqual(call('toWellFormed', 'a\udc00b\ud800'), 'a\ufffdb\ufffd');
    assert.strictEqual(call('localeCompare', 'a', 'b') as number < 0, true);
    assert.strictEqual(call('localeCompare', 'a', 'a'), 0);
  });

  it('concat converts each argument in order', () => {
    const log: string[] = [];
    assert.strictEqual(call('concat', 'a', env.toStringObj('b', log), 1, env.toStringObj('c', log)), 'ab1c');
    assert.deepStrictEqual(log, ['b', 'c']);
  });

  it('split with a string separator, limits and the empty separator', () => {
    assert.deepStrictEqual(host(call('split', 'a,b,,c', ',')), ['a', 'b', '', 'c']);
    assert.deepStrictEqual(host(call('split', 'a,b,c', ',', 2)), ['a', 'b']);
    assert.deepStrictEqual(host(call('split', 'abc', '')), ['a', 'b', 'c']);
    assert.deepStrictEqual(host(call('split', 'abc', '', 2)), ['a', 'b']);
    assert.deepStrictEqual(host(call('split', 'abc')), ['abc']);
    assert.deepStrictEqual(host(call('split', '', ',')), ['']);
    assert.deepStrictEqual(host(call('split', '', '')), []);
    assert.deepStrictEqual(host(call('split', 'abc', 'b', 0)), []);
    assert.deepStrictEqual(host(call('split', 'a1b', 1)), ['a', 'b']);
  });

  it('split converts limit before the separator (ToUint32 then ToString)', () => {
    const log: string[] = [];
    call('split', 'abba', env.toStringObj('b', log, 'sep'), env.valueOf(0, log, 'limit'));
    assert.deepStrictEqual(log, ['limit', 'sep']);
  });

  it('match, search, replace, split and matchAll delegate to the argument\'s Symbol methods', () => {
    const seen: unknown[] = [];
    // o counts as a regexp (it has Symbol.match): replaceAll and matchAll first check its flags for 'g'.
    const o = env.obj({ flags: 'g' });
    for (const sym of [WellKnown.match, WellKnown.search, WellKnown.replace, WellKnown.split, WellKnown.matchAll]) {
      o.setOwn(sym, env.fn((thisValue, args) => { seen.push([thisValue === o, ...args]); return sym.description!; }));
    }
    assert.strictEqual(call('match', 'str', o), 'Symbol.match');
    assert.strictEqual(call('search', 'str', o), 'Symbol.search');
    assert.strictEqual(call('replace', 'str', o, 'r'), 'Symbol.replace');
    assert.strictEqual(call('replaceAll', 'str', o, 'r'), 'Symbol.replace');
    assert.strictEqual(call('split', 'str', o, 3), 'Symbol.split');
    assert.strictEqual(call('matchAll', 'str', o), 'Symbol.matchAll');
    assert.deepStrictEqual(seen, [[true, 'str'], [true, 'str'], [true, 'str', 'r'], [true, 'str', 'r'], [true, 'str', 3], [true, 'str']]);
  });

  it('Symbol methods are not looked up on primitive arguments', () => {
    const numProto = env.realm.intrinsics['%Number.prototype%'];
    numProto.addAccessor(WellKnown.split, env.fn(() => { throw new Error('must not be read'); }), undefined, 4);
    try {
      assert.deepStrictEqual(host(call('split', 'a1b1c', 1)), ['a', 'b', 'c']);
    } finally {
      numProto.Delete(WellKnown.split);
    }
  });

  it('match and search with a string pattern build a regexp', () => {
    const r = call('match', 'a.b', '.') as JSObject;
    assert.deepStrictEqual(host(r), ['a']);
    assert.strictEqual(get(r, 'index'), 0);
    assert.strictEqual(call('search', 'xyz', 'z'), 2);
    assert.strictEqual(call('search', 'a+b', '\\+'), 1);
    assert.deepStrictEqual(host(call('match', 'a1b2', re('\\d', 'g'))), ['1', '2']);
    assertThrows(() => call('match', 'a', '('), 'SyntaxError');
  });

  it('replace with a string pattern replaces the first occurrence, with substitutions', () => {
    assert.strictEqual(call('replace', 'aXbXc', 'X', '-'), 'a-bXc');
    assert.strictEqual(call('replace', 'abc', 'b', "[$&|$`|$'|$$|$1]"), 'a[b|a|c|$|$1]c');
    assert.strictEqual(call('replace', 'abc', 'z', '-'), 'abc');
    assert.strictEqual(call('replace', 'abc', '', '-'), '-abc');
    const args: unknown[] = [];
    assert.strictEqual(call('replace', 'abcb', 'b', env.fn((_t, a) => { args.push(...a); return 1; })), 'a1cb');
    assert.deepStrictEqual(args, ['b', 1, 'abcb']);
  });

  it('replaceAll replaces every occurrence, including the empty string', () => {
    assert.strictEqual(call('replaceAll', 'a.b.c', '.', '$&$&'), 'a..b..c');
    assert.strictEqual(call('replaceAll', 'abc', '', '-'), '-a-b-c-');
    assert.strictEqual(call('replaceAll', 'aaaa', 'aa', 'b'), 'bb');
    assert.strictEqual(call('replaceAll', 'a1b1', re('1', 'g'), '2'), 'a2b2');
    assertThrows(() => call('replaceAll', 'a', re('a'), 'b'), 'TypeError', 'String.prototype.replaceAll called with a non-global RegExp argument');
  });

  it('matchAll requires a global regexp and iterates matches', () => {
    assertThrows(() => call('matchAll', 'a', re('a')), 'TypeError', 'String.prototype.matchAll called with a non-global RegExp argument');
    const it = call('matchAll', 'a1b2', '\\d') as JSObject;
    const next = get(it, 'next') as JSObject;
    assert.deepStrictEqual(host(get(env.call(next, it) as JSObject, 'value')), ['1']);
    assert.deepStrictEqual(host(get(env.call(next, it) as JSObject, 'value')), ['2']);
    assert.strictEqual(get(env.call(next, it) as JSObject, 'done'), true);
  });

  it('GetSubstitution: two-digit references fall back to one digit, $0 and unknown refs stay literal', () => {
    const caps = ['A', 'B'];
    assert.strictEqual(GetSubstitution('m', 'xmy', 1, caps, undefined, '$1$2$3$0$01$10$'), 'AB$3$0AA0$');
    const many = Array.from({ length: 12 }, (_, i) => `c${i + 1}`);
    assert.strictEqual(GetSubstitution('m', 'xmy', 1, many, undefined, '$11|$12|$13'), 'c11|c12|c13');
    assert.strictEqual(GetSubstitution('m', 'xmy', 1, [undefined], undefined, '[$1]'), '[]');
  });

  it('[Symbol.iterator] iterates code points through %StringIteratorPrototype%', () => {
    const it = env.call(m(WellKnown.iterator), 'a\u{1F600}\ud800') as JSObject;
    const iterProto = env.realm.intrinsics['%StringIteratorPrototype%'];
    assert.strictEqual(it.GetPrototypeOf(), iterProto);
    assert.strictEqual(iterProto.GetPrototypeOf(), env.realm.intrinsics['%IteratorPrototype%']);
    assert.strictEqual(get(iterProto, WellKnown.toStringTag as any), 'String Iterator');
    const next = get(it, 'next') as JSObject;
    const values: unknown[] = [];
    for (;;) {
      const r = env.call(next, it) as JSObject;
      if (get(r, 'done')) break;
      values.push(get(r, 'value'));
    }
    assert.deepStrictEqual(values, ['a', '\u{1F600}', '\ud800']);
    assertThrows(() => env.call(next, env.obj()), 'TypeError', 'Method String Iterator.prototype.next called on incompatible receiver #<Object>');
  });

  it('Annex B HTML methods escape quotes in the attribute', () => {
    assert.strictEqual(call('anchor', 'x', 'a"b'), '<a name="a&quot;b">x</a>');
    assert.strictEqual(call('bold', 'x'), '<b>x</b>');
    assert.strictEqual(call('fontsize', 'x', 7), '<font size="7">x</font>');
    assert.strictEqual(call('link', 'x', 'u'), '<a href="u">x</a>');
    assert.strictEqual(get(m('anchor'), 'length'), 1);
    assert.strictEqual(get(m('big'), 'length'), 0);
  });

  it('methods have the spec lengths', () => {
    const lengths: Record<string, number> = {
      at: 1, charAt: 1, concat: 1, endsWith: 1, includes: 1, indexOf: 1, lastIndexOf: 1, localeCompare: 1, match: 1, matchAll: 1,
      normalize: 0, padEnd: 1, padStart: 1, repeat: 1, replace: 2, replaceAll: 2, search: 1, slice: 2, split: 2, startsWith: 1,
      substring: 2, substr: 2, toLowerCase: 0, toString: 0, trim: 0, valueOf: 0, isWellFormed: 0, toWellFormed: 0,
    };
    for (const [name, len] of Object.entries(lengths)) assert.strictEqual(get(m(name), 'length'), len, name);
    assert.strictEqual(get(m(WellKnown.iterator), 'name'), '[Symbol.iterator]');
  });

  it('long replace loops charge fuel and stop at the limit', () => {
    env.realm.agent.setLimits({ fuel: 200 });
    try {
      assert.throws(() => call('replaceAll', 'a'.repeat(100000), 'a', 'b'), (e: any) => e?.limit === 'fuel');
    } finally {
      env.realm.agent.setLimits({});
    }
  });

});

(canEvaluate ? describe : describe.skip)('String from guest source', () => {
  const ev = (src: string): unknown => createRealm().evaluate(src);
  const throwsGuest = (src: string, name: string, message?: string): void => {
    assert.throws(() => createRealm().evaluate(src), (e: any) => e.name === name && (message === undefined || e.message === message));
  };

  it('basic methods', () => {
    assert.deepStrictEqual(ev("'a-b-c'.split('-')"), ['a', 'b', 'c']);
    assert.strictEqual(ev("'x'.padStart(3, 'ab') + 'abc'.at(-1) + 'abc'.substr(-2, 1)"), 'abxcb');
    assert.strictEqual(ev("'  Hi '.trim().toUpperCase().repeat(2)"), 'HIHI');
    assert.deepStrictEqual(ev("['b', 'a', 'C'].sort((x, y) => x.localeCompare(y))"), ['a', 'b', 'C']);
  });

  it('iteration is by code point', () => {
    assert.deepStrictEqual(ev("[...'a\\u{1F600}b']"), ['a', '\u{1F600}', 'b']);
    assert.strictEqual(ev("var n = 0; for (const c of 'x\\u{1F600}') n++; n"), 2);
    assert.strictEqual(ev("Object.prototype.toString.call(''[Symbol.iterator]())"), '[object String Iterator]');
  });

  it('String.raw with a tagged template', () => {
    assert.strictEqual(ev('String.raw`a\\n${1 + 1}b`'), 'a\\n2b');
  });

  it('String objects', () => {
    assert.deepStrictEqual(ev("var s = new String('ab'); [typeof s, s.length, Object.keys(s), s[1], s instanceof String, s == 'ab']"),
      ['object', 2, ['0', '1'], 'b', true, true]);
    assert.strictEqual(ev("class S extends String {}; var s = new S('x'); s instanceof S && s.toString() === 'x'"), true);
    assert.strictEqual(ev("String(Symbol('q'))"), 'Symbol(q)');
  });

  it('errors worded like V8', () => {
    throwsGuest('String.prototype.trim.call(null)', 'TypeError', 'String.prototype.trim called on null or undefined');
    throwsGuest("'a'.repeat(-1)", 'RangeError', 'Invalid count value: -1');
    throwsGuest("'a'.startsWith(/a/)", 'TypeError', 'First argument to String.prototype.startsWith must not be a regular expression');
    throwsGuest("'a'.normalize('nfc')", 'RangeError');
    throwsGuest("'a'.padEnd(2 ** 31)", 'RangeError', 'Invalid string length');
  });

  it('replace and replaceAll with strings and functions', () => {
    assert.strictEqual(ev("'aXbX'.replaceAll('X', (m, i) => i)"), 'a1b3');
    assert.strictEqual(ev("'abc'.replace('b', '$&$&')"), 'abbc');
    assert.strictEqual(ev("'abc'.replace('b', () => '$&')"), 'a$&c');
  });

  it('long split and replaceAll loops are charged fuel', () => {
    assert.throws(() => createRealm().evaluate("'a,'.repeat(1e6).split(',')", { fuel: 1000 }), (e: any) => e.limit === 'fuel');
  });
});
