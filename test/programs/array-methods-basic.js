// Array mutators and accessors
const a = [1, 2, 3];
console.log(a.push(4, 5), a.pop(), a.shift(), a.unshift(0, 0.5), a.join('|'));
const s = ['a', 'b', 'c', 'd', 'e'];
console.log(s.splice(1, 2), s, s.splice(-1), s, s.splice(1, 0, 'x', 'y'), s, s.splice(2), s);
const c = [1, 2, 3, 4, 5];
console.log(c.slice(1, 3), c.slice(-2), c.slice(), c.slice(3, 1), c.concat([6, [7]], 8));
console.log(c.indexOf(3), c.indexOf(9), c.lastIndexOf(1), [NaN].indexOf(NaN), [NaN].includes(NaN), [0].includes(-0));
console.log([1, 2, 3].reverse(), [3, 1, 2].join(), [null, undefined, 1].join('-'), [[1, 2], [3]].join(';'));
console.log(c.at(0), c.at(-1), c.at(99), [].at(0));
const filled = new Array(3).fill('z');
console.log(filled, new Array(5).fill(0, 1, 3), [1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 2));
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.of(7), Array.of(1, 2), new Array(2).length, new Array('2').length);
console.log(Array.from('abc'), Array.from({ length: 3 }, (_, i) => i * i), Array.from(new Set([1, 2, 2])), Array.from([1, 2], function (x) { return x * this.k; }, { k: 10 }));
const arr = [1, 2, 3];
arr.length = 1;
console.log(arr, arr.length);
arr[4] = 'far';
console.log(arr.length, arr);
try { arr.length = -1; } catch (e) { console.log(e.name, e.message); }
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
console.log([1, 2, 3].keys().next(), [...['a', 'b'].keys()], [...['a', 'b'].entries()].join(' '));
console.log([].concat(1, [2], [[3]]).length, Array.prototype.concat.call(1, 2).length);
const arrayLike = { length: 2, 0: 'x', 1: 'y' };
console.log(Array.prototype.map.call(arrayLike, v => v.toUpperCase()), Array.prototype.join.call(arrayLike, '+'));
console.log([3, 2, 1].toString(), String([1, [2, [3, [4]]]]), [1, 2].toLocaleString === undefined);
console.log([, 'a'].findIndex(v => v === undefined), [1, 2, 3].lastIndexOf(3, -2), [1, 2, 1].lastIndexOf(1, -1));
