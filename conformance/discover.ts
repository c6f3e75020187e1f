/**
 * Finds the tests to run under a test262 root: every `test/**\/*.js` that is not a `_FIXTURE`
 * (INTERPRETING.md, "Modules"), narrowed by paths (files or directories), globs, or a list file.
 * Paths are relative to the root with forward slashes ('test/language/...').
 */
import * as fs from 'fs';
import * as path from 'path';
import { globToRegExp, isGlob } from './expectations';

export function isTestFile(rel: string): boolean {
  return rel.endsWith('.js') && !path.posix.basename(rel).includes('_FIXTURE');
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** All test files under dir (relative to root), sorted. */
function walk(root: string, relDir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(root, relDir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const rel = relDir === '' ? e.name : `${relDir}/${e.name}`;
    if (e.isDirectory()) walk(root, rel, out);
    else if (e.isFile() && isTestFile(rel)) out.push(rel);
  }
}

/** The fixed part of a glob before its first wildcard segment ('test/built-ins' for 'test/built-ins/**\/x.js'). */
function globBase(glob: string): string {
  const segs = glob.split('/');
  const fixed: string[] = [];
  for (const s of segs) {
    if (isGlob(s)) break;
    fixed.push(s);
  }
  return fixed.join('/');
}

/** Normalises a user-given path to root-relative posix form (accepts absolute paths inside root). */
export function relativeToRoot(root: string, p: string): string {
  let rel = p;
  if (path.isAbsolute(p)) rel = path.relative(root, p);
  rel = toPosix(rel).replace(/^\.\//, '').replace(/\/+$/, '');
  return rel;
}

/**
 * The tests selected by patterns (files, directories or globs relative to the root; none = all of
 * `test/`), sorted and without duplicates.
 */
export function discoverTests(root: string, patterns: string[] = []): string[] {
  const found = new Set<string>();
  const pats = patterns.length === 0 ? ['test'] : patterns;
  for (const p of pats) {
    const rel = relativeToRoot(root, p);
    if (isGlob(rel)) {
      const re = globToRegExp(rel);
      const all: string[] = [];
      walk(root, globBase(rel), all);
      for (const f of all) if (re.test(f)) found.add(f);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path.join(root, rel));
    } catch {
      throw new Error(`no such test or directory under ${root}: ${p}`);
    }
    if (stat.isDirectory()) {
      const all: string[] = [];
      walk(root, rel, all);
      for (const f of all) found.add(f);
    } else found.add(rel);
  }
  return [...found].sort();
}

/** The tests named in a list file (one root-relative path a line; blank lines and '#' comments ignored). */
export function readTestList(listFile: string): string[] {
  const text = fs.readFileSync(listFile, 'utf8');
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    out.push(toPosix(line).replace(/^\.\//, ''));
  }
  return out;
}
