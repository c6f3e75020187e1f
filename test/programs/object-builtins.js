// Object static methods
const o = { a: 1, b: 2 };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.fromEntries([['x', 1], ['y', 2]]), Object.fromEntries(new Map([['m', 3]])));
const target = { t: 0 };
const res = Object.assign(target, { a: 1 }, null, { b: 2 }, 'xy');
console.log(res === target, JSON.stringify(target));
const frozen = Object.freeze({ f: 1, nested: { n: 1 } });
frozen.f = 2; frozen.added = 1; frozen.nested.n = 2;
console.log(frozen.f, frozen.added, frozen.nested.n, Object.isFrozen(frozen), Object.isFrozen(frozen.nested));
const sealed = Object.seal({ s: 1 });
sealed.s = 2; sealed.added = 1; delete sealed.s;
console.log(sealed.s, sealed.added, Object.isSealed(sealed), Object.isExtensible(sealed));
const ne = Object.preventExtensions({ p: 1 });
ne.q = 1;
console.log(ne.q, Object.isExtensible(ne), delete ne.p, 'p' in ne);
const created = Object.create({ proto: true }, { own: { value: 'own', enumerable: true } });
console.log(created.proto, Object.keys(created), Object.getPrototypeOf(Object.getPrototypeOf(created)) === Object.prototype);
const defined = Object.defineProperties({}, { a: { value: 1, writable: false }, b: { get() { return 'b'; }, enumerable: true } });
console.log(JSON.stringify(Object.getOwnPropertyDescriptors(defined)), defined.b);
console.log(Object.getOwnPropertyNames('ab'), Object.keys('ab'), Object.getOwnPropertyNames([1]).join(','));
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.hasOwn(o, 'a'), Object.hasOwn(o, 'toString'));
const withNull = Object.setPrototypeOf({ z: 1 }, null);
console.log(Object.getPrototypeOf(withNull), typeof withNull.toString);
try { Object.setPrototypeOf(Object.preventExtensions({}), {}); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(frozen, 'f', { value: 3 }); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty({}, 'x', { get() {}, value: 1 }); } catch (e) { console.log(e.name); }
const a = {}, b = Object.create(a);
try { Object.setPrototypeOf(a, b); } catch (e) { console.log(e.name, e.message); }
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.keys(5).length);
try { Object.keys(null); } catch (e) { console.log(e.name, e.message); }
console.log(Object.prototype.toString.call(null), Object.prototype.toString.call([]), Object.prototype.toString.call(new Date(0)), Object.prototype.toString.call(/x/));
console.log({}.toString(), o.hasOwnProperty('a'), o.propertyIsEnumerable('a'), Object.prototype.isPrototypeOf.call(Object.prototype, o));
console.log(o.valueOf() === o, typeof Object(1), Object('s') instanceof String, Object(null) instanceof Object);
console.log(Object.entries('hi').join(';'), Object.values([3, 4]).join());
const grouped = Object.groupBy ? 'groupBy exists' : 'no groupBy';
console.log(typeof grouped);
