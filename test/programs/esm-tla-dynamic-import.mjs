// Top-level await and dynamic import(): the process waits for awaited work; import() loads,
// links and evaluates on demand and caches; failures reject with node's errors.
const fixture = (p) => new URL(`../fixtures/esm-tree/app/${p}`, import.meta.url).href;

console.log('start');
await null;
console.log('after await null');
const ms = await new Promise((resolve) => setTimeout(() => resolve(5), 5));
console.log('timer resolved', ms);

const tla = await import(fixture('lib/tla.js'));
console.log('tla value:', tla.value);
const again = await import(fixture('lib/tla.js'));
console.log('cached namespace:', again === tla);

const util = await import(fixture('lib/util.js'));
console.log(util.default, util.counter);
util.increment();
util.increment();
console.log('live binding:', util.counter);
try {
  util.counter = 5;
} catch (e) {
  console.log(e.constructor.name);
}

const cyc = await import(fixture('lib/cycle-b.js'));
console.log('cycle:', cyc.check());

const [fsNs, cjs] = await Promise.all([import('node:fs'), import(fixture('helper.cjs'))]);
console.log(typeof fsNs.readFileSync, fsNs.default === fsNs.default, cjs.default.kind, cjs.helperName);

const json = await import(fixture('lib/data.json'), { with: { type: 'json' } });
console.log(json.default.values);

async function failure(p, options) {
  try {
    await import(p, options);
    console.log('loaded?', p);
  } catch (e) {
    const where = (s) => String(s).split(new URL('../', import.meta.url).pathname).join('<test>/');
    console.log(e.name, e.code, where(e.message));
  }
}
await failure(fixture('lib/nope.js'));
await failure(fixture('lib/dir'));
await failure(fixture('lib/notes.txt'));
await failure(fixture('lib/data.json'));
await failure(fixture('lib/util.js'), { with: { type: 'json' } });
await failure(fixture('lib/throws.js'));
await failure('no-such-package');
await failure('node:no-such-builtin');
await failure('https://example.com/x.js');
console.log('end');
