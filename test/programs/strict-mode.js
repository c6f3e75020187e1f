'use strict';
// strict mode semantics
try { undeclaredStrict = 1; } catch (e) { console.log(e.name, e.message); }
function thisIsUndefined() { return this; }
console.log(thisIsUndefined(), typeof thisIsUndefined.call(2), thisIsUndefined.call(null));
const frozen = Object.freeze({ a: 1 });
try { frozen.a = 2; } catch (e) { console.log(e.name, e.message); }
try { frozen.b = 2; } catch (e) { console.log(e.name, e.message); }
try { delete frozen.a; } catch (e) { console.log(e.name, e.message); }
const getterOnly = { get x() { return 1; } };
try { getterOnly.x = 2; } catch (e) { console.log(e.name, e.message); }
try { 'str'.length = 1; } catch (e) { console.log(e.name, e.message); }
try { (5).prop = 1; } catch (e) { console.log(e.name, e.message); }
function args(a) { a = 2; return arguments[0]; }
console.log(args(1));
try { args.caller; } catch (e) { console.log('caller:', e.name); }
try { (function () { return arguments.callee; })(); } catch (e) { console.log('callee:', e.name); }
try { eval('var evalVar = 1'); console.log(typeof evalVar); } catch (e) { console.log(e.name); }
try { eval('with ({}) {}'); } catch (e) { console.log('with:', e.name); }
try { eval('010'); } catch (e) { console.log('legacy octal:', e.name); }
try { eval('function f(a, a) {}'); } catch (e) { console.log('duplicate params:', e.name); }
try { eval('let eval = 1'); } catch (e) { console.log('eval binding:', e.name); }
try { eval('delete x'); } catch (e) { console.log('delete identifier:', e.name); }
try { eval('var yield = 1'); } catch (e) { console.log('yield reserved:', e.name); }
const nonWritable = Object.defineProperty({}, 'ro', { value: 1, writable: false });
try { nonWritable.ro = 2; } catch (e) { console.log(e.name, e.message); }
const sealed = Object.preventExtensions({});
try { sealed.n = 1; } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(frozen, 'a', { value: 3 }); } catch (e) { console.log(e.name, e.message); }
console.log((function () { return typeof this; })(), (() => typeof this)());
try { NaN = 1; } catch (e) { console.log(e.name, e.message); }
try { undefined = 1; } catch (e) { console.log(e.name); }
const sloppyFn = Function('return this');
console.log(sloppyFn() === globalThis);
function* g() { return this; }
console.log(g().next().value);
