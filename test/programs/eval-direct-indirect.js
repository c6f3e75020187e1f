// direct and indirect eval: scope, var leakage, strictness, completion values
function direct() {
  const local = 'local value';
  return eval('local + " seen by direct eval"');
}
console.log(direct());
function indirect() {
  const local = 'local value';
  try { return (0, eval)('local'); } catch (e) { return 'indirect: ' + e.name; }
}
console.log(indirect());
function varLeak() {
  eval('var leaked = "declared by eval"');
  return leaked;
}
console.log(varLeak());
function strictNoLeak() {
  'use strict';
  eval('var contained = 1');
  return typeof contained;
}
console.log(strictNoLeak());
function letNoLeak() {
  eval('let blockScoped = 1; const c = 2;');
  return typeof blockScoped + ' ' + typeof c;
}
console.log(letNoLeak());
(0, eval)('var globalFromIndirect = "global"');
console.log(globalThis.globalFromIndirect);
console.log(eval('1 + 2'), eval('if (true) { "if completion" }'), eval(''), eval('var z = 5'), eval(42), eval({ not: 'a string' }).not);
function evalThis() { return eval('this'); }
const o = { evalThis };
console.log(o.evalThis() === o);
function evalArguments() { return eval('arguments.length'); }
console.log(evalArguments(1, 2, 3));
try { eval('let let = 1'); } catch (e) { console.log(e.name); }
try { eval('{'); } catch (e) { console.log(e.name); }
const e2 = eval;
function aliased() { const x = 'local'; try { return e2('typeof x'); } catch (e) { return e.name; } }
console.log(aliased());
function evalFunctionDecl() { eval('function made() { return "made by eval"; }'); return made(); }
console.log(evalFunctionDecl());
function closureOverEval() { let counter = 0; const inc = () => eval('++counter'); inc(); inc(); return counter; }
console.log(closureOverEval());
function newTargetInEval() { return eval('new.target') === undefined ? 'undefined new.target' : 'set'; }
console.log(newTargetInEval(), new (function () { this.r = eval('new.target') !== undefined; })().r);
console.log(typeof eval('(function () { return 1; })'), eval('({ a: 1 })').a, eval('[1, 2]').length);
