// Annex B: function declarations in blocks (sloppy mode), legacy octal, __proto__, escapes
function outer() {
  const before = typeof inBlock;
  {
    function inBlock() { return 'block function'; }
  }
  return [before, typeof inBlock, inBlock()].join(', ');
}
console.log(outer());
function conditional(flag) {
  if (flag) {
    function f() { return 'defined'; }
  }
  return typeof f;
}
console.log(conditional(true), conditional(false));
function strictBlock() {
  'use strict';
  {
    function hidden() {}
  }
  return typeof hidden;
}
console.log(strictBlock());
function shadowed() {
  let inner = 'let binding';
  {
    function inner2() {}
  }
  return typeof inner2 + ' ' + inner;
}
console.log(shadowed());
console.log(010, 0o10, 08, 0.5e1, '\101', '\0', '\x41');
const o = {};
o.__proto__ = Array.prototype;
console.log(Array.isArray(o), o instanceof Array, typeof o.push);
console.log(escape('a b+c'), unescape('%41%20'), 'abc'.substr(1, 1), 'x'.anchor('n'), typeof ''.fontcolor);
console.log(typeof Date.prototype.getYear, new Date(Date.UTC(2001, 0, 1, 12)).getYear());
const re = /a/;
re.compile('b', 'g');
console.log(re.source, re.flags);
if (true) function ifFn() { return 'if function'; }
console.log(ifFn());
label: function labelled() {}
console.log(typeof labelled);
try { eval('"use strict"; if (true) function x() {}'); } catch (e) { console.log(e.name); }
console.log(/\1(a)/.exec('a')[0], /[\c]/.test('\\'), /{/.test('{'), /a{,2}/.test('a{,2}'));
var html = 1; <!-- everything after this on the line is a comment
--> so is this line in a script
console.log('html-like comments', html);
