// console.log formatting of common values (Node's util.inspect rules)
console.log(1, -0, 1.5, NaN, Infinity, 10n, true, null, undefined);
console.log('top-level strings print raw', ['but quoted', "it's", 'in arrays']);
console.log([1, 'two', [3, [4, [5, [6]]]]], { a: { b: { c: { d: {} } } } });
console.log({ a: 1, 'b-c': 2, 3: 3, [Symbol('s')]: 4, 'valid_id': 5 });
console.log([], {}, [[]], [{}], { a: [] }, [undefined, null]);
console.log(function namedFn() {}, () => {}, class Klass {}, class extends Array {}, Math.max, Symbol('sym'), Symbol());
console.log(new Map([['k', 'v'], [{ o: 1 }, [1]]]), new Set([1, 'a']), new Map(), new Set());
console.log(new WeakMap(), new WeakSet(), Promise.resolve(42), new Promise(() => {}), Promise.reject(new Error('x')).catch(() => {}) && 'promise logged above');
class Point { constructor() { this.x = 1; this.y = 2; } }
console.log(new Point(), Object.create(null), Object.assign(Object.create(null), { a: 1 }));
console.log({ get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} });
console.log([1, , 3], [, , ,], new Array(5), [1, 2, 3, , , 6]);
console.log({ f() {}, g: function () {}, h: async () => {}, i: function* () {} });
console.log(new Number(3), new String('str'), new Boolean(false), Object(Symbol('boxed')), Object(5n));
console.log(/re(g)ex/gi, new Date(Date.UTC(2020, 0, 2, 3, 4, 5)), new Date(NaN));
console.log([new Error('in array').message], 'quotes: \'single\' "double" `back`', ["it's"], ['"dq"'], ["'both' \"kinds\""]);
console.log(['multi\nline', 'tab\there', '\u0001'], 'raw multi\nline');
console.log(new Uint8Array([1, 2, 3]), new ArrayBuffer(3), new Float64Array(2), new DataView(new ArrayBuffer(2)));
const circular = { name: 'root' };
circular.self = circular;
circular.list = [circular];
console.log(circular);
console.log([function () {}], { arrow: () => {} }, [class A {}], { s: Symbol.iterator });
console.log(-0, [-0], 0, [0], { z: -0 });
console.log('%s is %d years and %i days, %f%%', 'Bob', 42.5, 7.9, 1.5, 'extra');
console.log('%j %o %O %c|', 1, [1], { a: 1 }, 'color: red');
console.log('%s', { a: 1 }, '%s', Symbol('q'));
console.log(typeof console.log, typeof console.error, typeof console.warn, typeof console.info);
