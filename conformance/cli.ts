/**
 * `npm run conformance -- [--root DIR] [paths or globs...] [--files LIST] [--json OUT] [--html OUT]
 *   [--jobs N] [--timeout MS] [--fuel N] [--expectations DIR] [--update-expectations]`
 *
 * Runs test262 tests, prints a summary per directory and per feature, compares failures with
 * conformance/expectations/known-failures.txt (exit code 1 on NEW failures), and ends with the
 * line `N passed, N failed, N skipped`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readTestList, relativeToRoot } from './discover';
import {
  compare, formatKnownFailures, headerOf, isGlob, KnownFailures, KNOWN_FAILURES_HEADER, parseKnownFailures, readIfExists, shortReason, updatedKnownFailures,
} from './expectations';
import { renderHtml } from './html';
import { byDirectory, byFeature, commonFailures, countRecords, formatTable, summaryLine } from './report';
import { DEFAULT_FUEL, DEFAULT_ROOT, DEFAULT_TIMEOUT_MS, EXPECTATIONS_DIR, loadSkipList, PACKAGE_ROOT, runConformance } from './runner';
import type { TestRecord } from './types';
import type { Isolation } from './pool';

export interface CliOptions {
  root: string;
  patterns: string[];
  filesList: string | null;
  json: string | null;
  html: string | null;
  jobs: number;
  timeoutMs: number;
  fuel: number;
  expectations: string;
  update: boolean;
  features: boolean;
  top: number;
  isolation: Isolation;
}

const USAGE = `usage: npm run conformance -- [options] [paths or globs...]
  --root DIR              test262 root (default ../shared/test262)
  --files LIST            run exactly the tests listed in LIST (one root-relative path a line)
  --json OUT              write one record per test and mode: { file, mode, result, error, ms }
  --html OUT              write a self-contained HTML report
  --jobs N                worker threads (default: number of cores)
  --timeout MS            per-test wall-clock deadline (default ${DEFAULT_TIMEOUT_MS})
  --fuel N                per-test fuel (default ${DEFAULT_FUEL})
  --expectations DIR      skip.txt and known-failures.txt (default conformance/expectations)
  --update-expectations   rewrite known-failures.txt from this run (keeps existing reasons)
  --isolation MODE        process (default: each worker thread in its own child process, so a V8
                          fatal error ends only that worker) or thread (all workers in this process)
  --no-features           leave out the per-feature table
  --top N                 show the N most common failure messages (default 30)`;

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = {
    root: DEFAULT_ROOT,
    patterns: [],
    filesList: null,
    json: null,
    html: null,
    jobs: os.cpus().length,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    fuel: DEFAULT_FUEL,
    expectations: EXPECTATIONS_DIR,
    update: false,
    features: true,
    top: 30,
    isolation: 'process',
  };
  const value = (i: number, name: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`);
    return v;
  };
  const num = (s: string, name: string): number => {
    const n = Number(s);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name}: not a number: ${s}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--root': o.root = path.resolve(PACKAGE_ROOT, value(i++, a)); break;
      case '--files': o.filesList = path.resolve(value(i++, a)); break;
      case '--json': o.json = path.resolve(value(i++, a)); break;
      case '--html': o.html = path.resolve(value(i++, a)); break;
      case '--jobs': o.jobs = Math.max(1, Math.floor(num(value(i++, a), a))); break;
      case '--timeout': o.timeoutMs = num(value(i++, a), a); break;
      case '--fuel': o.fuel = num(value(i++, a), a); break;
      case '--expectations': o.expectations = path.resolve(value(i++, a)); break;
      case '--update-expectations': o.update = true; break;
      case '--no-features': o.features = false; break;
      case '--isolation': {
        const v = value(i++, a);
        if (v !== 'process' && v !== 'thread') throw new Error('--isolation: process or thread');
        o.isolation = v;
        break;
      }
      case '--top': o.top = Math.floor(num(value(i++, a), a)); break;
      case '-h': case '--help': throw new UsageRequest();
      default:
        if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
        o.patterns.push(a);
    }
  }
  return o;
}

class UsageRequest extends Error {}

/** A path or glob as given: absolute, relative to the current directory (if it exists there, inside the root), or relative to the root. */
function toRootRelative(root: string, p: string): string {
  if (path.isAbsolute(p)) return relativeToRoot(root, p);
  const fromCwd = path.resolve(p);
  if (!isGlob(p) && fs.existsSync(fromCwd) && fromCwd.startsWith(root + path.sep)) return relativeToRoot(root, fromCwd);
  return relativeToRoot(root, p);
}

function fmtDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/** Where the CLI writes (process.stdout, or a collector in tests). */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** A progress bar on a TTY, a plain line every 15 s otherwise. */
function progressReporter(out: Output) {
  const tty = out.isTTY === true;
  const start = Date.now();
  let last = 0;
  const c = { pass: 0, fail: 0, skip: 0 };
  return {
    update(r: TestRecord, done: number, total: number) {
      c[r.result]++;
      const now = Date.now();
      const finished = done === total;
      if (!finished && now - last < (tty ? 100 : 15_000)) return;
      last = now;
      const elapsed = now - start;
      // Skips settle first and cost nothing: estimate from the tests that ran.
      const ran = c.pass + c.fail;
      const eta = ran > 0 ? ((total - done) * elapsed) / ran : 0;
      const counts = `pass ${c.pass} fail ${c.fail} skip ${c.skip}`;
      if (tty) {
        const width = Math.max(10, Math.min(40, (out.columns ?? 80) - 70));
        const filled = Math.round((width * done) / Math.max(1, total));
        out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${counts} ${fmtDuration(elapsed)} eta ${fmtDuration(eta)}\x1b[K`);
        if (finished) out.write('\n');
      } else {
        out.write(`progress: ${done}/${total} (${((100 * done) / Math.max(1, total)).toFixed(0)}%) ${counts} elapsed ${fmtDuration(elapsed)} eta ${fmtDuration(eta)}\n`);
      }
    },
  };
}

function listSome(title: string, recs: TestRecord[], max: number, withError: boolean): string[] {
  if (recs.length === 0) return [];
  const lines = [`${title} (${recs.length}):`];
  for (const r of recs.slice(0, max)) lines.push(`  ${r.file} [${r.mode}]${withError ? ` — ${shortReason(r.error)}` : ''}`);
  if (recs.length > max) lines.push(`  ... and ${recs.length - max} more`);
  return lines;
}

export async function main(argv: string[], stdout: Output = process.stdout): Promise<number> {
  let o: CliOptions;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageRequest) {
      stdout.write(USAGE + '\n');
      return 0;
    }
    console.error(`conformance: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const files = o.filesList !== null ? readTestList(o.filesList) : undefined;
  const patterns = o.patterns.map((p) => toRootRelative(o.root, p));
  const progress = progressReporter(stdout);
  const result = await runConformance({
    root: o.root,
    patterns,
    files,
    jobs: o.jobs,
    timeoutMs: o.timeoutMs,
    fuel: o.fuel,
    skip: loadSkipList(o.root, o.expectations),
    isolation: o.isolation,
    onRecord: (r, done, total) => progress.update(r, done, total),
  });
  const { records, metas } = result;
  const out: string[] = [''];
  out.push(formatTable('directory', byDirectory(records)), '');
  if (o.features) out.push(formatTable('feature (a test counts under each of its features)', byFeature(records, metas), false), '');
  const common = commonFailures(records, o.top);
  if (common.length > 0) {
    out.push(`most common failure messages (top ${common.length}):`);
    for (const c of common) out.push(`${String(c.count).padStart(6)}  ${c.message}`);
    out.push('');
  }

  const knownPath = path.join(o.expectations, 'known-failures.txt');
  const knownText = readIfExists(knownPath);
  const known = new KnownFailures(knownText === null ? [] : parseKnownFailures(knownText, knownPath));
  const { newFailures, newPasses } = compare(records, known);
  out.push(...listSome('NEW failures (not in known-failures.txt)', newFailures, 200, true));
  out.push(...listSome('NEW passes (listed in known-failures.txt; remove them or run with --update-expectations)', newPasses, 200, false));
  let exit = newFailures.length > 0 ? 1 : 0;
  if (o.update) {
    const entries = updatedKnownFailures(records, known, (r) => shortReason(r.error));
    const header = knownText === null ? KNOWN_FAILURES_HEADER : headerOf(knownText);
    fs.mkdirSync(o.expectations, { recursive: true });
    fs.writeFileSync(knownPath, formatKnownFailures(entries, header));
    out.push(`updated ${path.relative(process.cwd(), knownPath) || knownPath}: ${entries.length} entries`);
    exit = 0;
  }
  if (o.json !== null) {
    fs.writeFileSync(o.json, JSON.stringify(records) + '\n');
    out.push(`wrote ${o.json}`);
  }
  if (o.html !== null) {
    fs.writeFileSync(o.html, renderHtml(records, metas, { root: result.root, elapsedMs: result.elapsedMs }));
    out.push(`wrote ${o.html}`);
  }
  out.push(`finished in ${fmtDuration(result.elapsedMs)} on ${o.jobs} worker${o.jobs === 1 ? '' : 's'}`);
  out.push(summaryLine(countRecords(records)));
  stdout.write(out.join('\n') + '\n');
  return exit;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => {
      console.error(`conformance: ${(e as Error).stack ?? e}`);
      process.exitCode = 2;
    },
  );
}
