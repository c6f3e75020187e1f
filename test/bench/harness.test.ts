/**
 * The benchmark harness (bench/): checksum parsing, size scaling, statistics, tables, the chart,
 * the engine adapters on tiny programs (in this process and through a child process). No timing
 * is asserted.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { measure } from '../../bench/child';
import { ENGINES, findEngine, packageVersion, ROOT } from '../../bench/engine';
import { cellRatio, geomeanRatio, recordOutcome, spawnMeasurement, type Cell, type EngineInfo } from '../../bench/harness';
import {
  discoverPrograms, expectedFromReadme, findSizeConstant, loadProgram, parseExpected, parseExpectedValue, resultMatches, scaleSource,
} from '../../bench/programs';
import { markdownReport, markdownTable, ratioTable, svgChart, versusTable, type BenchResults } from '../../bench/report';
import { parseArgs } from '../../bench/run';
import { formatNumber, formatPercent, formatRatio, formatTimeout, geomean, median } from '../../bench/stats';

const OWN_PROGRAMS = path.join(ROOT, 'bench', 'programs');

describe('bench: programs and checksums', function () {
  it('reads the expected value from a first-line comment', function () {
    assert.strictEqual(parseExpected('// fib: recursive fib(25) -> 75025'), '75025');
    assert.strictEqual(parseExpected('// x: negative -> -1643460521  '), '-1643460521');
    assert.strictEqual(parseExpected('// s: a string -> "abc"'), '"abc"');
    assert.strictEqual(parseExpected('// arrays: push 200,000 numbers, sort'), undefined);
    assert.strictEqual(parseExpected('var x = 1; // -> 3'), undefined);
  });

  it('falls back to the README table row of the file', function () {
    const readme = '| program | what | expected `__result` |\n|---|---|---|\n| fib.js | recursive | 75025 |\n| loop.js | numeric for-loop | 4499998500000 |\n';
    assert.strictEqual(expectedFromReadme(readme, 'loop.js'), '4499998500000');
    assert.strictEqual(expectedFromReadme(readme, 'fib.js'), '75025');
    assert.strictEqual(expectedFromReadme(readme, 'nope.js'), undefined);
  });

  it('parses expected values and compares results with SameValue', function () {
    assert.strictEqual(parseExpectedValue('4499998500000'), 4499998500000);
    assert.strictEqual(parseExpectedValue('-12.5'), -12.5);
    assert.strictEqual(parseExpectedValue('"abc"'), 'abc');
    assert.strictEqual(parseExpectedValue('true'), true);
    assert.strictEqual(parseExpectedValue('NaN'), NaN);
    assert.ok(resultMatches(75025, 75025));
    assert.ok(!resultMatches('75025', 75025));
    assert.ok(resultMatches(NaN, NaN));
    assert.ok(!resultMatches(75026, 75025));
  });

  it('every own program states its checksum and has a size constant', function () {
    const files = fs.readdirSync(OWN_PROGRAMS).filter((f) => f.endsWith('.js'));
    assert.ok(files.length >= 6, `programs: ${files.join(', ')}`);
    for (const f of files) {
      const p = loadProgram(path.join(OWN_PROGRAMS, f));
      assert.ok(p.expected !== undefined && typeof parseExpectedValue(p.expected) === 'number', `${f}: expected ${p.expected}`);
      assert.ok(findSizeConstant(p.source), `${f}: no size constant`);
    }
  });

  it('finds the shared programs and their checksums when ../shared is there', function () {
    const shared = path.resolve(ROOT, '..', 'shared', 'bench-programs');
    if (!fs.existsSync(shared)) this.skip();
    const programs = discoverPrograms([]);
    const names = programs.map((p) => p.name);
    for (const n of ['fib', 'richards', 'deltablue', 'regex', 'async']) assert.ok(names.includes(n), n);
    for (const p of programs) assert.ok(p.expected !== undefined, `${p.name} has no expected value`);
    assert.strictEqual(programs.find((p) => p.name === 'loop')!.expected, '4499998500000');
    assert.deepStrictEqual(discoverPrograms(['fib', 'regex']).map((p) => p.name), ['fib', 'regex']);
    assert.throws(() => discoverPrograms(['no-such-program']), /unknown program/);
  });

  it('finds the size constant in the __result call, a named constant, or an async driver call', function () {
    assert.strictEqual(scaleSource('function fib(n) {}\nvar __result = fib(25);\n', 2), 'function fib(n) {}\nvar __result = fib(50);\n');
    const iter = 'var RICHARDS_ITER = 500;\nfunction m(i) {}\nvar __result = m(RICHARDS_ITER);\n';
    assert.strictEqual(scaleSource(iter, 3), 'var RICHARDS_ITER = 1500;\nfunction m(i) {}\nvar __result = m(RICHARDS_ITER);\n');
    const async = "var __result = 'pending';\nmain(20000).then(v => { __result = v; });\n";
    assert.strictEqual(findSizeConstant(async)!.value, 20000);
    assert.ok(scaleSource(async, 2)!.includes('main(40000)'));
    assert.strictEqual(scaleSource('var __result = 42;', 2), undefined);
    // fib's work grows as φ^n: twice the work is one or two more, not fib(50).
    const fib = 'function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\nvar __result = fib(25);\n';
    assert.ok(scaleSource(fib, 2)!.includes('fib(26)'), scaleSource(fib, 2));
    assert.ok(scaleSource(fib, 4)!.includes('fib(28)'), scaleSource(fib, 4));
    assert.strictEqual(scaleSource('var __result = 42;', 1), 'var __result = 42;');
  });
});

describe('bench: statistics and formatting', function () {
  it('median and geometric mean', function () {
    assert.strictEqual(median([3, 1, 2]), 2);
    assert.strictEqual(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
    assert.ok(Math.abs(geomean([1, 100]) - 10) < 1e-9);
    assert.ok(Math.abs(geomean([2, 8, 4]) - 4) < 1e-9);
    assert.ok(Number.isNaN(geomean([])));
  });

  it('formats ratios, numbers, timeouts and percentages', function () {
    assert.strictEqual(formatRatio(1.53), '1.5×');
    assert.strictEqual(formatRatio(0.0083), '0.008×');
    assert.strictEqual(formatRatio(97.4), '97×');
    assert.strictEqual(formatRatio(12058.2), '12,058×');
    assert.strictEqual(formatNumber(0.123), '0.12');
    assert.strictEqual(formatNumber(4.26), '4.3');
    assert.strictEqual(formatNumber(1234.4), '1,234');
    assert.strictEqual(formatTimeout(120_000), '>120s');
    assert.strictEqual(formatPercent(3.14), '+3.1%');
    assert.strictEqual(formatPercent(-0.44), '-0.4%');
  });

  it('builds a markdown table with right-aligned number columns', function () {
    assert.strictEqual(markdownTable(['a', 'b'], [['x', '1'], ['y', '2']]), '| a | b |\n|---|---:|\n| x | 1 |\n| y | 2 |');
  });
});

function sample(ms: number) {
  return { ms, cpuMs: ms / 2, rssMB: 50, loadMs: 10 };
}

function cell(program: string, engine: string, status: Cell['status'], ms?: number, extra: Partial<Cell> = {}): Cell {
  return { program, engine, status, samples: ms === undefined ? [] : [sample(ms)], median: ms === undefined ? undefined : sample(ms), ...extra };
}

function engine(name: string, status: EngineInfo['status'] = 'ok'): EngineInfo {
  return { name, description: `${name} engine`, version: '1.0', status, runs: 3, timeoutMs: 120_000, reason: status === 'missing' ? 'not installed' : undefined };
}

function fakeResults(): BenchResults {
  return {
    command: 'npm run bench -- --runs 3', date: '2025-01-01T00:00:00.000Z', node: 'node v20.0.0',
    machine: { cpus: 2, model: 'cpu', loadavg: [1, 1, 1], platform: 'linux x64' }, runs: 3, metric: 'wall',
    engines: [engine('native'), engine('ouro'), engine('sval'), engine('eval5', 'missing')],
    programs: [{ name: 'fib', file: 'fib.js', expected: '75025' }, { name: 'loop', file: 'loop.js', expected: '1' }],
    cells: [
      cell('fib', 'native', 'ok', 2), cell('fib', 'ouro', 'ok', 20), cell('fib', 'sval', 'ok', 200), cell('fib', 'eval5', 'missing'),
      cell('loop', 'native', 'ok', 10), cell('loop', 'ouro', 'ok', 1000), cell('loop', 'sval', 'timeout', undefined, { timeoutMs: 120_000 }),
      cell('loop', 'eval5', 'missing'),
    ],
  };
}

describe('bench: results', function () {
  it('ratios to native, timeouts as lower bounds, geometric means', function () {
    const r = fakeResults();
    const find = (p: string, e: string) => r.cells.find((c) => c.program === p && c.engine === e);
    assert.deepStrictEqual(cellRatio(find('fib', 'ouro'), find('fib', 'native'), 'wall'), { value: 10, lowerBound: false });
    assert.deepStrictEqual(cellRatio(find('loop', 'sval'), find('loop', 'native'), 'wall'), { value: 12_000, lowerBound: true });
    assert.strictEqual(cellRatio(find('loop', 'sval'), find('loop', 'native'), 'cpu'), undefined);
    assert.strictEqual(cellRatio(find('fib', 'eval5'), find('fib', 'native'), 'wall'), undefined);
    const g = geomeanRatio([{ value: 10, lowerBound: false }, { value: 100, lowerBound: false }]);
    assert.ok(Math.abs(g.value - 31.6227766) < 1e-6 && !g.lowerBound && g.count === 2);
    assert.ok(geomeanRatio([{ value: 10, lowerBound: true }, undefined]).lowerBound);
  });

  it('the ratio table: native ms, ratios, >Ns, missing, geometric means', function () {
    const table = ratioTable(fakeResults());
    const lines = table.split('\n');
    assert.strictEqual(lines[0], '| program | native (ms) | ouro | sval | eval5 |');
    assert.strictEqual(lines[2], '| fib | 2.0 | 10× | 100× | missing |');
    assert.strictEqual(lines[3], '| loop | 10 | 100× | >120s | missing |');
    assert.strictEqual(lines[4], '| **geometric mean** |  | 32× | >1,095× | – |');
    assert.strictEqual(lines.length, 5);
  });

  it('ouro against each available engine: time over time, geometric mean over the programs both ran', function () {
    assert.strictEqual(versusTable(fakeResults(), 'ouro'), [
      '| program | ÷ sval |', '|---|---:|', '| fib | 0.1× |', '| loop | <0.008× |', '| **geometric mean** | 0.1× (1) |',
    ].join('\n'));
  });

  it('a wrong result is an error cell, not a time', function () {
    const c: Cell = { program: 'fib', engine: 'ouro', status: 'pending', samples: [] };
    assert.strictEqual(recordOutcome(c, { kind: 'ok', sample: sample(5), result: 75025 }, 75025), false);
    assert.strictEqual(c.status, 'ok');
    assert.strictEqual(recordOutcome(c, { kind: 'ok', sample: sample(5), result: 75024 }, 75025), true);
    assert.strictEqual(c.status, 'wrong');
    assert.match(c.error!, /__result is 75024, expected 75025/);
    const r = fakeResults();
    r.cells[1] = c;
    assert.ok(ratioTable(r).includes('| fib | 2.0 | wrong |'));
  });

  it('the markdown report and the SVG chart', function () {
    const r = fakeResults();
    const md = markdownReport(r, ['## Extra', '', 'text']);
    assert.ok(md.startsWith('# ouro benchmark results\n'));
    assert.ok(md.includes('npm run bench -- --runs 3'));
    assert.ok(md.includes('- eval5: missing (not installed)'));
    assert.ok(md.includes('## Extra'));
    const svg = svgChart(r);
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.ok(svg.trimEnd().endsWith('</svg>'));
    // fib: ouro and sval; loop: ouro and sval (hatched); geometric mean: ouro and sval.
    assert.strictEqual((svg.match(/<rect x="[\d.]+" y="[\d.]+" width="8"/g) ?? []).length, 6);
    assert.ok(svg.includes('url(#hatch-1)'));
    assert.ok(svg.includes('eval5 (missing)'));
  });
});

describe('bench: command line', function () {
  it('defaults, and native always first', function () {
    const o = parseArgs(['--engines', 'ouro,sval', '--runs', '3', 'fib']);
    assert.ok(o !== 'help');
    assert.deepStrictEqual(o.engines, ['native', 'ouro', 'sval']);
    assert.strictEqual(o.runs, 3);
    assert.deepStrictEqual(o.programs, ['fib']);
    assert.strictEqual(o.timeoutMs, 120_000);
    const d = parseArgs(['--extra=fuel', '--svg', 'none', '--timeout=5']);
    assert.ok(d !== 'help');
    assert.deepStrictEqual([...d.extra], ['fuel']);
    assert.strictEqual(d.svg, undefined);
    assert.strictEqual(d.timeoutMs, 5000);
    assert.deepStrictEqual(d.engines, ENGINES.map((e) => e.name));
    assert.throws(() => parseArgs(['--engines', 'nope']), /unknown engine/);
    assert.throws(() => parseArgs(['--runs', '0']), /positive/);
    assert.strictEqual(parseArgs(['--help']), 'help');
    const r = parseArgs(['--render', 'bench/results/latest.json']);
    assert.ok(r !== 'help' && r.render === 'bench/results/latest.json');
    const m = parseArgs(['--extra-only=fuel', '--metric', 'cpu', '--merge', 'x.json']);
    assert.ok(m !== 'help' && m.merge === 'x.json' && m.extraOnly && m.metric === 'cpu');
    assert.throws(() => parseArgs(['--merge', 'x.json']), /--merge needs --extra-only/);
  });
});

describe('bench: engine adapters', function () {
  this.timeout(60_000);
  const TINY = 'var __result = 0; for (var i = 0; i < 10; i++) __result += i;';
  const ASYNC = "var __result = 'pending'; Promise.resolve(5).then(function (v) { return v * 2; }).then(function (v) { __result = v; });";

  for (const e of ENGINES) {
    it(`${e.name} evaluates a tiny program${e.name === 'eval5' || e.name === 'js-interpreter' ? '' : ' and drains its promise jobs'}`, async function () {
      if (e.packageName !== undefined && packageVersion(e.packageName) === undefined) this.skip();
      if (e.name === 'native') {
        // native evaluates in the process's own global scope: in a child, not in mocha's process.
        const tiny = spawnMeasurement({ engine: 'native', source: TINY }, { timeoutMs: 30_000 });
        assert.ok(tiny.kind === 'ok' && tiny.result === 45, JSON.stringify(tiny));
        const async = spawnMeasurement({ engine: 'native', source: ASYNC }, { timeoutMs: 30_000 });
        assert.ok(async.kind === 'ok' && async.result === 10, JSON.stringify(async));
        return;
      }
      const instance = await findEngine(e.name)!.load({});
      assert.strictEqual(await instance.evaluate(TINY), 45);
      if (e.name !== 'eval5' && e.name !== 'js-interpreter') {
        assert.strictEqual(await (await e.load({})).evaluate(ASYNC), 10);
      }
    });
  }

  it('measure() reports times and the result; a guest error is an evaluate-phase error', async function () {
    const ok = await measure({ engine: 'ouro', source: TINY });
    assert.ok(ok.ok && ok.result.t === 'number' && ok.result.v === '45' && ok.ms >= 0 && ok.cpuMs >= 0 && ok.rssMB > 0);
    const bad = await measure({ engine: 'ouro', source: 'null.x' });
    assert.ok(!bad.ok && bad.phase === 'evaluate' && /TypeError/.test(bad.error), JSON.stringify(bad));
    const fuel = await measure({ engine: 'ouro', source: 'for (;;) {}', fuel: 1000 });
    assert.ok(!fuel.ok && /fuel/.test(fuel.error), JSON.stringify(fuel));
    const scaled = await measure({ engine: 'ouro', source: 'function f(n) { return n }\nvar __result = f(21);', scale: 2 });
    assert.ok(scaled.ok && scaled.result.v === '42');
  });

  it('a child process measures a program; a timeout and an unknown engine are reported as such', function () {
    const o = spawnMeasurement({ engine: 'ouro', file: path.join(ROOT, 'bench', 'programs', 'generators.js'), scale: 0.01 }, { timeoutMs: 60_000 });
    assert.strictEqual(o.kind, 'ok', JSON.stringify(o));
    const t = spawnMeasurement({ engine: 'native', source: 'for (;;) {}' }, { timeoutMs: 1500 });
    assert.strictEqual(t.kind, 'timeout');
    const u = spawnMeasurement({ engine: 'nope', source: '1' }, { timeoutMs: 10_000 });
    assert.ok(u.kind === 'error' && /unknown engine/.test(u.error));
  });
});
