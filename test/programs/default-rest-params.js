// default parameters, rest parameters, their scope and length
function f(a, b = a * 2, c = a + b) { return [a, b, c].join(','); }
console.log(f(1), f(1, 5), f(1, undefined, 0), f(1, null));
let calls = 0;
function g(x = ++calls) { return x; }
g(); g(5); g();
console.log('default evaluated', calls, 'times');
function h(a, b = () => a) { a = 'changed'; return b(); }
console.log(h('orig'));
function tdz(a = b, b = 1) { return a; }
try { tdz(); } catch (e) { console.log(e.name); }
console.log(tdz(7));
function rest(first, ...others) { return first + ':' + others.length + ':' + others.join('|'); }
console.log(rest(1), rest(1, 2, 3), rest());
console.log(f.length, g.length, h.length, rest.length, ((a, b = 1, c) => 0).length, ((...r) => 0).length);
const arrow = (x = 'dflt', ...{ length }) => x + length;
console.log(arrow(), arrow('a', 1, 2));
function destructDefault({ a = 1, b } = {}, [c = 3] = []) { return [a, b, c].join(','); }
console.log(destructDefault(), destructDefault({ b: 2 }, [4]));
function scopeSep(x = 1) { var x; return x; }
console.log(scopeSep(), scopeSep(9));
function bodyVar(x = 1, y = () => x) { var x = 2; return [x, y()].join(','); }
console.log(bodyVar());
const outerName = 'outer';
function defaultSeesOuter(v = outerName) { const outerName = 'inner'; return v; }
console.log(defaultSeesOuter());
function restArray(...r) { return Array.isArray(r); }
console.log(restArray());
