/**
 * Benchmark programs: discovery, the expected checksum, result checking and size scaling.
 *
 * A program is a plain script that leaves a checksum in the global `__result`. The expected value
 * is on its first line, `// name: what it does -> VALUE`; for the shared programs, whose first
 * lines do not all carry it, the table in their folder's README.md (`| name.js | what | VALUE |`)
 * is the fallback.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './engine';

export interface BenchProgram {
  /** The file name without `.js` (`fib`), used on the command line and in the tables. */
  readonly name: string;
  readonly file: string;
  readonly source: string;
  /** The expected `__result`, as written (`75025`, `"abc"`, `true`), or undefined if none was found. */
  readonly expected: string | undefined;
}

/** Where the programs come from by default: the shared set first, then our own. */
export const PROGRAM_DIRS = [path.resolve(ROOT, '..', 'shared', 'bench-programs'), path.join(ROOT, 'bench', 'programs')];

/** The expected value from a first line `// name: ... -> VALUE`, or undefined. */
export function parseExpected(firstLine: string): string | undefined {
  const m = /^\s*\/\/.*->\s*(\S.*?)\s*$/.exec(firstLine);
  return m ? m[1] : undefined;
}

/** The expected value of `fileName` from a README table row `| fileName | ... | VALUE |`, or undefined. */
export function expectedFromReadme(readme: string, fileName: string): string | undefined {
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // A table row splits into ['', cell1, ..., cellN, ''].
    if (cells.length >= 4 && cells[1] === fileName) {
      const last = cells[cells.length - 2].replace(/^`|`$/g, '');
      return last === '' ? undefined : last;
    }
  }
  return undefined;
}

/** Reads one program file. */
export function loadProgram(file: string): BenchProgram {
  const source = fs.readFileSync(file, 'utf8');
  let expected = parseExpected(source.split('\n', 1)[0]);
  if (expected === undefined) {
    const readme = path.join(path.dirname(file), 'README.md');
    if (fs.existsSync(readme)) expected = expectedFromReadme(fs.readFileSync(readme, 'utf8'), path.basename(file));
  }
  return { name: path.basename(file, '.js'), file, source, expected };
}

/**
 * The programs to run: every `*.js` of the default folders (a missing folder is skipped with a
 * warning), or those named by `selectors` (a name like `fib`, or a path to a .js file).
 */
export function discoverPrograms(selectors: readonly string[], dirs: readonly string[] = PROGRAM_DIRS, warn: (m: string) => void = () => {}): BenchProgram[] {
  const all: BenchProgram[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) {
      warn(`program folder ${dir} not found: skipped`);
      continue;
    }
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
      all.push(loadProgram(path.join(dir, f)));
    }
  }
  if (selectors.length === 0) return all;
  return selectors.map((s) => {
    if (s.endsWith('.js') && fs.existsSync(s)) return loadProgram(path.resolve(s));
    const p = all.find((q) => q.name === s);
    if (!p) throw new Error(`unknown program '${s}' (known: ${all.map((q) => q.name).join(', ')})`);
    return p;
  });
}

/** The expected value as a host value: a number, a JSON literal, or else the text itself (a string). */
export function parseExpectedValue(expected: string): unknown {
  const t = expected.replace(/_/g, '');
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) || /^[-+]?(Infinity|NaN)$/.test(t)) return Number(t);
  try {
    return JSON.parse(expected);
  } catch {
    return expected;
  }
}

/** Whether an engine's `__result` is the expected one (SameValue for numbers, equality otherwise). */
export function resultMatches(result: unknown, expected: unknown): boolean {
  if (typeof result === 'number' && typeof expected === 'number') return Object.is(result, expected) || (result === 0 && expected === 0);
  return result === expected;
}

/** A result shown in a message: strings quoted, others as written. */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === 'bigint') return `${v}n`;
  return String(v);
}

/**
 * Where a program's size lives: the number literal passed in its `__result = f(N)` line, or, when
 * that line passes a name (`__result = main(ITER)`), the literal that name is declared with
 * (`var ITER = N`). Returns the literal's offset and value, or undefined when there is none.
 */
export function findSizeConstant(source: string): { index: number; length: number; value: number } | undefined {
  const call = /__result\s*=\s*[\w$.]+\(\s*(?:(\d+)|([A-Za-z_$][\w$]*))\s*\)/g;
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((m = call.exec(source)) !== null) last = m;
  if (last === null) {
    // An async program sets `__result` in a callback: fall back to `main(N)` style driver calls.
    const driver = /^\s*(?:var\s+[\w$]+\s*=\s*)?[\w$]+\(\s*(\d+)\s*\)\s*(?:\.then\(|;)/m.exec(source);
    if (!driver) return undefined;
    const index = driver.index + driver[0].indexOf(driver[1]);
    return { index, length: driver[1].length, value: Number(driver[1]) };
  }
  if (last[1] !== undefined) {
    const index = last.index + last[0].lastIndexOf(last[1]);
    return { index, length: last[1].length, value: Number(last[1]) };
  }
  const decl = new RegExp(`(?:var|let|const)\\s+${last[2].replace(/\$/g, '\\$')}\\s*=\\s*(\\d+)`).exec(source);
  if (!decl) return undefined;
  const index = decl.index + decl[0].lastIndexOf(decl[1]);
  return { index, length: decl[1].length, value: Number(decl[1]) };
}

/**
 * How a size constant maps to work, for programs whose work is not proportional to it: recursive
 * fib(n) does about φ^n calls, so `factor` times the work is n + log_φ(factor).
 */
const SIZE_RULES: { test: RegExp; scale: (n: number, factor: number) => number }[] = [
  { test: /^\s*function fib\(n\)\s*\{\s*return n < 2 \? n : fib\(n - 1\) \+ fib\(n - 2\);?\s*\}/m, scale: (n, k) => n + Math.log(k) / Math.log((1 + Math.sqrt(5)) / 2) },
];

/**
 * The program with `factor` times its work: its size constant multiplied by `factor` (rounded), or
 * moved by a SIZE_RULES rule; undefined if it has no size constant.
 */
export function scaleSource(source: string, factor: number): string | undefined {
  if (factor === 1) return source;
  const c = findSizeConstant(source);
  if (!c) return undefined;
  const rule = SIZE_RULES.find((r) => r.test.test(source));
  const scaled = String(Math.max(1, Math.round(rule ? rule.scale(c.value, factor) : c.value * factor)));
  return source.slice(0, c.index) + scaled + source.slice(c.index + c.length);
}
