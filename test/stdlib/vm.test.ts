/**
 * stdlib/vm: contexts as new realms (globals copied from and back to the contextified object,
 * the context's own intrinsics), Script, compileFunction, timeouts and the argument errors,
 * compared with the host node. The cases run as one CommonJS program under the ouro CLI and under
 * the host node; each case's result is one JSON line. Also: -e / -p see the builtin modules as globals.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { runOuro } from '../e2e/run-ouro';
import { describeComparedWithNode, type CliCase } from './cli-compare';

interface Case extends CliCase {
  name: string;
  /** Body of a function with `require` and `vm` in scope; its return value is compared. */
  src: string;
}

const cases: Case[] = [
  { name: 'globals come from the object and go back to it', src: `
      const ctx = vm.createContext({ x: 2 });
      const r = vm.runInContext('var y = x * 21; z = "s"; x = 3; typeof require', ctx);
      return [r, ctx, Object.keys(ctx)];` },
  { name: 'functions made in a context see the object live after the run', src: `
      const ctx = vm.createContext({ n: 1, log: [] });
      vm.runInContext('function inc() { n += 1; log.push(n); return n; } var getN = () => n; setN = (v) => { n = v; }; z = 1', ctx);
      const out = [ctx.inc(), ctx.n, ctx.getN()];
      ctx.n = 10;
      out.push(ctx.getN(), ctx.inc(), ctx.n);
      ctx.setN(42);
      out.push(ctx.n, ctx.getN());
      vm.runInContext('zz = 1; getZZ = () => zz', ctx);
      ctx.zz = 2;
      out.push(ctx.getZZ(), vm.runInContext('Object.keys(globalThis).join()', ctx), Object.keys(ctx).join(), ctx.log);
      const o = vm.createContext({ get g() { return 'getter'; } });
      out.push(vm.runInContext('g', o));
      return out;` },
  { name: 'assignments after the run (promise jobs, callbacks) reach the object', src: `
      const sb = vm.createContext({ later: 0 });
      const f = vm.runInContext('Promise.resolve().then(() => { x = 2; this.y = 3; }); () => [typeof later, later, typeof added, added]', sb);
      return new Promise((resolve) => setTimeout(() => { sb.later = 1; sb.added = 4; resolve([sb, f()]); }, 5));` },
  { name: 'import() in a context rejects without a callback', src: `
      return vm.runInNewContext('import("fs")').then(() => 'loaded', (e) => [e.name, e.code, e.message, e instanceof TypeError]);` },
  { name: 'inherited properties of the object, read-only properties', src: `
      const sb = Object.create({ inherited: 'yes' });
      sb.own = 1;
      vm.createContext(sb);
      Object.defineProperty(sb, 'ro', { value: 1, writable: false, enumerable: true });
      const out = [vm.runInContext('typeof inherited + typeof own', sb), vm.runInNewContext('toString === Object.prototype.toString'),
        vm.runInNewContext('toString === Object.prototype.toString', Object.create(null)), vm.runInContext('ro = 2; ro', sb)];
      try { vm.runInContext('"use strict"; ro = 3', sb); out.push('no throw'); } catch (e) { out.push(e.name); }
      return out;` },
  { name: 'isContext', src: `
      const c = vm.createContext();
      return [vm.isContext(c), vm.isContext({}), vm.createContext(c) === c];` },
  { name: 'a Script runs again in the same context', src: `
      const s = new vm.Script('count += 1; name = "kitty";');
      const c = vm.createContext({ count: 0 });
      for (let i = 0; i < 3; i++) s.runInContext(c);
      return c;` },
  { name: 'errors come from the context intrinsics', src: `
      const c = vm.createContext({});
      try { vm.runInContext('nope', c); } catch (e) {
        return [e instanceof ReferenceError, e.name, e.message, e.constructor === vm.runInContext('ReferenceError', c)];
      }` },
  { name: 'values made in a new context', src: `
      const a = vm.runInNewContext('[1, 2]');
      const o = vm.runInNewContext('({ a: 1 })');
      return [a instanceof Array, Array.isArray(a), Object.getPrototypeOf(o) === Object.prototype, JSON.stringify(o),
        require('util').inspect(vm.runInNewContext('new Map([[1, 2]])'))];` },
  { name: 'runInNewContext and runInThisContext', src: `
      globalThis.__vmT = 5;
      return [vm.runInNewContext('a + b', { a: 1, b: 2 }), vm.runInThisContext('__vmT + 1'),
        vm.runInNewContext('typeof __vmT'), vm.runInNewContext('typeof console')];` },
  { name: 'delete and this in a context', src: `
      const c = vm.createContext({ x: 1 });
      const keys = vm.runInContext('delete x; this.y = 5; Object.keys(this)', c);
      return [keys, c];` },
  { name: 'writes before a throw still reach the object', src: `
      const c = vm.createContext({});
      try { vm.runInContext('a = 1; throw new Error("e")', c); } catch (e) { return [e.message, c]; }` },
  { name: 'timeout', src: `
      try { vm.runInNewContext('while (true) {}', {}, { timeout: 30 }); return 'no throw'; }
      catch (e) { return [e.name, e.code, e.message]; }` },
  { name: 'lineOffset in stack traces', src: `
      try { vm.runInNewContext('\\nthrow new Error("x")', {}, { filename: 'g.vm', lineOffset: 3 }); }
      catch (e) { return /g\\.vm:5:7/.test(e.stack); }` },
  { name: 'displayErrors: the stack starts with the throwing line', src: `
      const out = [];
      for (const displayErrors of [true, false]) {
        try { vm.runInNewContext('let a = 1;\\n  throw new TypeError("t")', {}, { filename: 'h.vm', displayErrors }); }
        catch (e) { out.push(e.stack.split('\\n').slice(0, displayErrors ? 6 : 2)); }
      }
      return out;` },
  { name: 'a SyntaxError at construction', src: `
      try { new vm.Script('foo bar', { filename: 'f.vm' }); return 'no throw'; }
      catch (e) { return [e.name, e instanceof SyntaxError, e.stack.includes('f.vm:1')]; }` },
  { name: 'compileFunction', src: `
      const f = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 10 }] });
      const g = vm.compileFunction('return typeof Array === "function" && [] instanceof Array', [],
        { parsingContext: vm.createContext({}) });
      return [f(1, 2), f.length, g(), Array.isArray(vm.compileFunction('return []', [], { parsingContext: vm.createContext({}) })())];` },
  { name: 'compileFunction: source text, offsets, parsingContext globals', src: `
      const old = Error.stackTraceLimit;
      Error.stackTraceLimit = 1;
      const out = [vm.compileFunction('return a', ['a', 'b']).toString(),
        vm.compileFunction('return varInContext', [], { parsingContext: vm.createContext({ varInContext: 'abc' }) })()];
      for (const o of [{}, { lineOffset: 3 }, { columnOffset: 3 }]) {
        try { vm.compileFunction('throw new Error("Sample Error")', [], o)(); } catch (e) { out.push(e.stack); }
      }
      Error.stackTraceLimit = old;
      return out;` },
  { name: 'defineProperty on the context global keeps its attributes on the object', src: `
      const c = vm.createContext({});
      vm.runInContext('var b = 2; function f() {} Object.defineProperty(this, "p", { value: 5, enumerable: true }); Object.defineProperty(this, "h", { value: 5 })', c);
      return ['b', 'f', 'p', 'h'].map((k) => { const d = Object.getOwnPropertyDescriptor(c, k); return [d.writable, d.enumerable, d.configurable]; });` },
  { name: 'offsets in the arrow lines, non-configurable properties, proxies', src: `
      const out = [];
      try { vm.runInContext(' throw new Error()', vm.createContext({}), { filename: 'e.js', lineOffset: 32, columnOffset: 123 }); }
      catch (e) { out.push(e.stack.split('\\n').slice(0, 6)); }
      let ctx = {};
      Object.defineProperty(ctx, 'b', { configurable: false });
      ctx = vm.createContext(ctx);
      out.push(vm.createScript('delete b').runInContext(ctx), typeof vm.runInNewContext('String', new Proxy({}, {})));
      return out;` },
  { name: 'createCachedData', src: `
      const b = new vm.Script('1').createCachedData();
      return Buffer.isBuffer(b);` },
  { name: 'argument errors', src: `
      const out = [];
      for (const f of [() => vm.runInContext('1', {}), () => vm.createContext('x'), () => vm.isContext(1),
        () => new vm.Script('1', { lineOffset: 'x' }), () => vm.runInNewContext('1', {}, { timeout: -1 }),
        () => vm.compileFunction(1), () => vm.compileFunction('', ['a', 1])]) {
        try { f(); out.push('no throw'); } catch (e) { out.push([e.name, e.code, e.message]); }
      }
      return out;` },
];

describeComparedWithNode('vm (compared with node)', cases, "const vm = require('vm');");

describe('-e and -p: builtin modules as globals', () => {
  it('are required on first use and can be replaced', async function () {
    this.timeout(60000);
    const src = 'console.log(typeof vm, fs === require("fs"), typeof _stream_readable, typeof fs.promises); fs = 3; console.log(fs)';
    const r = await runOuro(['-e', src]);
    assert.strictEqual(r.stdout, execFileSync(process.execPath, ['-e', src], { encoding: 'utf8' }));
    const p = await runOuro(['-p', 'typeof util.inspect']);
    assert.strictEqual(p.stdout, 'function\n');
  });
});
