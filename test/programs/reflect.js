// Reflect: the object internal methods as functions
const o = { a: 1, get g() { return this.a; } };
console.log(Reflect.get(o, 'a'), Reflect.get(o, 'g', { a: 'receiver' }), Reflect.has(o, 'toString'), Reflect.ownKeys(o));
console.log(Reflect.set(o, 'b', 2), o.b, Reflect.defineProperty(o, 'c', { value: 3 }), Object.getOwnPropertyDescriptor(o, 'c').writable);
const frozen = Object.freeze({ x: 1 });
console.log(Reflect.set(frozen, 'x', 2), Reflect.defineProperty(frozen, 'y', { value: 1 }), Reflect.deleteProperty(frozen, 'x'), Reflect.deleteProperty(o, 'b'));
console.log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o), Reflect.setPrototypeOf(frozen, null));
console.log(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o));
console.log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.apply(function () { return this; }, 'str', []) instanceof String);
class A { constructor(x) { this.x = x; this.nt = new.target.name; } }
class B {}
const made = Reflect.construct(A, [7], B);
console.log(made.x, made.nt, made instanceof B, made instanceof A);
console.log(JSON.stringify(Reflect.getOwnPropertyDescriptor({ v: 1 }, 'v')), Reflect.getOwnPropertyDescriptor({}, 'none'));
try { Reflect.get(1, 'a'); } catch (e) { console.log(e.name, e.message); }
try { Reflect.construct(() => {}, []); } catch (e) { console.log(e.name); }
try { Reflect.apply(1); } catch (e) { console.log(e.name); }
const setterTarget = { set v(x) { this.seen = x; } };
const recv = {};
Reflect.set(setterTarget, 'v', 'via receiver', recv);
console.log(recv.seen, setterTarget.seen);
const dataRecv = {};
Reflect.set({ p: 1 }, 'p', 'on receiver', dataRecv);
console.log(dataRecv.p);
console.log(Object.prototype.toString.call(Reflect), Reflect[Symbol.toStringTag], typeof Reflect);
const keys = Reflect.ownKeys({ b: 1, 1: 1, [Symbol('s')]: 1, a: 1 });
console.log(keys.map(String).join(' '));
console.log(Reflect.has([], 'length'), Reflect.ownKeys([1, 2]).join(','), Reflect.ownKeys(function f(a) { 'use strict'; }).sort().join(','));
