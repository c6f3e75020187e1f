// WeakMap, WeakSet, WeakRef (deref only) basics
const wm = new WeakMap();
const k1 = {}, k2 = function () {};
wm.set(k1, 'one').set(k2, 'two');
console.log(wm.get(k1), wm.get(k2), wm.has(k1), wm.has({}), wm.delete(k1), wm.has(k1), wm.get(k1));
try { wm.set('str', 1); } catch (e) { console.log(e.name, e.message); }
try { wm.set(Symbol.for('registered'), 1); } catch (e) { console.log(e.name); }
const sym = Symbol('unregistered');
wm.set(sym, 'symbol key');
console.log(wm.get(sym));
console.log(wm.get(1), wm.has(null), wm.delete('x'));
const ws = new WeakSet([k1]);
ws.add(k2);
console.log(ws.has(k1), ws.has(k2), ws.delete(k2), ws.has(k2));
try { ws.add(1); } catch (e) { console.log(e.name, e.message); }
console.log(Object.prototype.toString.call(wm), Object.prototype.toString.call(ws), typeof wm.clear, typeof wm.size);
const priv = new WeakMap();
class Person {
  constructor(name) { priv.set(this, { name }); }
  get name() { return priv.get(this).name; }
}
console.log(new Person('weakly held').name);
const target = { t: 1 };
const ref = new WeakRef(target);
console.log(ref.deref() === target, Object.prototype.toString.call(ref));
const fr = new FinalizationRegistry(() => {});
fr.register({}, 'held');
console.log(typeof fr.unregister, Object.prototype.toString.call(fr));
try { new WeakMap([[1, 2]]); } catch (e) { console.log(e.name); }
try { WeakMap(); } catch (e) { console.log(e.name); }
const wmIterable = new WeakMap([[k1, 'from iterable']]);
console.log(wmIterable.get(k1), Symbol.iterator in wmIterable);
