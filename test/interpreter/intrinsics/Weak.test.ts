import * as assert from 'assert';
import { Env, assertThrows } from './primitives-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { JSSymbol, WellKnown } from '../../../interpreter/values/symbol';
import type { Value } from '../../../interpreter/values/value';
import { CanBeHeldWeakly } from '../../../interpreter/intrinsics/Weak';

describe('WeakMap, WeakSet, WeakRef, FinalizationRegistry', () => {
  const env = new Env();
  const ctor = (name: string) => env.get(name) as JSObject;
  const make = (name: string, ...args: Value[]) => env.construct(name, args);
  const m = (o: JSObject, name: string, ...args: Value[]): Value => env.run(() => (o.Get(name, o) as JSObject).Call(o, args));

  it('CanBeHeldWeakly: objects and unregistered symbols', () => {
    assert.ok(CanBeHeldWeakly(env.obj()));
    assert.ok(CanBeHeldWeakly(new JSSymbol('x')));
    assert.ok(CanBeHeldWeakly(WellKnown.iterator));
    const reg = env.call('Symbol.for', undefined, 'reg') as JSSymbol;
    assert.ok(!CanBeHeldWeakly(reg));
    assert.ok(!CanBeHeldWeakly(1));
  });

  it('WeakMap set/get/has/delete with object and symbol keys', () => {
    const wm = make('WeakMap');
    const k = env.obj(), s = new JSSymbol('s');
    assert.strictEqual(m(wm, 'set', k, 1), wm);
    m(wm, 'set', s, 2);
    assert.strictEqual(m(wm, 'get', k), 1);
    assert.strictEqual(m(wm, 'get', s), 2);
    assert.strictEqual(m(wm, 'has', k), true);
    assert.strictEqual(m(wm, 'delete', k), true);
    assert.strictEqual(m(wm, 'has', k), false);
    assert.strictEqual(m(wm, 'get', 1), undefined);
    assert.strictEqual(m(wm, 'has', 1), false);
    assertThrows(() => m(wm, 'set', 1, 1), 'TypeError', 'Invalid value used as weak map key');
    assertThrows(() => m(wm, 'set', env.call('Symbol.for', undefined, 'r'), 1), 'TypeError');
  });

  it('WeakMap getOrInsertComputed checks the callback before the key', () => {
    const wm = make('WeakMap');
    assertThrows(() => m(wm, 'getOrInsertComputed', 1, 1), 'TypeError', '1 is not a function');
    assertThrows(() => m(wm, 'getOrInsertComputed', 1, env.fn(() => 0)), 'TypeError', 'Invalid value used as weak map key');
    const k = env.obj();
    assert.strictEqual(m(wm, 'getOrInsertComputed', k, env.fn((_t, a) => (a[0] === k ? 'yes' : 'no'))), 'yes');
    assert.strictEqual(m(wm, 'getOrInsert', k, 'other'), 'yes');
  });

  it('WeakSet add/has/delete', () => {
    const ws = make('WeakSet');
    const k = env.obj();
    assert.strictEqual(m(ws, 'add', k), ws);
    assert.strictEqual(m(ws, 'has', k), true);
    assert.strictEqual(m(ws, 'delete', k), true);
    assert.strictEqual(m(ws, 'has', k), false);
    assertThrows(() => m(ws, 'add', 'x'), 'TypeError', 'Invalid value used in weak set');
  });

  it('constructors require new and take an iterable', () => {
    for (const n of ['WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry']) {
      assertThrows(() => env.call(ctor(n), undefined), 'TypeError', `Constructor ${n} requires 'new'`);
    }
    const k = env.obj();
    const ws = make('WeakSet', env.iterable([k]));
    assert.strictEqual(m(ws, 'has', k), true);
  });

  it('WeakRef derefs its target and rejects non-targets', () => {
    const t = env.obj();
    const ref = make('WeakRef', t);
    assert.strictEqual(m(ref, 'deref'), t);
    assertThrows(() => make('WeakRef', 1), 'TypeError', 'WeakRef: invalid target');
    const proto = env.realm.intrinsics['%WeakRef.prototype%'];
    assert.strictEqual(proto.Get(WellKnown.toStringTag, proto), 'WeakRef');
    assertThrows(() => env.call(proto.Get('deref', proto) as JSObject, env.obj()), 'TypeError', /incompatible receiver/);
  });

  it('FinalizationRegistry validates register/unregister arguments', () => {
    const fr = make('FinalizationRegistry', env.fn(() => undefined));
    const t = env.obj(), token = env.obj();
    assert.strictEqual(m(fr, 'register', t, 'held', token), undefined);
    assert.strictEqual(m(fr, 'unregister', token), true);
    assert.strictEqual(m(fr, 'unregister', token), false);
    assertThrows(() => m(fr, 'register', t, t), 'TypeError', /must not be same/);
    assertThrows(() => m(fr, 'register', 1, 2), 'TypeError', /invalid target/);
    assertThrows(() => m(fr, 'register', t, 2, 3), 'TypeError', /Invalid unregisterToken/);
    assertThrows(() => m(fr, 'unregister', 3), 'TypeError', /Invalid unregisterToken/);
    assertThrows(() => make('FinalizationRegistry', 1), 'TypeError', 'FinalizationRegistry: cleanup must be callable');
  });

  it('a collected target queues its cleanup as a job of the registry agent', async function () {
    const gc = (globalThis as any).gc as (() => void) | undefined;
    if (gc === undefined) this.skip();
    const held: Value[] = [];
    const fr = make('FinalizationRegistry', env.fn((_t, args) => { held.push(args[0]); return undefined; }));
    (() => { m(fr, 'register', env.obj(), 'gone'); })();
    for (let i = 0; i < 10 && !env.realm.agent.hasJobs; i++) {
      gc!();
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.deepStrictEqual(held, []); // not re-entrantly
    env.run(() => env.realm.agent.runJobs());
    assert.deepStrictEqual(held, ['gone']);
  });
});
