// equality and relational comparison, with type coercion
const values = [0, -0, '', '0', ' ', null, undefined, NaN, false, true, [], [0], '1', 1];
const rows = [];
for (const a of values) {
  let row = '';
  for (const b of values) row += a == b ? '1' : '.';
  rows.push(row);
}
console.log(rows.join('\n'));
console.log(null == 0, null >= 0, null > 0, undefined == 0, undefined >= 0);
console.log(NaN == NaN, NaN === NaN, [NaN].includes(NaN), [NaN].indexOf(NaN), Object.is(NaN, NaN));
console.log(0 === -0, Object.is(0, -0));
console.log('a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc', '10' < '9', 10 < '9', '10' < 9);
console.log('a' < 1, 'a' > 1, undefined < 1, null < 1, [2] > 1, [1, 2] > 1);
const obj = { valueOf() { return 42; } };
console.log(obj == 42, obj === 42, obj > 41, obj < '43');
const d = { toString() { return 'str'; }, valueOf() { return 7; } };
console.log(d == 7, d == 'str', `${d}`, d + '');
console.log({} == '[object Object]', [1, 2] == '1,2', [[]] == 0, [null] == '', [undefined] == 0);
const sym = Symbol('s');
console.log(sym == sym, Object(sym) == sym, sym === Object(sym));
console.log(1n == 1, 1n === 1, 2n > 1, '2' > 1n, 1n < 1.5, 10n == '10');
let log = [];
const a = { valueOf() { log.push('a'); return 1; } };
const b = { valueOf() { log.push('b'); return 2; } };
console.log(a < b, b > a, a <= b, a >= b, log.join(''));
