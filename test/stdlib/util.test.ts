import * as assert from 'assert';
import { loadPure, guestEval, hostEval, type PureEnv } from './load-pure';

/** Values of every kind, as source (for util.types and the deep-equality tables). */
const VALUES = [
  'undefined', 'null', '0', '-0', 'NaN', '1n', '"s"', 'Symbol.iterator', 'true', '{}', '[]', '[1, , 3]', 'Object.create(null)',
  'new Date(0)', 'new Date(NaN)', '/a/g', 'new RegExp("x", "y")', 'new Map([[1, 2]])', 'new Set([1])', 'new WeakMap()', 'new WeakSet()',
  'new Map().keys()', 'new Set().values()', '[].values()', 'Promise.resolve(1)', 'new Promise(() => {})', 'new Error("e")', 'new TypeError("t")',
  'Object.create(Error.prototype)', 'new (class E extends Error {})()', 'new ArrayBuffer(2)', 'new SharedArrayBuffer(2)', 'new DataView(new ArrayBuffer(2))',
  'new Uint8Array(2)', 'new Uint8ClampedArray(1)', 'new Int8Array(1)', 'new Uint16Array(1)', 'new Int16Array(1)', 'new Uint32Array(1)', 'new Int32Array(1)',
  'new Float32Array(1)', 'new Float64Array(1)', 'new BigInt64Array(1)', 'new BigUint64Array(1)', 'new Number(1)', 'new String("s")', 'new Boolean(false)',
  'Object(1n)', 'Object(Symbol())', '(function () { return arguments; })(1)', 'function f() {}', '() => {}', 'async function af() {}', 'async () => {}',
  'function* g() {}', 'async function* ag() {}', '(function* () {})()', '(async function* () {})()', 'class C {}', '(function () {}).bind(null)',
  'Math.max', 'new Proxy({}, {})', 'new Proxy([], {})', 'new Proxy(function () {}, {})', '({ [Symbol.toStringTag]: "Map" })',
  'Object.setPrototypeOf({}, Map.prototype)', 'new (class M extends Map {})()', 'new (class P extends Promise {})(() => {})', 'Object.setPrototypeOf(new Uint8Array(1), Int8Array.prototype)',
];

describe('util', () => {
  let env: PureEnv;
  before(() => {
    env = loadPure();
  });

  function same(src: string): void {
    assert.deepStrictEqual(guestEval(env, src), hostEval(src), src);
  }

  /** Runs an async expression in both; the guest's settles through the realm's job queue. */
  async function sameAsync(src: string): Promise<void> {
    env.run(`globalThis.__settled = undefined; (${src}).then((v) => { __settled = { value: v }; }, (e) => { __settled = { error: { name: e && e.name, code: e && e.code, message: e && e.message } }; })`);
    // Jobs queued by process.nextTick shims run when the next script ends.
    for (let i = 0; i < 5; i++) env.run('0');
    const guest = JSON.parse(JSON.stringify(env.run('__settled')));
    // eslint-disable-next-line no-new-func
    const host = await (new Function('require', `return (${src});`)(require) as Promise<unknown>).then(
      (v) => ({ value: v }), (e: any) => ({ error: { name: e && e.name, code: e && e.code, message: e && e.message } }));
    assert.deepStrictEqual(guest, JSON.parse(JSON.stringify(host)), src);
  }

  it('has Node\'s exports in Node\'s order, and util/types is util.types', () => {
    same(`Object.keys(require('util'))`);
    same(`Object.keys(require('util').types)`);
    assert.deepStrictEqual(guestEval(env, `require('util/types') === require('util').types`), { value: true });
  });

  describe('types', () => {
    it('answers every predicate for values of every kind as Node does', () => {
      const src = `(() => { const t = require('util').types; const names = Object.keys(t);
        return [${VALUES.join(', ')}].map((v) => names.filter((n) => t[n](v)).join(' ')); })()`;
      same(src);
    });
    it('the legacy is* functions', () => {
      const src = `(() => { const u = require('util'); const names = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
        'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
        return [${VALUES.join(', ')}].map((v) => names.filter((n) => u[n](v)).join(' ')); })()`;
      same(src);
    });
  });

  describe('isDeepStrictEqual and the loose comparison', () => {
    const PAIRS: [string, string][] = [
      ['1', '1'], ['1', '"1"'], ['0', '-0'], ['NaN', 'NaN'], ['null', 'undefined'], ['{}', '[]'], ['[1, 2]', '[1, 2]'], ['[1, 2]', '[2, 1]'],
      ['[1, , 3]', '[1, undefined, 3]'], ['[1, , 3]', '[1, , 3]'], ['{ a: 1 }', '{ a: 1, b: undefined }'], ['{ a: [1, { b: 2 }] }', '{ a: [1, { b: 2 }] }'],
      ['{ a: 1 }', 'Object.create(null, { a: { value: 1, enumerable: true } })'], ['new Date(0)', 'new Date(0)'], ['new Date(0)', 'new Date(1)'],
      ['/a/g', '/a/g'], ['/a/g', '/a/i'], ['(() => { const r = /a/g; r.lastIndex = 2; return r; })()', '/a/g'],
      ['new Map([[1, { a: 1 }]])', 'new Map([[1, { a: 1 }]])'], ['new Map([[{}, 1]])', 'new Map([[{}, 1]])'], ['new Map([[{ a: 1 }, 1], [{ a: 2 }, 2]])', 'new Map([[{ a: 2 }, 2], [{ a: 1 }, 1]])'],
      ['new Map([[1, 1]])', 'new Map([["1", 1]])'], ['new Set([1, 2])', 'new Set([2, 1])'], ['new Set([{ a: 1 }, { b: 2 }])', 'new Set([{ b: 2 }, { a: 1 }])'],
      ['new Set([1])', 'new Set(["1"])'], ['new Set([null])', 'new Set([undefined])'], ['new Set([[1], [1]])', 'new Set([[1], [2]])'],
      ['new Uint8Array([1, 2])', 'new Uint8Array([1, 2])'], ['new Uint8Array([1, 2])', 'new Int8Array([1, 2])'], ['new Float64Array([0])', 'new Float64Array([-0])'],
      ['new Float32Array([NaN])', 'new Float32Array([NaN])'], ['new ArrayBuffer(2)', 'new ArrayBuffer(2)'], ['new ArrayBuffer(2)', 'new SharedArrayBuffer(2)'],
      ['new Error("a")', 'new Error("a")'], ['new Error("a")', 'new Error("b")'], ['new Error("a")', 'new TypeError("a")'], ['new Error("a", { cause: 1 })', 'new Error("a", { cause: 2 })'],
      ['new Number(1)', 'new Number(1)'], ['new Number(1)', 'new Number(2)'], ['new String("a")', 'new String("a")'], ['new String("a")', '"a"'],
      ['Object(1n)', 'Object(1n)'], ['Object(Symbol.iterator)', 'Object(Symbol.iterator)'], ['new Boolean(true)', 'new Boolean(false)'],
      ['{ [Symbol.for("s")]: 1 }', '{ [Symbol.for("s")]: 1 }'], ['{ [Symbol.for("s")]: 1 }', '{}'], ['(() => { const a = [1]; a.x = 2; return a; })()', '[1]'],
      ['(() => { const a = { x: 1 }; a.self = a; return a; })()', '(() => { const b = { x: 1 }; b.self = b; return b; })()'],
      ['(() => { const a = { x: 1 }; a.self = a; return a; })()', '(() => { const b = { x: 1 }; b.self = { x: 1, self: b }; return b; })()'],
      ['(() => { const a = [[[1]]]; a.push(a); return a; })()', '(() => { const b = [[[1]]]; b.push(b); return b; })()'],
      ['new (class A {})()', 'new (class B {})()'], ['Object.create({ x: 1 })', '{}'], ['{ a: 1n }', '{ a: 1n }'], ['[1n]', '[1]'],
      ['new Map([[NaN, 1]])', 'new Map([[NaN, 1]])'], ['new Set([NaN])', 'new Set([NaN])'], ['function f() {}', 'function f() {}'],
      ['new URL("http://a/")', 'new URL("http://a/")'], ['(function () { return arguments; })(1)', '[1]'], ['{ 0: 1, length: 1 }', '[1]'],
    ];
    it('isDeepStrictEqual agrees with Node over a table of pairs', () => {
      const src = `[${PAIRS.map(([a, b]) => `[${a}, ${b}]`).join(', ')}].map(([a, b]) => [require('util').isDeepStrictEqual(a, b), require('util').isDeepStrictEqual(b, a)])`;
      same(src.replace(/new URL\(/g, "new (require('url').URL)("));
    });
    it('the loose comparison (assert.deepEqual\'s) agrees with Node', () => {
      const list = `[${PAIRS.map(([a, b]) => `[${a}, ${b}]`).join(', ')}]`.replace(/new URL\(/g, "new (require('url').URL)(");
      const guest = guestEval(env, `${list}.map(([a, b]) => [require('internal/util/comparisons').isDeepEqual(a, b), require('internal/util/comparisons').isDeepEqual(b, a)])`);
      const host = hostEval(`${list}.map(([a, b]) => [a, b].map((_, i) => { try { require('assert').deepEqual(i ? b : a, i ? a : b); return true; } catch { return false; } }))`);
      assert.deepStrictEqual(guest, host);
    });
  });

  describe('promisify', () => {
    it('turns a callback-last function into one returning a promise', async () => {
      await sameAsync(`require('util').promisify((a, b, cb) => cb(null, a + b))(1, 2)`);
      await sameAsync(`require('util').promisify((cb) => cb(new TypeError('bad')))()`);
      await sameAsync(`require('util').promisify(function (cb) { cb(null, this.x); }).call({ x: 7 })`);
      await sameAsync(`require('util').promisify((cb) => cb(null, 1, 2, 3))()`);
      await sameAsync(`require('util').promisify((cb) => { throw new RangeError('sync'); })()`);
    });
    it('uses util.promisify.custom, and keeps the original\'s properties', () => {
      same(`(() => { const u = require('util'); function f(cb) {} f.custom = () => 1; f[u.promisify.custom] = f.custom; const p = u.promisify(f);
        function g(a, cb) {} g.extra = 5; const pg = u.promisify(g);
        return [p === f.custom, u.promisify.custom === Symbol.for('nodejs.util.promisify.custom'), pg.extra, pg.name, pg.length, u.promisify(pg) === pg,
          Object.getPrototypeOf(u.promisify(async function () {})) === Object.getPrototypeOf(async function () {})]; })()`);
      same(`require('util').promisify(5)`);
      same(`(() => { function f() {} f[require('util').promisify.custom] = 5; return require('util').promisify(f); })()`);
    });
  });

  describe('callbackify', () => {
    it('calls back with the result or the rejection, on nextTick', async () => {
      const run = (body: string): string => `new Promise((resolve) => { const cb = require('util').callbackify(${body});
        cb(1, function (err, v) { resolve([err === null ? null : { name: err.name, code: err.code, message: err.message, reason: err.reason }, v]); }); })`;
      await sameAsync(run('async (x) => x + 1'));
      await sameAsync(run('async () => { throw new TypeError("no"); }'));
      await sameAsync(run('() => Promise.reject(null)'));
      await sameAsync(run('() => Promise.reject(0)'));
      await sameAsync(run('() => Promise.reject("")'));
    });
    it('names and lengths the wrapper, and validates arguments', () => {
      same(`(() => { const u = require('util'); async function fn(a, b) {} const c = u.callbackify(fn); return [c.name, c.length]; })()`);
      same(`require('util').callbackify(5)`);
      same(`require('util').callbackify(async () => {})(1)`);
    });
  });

  describe('inherits and _extend', () => {
    it('sets super_ and the prototype chain', () => {
      same(`(() => { const u = require('util'); function A() {} A.prototype.a = 1; function B() {} u.inherits(B, A);
        const d = Object.getOwnPropertyDescriptor(B, 'super_'); return [B.super_ === A, new B().a, new B() instanceof A, d.enumerable, d.writable, d.configurable]; })()`);
      for (const args of ['null, function () {}', 'function () {}, null', 'function () {}, {}', 'function () {}, Object.create(null)']) {
        same(`require('util').inherits(${args})`);
      }
    });
    it('_extend copies own enumerable keys', () => {
      same(`[require('util')._extend({ a: 1 }, { b: 2, c: 3 }), require('util')._extend({ a: 1 }, null), require('util')._extend({ a: 1 }, 'xy')]`);
    });
  });

  describe('deprecate', () => {
    it('warns once per code, and once per function without one', () => {
      const w = loadPure();
      w.run(`const u = require('util'); const f = u.deprecate(() => 1, 'f is old', 'DEP0X1'); const g = u.deprecate(() => 2, 'g is old', 'DEP0X1');
        const h = u.deprecate(function h() { return 3; }, 'h is old'); f(); f(); g(); h(); h();`);
      assert.deepStrictEqual(w.warnings(), ['DeprecationWarning: f is old (DEP0X1)', 'DeprecationWarning: h is old']);
    });
    it('is silent with process.noDeprecation; keeps the function working as a constructor', () => {
      const w = loadPure();
      assert.deepStrictEqual(w.run(`process.noDeprecation = true; const u = require('util'); class K { constructor() { this.v = 1; } }
        const D = u.deprecate(K, 'K is old'); const k = new D(); [k.v, k instanceof K, k instanceof D]`), [1, true, true]);
      assert.deepStrictEqual(w.warnings(), []);
    });
    it('validates the code', () => {
      same(`require('util').deprecate(() => {}, 'm', 5)`);
    });
  });

  describe('debuglog', () => {
    it('writes "SECTION pid: message" to stderr when NODE_DEBUG names the section', () => {
      const w = loadPure({ env: { NODE_DEBUG: 'foo,ba*' } });
      const out = w.run(`const u = require('util'); const a = u.debuglog('foo'); const b = u.debuglog('bar'); const c = u.debuglog('baz'); const d = u.debuglog('qux');
        a('hello %s', 'world'); b({ x: 1 }); d('nothing'); [a.enabled, b.enabled, c.enabled, d.enabled, process.stderr.written]`);
      assert.deepStrictEqual(out, [true, true, true, false, 'FOO 4242: hello world\nBAR 4242: { x: 1 }\n']);
    });
    it('calls the callback with the real logger on first use', () => {
      const w = loadPure({ env: { NODE_DEBUG: 'x' } });
      assert.deepStrictEqual(w.run(`let got; const l = require('util').debuglog('x', (fn) => { got = typeof fn; }); l('m'); got`), 'function');
    });
  });

  describe('TextEncoder and TextDecoder', () => {
    it('encode and encodeInto as Node does', () => {
      same(`(() => { const { TextEncoder } = require('util'); const e = new TextEncoder();
        const buf = new Uint8Array(5); const r1 = e.encodeInto('a\\u00e9\\ud83d\\ude00', buf);
        return [e.encoding, Array.from(e.encode('h\\u00e9\\ud800\\udfff\\ud800x')), Array.from(e.encode()), Array.from(e.encode(undefined)), Array.from(e.encode(12)),
          r1, Array.from(buf), e.encodeInto('', new Uint8Array(0)), Object.keys(TextEncoder.prototype), Object.prototype.toString.call(e)]; })()`);
      for (const bad of [`new (require('util').TextEncoder)().encodeInto(1, new Uint8Array(1))`, `new (require('util').TextEncoder)().encodeInto('a', [])`,
        `require('util').TextEncoder.prototype.encode.call({})`, `Object.getOwnPropertyDescriptor(require('util').TextEncoder.prototype, 'encoding').get.call(null)`]) {
        same(bad);
      }
    });
    it('decode UTF-8, UTF-16 and latin1 with fatal, ignoreBOM and streaming as Node does', () => {
      same(`(() => { const { TextDecoder } = require('util'); const out = [];
        const bytes = [[0xef, 0xbb, 0xbf, 0x41], [0xe2, 0x82], [0xac], [0xf0, 0x9f, 0x98], [0x80, 0xff, 0xc3], [0x28, 0xed, 0xa0, 0x80]];
        for (const label of ['utf-8', 'UTF8', ' utf-8 ', 'utf-16le', 'utf-16be', 'latin1', 'ascii', 'unicode-1-1-utf-8']) {
          for (const opts of [{}, { ignoreBOM: true }]) {
            const d = new TextDecoder(label, opts);
            out.push(d.encoding, d.fatal, d.ignoreBOM, bytes.map((b) => d.decode(new Uint8Array(b), { stream: true })).join('|') + '|' + d.decode());
            out.push(bytes.map((b) => d.decode(new Uint8Array(b))).join('|'));
          }
        }
        const f = new TextDecoder('utf-8', { fatal: true });
        for (const b of [[0x41], [0xff], [0xe2, 0x82], [0xed, 0xa0, 0x80]]) { try { out.push(f.decode(new Uint8Array(b))); } catch (e) { out.push([e.name, e.code, e.message]); } }
        const d16 = new TextDecoder('utf-16le', { fatal: true }); try { d16.decode(new Uint8Array([0, 0xd8])); } catch (e) { out.push(e.code); }
        out.push(new TextDecoder().decode(new Uint16Array([0x4141]).buffer), new TextDecoder().decode(new DataView(new Uint8Array([0x42, 0x43]).buffer, 1)),
          new TextDecoder().decode(new SharedArrayBuffer(1)));
        return out; })()`);
    });
    it('throws Node\'s errors for bad labels, options, inputs and receivers', () => {
      for (const bad of [`new (require('util').TextDecoder)('nope')`, `new (require('util').TextDecoder)('utf-8', 5)`, `new (require('util').TextDecoder)().decode('str')`,
        `new (require('util').TextDecoder)().decode(new Uint8Array(1), 5)`, `new (require('util').TextDecoder)('utf-16le').decode(new Uint8Array(1), 5)`,
        `new (require('util').TextDecoder)('utf-16le').decode('s')`, `new (require('util').TextDecoder)('latin1').decode('s')`,
        `(() => { const d = new (require('util').TextDecoder)(); d.decode(new Uint8Array(1), { stream: true }); return d.decode(5); })()`,
        `require('util').TextDecoder.prototype.decode.call({}, new Uint8Array(1))`,
        `Object.getOwnPropertyDescriptor(require('util').TextDecoder.prototype, 'fatal').get.call({})`, `Object.keys(require('util').TextDecoder.prototype)`]) {
        same(bad);
      }
    });
    it('long inputs decode the same with the runtime\'s encoding binding and without it', () => {
      const src = `(() => { const s = 'h\\u00e9\\u20ac\\ud83d\\ude00x\\ud800'.repeat(50); const { TextEncoder, TextDecoder } = require('util');
        const b = new TextEncoder().encode(s); const bad = new Uint8Array([...b, 0xff, 0xef, 0xbb, 0xbf]);
        let fatal; try { new TextDecoder('utf-8', { fatal: true }).decode(bad); } catch (e) { fatal = e.code; }
        return [b.length, new TextDecoder().decode(b) === s.replace('\\ud800', '\\ufffd').replace(/\\ud800/g, '\\ufffd'), new TextDecoder().decode(bad).slice(-3), fatal,
          new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, ...b])).length]; })()`;
      assert.deepStrictEqual(guestEval(loadPure({ pureOnly: true }), src), hostEval(src));
      same(src);
    });
    it('inspects as Node does', () => {
      same(`[require('util').inspect(new (require('util').TextDecoder)('utf-16le', { fatal: true })), require('util').inspect(new (require('util').TextEncoder)())]`);
    });
  });

  describe('parseArgs', () => {
    const CONFIGS = [
      `{ args: ['-f', '--bar', 'b'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } } }`,
      `{ args: ['-abc', 'x'], options: { a: { type: 'boolean' }, b: { type: 'boolean' }, c: { type: 'string' } } }`,
      `{ args: ['-ab'], options: { a: { type: 'boolean' }, b: { type: 'string' } } }`,
      `{ args: ['-bVAL', '--c=1', '--c=2'], options: { b: { type: 'string' }, c: { type: 'string', multiple: true } } }`,
      `{ args: ['pos', '--', '--not-an-option'], allowPositionals: true, tokens: true }`,
      `{ args: ['--unknown'], strict: false, tokens: true }`,
      `{ args: ['--unknown'] }`, `{ args: ['pos'] }`, `{ args: ['--s'], options: { s: { type: 'string' } } }`,
      `{ args: ['--b=x'], options: { b: { type: 'boolean' } } }`, `{ args: ['--s', '-x'], options: { s: { type: 'string' } } }`,
      `{ args: ['-s', '--x'], options: { s: { type: 'string', short: 's' } } }`,
      `{ args: ['--no-color', '--color'], allowNegative: true, options: { color: { type: 'boolean' } }, tokens: true }`,
      `{ args: ['--no-color'], allowNegative: true, options: { color: { type: 'string' } } }`,
      `{ args: [], options: { d: { type: 'string', default: 'dv' }, m: { type: 'boolean', multiple: true, default: [true] } } }`,
      `{ args: ['--__proto__', 'x'], strict: false }`, `{ args: ['-x', 'y', 'z'], strict: false, tokens: true }`,
      `{ args: 5 }`, `{ args: [], strict: 'no' }`, `{ options: { a: { type: 'number' } }, args: [] }`, `{ options: { a: { type: 'string', short: 'ab' } }, args: [] }`,
      `{ options: { a: { type: 'string', default: 1 } }, args: [] }`, `{ options: { a: { type: 'boolean', multiple: 'x' } }, args: [] }`,
      `{ options: { a: { type: 'string', multiple: true, default: ['x', 1] } }, args: [] }`, `{ options: 5, args: [] }`,
    ];
    it('parses and validates as Node does', () => {
      for (const c of CONFIGS) same(`(() => { const r = require('util').parseArgs(${c}); return { values: { ...r.values }, protoNull: Object.getPrototypeOf(r.values) === null, positionals: r.positionals, tokens: r.tokens }; })()`);
    });
    it('reads process.argv after the script by default', () => {
      assert.deepStrictEqual(guestEval(env, `(() => { const saved = process.argv; process.argv = ['node', 'script', '--v']; try { return { ...require('util').parseArgs({ options: { v: { type: 'boolean' } } }).values }; } finally { process.argv = saved; } })()`), { value: { v: true } });
    });
  });

  describe('MIMEType and MIMEParams', () => {
    const MIMES = ['text/html', 'TEXT/HTML; Charset="UTF-8"', ' text/plain ;a=1;b="x;y";A=2 ', 'application/json;q=', 'a/b;c="d\\"e"',
      'a/b;c="unterminated', 'a/b;c="ends\\', 'a/b;;;x=y', 'a/b; x = y', 'a/b;x=\u00e9', 'a/b;x=\u0100', 'a/b;x="a b"', 'text', '/html', 'text/',
      'te xt/html', 'text/ht ml', '\ttext/html\n', 'a/b;=x;y', 'a/b;x="";y=z', 'a/b;x=1;x=2', 'image/svg+xml', 'a/b;k="\\"'];
    it('parses and serializes as Node does', () => {
      const src = `${JSON.stringify(MIMES)}.map((s) => { try { const m = new (require('util').MIMEType)(s);
        return [m.type, m.subtype, m.essence, String(m), [...m.params], JSON.stringify({ m }), m.params.get('x'), m.params.has('a')]; }
        catch (e) { return [e.name, e.code, e.message]; } })`;
      same(src);
    });
    it('setters and params.set validate as Node does', () => {
      const src = `(() => { const { MIMEType } = require('util'); const m = new MIMEType('a/b;x=1'); const out = [];
        for (const [k, v] of [['type', 'T'], ['type', 'b ad'], ['subtype', ''], ['subtype', 'SUB']]) { try { m[k] = v; out.push(String(m)); } catch (e) { out.push(e.code, e.message); } }
        for (const [k, v] of [['y', 'a b'], ['', 'x'], ['z', '\u0100'], ['w', ''], ['q', 'x"y']]) { try { m.params.set(k, v); out.push(String(m)); } catch (e) { out.push(e.code, e.message); } }
        m.params.delete('x'); out.push(String(m), [...m.params.keys()], [...m.params.values()]); return out; })()`;
      same(src);
    });
  });

  describe('the rest', () => {
    it('styleText', () => {
      same(`[require('util').styleText('red', 'x', { validateStream: false }), require('util').styleText(['bold', 'underline'], 'y', { validateStream: false }),
        require('util').styleText('grey', 'g', { validateStream: false })]`);
      same(`require('util').styleText('nope', 'x', { validateStream: false })`);
      same(`require('util').styleText('red', 5)`);
      same(`require('util').styleText('red', 'x', { stream: {} })`);
      same(`require('util').styleText('red', 'x', { validateStream: 1 })`);
      same(`require('util').styleText('red', 'x', { stream: { write() {}, isTTY: false } })`);
    });
    it('inspect.colors and inspect.styles', () => {
      same(`[Object.keys(require('util').inspect.colors), require('util').inspect.colors.grey, require('util').inspect.colors.faint, { ...require('util').inspect.styles }]`);
    });
    it('toUSVString, format, formatWithOptions, stripVTControlCharacters and inspect', () => {
      same(`[require('util').toUSVString('a\\ud800b\\udc00'), require('util').toUSVString(5), require('util').format('%s:%d:%i:%j %o', 'a', 1.5, 2.7, { b: 1 }, [1]),
        require('util').formatWithOptions({ compact: true }, '%O', { a: { b: { c: {} } } }), require('util').stripVTControlCharacters('\\u001b[31mred\\u001b[39m'),
        require('util').inspect(new Map([[1, { a: [1, 2] }]]), { depth: 0 })]`);
    });
    it('getSystemErrorName and getSystemErrorMap', () => {
      same(`[require('util').getSystemErrorName(-2), require('util').getSystemErrorMap().get(-2)]`);
      same(`require('util').getSystemErrorName(2)`);
      same(`require('util').getSystemErrorName('x')`);
    });
    it('log prints a timestamped message', () => {
      const w = loadPure();
      const out = w.run(`require('util').log('hi %d', 5); process.stdout.written`) as string;
      assert.match(out, /^\d{1,2} [A-Z][a-z]{2} \d\d:\d\d:\d\d - hi 5\n$/);
    });
    it('parseEnv', () => {
      same(`{ ...require('util').parseEnv('A=1\\nB = "two words"\\n# comment\\nexport C=x # trailing\\nD=\\'q\\'') }`);
    });
    it('aborted and the transferable helpers are there', () => {
      same(`[typeof require('util').aborted, typeof require('util').transferableAbortSignal, typeof require('util').transferableAbortController]`);
    });
  });
});
