// functions, closures, recursion, name and length
function makeCounter(start = 0) {
  let n = start;
  return { inc: () => ++n, dec: () => --n, get value() { return n; } };
}
const c1 = makeCounter(), c2 = makeCounter(10);
c1.inc(); c1.inc(); c2.dec();
console.log(c1.value, c2.value);

const adders = [1, 2, 3].map(k => x => x + k);
console.log(adders.map(f => f(10)).join(' '));

function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(10), fact(20));
const fib = function fibo(n) { return n < 2 ? n : fibo(n - 1) + fibo(n - 2); };
console.log(fib(20));

function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(100), isOdd(7));

console.log((function () { return 'iife'; })(), (() => 'arrow iife')());
function named(a, b, c) {}
const anon = function () {};
const arrow = (x, y = 1, ...z) => {};
const obj = { method() {}, ['comp' + 'uted']: function () {}, get g() { return 1; } };
console.log(named.name, named.length, anon.name, arrow.name, arrow.length);
console.log(obj.method.name, obj.computed.name, Object.getOwnPropertyDescriptor(obj, 'g').get.name);
console.log((function () {}).name === '', (() => {}).name === '');
const sym = Symbol('desc');
const o2 = { [sym]() {} };
console.log(o2[sym].name);

function memo(f) {
  const cache = new Map();
  return n => cache.has(n) ? cache.get(n) : (cache.set(n, f(n)), cache.get(n));
}
let calls = 0;
const sq = memo(n => { calls++; return n * n; });
sq(4); sq(4); sq(5);
console.log('calls', calls);

function outer() {
  const secret = 'closed over';
  return function middle() { return function inner() { return secret; }; };
}
console.log(outer()()());
console.log(typeof function () {}.call, Function.prototype.length, named.hasOwnProperty('prototype'), arrow.hasOwnProperty('prototype'));
