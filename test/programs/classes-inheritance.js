// class inheritance: extends, super calls, super properties, default constructors
class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  get kind() { return 'animal'; }
  static create(name) { return new this(name); }
}
class Dog extends Animal {
  constructor(name, breed) { super(name); this.breed = breed; }
  speak() { return super.speak() + ' (woof)'; }
  get kind() { return 'dog, a kind of ' + super.kind; }
}
class Puppy extends Dog {}
const d = new Dog('Rex', 'lab');
const p = Puppy.create('Bit');
console.log(d.speak(), '|', d.kind, '|', p.speak(), p instanceof Dog, p.constructor.name);
console.log(Object.getPrototypeOf(Puppy) === Dog, Object.getPrototypeOf(Puppy.prototype) === Dog.prototype);
class NoSuper extends Animal { constructor() { } }
try { new NoSuper(); } catch (e) { console.log(e.name, e.message); }
class TwiceSuper extends Animal { constructor() { super('a'); super('b'); } }
try { new TwiceSuper(); } catch (e) { console.log(e.name, e.message); }
class ThisBefore extends Animal { constructor() { this.x = 1; super('x'); } }
try { new ThisBefore(); } catch (e) { console.log(e.name); }
class ReturnsObj extends Animal { constructor() { return { custom: true }; } }
console.log(JSON.stringify(new ReturnsObj()));
class NullBase extends null { constructor() { return Object.create(NullBase.prototype); } }
console.log(Object.getPrototypeOf(NullBase.prototype), typeof new NullBase());
function OldStyle(v) { this.v = v; }
OldStyle.prototype.get = function () { return this.v; };
class FromFunction extends OldStyle { get() { return 'wrapped ' + super.get(); } }
console.log(new FromFunction(7).get());
const mixin = Base => class extends Base { mixed() { return 'mixed into ' + this.name; } };
class Mixed extends mixin(Animal) {}
console.log(new Mixed('cat').mixed());
class StaticSuper extends Animal { static create(n) { return super.create(n + '!'); } }
console.log(StaticSuper.create('s').name, StaticSuper.create('t') instanceof StaticSuper);
const obj = { __proto__: { greet() { return 'proto greet'; } }, greet() { return super.greet() + '+'; } };
console.log(obj.greet());
class ArrowSuper extends Animal { speak() { const f = () => super.speak(); return f(); } }
console.log(new ArrowSuper('arrow').speak());
try { class X extends 5 {} } catch (e) { console.log(e.name, e.message); }
class SetSuper extends Animal { setIt() { super.prop = 'via super'; return this.hasOwnProperty('prop'); } }
console.log(new SetSuper('s').setIt());
