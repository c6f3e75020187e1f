// generators: next/return/throw, arguments to next, yield*, finally
function* counter() {
  const received = yield 1;
  console.log('received', received);
  try {
    yield 2;
    yield 3;
  } finally {
    console.log('generator cleanup');
  }
  return 'done';
}
const g = counter();
console.log(JSON.stringify(g.next('ignored')));
console.log(JSON.stringify(g.next('hello')));
console.log(JSON.stringify(g.return('early')));
console.log(JSON.stringify(g.next()));

const g2 = counter();
g2.next(); g2.next();
try { g2.throw(new Error('injected')); } catch (e) { console.log('thrown out:', e.message); }
console.log(JSON.stringify(g2.next()));

function* catcher() {
  while (true) {
    try { yield 'waiting'; } catch (e) { console.log('caught inside', e); }
  }
}
const c = catcher();
c.next();
console.log(c.throw('E1').value, c.throw('E2').value);

function* inner() { const x = yield 'i1'; yield 'i2:' + x; return 'inner result'; }
function* outer() { const r = yield* inner(); yield 'outer got ' + r; yield* [10, 20]; yield* 'hi'; }
const o = outer();
const out = [o.next().value, o.next('X').value];
for (const v of o) out.push(v);
console.log(out.join(' | '));

function* fin() { try { yield 1; } finally { yield 'from finally'; } }
const f = fin();
f.next();
console.log(JSON.stringify(f.return('R')), JSON.stringify(f.next()));
const genFn = function* () {};
console.log(Object.prototype.toString.call(genFn()), typeof genFn().next, genFn.constructor.name);
function* running() { try { r.next(); } catch (e) { yield e.name + ': ' + e.message; } }
const r = running();
console.log(r.next().value);
const fresh = counter();
console.log(JSON.stringify(fresh.return('before start')), JSON.stringify(fresh.next()));
function* args() { yield arguments.length; yield this === undefined ? 'strict-ish' : typeof this; }
console.log([...args(1, 2, 3)].join(','));
