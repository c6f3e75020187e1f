// spread in calls, array literals and object literals
function sum(...n) { return n.reduce((a, b) => a + b, 0); }
console.log(sum(...[1, 2, 3]), sum(0, ...[1], 2, ...[3, 4]), Math.max(...[3, 9, 2]));
console.log([...'héllo'].join('-'), [...new Set([1, 1, 2])], [...new Map([[1, 'a']])]);
function* g() { yield 'x'; yield 'y'; }
console.log([...g(), ...g()].join(''));
console.log([...[, 1]].length, 0 in [...[, 1]]);
const base = { a: 1, b: 2 };
const ext = { ...base, b: 'over', c: 3 };
console.log(JSON.stringify(ext));
const withGetter = { get g() { return 'evaluated'; } };
const copied = { ...withGetter };
console.log(Object.getOwnPropertyDescriptor(copied, 'g').value);
const proto = { inherited: true };
const child = Object.create(proto, { own: { value: 1, enumerable: true }, hidden: { value: 2, enumerable: false } });
console.log(JSON.stringify({ ...child }));
const s = Symbol('s');
console.log({ ...{ [s]: 'sym' } }[s]);
console.log(JSON.stringify({ ...null, ...undefined, ...123, ...'ab', ...[9] }));
const order = [];
const obj = { ...{ get a() { order.push('a'); return 1; } }, b: order.push('b') };
console.log(order.join(''));
try { [...{}]; } catch (e) { console.log(e.name, e.message); }
try { sum(...null); } catch (e) { console.log(e.name); }
const arr = [1, 2];
const copy = [...arr];
copy.push(3);
console.log(arr.length, copy.length);
const nested = { x: { y: 1 } };
const shallow = { ...nested };
shallow.x.y = 2;
console.log(nested.x.y);
console.log(new Date(...[2020, 0, 15]).getDate());
class P { constructor(...a) { this.a = a; } }
console.log(new P(...[1, 2], 3).a.join(','));
