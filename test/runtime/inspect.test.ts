import * as assert from 'assert';
import * as util from 'util';
import * as vm from 'vm';
import { inspect, format, guestInspectFunction, type InspectOptions } from '../../runtime/inspect';
import { makeGuestEnv, type GuestEnv } from './guest-values';
import type { Value } from '../../interpreter/values/value';
import { JSObject } from '../../interpreter/values/object';
import { CreateBuiltinFunction } from '../../interpreter/values/function';
import { W, C, E } from '../../interpreter/values/shape';

/**
 * Each case is a JS expression: the host evaluates it and util.inspect gives the expected string;
 * the same expression as a guest value must inspect identically.
 */
type Case = [title: string, src: string, opts?: InspectOptions];

const primitives: Case[] = [
  ['a string', `'hello'`],
  ['a string with a single quote uses double quotes', `"it's"`],
  ['a string with both quotes uses backticks', `'both \\' and "'`],
  ['a string with all three quotes escapes single quotes', `'all \\' " \`'`],
  ['control characters and a lone surrogate are escaped', `'a\\nb\\x00\\x7f\\ud800\\\\'`],
  ['numbers', `[1, -0, 0, NaN, Infinity, -Infinity, 1e21, 1.5, -2]`],
  ['-0 at top level', `-0`],
  ['a bigint', `10n`],
  ['booleans, undefined and null', `[true, false, undefined, null]`],
  ['symbols', `[Symbol('x'), Symbol(), Symbol.iterator, Symbol.for('reg')]`],
  ['a long string breaks into lines at \\n', `({ s: 'line one is long enough\\nline two is long enough too\\nand a third line that goes on' })`],
  ['maxStringLength', `'abcdefghij'`, { maxStringLength: 4 }],
];

const arrays: Case[] = [
  ['an empty array', `[]`],
  ['a short array', `[1, 2, 3]`],
  ['holes', `[1, , 3]`],
  ['only holes', `[, , ]`],
  ['new Array(5)', `new Array(5)`],
  ['holes in several places', `[1, 2, , , 5, , ]`],
  ['more than 100 items', `Array.from({ length: 101 }, (_, i) => i)`],
  ['102 items', `Array.from({ length: 102 }, (_, i) => i * 3)`],
  ['many short strings are grouped in columns', `Array.from({ length: 30 }, (_, i) => 'item' + i)`],
  ['numbers of different widths are right-aligned', `Array.from({ length: 26 }, (_, i) => i * i * i)`],
  ['extra non-index properties', `Object.assign([1, 2], { extra: true })`],
  ['an empty array with a property', `Object.assign([], { a: 1 })`],
  ['nested arrays beyond depth 2', `[[1, [2, [3, [4]]]]]`],
  ['an array of objects', `[{ a: 1, b: 2 }, { a: 3, b: 4 }]`],
  ['a grouped array nested in an object', `({ data: Array.from({ length: 50 }, (_, i) => i), more: { deeper: Array.from({ length: 20 }, (_, i) => 'v' + i) } })`],
  ['mixed entries are left-aligned', `[1, 'two', 3, 'four', 5, 'six', 7, 'eight', 9, 'ten']`],
  ['an array with one long entry is not grouped', `[1, 2, 3, 4, 5, 6, 'a string that is much longer than all the other entries together']`],
  ['an array of arrays', `Array.from({ length: 8 }, (_, i) => [i, i * 2])`],
  ['an array of bigints', `Array.from({ length: 12 }, (_, i) => BigInt(i) ** 5n)`],
  ['maxArrayLength', `[1, 2, 3, 4, 5]`, { maxArrayLength: 2 }],
  ['a sparse array with maxArrayLength', `[1, , , 4, 5, 6]`, { maxArrayLength: 3 }],
];

const objects: Case[] = [
  ['an empty object', `({})`],
  ['keys that are not identifiers are quoted', `({ a: 1, 'b-c': 2, [Symbol('x')]: 3 })`],
  ['more key quoting', `({ '1a': 1, 'a b': 2, "it's": 3, '': 4, 42: 5, $x: 6, _y: 7 })`],
  ['getters and setters', `({ get a() { return 1 }, set b(v) {}, get c() { return 1 }, set c(v) {} })`],
  ['nested objects to depth 2', `({ a: { b: { c: { d: 1 } } } })`],
  ['nested arrays inside objects at depth', `({ a: { b: { c: [] } }, x: { y: { z: [1] } } })`],
  ['a circular reference', `(() => { const a = { name: 'a' }; a.self = a; return a })()`],
  ['two circular references', `(() => { const a = { b: { c: {} } }; a.b.c.a = a; a.b.c.b = a.b; return a })()`],
  ['a class instance', `(() => { class Foo { constructor() { this.x = 1 } } return new Foo() })()`],
  ['an empty class instance', `(() => { class Bar {} return new Bar() })()`],
  ['a null-prototype object', `Object.create(null)`],
  ['a null-prototype object with properties', `Object.assign(Object.create(null), { a: 1 })`],
  ['an object whose prototype has no constructor', `Object.create(Object.create(null))`],
  ['a long object breaks over lines', `({ alpha: 'aaaaaaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccccccccc' })`],
  ['an object that just fits', `({ a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxx', b: 'yyyyyyyyyyyyyyyyyyyyyy' })`],
  ['nested objects over lines', `({ a: { b: 1, c: 'a fairly long string value here' }, d: [1, 2, 3], e: { f: { g: 'another long-ish string' } } })`],
  ['an own enumerable Symbol.toStringTag is a property', `({ [Symbol.toStringTag]: 'foo' })`],
  ['a non-enumerable Symbol.toStringTag is a tag', `Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'foo' })`],
  ['a toStringTag getter on a class', `(() => { class Foo { get [Symbol.toStringTag]() { return 'X' } } return new Foo() })()`],
  ['a null-prototype object with a tag', `Object.create(null, { [Symbol.toStringTag]: { value: 'T' } })`],
  ['a __proto__ own key', `JSON.parse('{"__proto__": 1}')`],
  ['non-enumerable properties with showHidden', `Object.defineProperty({ a: 1 }, 'hidden', { value: 2 })`, { showHidden: true }],
  ['Object.prototype', `Object.prototype`],
  ['Function.prototype', `Function.prototype`],
];

const functions: Case[] = [
  ['a named function', `(function foo() {})`],
  ['an anonymous function', `[function () {}]`],
  ['an arrow function', `(() => {})`],
  ['a named arrow function', `(() => { const f = () => 1; return f })()`],
  ['a class', `(class A {})`],
  ['an anonymous class', `[class {}]`],
  ['a derived class', `(() => { class A {} return class B extends A {} })()`],
  ['an async function', `(async function f() {})`],
  ['a generator function', `(function* g() {})`],
  ['an async generator function', `(async function* ag() {})`],
  ['a function with properties', `Object.assign(function f() {}, { a: 1 })`],
  ['functions inside an object', `({ f() {}, g: function () {}, h: () => {}, k: class K {} })`],
  ['a class with a static property', `(() => { class S { static x = 1 } return S })()`],
];

const errorSrc = (body: string): string => `(() => { ${body} })()`;
const errors: Case[] = [
  ['an error with a stack', errorSrc(`const e = new Error('boom'); e.stack = 'Error: boom\\n    at f (file.js:1:2)\\n    at g (file.js:3:4)'; return e`)],
  ['an error without frames', errorSrc(`const e = new Error('x'); e.stack = 'Error: x'; return e`)],
  ['an error with extra properties', errorSrc(`const e = new TypeError('bad'); e.stack = 'TypeError: bad\\n    at f (file.js:1:2)'; e.code = 'E_BAD'; e.n = 1; return e`)],
  ['an error with a cause', errorSrc(`const c = new Error('inner'); c.stack = 'Error: inner\\n    at a (x.js:1:1)'; const e = new Error('outer', { cause: c }); e.stack = 'Error: outer\\n    at b (x.js:2:2)'; return e`)],
  ['an error nested in an object', errorSrc(`const e = new RangeError('r'); e.stack = 'RangeError: r\\n    at f (file.js:1:2)'; return { e }`)],
  ['an error whose name was changed', errorSrc(`const e = new Error('m'); e.name = 'Custom'; e.stack = 'Error: m\\n    at f (file.js:1:2)'; return e`)],
  ['an error subclass', errorSrc(`class MyError extends Error {} const e = new MyError('m'); e.stack = 'Error: m\\n    at f (file.js:1:2)'; return e`)],
  ['an error without a message', errorSrc(`const e = new Error(); e.stack = 'Error\\n    at f (file.js:1:2)'; return e`)],
  ['an error whose message is not in its stack', errorSrc(`const e = new Error('original'); e.stack = 'Error: original\\n    at f (file.js:1:2)'; e.message = 'changed'; return e`)],
  ['an AggregateError', errorSrc(`const a = new Error('a'); a.stack = 'Error: a\\n    at x (f.js:1:1)'; const e = new AggregateError([a, 1], 'agg'); e.stack = 'AggregateError: agg\\n    at y (f.js:2:2)'; return e`)],
  ['a null-prototype error', errorSrc(`const e = new Error('np'); e.stack = 'Error: np\\n    at f (file.js:1:2)'; Object.setPrototypeOf(e, null); return e`)],
  ['an error with a cause that shares frames', errorSrc(`const frames = '\\n    at a (x.js:1:1)\\n    at b (x.js:2:2)\\n    at c (x.js:3:3)\\n    at d (x.js:4:4)\\n    at e (x.js:5:5)'; const c = new Error('inner'); c.stack = 'Error: inner\\n    at z (x.js:9:9)' + frames; const e = new Error('outer', { cause: c }); e.stack = 'Error: outer\\n    at y (x.js:8:8)' + frames; return e`)],
  ['an error with a primitive cause', errorSrc(`const e = new Error('p', { cause: 'why' }); e.stack = 'Error: p\\n    at f (file.js:1:2)'; return e`)],
  ['an error in an array', errorSrc(`const e = new Error('in array'); e.stack = 'Error: in array'; return [e]`)],
];

const boxed: Case[] = [
  ['boxed primitives', `[new Number(3), new String('x'), new Boolean(false), Object(Symbol('s')), Object(1n)]`],
  ['a boxed number with a property', `Object.assign(new Number(-0), { a: 1 })`],
  ['a boxed string with a property', `Object.assign(new String('ab'), { c: 1 })`],
  ['an arguments object', `(function () { return arguments })(1, 2)`],
  ['an empty arguments object', `(function () { return arguments })()`],
];

const builtins: Case[] = [
  ['a Map', `new Map([['a', 1], ['b', 2]])`],
  ['an empty Map', `new Map()`],
  ['a Set', `new Set([1])`],
  ['a Set of objects', `new Set([{ a: 1 }, [2]])`],
  ['a nested Map beyond depth', `new Map([[1, { a: [1, 2, { b: 3 }] }]])`],
  ['a WeakMap', `new WeakMap()`],
  ['a WeakSet', `new WeakSet()`],
  ['a Date', `new Date(0)`],
  ['an invalid Date', `new Date(NaN)`],
  ['a RegExp', `/a/g`],
  ['a RegExp with a slash and flags', `new RegExp('a/b', 'ygi')`],
  ['a Uint8Array', `new Uint8Array([1, 2, 3])`],
  ['an empty Float64Array', `new Float64Array(0)`],
  ['a BigInt64Array', `new BigInt64Array([1n, -2n])`],
  ['a long Int16Array', `Int16Array.from({ length: 40 }, (_, i) => i * 100 - 2000)`],
  ['an ArrayBuffer', `new Uint8Array([1, 2]).buffer`],
  ['a Map in an object', `({ m: new Map([[{ k: 1 }, new Set(['v'])]]) })`],
  ['Map iterators', `(() => { const m = new Map([['a', 1], ['b', { c: 2 }]]); return [m.entries(), m.keys(), m.values()] })()`],
  ['Set iterators', `(() => { const s = new Set([1, 'x']); return [s.entries(), s.values()] })()`],
  ['a partly consumed iterator', `(() => { const it = new Map([[1, 2], [3, 4]]).entries(); it.next(); return it })()`],
  ['an exhausted iterator', `(() => { const it = new Set([1]).values(); it.next(); it.next(); return it })()`],
  ['an iterator with showHidden', `new Map([[1, 2]]).entries()`, { showHidden: true }],
  ['an array iterator', `[1, 2][Symbol.iterator]()`],
  ['a DataView', `new DataView(new ArrayBuffer(4), 1)`],
  ['a typed array with showHidden', `new Uint8Array([5, 6])`, { showHidden: true }],
  ['a Date with a property', `Object.assign(new Date(86400000), { tz: 'UTC' })`],
  ['a RegExp with a property', `Object.assign(/a+b/i, { x: 1 })`],
  ['a subclass of Map', `(() => { class M extends Map {} return new M([[1, 2]]) })()`],
  ['a subclass of Array', `(() => { class A extends Array {} return A.from([1, 2]) })()`],
  ['a subclass of Set with a tag', `(() => { class S extends Set { get [Symbol.toStringTag]() { return 'Tagged' } } return new S([1]) })()`],
  ['a null-prototype array', `Object.setPrototypeOf([1, 2], null)`],
  ['a null-prototype Map', `Object.setPrototypeOf(new Map([[1, 2]]), null)`],
  ['a null-prototype function', `Object.setPrototypeOf(function f() {}, null)`],
  ['a null-prototype boxed number', `Object.setPrototypeOf(new Number(1), null)`],
  ['a null-prototype Date', `Object.setPrototypeOf(new Date(0), null)`],
  ['a bound function', `(function f() {}).bind(null)`],
  ['built-in functions', `[Math.max, Array, Map, Object.prototype.toString, Symbol]`],
  ['global namespace objects', `[Math, JSON, Reflect]`],
  ['built-in prototypes', `[Symbol.prototype, Number.prototype, Array.prototype, Map.prototype, Error.prototype]`],
  ['a generator object', `(function* () {})()`],
];

const options: Case[] = [
  ['depth 0', `({ a: { b: 1 }, c: [1] })`, { depth: 0 }],
  ['depth Infinity', `({ a: { b: { c: { d: { e: 1 } } } } })`, { depth: Infinity }],
  ['depth null', `[[[[[1]]]]]`, { depth: null }],
  ['compact false', `({ a: 1, b: [1, 2] })`, { compact: false }],
  ['compact true', `({ a: 1, b: { c: [1, 2, 3] } })`, { compact: true }],
  ['compact true with a long value', `({ alpha: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' })`, { compact: true }],
  ['compact 1', `({ a: { b: { c: 1 } } })`, { compact: 1 }],
  ['breakLength 20', `({ a: 1, b: 2, c: 3, d: 4, e: 5 })`, { breakLength: 20 }],
  ['breakLength Infinity', `({ alpha: 'aaaaaaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccccccccc' })`, { breakLength: Infinity }],
  ['showHidden on an array', `[1, 2]`, { showHidden: true }],
  ['showHidden on an error-free function', `(function f(a, b) {})`, { showHidden: true }],
  ['sorted', `({ b: 1, a: 2, c: { z: 1, y: 2 } })`, { sorted: true }],
  ['colors', `({ s: 'x', n: 1, b: true, u: undefined, z: null, y: Symbol('q'), f() {}, d: new Date(0), r: /x/ })`, { colors: true }],
  ['getters: true', `({ get a() { return 1 }, get o() { return { x: 1 } }, get n() { return null } })`, { getters: true }],
  ['numericSeparator', `[1234567, 1234.5678, 123n, 12345678901234567890n]`, { numericSeparator: true }],
  ['showProxy', `[new Proxy({ a: 1 }, { get() {} }), new Proxy([], {})]`, { showProxy: true }],
  ['a proxy without showProxy', `new Proxy({ a: 1 }, {})`],
  ['a revoked proxy', `(() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy })()`],
  ['a proxy of a function', `new Proxy(function f() {}, {})`],
  ['sorted with an array', `Object.assign([3, 1, 2], { z: 1, a: 2 })`, { sorted: true }],
  ['sorted Map', `new Map([['b', 1], ['a', 2]])`, { sorted: true }],
  ['a symbol key that needs escaping', `({ [Symbol('a\\nb')]: 1, [Symbol('it\\'s')]: 2 })`],
  ['a multi-line string in an array', `['a string that is long enough to break over\\nseveral lines when it is shown in a container, yes']`],
  ['a circular reference with compact true', `(() => { const a = { x: 1 }; a.self = a; return a })()`, { compact: true }],
];

describe('util.inspect over guest values', () => {
  let env: GuestEnv;
  before(() => {
    env = makeGuestEnv();
  });

  const check = ([title, src, opts]: Case): void => {
    it(title, () => {
      // eslint-disable-next-line no-eval
      // A fresh context: other suites in this process may have touched the host's own intrinsics.
      const expected = util.inspect(vm.runInNewContext(src), opts);
      const guest = env.guestOf(src);
      const actual = env.run(() => inspect(guest, opts));
      assert.strictEqual(actual, expected);
    });
  };

  describe('primitives', () => primitives.forEach(check));
  describe('arrays', () => arrays.forEach(check));
  describe('objects', () => objects.forEach(check));
  describe('functions', () => functions.forEach(check));
  describe('errors', () => errors.forEach(check));
  describe('boxed primitives and arguments', () => boxed.forEach(check));
  describe('built-in objects', () => builtins.forEach(check));
  describe('options', () => options.forEach(check));

  describe('promises', () => {
    const promiseOf = (how: 'resolve' | 'reject' | 'pending', v: Value): Value => env.run(() => {
      const P = env.ouro.realm.intrinsic('%Promise%');
      if (how === 'pending') {
        const executor = CreateBuiltinFunction(env.ouro.realm, () => undefined, 2, '');
        return P.Construct([executor], P);
      }
      const f = P.Get(how, P) as JSObject;
      return f.Call(P, [v]);
    });
    it('a fulfilled promise', () => {
      assert.strictEqual(env.run(() => inspect(promiseOf('resolve', 1))), util.inspect(Promise.resolve(1)));
    });
    it('a pending promise', () => {
      assert.strictEqual(env.run(() => inspect(promiseOf('pending', undefined))), util.inspect(new Promise(() => {})));
    });
    it('a rejected promise', () => {
      const hostErr = new Error('no');
      hostErr.stack = 'Error: no\n    at f (file.js:1:2)';
      const host = Promise.reject(hostErr);
      host.catch(() => {});
      const guestErr = env.guestOf(`(() => { const e = new Error('no'); e.stack = 'Error: no\\n    at f (file.js:1:2)'; return e })()`);
      const p = promiseOf('reject', guestErr);
      assert.strictEqual(env.run(() => inspect(p)), util.inspect(host));
    });
    it('a promise of an object', () => {
      const o = env.guestOf(`({ a: [1, 2] })`);
      assert.strictEqual(env.run(() => inspect(promiseOf('resolve', o))), util.inspect(Promise.resolve({ a: [1, 2] })));
    });
  });

  describe('custom inspection', () => {
    const custom = (impl: (args: Value[]) => Value): JSObject => env.run(() => {
      const o = env.guestOf('({ a: 1 })') as JSObject;
      const f = CreateBuiltinFunction(env.ouro.realm, (_t, args) => impl(args), 3, 'inspect');
      const sym = env.guestOf(`Symbol.for('nodejs.util.inspect.custom')`);
      o.addProperty(sym as any, f, W | E | C);
      return o;
    });
    it('a custom inspect method returning a string', () => {
      const o = custom(() => 'CUSTOM');
      assert.strictEqual(env.run(() => inspect(o)), 'CUSTOM');
    });
    it('a custom inspect method gets depth and options, and its result is indented', () => {
      let seenDepth: Value;
      let seenOptions: Value;
      const o = custom((args) => {
        seenDepth = args[0];
        seenOptions = args[1];
        return 'line1\nline2';
      });
      const outer = env.run(() => {
        const w = env.guestOf('({})') as JSObject;
        w.addProperty('inner', o, W | E | C);
        return w;
      });
      const host = { inner: { [util.inspect.custom]: () => 'line1\nline2' } };
      assert.strictEqual(env.run(() => inspect(outer)), util.inspect(host));
      assert.strictEqual(seenDepth, 1);
      assert.ok(seenOptions instanceof JSObject);
      assert.strictEqual(env.run(() => (seenOptions as JSObject).Get('breakLength', seenOptions)), 80);
    });
    it('a custom inspect method returning an object is inspected', () => {
      const o = custom(() => env.guestOf('({ replaced: [1, 2] })'));
      assert.strictEqual(env.run(() => inspect(o)), util.inspect({ replaced: [1, 2] }));
    });
    it('customInspect: false ignores the method', () => {
      const o = custom(() => 'CUSTOM');
      assert.match(env.run(() => inspect(o, { customInspect: false })), /^\{ a: 1, \[Symbol\(nodejs\.util\.inspect\.custom\)\]: \[Function: inspect\] \}$/);
    });
    it('the third argument inspects like util.inspect', () => {
      const o = custom((args) => {
        const fn = args[2] as JSObject;
        return fn.Call(undefined, [env.guestOf('[1, { b: 2 }]')]);
      });
      assert.strictEqual(env.run(() => inspect(o)), '[ 1, { b: 2 } ]');
    });
  });

  describe('the guest inspect function', () => {
    it('takes an options object', () => {
      const f = guestInspectFunction(env.ouro.realm);
      const v = env.guestOf(`({ a: { b: { c: {} } }, s: [3, 1] })`);
      const opts = env.guestOf(`({ depth: 0, compact: false })`);
      assert.strictEqual(env.run(() => f.Call(undefined, [v, opts])), util.inspect({ a: { b: { c: {} } }, s: [3, 1] }, { depth: 0, compact: false }));
    });
    it('takes the legacy (value, showHidden, depth) arguments', () => {
      const f = guestInspectFunction(env.ouro.realm);
      const v = env.guestOf(`[[[[1]]]]`);
      assert.strictEqual(env.run(() => f.Call(undefined, [v, true, 0])), util.inspect([[[[1]]]], true, 0));
    });
    it('has the custom symbol as .custom', () => {
      const f = guestInspectFunction(env.ouro.realm);
      assert.strictEqual(env.run(() => f.Get('custom', f)), env.guestOf(`Symbol.for('nodejs.util.inspect.custom')`));
    });
  });

  describe('util.format', () => {
    const formatCases: [string, string][] = [
      ['%s with a string and a number', `['%s is %s', 'x', 42]`],
      ['%d, %i and %f', `['%d %i %f', '42.5', 42.9, '1.5e3']`],
      ['%d with a bigint and %i with a symbol', `['%d %i', 5n, Symbol('s')]`],
      ['%j', `['%j', { a: [1, 'x'] }]`],
      ['%o and %O', `['%o / %O', { a: 1 }, { b: { c: { d: {} } } }]`],
      ['%c is dropped and %% is a percent', `['a%cb %% c', 'color: red']`],
      ['too few arguments leave placeholders', `['%s and %s', 'one']`],
      ['extra arguments are inspected and joined', `['x', 1, 'y', { z: [2] }]`],
      ['no format string', `[{ a: 1 }, 'b', [3]]`],
      ['%s on an object and an array', `['%s|%s', { a: { b: 1 } }, [1, [2, [3]]]]`],
      ['%s on an error', `['%s', (() => { const e = new Error('E'); e.stack = 'Error: E\\n    at x (y.js:1:1)'; return e })()]`],
      ['%s on null, undefined and -0', `['%s %s %s', null, undefined, -0]`],
      ['an unknown placeholder is kept', `['%x %s', 'a']`],
      ['a lone % at the end', `['100%', 1]`],
      ['%s uses an own toString', `['%s', { toString() { return 'T!' } }]`],
      ['%s uses a class toString', `['%s', new (class A { toString() { return 'A!' } })()]`],
      ['%s on a class instance without toString', `['%s', new (class B { constructor() { this.x = 1 } })()]`],
      ['%s on a symbol, a bigint and a function', `['%s %s %s', Symbol('q'), 12n, function f() {}]`],
      ['%d on an object with valueOf', `['%d', { valueOf() { return 7 } }]`],
      ['%i on a negative float string and %f on garbage', `['%i %f', '-42.9', 'abc']`],
      ['%j on undefined and a function', `['%j %j', undefined, function () {}]`],
      ['%j on a circular structure', `['%j', (() => { const a = {}; a.a = a; return a })()]`],
    ];
    for (const [title, src] of formatCases) {
      it(title, () => {
        // eslint-disable-next-line no-eval
        const expected = util.format(...(0, eval)(src));
        const guest = env.guestOf(src) as JSObject;
        const actual = env.run(() => {
          const len = guest.Get('length', guest) as number;
          const args: Value[] = [];
          for (let i = 0; i < len; i++) args.push(guest.Get(String(i), guest));
          return format(args);
        });
        assert.strictEqual(actual, expected);
      });
    }
  });
});
