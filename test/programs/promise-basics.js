// promises: construction, then chains, errors, finally, thenable adoption
const log = [];
const p = new Promise((resolve, reject) => {
  resolve('first');
  resolve('ignored');
  reject(new Error('ignored too'));
});
p.then(v => { log.push('then ' + v); return v + '!'; })
  .then(v => { log.push('chained ' + v); throw new Error('boom'); })
  .then(() => log.push('skipped'))
  .catch(e => { log.push('caught ' + e.message); return 'recovered'; })
  .finally(function () { log.push('finally (args: ' + arguments.length + ')'); })
  .then(v => log.push('after finally ' + v));
new Promise(() => { throw new RangeError('executor throws'); }).catch(e => log.push('executor error ' + e.name));
Promise.resolve(1).then(2).then(v => log.push('non-function then passes ' + v));
Promise.reject('r').then(null, r => log.push('second arg handles ' + r));
const thenable = { then(onFul) { onFul('from thenable'); } };
Promise.resolve(thenable).then(v => log.push(v));
const same = Promise.resolve(5);
console.log(Promise.resolve(same) === same, typeof Promise.prototype.finally);
let resolveLater;
const pending = new Promise(r => { resolveLater = r; });
pending.then(v => log.push('resolved later ' + v));
resolveLater('ok');
const selfRes = new Promise(r => Promise.resolve().then(() => r(selfRes)));
selfRes.catch(e => log.push('self resolution: ' + e.name));
Promise.resolve('f').finally(() => 'ignored').then(v => log.push('finally keeps value ' + v));
Promise.reject(new Error('x')).finally(() => { throw new Error('finally error replaces'); }).catch(e => log.push(e.message));
const { promise, resolve } = (() => { let resolve; const promise = new Promise(r => { resolve = r; }); return { promise, resolve }; })();
promise.then(v => log.push('deferred ' + v));
resolve('D');
try { new Promise(5); } catch (e) { console.log(e.name, e.message); }
try { Promise.prototype.then.call({}); } catch (e) { console.log(e.name); }
Promise.resolve().then(() => {}).then(() => {}).then(() => {}).then(() => {}).then(() => {}).then(() => {}).then(() => {})
  .then(() => console.log(log.join('\n')));
