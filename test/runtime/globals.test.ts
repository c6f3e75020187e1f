/**
 * Node's globals made by the runtime (structuredClone, atob/btoa, queueMicrotask, performance,
 * global, the timers) compared with the host node: the same program prints the same lines.
 */
import * as assert from 'assert';
import { hostNode, runEval } from './node-runtime';

async function sameAsNode(src: string): Promise<void> {
  const expected = hostNode(['-e', src]);
  const r = await runEval(src);
  assert.deepStrictEqual(r.outcome, { kind: 'exit', code: 0 }, r.stderr);
  const a = r.stdout.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) assert.strictEqual(a[i], e[i], `line ${i + 1}`);
}

describe('Node globals (compared with the host node)', function () {
  this.timeout(60_000);

  it('structuredClone copies data, keeps cycles and shared references, and refuses what cannot be cloned', async function () {
    await sameAsNode(`
      const show = (v) => {
        try {
          const c = structuredClone(v);
          if (c instanceof Error) console.log(Object.getPrototypeOf(c).constructor.name, c.message, Object.getOwnPropertyNames(c), c.stack.split('\\n')[0]);
          else console.log(c);
        } catch (e) { console.log(e.name, e.message, e.code); }
      };
      for (const v of [1, -0, NaN, 'str', true, null, undefined, 10n, [1, [2, [3]]], { a: { b: { c: {} } } }]) show(v);
      show(new Date(1234567890)); show(/x+/gimsuy); show(new Map([['k', new Set([1, 2])]]));
      show(new Uint16Array([1, 2, 3])); show(new DataView(new ArrayBuffer(4), 1, 2)); show(new Float64Array(2).subarray(1));
      show(Object(1)); show(Object('s')); show(Object(false)); show(Object(5n));
      show(new Error('e')); show(new TypeError('t')); show(Object.assign(new RangeError('r'), { extra: 1 }));
      show([1, , 3]); show(Object.assign([1, 2], { prop: 'x' }));
      show({ get g() { return 'getter ran'; } });
      class K { constructor() { this.x = 1; } method() {} } show(new K());
      show(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3, enumerable: false } }));
      show({ [Symbol('s')]: 1, s: 2 });
      for (const bad of [function named() {}, () => 1, Symbol.iterator, new WeakSet(), Promise.resolve(), new Proxy({}, {}), { f() {} }]) show(bad);
      const shared = { n: 1 }; const c = structuredClone({ a: shared, b: shared, self: null });
      console.log(c.a === c.b);
      const cyc = []; cyc.push(cyc); const cc = structuredClone(cyc); console.log(cc[0] === cc);
      try { structuredClone(); } catch (e) { console.log(e.code, e.message); }
      const ab = new ArrayBuffer(4); new Uint8Array(ab)[0] = 9;
      const moved = structuredClone({ view: new Uint8Array(ab) }, { transfer: [ab] });
      console.log(ab.byteLength, moved.view[0], moved.view.buffer.byteLength);
      for (const o of [{ transfer: [1] }, { transfer: 5 }, 5, { transfer: [ab, ab] }, { transfer: [{}] }]) {
        try { structuredClone(1, o); } catch (e) { console.log(e.name, e.message, e.code); }
      }
    `);
  });

  it("atob and btoa: forgiving base64, latin1 only, node's errors", async function () {
    await sameAsNode(`
      const show = (f, v) => { try { console.log(JSON.stringify(f(v))); } catch (e) { console.log(e.name, e.message, e.code); } };
      for (const v of ['', 'a', 'ab', 'abc', 'hello world', '\\u00ff\\u0000', null, undefined, 12, '\\u0100']) show(btoa, v);
      for (const v of ['', 'YQ==', 'YQ', 'Y Q = =', 'YWJj\\n', 'YQ=', 'Y', '####', 'YWJjZA===', null, 'undefined', 12]) show(atob, v);
      try { atob(); } catch (e) { console.log(e.code, e.message); }
      try { btoa(); } catch (e) { console.log(e.code, e.message); }
    `);
  });

  it('global, queueMicrotask, performance and the timers look as in node', async function () {
    await sameAsNode(`
      console.log(global === globalThis, Object.keys(globalThis).slice(0, 11));
      for (const k of ['setTimeout', 'setImmediate', 'queueMicrotask', 'structuredClone', 'global', 'process', 'atob', 'performance']) {
        const d = Object.getOwnPropertyDescriptor(globalThis, k);
        console.log(k, 'value' in d ? typeof d.value : 'accessor', d.enumerable, d.configurable);
      }
      try { queueMicrotask(1); } catch (e) { console.log(e.code, e.message); }
      try { setTimeout(); } catch (e) { console.log(e.code, e.message); }
      try { setImmediate('x'); } catch (e) { console.log(e.code, e.message); }
      console.log(typeof performance.now(), performance.now() < 60000, Object.prototype.toString.call(performance));
      console.log(setTimeout.name, setTimeout.length, setInterval.length, setImmediate.length, clearTimeout.length);
      const t = setTimeout(() => {}, 10); console.log(t.constructor.name, typeof t.ref, typeof t.unref, t.hasRef(), t.refresh() === t, t.close() === t);
      const i = setImmediate(() => {}); console.log(i.constructor.name, i.hasRef(), i.unref() === i, i.hasRef()); clearImmediate(i);
    `);
  });
});
