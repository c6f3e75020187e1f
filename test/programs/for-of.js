// for-of over arrays, strings, maps, sets, arguments; iterator closing on break/throw
for (const v of [1, , 3]) console.log('array', v);
for (const ch of 'a😀b') console.log('char', ch, ch.length);
for (const [k, v] of new Map([['x', 1], ['y', 2]])) console.log('map', k, v);
for (const v of new Set(['s', 's', 't'])) console.log('set', v);
(function () { for (const a of arguments) console.log('arg', a); })('p', 'q');

function tracked(n) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; return { value: i, done: i > n }; },
    return() { console.log('return() called at', i); return {}; },
  };
}
for (const v of tracked(5)) { if (v === 2) break; }
try {
  for (const v of tracked(5)) { if (v === 3) throw new Error('stop'); }
} catch (e) { console.log('caught', e.message); }
for (const v of tracked(2)) {}
console.log('no return() on normal completion');

function early() {
  for (const v of tracked(9)) { if (v === 4) return 'returned ' + v; }
}
console.log(early());

const arr = [1, 2];
const seen = [];
for (const v of arr) { seen.push(v); if (arr.length < 4) arr.push(v * 10); }
console.log('live array iteration', seen.join(','));

let target = {};
for (target.prop of ['last']);
console.log(target.prop);

for (const [a, { b = 'default' }] of [[1, {}], [2, { b: 'given' }]]) console.log(a, b);
