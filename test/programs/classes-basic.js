// classes: constructors, methods, static members, expressions, hoisting
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  add(p) { return new Point(this.x + p.x, this.y + p.y); }
  toString() { return `(${this.x}, ${this.y})`; }
  static origin() { return new Point(0, 0); }
  ['computed' + 'Method']() { return 'computed'; }
  static #count = 0;
  static inc() { return ++Point.#count; }
}
const p = new Point(1, 2).add(new Point(3, 4));
console.log(String(p), `${Point.origin()}`, p.computedMethod(), Point.inc(), Point.inc());
console.log(typeof Point, Point.name, Point.length, Object.getOwnPropertyNames(Point.prototype).join(','));
console.log(Object.getOwnPropertyDescriptor(Point.prototype, 'add').enumerable);
try { Point(1, 2); } catch (e) { console.log(e.name, e.message); }
try { new Later(); } catch (e) { console.log('class TDZ', e.name); }
class Later {}
const Expr = class Named { who() { return Named.name; } };
console.log(Expr.name, new Expr().who(), typeof Named);
const Anon = class {};
console.log(Anon.name);
class Empty {}
console.log(new Empty() instanceof Empty, Object.getOwnPropertyNames(new Empty()).length);
class WithGen {
  *[Symbol.iterator]() { yield 1; yield 2; }
  async am() { return 1; }
}
console.log([...new WithGen()].join(','));
class Chain {
  constructor() { this.v = 0; }
  inc() { this.v++; return this; }
}
console.log(new Chain().inc().inc().inc().v);
class Accessor {
  #v = 1;
  get v() { return this.#v; }
  set v(x) { this.#v = x * 10; }
}
const ac = new Accessor();
ac.v = 4;
console.log(ac.v);
class Static { static x = 1; static y = Static.x + 1; static ['z']() { return this.y; } }
console.log(Static.x, Static.y, Static.z());
try { Point.prototype.add.call({ x: 1, y: 1 }, { x: 1, y: 1 }).x; console.log('methods are generic'); } catch (e) { console.log(e.name); }
try { new Point.prototype.add(); } catch (e) { console.log('methods are not constructors:', e.name); }
const ClassInFn = (() => class Inner { static tag() { return 'inner'; } })();
console.log(ClassInFn.tag());
