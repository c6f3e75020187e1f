// public fields, initialization order, static blocks, this and super in initializers
const log = [];
class Base {
  baseField = log.push('base field');
  constructor() { log.push('base ctor'); }
}
class Derived extends Base {
  field = log.push('derived field');
  ['comp' + 'uted'] = 'computed field';
  arrow = () => this.constructor.name;
  constructor() { log.push('derived ctor before super'); super(); log.push('derived ctor after super'); }
}
const d = new Derived();
console.log(log.join(' > '));
console.log(d.computed, d.arrow.call(null), Object.keys(d).join(','));
class Defaults { x; y = undefined; z = 0; }
console.log(Object.keys(new Defaults()).join(','), 'x' in new Defaults());
class WithStatic {
  static a = 1;
  static b;
  static {
    this.b = this.a + 1;
    WithStatic.c = 'set in block';
  }
  static d = this.b * 10;
  static {
    log.length = 0;
    log.push('second block', this.d);
  }
}
console.log(WithStatic.a, WithStatic.b, WithStatic.c, WithStatic.d, log.join(' '));
let exposed;
class Secret {
  #hidden = 'secret value';
  static { exposed = (o) => o.#hidden; }
}
console.log(exposed(new Secret()));
class Parent { static greeting = 'hi'; }
class Child extends Parent { static greeting = super.greeting + ' there'; static own = Object.hasOwn(this, 'greeting'); }
console.log(Child.greeting, Child.own);
class DefineSemantics {
  set v(x) { console.log('setter must not run'); }
}
class UsesDefine extends DefineSemantics { v = 'defined'; }
const ud = new UsesDefine();
console.log(Object.getOwnPropertyDescriptor(ud, 'v').value);
class Counting { static count = 0; id = ++Counting.count; }
new Counting(); new Counting();
console.log(new Counting().id);
class FieldThis { self = this; arrowField = () => this; }
const ft = new FieldThis();
console.log(ft.self === ft, ft.arrowField() === ft);
class NameField { static name = 'custom'; }
console.log(NameField.name);
