// destructuring in declarations: arrays, objects, nesting, defaults, rest, holes
const [a, , b = 'defB', ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);
const { x, y: renamed, z = 'defZ', ...others } = { x: 1, y: 2, p: 3, q: 4 };
console.log(x, renamed, z, others);
const { n: { deep: [first, { leaf }] } } = { n: { deep: ['f', { leaf: 'L' }] } };
console.log(first, leaf);
const [[p1, p2], { length }] = [[1, 2], 'hello'];
console.log(p1, p2, length);
const { ['comp' + 'uted']: comp, 0: zero } = { computed: 'C', 0: 'Z' };
console.log(comp, zero);
let log = [];
const { d1 = log.push('d1 default'), d2 = log.push('d2 default') } = { d1: 'given' };
console.log(d1, d2, log);
const [s1, s2, ...sRest] = 'ab😀c';
console.log(s1, s2, sRest);
const { length: len, 0: ch } = 'xyz';
console.log(len, ch);
try { const { v } = null; } catch (e) { console.log(e.name); }
try { const [v] = {}; } catch (e) { console.log(e.name); }
const [u = 'undef'] = [undefined];
const [nl = 'nullDefault'] = [null];
console.log(u, nl);
function* gen() { yield 1; yield 2; console.log('not reached'); }
const [g1] = gen();
console.log('from generator', g1);
var { v1, v2 } = { v1: 'var1', v2: 'var2' };
console.log(v1, v2);
const { toFixed } = 5;
console.log(typeof toFixed);
const [] = [];
const {} = 0;
console.log('empty patterns ok');
const { a: aa = 10, b: { c: cc = 20 } = {} } = {};
console.log(aa, cc);
