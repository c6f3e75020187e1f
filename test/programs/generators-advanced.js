// generator use cases: lazy pipelines, infinite sequences, delegation of return/throw, methods
function* naturals() { let n = 1; while (true) yield n++; }
function* take(it, n) { for (const v of it) { if (n-- <= 0) return; yield v; } }
function* map(it, f) { for (const v of it) yield f(v); }
function* filter(it, p) { for (const v of it) if (p(v)) yield v; }
console.log([...take(filter(map(naturals(), x => x * x), x => x % 2), 5)].join(','));
let closed = false;
function* watched() { try { yield* naturals(); } finally { closed = true; } }
for (const v of watched()) if (v > 3) break;
console.log('closed after break', closed);
const tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [] }] };
function* walk(t) { yield t.v; for (const k of t.kids) yield* walk(k); }
console.log([...walk(tree)].join(' '));
const delegateLog = [];
const iterable = {
  [Symbol.iterator]() {
    return {
      next(v) { delegateLog.push('next ' + v); return { value: 'n', done: false }; },
      return(v) { delegateLog.push('return ' + v); return { value: 'r', done: true }; },
      throw(e) { delegateLog.push('throw ' + e); return { value: 't', done: false }; },
    };
  },
};
function* delegating() { const r = yield* iterable; delegateLog.push('result ' + r); }
const dg = delegating();
dg.next('first');
dg.next('second');
console.log(JSON.stringify(dg.throw('E')));
console.log(JSON.stringify(dg.return('R')));
console.log(delegateLog.join(', '));
class Tree {
  constructor(...items) { this.items = items; }
  *[Symbol.iterator]() { yield* this.items; }
  static *range(n) { for (let i = 0; i < n; i++) yield i; }
}
console.log([...new Tree('a', 'b')].join(''), [...Tree.range(4)].join(''));
const obj = { *gen() { yield this.tag; }, tag: 'method generator' };
console.log(obj.gen().next().value);
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const fibs = [];
for (const f of fib()) { if (f > 100) break; fibs.push(f); }
console.log(fibs.join(' '));
const gen = naturals();
console.log(gen[Symbol.iterator]() === gen, JSON.stringify([gen.next(), gen.next()]));
try { new (function* () {})(); } catch (e) { console.log(e.name); }
function* yieldPrecedence() { const x = yield 1 + 1; yield [x, yield]; }
const yp = yieldPrecedence();
console.log(yp.next().value, yp.next('X').value, JSON.stringify(yp.next('Y').value));
