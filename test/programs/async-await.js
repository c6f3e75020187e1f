// async functions: ordering against synchronous code and promise jobs, errors, await of thenables
const log = [];
async function a1() {
  log.push('a1 start');
  await null;
  log.push('a1 after await');
  return 'a1 result';
}
async function a2() {
  log.push('a2 start');
  try {
    await Promise.reject(new Error('rejected'));
  } catch (e) {
    log.push('a2 caught ' + e.message);
  }
  throw new TypeError('a2 throws');
}
const p1 = a1();
const p2 = a2();
log.push('sync end');
console.log(Object.prototype.toString.call(p1), p1 instanceof Promise);
p1.then(v => log.push('then ' + v));
p2.catch(e => log.push('catch ' + e.name));
Promise.resolve().then(() => log.push('microtask'));
const thenable = { then(res) { log.push('thenable.then called'); res('thenable value'); } };
(async () => { log.push('awaited ' + await thenable); })();
async function sequence() {
  const out = [];
  for (const ms of [3, 1, 2]) out.push(await new Promise(r => r(ms)));
  return out;
}
sequence().then(v => log.push('sequence ' + v.join(',')));
async function parallel() { return Promise.all([1, 2, 3].map(async x => x * 2)); }
parallel().then(v => log.push('parallel ' + v.join(',')));
const arrow = async x => x + 1;
class K { async m() { return this.v; } v = 'method'; static async s() { return 'static'; } }
Promise.all([arrow(1), new K().m(), K.s()]).then(v => log.push('misc ' + v.join(',')));
async function returnsPromise() { return Promise.resolve('unwrapped'); }
returnsPromise().then(v => log.push(v));
async function awaitInLoop() { let s = 0; for (let i = 0; i < 3; i++) s += await i; return s; }
awaitInLoop().then(v => {
  log.push('loop sum ' + v);
});
setTimeoutFree().then(() => console.log(log.join('\n')));
async function setTimeoutFree() { for (let i = 0; i < 20; i++) await null; }
