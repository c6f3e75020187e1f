// Function.prototype: call, apply, bind, toString; properties of function objects
function show(a, b) { return `${this && this.tag}:${a}:${b}`; }
console.log(show.call({ tag: 'c' }, 1, 2), show.apply({ tag: 'a' }, [3, 4]), show.apply({ tag: 'n' }));
console.log(show.apply({ tag: 'arraylike' }, { length: 2, 0: 'x', 1: 'y' }));
const b1 = show.bind({ tag: 'b' }, 'first');
console.log(b1('second'), b1.name, b1.length, typeof b1.prototype);
const b2 = b1.bind(null, 'ignored-this');
console.log(b2(), b2.name);
function Ctor(x) { this.x = x; }
const BoundCtor = Ctor.bind({ ignored: true }, 'bound arg');
const inst = new BoundCtor();
console.log(inst.x, inst instanceof Ctor, inst instanceof BoundCtor);
console.log(function named(a, b) { return a + b; }.toString());
console.log((x => x * 2).toString(), (async (a) => { await a; }).toString());
class K { method() { return 1; } static s() {} get g() { return 1; } }
console.log(K.toString().length > 0, K.prototype.method.toString(), Object.getOwnPropertyDescriptor(K.prototype, 'g').get.toString());
console.log(Math.max.toString(), Function.prototype.toString.call(Symbol));
console.log(function* gen() { yield 1; }.toString(), String(async function af() {}));
const obj = { m() { return 'm'; }, ['c' + 1]() {}, get x() { return 1; } };
console.log(obj.m.toString(), obj.c1.toString());
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.name, e.message); }
try { show.call.call(5); } catch (e) { console.log(e.name); }
console.log(Object.getOwnPropertyNames(show).sort().join(','), Object.getOwnPropertyNames(x => x).sort().join(','));
const lengthDesc = Object.getOwnPropertyDescriptor(show, 'length');
console.log(lengthDesc.value, lengthDesc.writable, lengthDesc.enumerable, lengthDesc.configurable);
Object.defineProperty(show, 'name', { value: 'renamed' });
console.log(show.name, show.bind(null).name);
console.log(Function.prototype.call.length, Function.prototype.apply.length, Function.prototype.bind.length);
console.log(typeof Function.prototype[Symbol.hasInstance], Function.prototype[Symbol.hasInstance].call(Ctor, inst));
function withProps() {}
withProps.custom = 'custom prop';
console.log(withProps.custom, Object.keys(withProps));
const sloppy = function () {};
console.log('caller' in sloppy, sloppy.hasOwnProperty('caller'), sloppy.hasOwnProperty('arguments'));
