// try/catch/finally completion values and control flow
function f1() {
  try { return 'try'; } finally { console.log('finally runs before return'); }
}
console.log(f1());

function f2() {
  try { return 'try'; } finally { return 'finally wins'; }
}
console.log(f2());

function f3() {
  try { throw new Error('lost'); } finally { return 'finally swallows throw'; }
}
console.log(f3());

function f4() {
  for (let i = 0; i < 3; i++) {
    try { if (i === 1) continue; console.log('body', i); } finally { console.log('finally', i); }
  }
}
f4();

try {
  try { throw new TypeError('inner'); }
  catch (e) { throw new RangeError('rethrown from ' + e.message); }
  finally { console.log('inner finally'); }
} catch (e) { console.log(e.name, e.message); }

try { throw { code: 42, detail: 'obj' }; } catch ({ code, detail }) { console.log('destructured', code, detail); }
try { throw 'str'; } catch { console.log('optional catch binding'); }

function nested() {
  const log = [];
  try {
    try { log.push('a'); throw 1; }
    finally { log.push('b'); }
  } catch (x) { log.push('c' + x); }
  finally { log.push('d'); }
  return log.join('');
}
console.log(nested());

let e = 'outer e';
try { throw 'inner'; } catch (e) { e = 'reassigned'; }
console.log(e);

function gen() {
  let n = 0;
  while (true) {
    try { n++; if (n === 3) break; } finally { if (n === 3) console.log('finally on break', n); }
  }
  return n;
}
console.log(gen());
console.log(eval('try { 1 } finally { 2 }'), eval('L: try { 3 } finally { break L; }'));
