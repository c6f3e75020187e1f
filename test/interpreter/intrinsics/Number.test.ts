import * as assert from 'assert';
import { Env, assertThrows, canEvaluate, guest, same } from './primitives-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { JSPrimitiveObject } from '../../../interpreter/exotics/primitive-wrapper';
import { ObjectPrototypeToString } from '../../../interpreter/intrinsics/Object';
import { ToObject } from '../../../interpreter/ops/type-conversion';
import { WellKnown } from '../../../interpreter/values/symbol';

describe('Number', () => {
  const env = new Env();
  const Number_ = env.get('Number') as JSObject;
  const proto = env.realm.intrinsics['%Number.prototype%'];
  const m = (name: string) => `Number.prototype.${name}`;

  it('is registered as %Number% and %Number.prototype% and linked both ways', () => {
    assert.strictEqual(env.realm.intrinsics['%Number%'], Number_);
    assert.strictEqual(Number_.Get('prototype', Number_), proto);
    assert.strictEqual(proto.Get('constructor', proto), Number_);
    assert.strictEqual(Number_.Get('length', Number_), 1);
    assert.strictEqual(env.attrs(Number_, 'prototype'), '---');
  });

  it('Number(v) converts with ToNumeric: strings, booleans, null, undefined, BigInts', () => {
    same(env.call('Number', undefined), 0);
    same(env.call('Number', undefined, undefined), NaN);
    same(env.call('Number', undefined, null), 0);
    same(env.call('Number', undefined, true), 1);
    same(env.call('Number', undefined, ' 0x1F '), 31);
    same(env.call('Number', undefined, '0b101'), 5);
    same(env.call('Number', undefined, '-0'), -0);
    same(env.call('Number', undefined, '1e1000'), Infinity);
    same(env.call('Number', undefined, '12px'), NaN);
    same(env.call('Number', undefined, 10n), 10);
    same(env.call('Number', undefined, 2n ** 64n + 1n), 18446744073709552000);
    same(env.call('Number', undefined, env.valueOf(7)), 7);
    same(env.call('Number', undefined, env.valueOf(7n)), 7);
  });

  it('Number(symbol) throws a TypeError', () => {
    assertThrows(() => env.call('Number', undefined, WellKnown.iterator), 'TypeError', 'Cannot convert a Symbol value to a number');
  });

  it('new Number(v) makes a Number object with the prototype from newTarget', () => {
    const o = env.construct('Number', ['42']);
    assert.ok(o instanceof JSPrimitiveObject && o.className === 'Number');
    assert.strictEqual((o as JSPrimitiveObject).value, 42);
    assert.strictEqual(o.GetPrototypeOf(), proto);
    same((env.construct('Number', []) as JSPrimitiveObject).value, 0);
    const p = env.obj();
    const nt = env.fn(() => undefined, 'NT');
    nt.setOwn('prototype', p);
    assert.strictEqual(env.construct('Number', [1], nt).GetPrototypeOf(), p);
  });

  it('Number.prototype is a Number object with value +0', () => {
    assert.ok(proto instanceof JSPrimitiveObject);
    same((proto as JSPrimitiveObject).value, 0);
    same(env.call(m('valueOf'), proto), 0);
    assert.strictEqual(env.run(() => ObjectPrototypeToString(proto)), '[object Number]');
  });

  it('has the constants, non-writable and non-configurable', () => {
    const expect: [string, number][] = [['EPSILON', 2 ** -52], ['MAX_SAFE_INTEGER', 2 ** 53 - 1], ['MIN_SAFE_INTEGER', -(2 ** 53 - 1)],
      ['MAX_VALUE', 1.7976931348623157e308], ['MIN_VALUE', 5e-324], ['NaN', NaN], ['NEGATIVE_INFINITY', -Infinity], ['POSITIVE_INFINITY', Infinity]];
    for (const [k, v] of expect) {
      same(Number_.Get(k, Number_), v, k);
      assert.strictEqual(env.attrs(Number_, k), '---', k);
    }
  });

  it('isFinite, isNaN, isInteger, isSafeInteger do not convert their argument', () => {
    assert.strictEqual(env.call('Number.isFinite', undefined, 1), true);
    assert.strictEqual(env.call('Number.isFinite', undefined, '1'), false);
    assert.strictEqual(env.call('Number.isFinite', undefined, Infinity), false);
    assert.strictEqual(env.call('Number.isNaN', undefined, NaN), true);
    assert.strictEqual(env.call('Number.isNaN', undefined, 'NaN'), false);
    assert.strictEqual(env.call('Number.isInteger', undefined, 5), true);
    assert.strictEqual(env.call('Number.isInteger', undefined, -0), true);
    assert.strictEqual(env.call('Number.isInteger', undefined, 5.5), false);
    assert.strictEqual(env.call('Number.isInteger', undefined, Infinity), false);
    assert.strictEqual(env.call('Number.isInteger', undefined, '5'), false);
    assert.strictEqual(env.call('Number.isSafeInteger', undefined, 2 ** 53 - 1), true);
    assert.strictEqual(env.call('Number.isSafeInteger', undefined, 2 ** 53), false);
    assert.strictEqual(env.call('Number.isSafeInteger', undefined, -(2 ** 53 - 1)), true);
    assert.strictEqual(env.call('Number.isSafeInteger', undefined, 1.5), false);
    const log: string[] = [];
    assert.strictEqual(env.call('Number.isFinite', undefined, env.valueOf(1, log)), false);
    assert.deepStrictEqual(log, []);
  });

  it('Number.parseFloat and Number.parseInt are the global functions', () => {
    assert.strictEqual(Number_.Get('parseFloat', Number_), env.get('parseFloat'));
    assert.strictEqual(Number_.Get('parseInt', Number_), env.get('parseInt'));
    assert.strictEqual(env.realm.intrinsics['%parseInt%'], env.get('parseInt'));
    assert.strictEqual(env.attrs(Number_, 'parseInt'), 'w-c');
  });

  it('toString(radix) converts in any radix from 2 to 36', () => {
    assert.strictEqual(env.call(m('toString'), 255, 16), 'ff');
    assert.strictEqual(env.call(m('toString'), -255, 2), '-11111111');
    assert.strictEqual(env.call(m('toString'), 0.5, 2), '0.1');
    assert.strictEqual(env.call(m('toString'), 35, 36), 'z');
    assert.strictEqual(env.call(m('toString'), 1e21), '1e+21');
    assert.strictEqual(env.call(m('toString'), -0), '0');
    assert.strictEqual(env.call(m('toString'), 10, undefined), '10');
    assert.strictEqual(env.call(m('toString'), 10, 16.9), 'a');
    assert.strictEqual(env.call(m('toString'), NaN, 2), 'NaN');
    assert.strictEqual(env.call(m('toString'), env.construct('Number', [8]), 8), '10');
  });

  it('toString rejects radices outside 2..36 with a RangeError', () => {
    const msg = 'toString() radix argument must be between 2 and 36';
    assertThrows(() => env.call(m('toString'), 1, 1), 'RangeError', msg);
    assertThrows(() => env.call(m('toString'), 1, 37), 'RangeError', msg);
    assertThrows(() => env.call(m('toString'), 1, Infinity), 'RangeError', msg);
    assertThrows(() => env.call(m('toString'), 1, NaN), 'RangeError', msg);
  });

  it('toFixed rounds exactly and falls back to ToString at 1e21', () => {
    assert.strictEqual(env.call(m('toFixed'), 1.005, 2), '1.00');
    assert.strictEqual(env.call(m('toFixed'), 1.45, 1), '1.4');
    assert.strictEqual(env.call(m('toFixed'), 0.5), '1');
    assert.strictEqual(env.call(m('toFixed'), -1.5, 0), '-2');
    assert.strictEqual(env.call(m('toFixed'), 123.456, 10), '123.4560000000');
    assert.strictEqual(env.call(m('toFixed'), 1e21, 2), '1e+21');
    assert.strictEqual(env.call(m('toFixed'), -0, 2), '0.00');
    assert.strictEqual(env.call(m('toFixed'), NaN, 2), 'NaN');
    assert.strictEqual((env.call(m('toFixed'), 1, 100) as string).length, 102);
  });

  it('toFixed range-checks its digits (even for NaN) with V8\'s message', () => {
    const msg = 'toFixed() digits argument must be between 0 and 100';
    assertThrows(() => env.call(m('toFixed'), 1, 101), 'RangeError', msg);
    assertThrows(() => env.call(m('toFixed'), 1, -1), 'RangeError', msg);
    assertThrows(() => env.call(m('toFixed'), NaN, Infinity), 'RangeError', msg);
    assertThrows(() => env.call(m('toFixed'), NaN, 101), 'RangeError', msg);
  });

  it('toExponential: exact digits, shortest form without argument, non-finite before the range check', () => {
    assert.strictEqual(env.call(m('toExponential'), 123.456, 2), '1.23e+2');
    assert.strictEqual(env.call(m('toExponential'), 123.456), '1.23456e+2');
    assert.strictEqual(env.call(m('toExponential'), 0, 2), '0.00e+0');
    assert.strictEqual(env.call(m('toExponential'), -1e-7, 0), '-1e-7');
    assert.strictEqual(env.call(m('toExponential'), Infinity, 1000), 'Infinity');
    assertThrows(() => env.call(m('toExponential'), 1, -1), 'RangeError', 'toExponential() argument must be between 0 and 100');
    assertThrows(() => env.call(m('toExponential'), 1, 101), 'RangeError');
  });

  it('toExponential converts its argument even when the value is not finite', () => {
    const log: string[] = [];
    assert.strictEqual(env.call(m('toExponential'), NaN, env.valueOf(2, log)), 'NaN');
    assert.deepStrictEqual(log, ['2']);
  });

  it('toPrecision: ToString without argument, exact digits, V8 range error', () => {
    assert.strictEqual(env.call(m('toPrecision'), 123.456), '123.456');
    assert.strictEqual(env.call(m('toPrecision'), 123.456, 4), '123.5');
    assert.strictEqual(env.call(m('toPrecision'), 0.000123, 2), '0.00012');
    assert.strictEqual(env.call(m('toPrecision'), 123456, 2), '1.2e+5');
    assert.strictEqual(env.call(m('toPrecision'), 1e-7, 1), '1e-7');
    assert.strictEqual(env.call(m('toPrecision'), -Infinity, 0), '-Infinity');
    assertThrows(() => env.call(m('toPrecision'), 1, 0), 'RangeError', 'toPrecision() argument must be between 1 and 100');
    assertThrows(() => env.call(m('toPrecision'), 1, 101), 'RangeError');
  });

  it('the receiver is checked before the argument is converted', () => {
    const log: string[] = [];
    for (const name of ['toFixed', 'toExponential', 'toPrecision', 'toString']) {
      assertThrows(() => env.call(m(name), '1', env.valueOf(2, log)), 'TypeError', `Number.prototype.${name} requires that 'this' be a Number`);
    }
    assert.deepStrictEqual(log, []);
  });

  it('valueOf and toLocaleString accept numbers and Number objects only', () => {
    same(env.call(m('valueOf'), -0), -0);
    assert.strictEqual(env.call(m('valueOf'), env.run(() => ToObject(5))), 5);
    assertThrows(() => env.call(m('valueOf'), env.obj({}, proto)), 'TypeError', "Number.prototype.valueOf requires that 'this' be a Number");
    assertThrows(() => env.call(m('valueOf'), 1n), 'TypeError');
    assertThrows(() => env.call(m('toLocaleString'), null), 'TypeError', "Number.prototype.toLocaleString requires that 'this' be a Number");
  });

  it('toLocaleString formats with grouping (en-US)', () => {
    assert.strictEqual(env.call(m('toLocaleString'), 1234567.891), '1,234,567.891');
    assert.strictEqual(env.call(m('toLocaleString'), 5), '5');
  });

  it('methods have the spec lengths', () => {
    const lengths: Record<string, number> = { toExponential: 1, toFixed: 1, toLocaleString: 0, toPrecision: 1, toString: 1, valueOf: 0 };
    for (const [name, len] of Object.entries(lengths)) {
      const f = proto.Get(name, proto) as JSObject;
      assert.strictEqual(f.Get('length', f), len, name);
      assert.strictEqual(f.Get('name', f), name);
    }
  });

  (canEvaluate ? describe : describe.skip)('from guest source', () => {
    const { ev, throwsGuest } = guest();

    it('Number(v) converts strings, BigInts and objects', () => {
      assert.deepStrictEqual(ev('[Number(), Number("  42 "), Number("0x10"), Number("0b11"), Number("0o17"), Number(""), Number(null), Number(true), Number(12n), Number([5])]'),
        [0, 42, 16, 3, 15, 0, 0, 1, 12, 5]);
      assert.deepStrictEqual(ev('[Number(undefined), Number("1_000"), Number("12px"), Number({})].map(Number.isNaN)'), [true, true, true, true]);
      assert.strictEqual(ev('Number(2n ** 64n)'), 18446744073709552000);
    });

    it('new Number(v) wraps; subclasses inherit the methods', () => {
      assert.deepStrictEqual(ev('var n = new Number("3"); [typeof n, n + 1, n.valueOf(), n instanceof Number]'), ['object', 4, 3, true]);
      assert.deepStrictEqual(ev('class N extends Number { twice() { return this * 2; } }; var x = new N(21); [x.twice(), x.toFixed(2), x instanceof N]'),
        [42, '21.00', true]);
    });

    it('the constants and predicates', () => {
      assert.deepStrictEqual(ev('[Number.EPSILON === 2 ** -52, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MIN_VALUE, Number.isSafeInteger(2 ** 53), Number.isInteger(-0), Number.isNaN("x"), isNaN("x"), Number.isFinite("1")]'),
        [true, 9007199254740991, -9007199254740991, 5e-324, false, true, false, true, false]);
      assert.deepStrictEqual(ev('["EPSILON", "MAX_VALUE", "NaN", "POSITIVE_INFINITY"].map(function (k) { var d = Object.getOwnPropertyDescriptor(Number, k); return d.writable || d.configurable; })'),
        [false, false, false, false]);
      assert.strictEqual(ev('Number.parseInt === parseInt && Number.parseFloat === parseFloat'), true);
    });

    it('toString(radix), toFixed, toExponential, toPrecision format like V8', () => {
      assert.deepStrictEqual(ev('[(255).toString(16), (255).toString(2), (-0).toString(), (0.1).toString(3).slice(0, 8), 1e21.toString(), (1.005).toFixed(2), (1e21).toFixed(2), (25).toExponential(0), (123.456).toExponential(), (1.25).toPrecision(2), (123456).toPrecision(2), (0.00001).toPrecision(1)]'),
        ['ff', '11111111', '0', '0.002200', '1e+21', '1.00', '1e+21', '3e+1', '1.23456e+2', '1.3', '1.2e+5', '0.00001']);
    });

    it('RangeErrors for out-of-range digits and radix, with V8 messages', () => {
      throwsGuest('(1).toString(37)', 'RangeError', 'toString() radix argument must be between 2 and 36');
      throwsGuest('(1).toFixed(101)', 'RangeError', 'toFixed() digits argument must be between 0 and 100');
      throwsGuest('NaN.toFixed(Infinity)', 'RangeError');
      throwsGuest('(1).toExponential(-1)', 'RangeError', 'toExponential() argument must be between 0 and 100');
      throwsGuest('(1).toPrecision(0)', 'RangeError', 'toPrecision() argument must be between 1 and 100');
      assert.deepStrictEqual(ev('[NaN.toExponential(1000), Infinity.toPrecision(0)]'), ['NaN', 'Infinity']);
    });

    it('the receiver is validated before the argument is converted', () => {
      assert.deepStrictEqual(ev(`var log = [];
        try { Number.prototype.toFixed.call("1", { valueOf() { log.push("digits"); return 1; } }); } catch (e) { log.push(e.constructor.name); }
        log`), ['TypeError']);
      throwsGuest('Number.prototype.valueOf.call(Object.create(Number.prototype))', 'TypeError', "Number.prototype.valueOf requires that 'this' be a Number");
      throwsGuest('Number.prototype.toString.call(1n)', 'TypeError');
    });

    it('Number.prototype is a Number object with value 0', () => {
      assert.deepStrictEqual(ev('[Number.prototype.valueOf(), Number.prototype.toFixed(1), Object.prototype.toString.call(Number.prototype)]'),
        [0, '0.0', '[object Number]']);
    });

    it('toLocaleString groups digits', () => {
      assert.strictEqual(ev('(1234567.5).toLocaleString()'), '1,234,567.5');
    });
  });
});
