// object literals: shorthand, computed keys, methods, accessors, __proto__
const x = 1, y = 2;
const key = 'dyn';
let i = 0;
const o = {
  x, y,
  [key + 'amic']: 'computed',
  [`k${++i}`]: i,
  [`k${++i}`]: i,
  method() { return 'method ' + this.x; },
  get both() { return this._b; },
  set both(v) { this._b = v * 2; },
  'quoted key': 1,
  42: 'numeric',
  1.5: 'float key',
  async am() {},
  *gen() { yield 1; },
};
o.both = 5;
console.log(o.x, o.y, o.dynamic, o.k1, o.k2, o.method(), o.both, o['quoted key'], o[42], o['1.5']);
console.log(Object.keys(o).join(','));
const proto = { inherited() { return 'from proto'; } };
const withProto = { __proto__: proto, own: 1 };
console.log(withProto.inherited(), Object.getPrototypeOf(withProto) === proto, Object.keys(withProto));
const computedProto = { ['__proto__']: 'just a property' };
console.log(Object.getPrototypeOf(computedProto) === Object.prototype, computedProto.__proto__ === 'just a property' || Object.keys(computedProto));
const shorthandProto = (() => { const __proto__ = 'short'; return { __proto__ }; })();
console.log(Object.keys(shorthandProto), Object.getPrototypeOf(shorthandProto) === Object.prototype);
const nullProto = { __proto__: null };
console.log(Object.getPrototypeOf(nullProto), 'toString' in nullProto);
const ignored = { __proto__: 5 };
console.log(Object.getPrototypeOf(ignored) === Object.prototype);
const dup = { a: 1, a: 2, get b() { return 1; }, b: 'data wins' };
console.log(dup.a, dup.b);
const sup = {
  __proto__: { hello() { return 'super hello'; } },
  hello() { return super.hello() + ' via object super'; },
};
console.log(sup.hello());
console.log(typeof o.gen().next, Object.prototype.toString.call(o.am()));
const fnNames = { a: function () {}, b: () => {}, c: class {}, ['d']: function () {} };
console.log(Object.values(fnNames).map(f => f.name).join(','));
const order = [];
const evalOrder = { [(order.push('k1'), 'a')]: order.push('v1'), [(order.push('k2'), 'b')]: order.push('v2') };
console.log(order.join(','));
