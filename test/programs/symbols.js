// symbols: creation, registry, as keys, well-known symbols
const s1 = Symbol('desc'), s2 = Symbol('desc'), s3 = Symbol();
console.log(s1 === s2, s1.toString(), s1.description, s3.description, String(s3));
console.log(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(s1));
const o = { [s1]: 'hidden', visible: 1 };
console.log(Object.keys(o), JSON.stringify(o), o[s1], Object.getOwnPropertySymbols(o).length);
try { new Symbol(); } catch (e) { console.log(e.name, e.message); }
try { s1 + ''; } catch (e) { console.log(e.name, e.message); }
try { +s1; } catch (e) { console.log(e.name, e.message); }
console.log(typeof Object(s1), Object(s1) instanceof Symbol, Object(s1).valueOf() === s1);
const money = {
  amount: 42,
  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.amount : hint === 'string' ? `$${this.amount}` : 'default'; },
};
console.log(+money, `${money}`, money + '', money * 2);
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged()));
const spreadable = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable).join(','));
const notSpread = [3, 4];
notSpread[Symbol.isConcatSpreadable] = false;
console.log([1].concat(notSpread).length);
const matcher = { [Symbol.match](s) { return ['custom match ' + s]; } };
console.log('abc'.match(matcher)[0]);
const splitter = { [Symbol.split](s, lim) { return s.split('').reverse(); } };
console.log('abc'.split(splitter).join(''));
console.log(Symbol.iterator.toString(), Symbol.asyncIterator.description, typeof Symbol.hasInstance);
console.log(Object.getOwnPropertyNames(Symbol).filter(k => typeof Symbol[k] === 'symbol' && !/dispose/i.test(k)).sort().join(','));
const unscop = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(unscop), unscop.flat, unscop.includes);
const sym = Symbol('x');
const frozen = Object.freeze({ [sym]: 1 });
console.log(Object.isFrozen(frozen), Reflect.ownKeys(frozen).length);
console.log(Symbol.prototype[Symbol.toStringTag], s1.constructor === Symbol);
