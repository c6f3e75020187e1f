// the iterator protocol: custom iterables, return(), destructuring and spread through iterators
class Range {
  constructor(from, to) { this.from = from; this.to = to; }
  [Symbol.iterator]() {
    let cur = this.from;
    const to = this.to;
    return {
      next: () => (cur <= to ? { value: cur++, done: false } : { value: undefined, done: true }),
      [Symbol.iterator]() { return this; },
    };
  }
}
console.log([...new Range(1, 5)].join(','), Array.from(new Range(3, 4)), Math.max(...new Range(1, 9)));
const [a, b] = new Range(10, 20);
console.log(a, b);
const log = [];
const logged = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { log.push('next'); i++; return { value: i, done: i > 3 }; },
      return(v) { log.push('return'); return { done: true }; },
    };
  },
};
const [x] = logged;
console.log(x, log.join(','));
log.length = 0;
const [p, q, r, s] = logged;
console.log(p, q, r, s, log.join(','));
log.length = 0;
const [...all] = logged;
console.log(all.join(','), log.join(','));
const arrIt = [1, 2][Symbol.iterator]();
console.log(JSON.stringify(arrIt.next()), JSON.stringify(arrIt.next()), JSON.stringify(arrIt.next()));
console.log(Object.prototype.toString.call(arrIt), typeof arrIt[Symbol.iterator], arrIt[Symbol.iterator]() === arrIt);
const entries = ['a', 'b'].entries();
console.log([...entries].map(e => e.join(':')).join(' '));
const m = new Map([[1, 'one']]);
console.log([...m.keys()], [...m.values()], [...m.entries()][0]);
const strIt = 'ab'[Symbol.iterator]();
console.log(strIt.next().value, Object.prototype.toString.call(strIt));
const badIter = { [Symbol.iterator]() { return 1; } };
try { [...badIter]; } catch (e) { console.log(e.name, e.message); }
const nextNotObj = { [Symbol.iterator]() { return { next() { return 5; } }; } };
try { for (const v of nextNotObj); } catch (e) { console.log(e.name, e.message); }
const throwingReturn = {
  [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { throw new Error('from return'); } }; },
};
try { for (const v of throwingReturn) throw new Error('from body'); } catch (e) { console.log('body error wins:', e.message); }
try { for (const v of throwingReturn) break; } catch (e) { console.log('return error on break:', e.message); }
const ArrayIteratorProto = Object.getPrototypeOf([][Symbol.iterator]());
const IteratorProto = Object.getPrototypeOf(ArrayIteratorProto);
console.log(typeof IteratorProto[Symbol.iterator], Object.getPrototypeOf(IteratorProto) === Object.prototype);
