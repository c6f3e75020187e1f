// comma, void, typeof, delete, in, instanceof and Symbol.hasInstance
let x = (1, 2, 3);
console.log(x, void 0, void 'anything', (x++, x));
console.log(typeof 1, typeof 'a', typeof true, typeof undefined, typeof null, typeof {}, typeof [],
  typeof function () {}, typeof class {}, typeof Symbol(), typeof 1n, typeof undeclaredVariable);
const o = { a: 1, b: 2 };
console.log(delete o.a, 'a' in o, delete o.nonexistent, delete o['b'], Object.keys(o).length);
const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr, arr[1]);
const nc = Object.defineProperty({}, 'fixed', { value: 1, configurable: false });
console.log(delete nc.fixed, nc.fixed);
(function () {
  'use strict';
  try { delete nc.fixed; } catch (e) { console.log('strict delete:', e.name); }
})();
console.log(delete 42, delete undeclared2);
console.log('length' in [], 0 in [1], 'toString' in {}, Symbol.iterator in []);
try { 'a' in 'string'; } catch (e) { console.log(e.name, e.message); }
class A {}
class B extends A {}
console.log(new B() instanceof A, new A() instanceof B, [] instanceof Object, Object.create(null) instanceof Object);
const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
function F() {}
const bound = F.bind(null);
console.log(new F() instanceof bound);
try { ({}) instanceof {}; } catch (e) { console.log(e.name, e.message); }
try { ({}) instanceof 5; } catch (e) { console.log(e.name, e.message); }
F.prototype = 3;
try { ({}) instanceof F; } catch (e) { console.log(e.name); }
let i = 0;
const arr2 = [0, 0];
arr2[i++] = i;
console.log(arr2.join(','), i);
