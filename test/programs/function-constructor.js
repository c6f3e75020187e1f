// the Function constructor and its relatives
const add = new Function('a', 'b', 'return a + b');
console.log(add(2, 3), add.name, add.length);
const noNew = Function('return 42');
console.log(noNew());
const multi = new Function('a, b', 'c', 'return a * b * c');
console.log(multi(2, 3, 4), multi.length);
const withDefaults = new Function('a = 10', '...rest', 'return a + rest.length');
console.log(withDefaults(), withDefaults(1, 2, 3));
function scopeCheck() {
  const localVar = 'not visible';
  const inner = 'also not visible';
  return new Function('return typeof localVar + "," + typeof inner')();
}
console.log(scopeCheck());
globalThis.visibleGlobal = 'global is visible';
console.log(Function('return visibleGlobal')());
console.log(Function('return this')() === globalThis, Function('"use strict"; return this')());
console.log(add.toString());
try { new Function('return ]'); } catch (e) { console.log(e.name); }
try { new Function('a', 'b', '}, function () {'); } catch (e) { console.log('body injection', e.name); }
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const gen = new GeneratorFunction('n', 'for (let i = 0; i < n; i++) yield i');
console.log([...gen(3)].join(','), GeneratorFunction.name);
const AsyncFunction = (async () => {}).constructor;
const af = new AsyncFunction('x', 'return await x');
af(Promise.resolve('async from constructor')).then(v => console.log(v));
console.log(AsyncFunction.name, Object.getPrototypeOf(AsyncFunction) === Function);
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
console.log(AsyncGeneratorFunction.name);
const f = Function();
console.log(f(), f.name, typeof f.prototype);
console.log(Function.prototype(), typeof Function.prototype, Function.length);
const body = 'return x * 2';
const arrowLike = new Function('x', body);
console.log([1, 2, 3].map(arrowLike).join(','));
console.log(new Function('a', 'b', 'return a + b').toString().split('\n').length);
