/**
 * Summaries of a run: counts per directory (two levels under test/: test/language/expressions,
 * test/built-ins/Array, ...), per feature, the most common failure messages, and text tables.
 */
import type { TestMeta } from './frontmatter';
import type { TestRecord } from './types';

export interface Counts {
  pass: number;
  fail: number;
  skip: number;
}

export interface Row extends Counts {
  name: string;
}

export function emptyCounts(): Counts {
  return { pass: 0, fail: 0, skip: 0 };
}

export function countRecords(records: TestRecord[]): Counts {
  const c = emptyCounts();
  for (const r of records) c[r.result]++;
  return c;
}

/** The group a test belongs to: its first three path segments ('test/built-ins/Array'). */
export function directoryOf(file: string): string {
  const segs = file.split('/');
  if (segs.length <= 3) return segs.slice(0, Math.max(1, segs.length - 1)).join('/') || file;
  return segs.slice(0, 3).join('/');
}

function addTo(map: Map<string, Counts>, key: string, r: TestRecord): void {
  let c = map.get(key);
  if (c === undefined) map.set(key, (c = emptyCounts()));
  c[r.result]++;
}

function rows(map: Map<string, Counts>): Row[] {
  return [...map].map(([name, c]) => ({ name, ...c })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function byDirectory(records: TestRecord[]): Row[] {
  const map = new Map<string, Counts>();
  for (const r of records) addTo(map, directoryOf(r.file), r);
  return rows(map);
}

export function byFeature(records: TestRecord[], metas: Map<string, TestMeta>): Row[] {
  const map = new Map<string, Counts>();
  for (const r of records) for (const f of metas.get(r.file)?.features ?? []) addTo(map, f, r);
  return rows(map);
}

/** Pass rate among tests that ran (skips excluded), as a percentage; null if none ran. */
export function passRate(c: Counts): number | null {
  const ran = c.pass + c.fail;
  return ran === 0 ? null : (100 * c.pass) / ran;
}

/**
 * A failure message as a grouping key: one line, without source positions and file names (a
 * parse error's "(7:4) in test/...js"), at most 160 characters.
 */
export function messageKey(error: string): string {
  return error
    .replace(/\s+/g, ' ')
    .replace(/ \(\d+:\d+\)/g, '')
    .replace(/ in (?:test|harness)\/\S+\.js\b/g, '')
    .trim()
    .slice(0, 160);
}

/** The n most common failure messages, with their counts. */
export function commonFailures(records: TestRecord[], n: number): { message: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of records) {
    if (r.result !== 'fail') continue;
    const k = messageKey(r.error ?? '');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([message, count]) => ({ message, count })).sort((a, b) => b.count - a.count || (a.message < b.message ? -1 : 1)).slice(0, n);
}

function pct(c: Counts): string {
  const p = passRate(c);
  return p === null ? '-' : `${p.toFixed(1)}%`;
}

/** A plain-text table of rows, with a total line unless rows overlap (features). */
export function formatTable(title: string, table: Row[], withTotal = true): string {
  const total = { name: 'total', ...emptyCounts() };
  for (const r of table) {
    total.pass += r.pass;
    total.fail += r.fail;
    total.skip += r.skip;
  }
  const all = [...table, total];
  const w = Math.max(title.length, ...all.map((r) => r.name.length));
  const num = (n: number | string) => String(n).padStart(7);
  const head = `${title.padEnd(w)} ${num('pass')} ${num('fail')} ${num('skip')} ${num('rate')}`;
  const line = (r: Row) => `${r.name.padEnd(w)} ${num(r.pass)} ${num(r.fail)} ${num(r.skip)} ${num(pct(r))}`;
  const rule = '-'.repeat(head.length);
  return [head, rule, ...table.map(line), ...(withTotal ? [rule, line(total)] : [])].join('\n');
}

export function summaryLine(c: Counts): string {
  return `${c.pass} passed, ${c.fail} failed, ${c.skip} skipped`;
}
