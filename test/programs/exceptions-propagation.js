// exceptions crossing callbacks, built-ins, getters, constructors and generators
function risky(n) { if (n > 2) throw new RangeError('too big: ' + n); return n; }
try { [1, 2, 3, 4].map(risky); } catch (e) { console.log('from map callback', e.message); }
try { [3, 1, 2].sort(() => { throw new Error('from comparator'); }); } catch (e) { console.log(e.message); }
try { JSON.parse('{"a":1}', () => { throw new Error('from reviver'); }); } catch (e) { console.log(e.message); }
try { JSON.stringify({ get a() { throw new Error('from getter during stringify'); } }); } catch (e) { console.log(e.message); }
try { 'abc'.replace(/b/, () => { throw new Error('from replacer'); }); } catch (e) { console.log(e.message); }
try { new Map([[1, 2]]).forEach(() => { throw new Error('from forEach'); }); } catch (e) { console.log(e.message); }
try { Array.from({ length: 2 }, () => { throw new Error('from Array.from'); }); } catch (e) { console.log(e.message); }
try { ({ [Symbol.toPrimitive]() { throw new Error('from toPrimitive'); } }) + 1; } catch (e) { console.log(e.message); }
class Fails { constructor() { throw new TypeError('from constructor'); } }
try { new Fails(); } catch (e) { console.log(e.name, e.message); }
function* gen() { yield 1; throw new Error('from generator'); }
try { for (const v of gen()) console.log('yielded', v); } catch (e) { console.log(e.message); }
const err = new Error('rethrown');
try { try { throw err; } catch (e) { throw e; } } catch (e) { console.log(e === err); }
function deep(n) { if (n === 0) throw new Error('from depth'); deep(n - 1); }
try { deep(50); } catch (e) { console.log(e.message); }
const results = [];
for (const v of [1, 'x', null, 4]) {
  try { results.push(v.toFixed(1)); } catch (e) { results.push(e.name); }
}
console.log(results.join(' '));
try { null.f(); } catch ({ name, message }) { console.log(name, message); }
let finallyOrder = [];
function nested() {
  try { try { throw 1; } finally { finallyOrder.push('inner finally'); } } finally { finallyOrder.push('outer finally'); }
}
try { nested(); } catch (x) { finallyOrder.push('caught ' + x); }
console.log(finallyOrder.join(' > '));
Promise.reject(new Error('async rejection')).catch(e => console.log('handled', e.message));
(async () => { try { await Promise.reject(new TypeError('awaited')); } catch (e) { console.log('async catch', e.name); } })();
