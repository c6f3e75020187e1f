// accessor properties: literals, defineProperty, inheritance, receivers
const temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
};
console.log(temp.f);
temp.f = 212;
console.log(temp._c);
const onlyGet = { get v() { return 'ro'; } };
onlyGet.v = 'ignored in sloppy mode';
console.log(onlyGet.v);
(function () {
  'use strict';
  try { onlyGet.v = 1; } catch (e) { console.log('strict:', e.name); }
})();
const onlySet = { set v(x) { this.stored = x; } };
onlySet.v = 9;
console.log(onlySet.v, onlySet.stored);
const proto = { set name(v) { this._n = v.toUpperCase(); }, get name() { return this._n; } };
const child = Object.create(proto);
child.name = 'inherited setter';
console.log(child.name, Object.keys(child));
const counter = Object.defineProperty({}, 'next', {
  get: (() => { let n = 0; return () => ++n; })(),
  enumerable: false,
  configurable: true,
});
console.log(counter.next, counter.next, Object.keys(counter).length);
const desc = Object.getOwnPropertyDescriptor(temp, 'f');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable, 'value' in desc);
const receiver = { _c: 100 };
console.log(Reflect.get(temp, 'f', receiver));
class Rect {
  constructor(w, h) { this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  set area(v) { this.w = v / this.h; }
  static get kind() { return 'shape'; }
}
const r = new Rect(2, 3);
r.area = 12;
console.log(r.area, r.w, Rect.kind, Object.keys(r));
console.log(Object.getOwnPropertyDescriptor(Rect.prototype, 'area').enumerable);
const lazy = {
  get value() {
    Object.defineProperty(this, 'value', { value: 'computed once', writable: false });
    console.log('computing');
    return this.value;
  },
};
console.log(lazy.value, lazy.value);
const o = {};
o.__defineGetter__('legacy', () => 'legacy getter');
console.log(o.legacy, o.__lookupGetter__('legacy') !== undefined);
