// Array iteration methods: callbacks, thisArg, holes, early exit
const n = [1, 2, 3, 4, 5, 6];
console.log(n.map(x => x * 2).join(), n.filter(x => x % 2).join(), n.reduce((a, b) => a + b), n.reduceRight((a, b) => a + '-' + b));
console.log(n.some(x => x > 5), n.every(x => x > 0), n.find(x => x > 3), n.findIndex(x => x > 3), n.findLast(x => x < 3), n.findLastIndex(x => x > 100));
console.log([[1, 2], [3, [4, [5]]]].flat(), [[1, [2, [3]]]].flat(Infinity), n.flatMap(x => (x < 3 ? [x, x] : [])));
const visited = [];
[1, , 3].forEach((v, i) => visited.push(i + '=' + v));
console.log(visited.join(' '));
console.log([1, , 3].map(x => x * 2), [1, , 3].filter(() => true), Object.keys([1, , 3].map(x => x)));
console.log([, , ,].reduce((a, b) => a + b, 'init'), [1, , 3].includes(undefined), [1, , 3].indexOf(undefined));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.name, e.message); }
const mutated = [1, 2, 3];
const seen = [];
mutated.forEach((v, i, arr) => { seen.push(v); if (i === 0) { arr.push(99); arr[2] = 'changed'; } });
console.log(seen.join(','));
console.log([1, 2, 3].map(function (v) { return this.m * v; }, { m: 3 }).join());
console.log(['1', '2', '3'].map(parseInt), ['a', 'b'].map((v, i, a) => a.length + v + i));
try { [1].map(null); } catch (e) { console.log(e.name, e.message); }
console.log([0, '', null, 'x', NaN, 2].filter(Boolean));
const people = [{ n: 'a', age: 30 }, { n: 'b', age: 20 }, { n: 'c', age: 30 }];
const byAge = people.reduce((acc, p) => { (acc[p.age] ||= []).push(p.n); return acc; }, {});
console.log(JSON.stringify(byAge));
console.log([3, 1, 2].every((v, i, a) => i === 0 || a[i - 1] <= v), [1, 2, 3].some((v, i, a) => a.length === 3 && v === 3));
let steps = 0;
[1, 2, 3, 4].some(v => { steps++; return v === 2; });
console.log('some stops early after', steps);
console.log(Array.from({ length: 5 }, (_, i) => i).filter(i => i % 2 === 0).map(i => i * 10).reduce((a, b) => a + b, 0));
