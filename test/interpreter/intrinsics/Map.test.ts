import * as assert from 'assert';
import { Env, canEvaluate, assertThrows, same } from './primitives-helpers';
import { createRealm } from '../../../interpreter';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import type { Value } from '../../../interpreter/values/value';
import { CreateArrayFromList } from '../../../interpreter/ops/object-operations';
import { mapEntriesOf } from '../../../interpreter/intrinsics/Map';
import { ObjectPrototypeToString } from '../../../interpreter/intrinsics/Object';
import { ev, sameAsHost } from './guest-compare';

describe('Map', () => {
  const env = new Env();
  const MapCtor = env.get('Map') as JSObject;
  const proto = env.realm.intrinsics['%Map.prototype%'];
  const newMap = (entries: [Value, Value][] = []): JSObject =>
    env.run(() => MapCtor.Construct(entries.length ? [CreateArrayFromList(entries.map((e) => CreateArrayFromList(e)))] : [], MapCtor));
  const m = (o: JSObject, name: string, ...args: Value[]): Value => env.run(() => (o.Get(name, o) as JSObject).Call(o, args));
  /** Drains a guest iterator into a host array. */
  const drain = (it: JSObject): Value[] => env.run(() => {
    const out: Value[] = [];
    for (;;) {
      const r = (it.Get('next', it) as JSObject).Call(it, []) as JSObject;
      if (r.Get('done', r)) return out;
      out.push(r.Get('value', r));
    }
  });
  const pairs = (it: JSObject): Value[][] => drain(it).map((a) => [(a as JSObject).Get('0', a), (a as JSObject).Get('1', a)]);

  it('is registered with its prototype, and Map.prototype[Symbol.iterator] is entries', () => {
    assert.strictEqual(env.realm.intrinsics['%Map%'], MapCtor);
    assert.strictEqual(MapCtor.Get('prototype', MapCtor), proto);
    assert.strictEqual(proto.Get(WellKnown.iterator, proto), proto.Get('entries', proto));
    assert.strictEqual(proto.Get(WellKnown.toStringTag, proto), 'Map');
    assert.strictEqual(MapCtor.Get('length', MapCtor), 0);
    assert.ok(env.realm.intrinsics['%MapIteratorPrototype%'] instanceof JSObject);
  });

  it('requires new', () => {
    assertThrows(() => env.call(MapCtor, undefined), 'TypeError', "Constructor Map requires 'new'");
  });

  it('keys compare with SameValueZero, and -0 is stored as +0', () => {
    const map = newMap();
    m(map, 'set', -0, 'zero');
    m(map, 'set', NaN, 'nan');
    m(map, 'set', '1', 'str');
    m(map, 'set', 1, 'num');
    assert.strictEqual(m(map, 'get', 0), 'zero');
    assert.strictEqual(m(map, 'get', NaN), 'nan');
    assert.strictEqual(m(map, 'get', '1'), 'str');
    assert.strictEqual(m(map, 'get', 1), 'num');
    same(mapEntriesOf(map)![0][0], 0);
    assert.strictEqual(env.run(() => map.Get('size', map)), 4);
  });

  it('the constructor adds entries from an iterable through this.set', () => {
    const map = newMap([['a', 1], ['b', 2], ['a', 3]]);
    assert.deepStrictEqual(mapEntriesOf(map), [['a', 3], ['b', 2]]);
  });

  it('the constructor rejects a non-object entry and closes the iterator', () => {
    let closed = false;
    const it = env.iterable([1], () => { closed = true; });
    assertThrows(() => env.construct(MapCtor, [it]), 'TypeError', 'Iterator value 1 is not an entry object');
    assert.ok(closed);
  });

  it('the constructor uses a replaced Map.prototype.set', () => {
    const log: Value[] = [];
    const original = proto.Get('set', proto);
    env.run(() => proto.Set('set', env.fn((_t, args) => { log.push(args[0]); return undefined; }), proto));
    try {
      newMap([['x', 1]]);
    } finally {
      env.run(() => proto.Set('set', original, proto));
    }
    assert.deepStrictEqual(log, ['x']);
  });

  it('keeps insertion order; set on an existing key keeps its place', () => {
    const map = newMap([['a', 1], ['b', 2], ['c', 3]]);
    m(map, 'set', 'a', 9);
    m(map, 'delete', 'b');
    m(map, 'set', 'b', 4);
    assert.deepStrictEqual(mapEntriesOf(map), [['a', 9], ['c', 3], ['b', 4]]);
  });

  it('iteration is live: it sees additions and skips deletions', () => {
    const map = newMap([[1, 'a'], [2, 'b'], [3, 'c']]);
    const it = m(map, 'keys') as JSObject;
    const first = env.run(() => ((it.Get('next', it) as JSObject).Call(it, []) as JSObject).Get('value', undefined));
    assert.strictEqual(first, 1);
    m(map, 'delete', 2);
    m(map, 'set', 4, 'd');
    assert.deepStrictEqual(drain(it), [3, 4]);
    // Once done, an iterator stays done.
    m(map, 'set', 5, 'e');
    assert.deepStrictEqual(drain(it), []);
  });

  it('iteration survives compaction after many deletions, and clear', () => {
    const map = newMap();
    for (let i = 0; i < 100; i++) m(map, 'set', i, i);
    const it = m(map, 'values') as JSObject;
    const got: Value[] = [];
    const next = () => env.run(() => ((it.Get('next', it) as JSObject).Call(it, []) as JSObject).Get('value', undefined));
    for (let i = 0; i < 10; i++) got.push(next());
    for (let i = 0; i < 95; i++) if (i !== 50 && i !== 97) m(map, 'delete', i); // compacts
    got.push(...drain(it));
    assert.deepStrictEqual(got, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 50, 95, 96, 97, 98, 99]);
    const it2 = m(map, 'keys') as JSObject;
    m(map, 'clear');
    m(map, 'set', 'new', 1);
    assert.deepStrictEqual(drain(it2), ['new']);
  });

  it('forEach visits entries added during the walk, with (value, key, map)', () => {
    const map = newMap([['a', 1]]);
    const seen: Value[] = [];
    m(map, 'forEach', env.fn((_t, args) => {
      seen.push(args[1], args[0]);
      assert.strictEqual(args[2], map);
      if (args[1] === 'a') m(map, 'set', 'b', 2);
      return undefined;
    }));
    assert.deepStrictEqual(seen, ['a', 1, 'b', 2]);
    assertThrows(() => m(map, 'forEach', 1), 'TypeError', '1 is not a function');
  });

  it('entries yields [key, value] arrays; the iterator has the Map Iterator tag', () => {
    const map = newMap([['k', 'v']]);
    const it = m(map, 'entries') as JSObject;
    assert.strictEqual(env.run(() => ObjectPrototypeToString(it)), '[object Map Iterator]');
    assert.deepStrictEqual(pairs(it), [['k', 'v']]);
  });

  it('methods reject receivers without [[MapData]]', () => {
    const get = proto.Get('get', proto) as JSObject;
    assertThrows(() => env.call(get, env.obj(), 1), 'TypeError', 'Method Map.prototype.get called on incompatible receiver #<Object>');
    const size = proto.GetOwnProperty('size')!.get as JSObject;
    assertThrows(() => env.call(size, env.realm.intrinsics['%Set.prototype%']), 'TypeError', /get Map\.prototype\.size/);
  });

  it('Map.groupBy groups by SameValueZero keys in order', () => {
    const groupBy = MapCtor.Get('groupBy', MapCtor) as JSObject;
    const items = env.run(() => CreateArrayFromList([1, 2, 3, 4, 5]));
    const res = env.call(groupBy, MapCtor, items, env.fn((_t, args) => ((args[0] as number) % 2 === 0 ? 'even' : (args[1] === 0 ? -0 : 'odd')))) as JSObject;
    const entries = mapEntriesOf(res)!;
    assert.deepStrictEqual(entries.map((e) => e[0]), [0, 'even', 'odd']);
    assert.deepStrictEqual(env.run(() => (entries[1][1] as JSObject).Get('length', undefined)), 2);
  });

  it('Map[Symbol.species] returns this', () => {
    const getter = MapCtor.GetOwnProperty(WellKnown.species)!.get as JSObject;
    assert.strictEqual(env.call(getter, 42), 42);
    assert.strictEqual(getter.Get('name', getter), 'get [Symbol.species]');
  });

  it('getOrInsert and getOrInsertComputed insert once', () => {
    const map = newMap();
    assert.strictEqual(m(map, 'getOrInsert', 'a', 1), 1);
    assert.strictEqual(m(map, 'getOrInsert', 'a', 2), 1);
    let calls = 0;
    const cb = env.fn((_t, args) => { calls++; same(args[0], 0); return 'v'; });
    assert.strictEqual(m(map, 'getOrInsertComputed', -0, cb), 'v');
    assert.strictEqual(m(map, 'getOrInsertComputed', 0, cb), 'v');
    assert.strictEqual(calls, 1);
    assertThrows(() => m(map, 'getOrInsertComputed', 'x', 1), 'TypeError');
    // The callback may insert the key itself: its value is then overwritten, in place.
    const cb2 = env.fn(() => { m(map, 'set', 'k', 'inner'); m(map, 'set', 'z', 1); return 'outer'; });
    assert.strictEqual(m(map, 'getOrInsertComputed', 'k', cb2), 'outer');
    const entries = mapEntriesOf(map)!;
    assert.deepStrictEqual(entries.slice(-2), [['k', 'outer'], ['z', 1]]);
  });

  (canEvaluate ? describe : describe.skip)('through guest source', () => {

    it('behaves as V8 on a set of programs', () => {
      for (const src of [
        'class M extends Map { constructor(x) { super(x); this.extra = 1; } } var m = new M([[1, "a"]]); [m instanceof Map, m.get(1), m.extra, Object.prototype.toString.call(m)]',
        '[...new Map([[1, 2], [3, 4]]).keys()]',
        '[...new Map([[1, 2], [3, 4]])]',
        'var m = new Map(); m.set("a", 1).set("b", 2); m.delete("a"); m.set("a", 3); [...m.entries()]',
        'var m = new Map([[1, 1], [2, 2], [3, 3]]); var out = []; for (const [k] of m) { out.push(k); if (k === 1) { m.delete(2); m.set(4, 4); } } out',
        'var out = []; new Map([["x", 1]]).forEach(function (v, k, map) { out.push(k, v, map.size, this.t); }, { t: "T" }); out',
        'Object.getOwnPropertyNames(Map.prototype).filter(n => !n.startsWith("getOrInsert")).sort()',
        'Map.prototype[Symbol.iterator] === Map.prototype.entries',
        'new Map([[NaN, 1], [-0, 2]]).get(0) + new Map([[NaN, 1]]).get(NaN)',
        'var it = new Map([[1, 2]])[Symbol.iterator](); [Object.prototype.toString.call(it), it.next(), it.next()]',
        'try { Map() } catch (e) { [e.constructor.name, e.message] }',
        'try { new Map([1]) } catch (e) { e.message }',
        'try { Map.prototype.get.call({}, 1) } catch (e) { e.message }',
        'Map[Symbol.species] === Map',
        'var m = new Map(); for (let i = 0; i < 1000; i++) m.set(i, i); for (let i = 0; i < 990; i++) m.delete(i); [m.size, [...m.values()]]',
      ]) sameAsHost(src);
    });

    it('has Map.groupBy', () => {
      assert.deepStrictEqual(ev('[...Map.groupBy([1, 2, 3, 4, 5], x => x % 2 ? "odd" : "even")]'), [['odd', [1, 3, 5]], ['even', [2, 4]]]);
    });

    it('has the upsert methods', () => {
      assert.deepStrictEqual(ev('var m = new Map(); [m.getOrInsert("a", 1), m.getOrInsert("a", 2), m.getOrInsertComputed("b", k => k + "!"), [...m]]'),
        [1, 1, 'b!', [['a', 1], ['b', 'b!']]]);
    });
  });
});
