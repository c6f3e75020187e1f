// this: method calls, call/apply/bind, arrows, sloppy vs strict
const obj = {
  name: 'obj',
  regular() { return this && this.name; },
  arrow: () => typeof this,
  nested() { return [1].map(() => this.name)[0]; },
  nestedFn() { return [1].map(function () { return this; })[0] === globalThis; },
  nestedFnThisArg() { return [1].map(function () { return this.name; }, { name: 'thisArg' })[0]; },
};
console.log(obj.regular(), obj.nested(), obj.nestedFn(), obj.nestedFnThisArg());
const detached = obj.regular;
console.log(detached() === undefined || detached() === '');
function sloppy() { return this; }
function strict() { 'use strict'; return this; }
console.log(sloppy() === globalThis, strict(), sloppy.call(5) instanceof Number, strict.call(5), strict.call(null));
console.log(typeof sloppy.call('s'), sloppy.call(undefined) === globalThis);
function greet(greeting, punct) { return greeting + ', ' + this.name + punct; }
console.log(greet.call({ name: 'call' }, 'Hi', '!'), greet.apply({ name: 'apply' }, ['Hey', '?']));
const bound = greet.bind({ name: 'bound' }, 'Hello');
console.log(bound('.'), bound.call({ name: 'ignored' }, '!'), bound.name, bound.length);
const rebound = bound.bind({ name: 'again' });
console.log(rebound('~'));
class K {
  constructor() { this.v = 'instance'; }
  m() { return this.v; }
  static s() { return this === K; }
}
const k = new K();
console.log(k.m(), K.s(), (0, k.m).call({ v: 'other' }));
try { const m = k.m; m(); } catch (e) { console.log('class methods are strict:', e.name); }
const o2 = { f() { return this; } };
console.log(o2.f() === o2, (o2.f)() === o2, (0, o2.f)() === globalThis);
const arrowInMethod = { v: 1, make() { return () => this.v; } };
const madeArrow = arrowInMethod.make();
console.log(madeArrow.call({ v: 2 }), madeArrow.bind({ v: 3 })());
