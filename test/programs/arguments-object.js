// the arguments object: mapped (sloppy, simple params) and unmapped
function mapped(a, b) {
  arguments[0] = 'changed via arguments';
  b = 'changed via param';
  return [a, arguments[1], arguments.length];
}
console.log(mapped('x', 'y').join(' | '));
function unmappedStrict(a) {
  'use strict';
  arguments[0] = 'changed';
  return a;
}
console.log(unmappedStrict('original'));
function unmappedDefaults(a = 1) {
  arguments[0] = 'changed';
  return a;
}
console.log(unmappedDefaults('original'));
function extra() { return [arguments.length, arguments[3], typeof arguments, Array.isArray(arguments)]; }
console.log(extra(1, 2, 3, 4, 5).join(' '));
function toArray() { return Array.prototype.slice.call(arguments); }
console.log(toArray(1, 2, 3), Array.from((function () { return arguments; })('a', 'b')));
function callee() { return arguments.callee === callee; }
console.log(callee());
function strictCallee() { 'use strict'; try { return arguments.callee; } catch (e) { return e.name; } }
console.log(strictCallee());
function arrowsShare() { const f = () => arguments[0]; return f('ignored'); }
console.log(arrowsShare('outer arg'));
function deleted(a) { delete arguments[0]; arguments[0] = 'new'; return a; }
console.log(deleted('unlinked after delete'));
function lengthWrite() { arguments.length = 1; return Array.prototype.join.call(arguments, '+'); }
console.log(lengthWrite(1, 2, 3));
console.log(Object.prototype.toString.call((function () { return arguments; })()));
function spreadArgs() { return [...arguments].reverse().join(''); }
console.log(spreadArgs('a', 'b', 'c'));
function shadowArgs(arguments) { return arguments; }
console.log(shadowArgs('param named arguments'));
function fewer(a, b, c) { b = 2; return arguments.length + ':' + arguments[1]; }
console.log(fewer(1));
