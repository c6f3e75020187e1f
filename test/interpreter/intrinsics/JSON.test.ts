import * as assert from 'assert';
import { Env, canEvaluate, assertThrows } from './primitives-helpers';
import { createRealm } from '../../../interpreter';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import type { Value } from '../../../interpreter/values/value';
import { CreateArrayFromList } from '../../../interpreter/ops/object-operations';
import { toHost } from '../../../interpreter/host-copy';
import { ev, sameAsHost } from './guest-compare';

describe('JSON', () => {
  const env = new Env();
  const J = env.get('JSON') as JSObject;
  const parse = (text: Value, reviver?: Value) => env.call(J.Get('parse', J) as JSObject, J, ...(reviver === undefined ? [text] : [text, reviver]));
  const stringify = (...args: Value[]) => env.call(J.Get('stringify', J) as JSObject, J, ...args);
  const host = (v: Value) => env.run(() => toHost(v));
  const arr = (...xs: Value[]) => env.run(() => CreateArrayFromList(xs));
  const roundTrip = (text: string, ...args: Value[]) => stringify(parse(text), ...args);

  it('is tagged JSON, with parse/2, stringify/3, rawJSON/1, isRawJSON/1', () => {
    assert.strictEqual(env.realm.intrinsics['%JSON%'], J);
    assert.strictEqual(J.Get(WellKnown.toStringTag, J), 'JSON');
    assert.deepStrictEqual(['parse', 'stringify', 'rawJSON', 'isRawJSON'].map((n) => (J.Get(n, J) as JSObject).Get('length', undefined)), [2, 3, 1, 1]);
  });

  it('parses every kind of value', () => {
    const v = parse(' {"a":[1,-2.5e1,true,false,null],"s":"x\\u00e9\\n\\"\\/","":{},"n":[]} ');
    assert.deepStrictEqual(host(v), { a: [1, -25, true, false, null], s: 'xé\n"/', '': {}, n: [] });
  });

  it('duplicate keys keep the last value; __proto__ is an ordinary own property', () => {
    const v = parse('{"a":1,"__proto__":{"x":1},"a":2}') as JSObject;
    assert.strictEqual(v.Get('a', v), 2);
    assert.strictEqual(v.GetPrototypeOf(), env.realm.ObjectPrototype);
    assert.ok(v.GetOwnProperty('__proto__') !== undefined);
    assert.deepStrictEqual(v.OwnPropertyKeys(), ['a', '__proto__']);
  });

  it('converts its argument with ToString', () => {
    assert.strictEqual(parse(123), 123);
    assert.strictEqual(parse(null), null);
    assertThrows(() => parse(undefined), 'SyntaxError', '"undefined" is not valid JSON');
  });

  const errors: [string, string][] = [
    ['', 'Unexpected end of JSON input'],
    ['{', "Expected property name or '}' in JSON at position 1"],
    ['}', `Unexpected token '}', "}" is not valid JSON`],
    ['[1,]', `Unexpected token ']', "[1,]" is not valid JSON`],
    ['{"a":1,}', 'Expected double-quoted property name in JSON at position 7'],
    ['[1 2]', "Expected ',' or ']' after array element in JSON at position 3"],
    ['{"a" 1}', "Expected ':' after property name in JSON at position 5"],
    ['{"a":1 "b"}', "Expected ',' or '}' after property value in JSON at position 7"],
    ['"abc', 'Unterminated string in JSON at position 4'],
    ['"\\x"', 'Bad escaped character in JSON at position 2'],
    ['"\n"', 'Bad control character in string literal in JSON at position 1'],
    ['"\\u12"', 'Bad Unicode escape in JSON at position 5'],
    ['1 2', 'Unexpected non-whitespace character after JSON at position 2'],
    ['-', 'No number after minus sign in JSON at position 1'],
    ['1.', 'Unterminated fractional number in JSON at position 2'],
    ['1e', 'Exponent part is missing a number in JSON at position 2'],
    ['01', 'Unexpected number in JSON at position 1'],
    ['tru', 'Unexpected end of JSON input'],
    ['trux', `Unexpected token 'x', "trux" is not valid JSON`],
    ['NaN', '"NaN" is not valid JSON'],
    ['[1,2,3,4,5,6,7,8,9,x,1,1,1,1,1]', `Unexpected token 'x', ..."5,6,7,8,9,x,1,1,1,1,"... is not valid JSON`],
    ['aaaaaaaaaaaaaaaaaaaaa', `Unexpected token 'a', "aaaaaaaaaa"... is not valid JSON`],
    ['[1,2,3,4,5,6,7,8,9,x]', `Unexpected token 'x', ..."5,6,7,8,9,x]" is not valid JSON`],
    ['{"a":1,"b"}', `Unexpected token '}', "{"a":1,"b"}" is not valid JSON`],
  ];
  it('throws SyntaxErrors worded and positioned like V8', () => {
    for (const [text, msg] of errors) assertThrows(() => parse(text), 'SyntaxError', msg);
  });

  it('the reviver runs bottom-up with (key, value, context); undefined deletes', () => {
    const log: string[] = [];
    const v = parse('{"a":[1,2],"b":{"c":"x"}}', env.fn((holder, args) => {
      log.push(`${String(args[0])}`);
      assert.ok(holder instanceof JSObject);
      if (args[0] === 'c') return undefined;
      if (args[1] === 2) return 20;
      return args[1];
    }));
    assert.deepStrictEqual(log, ['0', '1', 'a', 'c', 'b', '']);
    assert.deepStrictEqual(host(v), { a: [1, 20], b: {} });
  });

  it('the reviver context has the source text of unmodified primitives (json-parse-with-source)', () => {
    const sources: Value[] = [];
    parse('[1, 1e0, "x", {"a": null}, 9007199254740993]', env.fn((_h, args) => {
      const ctx = args[2] as JSObject;
      sources.push(ctx.Get('source', ctx));
      return args[1];
    }));
    assert.deepStrictEqual(sources, ['1', '1e0', '"x"', 'null', undefined, '9007199254740993', undefined]);
    // A value replaced by the reviver before it is visited has no source.
    const seen: Value[] = [];
    parse('["start", 5]', env.fn((h, args) => {
      const ctx = args[2] as JSObject;
      if (args[1] === 'start') (h as JSObject).Set('1', 6, h);
      seen.push(ctx.Get('source', ctx));
      return args[1];
    }));
    assert.deepStrictEqual(seen, ['"start"', undefined, undefined]);
  });

  it('JSON.rawJSON makes frozen null-prototype objects that stringify verbatim', () => {
    const raw = env.call(J.Get('rawJSON', J) as JSObject, J, '1e1000') as JSObject;
    assert.strictEqual(raw.GetPrototypeOf(), null);
    assert.ok(!raw.IsExtensible());
    assert.strictEqual(raw.Get('rawJSON', raw), '1e1000');
    assert.strictEqual(env.call(J.Get('isRawJSON', J) as JSObject, J, raw), true);
    assert.strictEqual(env.call(J.Get('isRawJSON', J) as JSObject, J, env.obj()), false);
    assert.strictEqual(stringify(env.obj({ a: raw, b: arr(raw) })), '{"a":1e1000,"b":[1e1000]}');
    for (const bad of ['', ' 1', '{}', '[1]', '1 2']) {
      assertThrows(() => env.call(J.Get('rawJSON', J) as JSObject, J, bad), 'SyntaxError');
    }
  });

  it('stringify: primitives, non-finite numbers, nested structures and order', () => {
    assert.strictEqual(stringify('a"b'), '"a\\"b"');
    assert.strictEqual(stringify(-0), '0');
    assert.strictEqual(stringify(NaN), 'null');
    assert.strictEqual(stringify(undefined), undefined);
    assert.strictEqual(stringify(env.fn(() => 1)), undefined);
    assert.strictEqual(roundTrip('{"b":1,"a":[true,null,{"2":1,"1":2}]}'), '{"b":1,"a":[true,null,{"1":2,"2":1}]}');
  });

  it('stringify escapes lone surrogates and control characters (well-formed)', () => {
    assert.strictEqual(stringify('\ud800\u2028\x7f\x00\udc00\ud83d\ude00'), '"\\ud800\u2028\x7f\\u0000\\udc00\ud83d\ude00"');
  });

  it('stringify skips undefined, functions and symbols in objects, writes null in arrays', () => {
    const o = env.obj({ a: undefined, f: env.fn(() => 1), s: WellKnown.iterator, k: 1 });
    assert.strictEqual(stringify(o), '{"k":1}');
    assert.strictEqual(stringify(arr(undefined, env.fn(() => 1), WellKnown.iterator)), '[null,null,null]');
  });

  it('stringify calls toJSON with the key, then the replacer with the holder as this', () => {
    const log: Value[] = [];
    const inner = env.obj({ toJSON: env.fn((_t, args) => { log.push(`toJSON ${String(args[0])}`); return 'T'; }) });
    const out = stringify(env.obj({ x: inner, y: 2 }), env.fn((holder, args) => {
      log.push(`replacer ${String(args[0])}`);
      assert.ok(holder instanceof JSObject);
      return args[1] === 2 ? 3 : args[1];
    }));
    assert.strictEqual(out, '{"x":"T","y":3}');
    assert.deepStrictEqual(log, ['replacer ', 'toJSON x', 'replacer x', 'replacer y']);
  });

  it('stringify with a replacer array picks keys once, in its order', () => {
    const keys = arr('b', 1, 'b', env.run(() => (env.get('String') as JSObject).Construct(['a'], env.get('String') as JSObject)), env.obj());
    assert.strictEqual(stringify(env.obj({ a: 1, b: 2, 1: 3, c: 4 }), keys), '{"b":2,"1":3,"a":1}');
  });

  it('stringify indents with a number (at most 10) or a string (its first 10 characters)', () => {
    assert.strictEqual(roundTrip('{"a":[1,{"b":2}],"c":[]}', null, 2), '{\n  "a": [\n    1,\n    {\n      "b": 2\n    }\n  ],\n  "c": []\n}');
    assert.strictEqual(roundTrip('[1]', null, 20), '[\n          1\n]');
    assert.strictEqual(roundTrip('[1]', null, '--'), '[\n--1\n]');
    assert.strictEqual(roundTrip('{}', null, 2), '{}');
    assert.strictEqual(roundTrip('[1]', null, 0), '[1]');
  });

  it('stringify unwraps boxed primitives', () => {
    const box = (name: string, v: Value) => env.run(() => env.call('Object', undefined, v)) as JSObject;
    assert.strictEqual(stringify(arr(box('Number', 1), box('String', 's'), box('Boolean', false))), '[1,"s",false]');
    assertThrows(() => stringify(box('BigInt', 1n)), 'TypeError', 'Do not know how to serialize a BigInt');
  });

  it('stringify throws on BigInt', () => {
    assertThrows(() => stringify(env.obj({ x: 1n })), 'TypeError', 'Do not know how to serialize a BigInt');
  });

  it('stringify detects cycles with V8\'s message', () => {
    const a = env.obj();
    const b = env.obj();
    const c = arr(a);
    a.setOwn('b', b);
    b.setOwn('c', c);
    assertThrows(() => stringify(a), 'TypeError',
      "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'b' -> object with constructor 'Object'\n    |     property 'c' -> object with constructor 'Array'\n    --- index 0 closes the circle");
    // Shared (non-circular) references are fine.
    const shared = env.obj({ v: 1 });
    assert.strictEqual(stringify(arr(shared, shared)), '[{"v":1},{"v":1}]');
  });

  it('stringify reads getters in key order and follows deletions they make', () => {
    const o = env.obj({ a: 1 });
    o.addAccessor('g', env.fn((t) => { (t as JSObject).Delete('z'); return 'G'; }), undefined, 7);
    o.setOwn('z', 3);
    assert.strictEqual(stringify(o), '{"a":1,"g":"G"}');
  });

  it('stringify goes through proxies with their traps', () => {
    const target = env.obj({ a: 1, b: 2 });
    const p = env.construct('Proxy', [target, env.obj({
      get: env.fn((_t, args) => (args[1] === 'a' ? 'A' : (args[0] as JSObject).Get(args[1] as string, args[0]))),
    })]);
    assert.strictEqual(stringify(p), '{"a":"A","b":2}');
  });

  it('deep nesting gives a RangeError, not a host stack overflow', () => {
    const deep = '['.repeat(100000) + ']'.repeat(100000);
    assertThrows(() => parse(deep), 'RangeError', 'Maximum call stack size exceeded');
    let v: JSObject = arr();
    for (let i = 0; i < 100000; i++) v = arr(v);
    assertThrows(() => stringify(v), 'RangeError', 'Maximum call stack size exceeded');
    const ok = '['.repeat(1000) + ']'.repeat(1000);
    assert.strictEqual(roundTrip(ok), ok);
  });

  it('round-trips agree with the host JSON on generated values', () => {
    const strs = ['', 'a', '\ud800', '\u2028', '"\\', '\x00\x1f', 'é😀', '__proto__', '0', '10'];
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const gen = (d: number): unknown => {
      const r = rnd(10);
      if (d > 3 || r < 3) return [null, true, false, rnd(100000) / 7 - 5000, 1e21, strs[rnd(strs.length)]][rnd(6)];
      if (r < 6) return Array.from({ length: rnd(4) }, () => gen(d + 1));
      const o: Record<string, unknown> = {};
      for (let i = rnd(4); i > 0; i--) o[strs[rnd(strs.length)] + i] = gen(d + 1);
      return o;
    };
    for (let i = 0; i < 300; i++) {
      const text = JSON.stringify(gen(0));
      const space = [undefined, 2, '\t'][i % 3];
      assert.strictEqual(roundTrip(text, undefined, space), JSON.stringify(JSON.parse(text), undefined, space), text);
    }
  });

  (canEvaluate ? describe : describe.skip)('through guest source', () => {

    it('behaves as V8 on a set of programs', () => {
      for (const src of [
        'JSON.stringify({ a: [1, 2, { b: 3 }] }, null, 1)',
        'JSON.stringify(new Date(0))',
        'JSON.stringify({ a: 1n }, (k, v) => typeof v === "bigint" ? v.toString() : v)',
        'JSON.parse(\'{"a": [1, 2]}\', function (k, v) { return Array.isArray(v) ? v.length : v })',
        'JSON.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 } }))',
        'JSON.stringify([new Number(3), new String("s"), new Boolean(true), Object(Symbol())])',
        'try { var a = {}; a.self = a; JSON.stringify(a) } catch (e) { e.message }',
        'try { var a = [{ x: {} }]; a[0].x.y = a; JSON.stringify(a) } catch (e) { e.message }',
        'try { JSON.stringify({ x: 1n }) } catch (e) { e.message }',
        'JSON.stringify({ a: [{}, []] }, null, "\t")',
        'JSON.stringify({ toJSON(k) { return "key:" + k } })',
        'JSON.stringify({ a: { toJSON(k) { return "key:" + k } } })',
        'JSON.stringify([undefined, function () {}, Symbol()])',
        'JSON.stringify({ u: undefined, f() {}, [Symbol()]: 1, s: "x" })',
        'JSON.stringify({ b: 1, a: 2, 1: 3 }, ["a", "1", "a"])',
        'JSON.stringify({ a: 1, b: [1, 2] }, (k, v) => typeof v === "number" ? v * 10 : v)',
        'JSON.stringify("\\ud800x\\u0007")',
        'JSON.parse("[1, 2.5, -3e2, true, null, \\"s\\"]")',
        'JSON.parse(\'{"__proto__": 1}\').__proto__',
        'Object.keys(JSON.parse(\'{"b": 1, "a": 2, "b": 3}\'))',
        'try { JSON.parse("{\\"a\\":") } catch (e) { [e.name, e.message] }',
        'try { JSON.parse("[1, 2") } catch (e) { [e.name, e.message] }',
        'try { JSON.parse("{\\"a\\": tru}") } catch (e) { e.message }',
        'var seen = []; JSON.parse(\'{"a": {"b": 1}, "c": [2]}\', function (k, v) { seen.push(k); return v }); seen',
        'JSON.stringify(JSON.parse(\'{"a": 1}\', function (k, v) { return k === "a" ? undefined : v }))',
        'JSON.stringify(new Proxy({ a: 1, b: [2] }, {}))',
        'JSON.stringify(Object.assign([1, 2], { extra: 3 }))',
        'JSON.stringify({ date: new Date(86400000), re: /x/g, map: new Map([[1, 2]]), set: new Set([1]) })',
        'JSON.stringify("abc", null, 100) + JSON.stringify([1], null, "0123456789ABC")',
        'JSON.stringify({ get g() { return "G" }, n: NaN, i: -Infinity, z: -0 })',
        'Object.prototype.toString.call(JSON)',
        'var s = JSON.stringify({ users: Array.from({ length: 20 }, (_, i) => ({ id: i, name: "u" + i, tags: ["a", "b"], ok: i % 2 === 0 })) }); JSON.stringify(JSON.parse(s)) === s',
      ]) sameAsHost(src);
    });

    it('gives the reviver the source text (json-parse-with-source)', () => {
      assert.deepStrictEqual(ev('var out = []; JSON.parse("[1, 1e0, 9007199254740993]", function (k, v, ctx) { out.push(ctx.source); return v }); out'),
        ['1', '1e0', '9007199254740993', undefined]);
      assert.deepStrictEqual(ev('[JSON.stringify({ n: JSON.rawJSON("1e1000") }), JSON.isRawJSON(JSON.rawJSON("1")), JSON.isRawJSON({})]'),
        ['{"n":1e1000}', true, false]);
    });
  });
});
