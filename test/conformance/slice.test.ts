/**
 * The fixed fast slice of test262 (conformance/slice.txt, about 3,000 tests over test/language and
 * test/built-ins) through the runner's API on a worker pool: fails on any failure that is not in
 * conformance/expectations/known-failures.txt. Known failures that now pass are printed, to be
 * removed from the list (`npm run conformance -- --files conformance/slice.txt --update-expectations`).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readTestList } from '../../conformance/discover';
import { compare, KnownFailures, parseKnownFailures, readIfExists, shortReason } from '../../conformance/expectations';
import { countRecords, summaryLine } from '../../conformance/report';
import { DEFAULT_ROOT, EXPECTATIONS_DIR, runConformance, SLICE_FILE } from '../../conformance/runner';

describe('conformance: the test262 slice', function () {
  this.timeout(15 * 60_000);

  it('has no failures beyond the known ones', async function () {
    if (!fs.existsSync(path.join(DEFAULT_ROOT, 'test'))) this.skip();
    const files = readTestList(SLICE_FILE);
    const started = Date.now();
    const { records } = await runConformance({ root: DEFAULT_ROOT, files, jobs: os.cpus().length });
    const knownText = readIfExists(path.join(EXPECTATIONS_DIR, 'known-failures.txt')) ?? '';
    const { newFailures, newPasses } = compare(records, new KnownFailures(parseKnownFailures(knownText)));
    const secs = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`      slice: ${summaryLine(countRecords(records))} in ${secs} s`);
    if (newPasses.length > 0) {
      console.log(`      ${newPasses.length} known failures now pass (remove them from known-failures.txt):`);
      for (const r of newPasses.slice(0, 50)) console.log(`        ${r.file} [${r.mode}]`);
    }
    const lines = newFailures.map((r) => `${r.file} [${r.mode}]: ${shortReason(r.error)}`);
    assert.strictEqual(newFailures.length, 0, `${newFailures.length} new failures:\n${lines.slice(0, 100).join('\n')}`);
  });
});
