// The microtask puzzles: process.nextTick callbacks run before promise jobs, both after every
// callback; nested nextTicks run before the promise jobs queued meanwhile.
console.log('script start');

setTimeout(() => console.log('setTimeout'), 0);

Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('nextTick from promise 1'));
}).then(() => console.log('promise 2'));

process.nextTick(() => {
  console.log('nextTick 1');
  process.nextTick(() => console.log('nextTick 1 > nested'));
  Promise.resolve().then(() => console.log('promise from nextTick 1'));
});
process.nextTick(() => console.log('nextTick 2'), 'ignored');
process.nextTick((a, b) => console.log('nextTick with args', a, b), 'x', 42);

queueMicrotask(() => console.log('queueMicrotask'));

(async () => {
  console.log('async start');
  await null;
  console.log('after await 1');
  await new Promise((r) => setTimeout(r, 5));
  console.log('after await timer');
  process.nextTick(() => console.log('nextTick after timer'));
  await null;
  console.log('after await 2');
})();

console.log('script end');
