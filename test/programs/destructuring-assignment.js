// destructuring assignment: swap, member targets, computed keys, evaluation order
let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
const o = {};
[o.first, o['second'], ...o.rest] = [1, 2, 3, 4];
console.log(JSON.stringify(o));
const arr = [];
({ x: arr[0], y: arr[1] = 'dflt' } = { x: 'X' });
console.log(arr);
let k = 'dyn';
let got;
({ [k + 'amic']: got } = { dynamic: 'computed key' });
console.log(got);
let x, y, rest;
({ x, ...rest } = { x: 1, y: 2, z: 3 });
console.log(x, rest);
const log = [];
const src = {
  get p() { log.push('get p'); return 1; },
  get q() { log.push('get q'); return 2; },
};
const target = {
  set p(v) { log.push('set p ' + v); },
  set q(v) { log.push('set q ' + v); },
};
({ p: target.p, q: target.q } = src);
console.log(log.join('; '));
const result = ([a, b] = [10, 20]);
console.log(result, a, b);
for ([x, y] of [[1, 2], [3, 4]]) console.log('pair', x, y);
for ({ x, y = 'Y' } of [{ x: 'X1' }]) console.log(x, y);
let c1, c2;
[c1, [c2]] = ['outer', ['inner']];
console.log(c1, c2);
let sw1 = 'one', sw2 = 'two', sw3 = 'three';
[sw1, sw2, sw3] = [sw3, sw1, sw2];
console.log(sw1, sw2, sw3);
function params({ a, b: [b1, b2] = [0, 0] }, [c = 'c'] = [], ...[d, e]) { return [a, b1, b2, c, d, e].join(','); }
console.log(params({ a: 1 }, undefined, 'd', 'e'), params({ a: 1, b: [5, 6] }, ['C']));
try { [x] = 1; } catch (e) { console.log(e.name, e.message); }
