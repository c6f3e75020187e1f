// exact ordering of promise reactions, async functions and awaits
const out = [];
const p = Promise.resolve();
(async () => {
  out.push(1);
  await p;
  out.push(4);
  await p;
  out.push(7);
})();
p.then(() => out.push(5)).then(() => out.push(8));
out.push(2);
(async () => {
  out.push(3);
  await undefined;
  out.push(6);
})();
async function returnsNativePromise() { return p; }
returnsNativePromise().then(() => out.push('rnp'));
Promise.resolve().then(() => out.push('a')).then(() => out.push('b')).then(() => out.push('c')).then(() => out.push('d'));
new Promise(r => { out.push('executor'); r(); }).then(() => out.push('executor then'));
const resolvedWithPromise = new Promise(r => r(Promise.resolve('x')));
resolvedWithPromise.then(() => out.push('resolved with promise'));
Promise.reject(new Error('e')).catch(() => out.push('catch')).finally(() => out.push('finally'));
queue();
async function queue() {
  await null; await null; await null; await null; await null; await null; await null;
  console.log(out.join(' '));
}
