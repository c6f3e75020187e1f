// holes, length, and array index semantics
const a = [1, , 3];
console.log(a.length, 1 in a, a[1], Object.keys(a).join(','), a.hasOwnProperty(1));
a[10] = 'ten';
console.log(a.length, Object.keys(a).length);
a.length = 2;
console.log(a.length, a[0], 2 in a, a[10]);
const b = [];
b['2'] = 'string index';
b['02'] = 'not an index';
b[-1] = 'negative';
b[1.5] = 'fraction';
b[4294967295] = 'too big';
console.log(b.length, Object.keys(b).join(' '));
const c = [1, 2, 3];
delete c[1];
console.log(c.length, c, c.indexOf(undefined), c.findIndex(v => v === undefined));
console.log([, 1].concat([, 2]).length, 0 in [, 1].concat([, 2]), [...[, 'x']][0], Array.from([, 'y'])[0]);
console.log(Array(3).join('-'), Array.apply(null, Array(3)).map((_, i) => i).join(), [, ,].length);
const frozen = Object.freeze([1, 2]);
try { 'use strict'; frozen.push(3); } catch (e) { console.log(e.name, e.message); }
const nonWritableLength = Object.defineProperty([1, 2, 3], 'length', { writable: false });
try { nonWritableLength.push(4); } catch (e) { console.log(e.name); }
console.log(nonWritableLength.length);
const big = [];
big[1e6] = 1;
console.log(big.length, big.filter(() => true).length);
const proto = [, 'from proto'];
const inherits = [];
Object.setPrototypeOf(inherits, proto);
inherits.length = 2;
console.log(inherits[1], inherits.join('|'), inherits.hasOwnProperty(1));
Array.prototype[3] = 'array proto';
const holey = [0, 1, 2, , 4];
console.log(holey[3], holey.includes('array proto'), holey.indexOf('array proto'));
delete Array.prototype[3];
console.log([0, , 2].map(String).length, [3, , 1].sort().length, JSON.stringify([1, , 3]));
console.log(new Array(2, 3).length, new Array(2).length, Array(1, 2).join(), [].length = 0);
