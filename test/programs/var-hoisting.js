// var and function hoisting, function-scoped var, redeclaration
console.log(typeof hoisted, hoisted === undefined);
var hoisted = 1;
console.log(hoisted);

console.log(typeof early, early());
function early() { return 'early called'; }

function scope() {
  console.log('inner before', v);
  if (true) {
    var v = 'inside block';
  }
  console.log('inner after', v);
  for (var i = 0; i < 3; i++) {}
  console.log('loop var escapes', i);
  var v = 'redeclared';
  return v;
}
console.log(scope());

function shadow() {
  var x = 'outer';
  function inner() {
    console.log('inner x', x);
    var x = 'inner';
    return x;
  }
  return [inner(), x];
}
console.log(shadow().join(','));

var dup = 1;
var dup;
console.log('dup', dup);

function later() { return 'first'; }
console.log(later());
function later() { return 'second'; }

var fexpr = function named() { return typeof named; };
console.log(fexpr(), typeof named);
