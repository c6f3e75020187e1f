import * as assert from 'assert';
import { Env, canEvaluate, assertThrows } from './primitives-helpers';
import { createRealm } from '../../../interpreter';
import { JSObject } from '../../../interpreter/values/object';
import type { Value } from '../../../interpreter/values/value';
import { JSProxy } from '../../../interpreter/exotics/proxy';
import { CreateArrayFromList, IsArray } from '../../../interpreter/ops/object-operations';
import { ObjectPrototypeToString } from '../../../interpreter/intrinsics/Object';
import { ev, sameAsHost } from './guest-compare';

describe('Proxy', () => {
  const env = new Env();
  const ProxyCtor = env.get('Proxy') as JSObject;
  const proxy = (target: JSObject, handler: JSObject) => env.construct(ProxyCtor, [target, handler]) as JSProxy;
  const arr = (...xs: Value[]) => env.run(() => CreateArrayFromList(xs));
  const freeze = (o: JSObject) => env.call('Object.freeze', undefined, o) as JSObject;
  const trap = (f: (...args: Value[]) => Value) => env.fn((_t, args) => f(...args));

  it('requires new, object target and handler, and has no prototype property', () => {
    assertThrows(() => env.call(ProxyCtor, undefined, env.obj(), env.obj()), 'TypeError', "Constructor Proxy requires 'new'");
    assertThrows(() => proxy(1 as any, env.obj()), 'TypeError', 'Cannot create proxy with a non-object as target or handler');
    assertThrows(() => proxy(env.obj(), null as any), 'TypeError');
    assert.strictEqual(ProxyCtor.GetOwnProperty('prototype'), undefined);
    assert.strictEqual(ProxyCtor.Get('length', ProxyCtor), 2);
  });

  it('without traps forwards every operation to the target', () => {
    const target = env.obj({ a: 1 });
    const p = proxy(target, env.obj());
    env.run(() => {
      assert.strictEqual(p.Get('a', p), 1);
      assert.ok(p.Set('b', 2, p));
      assert.strictEqual(target.Get('b', target), 2);
      assert.ok(p.HasProperty('a'));
      assert.ok(p.Delete('a'));
      assert.deepStrictEqual(p.OwnPropertyKeys(), ['b']);
      assert.strictEqual(p.GetPrototypeOf(), env.realm.ObjectPrototype);
      assert.ok(p.PreventExtensions());
      assert.ok(!target.IsExtensible());
    });
  });

  it('get trap receives (target, key, receiver)', () => {
    const target = env.obj();
    let seen: Value[] = [];
    const p = proxy(target, env.obj({ get: trap((...a) => { seen = a; return 42; }) }));
    assert.strictEqual(env.run(() => p.Get('x', p)), 42);
    assert.deepStrictEqual(seen, [target, 'x', p]);
  });

  it('a proxy on the prototype chain sees gets, sets and has with the original receiver', () => {
    const log: Value[] = [];
    const p = proxy(env.obj(), env.obj({
      get: trap((_t, k, r) => { log.push(`get ${String(k)}`, r); return 'v'; }),
      has: trap((_t, k) => { log.push(`has ${String(k)}`); return true; }),
      set: trap((_t, k) => { log.push(`set ${String(k)}`); return true; }),
    }));
    const child = env.obj({ own: 1 }, p);
    env.run(() => {
      assert.strictEqual(child.Get('own', child), 1);
      assert.strictEqual(child.Get('x', child), 'v');
      assert.ok(child.HasProperty('y'));
      assert.ok(child.Set('z', 1, child));
    });
    assert.deepStrictEqual(log, ['get x', child, 'has y', 'set z']);
  });

  it('get invariant: a non-writable, non-configurable data property must report its value', () => {
    const target = freeze(env.obj({ a: 1 }));
    const p = proxy(target, env.obj({ get: trap(() => 2) }));
    assertThrows(() => env.run(() => p.Get('a', p)), 'TypeError',
      "'get' on proxy: property 'a' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '1' but got '2')");
  });

  it('set invariant and a falsish set', () => {
    const target = freeze(env.obj({ a: 1 }));
    const p = proxy(target, env.obj({ set: trap(() => true) }));
    assertThrows(() => env.run(() => p.Set('a', 2, p)), 'TypeError', /non-configurable and non-writable data property with a different value/);
    assert.ok(env.run(() => p.Set('a', 1, p)));
    const q = proxy(env.obj(), env.obj({ set: trap(() => 0) }));
    assert.strictEqual(env.run(() => q.Set('a', 1, q)), false);
  });

  it('has and deleteProperty invariants', () => {
    const target = freeze(env.obj({ a: 1 }));
    const p = proxy(target, env.obj({ has: trap(() => false), deleteProperty: trap(() => true) }));
    assertThrows(() => env.run(() => p.HasProperty('a')), 'TypeError', /exists in the proxy target as non-configurable/);
    assertThrows(() => env.run(() => p.Delete('a')), 'TypeError', /non-configurable in the proxy target/);
    assert.strictEqual(env.run(() => p.HasProperty('zz')), false);
  });

  it('getOwnPropertyDescriptor invariants and completion of the descriptor', () => {
    const target = env.obj({ a: 1 });
    const p = proxy(target, env.obj({ getOwnPropertyDescriptor: trap(() => env.obj({ value: 5, configurable: true })) }));
    const d = env.run(() => p.GetOwnProperty('a'))!;
    assert.deepStrictEqual(d, { value: 5, writable: false, enumerable: false, configurable: true });
    const q = proxy(env.obj(), env.obj({ getOwnPropertyDescriptor: trap(() => env.obj({ value: 5, configurable: false })) }));
    assertThrows(() => env.run(() => q.GetOwnProperty('a')), 'TypeError', /trap reported non-configurability for property 'a'/);
    const r = proxy(freeze(env.obj({ a: 1 })), env.obj({ getOwnPropertyDescriptor: trap(() => undefined) }));
    assertThrows(() => env.run(() => r.GetOwnProperty('a')), 'TypeError', /trap returned undefined for property 'a' which is non-configurable/);
    const s = proxy(env.obj(), env.obj({ getOwnPropertyDescriptor: trap(() => 1) }));
    assertThrows(() => env.run(() => s.GetOwnProperty('a')), 'TypeError', /neither object nor undefined/);
  });

  it('defineProperty trap gets a descriptor object; invariants on non-extensible targets', () => {
    let descSeen: JSObject | undefined;
    const p = proxy(env.run(() => { const o = env.obj(); o.PreventExtensions(); return o; }),
      env.obj({ defineProperty: trap((_t, _k, d) => { descSeen = d as JSObject; return true; }) }));
    assertThrows(() => env.run(() => p.DefineOwnProperty('x', { value: 1, writable: true })), 'TypeError', /to the non-extensible proxy target/);
    assert.strictEqual(descSeen!.Get('value', descSeen), 1);
    assert.strictEqual(descSeen!.Get('writable', descSeen), true);
    assert.strictEqual(descSeen!.GetOwnProperty('enumerable'), undefined);
  });

  it('ownKeys: duplicates, missing non-configurable keys, extra keys of a non-extensible target', () => {
    const mk = (target: JSObject, keys: Value[]) => proxy(target, env.obj({ ownKeys: trap(() => arr(...keys)) }));
    assertThrows(() => env.run(() => mk(env.obj(), ['a', 'a']).OwnPropertyKeys()), 'TypeError', "'ownKeys' on proxy: trap returned duplicate entries");
    assertThrows(() => env.run(() => mk(freeze(env.obj({ a: 1 })), []).OwnPropertyKeys()), 'TypeError', "'ownKeys' on proxy: trap result did not include 'a'");
    assertThrows(() => env.run(() => mk(freeze(env.obj()), ['b']).OwnPropertyKeys()), 'TypeError', "'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
    assertThrows(() => env.run(() => mk(env.obj(), [1]).OwnPropertyKeys()), 'TypeError', '1 is not a valid property name');
    assert.deepStrictEqual(env.run(() => mk(env.obj(), ['z', 'y']).OwnPropertyKeys()), ['z', 'y']);
  });

  it('getPrototypeOf / setPrototypeOf / isExtensible / preventExtensions invariants', () => {
    assertThrows(() => env.run(() => proxy(env.obj(), env.obj({ getPrototypeOf: trap(() => 1) })).GetPrototypeOf()), 'TypeError',
      "'getPrototypeOf' on proxy: trap returned neither object nor null");
    const ne = env.run(() => { const o = env.obj(); o.PreventExtensions(); return o; });
    assertThrows(() => env.run(() => proxy(ne, env.obj({ getPrototypeOf: trap(() => null) })).GetPrototypeOf()), 'TypeError', /did not return its actual prototype/);
    assertThrows(() => env.run(() => proxy(ne, env.obj({ setPrototypeOf: trap(() => true) })).SetPrototypeOf(null)), 'TypeError', /non-extensible proxy target/);
    assertThrows(() => env.run(() => proxy(env.obj(), env.obj({ isExtensible: trap(() => false) })).IsExtensible()), 'TypeError',
      "'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is 'true')");
    assertThrows(() => env.run(() => proxy(env.obj(), env.obj({ preventExtensions: trap(() => true) })).PreventExtensions()), 'TypeError',
      "'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
  });

  it('apply and construct traps; callability follows the target', () => {
    const f = env.fn(() => 'plain');
    const p = proxy(f, env.obj({ apply: trap((_t, thisArg, args) => `${String(thisArg)}:${String((args as JSObject).Get('0', args))}`) }));
    assert.ok(p.isCallable && !p.isConstructor);
    assert.strictEqual(env.run(() => p.Call('T', ['x'])), 'T:x');
    const Obj = env.get('Object') as JSObject;
    const c = proxy(Obj, env.obj({ construct: trap(() => 1) }));
    assert.ok(c.isConstructor);
    assertThrows(() => env.run(() => c.Construct([], c)), 'TypeError', "'construct' on proxy: trap returned non-object ('1')");
    assert.ok(!proxy(env.obj(), env.obj()).isCallable);
  });

  it('a non-callable trap is a TypeError naming the trap', () => {
    const p = proxy(env.obj(), env.obj({ get: 1 }));
    assertThrows(() => env.run(() => p.Get('x', p)), 'TypeError', "'1' returned for property 'get' of object '#<Object>' is not a function");
  });

  it('Proxy.revocable revokes: every operation then throws, and IsArray too', () => {
    const res = env.call(ProxyCtor.Get('revocable', ProxyCtor) as JSObject, undefined, arr(), env.obj()) as JSObject;
    const p = res.Get('proxy', res) as JSProxy;
    const revoke = res.Get('revoke', res) as JSObject;
    assert.strictEqual(env.run(() => IsArray(p)), true);
    assert.strictEqual(revoke.Get('length', revoke), 0);
    assert.strictEqual(revoke.Get('name', revoke), '');
    env.call(revoke, undefined);
    env.call(revoke, undefined);
    assert.strictEqual(p.proxyTarget, null);
    assertThrows(() => env.run(() => p.Get('x', p)), 'TypeError', "Cannot perform 'get' on a proxy that has been revoked");
    assertThrows(() => env.run(() => p.OwnPropertyKeys()), 'TypeError', "Cannot perform 'ownKeys' on a proxy that has been revoked");
    assertThrows(() => env.run(() => IsArray(p)), 'TypeError');
  });

  it('Object.prototype.toString sees through to an array target', () => {
    assert.strictEqual(env.run(() => ObjectPrototypeToString(proxy(arr(), env.obj()))), '[object Array]');
    assert.strictEqual(env.run(() => ObjectPrototypeToString(proxy(env.fn(() => 1), env.obj()))), '[object Function]');
  });

  it('a long chain of proxies ends in a RangeError, not a host stack overflow', () => {
    let p: JSObject = env.obj();
    for (let i = 0; i < 50000; i++) p = proxy(p, env.obj());
    assertThrows(() => env.run(() => p.Get('x', p)), 'RangeError', 'Maximum call stack size exceeded');
  });

  (canEvaluate ? describe : describe.skip)('through guest source', () => {

    it('behaves as V8 on a set of programs', () => {
      for (const src of [
        'var p = new Proxy({}, { get(t, k) { return typeof k === "string" ? k.toUpperCase() : undefined } }); p.hello',
        'var p = new Proxy({}, { has(t, k) { return k === "magic" } }); ["magic" in p, "other" in p]',
        'var proto = new Proxy({}, { get(t, k, r) { return typeof k === "string" ? "p:" + k : undefined } }); var o = Object.create(proto); o.own = 1; [o.own, o.other]',
        'var r = Proxy.revocable(function () { return 1 }, {}); var a = r.proxy(); r.revoke(); try { r.proxy() } catch (e) { [a, e.constructor.name, e.message] }',
        'typeof new Proxy(function () {}, {})',
        'Object.prototype.toString.call(new Proxy([], {}))',
        'Array.isArray(new Proxy([], {}))',
        'new Proxy([1, 2, 3], {}).map(x => x * 2)',
        'var n = 0; var p = new Proxy(function f() {}, { apply(t, th, args) { n++; return args.length } }); [p(1, 2, 3), p.call(null, 1), n]',
        'new (new Proxy(class A { constructor(x) { this.x = x } }, {}))(7).x',
        'var log = []; var p = new Proxy({ a: 1, b: 2 }, { ownKeys(t) { log.push("ownKeys"); return Reflect.ownKeys(t) }, getOwnPropertyDescriptor(t, k) { log.push("gopd " + k); return Reflect.getOwnPropertyDescriptor(t, k) } }); [Object.keys(p), log]',
        'var p = new Proxy({}, { defineProperty(t, k, d) { return Reflect.defineProperty(t, k, { ...d, value: d.value * 10 }) } }); p.x = 2; p.x',
        'var p = new Proxy({}, { deleteProperty() { return false } }); [delete p.x, (function () { "use strict"; try { delete p.x } catch (e) { return e.constructor.name } })()]',
        'try { Object.defineProperty(new Proxy({}, { defineProperty() { return false } }), "x", { value: 1 }) } catch (e) { e.constructor.name }',
        'try { new Proxy(Object.freeze({ a: 1 }), { get() { return 2 } }).a } catch (e) { e.message }',
        'try { Object.keys(new Proxy({}, { ownKeys() { return ["a", "a"] } })) } catch (e) { e.message }',
        'var p = new Proxy({}, {}); Object.setPrototypeOf(p, Array.prototype); [Object.getPrototypeOf(p) === Array.prototype, p instanceof Array]',
        'class P extends Object {} ; var o = new Proxy(new P(), {}); o instanceof P',
        'var t = {}; var p = new Proxy(t, { getPrototypeOf() { return Array.prototype } }); [p instanceof Array, Array.prototype.isPrototypeOf(p)]',
        'for (var k in new Proxy({ a: 1, b: 2 }, {})) k',
        'var p = new Proxy({}, { set(t, k, v, r) { t[k] = v + 1; return true } }); p.a = 1; p.a',
        'try { Proxy({}, {}) } catch (e) { e.message }',
        'try { new Proxy(1, {}) } catch (e) { e.message }',
      ]) sameAsHost(src);
    });
  });
});
