/**
 * The checked-in expectation lists (conformance/expectations/):
 *
 * - skip.txt: what is not run, one rule a line, `kind pattern # reason`, kind being
 *   `feature` (a `features:` entry; a trailing * matches a prefix), `flag` (a `flags:` entry),
 *   `path` (a glob over the test path: `*` within a segment, `**` across segments) or
 *   `source` (a string the test's source contains, e.g. `$262.agent`).
 * - known-failures.txt: tests expected to fail, `path # reason` (every mode) or
 *   `path mode # reason` (that mode only).
 *
 * A run compares its failures with known-failures: failures not listed are NEW failures (the run
 * fails), listed tests that pass are NEW passes (to be removed from the list).
 */
import * as fs from 'fs';
import type { TestMeta } from './frontmatter';
import type { Mode, TestRecord } from './types';

export type SkipKind = 'feature' | 'flag' | 'path' | 'source';

export interface SkipRule {
  kind: SkipKind;
  pattern: string;
  reason: string;
}

const SKIP_KINDS = new Set<SkipKind>(['feature', 'flag', 'path', 'source']);
const MODES = new Set<Mode>(['sloppy', 'strict', 'module']);

/** Splits `text # reason` at the first ' #' (a '#' inside a path would be unusual). */
function splitReason(line: string): [string, string] {
  const i = line.indexOf(' #');
  if (i < 0) return [line.trim(), ''];
  return [line.slice(0, i).trim(), line.slice(i + 2).trim()];
}

function contentLines(text: string): { line: string; n: number }[] {
  return text.split(/\r?\n/).map((line, i) => ({ line: line.trim(), n: i + 1 })).filter((l) => l.line !== '' && !l.line.startsWith('#'));
}

export function parseSkipRules(text: string, file = 'skip.txt'): SkipRule[] {
  return contentLines(text).map(({ line, n }) => {
    const [body, reason] = splitReason(line);
    const m = /^(\S+)\s+(\S+)$/.exec(body);
    if (m === null || !SKIP_KINDS.has(m[1] as SkipKind)) throw new Error(`${file}:${n}: expected 'feature|flag|path|source PATTERN # reason'`);
    if (reason === '') throw new Error(`${file}:${n}: a skip rule needs a reason`);
    return { kind: m[1] as SkipKind, pattern: m[2], reason };
  });
}

/** A glob over '/'-separated paths as a RegExp: ** crosses segments, * and ? do not. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function isGlob(s: string): boolean {
  return /[*?]/.test(s);
}

function matchName(pattern: string, name: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

/** Skip rules compiled for matching. */
export class SkipList {
  private readonly pathRules: { re: RegExp; prefix: string | null; rule: SkipRule }[];
  constructor(readonly rules: SkipRule[]) {
    this.pathRules = rules.filter((r) => r.kind === 'path').map((rule) => ({
      re: globToRegExp(rule.pattern),
      prefix: isGlob(rule.pattern) ? null : rule.pattern.replace(/\/$/, '') + '/',
      rule,
    }));
  }

  /** The reason to skip a test, or null to run it. */
  reasonFor(file: string, meta: TestMeta, source: string): string | null {
    for (const { re, prefix, rule } of this.pathRules) {
      if (re.test(file) || (prefix !== null && file.startsWith(prefix))) return rule.reason;
    }
    for (const rule of this.rules) {
      switch (rule.kind) {
        case 'feature': {
          const f = meta.features.find((x) => matchName(rule.pattern, x));
          if (f !== undefined) return `feature ${f}: ${rule.reason}`;
          break;
        }
        case 'flag':
          if (meta.flags.some((x) => matchName(rule.pattern, x))) return `flag ${rule.pattern}: ${rule.reason}`;
          break;
        case 'source':
          if (source.includes(rule.pattern)) return rule.reason;
          break;
        case 'path':
          break;
      }
    }
    return null;
  }
}

/** The feature names under "Proposed language features" in a test262 root's features.txt. */
export function proposalFeatures(featuresTxt: string): string[] {
  const out: string[] = [];
  let inProposals = false;
  for (const raw of featuresTxt.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('## ')) {
      inProposals = /proposed/i.test(line);
      continue;
    }
    if (!inProposals || line === '' || line.startsWith('#')) continue;
    out.push(line.split(/\s+/)[0]);
  }
  return out;
}

export interface KnownFailure {
  file: string;
  /** null: every mode. */
  mode: Mode | null;
  reason: string;
}

export function parseKnownFailures(text: string, file = 'known-failures.txt'): KnownFailure[] {
  return contentLines(text).map(({ line, n }) => {
    const [body, reason] = splitReason(line);
    const parts = body.split(/\s+/);
    if (parts.length > 2 || (parts.length === 2 && !MODES.has(parts[1] as Mode))) {
      throw new Error(`${file}:${n}: expected 'path [sloppy|strict|module] # reason'`);
    }
    return { file: parts[0], mode: parts.length === 2 ? (parts[1] as Mode) : null, reason: reason || 'unknown' };
  });
}

/** Known failures indexed for lookup. */
export class KnownFailures {
  private readonly byKey = new Map<string, KnownFailure>();
  constructor(readonly entries: KnownFailure[]) {
    for (const e of entries) this.byKey.set(e.mode === null ? e.file : `${e.file} ${e.mode}`, e);
  }

  /** The entry covering file in mode, if any. */
  lookup(file: string, mode: Mode): KnownFailure | undefined {
    return this.byKey.get(`${file} ${mode}`) ?? this.byKey.get(file);
  }
}

export interface Comparison {
  /** Failures not in the known-failures list. */
  newFailures: TestRecord[];
  /** Known failures that passed in this run. */
  newPasses: TestRecord[];
}

/** Compares a run's records with the known failures (skipped tests are neither). */
export function compare(records: TestRecord[], known: KnownFailures): Comparison {
  const newFailures: TestRecord[] = [];
  const newPasses: TestRecord[] = [];
  for (const r of records) {
    if (r.result === 'skip') continue;
    const k = known.lookup(r.file, r.mode);
    if (r.result === 'fail' && k === undefined) newFailures.push(r);
    else if (r.result === 'pass' && k !== undefined) newPasses.push(r);
  }
  return { newFailures, newPasses };
}

/** A reason for the list: the failure message, shortened to one line. */
export function shortReason(error: string | null): string {
  const one = (error ?? 'unknown').replace(/\s+/g, ' ').trim();
  return one.length > 120 ? one.slice(0, 117) + '...' : one;
}

/**
 * The known-failures list after a run: entries for tests the run did not cover are kept as they
 * are; for tests it ran, one entry per failing test (without a mode when it failed in every mode
 * it ran in), keeping an existing entry's reason, else `reasonFor(record)` ('unknown' by default).
 */
export function updatedKnownFailures(
  records: TestRecord[], known: KnownFailures, reasonFor: (r: TestRecord) => string = () => 'unknown',
): KnownFailure[] {
  const ranFiles = new Set<string>();
  const byFile = new Map<string, TestRecord[]>();
  for (const r of records) {
    if (r.result === 'skip') continue;
    ranFiles.add(r.file);
    let list = byFile.get(r.file);
    if (list === undefined) byFile.set(r.file, (list = []));
    list.push(r);
  }
  const out: KnownFailure[] = known.entries.filter((e) => !ranFiles.has(e.file));
  for (const [file, list] of byFile) {
    const failed = list.filter((r) => r.result === 'fail');
    if (failed.length === 0) continue;
    const existing = (r: TestRecord) => known.lookup(r.file, r.mode)?.reason;
    if (failed.length === list.length) {
      out.push({ file, mode: null, reason: failed.map(existing).find((x) => x !== undefined) ?? reasonFor(failed[0]) });
    } else {
      for (const r of failed) out.push({ file, mode: r.mode, reason: existing(r) ?? reasonFor(r) });
    }
  }
  out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.mode ?? '').localeCompare(b.mode ?? '')));
  return out;
}

export const KNOWN_FAILURES_HEADER = [
  '# Tests expected to fail: `path # reason` (every mode it runs in) or `path strict|sloppy|module # reason`.',
  '# A failure not listed here is a NEW failure and fails the run; a listed test that passes is a NEW pass:',
  '# remove it (or run `npm run conformance -- --update-expectations`, which keeps the reasons written here).',
  '',
];

export function formatKnownFailures(entries: KnownFailure[], header: string[] = KNOWN_FAILURES_HEADER): string {
  const lines = entries.map((e) => `${e.file}${e.mode === null ? '' : ` ${e.mode}`} # ${e.reason}`);
  return header.join('\n') + (header.length ? '\n' : '') + lines.join('\n') + (lines.length ? '\n' : '');
}

/** The header comment block of an existing list file, to keep it when rewriting. */
export function headerOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#') || line.trim() === '') out.push(line);
    else break;
  }
  while (out.length > 0 && out[out.length - 1].trim() === '') out.pop();
  if (out.length > 0) out.push('');
  return out;
}

export function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
