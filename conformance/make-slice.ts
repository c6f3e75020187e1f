/**
 * Writes conformance/slice.txt, the fixed fast slice for CI:
 *
 *   node dist/conformance/make-slice.js [--root DIR] [--count N] [--timings RUN.json] [--max-ms MS]
 *
 * The slice is the N test paths with the smallest FNV-1a hash among the in-scope tests of
 * test/language and test/built-ins (not skipped by the skip rules, not module tests while modules
 * are not supported), so it is spread evenly over both trees and does not change unless the suite
 * does. With --timings (a --json output of a full run), tests slower than --max-ms in that run
 * (default 2000) are left out, to keep the slice fast.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseTestMeta } from './frontmatter';
import { discoverTests } from './discover';
import { MODULES_SUPPORTED } from './execute';
import { DEFAULT_ROOT, loadSkipList, modesFor, PACKAGE_ROOT, SLICE_FILE } from './runner';
import type { TestRecord } from './types';

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export interface SliceOptions {
  root: string;
  count: number;
  /** Per-file time (the slowest mode) from a reference run, to leave out slow tests. */
  timings?: Map<string, number>;
  maxMs?: number;
}

export function selectSlice(o: SliceOptions): string[] {
  const skip = loadSkipList(o.root);
  const maxMs = o.maxMs ?? 2000;
  const eligible: string[] = [];
  for (const file of discoverTests(o.root, ['test/language', 'test/built-ins'])) {
    const source = fs.readFileSync(path.join(o.root, file), 'utf8');
    let meta;
    try {
      meta = parseTestMeta(source);
    } catch {
      continue;
    }
    if (skip.reasonFor(file, meta, source) !== null) continue;
    if (modesFor(meta)[0] === 'module' && !MODULES_SUPPORTED) continue;
    const t = o.timings?.get(file);
    if (t !== undefined && t > maxMs) continue;
    eligible.push(file);
  }
  return eligible
    .map((file) => ({ file, h: fnv1a(file) }))
    .sort((a, b) => a.h - b.h || (a.file < b.file ? -1 : 1))
    .slice(0, o.count)
    .map((x) => x.file)
    .sort();
}

function main(argv: string[]): void {
  let root = DEFAULT_ROOT;
  let count = 3000;
  let timingsFile: string | null = null;
  let maxMs = 2000;
  let out = SLICE_FILE;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--root') root = path.resolve(PACKAGE_ROOT, argv[++i]);
    else if (a === '--count') count = Number(argv[++i]);
    else if (a === '--timings') timingsFile = path.resolve(argv[++i]);
    else if (a === '--max-ms') maxMs = Number(argv[++i]);
    else if (a === '--out') out = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  let timings: Map<string, number> | undefined;
  if (timingsFile !== null) {
    timings = new Map();
    for (const r of JSON.parse(fs.readFileSync(timingsFile, 'utf8')) as TestRecord[]) {
      if (r.ms !== undefined) timings.set(r.file, Math.max(r.ms, timings.get(r.file) ?? 0));
      // A test that took a worker down or timed out is slow whatever its recorded time.
      if (r.error !== null && /^timeout|worker/.test(r.error)) timings.set(r.file, Infinity);
    }
  }
  const files = selectSlice({ root, count, timings, maxMs });
  const header = [
    '# The fixed fast slice for CI (test/conformance/slice.test.ts), written by conformance/make-slice.ts:',
    `# the ${count} in-scope tests of test/language and test/built-ins with the smallest FNV-1a hash of their path`,
    `# (skip rules applied, module tests left out while modules are unsupported${timings ? `, tests slower than ${maxMs} ms in a full run left out` : ''}).`,
    '# Run it with `npm run conformance -- --files conformance/slice.txt`.',
  ];
  fs.writeFileSync(out, header.join('\n') + '\n' + files.join('\n') + '\n');
  process.stdout.write(`wrote ${files.length} tests to ${out}\n`);
}

if (require.main === module) main(process.argv.slice(2));
