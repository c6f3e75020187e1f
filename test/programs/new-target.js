// new, new.target, constructor return values, constructing functions
function F() {
  if (!new.target) return 'called without new';
  this.kind = 'constructed';
}
console.log(F(), new F().kind);

function ReturnsObject() { this.a = 1; return { b: 2 }; }
function ReturnsPrimitive() { this.a = 1; return 42; }
console.log(JSON.stringify(new ReturnsObject()), JSON.stringify(new ReturnsPrimitive()));

class Base {
  constructor() { this.target = new.target.name; }
}
class Derived extends Base {}
console.log(new Base().target, new Derived().target);

function Inspect() { return new.target; }
console.log(new Inspect() === Inspect, Inspect() === undefined);
const viaReflect = Reflect.construct(function () { return { nt: new.target }; }, [], Derived).nt;
console.log(viaReflect === Derived);

const arrowInside = function () { return (() => new.target)(); };
console.log(new arrowInside() === arrowInside);

try { new (() => {})(); } catch (e) { console.log(e.name, e.message.replace(/\(.*\)/, '')); }
try { new ({ m() {} }).m(); } catch (e) { console.log(e.name); }
try { new Math.max(); } catch (e) { console.log(e.name, e.message); }
function P(x) { this.x = x; }
P.prototype.getX = function () { return this.x; };
const p = new P(5);
console.log(p.getX(), p.constructor === P, Object.getPrototypeOf(p) === P.prototype);
const q = new P;
console.log('no parens', q.x);
function NoProto() {}
NoProto.prototype = null;
console.log(Object.getPrototypeOf(new NoProto()) === Object.prototype);
console.log(new new Function('this.made = true')().made);
