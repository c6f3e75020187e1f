/**
 * The measuring side: spawns one child process per (program, engine, run), interleaves engines,
 * checks each run's `__result`, and folds the runs into cells (medians, ratios to native).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { decodeValue, REPORT_PREFIX, type ChildReport, type ChildSpec } from './child';
import { ENGINES, findEngine, packageVersion, ROOT } from './engine';
import { parseExpectedValue, resultMatches, showValue, type BenchProgram } from './programs';
import { geomean, median } from './stats';

export const CHILD_SCRIPT = path.join(ROOT, 'dist', 'bench', 'child.js');

export interface Sample { ms: number; cpuMs: number; rssMB: number; loadMs: number }

/** The outcome of one child process. */
export type RunOutcome =
  | { kind: 'ok'; sample: Sample; result: unknown }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'load-failed'; error: string }
  | { kind: 'error'; error: string };

export interface SpawnOptions {
  timeoutMs: number;
  /** Extra flags for the child's node (e.g. --cpu-prof). */
  nodeArgs?: readonly string[];
}

/**
 * Runs one measurement in a fresh node process. A failed load is tried once more after a pause:
 * on a machine where dist/ is being rebuilt, a child can catch a half-written module.
 */
export function spawnMeasurement(spec: ChildSpec, options: SpawnOptions): RunOutcome {
  const first = spawnOnce(spec, options);
  if (first.kind !== 'load-failed') return first;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3000);
  return spawnOnce(spec, options);
}

function spawnOnce(spec: ChildSpec, options: SpawnOptions): RunOutcome {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CHILD_SCRIPT, JSON.stringify(spec)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: options.timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') return { kind: 'timeout', timeoutMs: options.timeoutMs };
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith(REPORT_PREFIX));
  if (line === undefined) {
    const err = (r.stderr ?? '').trim().split('\n').filter((l) => /\S/.test(l));
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit code ${r.status}`;
    return { kind: 'error', error: `child crashed (${why})${err.length ? `: ${err.slice(-3).join(' | ').slice(0, 300)}` : ''}` };
  }
  const report = JSON.parse(line.slice(REPORT_PREFIX.length)) as ChildReport;
  if (!report.ok) return report.phase === 'load' ? { kind: 'load-failed', error: report.error } : { kind: 'error', error: report.error };
  return { kind: 'ok', sample: { ms: report.ms, cpuMs: report.cpuMs, rssMB: report.rssMB, loadMs: report.loadMs }, result: decodeValue(report.result) };
}

export type EngineStatus = 'ok' | 'missing';

export interface EngineInfo {
  name: string;
  description: string;
  version: string;
  status: EngineStatus;
  /** Why it is missing. */
  reason?: string;
  runs: number;
  timeoutMs: number;
}

const PROBE_SOURCE = 'var __result = 6 * 7;';

/** Checks that an engine's package is installed and loads, and what version it is. */
export function probeEngine(name: string, runs: number, timeoutMs: number, nodeArgs?: readonly string[]): EngineInfo {
  const adapter = findEngine(name);
  if (!adapter) throw new Error(`unknown engine '${name}' (known: ${ENGINES.map((e) => e.name).join(', ')})`);
  const base = { name, description: adapter.description, runs, timeoutMs };
  let version: string;
  if (adapter.packageName === undefined) {
    version = name === 'native' ? `node ${process.version}` : ourVersion();
  } else {
    const v = packageVersion(adapter.packageName);
    if (v === undefined) return { ...base, version: '', status: 'missing', reason: `package ${adapter.packageName} is not installed` };
    version = `${adapter.packageName}@${v}`;
  }
  const o = spawnMeasurement({ engine: name, source: PROBE_SOURCE }, { timeoutMs: 60_000, nodeArgs });
  if (o.kind === 'ok' && o.result === 42) return { ...base, version, status: 'ok' };
  const reason = o.kind === 'ok' ? `probe returned ${showValue(o.result)}` : o.kind === 'timeout' ? 'probe timed out' : o.error;
  return { ...base, version, status: 'missing', reason: `does not load: ${reason}` };
}

/** ouro's version: package.json's, plus the git commit when there is one. */
function ourVersion(): string {
  let v = 'ouro';
  try {
    v = `ouro@${require(path.join(ROOT, 'package.json')).version}`;
  } catch { /* keep the name */ }
  try {
    const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) v += ` (${r.stdout.trim()})`;
  } catch { /* no git */ }
  return v;
}

export type CellStatus = 'ok' | 'timeout' | 'error' | 'wrong' | 'missing' | 'pending';

export interface Cell {
  program: string;
  engine: string;
  status: CellStatus;
  samples: Sample[];
  /** Medians of the samples. */
  median?: Sample;
  error?: string;
  timeoutMs?: number;
}

/** Folds one outcome into a cell; returns true when the cell needs no more runs. */
export function recordOutcome(cell: Cell, outcome: RunOutcome, expected: unknown): boolean {
  switch (outcome.kind) {
    case 'ok':
      if (!resultMatches(outcome.result, expected)) {
        cell.status = 'wrong';
        cell.error = `__result is ${showValue(outcome.result)}, expected ${showValue(expected)}`;
        return true;
      }
      cell.samples.push(outcome.sample);
      cell.status = 'ok';
      cell.median = medianSample(cell.samples);
      return false;
    case 'timeout':
      cell.status = 'timeout';
      cell.timeoutMs = outcome.timeoutMs;
      return true;
    case 'load-failed':
      cell.status = 'missing';
      cell.error = outcome.error;
      return true;
    case 'error':
      cell.status = 'error';
      cell.error = outcome.error;
      return true;
  }
}

export function medianSample(samples: readonly Sample[]): Sample {
  return {
    ms: median(samples.map((s) => s.ms)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    rssMB: median(samples.map((s) => s.rssMB)),
    loadMs: median(samples.map((s) => s.loadMs)),
  };
}

export type Metric = 'wall' | 'cpu';

export function metricOf(s: Sample, metric: Metric): number {
  return metric === 'wall' ? s.ms : s.cpuMs;
}

/** A ratio to native: exact (`ok`), a lower bound (`timeout`), or none. */
export interface Ratio { value: number; lowerBound: boolean }

export function cellRatio(cell: Cell | undefined, nativeCell: Cell | undefined, metric: Metric): Ratio | undefined {
  if (!cell || !nativeCell || nativeCell.status !== 'ok' || !nativeCell.median) return undefined;
  const base = metricOf(nativeCell.median, metric);
  if (!(base > 0)) return undefined;
  if (cell.status === 'ok' && cell.median) return { value: metricOf(cell.median, metric) / base, lowerBound: false };
  // A timeout bounds the wall time; the CPU time is at most that, so it is a bound for wall only.
  if (cell.status === 'timeout' && cell.timeoutMs !== undefined && metric === 'wall') return { value: cell.timeoutMs / base, lowerBound: true };
  return undefined;
}

/** The geometric mean of an engine's ratios over `programs` (those with a ratio); a lower bound if any is. */
export function geomeanRatio(ratios: readonly (Ratio | undefined)[]): { value: number; lowerBound: boolean; count: number } {
  const have = ratios.filter((r): r is Ratio => r !== undefined);
  return { value: geomean(have.map((r) => r.value)), lowerBound: have.some((r) => r.lowerBound), count: have.length };
}

export interface MainOptions {
  engines: readonly EngineInfo[];
  programs: readonly BenchProgram[];
  runs: number;
  nodeArgs?: readonly string[];
  log?: (line: string) => void;
}

/**
 * The main measurement: `runs` rounds; in each, every program once on every engine, the engine
 * order rotated from program to program and round to round (A/B interleaving, so that a slow
 * phase of the machine does not land on one engine). A cell stops after a timeout, an error or a
 * wrong result; a slow engine stops after its own number of runs.
 */
export function runMain(options: MainOptions): Cell[] {
  const { engines, programs, runs } = options;
  const log = options.log ?? (() => {});
  const cells = new Map<string, Cell>();
  const done = new Set<string>();
  const key = (p: string, e: string) => `${p}\u0000${e}`;
  for (const p of programs) {
    for (const e of engines) {
      const cell: Cell = { program: p.name, engine: e.name, status: e.status === 'missing' ? 'missing' : 'pending', samples: [] };
      if (e.status === 'missing') {
        cell.error = e.reason;
        done.add(key(p.name, e.name));
      } else if (p.expected === undefined) {
        cell.status = 'error';
        cell.error = 'the program states no expected __result';
        done.add(key(p.name, e.name));
      }
      cells.set(key(p.name, e.name), cell);
    }
  }
  for (let round = 0; round < runs; round++) {
    programs.forEach((p, pi) => {
      const expected = p.expected === undefined ? undefined : parseExpectedValue(p.expected);
      const n = engines.length;
      for (let j = 0; j < n; j++) {
        const e = engines[(j + round + pi) % n];
        const k = key(p.name, e.name);
        if (done.has(k) || round >= e.runs) continue;
        const cell = cells.get(k)!;
        const outcome = spawnMeasurement({ engine: e.name, file: p.file }, { timeoutMs: e.timeoutMs, nodeArgs: options.nodeArgs });
        if (recordOutcome(cell, outcome, expected)) done.add(k);
        log(`[${round + 1}/${runs}] ${p.name} ${e.name}: ${describeOutcome(outcome)}${cell.status === 'wrong' ? ` (${cell.error})` : ''}`);
      }
    });
  }
  return [...cells.values()];
}

export function describeOutcome(o: RunOutcome): string {
  switch (o.kind) {
    case 'ok': return `${o.sample.ms.toFixed(1)} ms (cpu ${o.sample.cpuMs.toFixed(1)} ms, ${o.sample.rssMB.toFixed(0)} MB)`;
    case 'timeout': return `timeout after ${o.timeoutMs / 1000}s`;
    case 'load-failed': return `load failed: ${o.error}`;
    case 'error': return `error: ${o.error}`;
  }
}
