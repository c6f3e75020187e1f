/**
 * Isolation: the classic ways out of a JavaScript sandbox (constructor chains to a Function
 * constructor, callers, stack-trace hooks, prototype walks, global names, promise and symbol
 * tricks) must reach only guest values, and guest attempts to change intrinsics must leave the
 * host's own intrinsics untouched.
 *
 * Two checks on every probe: the raw guest value (evaluateRaw) and everything reachable from it
 * through properties and prototypes is a guest value (host primitives, JSSymbol, JSObject; no host
 * object or function anywhere), and the host copy (evaluate) contains no host function.
 */
import * as assert from 'assert';
import { createRealm, GuestError, type OuroRealm } from '../../interpreter/index';
import { enterAgent, leaveAgent } from '../../interpreter/agent';
import { JSObject } from '../../interpreter/values/object';
import { JSSymbol } from '../../interpreter/values/symbol';
import type { Value } from '../../interpreter/values/value';
import { JSProxy } from '../../interpreter/exotics/proxy';

// ---- checks ----

function isGuestValue(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  const t = typeof v;
  if (t === 'boolean' || t === 'number' || t === 'string' || t === 'bigint') return true;
  return v instanceof JSSymbol || v instanceof JSObject;
}

/**
 * Walks the guest object graph from root (own properties' values, getters and setters, and
 * prototypes) through the internal methods that run no guest code, and returns a description of
 * the first non-guest value found, or null. Proxies are not entered (their traps are guest code).
 */
function findHostValue(realm: OuroRealm, root: Value, limit = 200_000): string | null {
  const prev = enterAgent(realm.agent, realm.realm);
  try {
    const seen = new Set<JSObject>();
    const stack: [unknown, string][] = [[root, 'result']];
    while (stack.length > 0) {
      const [v, path] = stack.pop()!;
      if (!isGuestValue(v)) return `${path} is a host ${typeof v}: ${String(v).slice(0, 80)}`;
      if (!(v instanceof JSObject) || seen.has(v) || v instanceof JSProxy) continue;
      seen.add(v);
      if (seen.size > limit) return null;
      const proto = v.GetPrototypeOf();
      stack.push([proto, `${path}.[[Prototype]]`]);
      for (const key of v.OwnPropertyKeys()) {
        if (typeof key !== 'string' && !(key instanceof JSSymbol)) return `${path} has a host key ${String(key)}`;
        const d = v.GetOwnProperty(key);
        if (d === undefined) continue;
        const name = typeof key === 'string' ? key : `[${key.description}]`;
        if ('value' in d) stack.push([d.value, `${path}.${name}`]);
        if ('get' in d) stack.push([d.get, `${path}.get ${name}`]);
        if ('set' in d) stack.push([d.set, `${path}.set ${name}`]);
      }
    }
    return null;
  } finally {
    leaveAgent(prev);
  }
}

/** The host copy holds only primitives, host symbols, arrays and plain objects: never a function. */
function assertPlainCopy(v: unknown, path = 'copy', seen = new Set<object>()): void {
  if (typeof v === 'function') assert.fail(`${path} is a host function`);
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  const proto = Object.getPrototypeOf(v);
  assert.ok(proto === Object.prototype || proto === Array.prototype, `${path} is not a plain object or array`);
  for (const k of Object.keys(v)) assertPlainCopy((v as Record<string, unknown>)[k], `${path}.${k}`, seen);
}

/**
 * Evaluates a probe in a fresh realm (and again in another for the host copy); a guest error is a
 * fine outcome (it is contained), anything else fails.
 */
function probe(src: string): { raw?: Value; copy?: unknown; error?: GuestError } {
  const realm = createRealm();
  let raw: Value;
  try {
    raw = realm.evaluateRaw(src);
  } catch (e) {
    if (e instanceof GuestError) return { error: e };
    throw e;
  }
  const leak = findHostValue(realm, raw);
  assert.strictEqual(leak, null, `${src}\n  reaches a host value: ${leak}`);
  const copy = createRealm().evaluate(src);
  assertPlainCopy(copy);
  return { raw, copy };
}

// ---- snapshots of the host's intrinsics ----

const HOST_INTRINSICS: [string, object][] = [
  ['globalThis', globalThis], ['Object', Object], ['Object.prototype', Object.prototype], ['Function', Function],
  ['Function.prototype', Function.prototype], ['Array', Array], ['Array.prototype', Array.prototype],
  ['String.prototype', String.prototype], ['Number.prototype', Number.prototype], ['Boolean.prototype', Boolean.prototype],
  ['Symbol', Symbol], ['Symbol.prototype', Symbol.prototype], ['Error', Error], ['Error.prototype', Error.prototype],
  ['TypeError.prototype', TypeError.prototype], ['Promise', Promise], ['Promise.prototype', Promise.prototype],
  ['Map.prototype', Map.prototype], ['Set.prototype', Set.prototype], ['RegExp', RegExp], ['RegExp.prototype', RegExp.prototype],
  ['JSON', JSON], ['Math', Math], ['Reflect', Reflect], ['Date.prototype', Date.prototype],
  ['Iterator.prototype', Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))],
];

function snapshot(): Map<string, string> {
  const out = new Map<string, string>();
  const ids = new Map<unknown, number>();
  const id = (v: unknown) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return typeof v === 'symbol' ? String(v) : `${typeof v}:${String(v)}`;
    if (!ids.has(v)) ids.set(v, ids.size);
    return `#${ids.get(v)}`;
  };
  for (const [name, o] of HOST_INTRINSICS) {
    const parts = [`proto=${id(Object.getPrototypeOf(o))}`, `extensible=${Object.isExtensible(o)}`];
    for (const k of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, k)!;
      parts.push(`${String(k)}:${'value' in d ? `v=${id(d.value)},w=${d.writable}` : `g=${id(d.get)},s=${id(d.set)}`},e=${d.enumerable},c=${d.configurable}`);
    }
    out.set(name, parts.join('\n'));
  }
  return out;
}

// ---- the probes ----

const ESCAPES: string[] = [
  "this.constructor.constructor('return process')()",
  "this.constructor.constructor('return typeof process')()",
  "Function('return this')().process",
  "Function('return this')()",
  "[].constructor.constructor('return require')()",
  "[].constructor.constructor('return typeof require + typeof module + typeof Buffer')()",
  "(async function () {}).constructor('return process')()",
  "(function* () {}).constructor('return process')().next()",
  "(async function* () {}).constructor('return process')().next()",
  "({}).constructor.constructor('return globalThis')()",
  "Object.getPrototypeOf(function () {}).constructor('return this')()",
  "(() => {}).constructor('return this')().constructor.constructor('return process')()",
  "Symbol.constructor.constructor('return process')()",
  "Reflect.construct.constructor('return process')()",
  "JSON.parse.constructor('return process')()",
  "eval('this')",
  "(0, eval)('this')",
  "new Function('return this.process || this.require || this.global')()",
  "Error.prepareStackTrace = (e, frames) => frames; const e = new Error('x'); const s = e.stack; Error.prepareStackTrace = undefined; [typeof s, s]",
  "Error.prepareStackTrace = (e, frames) => frames.map(f => [typeof f, f && f.getThis && f.getThis(), f && f.getFunction && f.getFunction()]); new Error('y').stack",
  "Error.captureStackTrace.constructor('return process')()",
  "const o = {}; Error.captureStackTrace(o); [o.stack, Object.getOwnPropertyDescriptor(o, 'stack')]",
  "function f() { return arguments.callee.caller } f()",
  "function g() { return g.caller } [g(), [1].map(function cb() { return cb.caller })[0]]",
  "[1].map(function cb() { return arguments.callee.caller })",
  "'a'.replace('a', function r() { return typeof r.caller + typeof r.arguments })",
  "JSON.parse('{\"a\":1}', function rev() { return rev.caller })",
  "[2, 1].sort(function cmp() { cmp.c = cmp.caller; return 0 }); ",
  "({ valueOf() { return this.valueOf.caller } }) + ''",
  "let chain = []; let o = globalThis; while (o) { chain.push(o); o = Object.getPrototypeOf(o) } chain",
  "let c = []; for (let o = function () {}; o; o = Object.getPrototypeOf(o)) c.push(o, o.constructor); c",
  "let c = []; for (let o = async function* () {}; o; o = o.__proto__) c.push(o); c",
  "({}).__proto__.__proto__",
  "[].__proto__.__proto__.constructor.constructor('return process')()",
  "Object.getOwnPropertyNames(globalThis).filter(n => ['process', 'require', 'module', 'exports', 'Buffer', 'global', '__dirname', '__filename', 'setTimeout', 'setImmediate'].includes(n))",
  "Symbol.for('nodejs.util.inspect.custom')",
  "[Symbol.for('x') === Symbol.for('x'), Symbol.keyFor(Symbol.for('x')), Symbol.iterator, Symbol.asyncIterator]",
  "Object.getOwnPropertySymbols(Symbol.prototype).concat(Reflect.ownKeys(Symbol))",
  "let got; Promise.resolve({ then(r) { got = typeof process; r(got) } }); got",
  "let res = []; class P extends Promise { constructor(ex) { super(ex); res.push(typeof ex) } } P.resolve(1).then(() => {}); res",
  "let caps = []; Promise.all.call(function (ex) { ex((a, b) => caps.push(a, b), () => {}); }, [1]); caps",
  "new Proxy({}, { get: (t, k, r) => k }).anything",
  "let seen = []; new Proxy(function () {}, { apply(t, thisArg, args) { seen.push(t, thisArg, args); return 1 } })(); seen",
  "Reflect.ownKeys(globalThis).map(k => [k, Object.getOwnPropertyDescriptor(globalThis, k)])",
  "try { null.x } catch (e) { [e, e.stack, e.constructor.constructor('return process')] }",
  "try { undefined() } catch (e) { Object.getOwnPropertyDescriptors(e) }",
  "new Error('msg', { cause: globalThis }).cause === globalThis",
  "WeakRef.prototype.constructor.constructor('return process')()",
  "Array.from({ length: 1 }, function () { return this })",
  "[1].map(function () { return this })[0]",
  "(function () { 'use strict'; return this })()",
  "Reflect.apply(function () { return this }, undefined, [])",
  "let a = []; a.constructor = { [Symbol.species]: function (n) { return { host: typeof process } } }; a.map(x => x)",
  "new (class extends Array {})(1, 2).map(x => x).constructor.constructor('return typeof process')()",
  "Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get.constructor('return process')()",
  "Function.prototype.toString.call(Function.prototype.toString)",
  "Intl",
];

describe('isolation: guest code reaches only guest values', function () {
  this.timeout(120_000);

  let before: Map<string, string>;
  beforeEach(function () {
    before = snapshot();
  });
  afterEach(function () {
    const after = snapshot();
    for (const [name, s] of before) assert.strictEqual(after.get(name), s, `host ${name} changed`);
  });

  for (const src of ESCAPES) {
    it(src.length > 90 ? `${src.slice(0, 87)}...` : src, function () {
      const r = probe(src);
      if (r.error !== undefined) {
        // Contained as a guest error: its name is one of the guest's error types.
        assert.match(r.error.name, /^(Reference|Type|Range|Syntax|Eval|URI|Aggregate)?Error$/, `${src}: ${r.error.stack}`);
      }
    });
  }

  it('names of the host are not defined in the guest', function () {
    const names = ['process', 'require', 'module', 'exports', 'Buffer', 'global', '__dirname', '__filename'];
    for (const n of names) assert.strictEqual(createRealm().evaluate(`typeof ${n}`), 'undefined', n);
  });

  it('the Function constructors compile in the guest realm: their code sees the guest global', function () {
    const realm = createRealm();
    realm.evaluate('var marker = "guest global"');
    for (const ctor of ["Function", "(async function () {}).constructor", "(function* () {}).constructor", "this.constructor.constructor"]) {
      const src = ctor.includes('async') ? `var out; ${ctor}('out = this.marker')(); out` : ctor.includes('*')
        ? `${ctor}('yield this.marker')().next().value` : `${ctor}('return this.marker')()`;
      assert.strictEqual(realm.evaluate(src), 'guest global', ctor);
    }
  });

  it('every built-in function reachable from the global object is native code to the guest (no host source)', function () {
    const bad = createRealm().evaluate(`
      const seen = new Set(), bad = [];
      const visit = (o, path) => {
        if ((typeof o !== 'object' && typeof o !== 'function') || o === null || seen.has(o)) return;
        seen.add(o);
        if (typeof o === 'function') {
          const s = Function.prototype.toString.call(o);
          if (!/^function [^(]*\\(\\) \\{ \\[native code\\] \\}$/.test(s)) bad.push(path + ': ' + s.slice(0, 60));
        }
        for (const k of Reflect.ownKeys(o)) {
          const d = Object.getOwnPropertyDescriptor(o, k);
          const name = typeof k === 'symbol' ? '[' + k.description + ']' : k;
          if ('value' in d) visit(d.value, path + '.' + name);
          if (d.get) visit(d.get, 'get ' + path + '.' + name);
          if (d.set) visit(d.set, 'set ' + path + '.' + name);
        }
        visit(Object.getPrototypeOf(o), path + '.__proto__');
      };
      visit(globalThis, 'globalThis');
      bad`) as string[];
    assert.deepStrictEqual(bad, []);
  });

  it('the whole global object graph holds only guest values', function () {
    const realm = createRealm();
    assert.strictEqual(findHostValue(realm, realm.realm.globalObject), null);
  });

  it('error stacks name guest code only, never the host\'s files', function () {
    const stack = createRealm().evaluate(`
      function f() { return [1].map(function g() { return new Error('x').stack })[0] }
      f() + '\\n' + (() => { try { null.x } catch (e) { return e.stack } })()`, { filename: 'guest.js' }) as string;
    assert.ok(!/node:internal|dist[\\/]|interpreter[\\/]|\.ts:/.test(stack), stack);
    assert.match(stack, /guest\.js:2/);
  });

  it('guest changes to its intrinsics stay in the guest: the host intrinsics and another realm are untouched', function () {
    const realm = createRealm();
    realm.evaluate(`
      Object.prototype.polluted = 'yes';
      Array.prototype.push = function () { return 'hijacked' };
      delete Object.prototype.toString;
      Object.defineProperty(Function.prototype, 'call', { value: null });
      Error.prepareStackTrace = () => 'hooked';
      Error.stackTraceLimit = 0;
      Symbol.prototype.x = 1;
      JSON.parse = null;
      Promise.prototype.then = function () { throw new Error('hijacked then') };
      Object.freeze(Object.prototype);
      Object.freeze(Array.prototype);
      Object.setPrototypeOf(Math, null);
    `);
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    const arr: number[] = [];
    assert.strictEqual(arr.push(1), 1);
    assert.strictEqual(Object.prototype.toString.call([]), '[object Array]');
    assert.strictEqual(JSON.parse('{"a":1}').a, 1);
    assert.ok(Object.isExtensible(Object.prototype));
    assert.ok(typeof new Error('host').stack === 'string' && new Error('host').stack!.includes('isolation'));
    const other = createRealm();
    assert.deepStrictEqual(other.evaluate('[({}).polluted, [].push(1), typeof Object.prototype.toString, Object.isFrozen(Object.prototype)]'), [undefined, 1, 'function', false]);
  });

  it('two realms share no objects: one realm cannot see another\'s globals or intrinsics', function () {
    const a = createRealm();
    const b = createRealm();
    a.evaluate('globalThis.shared = { secret: 42 }; var v = 1');
    assert.deepStrictEqual(b.evaluate('[typeof shared, typeof v]'), ['undefined', 'undefined']);
    const ap = a.evaluateRaw('Object.prototype');
    const bp = b.evaluateRaw('Object.prototype');
    assert.notStrictEqual(ap, bp);
  });

  it('a thrown host-looking value is only a guest value', function () {
    const r = probe("try { throw globalThis } catch (e) { e === globalThis }");
    assert.strictEqual(r.copy, true);
  });
});
