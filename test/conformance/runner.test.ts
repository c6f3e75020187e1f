/**
 * The test262 runner itself: frontmatter, modes, skip rules, expectation lists, discovery, and
 * whole runs over a tiny root with test262's layout (test/fixtures/test262-mini) on the worker pool.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { extractFrontmatter, parseTestMeta, parseYaml } from '../../conformance/frontmatter';
import {
  compare, formatKnownFailures, globToRegExp, KnownFailures, parseKnownFailures, parseSkipRules, proposalFeatures, SkipList, updatedKnownFailures,
} from '../../conformance/expectations';
import { discoverTests, readTestList } from '../../conformance/discover';
import { loadSkipList, modesFor, PACKAGE_ROOT, runConformance, type RunOptions } from '../../conformance/runner';
import { byDirectory, commonFailures, countRecords, directoryOf, formatTable, messageKey, summaryLine } from '../../conformance/report';
import { renderHtml } from '../../conformance/html';
import { main } from '../../conformance/cli';
import type { TestRecord } from '../../conformance/types';

const MINI = path.join(PACKAGE_ROOT, 'test', 'fixtures', 'test262-mini');

function meta(yaml: string) {
  return parseTestMeta(`// header\n/*---\n${yaml}\n---*/\nbody();\n`);
}

describe('conformance: frontmatter', function () {
  it('extracts the YAML between /*--- and ---*/', function () {
    assert.strictEqual(extractFrontmatter('a /*---\nx: 1\n---*/ b'), '\nx: 1\n');
    assert.strictEqual(extractFrontmatter('no frontmatter here'), null);
  });

  it('reads flow and block sequences', function () {
    const m = meta('flags: [onlyStrict, async]\nincludes: [propertyHelper.js, compareArray.js]\nfeatures:\n  - Symbol\n  - Symbol.iterator');
    assert.deepStrictEqual(m.flags, ['onlyStrict', 'async']);
    assert.deepStrictEqual(m.includes, ['propertyHelper.js', 'compareArray.js']);
    assert.deepStrictEqual(m.features, ['Symbol', 'Symbol.iterator']);
  });

  it('reads a negative mapping at any indentation', function () {
    assert.deepStrictEqual(meta('negative:\n  phase: parse\n  type: SyntaxError').negative, { phase: 'parse', type: 'SyntaxError' });
    assert.deepStrictEqual(meta('negative:\n    phase: runtime\n    type: Test262Error\nflags: [raw]').negative, { phase: 'runtime', type: 'Test262Error' });
    assert.deepStrictEqual(meta('negative:\n    phase: runtime\n    type: Test262Error\nflags: [raw]').flags, ['raw']);
  });

  it('skips block scalars and multi-line plain scalars without mistaking their text for keys', function () {
    const y = parseYaml([
      'esid: sec-foo',
      'description: >',
      '    A long description',
      '    flags: [not, a, key]',
      'info: |',
      '    1. Let x be ...',
      '    features: [neither]',
      '',
      '    2. Return x.',
      'author: somebody',
      '  continued on the next line',
      'features: [Symbol] # a comment',
    ].join('\n'));
    assert.strictEqual(y.description, 'A long description flags: [not, a, key]');
    assert.strictEqual(y.info, '1. Let x be ...\nfeatures: [neither]\n\n2. Return x.');
    assert.strictEqual(y.author, 'somebody continued on the next line');
    assert.deepStrictEqual(y.features, ['Symbol']);
    assert.strictEqual(y.flags, undefined);
  });

  it('a test without frontmatter has no flags, includes or features', function () {
    const m = parseTestMeta('assert(true);');
    assert.strictEqual(m.hasFrontmatter, false);
    assert.deepStrictEqual([m.flags, m.includes, m.features, m.negative], [[], [], [], null]);
  });

  it('rejects a negative without a valid phase', function () {
    assert.throws(() => meta('negative:\n  phase: sometime\n  type: SyntaxError'), /bad negative phase/);
  });
});

describe('conformance: modes', function () {
  it('runs tests sloppy and strict unless a flag says otherwise', function () {
    assert.deepStrictEqual(modesFor(meta('description: x')), ['sloppy', 'strict']);
    assert.deepStrictEqual(modesFor(meta('flags: [onlyStrict]')), ['strict']);
    assert.deepStrictEqual(modesFor(meta('flags: [noStrict]')), ['sloppy']);
    assert.deepStrictEqual(modesFor(meta('flags: [raw]')), ['sloppy']);
    assert.deepStrictEqual(modesFor(meta('flags: [module]')), ['module']);
    assert.deepStrictEqual(modesFor(meta('flags: [async, generated]')), ['sloppy', 'strict']);
  });
});

describe('conformance: skip rules and expectation lists', function () {
  it('globs match within and across path segments', function () {
    assert.ok(globToRegExp('test/built-ins/*/from/*.js').test('test/built-ins/Array/from/a.js'));
    assert.ok(!globToRegExp('test/built-ins/*.js').test('test/built-ins/Array/a.js'));
    assert.ok(globToRegExp('test/**/a.js').test('test/a.js'));
    assert.ok(globToRegExp('test/**/a.js').test('test/x/y/a.js'));
    assert.ok(globToRegExp('test/**').test('test/x/y/a.js'));
    assert.ok(!globToRegExp('test/a?.js').test('test/a/.js'));
  });

  it('skips by feature (with prefixes), flag, path and source text, giving the reason', function () {
    const skip = new SkipList(parseSkipRules([
      '# comment',
      'feature Intl* # no Intl',
      'feature Temporal # later',
      'flag CanBlockIsTrue # one agent',
      'path test/built-ins/Temporal # later',
      'path test/**/skipme-*.js # glob',
      'source $262.agent # multi-agent',
    ].join('\n')));
    const none = meta('description: x');
    assert.strictEqual(skip.reasonFor('test/a.js', meta('features: [Symbol, Intl.Locale]'), ''), 'feature Intl.Locale: no Intl');
    assert.strictEqual(skip.reasonFor('test/a.js', meta('features: [Temporal]'), ''), 'feature Temporal: later');
    assert.strictEqual(skip.reasonFor('test/a.js', meta('flags: [CanBlockIsTrue]'), ''), 'flag CanBlockIsTrue: one agent');
    assert.strictEqual(skip.reasonFor('test/built-ins/Temporal/x/y.js', none, ''), 'later');
    assert.strictEqual(skip.reasonFor('test/built-ins/TemporalX/y.js', none, ''), null);
    assert.strictEqual(skip.reasonFor('test/x/skipme-1.js', none, ''), 'glob');
    assert.strictEqual(skip.reasonFor('test/x.js', none, 'x = $262.agent.start()'), 'multi-agent');
    assert.strictEqual(skip.reasonFor('test/x.js', meta('features: [Symbol]'), 'x'), null);
  });

  it('a skip rule needs a kind, a pattern and a reason', function () {
    assert.throws(() => parseSkipRules('feature Temporal'), /needs a reason/);
    assert.throws(() => parseSkipRules('colour red # why'), /expected/);
  });

  it('reads the proposals section of features.txt', function () {
    const text = '# Proposed\n## Proposed language features\n# note\nShadowRealm\ndecorators # comment\n\n## Standard language features\nSymbol\n';
    assert.deepStrictEqual(proposalFeatures(text), ['ShadowRealm', 'decorators']);
  });

  it('the checked-in skip list parses and covers the out-of-scope features', function () {
    const skip = loadSkipList(path.join(PACKAGE_ROOT, '../shared/test262'));
    for (const f of ['Temporal', 'tail-call-optimization', 'Intl.Segmenter', 'canonical-tz', 'decorators', 'ShadowRealm']) {
      assert.notStrictEqual(skip.reasonFor('test/x.js', meta(`features: [${f}]`), ''), null, f);
    }
    for (const f of ['Symbol', 'IsHTMLDDA', 'host-gc-required', 'Atomics']) {
      assert.strictEqual(skip.reasonFor('test/x.js', meta(`features: [${f}]`), ''), null, f);
    }
  });

  const rec = (file: string, mode: TestRecord['mode'], result: TestRecord['result'], error: string | null = null): TestRecord => ({ file, mode, result, error });

  it('compares a run with the known failures: new failures and new passes', function () {
    const known = new KnownFailures(parseKnownFailures('a.js # old bug\nb.js strict # strict only\nc.js # fixed now\n'));
    const { newFailures, newPasses } = compare([
      rec('a.js', 'sloppy', 'fail', 'x'), rec('a.js', 'strict', 'fail', 'x'),
      rec('b.js', 'sloppy', 'fail', 'y'), rec('b.js', 'strict', 'fail', 'y'),
      rec('c.js', 'sloppy', 'pass'), rec('c.js', 'strict', 'pass'),
      rec('d.js', 'sloppy', 'skip', 'feature'),
    ], known);
    assert.deepStrictEqual(newFailures.map((r) => `${r.file} ${r.mode}`), ['b.js sloppy']);
    assert.deepStrictEqual(newPasses.map((r) => `${r.file} ${r.mode}`), ['c.js sloppy', 'c.js strict']);
  });

  it('rewrites the known failures from a run, keeping reasons and entries for tests not run', function () {
    const known = new KnownFailures(parseKnownFailures('a.js # old bug\nb.js strict # strict only\nc.js # fixed now\nz.js # not run\n'));
    const entries = updatedKnownFailures([
      rec('a.js', 'sloppy', 'fail', 'x'), rec('a.js', 'strict', 'fail', 'x'),
      rec('b.js', 'sloppy', 'fail', 'y'), rec('b.js', 'strict', 'fail', 'y'),
      rec('c.js', 'sloppy', 'pass'), rec('c.js', 'strict', 'pass'),
      rec('e.js', 'sloppy', 'pass'), rec('e.js', 'strict', 'fail', 'new one'),
    ], known);
    assert.strictEqual(formatKnownFailures(entries, []), [
      'a.js # old bug',
      'b.js # strict only',
      'e.js strict # unknown',
      'z.js # not run',
      '',
    ].join('\n'));
    assert.throws(() => parseKnownFailures('a.js bogus # x'), /expected/);
  });
});

describe('conformance: discovery and reports', function () {
  it('finds every test under test/, never a _FIXTURE file', function () {
    const all = discoverTests(MINI);
    assert.ok(all.includes('test/basic/pass.js'));
    assert.ok(all.includes('test/host/262.js'));
    assert.ok(!all.some((f) => f.includes('_FIXTURE')));
    assert.deepStrictEqual(all, [...all].sort());
  });

  it('narrows by directory, file and glob', function () {
    assert.deepStrictEqual(discoverTests(MINI, ['test/async']), ['test/async/fail.js', 'test/async/never-done.js', 'test/async/pass.js']);
    assert.deepStrictEqual(discoverTests(MINI, ['test/basic/pass.js', 'test/basic/pass.js']), ['test/basic/pass.js']);
    assert.deepStrictEqual(discoverTests(MINI, ['test/**/*-done.js']), ['test/async/never-done.js']);
    assert.throws(() => discoverTests(MINI, ['test/nope']), /no such test/);
  });

  it('reads a list file, ignoring blank lines and comments', function () {
    const f = path.join(os.tmpdir(), `ouro-list-${process.pid}.txt`);
    fs.writeFileSync(f, '# a comment\n\ntest/basic/pass.js\n./test/basic/fail.js\n');
    try {
      assert.deepStrictEqual(readTestList(f), ['test/basic/pass.js', 'test/basic/fail.js']);
    } finally {
      fs.rmSync(f);
    }
  });

  it('groups by the first two directories under test/', function () {
    assert.strictEqual(directoryOf('test/built-ins/Array/from/a.js'), 'test/built-ins/Array');
    assert.strictEqual(directoryOf('test/language/expressions/a.js'), 'test/language/expressions');
    assert.strictEqual(directoryOf('test/harness/a.js'), 'test/harness');
  });

  it('tables, the summary line and failure grouping', function () {
    const recs: TestRecord[] = [
      { file: 'test/a/b/1.js', mode: 'sloppy', result: 'pass', error: null },
      { file: 'test/a/b/1.js', mode: 'strict', result: 'fail', error: 'parse error: SyntaxError: x (3:1) in test/a/b/1.js' },
      { file: 'test/a/c/2.js', mode: 'sloppy', result: 'fail', error: 'parse error: SyntaxError: x (2:1) in test/a/c/2.js' },
      { file: 'test/a/c/3.js', mode: 'module', result: 'skip', error: 'modules not yet supported' },
    ];
    assert.strictEqual(summaryLine(countRecords(recs)), '1 passed, 2 failed, 1 skipped');
    const table = formatTable('directory', byDirectory(recs));
    assert.match(table, /test\/a\/b\s+1\s+1\s+0\s+50\.0%/);
    assert.match(table, /total\s+1\s+2\s+1\s+33\.3%/);
    assert.strictEqual(messageKey(recs[1].error!), 'parse error: SyntaxError: x');
    assert.deepStrictEqual(commonFailures(recs, 5), [{ message: 'parse error: SyntaxError: x', count: 2 }]);
    const html = renderHtml(recs, new Map(), { root: '/r', elapsedMs: 1000 });
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<details><summary>test\/a\/b<\/summary>/);
    assert.ok(!/<script|<link|src=/.test(html), 'self-contained');
  });
});

/** Runs the mini root and returns `result mode error` by file. */
async function runMini(opts: Partial<RunOptions> = {}): Promise<Map<string, string>> {
  const res = await runConformance({ root: MINI, jobs: 2, timeoutMs: 10_000, fuel: 2_000_000, isolation: 'thread', ...opts });
  const out = new Map<string, string>();
  for (const r of res.records) out.set(`${r.file} ${r.mode}`, `${r.result}${r.error === null ? '' : ` ${r.error}`}`);
  return out;
}

describe('conformance: runs over a tiny test262 root', function () {
  this.timeout(120_000);
  let results: Map<string, string>;

  before(async function () {
    results = await runMini({ skip: loadSkipList(MINI, path.join(PACKAGE_ROOT, 'conformance', 'expectations')) });
  });

  const expect = (key: string, re: RegExp) => {
    const got = results.get(key);
    assert.ok(got !== undefined, `no record for ${key}`);
    assert.match(got, re, key);
  };

  it('plain tests pass and fail with the assertion message', function () {
    expect('test/basic/pass.js sloppy', /^pass$/);
    expect('test/basic/pass.js strict', /^pass$/);
    expect('test/basic/fail.js sloppy', /^fail Test262Error: Expected SameValue\(«2», «3»\) to be true arithmetic$/);
    expect('test/basic/thrown-primitive.js strict', /^fail uncaught "just a string"$/);
  });

  it('includes and raw tests', function () {
    expect('test/basic/includes.js sloppy', /^pass$/);
    expect('test/basic/raw.js sloppy', /^pass$/);
    assert.ok(!results.has('test/basic/raw.js strict'));
  });

  it('negative parse tests pass only on a SyntaxError before anything runs', function () {
    expect('test/negative/parse.js sloppy', /^pass$/);
    expect('test/negative/parse.js strict', /^pass$/);
    expect('test/negative/parse-but-valid.js sloppy', /^fail expected SyntaxError at parse time, but the test parsed$/);
    expect('test/negative/parse-strict-only.js strict', /^pass$/);
    assert.ok(!results.has('test/negative/parse-strict-only.js sloppy'));
  });

  it('negative runtime tests check the error type and the phase', function () {
    expect('test/negative/runtime.js sloppy', /^pass$/);
    expect('test/negative/runtime.js strict', /^pass$/);
    expect('test/negative/runtime-wrong-type.js sloppy', /^fail expected TypeError at runtime, got ReferenceError: unresolvable is not defined$/);
    expect('test/negative/runtime-syntax-at-parse.js sloppy', /^fail parse error: SyntaxError/);
  });

  it('strict and sloppy runs follow the flags', function () {
    expect('test/strict/only-strict.js strict', /^pass$/);
    assert.ok(!results.has('test/strict/only-strict.js sloppy'));
    expect('test/strict/no-strict.js sloppy', /^pass$/);
    assert.ok(!results.has('test/strict/no-strict.js strict'));
    expect('test/strict/sloppy-passes.js sloppy', /^pass$/);
    expect('test/strict/sloppy-passes.js strict', /^fail parse error: SyntaxError/);
  });

  it('async tests complete, fail or never finish through print', function () {
    expect('test/async/pass.js sloppy', /^pass$/);
    expect('test/async/pass.js strict', /^pass$/);
    expect('test/async/fail.js strict', /^fail Test262Error: Expected SameValue\(«1», «2»\) to be true async value$/);
    expect('test/async/never-done.js sloppy', /^fail async test did not complete/);
  });

  it('a runaway test ends as a timeout; deep recursion is a guest RangeError', function () {
    expect('test/limits/infinite-loop.js sloppy', /^fail timeout \(fuel exhausted\)$/);
    expect('test/limits/deep-recursion.js sloppy', /^pass$/);
    expect('test/limits/deep-recursion.js strict', /^pass$/);
  });

  it('the $262 host object', function () {
    expect('test/host/262.js sloppy', /^pass$/);
    expect('test/host/262.js strict', /^pass$/);
  });

  it('skips proposals and multi-agent tests with reasons, and runs module tests', function () {
    expect('test/skip/proposal.js sloppy', /^skip feature fancy-proposal: /);
    expect('test/skip/agent.js sloppy', /^skip flag CanBlockIsTrue: /);
    expect('test/skip/module.js module', /^pass$/);
    assert.ok(![...results.keys()].some((k) => k.includes('_FIXTURE')));
  });

  it('the wall-clock deadline ends a test when fuel does not', async function () {
    const r = await runMini({ files: ['test/limits/infinite-loop.js'], fuel: Infinity, timeoutMs: 300 });
    assert.strictEqual(r.get('test/limits/infinite-loop.js sloppy'), 'fail timeout (deadline exceeded)');
  });

  for (const isolation of ['thread', 'process'] as const) {
    it(`a worker that stops answering is killed and replaced (${isolation} isolation)`, async function () {
      const r = await runMini({
        files: ['test/limits/infinite-loop.js', 'test/basic/pass.js'], jobs: 1, isolation,
        fuel: Infinity, timeoutMs: 60_000, hardTimeoutMs: 1500,
      });
      assert.match(r.get('test/limits/infinite-loop.js sloppy')!, /^fail timeout \(worker unresponsive after 1500 ms; restarted\)$/);
      assert.match(r.get('test/limits/infinite-loop.js strict')!, /^fail timeout \(worker unresponsive/);
      assert.strictEqual(r.get('test/basic/pass.js sloppy'), 'pass');
      assert.strictEqual(r.get('test/basic/pass.js strict'), 'pass');
    });
  }

  it('runs in this thread too', async function () {
    const r = await runMini({ files: ['test/basic/pass.js', 'test/negative/parse.js', 'test/async/pass.js'], inProcess: true });
    assert.deepStrictEqual([...r.values()], ['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
  });

  it('a missing test in a --files list is a failure', async function () {
    const r = await runMini({ files: ['test/basic/nope.js'] });
    assert.strictEqual(r.get('test/basic/nope.js sloppy'), 'fail test file not found');
  });
});

describe('conformance: the command line', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ouro-conformance-'));
    fs.copyFileSync(path.join(PACKAGE_ROOT, 'conformance', 'expectations', 'skip.txt'), path.join(dir, 'skip.txt'));
  });
  afterEach(function () {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function cli(args: string[]): Promise<{ code: number; text: string }> {
    let text = '';
    const code = await main(['--root', MINI, '--expectations', dir, '--jobs', '2', '--fuel', '2000000', '--isolation', 'thread', ...args], {
      write: (s: string) => { text += s; },
    });
    return { code, text };
  }

  it('fails on new failures, records them with --update-expectations, then passes; reports new passes', async function () {
    const first = await cli(['test/basic', 'test/negative']);
    assert.strictEqual(first.code, 1);
    assert.match(first.text, /NEW failures \(not in known-failures.txt\) \(10\):/);
    assert.match(first.text, /\n10 passed, 10 failed, 0 skipped\n$/);

    const updated = await cli(['test/basic', 'test/negative', '--update-expectations']);
    assert.strictEqual(updated.code, 0);
    const known = fs.readFileSync(path.join(dir, 'known-failures.txt'), 'utf8');
    assert.match(known, /^test\/basic\/fail\.js # Test262Error: Expected SameValue/m);

    const json = path.join(dir, 'out.json');
    const html = path.join(dir, 'out.html');
    const again = await cli(['test/basic', 'test/negative', '--json', json, '--html', html]);
    assert.strictEqual(again.code, 0);
    assert.ok(!again.text.includes('NEW failures'));
    const records = JSON.parse(fs.readFileSync(json, 'utf8')) as TestRecord[];
    assert.strictEqual(records.length, 20);
    assert.deepStrictEqual(Object.keys(records[0]).slice(0, 4), ['file', 'mode', 'result', 'error']);
    assert.match(fs.readFileSync(html, 'utf8'), /test262 conformance/);

    fs.appendFileSync(path.join(dir, 'known-failures.txt'), 'test/basic/pass.js # pretend it was broken\n');
    const passes = await cli(['test/basic/pass.js']);
    assert.strictEqual(passes.code, 0);
    assert.match(passes.text, /NEW passes .*\(2\):\n {2}test\/basic\/pass\.js \[sloppy\]/);
  });

  it('--files runs exactly the listed tests', async function () {
    const list = path.join(dir, 'list.txt');
    fs.writeFileSync(list, 'test/basic/pass.js\ntest/strict/only-strict.js\n');
    const r = await cli(['--files', list]);
    assert.strictEqual(r.code, 0);
    assert.match(r.text, /\n3 passed, 0 failed, 0 skipped\n$/);
  });
});
