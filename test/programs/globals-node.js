// Node's globals besides the language's: global, queueMicrotask, structuredClone, atob/btoa, performance.
console.log(global === globalThis, typeof queueMicrotask, typeof structuredClone);
console.log(Object.keys(globalThis).slice(0, 12).join(','));

const original = { n: 1, s: 'x', d: new Date(0), r: /a+/gi, m: new Map([[1, { deep: [1, 2] }]]), set: new Set(['a']), arr: [1, , 3], big: 10n };
original.self = original;
const copy = structuredClone(original);
console.log(copy !== original, copy.self === copy, copy.d instanceof Date, copy.d.getTime(), String(copy.r), copy.r.lastIndex);
console.log(copy.m.get(1).deep, copy.m.get(1) !== original.m.get(1), [...copy.set], copy.arr, 1 in copy.arr, copy.big);
const bytes = new Uint8Array([1, 2, 3]);
const [b1, b2] = structuredClone([bytes, bytes]);
console.log(b1 === b2, b1 !== bytes, Array.from(b1));
const err = structuredClone(new RangeError('bad', { cause: 'why' }));
console.log(err instanceof RangeError, err.message, err.cause);
for (const bad of [() => {}, Symbol('s'), new WeakMap()]) {
  try {
    structuredClone(bad);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
const buffer = new ArrayBuffer(8);
const moved = structuredClone(buffer, { transfer: [buffer] });
console.log(buffer.byteLength, moved.byteLength);

console.log(btoa('hello world'), atob('aGVsbG8gd29ybGQ='), atob(' aGk = '));
for (const f of [() => atob('a'), () => atob('$$$$'), () => btoa('\u0100')]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.message);
  }
}

console.log(typeof performance.now(), performance.now() >= 0, typeof performance.timeOrigin);
const order = [];
queueMicrotask(() => order.push('microtask'));
Promise.resolve().then(() => order.push('promise'));
process.nextTick(() => order.push('tick'));
setTimeout(() => console.log(order.join(' ')), 0);
