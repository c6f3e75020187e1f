// sorting (stability, comparators, undefined and holes) and the ES2023 copying methods
console.log([10, 9, 1, 100, 25].sort(), [10, 9, 1, 100, 25].sort((a, b) => a - b), ['b', 'a', 'C', 'B'].sort());
const records = [
  { k: 2, id: 'a' }, { k: 1, id: 'b' }, { k: 2, id: 'c' }, { k: 1, id: 'd' }, { k: 0, id: 'e' },
  { k: 2, id: 'f' }, { k: 1, id: 'g' }, { k: 0, id: 'h' }, { k: 2, id: 'i' }, { k: 1, id: 'j' },
  { k: 0, id: 'k' }, { k: 2, id: 'l' },
];
console.log(records.sort((x, y) => x.k - y.k).map(r => r.id).join(''));
const withUndef = [3, undefined, 1, , 2];
withUndef.sort();
console.log(withUndef, withUndef.length, 3 in withUndef, 4 in withUndef);
console.log([true, false, 'a', 1, null].sort().map(String).join(','));
try { [2, 1].sort('not a function'); } catch (e) { console.log(e.name, e.message); }
console.log(['é', 'e', 'z', 'a', 'É'].sort().join(''), [-1, -2, 3, 0, -0].sort((a, b) => a - b).map(v => Object.is(v, -0) ? '-0' : v).join(','));
const orig = [3, 1, 2];
const sorted = orig.toSorted();
const reversed = orig.toReversed();
const spliced = orig.toSpliced(1, 1, 'x', 'y');
const replaced = orig.with(-1, 'last');
console.log(orig, sorted, reversed, spliced, replaced);
try { orig.with(5, 1); } catch (e) { console.log(e.name, e.message); }
console.log([, 1].toSorted(), [, 1].toReversed(), 0 in [, 1].toReversed());
const big = Array.from({ length: 200 }, (_, i) => (i * 7919) % 200);
const bigSorted = big.slice().sort((a, b) => a - b);
console.log(bigSorted.every((v, i) => v === i), bigSorted.length);
const byStr = [5, 25, 100, 1].sort((a, b) => String(a).localeCompare === undefined ? 0 : (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
console.log(byStr.join(','));
const calls = [];
[3, 2, 1].sort((a, b) => { calls.push(typeof a); return a - b; });
console.log(calls.every(t => t === 'number'));
const obj = { 0: 'b', 1: 'a', length: 2 };
Array.prototype.sort.call(obj);
console.log(obj[0], obj[1]);
console.log([1, 2, 3].toSorted((a, b) => b - a).join(), Array.prototype.toSorted.call({ length: 2, 0: 'y', 1: 'x' }));
