import * as assert from 'assert';
import { Env, canEvaluate, assertThrows } from './primitives-helpers';
import { createRealm } from '../../../interpreter';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import type { Value } from '../../../interpreter/values/value';
import { CreateArrayFromList } from '../../../interpreter/ops/object-operations';
import { ev, sameAsHost } from './guest-compare';

describe('Reflect', () => {
  const env = new Env();
  const R_ = env.get('Reflect') as JSObject;
  const r = (name: string, ...args: Value[]) => env.call(R_.Get(name, R_) as JSObject, R_, ...args);
  const arr = (...xs: Value[]) => env.run(() => CreateArrayFromList(xs));

  it('is an ordinary object tagged Reflect with 13 functions', () => {
    assert.strictEqual(env.realm.intrinsics['%Reflect%'], R_);
    assert.strictEqual(R_.Get(WellKnown.toStringTag, R_), 'Reflect');
    assert.ok(!R_.isCallable);
    const names = ['apply', 'construct', 'defineProperty', 'deleteProperty', 'get', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'has', 'isExtensible', 'ownKeys', 'preventExtensions', 'set', 'setPrototypeOf'];
    for (const n of names) assert.ok((R_.Get(n, R_) as JSObject).isCallable, n);
    assert.strictEqual((R_.Get('apply', R_) as JSObject).Get('length', undefined), 3);
    assert.strictEqual((R_.Get('construct', R_) as JSObject).Get('length', undefined), 2);
  });

  it('apply calls with this and an array-like of arguments', () => {
    const f = env.fn((t, args) => `${String((t as JSObject).Get('x', t))}:${args.join(',')}`);
    assert.strictEqual(r('apply', f, env.obj({ x: 'T' }), arr(1, 2)), 'T:1,2');
    assertThrows(() => r('apply', 1), 'TypeError', 'Function.prototype.apply was called on 1, which is a number and not a function');
    assertThrows(() => r('apply', f, undefined, 1), 'TypeError', 'CreateListFromArrayLike called on non-object');
  });

  it('construct passes newTarget and checks both are constructors', () => {
    const Obj = env.get('Object') as JSObject;
    const F = env.get('Error') as JSObject;
    const o = r('construct', F, arr('m'), Obj) as JSObject;
    assert.strictEqual(o.GetPrototypeOf(), env.realm.ObjectPrototype);
    assertThrows(() => r('construct', env.fn(() => 1), arr()), 'TypeError', /is not a constructor/);
    assertThrows(() => r('construct', F, arr(), 1), 'TypeError', '1 is not a constructor');
  });

  it('get and set use the receiver when given, the target otherwise', () => {
    const target = env.obj();
    const getter = env.fn((t) => t);
    target.addAccessor('g', getter, env.fn(function (this: unknown, t, args) { (t as JSObject).setOwn('seen', args[0]); return undefined; }), 7);
    const recv = env.obj();
    assert.strictEqual(r('get', target, 'g'), target);
    assert.strictEqual(r('get', target, 'g', recv), recv);
    assert.strictEqual(r('set', target, 'g', 5, recv), true);
    assert.strictEqual(recv.Get('seen', recv), 5);
    assertThrows(() => r('get', 1, 'x'), 'TypeError', 'Reflect.get called on non-object');
  });

  it('defineProperty, deleteProperty and preventExtensions report success as booleans', () => {
    const o = env.obj();
    assert.strictEqual(r('defineProperty', o, 'x', env.obj({ value: 1 })), true);
    assert.strictEqual(r('defineProperty', o, 'x', env.obj({ value: 2 })), false);
    assert.strictEqual(r('deleteProperty', o, 'x'), false);
    assert.strictEqual(r('preventExtensions', o), true);
    assert.strictEqual(r('isExtensible', o), false);
    assert.strictEqual(r('defineProperty', o, 'y', env.obj({ value: 1 })), false);
  });

  it('ownKeys lists strings then symbols; has and getOwnPropertyDescriptor', () => {
    const o = env.obj({ b: 1, 1: 2, a: 3 });
    o.setOwn(WellKnown.iterator, 4);
    const keys = r('ownKeys', o) as JSObject;
    assert.deepStrictEqual([0, 1, 2, 3].map((i) => keys.Get(String(i), keys)), ['1', 'b', 'a', WellKnown.iterator]);
    assert.strictEqual(r('has', o, 'toString'), true);
    const d = r('getOwnPropertyDescriptor', o, 'a') as JSObject;
    assert.strictEqual(d.Get('value', d), 3);
    assert.strictEqual(r('getOwnPropertyDescriptor', o, 'zz'), undefined);
  });

  it('setPrototypeOf and getPrototypeOf', () => {
    const o = env.obj();
    assert.strictEqual(r('setPrototypeOf', o, null), true);
    assert.strictEqual(r('getPrototypeOf', o), null);
    assertThrows(() => r('setPrototypeOf', o, 1), 'TypeError', 'Object prototype may only be an Object or null: 1');
    const a = env.obj(), b = env.obj({}, a);
    assert.strictEqual(r('setPrototypeOf', a, b), false);
  });

  (canEvaluate ? describe : describe.skip)('through guest source', () => {

    it('behaves as V8 on a set of programs', () => {
      for (const src of [
        'Reflect.ownKeys(class { static a() {} })',
        'Reflect.construct(function () { return new.target }, [], Array) === Array',
        'var o = {}; Reflect.defineProperty(o, "x", { get() { return 5 } }); o.x',
        'Reflect.apply(Math.max, null, [1, 3, 2])',
        'var o = { get x() { return this.y } }; Reflect.get(o, "x", { y: 7 })',
        'var o = {}; [Reflect.set(o, "a", 1), Reflect.set(Object.freeze({ a: 1 }), "a", 2), o.a]',
        'Reflect.has([], "length") && !Reflect.has({}, "nope")',
        'Object.prototype.toString.call(Reflect)',
        'try { Reflect.getPrototypeOf(1) } catch (e) { e.message }',
        'try { Reflect.construct(() => 1, []) } catch (e) { e.constructor.name }',
        'Reflect.getOwnPropertyDescriptor({ a: 1 }, "a")',
        'var o = Object.preventExtensions({}); [Reflect.isExtensible(o), Reflect.setPrototypeOf(o, null), Reflect.setPrototypeOf(o, Object.prototype)]',
      ]) sameAsHost(src);
    });
  });
});
