// deep recursion: ten thousand nested calls must work, like in node
function r(n) { return n === 0 ? 0 : 1 + r(n - 1); }
console.log(r(10000));
function sumTo(n) { if (n === 0) return 0; return n + sumTo(n - 1); }
console.log(sumTo(8000));
const even = n => (n === 0 ? true : odd(n - 1));
const odd = n => (n === 0 ? false : even(n - 1));
console.log(even(9000), odd(9001));
function depth(obj) { return obj === null ? 0 : 1 + depth(obj.next); }
let list = null;
for (let i = 0; i < 5000; i++) list = { next: list };
console.log(depth(list));
function buildNested(n) { return n === 0 ? [] : [buildNested(n - 1)]; }
let nested = buildNested(3000);
let count = 0;
while (nested.length) { nested = nested[0]; count++; }
console.log(count);
class Node { constructor(n) { this.child = n > 0 ? new Node(n - 1) : null; } size() { return 1 + (this.child ? this.child.size() : 0); } }
console.log(new Node(2000).size());
function ackermann(m, n) { return m === 0 ? n + 1 : n === 0 ? ackermann(m - 1, 1) : ackermann(m - 1, ackermann(m, n - 1)); }
console.log(ackermann(2, 3));
