import * as assert from 'assert';
import { createRealm } from '../../../interpreter';

const run = (src: string): unknown => createRealm().evaluate(src);
const throwsGuest = (src: string, name: string, message?: RegExp): void => {
  assert.throws(() => run(src), (e: any) => e.name === name && (message === undefined || message.test(e.message)));
};

describe('Iterator helpers', () => {
  it('Iterator is an abstract constructor whose prototype is %IteratorPrototype%', () => {
    assert.strictEqual(run('Iterator.prototype === Object.getPrototypeOf(Object.getPrototypeOf([].values()))'), true);
    throwsGuest('Iterator()', 'TypeError');
    throwsGuest('new Iterator()', 'TypeError', /Abstract class Iterator/);
    assert.strictEqual(run('class I extends Iterator {}; new I() instanceof Iterator'), true);
    assert.deepStrictEqual(run('const d = Object.getOwnPropertyDescriptor(Iterator, "prototype"); [d.writable, d.enumerable, d.configurable]'), [false, false, false]);
    assert.strictEqual(run('Iterator.length'), 0);
  });

  it('constructor and Symbol.toStringTag are accessors that ignore the prototype itself', () => {
    assert.strictEqual(run('Iterator.prototype.constructor === Iterator'), true);
    assert.strictEqual(run('Iterator.prototype[Symbol.toStringTag]'), 'Iterator');
    assert.deepStrictEqual(run('const d = Object.getOwnPropertyDescriptor(Iterator.prototype, Symbol.toStringTag); [typeof d.get, typeof d.set, d.enumerable, d.configurable]'), ['function', 'function', false, true]);
    throwsGuest('"use strict"; Iterator.prototype.constructor = 1', 'TypeError');
    assert.strictEqual(run('const o = Object.create(Iterator.prototype); o[Symbol.toStringTag] = "X"; Object.getOwnPropertyDescriptor(o, Symbol.toStringTag).value'), 'X');
    assert.strictEqual(run('Object.prototype.toString.call([].values().map(x => x))'), '[object Iterator Helper]');
  });

  it('map, filter, take, drop, flatMap produce lazy helpers', () => {
    assert.deepStrictEqual(run('[1, 2, 3, 4].values().map((x, i) => x * 10 + i).filter(x => x > 20).toArray()'), [21, 32, 43]);
    assert.deepStrictEqual(run('[1, 2, 3, 4].values().drop(1).take(2).toArray()'), [2, 3]);
    assert.deepStrictEqual(run('[[1, 2], "ab", [3]].values().flatMap(x => typeof x === "string" ? [x] : x).toArray()'), [1, 2, 'ab', 3]);
    throwsGuest('[1].values().flatMap(x => "ab").toArray()', 'TypeError');
    assert.deepStrictEqual(run('let log = []; const it = [1, 2].values().map(x => (log.push(x), x)); log.push("made"); it.next(); log'), ['made', 1]);
  });

  it('reduce, toArray, forEach, some, every, find consume the iterator', () => {
    assert.strictEqual(run('[1, 2, 3].values().reduce((a, b) => a + b)'), 6);
    assert.strictEqual(run('[1, 2, 3].values().reduce((a, b, i) => a + b * i, 100)'), 108);
    throwsGuest('[].values().reduce((a, b) => a + b)', 'TypeError');
    assert.deepStrictEqual(run('let out = []; [5, 6].values().forEach((v, i) => out.push([v, i])); out'), [[5, 0], [6, 1]]);
    assert.deepStrictEqual(run('[[1,2,3].values().some(x => x > 2), [1,2].values().every(x => x > 1), [1,2,3].values().find(x => x > 1)]'), [true, false, 2]);
  });

  it('argument validation closes the underlying iterator before reading next', () => {
    const src = (call: string): string => `let log = []; const it = { __proto__: Iterator.prototype, get next() { log.push("next"); }, return() { log.push("return"); return {}; } };
      try { ${call} } catch (e) { log.push(e.constructor.name); } log`;
    assert.deepStrictEqual(run(src('it.map(1)')), ['return', 'TypeError']);
    assert.deepStrictEqual(run(src('it.take(NaN)')), ['return', 'RangeError']);
    assert.deepStrictEqual(run(src('it.drop(-1)')), ['return', 'RangeError']);
    assert.deepStrictEqual(run(src('it.take(2 ** 53)')), ['return', 'RangeError']);
    assert.deepStrictEqual(run(src('it.take(Infinity)')), ['next']);
    throwsGuest('Iterator.prototype.map.call(1, x => x)', 'TypeError');
  });

  it('return() closes the underlying iterator; re-entrance throws', () => {
    const src = `let log = []; const under = { i: 0, next() { return { value: this.i++, done: false }; }, return() { log.push("return"); return {}; } };`;
    assert.deepStrictEqual(run(`${src} const h = Iterator.prototype.map.call(under, x => x); const r = h.return(); [log, r.done, h.next().done]`), [['return'], true, true]);
    assert.deepStrictEqual(run(`${src} const h = Iterator.prototype.take.call(under, 1); h.next(); h.next(); log`), ['return']);
    assert.deepStrictEqual(run(`${src} const h = Iterator.prototype.filter.call(under, x => true); h.next(); h.return(); h.return(); log`), ['return']);
    throwsGuest('let h; h = [1].values().map(() => h.next()); h.next()', 'TypeError', /already running/);
    assert.deepStrictEqual(run(`${src} const h = Iterator.prototype.flatMap.call(under, x => ({ next() { return { value: x, done: false }; }, return() { log.push("inner"); return {}; } })); h.next(); h.return(); log`), ['inner', 'return']);
  });

  it('Iterator.from wraps non-Iterator iterators and accepts strings', () => {
    assert.deepStrictEqual(run('Iterator.from("ab").toArray()'), ['a', 'b']);
    assert.strictEqual(run('const a = [].values(); Iterator.from(a) === a'), true);
    assert.deepStrictEqual(run('let i = 0; const w = Iterator.from({ next() { return { value: i++, done: i > 3 }; } }); [w instanceof Iterator, w.take(5).toArray()]'), [true, [0, 1, 2]]);
    assert.strictEqual(run('Iterator.from({ next() {} }).return().done'), true);
    throwsGuest('Iterator.from(1)', 'TypeError');
  });

  it('Iterator.concat chains iterables lazily', () => {
    assert.deepStrictEqual(run('Iterator.concat([1], new Set([2, 3]), "x".split("")).toArray()'), [1, 2, 3, 'x']);
    throwsGuest('Iterator.concat("ab")', 'TypeError');
    throwsGuest('Iterator.concat({})', 'TypeError');
  });

  it('includes uses SameValueZero and validates skippedElements', () => {
    assert.deepStrictEqual(run('[[1, NaN].values().includes(NaN), [1, 2].values().includes(1, 1), [0].values().includes(-0)]'), [true, false, true]);
    throwsGuest('[].values().includes(1, 1.5)', 'TypeError');
    throwsGuest('[].values().includes(1, -1)', 'RangeError');
  });

  it('chunks and windows group values into fresh arrays', () => {
    assert.deepStrictEqual(run('[1, 2, 3, 4, 5].values().chunks(2).toArray()'), [[1, 2], [3, 4], [5]]);
    assert.deepStrictEqual(run('[1, 2, 3].values().windows(2).toArray()'), [[1, 2], [2, 3]]);
    assert.deepStrictEqual(run('[[1].values().windows(2).toArray(), [1].values().windows(2, "allow-partial").toArray()]'), [[], [[1]]]);
    throwsGuest('[].values().chunks(0)', 'RangeError');
    throwsGuest('[].values().windows("2")', 'TypeError');
    throwsGuest('[].values().windows(2, "x")', 'TypeError');
  });

  it('Iterator.zip in shortest, longest and strict modes', () => {
    assert.deepStrictEqual(run('Iterator.zip([[1, 2, 3], [4, 5]]).toArray()'), [[1, 4], [2, 5]]);
    assert.deepStrictEqual(run('Iterator.zip([[1, 2], [3]], { mode: "longest", padding: ["a", "b"] }).toArray()'), [[1, 3], [2, 'b']]);
    throwsGuest('Iterator.zip([[1, 2], [3]], { mode: "strict" }).toArray()', 'TypeError');
    throwsGuest('Iterator.zip(["ab"])', 'TypeError');
  });

  it('Iterator.zipKeyed yields null-prototype objects', () => {
    assert.deepStrictEqual(run('Iterator.zipKeyed({ a: [1, 2], b: [3], c: undefined }, { mode: "longest", padding: { b: 9 } }).map(o => [Object.getPrototypeOf(o), Object.keys(o), o.a, o.b]).toArray()'),
      [[null, ['a', 'b'], 1, 3], [null, ['a', 'b'], 2, 9]]);
  });
});
