import * as assert from 'assert';
import { Env, canEvaluate, assertThrows } from './primitives-helpers';
import { createRealm } from '../../../interpreter';
import { JSObject } from '../../../interpreter/values/object';
import { JSSymbol, WellKnown } from '../../../interpreter/values/symbol';
import type { Value } from '../../../interpreter/values/value';
import { CanBeHeldWeakly } from '../../../interpreter/intrinsics/Weak';
import { ev, sameAsHost } from './guest-compare';

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
    let gc = (globalThis as any).gc as (() => void) | undefined;
    if (gc === undefined) {
      try {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        require('v8').setFlagsFromString('--expose-gc');
        gc = require('vm').runInNewContext('gc') as () => void;
      } catch {
        this.skip();
      }
    }
    const held: Value[] = [];
    const fr = make('FinalizationRegistry', env.fn((_t, args) => { held.push(args[0]); return undefined; }));
    (() => { m(fr, 'register', env.obj(), 'gone'); })();
    for (let i = 0; i < 10 && !env.realm.agent.hasJobs; i++) {
      gc!();
      await new Promise((r) => setTimeout(r, 10));
    }
    if (!env.realm.agent.hasJobs) this.skip(); // the host did not collect it this time
    assert.deepStrictEqual(held, []); // not re-entrantly
    env.run(() => env.realm.agent.runJobs());
    assert.deepStrictEqual(held, ['gone']);
  });

  (canEvaluate ? describe : describe.skip)('through guest source', () => {

    it('behaves as V8 on a set of programs', () => {
      for (const src of [
        'var wm = new WeakMap(); var k = {}; wm.set(k, 1); [wm.get(k), wm.has({}), String(wm), wm.delete(k), wm.has(k)]',
        'var ws = new WeakSet([Object]); [ws.has(Object), ws.has(Array)]',
        'var r = new WeakRef({ x: 1 }); [r.deref().x, Object.prototype.toString.call(r)]',
        'try { new WeakMap().set(1, 1) } catch (e) { e.message }',
        'try { new WeakSet().add("s") } catch (e) { e.message }',
        'var fr = new FinalizationRegistry(() => {}); var t = {}; [fr.register(t, 1, t), fr.unregister(t), fr.unregister(t)]',
        'class W extends WeakMap { constructor() { super(); this.n = 1; } } [new W() instanceof WeakMap, new W().n]',
      ]) sameAsHost(src);
    });

    it('accepts non-registered symbols as weak keys', () => {
      assert.deepStrictEqual(ev('var s = Symbol("k"); var wm = new WeakMap([[s, 1]]); [wm.get(s), new WeakRef(Symbol.iterator).deref() === Symbol.iterator]'), [1, true]);
      assert.deepStrictEqual(ev('try { new WeakSet().add(Symbol.for("reg")) } catch (e) { e.constructor.name }'), 'TypeError');
    });
  });
});
