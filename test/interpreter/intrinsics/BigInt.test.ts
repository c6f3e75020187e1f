import * as assert from 'assert';
import { Env, assertThrows, canEvaluate, guest } from './primitives-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { JSPrimitiveObject } from '../../../interpreter/exotics/primitive-wrapper';
import { ObjectPrototypeToString } from '../../../interpreter/intrinsics/Object';
import { ToObject } from '../../../interpreter/ops/type-conversion';
import { WellKnown } from '../../../interpreter/values/symbol';

describe('BigInt', () => {
  const env = new Env();
  const BigInt_ = env.get('BigInt') as JSObject;
  const proto = env.realm.intrinsics['%BigInt.prototype%'];
  const big = (...args: unknown[]) => env.call('BigInt', undefined, ...(args as any[]));

  it('is registered as %BigInt% and %BigInt.prototype% and linked both ways', () => {
    assert.strictEqual(env.realm.intrinsics['%BigInt%'], BigInt_);
    assert.strictEqual(BigInt_.Get('prototype', BigInt_), proto);
    assert.strictEqual(proto.Get('constructor', proto), BigInt_);
    assert.strictEqual(BigInt_.Get('length', BigInt_), 1);
    assert.strictEqual(env.attrs(BigInt_, 'prototype'), '---');
  });

  it('BigInt(v) converts integral Numbers, booleans and strings', () => {
    assert.strictEqual(big(10), 10n);
    assert.strictEqual(big(-0), 0n);
    assert.strictEqual(big(2 ** 60), 1152921504606846976n);
    assert.strictEqual(big(Number.MAX_VALUE), BigInt(Number.MAX_VALUE));
    assert.strictEqual(big(true), 1n);
    assert.strictEqual(big(' 0x1f '), 31n);
    assert.strictEqual(big('-12'), -12n);
    assert.strictEqual(big(''), 0n);
    assert.strictEqual(big(5n), 5n);
  });

  it('BigInt of a non-integral Number is a RangeError worded like V8', () => {
    assertThrows(() => big(1.5), 'RangeError', 'The number 1.5 cannot be converted to a BigInt because it is not an integer');
    assertThrows(() => big(NaN), 'RangeError', 'The number NaN cannot be converted to a BigInt because it is not an integer');
    assertThrows(() => big(-Infinity), 'RangeError');
  });

  it('BigInt of undefined, null, a symbol or a bad string throws', () => {
    assertThrows(() => big(undefined), 'TypeError');
    assertThrows(() => big(null), 'TypeError');
    assertThrows(() => big(WellKnown.iterator), 'TypeError');
    assertThrows(() => big('1.5'), 'SyntaxError');
    assertThrows(() => big('1n'), 'SyntaxError');
  });

  it('BigInt converts objects with ToPrimitive hint number (valueOf first)', () => {
    const log: string[] = [];
    assert.strictEqual(big(env.valueOf(7, log)), 7n);
    assert.deepStrictEqual(log, ['7']);
    assertThrows(() => big(env.valueOf(7.5)), 'RangeError');
  });

  it('new BigInt() throws a TypeError, though BigInt is a constructor', () => {
    assert.ok(BigInt_.isConstructor);
    assertThrows(() => env.construct(BigInt_, [1]), 'TypeError', 'BigInt is not a constructor');
  });

  it('asIntN wraps to a signed N-bit integer', () => {
    assert.strictEqual(env.call('BigInt.asIntN', undefined, 8, 255n), -1n);
    assert.strictEqual(env.call('BigInt.asIntN', undefined, 8, 127n), 127n);
    assert.strictEqual(env.call('BigInt.asIntN', undefined, 8, 128n), -128n);
    assert.strictEqual(env.call('BigInt.asIntN', undefined, 0, 5n), 0n);
    assert.strictEqual(env.call('BigInt.asIntN', undefined, 64, 2n ** 63n), -(2n ** 63n));
    assert.strictEqual(env.call('BigInt.asIntN', undefined, 2 ** 53 - 1, -5n), -5n);
  });

  it('asUintN wraps to an unsigned N-bit integer', () => {
    assert.strictEqual(env.call('BigInt.asUintN', undefined, 8, -1n), 255n);
    assert.strictEqual(env.call('BigInt.asUintN', undefined, 64, -1n), 2n ** 64n - 1n);
    assert.strictEqual(env.call('BigInt.asUintN', undefined, 1, 3n), 1n);
    assert.strictEqual(env.call('BigInt.asUintN', undefined, undefined, 3n), 0n);
    assert.strictEqual(env.call('BigInt.asUintN', undefined, '3', 9n), 1n);
  });

  it('asIntN/asUintN: ToIndex of bits (RangeError), then ToBigInt of the value, in that order', () => {
    assertThrows(() => env.call('BigInt.asIntN', undefined, -1, 1n), 'RangeError', 'Invalid value: not (convertible to) a safe integer');
    assertThrows(() => env.call('BigInt.asUintN', undefined, 2 ** 53, 1n), 'RangeError');
    assertThrows(() => env.call('BigInt.asIntN', undefined, 8, 1), 'TypeError');
    const log: string[] = [];
    assertThrows(() => env.call('BigInt.asIntN', undefined, env.valueOf(-1, log, 'bits'), env.valueOf(1n, log, 'value')), 'RangeError');
    assert.deepStrictEqual(log, ['bits']);
    log.length = 0;
    assert.strictEqual(env.call('BigInt.asIntN', undefined, env.valueOf(4, log, 'bits'), env.valueOf(15n, log, 'value')), -1n);
    assert.deepStrictEqual(log, ['bits', 'value']);
  });

  it('asUintN of a negative value with a huge width is a guest RangeError, not a host crash', () => {
    assertThrows(() => env.call('BigInt.asUintN', undefined, 2 ** 53 - 1, -1n), 'RangeError', 'Maximum BigInt size exceeded');
  });

  it('prototype.toString(radix) for primitives and wrappers', () => {
    assert.strictEqual(env.call('BigInt.prototype.toString', 255n, 16), 'ff');
    assert.strictEqual(env.call('BigInt.prototype.toString', -255n, 2), '-11111111');
    assert.strictEqual(env.call('BigInt.prototype.toString', 10n ** 30n), '1000000000000000000000000000000');
    assert.strictEqual(env.call('BigInt.prototype.toString', 35n, 36), 'z');
    assert.strictEqual(env.call('BigInt.prototype.toString', env.run(() => ToObject(8n)), 8), '10');
    assertThrows(() => env.call('BigInt.prototype.toString', 1n, 1), 'RangeError', 'toString() radix argument must be between 2 and 36');
    assertThrows(() => env.call('BigInt.prototype.toString', 1n, 37), 'RangeError');
  });

  it('prototype.valueOf returns the bigint of a primitive or a BigInt object', () => {
    assert.strictEqual(env.call('BigInt.prototype.valueOf', 3n), 3n);
    const w = env.run(() => ToObject(4n));
    assert.ok(w instanceof JSPrimitiveObject && w.className === 'BigInt');
    assert.strictEqual(env.call('BigInt.prototype.valueOf', w), 4n);
  });

  it('prototype methods reject non-BigInt receivers (checked before arguments)', () => {
    assertThrows(() => env.call('BigInt.prototype.valueOf', 1), 'TypeError', "BigInt.prototype.valueOf requires that 'this' be a BigInt");
    assertThrows(() => env.call('BigInt.prototype.toLocaleString', 1), 'TypeError', "BigInt.prototype.toLocaleString requires that 'this' be a BigInt");
    assertThrows(() => env.call('BigInt.prototype.valueOf', proto), 'TypeError');
    const log: string[] = [];
    assertThrows(() => env.call('BigInt.prototype.toString', '1', env.valueOf(10, log)), 'TypeError', "BigInt.prototype.toString requires that 'this' be a BigInt");
    assert.deepStrictEqual(log, []);
  });

  it('prototype.toLocaleString groups digits (en-US)', () => {
    assert.strictEqual(env.call('BigInt.prototype.toLocaleString', 1234567n), '1,234,567');
  });

  it('BigInt.prototype is ordinary and tagged "BigInt"', () => {
    assert.ok(!(proto instanceof JSPrimitiveObject));
    assert.strictEqual(proto.Get(WellKnown.toStringTag, proto), 'BigInt');
    assert.strictEqual(env.attrs(proto, WellKnown.toStringTag), '--c');
    assert.strictEqual(env.run(() => ObjectPrototypeToString(1n)), '[object BigInt]');
  });

  it('methods have the spec lengths (toString takes an optional radix: length 0)', () => {
    const lengths: [JSObject, string, number][] = [[proto, 'toString', 0], [proto, 'valueOf', 0], [proto, 'toLocaleString', 0],
      [BigInt_, 'asIntN', 2], [BigInt_, 'asUintN', 2]];
    for (const [o, name, len] of lengths) {
      const f = o.Get(name, o) as JSObject;
      assert.strictEqual(f.Get('length', f), len, name);
      assert.strictEqual(f.Get('name', f), name);
    }
  });

  (canEvaluate ? describe : describe.skip)('from guest source', () => {
    const { ev, throwsGuest } = guest();

    it('BigInt(v) converts Numbers, strings and booleans', () => {
      assert.deepStrictEqual(ev('[BigInt(2 ** 53) + 1n, BigInt("0x10"), BigInt(" 12 "), BigInt(true), BigInt(-0), BigInt({ valueOf() { return 7; } })]'),
        [9007199254740993n, 16n, 12n, 1n, 0n, 7n]);
    });

    it('BigInt rejects non-integral Numbers, bad strings, undefined, symbols', () => {
      throwsGuest('BigInt(1.5)', 'RangeError', 'The number 1.5 cannot be converted to a BigInt because it is not an integer');
      throwsGuest('BigInt(NaN)', 'RangeError');
      throwsGuest('BigInt("1.5")', 'SyntaxError');
      throwsGuest('BigInt()', 'TypeError');
      throwsGuest('BigInt(Symbol())', 'TypeError');
    });

    it('BigInt is a constructor that refuses new', () => {
      throwsGuest('new BigInt(1)', 'TypeError', 'BigInt is not a constructor');
      throwsGuest('Reflect.construct(BigInt, [1])', 'TypeError', 'BigInt is not a constructor');
      assert.strictEqual(ev('typeof Reflect.construct(function () {}, [], BigInt)'), 'object');
    });

    it('asIntN and asUintN', () => {
      assert.deepStrictEqual(ev('[BigInt.asIntN(8, 255n), BigInt.asIntN(64, 2n ** 63n), BigInt.asUintN(8, -1n), BigInt.asUintN(64, -1n), BigInt.asIntN(0, 9n), BigInt.asUintN("4", 17n)]'),
        [-1n, -(2n ** 63n), 255n, 2n ** 64n - 1n, 0n, 1n]);
      throwsGuest('BigInt.asIntN(-1, 0n)', 'RangeError', 'Invalid value: not (convertible to) a safe integer');
      throwsGuest('BigInt.asUintN(8, 1)', 'TypeError');
    });

    it('toString, valueOf, toLocaleString on primitives and wrappers', () => {
      assert.deepStrictEqual(ev('[(255n).toString(16), (-255n).toString(2), Object(5n).valueOf(), typeof Object(5n), (1234567n).toLocaleString(), BigInt.prototype.toString.call(Object(10n), 8)]'),
        ['ff', '-11111111', 5n, 'object', '1,234,567', '12']);
      throwsGuest('(1n).toString(1)', 'RangeError', 'toString() radix argument must be between 2 and 36');
      throwsGuest('BigInt.prototype.valueOf.call(1)', 'TypeError', "BigInt.prototype.valueOf requires that 'this' be a BigInt");
      throwsGuest('BigInt.prototype.toString.call(BigInt.prototype)', 'TypeError');
    });

    it('BigInt.prototype is an ordinary object tagged "BigInt"', () => {
      assert.deepStrictEqual(ev('[Object.prototype.toString.call(1n), Object.prototype.toString.call(BigInt.prototype), (1n).constructor === BigInt, BigInt.prototype.toString.length]'),
        ['[object BigInt]', '[object BigInt]', true, 0]);
    });
  });
});
