import * as assert from 'assert';
import { Env, assertThrows, canEvaluate, guest, same } from './primitives-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import { ObjectPrototypeToString } from '../../../interpreter/intrinsics/Object';
import { f16round } from '../../../interpreter/intrinsics/Math';
import type { Value } from '../../../interpreter/values/value';

describe('Math', () => {
  const env = new Env();
  const M = env.get('Math') as JSObject;
  const math = (name: string, ...args: Value[]) => env.call(`Math.${name}`, M, ...args);

  it('is %Math%, an ordinary object tagged "Math"', () => {
    assert.strictEqual(env.realm.intrinsics['%Math%'], M);
    assert.strictEqual(M.GetPrototypeOf(), env.realm.ObjectPrototype);
    assert.ok(!M.isCallable);
    assert.strictEqual(M.Get(WellKnown.toStringTag, M), 'Math');
    assert.strictEqual(env.attrs(M, WellKnown.toStringTag), '--c');
    assert.strictEqual(env.run(() => ObjectPrototypeToString(M)), '[object Math]');
    assert.strictEqual(env.attrs(env.realm.globalObject, 'Math'), 'w-c');
  });

  it('has the constants, non-writable and non-configurable', () => {
    const consts: [string, number][] = [['E', Math.E], ['LN10', Math.LN10], ['LN2', Math.LN2], ['LOG10E', Math.LOG10E],
      ['LOG2E', Math.LOG2E], ['PI', Math.PI], ['SQRT1_2', Math.SQRT1_2], ['SQRT2', Math.SQRT2]];
    for (const [k, v] of consts) {
      assert.strictEqual(M.Get(k, M), v, k);
      assert.strictEqual(env.attrs(M, k), '---', k);
    }
  });

  it('has every ES2025 function (plus sumPrecise) with its spec length', () => {
    const lengths: Record<string, number> = {
      abs: 1, acos: 1, acosh: 1, asin: 1, asinh: 1, atan: 1, atanh: 1, atan2: 2, cbrt: 1, ceil: 1, clz32: 1, cos: 1, cosh: 1,
      exp: 1, expm1: 1, floor: 1, fround: 1, f16round: 1, hypot: 2, imul: 2, log: 1, log1p: 1, log10: 1, log2: 1, max: 2,
      min: 2, pow: 2, random: 0, round: 1, sign: 1, sin: 1, sinh: 1, sqrt: 1, sumPrecise: 1, tan: 1, tanh: 1, trunc: 1,
    };
    for (const [name, len] of Object.entries(lengths)) {
      const f = M.Get(name, M) as JSObject;
      assert.ok(f instanceof JSObject && f.isCallable, name);
      assert.strictEqual(f.Get('length', f), len, name);
      assert.strictEqual(f.Get('name', f), name);
      assert.strictEqual(env.attrs(M, name), 'w-c', name);
      assert.ok(!f.isConstructor, name);
    }
  });

  it('unary functions convert with ToNumber and match the host kernels', () => {
    const names = ['abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh', 'exp', 'expm1', 'floor',
      'fround', 'log', 'log1p', 'log10', 'log2', 'round', 'sign', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc'] as const;
    const inputs = [0, -0, 0.5, -0.5, 1, -1, 2.5, -2.5, 1e-300, 1e300, Infinity, -Infinity, NaN, 0.49999999999999994];
    for (const name of names) {
      for (const x of inputs) same(math(name, x), (Math[name] as (x: number) => number)(x), `${name}(${x})`);
    }
    same(math('abs', '-2'), 2);
    same(math('abs'), NaN);
    same(math('floor', null), 0);
    same(math('sqrt', env.valueOf(16)), 4);
    same(math('round', -0.4), -0);
  });

  it('functions reject symbols and BigInts (ToNumber throws)', () => {
    assertThrows(() => math('abs', WellKnown.iterator), 'TypeError', 'Cannot convert a Symbol value to a number');
    assertThrows(() => math('floor', 1n), 'TypeError', 'Cannot convert a BigInt value to a number');
    assertThrows(() => math('max', 1, 2n), 'TypeError');
  });

  it('max and min convert every argument in order, even after a NaN', () => {
    const log: string[] = [];
    same(math('max', env.valueOf(NaN, log, 'a'), env.valueOf(1, log, 'b'), env.valueOf(2, log, 'c')), NaN);
    assert.deepStrictEqual(log, ['a', 'b', 'c']);
    log.length = 0;
    same(math('min', env.valueOf(3, log, 'a'), env.valueOf(1, log, 'b')), 1);
    assert.deepStrictEqual(log, ['a', 'b']);
  });

  it('max and min: empty, signed zeros, infinities', () => {
    same(math('max'), -Infinity);
    same(math('min'), Infinity);
    same(math('max', -0, 0), 0);
    same(math('max', 0, -0), 0);
    same(math('max', -0, -0), -0);
    same(math('min', 0, -0), -0);
    same(math('min', -0, 0), -0);
    same(math('max', 1, Infinity, 3), Infinity);
    same(math('min', -Infinity, NaN), NaN);
    same(math('max', '10', 9), 10);
  });

  it('atan2 and pow convert y (base) before x (exponent), with the spec special cases', () => {
    const log: string[] = [];
    same(math('atan2', env.valueOf(1, log, 'y'), env.valueOf(1, log, 'x')), Math.PI / 4);
    assert.deepStrictEqual(log, ['y', 'x']);
    same(math('atan2', 0, -0), Math.PI);
    same(math('atan2', -0, 0), -0);
    same(math('pow', 2, 10), 1024);
    same(math('pow', 1, Infinity), NaN);
    same(math('pow', NaN, 0), 1);
    same(math('pow', -8, 1 / 3), NaN);
    same(math('pow', -0, -3), -Infinity);
  });

  it('hypot: special values, ToNumber of every argument, and V8-identical results', () => {
    same(math('hypot'), 0);
    same(math('hypot', -0), 0);
    same(math('hypot', 3, 4), 5);
    same(math('hypot', NaN, Infinity), Infinity);
    same(math('hypot', NaN, 1), NaN);
    same(math('hypot', -3), 3);
    same(math('hypot', 1e300, 1e300), Math.hypot(1e300, 1e300));
    const log: string[] = [];
    same(math('hypot', env.valueOf(Infinity, log, 'a'), env.valueOf(NaN, log, 'b')), Infinity);
    assert.deepStrictEqual(log, ['a', 'b']);
    let seed = 12345;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return (seed / 2147483648 - 0.5) * 10 ** ((seed % 40) - 20); };
    for (let i = 0; i < 200; i++) {
      const xs = Array.from({ length: 1 + (i % 5) }, rnd);
      same(math('hypot', ...xs), Math.hypot(...xs), `hypot(${xs})`);
    }
  });

  it('clz32 and imul use ToUint32', () => {
    same(math('clz32', 1), 31);
    same(math('clz32', 0), 32);
    same(math('clz32', -1), 0);
    same(math('clz32', 2 ** 32 + 1), 31);
    same(math('clz32', NaN), 32);
    same(math('imul', 0xffffffff, 5), -5);
    same(math('imul', 3, 4), 12);
    same(math('imul', 2 ** 31, 2), 0);
    same(math('imul', '7', 6), 42);
  });

  it('fround rounds to binary32', () => {
    same(math('fround', 5.5), 5.5);
    same(math('fround', 5.05), 5.050000190734863);
    same(math('fround', 2 ** 128), Infinity);
    same(math('fround', -0), -0);
  });

  it('f16round rounds straight to binary16, ties to even, with no double rounding', () => {
    same(math('f16round', 1.337), 1.3369140625);
    same(math('f16round', 65504), 65504);
    same(math('f16round', 65519.99), 65504);
    same(math('f16round', 65520), Infinity);
    same(math('f16round', -65520), -Infinity);
    same(math('f16round', 2 ** -24), 2 ** -24);
    same(math('f16round', 2 ** -25), 0);
    same(math('f16round', -(2 ** -25)), -0);
    same(math('f16round', 1.5 * 2 ** -25), 2 ** -24);
    same(math('f16round', 1 + 2 ** -11), 1);
    same(math('f16round', 1 + 3 * 2 ** -11), 1 + 2 ** -9);
    // Via binary32 this would round to 1 + 2^-11 first and then tie down to 1.
    same(math('f16round', 1 + 2 ** -11 + 2 ** -30), 1 + 2 ** -10);
    same(math('f16round', 2 ** -14), 2 ** -14);
    same(math('f16round', NaN), NaN);
    same(math('f16round', '0.1'), 0.0999755859375);
    same(f16round(5e-324), 0);
  });

  it('random returns a Number in [0, 1)', () => {
    for (let i = 0; i < 20; i++) {
      const r = math('random') as number;
      assert.ok(typeof r === 'number' && r >= 0 && r < 1);
    }
  });

  it('sumPrecise sums exactly, rounding only once', () => {
    const sum = (...xs: number[]) => math('sumPrecise', env.iterable(xs));
    same(sum(1e20, 0.1, -1e20), 0.1);
    same(sum(0.1, 0.2, 0.3), 0.6);
    same(sum(1e308, 1e308, -1e308), 1e308);
    same(sum(1e308, 1e308), Infinity);
    same(sum(-1e308, -1e308), -Infinity);
    same(sum(5e-324, 5e-324), 1e-323);
    same(sum(2 ** 53, 1, 1), 2 ** 53 + 2);
    same(sum(1, 2 ** -53), 1);
    same(sum(1 + 2 ** -52, 2 ** -53), 1 + 2 ** -51);
    same(sum(Number.MAX_VALUE, 2 ** 970), Infinity);
    same(sum(Number.MAX_VALUE, 2 ** 969), Number.MAX_VALUE);
    same(sum(-Number.MAX_VALUE, -(2 ** 970)), -Infinity);
    same(sum(3, -3), 0);
  });

  it('sumPrecise: signed zeros, infinities and NaN', () => {
    const sum = (...xs: number[]) => math('sumPrecise', env.iterable(xs));
    same(sum(), -0);
    same(sum(-0, -0), -0);
    same(sum(-0, 0), 0);
    same(sum(Infinity, 1), Infinity);
    same(sum(-Infinity, -Infinity), -Infinity);
    same(sum(Infinity, -Infinity), NaN);
    same(sum(NaN, Infinity), NaN);
    same(sum(1e308, 1e308, Infinity), Infinity);
  });

  it('sumPrecise rejects non-Numbers without converting, and closes the iterator', () => {
    let closed = 0;
    assertThrows(() => math('sumPrecise', env.iterable([1, '2' as any, 3], () => closed++)), 'TypeError');
    assert.strictEqual(closed, 1);
    assertThrows(() => math('sumPrecise', env.iterable([1, 2n as any])), 'TypeError');
    const log: string[] = [];
    assertThrows(() => math('sumPrecise', env.iterable([env.valueOf(1, log)])), 'TypeError');
    assert.deepStrictEqual(log, []);
  });

  it('sumPrecise requires an iterable', () => {
    assertThrows(() => math('sumPrecise'), 'TypeError');
    assertThrows(() => math('sumPrecise', null), 'TypeError');
    assertThrows(() => math('sumPrecise', 5), 'TypeError');
    assertThrows(() => math('sumPrecise', env.obj()), 'TypeError');
  });

  it('sumPrecise agrees with exact rational summation on random inputs', () => {
    let seed = 99;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
    for (let t = 0; t < 50; t++) {
      // Integers times a shared power of two: the exact sum is an integer we can round by hand.
      const xs = Array.from({ length: 1 + (rnd() % 8) }, () => (rnd() - 2 ** 30) * 2 ** ((rnd() % 60) - 30));
      let exact = 0n;
      const scale = 2n ** 60n;
      for (const x of xs) exact += BigInt(x * 2 ** 60) ;
      const expected = Number(exact) / Number(scale);
      // Number(bigint) rounds correctly to nearest; dividing by a power of two is exact here.
      same(math('sumPrecise', env.iterable(xs)), expected, `sumPrecise(${xs})`);
    }
  });

  (canEvaluate ? describe : describe.skip)('from guest source', () => {
    const { ev, throwsGuest } = guest();

    it('basic functions and constants', () => {
      assert.deepStrictEqual(ev('[Math.max(1, 3, 2), Math.min(4, 5), Math.abs(-2), Math.floor(-1.5), Math.trunc(-4.7), Math.sign(-3), Math.cbrt(27), Math.hypot(3, 4), Math.clz32(1), Math.imul(0xffffffff, 5), Math.PI === 3.141592653589793]'),
        [3, 4, 2, -2, -4, -1, 3, 5, 31, -5, true]);
    });

    it('argument conversions run in order, each exactly once', () => {
      assert.strictEqual(ev(`var log = [];
        function v(n, tag) { return { valueOf() { log.push(tag); return n; } }; }
        Math.max(v(NaN, "a"), v(1, "b")); Math.atan2(v(1, "y"), v(1, "x")); Math.pow(v(2, "base"), v(3, "exp")); Math.hypot(v(Infinity, "h1"), v(NaN, "h2"));
        log.join()`), 'a,b,y,x,base,exp,h1,h2');
    });

    it('signed zeros and NaN in max/min/round', () => {
      assert.deepStrictEqual(ev('[Object.is(Math.max(-0, 0), 0), Object.is(Math.min(0, -0), -0), Object.is(Math.round(-0.4), -0), Math.max(), Math.min(), Number.isNaN(Math.max(1, NaN))]'),
        [true, true, true, -Infinity, Infinity, true]);
    });

    it('fround and f16round', () => {
      assert.deepStrictEqual(ev('[Math.fround(5.05), Math.f16round(1.337), Math.f16round(65520), Math.f16round(1 + 2 ** -11 + 2 ** -30)]'),
        [5.050000190734863, 1.3369140625, Infinity, 1 + 2 ** -10]);
    });

    it('sumPrecise sums any iterable of Numbers exactly', () => {
      assert.deepStrictEqual(ev('[Math.sumPrecise([1e20, 0.1, -1e20]), Math.sumPrecise([0.1, 0.2, 0.3]), Math.sumPrecise([1e308, 1e308, -1e308]), Object.is(Math.sumPrecise([]), -0), Math.sumPrecise(new Set([1, 2])), Math.sumPrecise((function* () { yield 5; yield 6; })())]'),
        [0.1, 0.6, 1e308, true, 3, 11]);
    });

    it('sumPrecise rejects non-Numbers and closes the iterator', () => {
      throwsGuest('Math.sumPrecise(["1"])', 'TypeError');
      throwsGuest('Math.sumPrecise(5)', 'TypeError');
      assert.strictEqual(ev(`var closed = false;
        var it = { [Symbol.iterator]() { return this; }, next() { return { value: 1n, done: false }; }, return() { closed = true; return {}; } };
        try { Math.sumPrecise(it); } catch (e) { } closed`), true);
    });

    it('ToNumber errors propagate', () => {
      throwsGuest('Math.abs(Symbol())', 'TypeError', 'Cannot convert a Symbol value to a number');
      throwsGuest('Math.floor(1n)', 'TypeError', 'Cannot convert a BigInt value to a number');
    });

    it('Math is not callable or constructible, and is tagged "Math"', () => {
      throwsGuest('Math()', 'TypeError');
      throwsGuest('new Math.max()', 'TypeError');
      assert.deepStrictEqual(ev('[Object.prototype.toString.call(Math), typeof Math, Math.max.length, Math.random() < 1]'), ['[object Math]', 'object', 2, true]);
    });
  });
});
