// unbounded recursion raises a catchable RangeError, and the program continues
function f() { return f(); }
try {
  f();
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
let depthReached = 0;
function g(n) { depthReached = n; g(n + 1); }
try { g(0); } catch (e) { console.log('deep enough', depthReached > 5000); }
const obj = { get loop() { return this.loop; } };
try { obj.loop; } catch (e) { console.log('getter recursion', e.name); }
const toStr = { toString() { return String(this); } };
try { String(toStr); } catch (e) { console.log('toString recursion', e.name); }
function again() { try { return again(); } catch (e) { return 'recovered inside'; } }
console.log(again());
try { f(); } catch (e) { console.log('still works after recovery', e.name); }
let finallyCount = 0;
function withFinally() { try { withFinally(); } finally { finallyCount++; } }
try { withFinally(); } catch (e) { console.log('finally blocks ran', finallyCount > 0, e.name); }
console.log('done');
