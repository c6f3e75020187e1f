/**
 * Runs every test/programs/<name>.js through the ouro CLI and compares its stdout and exit code
 * with test/programs/<name>.expected, which the host node produced (scripts/update-expected.js).
 * Programs run in parallel, a few at a time; each test waits for its own program.
 * OURO_PROGRAMS=regex runs only the programs whose name matches.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { limiter, ROOT, runOuro, type RunResult } from './run-ouro';

const DIR = path.join(ROOT, 'test', 'programs');
const filter = process.env.OURO_PROGRAMS ? new RegExp(process.env.OURO_PROGRAMS) : null;
/** Program files by name: <name>.js (CommonJS) or <name>.mjs (an ES module). */
const files = new Map(fs.readdirSync(DIR)
  .filter((f) => /\.m?js$/.test(f) && fs.existsSync(path.join(DIR, f.replace(/\.m?js$/, '.expected'))))
  .map((f) => [f.replace(/\.m?js$/, ''), f] as [string, string]));
const names = [...files.keys()]
  .filter((n) => filter === null || filter.test(n))
  .sort();

/** stdout plus the `exit: N` line, as the .expected files hold it. */
function observed(r: RunResult): string {
  const exit = r.code !== null ? String(r.code) : `killed by ${r.signal}`;
  return `${r.stdout}${r.stdout === '' || r.stdout.endsWith('\n') ? '' : '\n'}exit: ${exit}\n`;
}

/** A short report: the first differing lines (with a little context) and the end of stderr. */
function describeDifference(name: string, actual: string, expected: string, stderr: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  const lines = [`${name}: output differs from node's at line ${i + 1}`];
  for (let k = Math.max(0, i - 2); k < i; k++) lines.push(`    ${e[k]}`);
  for (let k = i; k < Math.min(e.length, i + 4); k++) lines.push(`  - ${e[k]}`);
  for (let k = i; k < Math.min(a.length, i + 4); k++) lines.push(`  + ${a[k]}`);
  const tail = stderr.trim().split('\n').slice(0, 8);
  if (tail.length > 0 && tail[0] !== '') lines.push('  stderr:', ...tail.map((l) => `    ${l}`));
  return lines.join('\n');
}

describe('programs (test/programs through the ouro CLI, compared with node)', function () {
  this.timeout(120_000);
  const results = new Map<string, Promise<RunResult>>();

  before(function () {
    const limit = limiter();
    for (const name of names) {
      results.set(name, limit(() => runOuro([path.join(DIR, files.get(name)!)], { cwd: DIR, timeoutMs: 60_000 })));
    }
  });

  it('has at least 70 programs with expected output', function () {
    if (filter !== null) this.skip();
    assert.ok(names.length >= 70, `only ${names.length} programs`);
  });

  for (const name of names) {
    it(name, async function () {
      const r = await results.get(name)!;
      const expected = fs.readFileSync(path.join(DIR, name + '.expected'), 'utf8');
      const actual = observed(r);
      if (actual !== expected) {
        // A plain message (no diff, no host stack): the report says all there is to say.
        const err = new assert.AssertionError({ message: describeDifference(name, actual, expected, r.stderr) });
        err.stack = err.message;
        throw err;
      }
    });
  }
});
