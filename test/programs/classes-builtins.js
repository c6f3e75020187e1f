// subclassing built-ins: Array, Error, Map, Promise
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), Array.isArray(s), s instanceof Stack);
const mapped = s.map(x => x * 2);
console.log(mapped instanceof Stack, mapped.peek(), mapped.length);
s.length = 1;
console.log(s.length, s[1]);
console.log(Stack.from([7, 8]).peek(), Stack.of(9) instanceof Stack);
class NoSpecies extends Array { static get [Symbol.species]() { return Array; } }
console.log(new NoSpecies(1, 2, 3).filter(Boolean) instanceof NoSpecies);

class HttpError extends Error {
  constructor(status, message, options) {
    super(message, options);
    this.name = 'HttpError';
    this.status = status;
  }
}
const e = new HttpError(404, 'not found', { cause: 'missing file' });
console.log(e instanceof HttpError, e instanceof Error, e.name, e.message, e.status, e.cause);
console.log(String(e), Object.prototype.toString.call(e));
try { throw new HttpError(500, 'boom'); } catch (err) { console.log('caught', err.status, err.message); }

class DefaultMap extends Map {
  constructor(dflt, entries) { super(entries); this.dflt = dflt; }
  get(k) { return this.has(k) ? super.get(k) : this.dflt; }
}
const dm = new DefaultMap(0, [['a', 1]]);
console.log(dm.get('a'), dm.get('b'), dm.size, dm instanceof Map);

class MyPromise extends Promise {}
const mp = MyPromise.resolve(1);
console.log(mp instanceof MyPromise, mp.then(() => {}) instanceof MyPromise);
mp.then(v => console.log('subclassed promise resolved', v));

class Upper extends String {
  shout() { return this.toUpperCase() + '!'; }
}
console.log(new Upper('hey').shout(), new Upper('abc').length);
class Num extends Number { double() { return this * 2; } }
console.log(new Num(21).double());
class Fn extends Function {}
const fn = new Fn('a', 'return a * 3');
console.log(fn(4), fn instanceof Fn);
class MyRegExp extends RegExp {
  exec(s) { const r = super.exec(s); if (r) r.custom = true; return r; }
}
console.log(new MyRegExp('b').exec('abc').custom, new MyRegExp('x').test('xyz'));
