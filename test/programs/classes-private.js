// private fields, methods, accessors, static privates and #x in obj
class Counter {
  #count = 0;
  static #instances = 0;
  constructor() { Counter.#instances++; }
  #bump(by) { this.#count += by; }
  inc() { this.#bump(1); return this; }
  get #doubled() { return this.#count * 2; }
  set #value(v) { this.#count = v; }
  reset(v) { this.#value = v; return this; }
  report() { return `${this.#count}/${this.#doubled}`; }
  static instances() { return Counter.#instances; }
  static isCounter(o) { return #count in o; }
  equals(other) { return this.#count === other.#count; }
}
const c = new Counter().inc().inc();
console.log(c.report(), new Counter().reset(5).report(), Counter.instances());
console.log(Counter.isCounter(c), Counter.isCounter({}), Object.keys(c).length, JSON.stringify(c));
try { c.equals({}); } catch (e) { console.log(e.name, e.message); }
try { Counter.prototype.inc.call({}); } catch (e) { console.log(e.name); }
class A {
  #x = 'A';
  static getX(o) { return o.#x; }
}
class B extends A { #x = 'B'; static getBX(o) { return o.#x; } }
const b = new B();
console.log(A.getX(b), B.getBX(b));
class Ro {
  get #r() { return 1; }
  tryWrite() { try { this.#r = 2; } catch (e) { return e.name; } }
  #m() {}
  tryMethodWrite() { try { this.#m = 1; } catch (e) { return e.name; } }
}
console.log(new Ro().tryWrite(), new Ro().tryMethodWrite());
class Stamper { constructor(o) { return o; } }
class Stamp extends Stamper { #mark = 'stamped'; static read(o) { return #mark in o ? o.#mark : 'none'; } }
const plain = {};
new Stamp(plain);
console.log(Stamp.read(plain), Stamp.read({}));
try { new Stamp(plain); } catch (e) { console.log('double init:', e.name); }
class Sp { static #secret() { return 'static private method'; } static call() { return Sp.#secret(); } }
console.log(Sp.call());
class Shadow {
  #p = 'outer';
  make() {
    const self = this;
    return class Inner { #p = 'inner'; read(o) { return o.#p; } outerRead() { try { return self.#p; } catch (e) { return 'shadowed: ' + e.name; } } };
  }
}
const sh = new Shadow();
const Inner = sh.make();
console.log(new Inner().read(new Inner()), new Inner().outerRead());
class Order {
  a = this.log('field a');
  #b = this.log('private b');
  log(s) { (Order.seen ||= []).push(s); return s; }
}
new Order();
console.log(Order.seen.join(', '));
