import * as assert from 'assert';
import { Env, assertThrows, canEvaluate, guest } from './primitives-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { JSPrimitiveObject } from '../../../interpreter/exotics/primitive-wrapper';
import { ObjectPrototypeToString } from '../../../interpreter/intrinsics/Object';
import { ToObject } from '../../../interpreter/ops/type-conversion';
import { WellKnown } from '../../../interpreter/values/symbol';

describe('Boolean', () => {
  const env = new Env();
  const Boolean_ = env.get('Boolean') as JSObject;
  const proto = env.realm.intrinsics['%Boolean.prototype%'];

  it('is registered as %Boolean% and %Boolean.prototype% and linked both ways', () => {
    assert.strictEqual(env.realm.intrinsics['%Boolean%'], Boolean_);
    assert.strictEqual(Boolean_.Get('prototype', Boolean_), proto);
    assert.strictEqual(proto.Get('constructor', proto), Boolean_);
    assert.strictEqual(Boolean_.Get('length', Boolean_), 1);
    assert.strictEqual(env.attrs(Boolean_, 'prototype'), '---');
    assert.strictEqual(env.attrs(env.realm.globalObject, 'Boolean'), 'w-c');
  });

  it('Boolean(v) called as a function is ToBoolean', () => {
    const cases: [unknown, boolean][] = [[undefined, false], [null, false], [0, false], [-0, false], [NaN, false], ['', false],
      [1, true], ['0', true], ['false', true], [0n, false], [1n, true], [-1, true]];
    for (const [v, b] of cases) assert.strictEqual(env.call('Boolean', undefined, v as any), b, String(v));
    assert.strictEqual(env.call('Boolean', undefined), false);
    assert.strictEqual(env.call('Boolean', undefined, env.obj()), true);
    assert.strictEqual(env.call('Boolean', undefined, WellKnown.iterator), true);
  });

  it('an object is true even when its valueOf returns false (no conversion is called)', () => {
    const log: string[] = [];
    assert.strictEqual(env.call('Boolean', undefined, env.valueOf(false, log)), true);
    assert.deepStrictEqual(log, []);
  });

  it('new Boolean(v) makes a Boolean object with [[BooleanData]]', () => {
    const o = env.construct('Boolean', [0]);
    assert.ok(o instanceof JSPrimitiveObject);
    assert.strictEqual(o.className, 'Boolean');
    assert.strictEqual((o as JSPrimitiveObject).value, false);
    assert.strictEqual(o.GetPrototypeOf(), proto);
    assert.strictEqual((env.construct('Boolean', ['x']) as JSPrimitiveObject).value, true);
  });

  it('new Boolean takes its prototype from newTarget.prototype', () => {
    const p = env.obj();
    const nt = env.fn(() => undefined, 'NT');
    nt.setOwn('prototype', p);
    const o = env.construct('Boolean', [true], nt);
    assert.strictEqual(o.GetPrototypeOf(), p);
  });

  it('new Boolean falls back to %Boolean.prototype% of newTarget\'s realm when its prototype is not an object', () => {
    const other = new Env();
    const nt = other.fn(() => undefined, 'NT');
    nt.setOwn('prototype', 1);
    const o = env.construct('Boolean', [true], nt);
    assert.strictEqual(o.GetPrototypeOf(), other.realm.intrinsics['%Boolean.prototype%']);
  });

  it('Boolean.prototype is itself a Boolean object whose value is false', () => {
    assert.ok(proto instanceof JSPrimitiveObject);
    assert.strictEqual((proto as JSPrimitiveObject).value, false);
    assert.strictEqual(proto.GetPrototypeOf(), env.realm.ObjectPrototype);
    assert.strictEqual(env.call('Boolean.prototype.toString', proto), 'false');
    assert.strictEqual(env.call('Boolean.prototype.valueOf', proto), false);
  });

  it('prototype.toString returns "true" or "false" for primitives and wrappers', () => {
    assert.strictEqual(env.call('Boolean.prototype.toString', true), 'true');
    assert.strictEqual(env.call('Boolean.prototype.toString', false), 'false');
    assert.strictEqual(env.call('Boolean.prototype.toString', env.construct('Boolean', [1])), 'true');
  });

  it('prototype.valueOf returns the boolean', () => {
    assert.strictEqual(env.call('Boolean.prototype.valueOf', true), true);
    assert.strictEqual(env.call('Boolean.prototype.valueOf', env.run(() => ToObject(false))), false);
  });

  it('prototype methods reject non-Boolean receivers with V8 messages', () => {
    assertThrows(() => env.call('Boolean.prototype.toString', 1), 'TypeError', "Boolean.prototype.toString requires that 'this' be a Boolean");
    assertThrows(() => env.call('Boolean.prototype.valueOf', 'true'), 'TypeError', "Boolean.prototype.valueOf requires that 'this' be a Boolean");
    assertThrows(() => env.call('Boolean.prototype.valueOf', undefined), 'TypeError');
    assertThrows(() => env.call('Boolean.prototype.valueOf', env.obj()), 'TypeError');
    assertThrows(() => env.call('Boolean.prototype.valueOf', env.run(() => ToObject(0))), 'TypeError');
  });

  it('an object inheriting from Boolean.prototype is not a Boolean', () => {
    const o = env.obj({}, proto);
    assertThrows(() => env.call('Boolean.prototype.valueOf', o), 'TypeError');
  });

  it('methods have the right lengths and names', () => {
    for (const name of ['toString', 'valueOf']) {
      const f = proto.Get(name, proto) as JSObject;
      assert.strictEqual(f.Get('length', f), 0);
      assert.strictEqual(f.Get('name', f), name);
      assert.strictEqual(env.attrs(proto, name), 'w-c');
    }
  });

  it('Object.prototype.toString tags Boolean objects "[object Boolean]"', () => {
    assert.strictEqual(env.run(() => ObjectPrototypeToString(true)), '[object Boolean]');
    assert.strictEqual(env.run(() => ObjectPrototypeToString(proto)), '[object Boolean]');
  });

  it('ToObject(true) uses this realm\'s Boolean.prototype', () => {
    const o = env.run(() => ToObject(true));
    assert.strictEqual(o.GetPrototypeOf(), proto);
  });

  it('Boolean(1n) and Boolean("") follow ToBoolean for BigInt and strings', () => {
    assert.strictEqual(env.call('Boolean', undefined, 0n), false);
    assert.strictEqual(env.call('Boolean', undefined, ' '), true);
  });

  (canEvaluate ? describe : describe.skip)('from guest source', () => {
    const { ev, throwsGuest } = guest();

    it('Boolean(v) is ToBoolean', () => {
      assert.deepStrictEqual(ev('[Boolean(), Boolean(0), Boolean(""), Boolean(NaN), Boolean(null), Boolean(0n), Boolean("0"), Boolean({}), Boolean([]), Boolean(Symbol())]'),
        [false, false, false, false, false, false, true, true, true, true]);
    });

    it('new Boolean(false) is an object, hence truthy, and unwraps with valueOf', () => {
      assert.deepStrictEqual(ev('var b = new Boolean(false); [typeof b, b ? 1 : 2, b.valueOf(), b.toString(), b == false, b === false]'),
        ['object', 1, false, 'false', true, false]);
    });

    it('subclasses and Reflect.construct take the prototype from newTarget', () => {
      assert.deepStrictEqual(ev('class B extends Boolean { flip() { return !this.valueOf(); } }; var b = new B(1); [b instanceof B, b instanceof Boolean, b.flip()]'),
        [true, true, false]);
      assert.strictEqual(ev('function F() {}; F.prototype = Array.prototype; Array.isArray(Reflect.construct(Boolean, [1], F)) === false && Reflect.construct(Boolean, [1], F) instanceof Array'), true);
    });

    it('primitive booleans reach Boolean.prototype methods', () => {
      assert.deepStrictEqual(ev('[true.toString(), false.valueOf(), (1 < 2).constructor === Boolean]'), ['true', false, true]);
      assert.strictEqual(ev('Boolean.prototype.hello = function () { return typeof this; }; true.hello()'), 'object');
      assert.strictEqual(ev('Boolean.prototype.strictHello = function () { "use strict"; return typeof this; }; true.strictHello()'), 'boolean');
    });

    it('Boolean.prototype is a Boolean object whose value is false', () => {
      assert.deepStrictEqual(ev('[Boolean.prototype.valueOf(), Object.prototype.toString.call(Boolean.prototype), Object.getPrototypeOf(Boolean.prototype) === Object.prototype]'),
        [false, '[object Boolean]', true]);
    });

    it('methods reject receivers that are not Booleans', () => {
      throwsGuest('Boolean.prototype.toString.call(1)', 'TypeError', "Boolean.prototype.toString requires that 'this' be a Boolean");
      throwsGuest('Boolean.prototype.valueOf.call("true")', 'TypeError', "Boolean.prototype.valueOf requires that 'this' be a Boolean");
      throwsGuest('Boolean.prototype.valueOf.call(Object.create(Boolean.prototype))', 'TypeError');
    });

    it('property attributes and lengths', () => {
      assert.deepStrictEqual(ev(`var d = Object.getOwnPropertyDescriptor(Boolean, "prototype");
        [d.writable, d.enumerable, d.configurable, Boolean.length, Boolean.prototype.toString.length, Boolean.prototype.valueOf.name,
         Object.getOwnPropertyDescriptor(globalThis, "Boolean").enumerable]`), [false, false, false, 1, 0, 'valueOf', false]);
    });
  });
});
