/**
 * One measurement, in its own process: `node dist/bench/child.js '<json spec>'`.
 *
 * Loads the engine (its package, then a fresh realm/context: not timed), reads the program, and
 * times only `evaluate(source)`: wall time (hrtime), CPU time (process.cpuUsage delta) and the
 * process's peak RSS afterwards (which includes the package load). Prints one line
 * `@@bench <json>` (a ChildReport) on stdout and exits.
 */
import * as fs from 'fs';
import { findEngine } from './engine';
import { scaleSource } from './programs';

export interface ChildSpec {
  engine: string;
  /** The program file; or `source` inline (the harness's probe and tests). */
  file?: string;
  source?: string;
  /** Multiply the program's size constant by this (scaling measurement). */
  scale?: number;
  /** ouro only: evaluate with this fuel limit. */
  fuel?: number;
}

/** A host value carried through JSON exactly (numbers as text for -0, NaN and Infinity). */
export interface EncodedValue {
  t: 'number' | 'string' | 'boolean' | 'null' | 'undefined' | 'bigint' | 'other';
  v?: string;
}

export type ChildReport =
  | { ok: true; result: EncodedValue; ms: number; cpuMs: number; rssMB: number; loadMs: number }
  | { ok: false; phase: 'load' | 'evaluate' | 'spec'; error: string };

export const REPORT_PREFIX = '@@bench ';

export function encodeValue(v: unknown): EncodedValue {
  if (v === null) return { t: 'null' };
  switch (typeof v) {
    case 'number': return { t: 'number', v: Object.is(v, -0) ? '-0' : String(v) };
    case 'string': return { t: 'string', v };
    case 'boolean': return { t: 'boolean', v: String(v) };
    case 'undefined': return { t: 'undefined' };
    case 'bigint': return { t: 'bigint', v: String(v) };
    default: return { t: 'other', v: Object.prototype.toString.call(v) };
  }
}

export function decodeValue(e: EncodedValue): unknown {
  switch (e.t) {
    case 'number': return Number(e.v);
    case 'string': return e.v;
    case 'boolean': return e.v === 'true';
    case 'null': return null;
    case 'undefined': return undefined;
    case 'bigint': return BigInt(e.v!);
    default: return e.v;
  }
}

function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.split('\n')[0].slice(0, 300);
  return String(e).slice(0, 300);
}

/** Runs one spec in this process and returns its report (exported for the harness's tests). */
export async function measure(spec: ChildSpec): Promise<ChildReport> {
  const adapter = findEngine(spec.engine);
  if (!adapter) return { ok: false, phase: 'spec', error: `unknown engine '${spec.engine}'` };
  let source = spec.source ?? (spec.file !== undefined ? fs.readFileSync(spec.file, 'utf8') : undefined);
  if (source === undefined) return { ok: false, phase: 'spec', error: 'no program' };
  if (spec.scale !== undefined && spec.scale !== 1) {
    const scaled = scaleSource(source, spec.scale);
    if (scaled === undefined) return { ok: false, phase: 'spec', error: 'the program has no size constant' };
    source = scaled;
  }
  const l0 = process.hrtime.bigint();
  let instance;
  try {
    instance = await adapter.load({ fuel: spec.fuel });
  } catch (e) {
    return { ok: false, phase: 'load', error: errorText(e) };
  }
  const loadMs = Number(process.hrtime.bigint() - l0) / 1e6;
  let result: unknown;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  try {
    result = instance.evaluate(source);
    if (result instanceof Promise) result = await result;
  } catch (e) {
    return { ok: false, phase: 'evaluate', error: errorText(e) };
  }
  const t1 = process.hrtime.bigint();
  const cpu = process.cpuUsage(cpu0);
  return {
    ok: true,
    result: encodeValue(result),
    ms: Number(t1 - t0) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
    // maxRSS is in kilobytes.
    rssMB: process.resourceUsage().maxRSS / 1024,
    loadMs,
  };
}

if (require.main === module) {
  let spec: ChildSpec;
  try {
    spec = JSON.parse(process.argv[2] ?? '');
  } catch {
    process.stdout.write(`${REPORT_PREFIX}${JSON.stringify({ ok: false, phase: 'spec', error: 'usage: child.js <json spec>' })}\n`);
    process.exit(2);
  }
  measure(spec).then(
    (report) => {
      process.stdout.write(`${REPORT_PREFIX}${JSON.stringify(report)}\n`, () => process.exit(0));
    },
    (e) => {
      process.stdout.write(`${REPORT_PREFIX}${JSON.stringify({ ok: false, phase: 'evaluate', error: errorText(e) })}\n`, () => process.exit(0));
    },
  );
}
