import * as assert from 'assert';
import { Env, assertThrows, canEvaluate } from './primitives-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import type { Value } from '../../../interpreter/values/value';
import { toHost } from '../../../interpreter/host-copy';
import { JSRegExp, RegExpCreateLiteral, regexpSourceOf } from '../../../interpreter/intrinsics/RegExp';
import { createRealm } from '../../../interpreter';

/** A realm for the internal-API tests (with a stand-in Array.prototype until Array.ts lands). */
function makeEnv(): Env {
  const env = new Env();
  if (env.realm.ArrayPrototype === undefined) (env.realm as any).ArrayPrototype = new JSObject(env.realm.ObjectPrototype);
  return env;
}

describe('RegExp', () => {
  const env = makeEnv();
  const RegExpCtor = env.get('RegExp') as JSObject;
  const proto = env.realm.intrinsics['%RegExp.prototype%'];
  const re = (source: string, flags?: string): JSObject => env.construct(RegExpCtor, flags === undefined ? [source] : [source, flags]);
  const get = (o: JSObject, key: string | typeof WellKnown.match): Value => env.run(() => o.Get(key, o));
  const set = (o: JSObject, key: string, v: Value): void => { env.run(() => o.Set(key, v, o)); };
  const method = (name: string | typeof WellKnown.match): JSObject => get(proto, name as any) as JSObject;
  const exec = (rx: JSObject, s: string): JSObject | null => env.call(method('exec'), rx, s) as JSObject | null;
  const host = (v: Value): unknown => env.run(() => toHost(v));
  const getter = (name: string): JSObject => proto.GetOwnProperty(name)!.get!;

  it('is registered with its prototype, species getter and length 2', () => {
    assert.strictEqual(env.realm.intrinsics['%RegExp%'], RegExpCtor);
    assert.strictEqual(get(RegExpCtor, 'prototype'), proto);
    assert.strictEqual(get(proto, 'constructor'), RegExpCtor);
    assert.strictEqual(get(RegExpCtor, 'length'), 2);
    assert.strictEqual(env.call(RegExpCtor.GetOwnProperty(WellKnown.species)!.get!, RegExpCtor), RegExpCtor);
    assert.strictEqual(get(RegExpCtor.GetOwnProperty(WellKnown.species)!.get!, 'name'), 'get [Symbol.species]');
    assert.ok(env.realm.intrinsics['%RegExpStringIteratorPrototype%'] instanceof JSObject);
    assert.ok(!(proto instanceof JSRegExp), 'RegExp.prototype is an ordinary object');
  });

  it('new RegExp makes a regexp with an own lastIndex: writable, not enumerable, not configurable', () => {
    const rx = re('a+', 'g');
    assert.ok(rx instanceof JSRegExp);
    assert.strictEqual(env.attrs(rx, 'lastIndex'), 'w--');
    assert.strictEqual(get(rx, 'lastIndex'), 0);
    assert.deepStrictEqual(rx.OwnPropertyKeys(), ['lastIndex']);
  });

  it('flags and source getters reflect the original flags and escaped source', () => {
    const rx = re('a/b\n[/]', 'dgimsy');
    assert.strictEqual(get(rx, 'flags'), 'dgimsy');
    assert.strictEqual(get(rx, 'source'), 'a\\/b\\n[/]');
    for (const [name, v] of [['global', true], ['ignoreCase', true], ['multiline', true], ['dotAll', true], ['sticky', true],
      ['hasIndices', true], ['unicode', false], ['unicodeSets', false]] as const) {
      assert.strictEqual(get(rx, name), v, name);
    }
    assert.strictEqual(get(re('', 'v'), 'unicodeSets'), true);
    assert.strictEqual(get(re(''), 'source'), '(?:)');
  });

  it('flag getters return undefined on RegExp.prototype and throw on other objects', () => {
    assert.strictEqual(env.call(getter('global'), proto), undefined);
    assert.strictEqual(env.call(getter('source'), proto), '(?:)');
    assert.strictEqual(env.call(getter('flags'), proto), '');
    assert.strictEqual(env.call(method('toString'), proto), '/(?:)/');
    assertThrows(() => env.call(getter('global'), env.obj()), 'TypeError', 'RegExp.prototype.global getter called on non-RegExp object');
    assertThrows(() => env.call(getter('source'), 1), 'TypeError');
    assertThrows(() => env.call(getter('flags'), 1), 'TypeError', 'RegExp.prototype.flags getter called on non-object 1');
  });

  it('the flags getter reads each flag property in spec order', () => {
    const log: string[] = [];
    const o = env.obj();
    for (const name of ['global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'unicodeSets', 'sticky', 'hasIndices']) {
      o.addAccessor(name, env.fn(() => { log.push(name); return name === 'global' || name === 'hasIndices'; }), undefined, 4);
    }
    assert.strictEqual(env.call(getter('flags'), o), 'dg');
    assert.deepStrictEqual(log, ['hasIndices', 'global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'unicodeSets', 'sticky']);
  });

  it('invalid flags and patterns throw SyntaxErrors worded like V8', () => {
    assertThrows(() => re('a', 'gg'), 'SyntaxError', "Invalid flags supplied to RegExp constructor 'gg'");
    assertThrows(() => re('a', 'x'), 'SyntaxError', "Invalid flags supplied to RegExp constructor 'x'");
    assertThrows(() => re('a', 'uv'), 'SyntaxError', "Invalid flags supplied to RegExp constructor 'uv'");
    assertThrows(() => re('(', 'g'), 'SyntaxError', 'Invalid regular expression: /(/g: Unterminated group');
    assertThrows(() => re('a**'), 'SyntaxError', /^Invalid regular expression: \/a\*\*\/: /);
  });

  it('RegExp(rx) returns rx itself when called without new and flags, when rx.constructor is RegExp', () => {
    const rx = re('x', 'g');
    assert.strictEqual(env.call(RegExpCtor, undefined, rx), rx);
    const copy = env.call(RegExpCtor, undefined, rx, 'i') as JSObject;
    assert.notStrictEqual(copy, rx);
    assert.strictEqual(get(copy, 'flags'), 'i');
    assert.strictEqual(get(copy, 'source'), 'x');
    const viaNew = env.construct(RegExpCtor, [rx]);
    assert.notStrictEqual(viaNew, rx);
    assert.strictEqual(get(viaNew, 'flags'), 'g');
  });

  it('a pattern object with Symbol.match is read through source and flags', () => {
    const log: string[] = [];
    const o = env.obj();
    o.setOwn(WellKnown.match, true);
    o.addAccessor('source', env.fn(() => { log.push('source'); return 'ab'; }), undefined, 4);
    o.addAccessor('flags', env.fn(() => { log.push('flags'); return 'i'; }), undefined, 4);
    const rx = env.construct(RegExpCtor, [o]);
    assert.deepStrictEqual(log, ['source', 'flags']);
    assert.strictEqual(env.call(method('toString'), rx), '/ab/i');
  });

  it('exec returns a match array with index, input, groups and captures', () => {
    const m = exec(re('(\\d+)-(x)?'), 'ab12-c')!;
    assert.deepStrictEqual(host(m), ['12-', '12', undefined]);
    assert.strictEqual(get(m, 'index'), 2);
    assert.strictEqual(get(m, 'input'), 'ab12-c');
    assert.strictEqual(get(m, 'groups'), undefined);
    assert.deepStrictEqual(m.OwnPropertyKeys(), ['0', '1', '2', 'length', 'index', 'input', 'groups']);
    assert.strictEqual(exec(re('z'), 'abc'), null);
  });

  it('named groups make a null-prototype groups object', () => {
    const m = exec(re('(?<year>\\d{4})-(?<month>\\d\\d)(?<day>-\\d\\d)?'), 'on 2024-05!')!;
    const groups = get(m, 'groups') as JSObject;
    assert.strictEqual(groups.GetPrototypeOf(), null);
    assert.deepStrictEqual(groups.OwnPropertyKeys(), ['year', 'month', 'day']);
    assert.strictEqual(get(groups, 'year'), '2024');
    assert.strictEqual(get(groups, 'day'), undefined);
  });

  it('the d flag adds indices, with groups', () => {
    const m = exec(re('a(?<b>b)(c)?', 'd'), 'xab')!;
    const indices = get(m, 'indices') as JSObject;
    assert.deepStrictEqual(host(indices), [[1, 3], [2, 3], undefined]);
    const g = get(indices, 'groups') as JSObject;
    assert.strictEqual(g.GetPrototypeOf(), null);
    assert.deepStrictEqual(host(get(g, 'b')), [2, 3]);
    assert.strictEqual(get(exec(re('a'), 'a')!, 'indices'), undefined);
  });

  it('non-global, non-sticky exec ignores and keeps lastIndex', () => {
    const rx = re('a');
    set(rx, 'lastIndex', 5);
    assert.strictEqual(get(exec(rx, 'aaa')!, 'index'), 0);
    assert.strictEqual(get(rx, 'lastIndex'), 5);
  });

  it('global exec starts at lastIndex, advances it, and resets it to 0 on failure', () => {
    const rx = re('a', 'g');
    assert.strictEqual(get(exec(rx, 'xaa')!, 'index'), 1);
    assert.strictEqual(get(rx, 'lastIndex'), 2);
    assert.strictEqual(get(exec(rx, 'xaa')!, 'index'), 2);
    assert.strictEqual(get(rx, 'lastIndex'), 3);
    assert.strictEqual(exec(rx, 'xaa'), null);
    assert.strictEqual(get(rx, 'lastIndex'), 0);
    set(rx, 'lastIndex', 10);
    assert.strictEqual(exec(rx, 'xaa'), null);
    assert.strictEqual(get(rx, 'lastIndex'), 0);
  });

  it('sticky exec matches only at lastIndex', () => {
    const rx = re('b', 'y');
    assert.strictEqual(exec(rx, 'ab'), null);
    assert.strictEqual(get(rx, 'lastIndex'), 0);
    set(rx, 'lastIndex', 1);
    assert.strictEqual(get(exec(rx, 'ab')!, 'index'), 1);
    assert.strictEqual(get(rx, 'lastIndex'), 2);
  });

  it('lastIndex is converted with ToLength even when not global, and a read-only lastIndex throws on update', () => {
    const log: string[] = [];
    const rx = re('a');
    set(rx, 'lastIndex', env.valueOf(3, log, 'li'));
    exec(rx, 'a');
    assert.deepStrictEqual(log, ['li']);
    const g = re('a', 'g');
    env.run(() => g.DefineOwnProperty('lastIndex', { writable: false }));
    assertThrows(() => exec(g, 'a'), 'TypeError');
    assertThrows(() => exec(g, 'b'), 'TypeError');
  });

  it('exec requires a RegExp receiver; test uses a user exec and checks its result', () => {
    assertThrows(() => env.call(method('exec'), env.obj(), 'a'), 'TypeError', 'Method RegExp.prototype.exec called on incompatible receiver #<Object>');
    const o = env.obj({ exec: env.fn(() => env.obj()) });
    assert.strictEqual(env.call(method('test'), o, 'x'), true);
    const bad = env.obj({ exec: env.fn(() => 1) });
    assertThrows(() => env.call(method('test'), bad, 'x'), 'TypeError', 'RegExp exec method returned something other than an Object or null');
    assertThrows(() => env.call(method('test'), 1, 'x'), 'TypeError');
  });

  it('toString reads source and flags through Get', () => {
    const o = env.obj({ source: 'xy', flags: 'gu' });
    assert.strictEqual(env.call(method('toString'), o), '/xy/gu');
    assert.strictEqual(env.call(method('toString'), re('a/b', 'g')), '/a\\/b/g');
  });

  it('[Symbol.match] returns all matches for a global regexp, and null when there are none', () => {
    const match = method(WellKnown.match);
    assert.deepStrictEqual(host(env.call(match, re('\\d', 'g'), 'a1b22')), ['1', '2', '2']);
    assert.strictEqual(env.call(match, re('\\d', 'g'), 'abc'), null);
    assert.deepStrictEqual(host(env.call(match, re('', 'g'), 'ab')), ['', '', '']);
    assert.deepStrictEqual(host(env.call(match, re('(b)'), 'abc')), ['b', 'b']);
    // Empty matches advance by code point in unicode mode.
    assert.strictEqual((host(env.call(match, re('', 'gu'), '\u{1F600}')) as unknown[]).length, 2);
    assert.strictEqual((host(env.call(match, re('', 'g'), '\u{1F600}')) as unknown[]).length, 3);
  });

  it('[Symbol.replace] expands $&, $1, $<name>, $`, $\' and $$', () => {
    const replace = method(WellKnown.replace);
    assert.strictEqual(env.call(replace, re('(\\w)(\\d)', 'g'), 'a1-b2', '[$2$1]'), '[1a]-[2b]');
    assert.strictEqual(env.call(replace, re('b'), 'abc', "<$`|$&|$'|$$>"), 'a<a|b|c|$>c');
    assert.strictEqual(env.call(replace, re('(?<x>b)'), 'abc', '[$<x>][$<y>]'), 'a[b][]c');
    assert.strictEqual(env.call(replace, re('(b)'), 'abc', '$<x>'), 'a$<x>c');
    assert.strictEqual(env.call(replace, re('(b)'), 'abc', '$0$2$11$01'), 'a$0$2b1bc');
  });

  it('[Symbol.replace] calls a replacer with match, captures, position, string and groups', () => {
    const calls: unknown[] = [];
    const f = env.fn((_t, args) => { calls.push(env.run(() => args.map((a) => (a instanceof JSObject ? toHost(a) : a)))); return 'X'; });
    assert.strictEqual(env.call(method(WellKnown.replace), re('(?<d>\\d)', 'g'), 'a1b2', f), 'aXbX');
    assert.deepStrictEqual(calls, [['1', '1', 1, 'a1b2', { d: '1' }], ['2', '2', 3, 'a1b2', { d: '2' }]]);
  });

  it('[Symbol.replace] on a global regexp with empty matches terminates and sets lastIndex 0 first', () => {
    const rx = re('x*', 'g');
    set(rx, 'lastIndex', 3);
    assert.strictEqual(env.call(method(WellKnown.replace), rx, 'abc', '-'), '-a-b-c-');
    assert.strictEqual(get(rx, 'lastIndex'), 0);
  });

  it('[Symbol.search] returns the index and restores lastIndex', () => {
    const rx = re('c', 'g');
    set(rx, 'lastIndex', 2);
    assert.strictEqual(env.call(method(WellKnown.search), rx, 'abcabc'), 2);
    assert.strictEqual(get(rx, 'lastIndex'), 2);
    assert.strictEqual(env.call(method(WellKnown.search), re('z'), 'abc'), -1);
  });

  it('[Symbol.split] splits with captures and honours the limit', () => {
    const split = method(WellKnown.split);
    assert.deepStrictEqual(host(env.call(split, re(','), 'a,b,,c')), ['a', 'b', '', 'c']);
    assert.deepStrictEqual(host(env.call(split, re('(-)'), 'a-b')), ['a', '-', 'b']);
    assert.deepStrictEqual(host(env.call(split, re(''), 'abc')), ['a', 'b', 'c']);
    assert.deepStrictEqual(host(env.call(split, re(','), 'a,b,c', 2)), ['a', 'b']);
    assert.deepStrictEqual(host(env.call(split, re('x*'), 'axbc')), ['a', 'b', 'c']);
    assert.deepStrictEqual(host(env.call(split, re('a'), '')), ['']);
    assert.deepStrictEqual(host(env.call(split, re('a*'), '')), []);
    assert.deepStrictEqual(host(env.call(split, re(','), 'a,b', 0)), []);
  });

  it('[Symbol.split] constructs the splitter through the species constructor with the y flag', () => {
    const rx = re('-', 'g');
    const seen: unknown[] = [];
    const Species = env.fn((_t, args) => {
      seen.push(get(args[0] as JSObject, 'source'), args[1]);
      return env.construct(RegExpCtor, args);
    }, 'Species');
    Species.isConstructor = true;
    const ctorObj = env.obj();
    ctorObj.setOwn(WellKnown.species, Species);
    rx.setOwn('constructor', ctorObj);
    (Species as any).ctor = true;
    assert.deepStrictEqual(host(env.call(method(WellKnown.split), rx, 'a-b')), ['a', 'b']);
    assert.deepStrictEqual(seen, ['-', 'gy']);
  });

  it('[Symbol.matchAll] iterates matches through %RegExpStringIteratorPrototype%', () => {
    const rx = re('a(\\d)', 'g');
    set(rx, 'lastIndex', 1);
    const it = env.call(method(WellKnown.matchAll), rx, 'a1a2a3') as JSObject;
    assert.strictEqual(it.GetPrototypeOf(), env.realm.intrinsics['%RegExpStringIteratorPrototype%']);
    const next = get(it, 'next') as JSObject;
    const r1 = env.call(next, it) as JSObject;
    assert.deepStrictEqual(host(get(r1, 'value')), ['a2', '2']);
    assert.deepStrictEqual(host(get(env.call(next, it) as JSObject, 'value')), ['a3', '3']);
    assert.strictEqual(get(env.call(next, it) as JSObject, 'done'), true);
    assert.strictEqual(get(rx, 'lastIndex'), 1, 'the original regexp is not used');
    const iterProto = env.realm.intrinsics['%RegExpStringIteratorPrototype%'];
    assert.strictEqual(get(iterProto, WellKnown.toStringTag as any), 'RegExp String Iterator');
    assertThrows(() => env.call(next, env.obj()), 'TypeError');
  });

  it('compile (Annex B) re-initialises a regexp in place and resets lastIndex', () => {
    const rx = re('a', 'g');
    set(rx, 'lastIndex', 2);
    assert.strictEqual(env.call(method('compile'), rx, 'b+', 'i'), rx);
    assert.strictEqual(get(rx, 'source'), 'b+');
    assert.strictEqual(get(rx, 'flags'), 'i');
    assert.strictEqual(get(rx, 'lastIndex'), 0);
    env.call(method('compile'), rx, re('c', 'y'));
    assert.strictEqual(get(rx, 'flags'), 'y');
    assertThrows(() => env.call(method('compile'), rx, re('c'), 'g'), 'TypeError', 'Cannot supply flags when constructing one RegExp from another');
  });

  it('RegExp.escape escapes syntax characters, punctuators, whitespace and a leading alphanumeric', () => {
    const escape = get(RegExpCtor, 'escape') as JSObject;
    assert.strictEqual(env.call(escape, undefined, 'a.b*c'), '\\x61\\.b\\*c');
    assert.strictEqual(env.call(escape, undefined, '1 + 1 = 2'), '\\x31\\x20\\+\\x201\\x20\\x3d\\x202');
    assert.strictEqual(env.call(escape, undefined, '\n/,\u2028\ud800'), '\\n\\/\\x2c\\u2028\\ud800');
    assert.strictEqual(env.call(escape, undefined, '_\u{1F600}'), '_\u{1F600}');
    assertThrows(() => env.call(escape, undefined, 1), 'TypeError');
  });

  it('RegExpCreateLiteral makes a fresh regexp in the realm; regexpSourceOf reports it', () => {
    const rx = env.run(() => RegExpCreateLiteral(env.realm, 'a/b', 'gi'));
    assert.strictEqual(rx.GetPrototypeOf(), proto);
    assert.strictEqual(get(rx, 'lastIndex'), 0);
    assert.deepStrictEqual(regexpSourceOf(rx), { source: 'a\\/b', flags: 'gi' });
    assert.strictEqual(regexpSourceOf(env.obj()), undefined);
    assert.strictEqual(get(exec(rx, 'xA/B')!, 'index'), 1);
  });

  it('no host RegExp is reachable from a regexp or its match results', () => {
    const rx = re('(a)', 'dg');
    const m = exec(rx, 'a')!;
    const seen = new Set<unknown>();
    const walk = (v: unknown): void => {
      if (!(v instanceof JSObject) || seen.has(v)) return;
      seen.add(v);
      for (const k of v.OwnPropertyKeys()) {
        const d = v.GetOwnProperty(k)!;
        for (const x of [d.value, d.get, d.set]) {
          assert.ok(!(x instanceof RegExp), 'host RegExp leaked');
          walk(x);
        }
      }
      walk(v.GetPrototypeOf());
    };
    walk(rx);
    walk(m);
  });

});

(canEvaluate ? describe : describe.skip)('RegExp from guest source', () => {
  const ev = (src: string): unknown => createRealm().evaluate(src);
  const throwsGuest = (src: string, name: string, message?: string): void => {
    assert.throws(() => createRealm().evaluate(src), (e: any) => e.name === name && (message === undefined || e.message === message));
  };

  it('replace, matchAll and named groups', () => {
    assert.strictEqual(ev("'a1b2'.replace(/\\d/g, d => d * 2)"), 'a2b4');
    assert.deepStrictEqual(ev("[...'a1b2'.matchAll(/\\d/g)].map(m => m.index)"), [1, 3]);
    assert.strictEqual(ev("/(?<y>\\d+)/.exec('a12').groups.y"), '12');
    assert.strictEqual(ev("'2024-05-06'.replace(/(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)/, '$<d>/$<m>/$<y>')"), '06/05/2024');
    assert.strictEqual(ev("'ab'.replace(/(?<x>a)/, (m, p1, pos, s, groups) => typeof groups + groups.x + pos)"), 'objecta0b');
  });

  it('a regular expression literal makes a new object each time it is evaluated', () => {
    assert.strictEqual(ev('function f() { return /a/g; } var a = f(), b = f(); a.lastIndex = 3; a !== b && b.lastIndex === 0'), true);
    assert.strictEqual(ev('Object.getPrototypeOf(/a/) === RegExp.prototype && /a/ instanceof RegExp'), true);
  });

  it('a subclass with its own exec is called by replace, match, search, split and test', () => {
    const src = `
      var calls = 0;
      class R extends RegExp { exec(s) { calls++; return super.exec(s); } }
      var out = ['aXa'.replace(new R('a', 'g'), 'b'), 'aXa'.match(new R('a', 'g')).length, 'xa'.search(new R('a')), new R('a').test('a')];
      out.push(calls);
      out`;
    assert.deepStrictEqual(ev(src), ['bXb', 2, 1, true, 3 + 3 + 1 + 1]);
    assert.deepStrictEqual(ev("class R extends RegExp {}; var r = new R('x', 'g'); [r instanceof R, r.flags, 'axbx'.split(r).length]"), [true, 'g', 3]);
  });

  it('an exec on the instance is honoured (no fast path) and its result is validated', () => {
    assert.strictEqual(ev("var r = /a/g; var n = 0; r.exec = function (s) { return n++ < 2 ? { 0: 'a', index: n, length: 1 } : null; }; 'xyz'.replace(r, '-')"), 'x--');
    throwsGuest("var r = /a/; r.exec = () => 42; r.test('a')", 'TypeError', 'RegExp exec method returned something other than an Object or null');
  });

  it('lastIndex: a read-only lastIndex makes global replace throw, but not a non-global one', () => {
    throwsGuest("var r = /a/g; Object.defineProperty(r, 'lastIndex', { writable: false }); 'a'.replace(r, 'b')", 'TypeError');
    assert.strictEqual(ev("var r = /a/; Object.defineProperty(r, 'lastIndex', { writable: false }); 'a'.replace(r, 'b')"), 'b');
    assert.deepStrictEqual(ev("var r = /a/g; var out = []; while (r.exec('aXa')) out.push(r.lastIndex); out.push(r.lastIndex); out"), [1, 3, 0]);
    assert.deepStrictEqual(ev("var r = /a/y; [r.test('ba'), r.lastIndex, (r.lastIndex = 1, r.test('ba')), r.lastIndex]"), [false, 0, true, 2]);
  });

  it('split uses the species constructor with the y flag added', () => {
    const src = `
      var seen;
      class R extends RegExp { static get [Symbol.species]() { return function (p, f) { seen = f; return new RegExp(p, f); }; } }
      var parts = 'a,b'.split(new R(',', 'g'));
      [parts, seen]`;
    assert.deepStrictEqual(ev(src), [['a', 'b'], 'gy']);
  });

  it('toString, source and flags', () => {
    assert.deepStrictEqual(ev("[String(/a\\/b/gi), new RegExp('a/b').source, RegExp.prototype.toString.call({ source: 'x', flags: 'y' }), String(RegExp.prototype)]"),
      ['/a\\/b/gi', 'a\\/b', '/x/y', '/(?:)/']);
    assert.strictEqual(ev('/a/dgimsy.flags'), 'dgimsy');
    throwsGuest("Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({})", 'TypeError');
  });

  it('errors: SyntaxError for bad patterns and flags, TypeError for bad receivers', () => {
    throwsGuest("new RegExp('(')", 'SyntaxError', 'Invalid regular expression: /(/: Unterminated group');
    throwsGuest("new RegExp('a', 'gg')", 'SyntaxError', "Invalid flags supplied to RegExp constructor 'gg'");
    throwsGuest('RegExp.prototype.exec.call({})', 'TypeError', 'Method RegExp.prototype.exec called on incompatible receiver #<Object>');
    throwsGuest("'a'.matchAll(/a/)", 'TypeError', 'String.prototype.matchAll called with a non-global RegExp argument');
  });

  it('legacy static properties follow the last successful match of a direct RegExp instance', () => {
    const src = `
      /(\\d+)-(\\d+)/.exec('a 12-34 b');
      /zzz/.exec('no match');
      class S extends RegExp {}
      new S('(x)').exec('x');
      [RegExp.$1, RegExp.$2, RegExp.$3, RegExp.lastMatch, RegExp['$&'], RegExp.leftContext, RegExp.rightContext, RegExp.lastParen, RegExp.input]`;
    assert.deepStrictEqual(ev(src), ['12', '34', '', '12-34', '12-34', 'a ', ' b', '34', 'a 12-34 b']);
    throwsGuest('class S extends RegExp {}; S.$1', 'TypeError');
    throwsGuest('class S extends RegExp {}; new S("a").compile("b")', 'TypeError');
    assert.strictEqual(ev("RegExp.input = 5; RegExp.$_"), '5');
  });

  it('RegExp.escape makes a pattern that matches the string literally', () => {
    assert.deepStrictEqual(ev("var s = 'a.b*c(1)'; var r = new RegExp('^' + RegExp.escape(s) + '$'); [r.test(s), r.test('aXbbc(1)')]"), [true, false]);
  });

  it('long global replaces are charged fuel', () => {
    assert.throws(() => createRealm().evaluate("'a'.repeat(1e6).replace(/a/g, 'b')", { fuel: 1000 }), (e: any) => e.limit === 'fuel');
  });
});
