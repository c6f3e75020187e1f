// with statement, object environment and Symbol.unscopables
const o = { a: 1, b: 2 };
var a = 'outer a';
with (o) {
  console.log(a, b);
  a = 10;
  var declared = 'var inside with';
}
console.log(o.a, a, declared);

function dynamic(obj) {
  let x = 'local x';
  with (obj) {
    return x;
  }
}
console.log(dynamic({}), dynamic({ x: 'from object' }));

const arr = [1, 2, 3];
with (arr) {
  console.log(typeof push, length, typeof keys);
}

const un = { hidden: 'property', shown: 'property' };
un[Symbol.unscopables] = { hidden: true };
var hidden = 'outer hidden';
var shown = 'outer shown';
with (un) {
  console.log(hidden, shown);
}

function callInside() {
  const obj = {
    name: 'obj',
    who() { return this && this.name; },
  };
  with (obj) {
    return who();
  }
}
console.log(callInside());

const proxyLike = { get y() { return 'getter y'; } };
with (proxyLike) console.log(y);
