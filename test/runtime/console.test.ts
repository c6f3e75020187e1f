import * as assert from 'assert';
import { Console } from 'console';
import { Writable } from 'stream';
import { installConsole, formatTime } from '../../runtime/console';
import { makeGuestEnv, type GuestEnv } from './guest-values';
import { JSObject } from '../../interpreter/values/object';
import { WellKnown } from '../../interpreter/values/symbol';

interface Captured {
  stdout: string;
  stderr: string;
  warnings: string[];
}

/** Runs src in a fresh guest realm with console installed; returns what it wrote. */
function guestRun(src: string, setup?: (env: GuestEnv) => void): Captured & { env: GuestEnv } {
  const env = makeGuestEnv();
  const out: Captured = { stdout: '', stderr: '', warnings: [] };
  installConsole(env.ouro.realm, {
    stdout: (s) => { out.stdout += s; },
    stderr: (s) => { out.stderr += s; },
    warning: (m) => { out.warnings.push(m); },
  });
  setup?.(env);
  env.ouro.evaluate(src);
  return { ...out, env };
}

/** Runs src on the host with a Node Console writing to strings. */
function hostRun(src: string): Captured {
  const out: Captured = { stdout: '', stderr: '', warnings: [] };
  const sink = (k: 'stdout' | 'stderr'): Writable => new Writable({
    write(chunk, _enc, cb) { out[k] += chunk.toString(); cb(); },
  });
  const c = new Console({ stdout: sink('stdout'), stderr: sink('stderr'), colorMode: false });
  // eslint-disable-next-line no-new-func
  new Function('console', src)(c);
  return out;
}

/** The guest and the host print the same to stdout and stderr. */
function same(src: string): void {
  const g = guestRun(src);
  const h = hostRun(src);
  assert.strictEqual(g.stdout, h.stdout);
  assert.strictEqual(g.stderr, h.stderr);
}

describe('console over guest values', () => {
  describe('the console object', () => {
    it('is a non-enumerable, writable, configurable global', () => {
      const { env } = guestRun('');
      const d = env.ouro.realm.globalObject.GetOwnProperty('console')!;
      assert.deepStrictEqual([d.writable, d.enumerable, d.configurable], [true, false, true]);
      assert.ok(d.value instanceof JSObject);
    });
    it('has Node\'s methods as own enumerable properties of length 0, and the tag "console"', () => {
      const { env } = guestRun('');
      const names = env.ouro.evaluate('Object.keys(console).join()') as string;
      for (const m of ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count',
        'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed']) {
        assert.ok(names.split(',').includes(m), m);
      }
      assert.strictEqual(env.ouro.evaluate('console.log.length + console.log.name'), '0log');
      assert.strictEqual(env.ouro.evaluate('Object.prototype.toString.call(console)'), '[object console]');
      const con = env.ouro.realm.globalObject.GetOwnProperty('console')!.value as JSObject;
      assert.strictEqual(con.GetOwnProperty(WellKnown.toStringTag)!.enumerable, false);
    });
    it('methods work unbound', () => {
      const g = guestRun(`const { log } = console; log('unbound', 1);`);
      assert.strictEqual(g.stdout, 'unbound 1\n');
    });
  });

  describe('log and friends', () => {
    it('log formats like util.format', () => same(`console.log('%s = %d', 'x', 42, { a: [1, 2] }, 'tail');`));
    it('log with no arguments prints an empty line', () => same(`console.log();`));
    it('log of objects, arrays and nested values', () => same(`console.log({ a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: { g: 1 } } } });`));
    it('strings at top level are bare', () => same(`console.log('plain', "it's", 'a\\nb');`));
    it('info and debug go to stdout', () => same(`console.info('info', 1); console.debug('debug', [2]);`));
    it('error and warn go to stderr', () => same(`console.error('err', new Map([[1, 2]])); console.warn('warn %s', 'x');`));
    it('dirxml is log', () => same(`console.dirxml({ x: 1 }, 2);`));
    it('a circular structure', () => same(`const a = { n: 1 }; a.a = a; console.log(a);`));
    it('class instances and functions', () => same(`class P { constructor() { this.x = 1 } } console.log(new P(), P, function f() {}, () => 1);`));
    it('a user can replace console.log', () => {
      const g = guestRun(`const seen = []; console.log = (...a) => seen.push(a.join('+')); console.log('a', 'b'); console.count('x'); globalThis.seen = seen;`);
      assert.strictEqual(g.stdout, '');
      assert.deepStrictEqual(g.env.ouro.evaluate('seen'), ['a+b', 'x: 1']);
    });
  });

  describe('dir', () => {
    it('inspects one value, ignoring further arguments', () => same(`console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });`));
    it('takes inspect options', () => same(`console.dir([1, 2, 3], { showHidden: true });`));
    it('ignores custom inspect methods', () => same(`console.dir({ a: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return 'C' } });`));
    it('prints strings quoted', () => same(`console.dir('str');`));
  });

  describe('group', () => {
    it('indents by two per level, including every line of multi-line output', () => same(`
      console.log('top');
      console.group('G1');
      console.log('in 1\\nsecond line');
      console.group();
      console.error({ a: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', c: 1 });
      console.groupEnd();
      console.groupCollapsed('G2', 2);
      console.info('in 2');
      console.groupEnd();
      console.groupEnd();
      console.groupEnd();
      console.log('back');
    `));
  });

  describe('count', () => {
    it('counts per label, default "default"', () => same(`console.count(); console.count(); console.count('x'); console.count(undefined); console.count(1); console.count('1');`));
    it('countReset restarts a label', () => same(`console.count('a'); console.countReset('a'); console.count('a');`));
    it('countReset of an unknown label warns', () => {
      const g = guestRun(`console.countReset('nope');`);
      assert.deepStrictEqual(g.warnings, ["Count for 'nope' does not exist"]);
    });
    it('a symbol label throws a TypeError', () => {
      assert.throws(() => guestRun(`console.count(Symbol('s'));`), /Cannot convert a Symbol value to a string/);
    });
  });

  describe('assert', () => {
    it('prints "Assertion failed" with the formatted message to stderr', () => same(`console.assert(false, 'hi %s', 'there'); console.assert(0); console.assert(true, 'no'); console.assert('', { a: 1 });`));
  });

  describe('time', () => {
    it('timeLog and timeEnd print the elapsed time', () => {
      const g = guestRun(`console.time('t'); console.timeLog('t', 'extra', { a: 1 }); console.timeEnd('t'); console.time(); console.timeEnd();`);
      const lines = g.stdout.split('\n');
      assert.match(lines[0], /^t: \d+(\.\d+)?ms extra \{ a: 1 \}$/);
      assert.match(lines[1], /^t: \d+(\.\d+)?ms$/);
      assert.match(lines[2], /^default: \d+(\.\d+)?ms$/);
      assert.deepStrictEqual(g.warnings, []);
    });
    it('warns for an unknown label and for a label started twice', () => {
      const g = guestRun(`console.timeEnd('a'); console.timeLog('b'); console.time('c'); console.time('c');`);
      assert.deepStrictEqual(g.warnings, [
        "No such label 'a' for console.timeEnd()",
        "No such label 'b' for console.timeLog()",
        "Label 'c' already exists for console.time()",
      ]);
    });
    it('formats durations as Node does', () => {
      assert.strictEqual(formatTime(1.23456), '1.235ms');
      assert.strictEqual(formatTime(999), '999ms');
      assert.strictEqual(formatTime(1500), '1.500s');
      assert.strictEqual(formatTime(62345), '1:02.345 (m:ss.mmm)');
      assert.strictEqual(formatTime(3723456), '1:02:03.456 (h:mm:ss.mmm)');
    });
  });

  describe('trace', () => {
    it('prints "Trace: message" and the guest stack to stderr', () => {
      const g = guestRun(`function inner() { console.trace('here %d', 1); } function outer() { inner(); } outer();`);
      const lines = g.stderr.trimEnd().split('\n');
      assert.strictEqual(lines[0], 'Trace: here 1');
      assert.match(lines[1], /^ {4}at inner \(/);
      assert.match(lines[2], /^ {4}at outer \(/);
      assert.strictEqual(g.stdout, '');
    });
    it('without a message prints "Trace"', () => {
      const g = guestRun(`console.trace();`);
      assert.strictEqual(g.stderr.split('\n')[0], 'Trace');
    });
  });

  describe('table', () => {
    it('an array of objects', () => same(`console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);`));
    it('primitives get a Values column', () => same(`console.table([1, 'a', { x: 1 }]);`));
    it('an object of objects', () => same(`console.table({ r1: { c: [1, 2, 3, 4] }, r2: { c: { d: 1, e: 2, f: 3 } } });`));
    it('a Map', () => same(`console.table(new Map([['k', 1], ['l', { m: 2 }]]));`));
    it('a Set', () => same(`console.table(new Set(['s', 2]));`));
    it('selected properties', () => same(`console.table([[1, 2], [3, 4]], ['0']); console.table([{ a: 1, b: 2 }], ['b', 'z']);`));
    it('a primitive is just logged', () => same(`console.table(5); console.table('s'); console.table(null);`));
    it('an empty array', () => same(`console.table([]);`));
    it('wide cells', () => same(`console.table([{ name: 'a rather long name', v: 1 }, { name: 'x', v: 123456789 }]);`));
    it('a properties argument that is not an array throws ERR_INVALID_ARG_TYPE', () => {
      const g = guestRun(`try { console.table([], 'a') } catch (e) { globalThis.r = [e.name, e.code, e.message] }`);
      assert.deepStrictEqual(g.env.ouro.evaluate('r'), [
        'TypeError', 'ERR_INVALID_ARG_TYPE', `The "properties" argument must be an instance of Array. Received type string ('a')`,
      ]);
    });
  });

  describe('guest code seen by console', () => {
    it('a custom inspect method runs with the guest inspect function', () => same(`
      class Money { constructor(v) { this.v = v } [Symbol.for('nodejs.util.inspect.custom')](depth, opts, inspect) { return 'Money<' + inspect(this.v) + '>' } }
      console.log(new Money(5), [new Money('x')]);
    `));
    it('getters are not run', () => {
      const g = guestRun(`let ran = false; console.log({ get g() { ran = true; return 1 } }); globalThis.ran = ran;`);
      assert.strictEqual(g.stdout, '{ g: [Getter] }\n');
      assert.strictEqual(g.env.ouro.evaluate('ran'), false);
    });
    it('a proxy is shown as its target without running traps', () => {
      const g = guestRun(`let traps = 0; const h = new Proxy({}, { get() { traps++ }, ownKeys() { traps++; return [] }, getOwnPropertyDescriptor() { traps++ } }); const p = new Proxy({ a: 1 }, h); console.log(p, [p]); globalThis.traps = traps;`);
      assert.strictEqual(g.stdout, '{ a: 1 } [ { a: 1 } ]\n');
      assert.strictEqual(g.env.ouro.evaluate('traps'), 0);
    });
    it('promises in their states', () => same(`
      const e = new Error('no'); e.stack = 'Error: no\\n    at f (file.js:1:2)';
      const r = Promise.reject(e); r.catch(() => {});
      console.log(Promise.resolve(1), new Promise(() => {}), r, Promise.resolve({ a: [1] }));
    `));
  });
});
