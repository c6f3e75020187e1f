import * as assert from 'assert';
import { Env, canEvaluate, assertThrows, same } from './primitives-helpers';
import { createRealm } from '../../../interpreter';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import type { Value } from '../../../interpreter/values/value';
import { CreateArrayFromList } from '../../../interpreter/ops/object-operations';
import { setValuesOf } from '../../../interpreter/intrinsics/Set';
import { ev, sameAsHost } from './guest-compare';

describe('Set', () => {
  const env = new Env();
  const SetCtor = env.get('Set') as JSObject;
  const proto = env.realm.intrinsics['%Set.prototype%'];
  const newSet = (values: Value[] = []): JSObject =>
    env.run(() => SetCtor.Construct(values.length ? [CreateArrayFromList(values)] : [], SetCtor));
  const m = (o: JSObject, name: string, ...args: Value[]): Value => env.run(() => (o.Get(name, o) as JSObject).Call(o, args));
  const values = (s: Value) => setValuesOf(s as JSObject);

  /** A set-like object over a host array, logging the operations done on it. */
  const setLike = (elems: Value[], log: string[], sizeOverride?: { v: Value }): JSObject => {
    const size = sizeOverride ? sizeOverride.v : elems.length;
    const o = env.obj();
    o.addAccessor('size', env.fn(() => { log.push('size'); return size; }), undefined, 7);
    o.setOwn('has', env.fn((_t, args) => { log.push(`has(${String(args[0])})`); return elems.includes(args[0]); }));
    o.setOwn('keys', env.fn(() => {
      log.push('keys');
      let i = 0;
      return env.obj({
        next: env.fn(() => {
          log.push('next');
          const done = i >= elems.length;
          return env.obj({ done, value: done ? undefined : elems[i++] });
        }),
        return: env.fn(() => { log.push('return'); return env.obj(); }),
      });
    }));
    return o;
  };

  it('is registered; keys, values and [Symbol.iterator] are one function', () => {
    assert.strictEqual(env.realm.intrinsics['%Set%'], SetCtor);
    const v = proto.Get('values', proto);
    assert.strictEqual(proto.Get('keys', proto), v);
    assert.strictEqual(proto.Get(WellKnown.iterator, proto), v);
    assert.ok(env.realm.intrinsics['%SetIteratorPrototype%'] instanceof JSObject);
    assertThrows(() => env.call(SetCtor, undefined), 'TypeError', "Constructor Set requires 'new'");
  });

  it('dedupes with SameValueZero and keeps insertion order', () => {
    const s = newSet([1, -0, 0, NaN, NaN, 'a', 1]);
    const vs = values(s)!;
    assert.strictEqual(vs.length, 4);
    same(vs[1], 0);
    assert.ok(Number.isNaN(vs[2] as number));
    assert.strictEqual(env.run(() => s.Get('size', s)), 4);
    assert.strictEqual(m(s, 'has', -0), true);
    assert.strictEqual(m(s, 'delete', 'a'), true);
    assert.strictEqual(m(s, 'delete', 'a'), false);
  });

  it('forEach passes (value, value, set) and sees values added during the walk', () => {
    const s = newSet([1]);
    const seen: Value[] = [];
    let once = true;
    m(s, 'forEach', env.fn((_t, args) => {
      seen.push(args[0]);
      assert.strictEqual(args[0], args[1]);
      if (args[0] === 1 && once) { once = false; m(s, 'add', 2); m(s, 'delete', 1); m(s, 'add', 1); }
      return undefined;
    }));
    // 1 deleted and re-added after its visit is visited again.
    assert.deepStrictEqual(seen, [1, 2, 1]);
  });

  it('union, intersection, difference, symmetricDifference with a Set', () => {
    const a = newSet([1, 2, 3]), b = newSet([3, 4]);
    assert.deepStrictEqual(values(m(a, 'union', b)), [1, 2, 3, 4]);
    assert.deepStrictEqual(values(m(a, 'intersection', b)), [3]);
    assert.deepStrictEqual(values(m(a, 'difference', b)), [1, 2]);
    assert.deepStrictEqual(values(m(a, 'symmetricDifference', b)), [1, 2, 4]);
    assert.strictEqual(m(newSet([3]), 'isSubsetOf', b), true);
    assert.strictEqual(m(a, 'isSubsetOf', b), false);
    assert.strictEqual(m(a, 'isSupersetOf', newSet([1, 3])), true);
    assert.strictEqual(m(a, 'isDisjointFrom', newSet([7])), true);
    assert.strictEqual(m(a, 'isDisjointFrom', b), false);
    // The result is a plain Set, whatever the receiver's constructor.
    assert.strictEqual((m(a, 'union', b) as JSObject).GetPrototypeOf(), proto);
  });

  it('GetSetRecord reads size, has, keys in order and validates them', () => {
    const log: string[] = [];
    m(newSet([1]), 'union', setLike([2], log));
    assert.deepStrictEqual(log, ['size', 'keys', 'next', 'next']);
    assertThrows(() => m(newSet(), 'union', 1), 'TypeError');
    assertThrows(() => m(newSet(), 'union', setLike([], [], { v: undefined })), 'TypeError');
    assertThrows(() => m(newSet(), 'union', setLike([], [], { v: -1 })), 'RangeError');
    const noHas = env.obj({ size: 1, keys: env.fn(() => undefined) });
    assertThrows(() => m(newSet(), 'union', noHas), 'TypeError');
  });

  it('intersection calls has() when this is smaller, keys() otherwise', () => {
    const log: string[] = [];
    assert.deepStrictEqual(values(m(newSet([1, 2]), 'intersection', setLike([2, 3, 4], log))), [2]);
    assert.deepStrictEqual(log, ['size', 'has(1)', 'has(2)']);
    log.length = 0;
    const res = values(m(newSet([0, 2, 3]), 'intersection', setLike([3, -0], log)))!;
    assert.deepStrictEqual(res, [3, 0]);
    same(res[1], 0);
    assert.deepStrictEqual(log, ['size', 'keys', 'next', 'next', 'next']);
  });

  it('isSupersetOf and isDisjointFrom close the keys iterator on an early answer', () => {
    const log: string[] = [];
    assert.strictEqual(m(newSet([1, 2, 3]), 'isSupersetOf', setLike([9, 1], log)), false);
    assert.deepStrictEqual(log, ['size', 'keys', 'next', 'return']);
    log.length = 0;
    assert.strictEqual(m(newSet([1, 2, 3]), 'isDisjointFrom', setLike([3], log)), false);
    assert.deepStrictEqual(log, ['size', 'keys', 'next', 'return']);
    log.length = 0;
    assert.strictEqual(m(newSet([1, 2, 3]), 'isSubsetOf', setLike([1, 2], log)), false);
    assert.deepStrictEqual(log, ['size']);
  });

  it('difference with a smaller this walks a snapshot and calls has()', () => {
    const log: string[] = [];
    assert.deepStrictEqual(values(m(newSet([1, 2]), 'difference', setLike([2, 5, 6], log))), [1]);
    assert.deepStrictEqual(log, ['size', 'has(1)', 'has(2)']);
  });

  it('the Set Iterator yields values or [v, v] and has its tag', () => {
    const s = newSet(['x']);
    const it = m(s, 'entries') as JSObject;
    const r = env.run(() => (it.Get('next', it) as JSObject).Call(it, [])) as JSObject;
    const pair = env.run(() => r.Get('value', r)) as JSObject;
    assert.deepStrictEqual([pair.Get('0', pair), pair.Get('1', pair)], ['x', 'x']);
    const itProto = env.realm.intrinsics['%SetIteratorPrototype%'];
    assert.strictEqual(itProto.Get(WellKnown.toStringTag, itProto), 'Set Iterator');
    const next = itProto.Get('next', itProto) as JSObject;
    assertThrows(() => env.call(next, env.obj()), 'TypeError', /Set Iterator\.prototype\.next/);
  });

  it('methods reject a Map receiver', () => {
    const add = proto.Get('add', proto) as JSObject;
    const map = env.run(() => (env.get('Map') as JSObject).Construct([], env.get('Map') as JSObject));
    assertThrows(() => env.call(add, map, 1), 'TypeError', 'Method Set.prototype.add called on incompatible receiver #<Map>');
  });

  (canEvaluate ? describe : describe.skip)('through guest source', () => {

    it('behaves as V8 on a set of programs', () => {
      for (const src of [
        '[...new Set("hello")].join("")',
        'var s = new Set([1, 2, 3]); var out = []; for (const x of s) { out.push(x); if (x === 1) { s.delete(2); s.add(4); } } out',
        '[...new Set([1, 2]).entries()]',
        'Set.prototype.keys === Set.prototype.values && Set.prototype[Symbol.iterator] === Set.prototype.values',
        'class S extends Set { add(v) { return super.add(v * 2); } } [...new S([1, 2])]',
        'var s = new Set([NaN, 0, -0, NaN]); [s.size, Object.is([...s][1], 0)]',
        'try { new Set(1) } catch (e) { e.constructor.name }',
        'try { Set.prototype.has.call(new Map(), 1) } catch (e) { e.message }',
        'var s = new Set(); for (let i = 0; i < 500; i++) s.add("k" + i); s.clear(); s.add(1); [...s]',
      ]) sameAsHost(src);
    });

    it('has the set methods', () => {
      assert.deepStrictEqual(ev('var a = new Set([1, 2, 3]), b = new Set([3, 4]); [[...a.union(b)], [...a.intersection(b)], [...a.difference(b)], [...a.symmetricDifference(b)], a.isSubsetOf(b), a.isSupersetOf(new Set([1])), a.isDisjointFrom(new Set([9]))]'),
        [[1, 2, 3, 4], [3], [1, 2], [1, 2, 4], false, true, true]);
      assert.deepStrictEqual(ev('var like = { size: 2, has: x => x === 1, keys: function* () { yield 1; yield 5; } }; [[...new Set([1, 2]).union(like)], [...new Set([1, 2, 3]).intersection(like)]]'),
        [[1, 2, 5], [1]]);
      assert.deepStrictEqual(ev('try { new Set().union({ size: NaN, has() {}, keys() {} }) } catch (e) { e.constructor.name }'), 'TypeError');
    });
  });
});
