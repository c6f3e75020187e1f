// Map and Set: insertion order, SameValueZero keys, iteration while mutating
const m = new Map([['a', 1], ['b', 2]]);
m.set('c', 3).set('a', 'updated');
console.log(m.size, m.get('a'), m.has('b'), m.get('missing'), m.delete('b'), m.delete('b'), [...m.keys()].join(','));
const keyObj = {}, keyFn = () => {};
m.set(keyObj, 'object key').set(keyFn, 'function key').set(NaN, 'nan').set(-0, 'zero');
console.log(m.get(keyObj), m.get({}), m.get(keyFn), m.get(NaN), m.get(0), m.get(+0), [...m.keys()].includes(-0), Object.is([...m.keys()].at(-1), 0));
const order = [];
m.forEach((v, k, map) => order.push(typeof k), { thisArg: true });
console.log(order.join(','));
const iterMut = new Map([[1, 'a'], [2, 'b']]);
const seen = [];
for (const [k] of iterMut) {
  seen.push(k);
  if (k === 1) { iterMut.delete(2); iterMut.set(3, 'c'); }
}
console.log('map iteration sees live changes', seen.join(','));
const s = new Set([1, 2, 2, '2', NaN, NaN, 0, -0]);
console.log(s.size, s.has('2'), s.has(NaN), [...s].map(String).join(','));
s.add(4).delete(1);
console.log([...s.entries()][0], [...s.values()].length, s.keys === s.values, Set.prototype.keys === Set.prototype.values);
const s2 = new Set('hello');
console.log([...s2].join(''), new Set().size);
const cleared = new Map([[1, 1]]);
cleared.clear();
console.log(cleared.size, [...cleared].length);
try { new Map([1, 2]); } catch (e) { console.log(e.name, e.message); }
try { Map(); } catch (e) { console.log(e.name, e.message); }
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.name, e.message); }
console.log(Object.prototype.toString.call(new Map()), String(new Set()), Map.name, Set.length);
const grouped = Map.groupBy ? 'Map.groupBy available' : 'no Map.groupBy';
console.log(typeof grouped);
const counts = new Map();
for (const w of 'the cat and the hat and the bat'.split(' ')) counts.set(w, (counts.get(w) || 0) + 1);
console.log([...counts].map(([w, c]) => `${w}:${c}`).join(' '));
const setIt = new Set([1, 2, 3]);
const out = [];
for (const v of setIt) { out.push(v); if (v === 1) setIt.delete(2); if (v === 3) setIt.add(4); if (v === 4) break; }
console.log(out.join(','));
const m2 = new Map();
m2.set('x', 1);
const it = m2[Symbol.iterator]();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), Object.prototype.toString.call(it));
console.log(new Map([[1, 'one']]).entries().next().value, Map.prototype[Symbol.iterator] === Map.prototype.entries);
