/**
 * The runner's API: select tests, plan them (metadata, modes, skips), run them on a worker pool
 * (or in this thread) and return one record per test and mode.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseTestMeta, type TestMeta } from './frontmatter';
import { discoverTests } from './discover';
import { parseSkipRules, proposalFeatures, readIfExists, SkipList, type SkipRule } from './expectations';
import { HarnessCache, MODULES_SUPPORTED, runTest } from './execute';
import { WorkerPool, type Isolation } from './pool';
import type { Mode, Outcome, TestJob, TestRecord } from './types';

/** The package root (this file is dist/conformance/runner.js or conformance/runner.ts). */
export const PACKAGE_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
export const DEFAULT_ROOT = path.resolve(PACKAGE_ROOT, '../shared/test262');
export const EXPECTATIONS_DIR = path.join(PACKAGE_ROOT, 'conformance', 'expectations');
export const SLICE_FILE = path.join(PACKAGE_ROOT, 'conformance', 'slice.txt');

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_FUEL = 100_000_000;

export interface RunOptions {
  /** The test262 root (a directory with test/ and harness/). */
  root: string;
  /** Files, directories or globs relative to the root (none: all of test/). Ignored when `files` is given. */
  patterns?: string[];
  /** Exactly these tests (root-relative paths). */
  files?: string[];
  /** Worker threads (default: number of cores). */
  jobs?: number;
  /** Run in this thread instead of on workers (small runs, the runner's own tests). */
  inProcess?: boolean;
  /** Worker threads each in a child process ('process', default: survives V8 fatal errors) or all in this process ('thread'). */
  isolation?: Isolation;
  /** Per-test wall-clock deadline (ms). */
  timeoutMs?: number;
  /** Per-test fuel. */
  fuel?: number;
  /** A worker busy this long with one test is killed and replaced (default: 2 × timeout + 10 s). */
  hardTimeoutMs?: number;
  /** Skip rules (default: expectations/skip.txt plus the proposals in the root's features.txt). */
  skip?: SkipList;
  /** Called as each record is settled (skips first, then runs as they finish). */
  onRecord?(record: TestRecord, done: number, total: number): void;
}

export interface RunResult {
  root: string;
  /** Sorted by file, then mode. */
  records: TestRecord[];
  /** Metadata of every test that parsed. */
  metas: Map<string, TestMeta>;
  elapsedMs: number;
}

/** The modes a test runs in (INTERPRETING.md "Strict Mode", flags raw/onlyStrict/noStrict/module). */
export function modesFor(meta: TestMeta): Mode[] {
  const f = meta.flags;
  if (f.includes('module')) return ['module'];
  if (f.includes('raw') || f.includes('noStrict')) return ['sloppy'];
  if (f.includes('onlyStrict')) return ['strict'];
  return ['sloppy', 'strict'];
}

/** The default skip rules: skip.txt, plus every proposal listed in the root's features.txt. */
export function loadSkipList(root: string, expectationsDir = EXPECTATIONS_DIR): SkipList {
  const text = readIfExists(path.join(expectationsDir, 'skip.txt'));
  const rules: SkipRule[] = text === null ? [] : parseSkipRules(text, path.join(expectationsDir, 'skip.txt'));
  const features = readIfExists(path.join(root, 'features.txt'));
  if (features !== null) {
    const listed = new Set(rules.filter((r) => r.kind === 'feature').map((r) => r.pattern));
    for (const f of proposalFeatures(features)) {
      if (!listed.has(f)) rules.push({ kind: 'feature', pattern: f, reason: 'a stage 3 proposal (features.txt), out of scope for now' });
    }
  }
  return new SkipList(rules);
}

const MODE_ORDER: Record<Mode, number> = { sloppy: 0, strict: 1, module: 2 };

export function sortRecords(records: TestRecord[]): TestRecord[] {
  return records.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : MODE_ORDER[a.mode] - MODE_ORDER[b.mode]));
}

/** Runs the selected tests; never throws for a failing test (only for a bad root or selection). */
export async function runConformance(opts: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const root = path.resolve(opts.root);
  if (!fs.existsSync(path.join(root, 'test')) || !fs.existsSync(path.join(root, 'harness'))) {
    throw new Error(`not a test262 root (no test/ and harness/): ${root}`);
  }
  const files = opts.files ?? discoverTests(root, opts.patterns ?? []);
  const skip = opts.skip ?? loadSkipList(root);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fuel = opts.fuel ?? DEFAULT_FUEL;

  const records: TestRecord[] = [];
  const metas = new Map<string, TestMeta>();
  const jobs: TestJob[] = [];
  const settled: TestRecord[] = [];

  for (const file of files) {
    let source: string;
    try {
      source = fs.readFileSync(path.join(root, file), 'utf8');
    } catch {
      settled.push({ file, mode: 'sloppy', result: 'fail', error: 'test file not found' });
      continue;
    }
    let meta: TestMeta;
    try {
      meta = parseTestMeta(source);
    } catch (e) {
      settled.push({ file, mode: 'sloppy', result: 'fail', error: `bad frontmatter: ${(e as Error).message}` });
      continue;
    }
    metas.set(file, meta);
    const modes = modesFor(meta);
    let reason = skip.reasonFor(file, meta, source);
    if (reason === null && modes[0] === 'module' && !MODULES_SUPPORTED) reason = 'modules not yet supported';
    for (const mode of modes) {
      if (reason !== null) settled.push({ file, mode, result: 'skip', error: reason });
      else jobs.push({ file, mode, source, meta, fuel, timeoutMs });
    }
  }

  const total = settled.length + jobs.length;
  let done = 0;
  const settle = (r: TestRecord) => {
    records.push(r);
    done++;
    opts.onRecord?.(r, done, total);
  };
  for (const r of settled) settle(r);
  const onDone = (job: TestJob, o: Outcome) => settle({ file: job.file, mode: job.mode, result: o.result, error: o.error, ms: o.ms });

  if (opts.inProcess) {
    const ctx = { root, harness: new HarnessCache(root) };
    for (const job of jobs) onDone(job, await runTest(job, ctx));
  } else if (jobs.length > 0) {
    const pool = new WorkerPool({
      size: Math.min(opts.jobs ?? os.cpus().length, jobs.length),
      root,
      hardTimeoutMs: opts.hardTimeoutMs ?? timeoutMs * 2 + 10_000,
      isolation: opts.isolation,
    });
    try {
      await pool.runAll(jobs, onDone);
    } finally {
      await pool.close();
    }
  }
  return { root, records: sortRecords(records), metas, elapsedMs: Date.now() - started };
}
