// Proxy traps and revocation
const log = [];
const target = { a: 1, b: 2 };
const p = new Proxy(target, {
  get(t, k, r) { log.push('get ' + String(k)); return k in t ? t[k] : `no ${String(k)}`; },
  set(t, k, v) { log.push('set ' + k); t[k] = v * 2; return true; },
  has(t, k) { log.push('has ' + k); return k !== 'hidden' && k in t; },
  deleteProperty(t, k) { log.push('delete ' + k); return delete t[k]; },
  ownKeys(t) { log.push('ownKeys'); return [...Reflect.ownKeys(t), 'virtual']; },
  getOwnPropertyDescriptor(t, k) {
    log.push('gopd ' + k);
    return k === 'virtual' ? { value: 'v', enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, k);
  },
});
console.log(p.a, p.zzz);
p.c = 5;
console.log(target.c, 'a' in p, 'hidden' in p, delete p.a, 'a' in target);
console.log(Object.keys(p).join(','));
console.log(log.join(' | '));
const fnProxy = new Proxy(function (x) { return x + 1; }, {
  apply(t, thisArg, args) { return 'applied ' + t(...args); },
  construct(t, args, nt) { return { constructed: args[0] }; },
});
console.log(fnProxy(1), new fnProxy('arg').constructed, typeof fnProxy);
const { proxy, revoke } = Proxy.revocable({}, {});
proxy.x = 1;
console.log(proxy.x);
revoke();
try { proxy.x; } catch (e) { console.log(e.name, e.message); }
const invariant = new Proxy(Object.freeze({ fixed: 1 }), { get() { return 2; } });
try { invariant.fixed; } catch (e) { console.log('invariant:', e.name); }
const defaults = new Proxy({}, { get: (t, k) => (k in t ? t[k] : 0) });
defaults.x++;
defaults.x++;
console.log(defaults.x, defaults.y);
const arrProxy = new Proxy([1, 2, 3], {});
console.log(Array.isArray(arrProxy), arrProxy.length, arrProxy.map(x => x * 2).join(), Object.prototype.toString.call(arrProxy));
const protoProxy = Object.create(new Proxy({}, { get: (t, k, r) => (typeof k === 'string' ? 'proto:' + k : undefined) }));
console.log(protoProxy.anything);
try { new Proxy({}, null); } catch (e) { console.log(e.name, e.message); }
try { Proxy({}, {}); } catch (e) { console.log(e.name, e.message); }
const spy = [];
const traced = new Proxy({}, new Proxy({}, { get(t, trap) { spy.push(trap); return undefined; } }));
traced.x = 1; traced.x; 'x' in traced; delete traced.x; Object.keys(traced);
console.log(spy.join(','));
console.log(typeof Proxy.prototype, Proxy.length, Proxy.name);
