/**
 * Limits: the guest stack depth (a catchable RangeError, never a host crash), fuel and the
 * wall-clock deadline (a termination guest code cannot catch, after which the realm and the host
 * are still usable), through the embedding API and through the CLI.
 */
import * as assert from 'assert';
import { createRealm, GuestError, LimitError } from '../../interpreter/index';
import { runOuro } from '../e2e/run-ouro';

const RECURSE = 'function f() { f() } try { f() } catch (e) { e instanceof RangeError }';
const COUNT_DEPTH = 'function r(n) { return n === 0 ? 0 : 1 + r(n - 1) }';

function limitOf(run: () => unknown): LimitError {
  try {
    run();
  } catch (e) {
    if (e instanceof LimitError) return e;
    throw e;
  }
  assert.fail('expected a LimitError');
}

describe('limits: stack depth', function () {
  this.timeout(60_000);

  for (const maxStackDepth of [10, 1000, undefined]) {
    it(`unbounded recursion is a catchable RangeError (maxStackDepth ${maxStackDepth ?? 'default'})`, function () {
      assert.strictEqual(createRealm().evaluate(RECURSE, { maxStackDepth }), true);
    });
  }

  it('maxStackDepth bounds the depth a guest reaches', function () {
    const realm = createRealm();
    assert.strictEqual(realm.evaluate(`${COUNT_DEPTH}; r(5)`, { maxStackDepth: 10 }), 5);
    assert.throws(() => realm.evaluate(`${COUNT_DEPTH}; r(50)`, { maxStackDepth: 10 }), (e: unknown) =>
      e instanceof GuestError && e.name === 'RangeError' && e.message === 'Maximum call stack size exceeded');
    assert.strictEqual(realm.evaluate(`${COUNT_DEPTH}; r(900)`, { maxStackDepth: 1000 }), 900);
  });

  it('the RangeError leaves the guest in a state where it can go on', function () {
    const src = `${RECURSE}; var after = []; function g(n) { return n ? g(n - 1) : 'ok' } after.push(g(5)); try { f() } catch (e) { after.push(e.name) } after`;
    assert.deepStrictEqual(createRealm().evaluate(src, { maxStackDepth: 100 }), ['ok', 'RangeError']);
  });

  it('recursion through getters, toString, built-in callbacks and generators is caught too', function () {
    const realm = createRealm();
    const cases = [
      'var o = { get g() { return this.g } }; o.g',
      'var o = { toString() { return String(this) } }; String(o)',
      'function m() { return [1].map(m) } m()',
      'function* g() { yield* g() } [...g()]',
      'function s() { return [2, 1].sort(s) } s()',
      'var p = new Proxy({}, { get(t, k, r) { return r[k] } }); p.x',
    ];
    for (const c of cases) {
      assert.strictEqual(realm.evaluate(`try { ${c}; 'no error' } catch (e) { e.name }`), 'RangeError', c);
    }
  });
});

describe('limits: fuel and deadline', function () {
  this.timeout(60_000);

  it('an endless loop with fuel ends with a LimitError (fuel) and the realm is reusable', function () {
    const realm = createRealm();
    const e = limitOf(() => realm.evaluate('while (true) {}', { fuel: 10_000 }));
    assert.strictEqual(e.limit, 'fuel');
    assert.strictEqual(realm.evaluate('1 + 1'), 2);
    assert.strictEqual(createRealm().evaluate('2 + 2'), 4);
  });

  it('an endless loop with deadlineMs ends with a LimitError (deadline), close to the deadline', function () {
    const realm = createRealm();
    const start = Date.now();
    const e = limitOf(() => realm.evaluate('for (;;) {}', { deadlineMs: 50 }));
    const took = Date.now() - start;
    assert.strictEqual(e.limit, 'deadline');
    assert.ok(took >= 50 && took < 5000, `took ${took} ms`);
    assert.strictEqual(realm.evaluate('"still usable"'), 'still usable');
  });

  it('fuel is charged inside built-ins and callbacks, not only in loops', function () {
    const realm = createRealm();
    assert.strictEqual(limitOf(() => realm.evaluate('new Array(1e6).fill(0).map((x) => x + 1)', { fuel: 10_000 })).limit, 'fuel');
    assert.strictEqual(limitOf(() => realm.evaluate('function f(n) { return n && f(n - 1) } for (;;) f(100)', { fuel: 10_000 })).limit, 'fuel');
    assert.strictEqual(limitOf(() => realm.evaluate("let s = 'x'; for (;;) s = s.slice(1) + 'x'", { fuel: 10_000 })).limit, 'fuel');
  });

  it('a termination cannot be caught: catch and finally blocks do not run', function () {
    const realm = createRealm();
    realm.evaluate('var log = []');
    limitOf(() => realm.evaluate(`
      try { while (true) {} } catch (e) { log.push('catch') } finally { log.push('finally') }`, { fuel: 5000 }));
    limitOf(() => realm.evaluate(`
      function inner() { try { for (;;) {} } finally { log.push('inner finally') } }
      try { inner() } catch (e) { log.push('outer catch: ' + e) }`, { deadlineMs: 30 }));
    limitOf(() => realm.evaluate(`
      function* g() { try { yield 1; for (;;) {} } finally { log.push('generator finally') } }
      for (const v of g()) {}`, { fuel: 5000 }));
    limitOf(() => realm.evaluate(`
      [1, 2, 3].forEach(() => { try { for (;;) {} } catch (e) { log.push('callback catch') } })`, { fuel: 5000 }));
    assert.deepStrictEqual(realm.evaluate('log'), []);
  });

  it('a termination in a promise job ends the evaluation too', function () {
    const realm = createRealm();
    realm.evaluate('var reached = false');
    const e = limitOf(() => realm.evaluate(`
      Promise.resolve().then(() => { try { for (;;) {} } finally { reached = true } });
      (async () => { await null; reached = 'async' })()`, { fuel: 5000 }));
    assert.strictEqual(e.limit, 'fuel');
    assert.strictEqual(realm.evaluate('reached'), false);
  });

  it('no limit fires without limits: a long loop completes', function () {
    assert.strictEqual(createRealm().evaluate('let n = 0; for (let i = 0; i < 300000; i++) n += i; n'), 44999850000);
  });

  it('limits apply per evaluation: a later evaluation without them runs freely', function () {
    const realm = createRealm();
    limitOf(() => realm.evaluate('for (;;) {}', { fuel: 100 }));
    assert.strictEqual(realm.evaluate('let k = 0; for (let i = 0; i < 100000; i++) k++; k'), 100000);
  });
});

describe('limits through the CLI', function () {
  this.timeout(60_000);

  it('the default stack depth allows at least 10,000 frames', async function () {
    const r = await runOuro(['-p', `${COUNT_DEPTH}; r(10000)`]);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.stdout, '10000\n');
    assert.strictEqual(r.code, 0);
  });

  it('unbounded recursion is a catchable RangeError at the default depth and at --stack-depth', async function () {
    for (const extra of [[], ['--stack-depth=10'], ['--stack-depth', '1000']]) {
      const r = await runOuro([...extra, '-p', RECURSE]);
      assert.strictEqual(r.stdout, 'true\n', `${extra.join(' ')}: ${r.stderr}`);
      assert.strictEqual(r.code, 0);
    }
  });

  it('--stack-depth bounds the depth', async function () {
    const r = await runOuro(['--stack-depth=50', '-e', `${COUNT_DEPTH}; console.log(r(40)); try { r(60) } catch (e) { console.log(e.name) }`]);
    assert.strictEqual(r.stdout, '40\nRangeError\n');
  });

  it('--fuel ends an endless loop with one line naming the limit and exit code 123', async function () {
    const r = await runOuro(['--fuel=1000', '-e', "console.log('before'); try { while (true) {} } finally { console.log('finally') }"]);
    assert.strictEqual(r.stdout, 'before\n');
    assert.strictEqual(r.stderr, 'ouro: terminated: fuel limit exceeded (--fuel=1000)\n');
    assert.strictEqual(r.code, 123);
  });

  it('--deadline ends an endless loop with one line naming the limit and exit code 124', async function () {
    const start = Date.now();
    const r = await runOuro(['--deadline', '100', '-e', 'for (;;) {}']);
    assert.strictEqual(r.stderr, 'ouro: terminated: deadline exceeded (--deadline=100)\n');
    assert.strictEqual(r.code, 124);
    assert.ok(Date.now() - start < 10_000);
  });

  it('--deadline holds against a catastrophic regular expression', async function () {
    const r = await runOuro(['--deadline=200', '-e', "/(a+)+b/.test('a'.repeat(64))"], { timeoutMs: 20_000 });
    assert.strictEqual(r.code, 124, r.stderr);
    assert.strictEqual(r.stderr, 'ouro: terminated: deadline exceeded (--deadline=200)\n');
  });

  it('a script within its limits exits 0', async function () {
    const r = await runOuro(['--fuel=1000000', '--deadline=10000', '--stack-depth=500', '-e', 'let s = 0; for (let i = 0; i < 1000; i++) s += i; console.log(s)']);
    assert.strictEqual(r.stdout, '499500\n');
    assert.strictEqual(r.code, 0);
  });
});
