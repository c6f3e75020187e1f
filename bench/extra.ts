/**
 * The extra measurements (`--extra`): cold start, the cost of a fuel limit, and scaling with size.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT } from './engine';
import { describeOutcome, metricOf, spawnMeasurement, type Metric, type RunOutcome } from './harness';
import { findSizeConstant, parseExpectedValue, resultMatches, showValue, type BenchProgram } from './programs';
import { markdownTable } from './report';
import { formatNumber, formatPercent, formatRatio, geomean, median } from './stats';

export interface ColdStartRow { name: string; command: string; medianMs: number; minMs: number; error?: string }
export interface FuelRow { program: string; noneMs?: number; fuelMs?: number; overheadPct?: number; error?: string }
export interface ScalingRow {
  program: string;
  factor: number;
  native1?: number; nativeK?: number; ouro1?: number; ouroK?: number;
  ratio1?: number; ratioK?: number;
  /** ratioK / ratio1 - 1, in percent: positive when ouro falls further behind at the larger size. */
  ratioGrowthPct?: number;
  error?: string;
}
/** `metric`: whether the fuel and scaling times are wall or CPU milliseconds (older results: wall). */
export interface ExtraResults { coldStart?: ColdStartRow[]; fuel?: { fuel: number; metric?: Metric; rows: FuelRow[] }; scaling?: { factor: number; metric?: Metric; rows: ScalingRow[] } }

export type Log = (line: string) => void;

/** Whole-process time of a command: spawned `runs` times, interleaved with the others. */
export function coldStart(runs: number, log: Log): ColdStartRow[] {
  const node = process.execPath;
  const engineOnly = `require(${JSON.stringify(path.join(ROOT, 'dist'))}).createRealm().evaluate('1+1')`;
  const commands: { name: string; argv: string[]; shown: string }[] = [
    { name: 'native', argv: ['-e', '1+1'], shown: 'node -e 1+1' },
    { name: 'ouro (CLI)', argv: [path.join(ROOT, 'bin', 'ouro.js'), '-e', '1+1'], shown: 'node bin/ouro.js -e 1+1' },
    { name: 'ouro (engine only)', argv: ['-e', engineOnly], shown: "node -e \"require('./dist').createRealm().evaluate('1+1')\"" },
  ];
  const times: number[][] = commands.map(() => []);
  const errors: (string | undefined)[] = commands.map(() => undefined);
  for (let r = 0; r < runs; r++) {
    commands.forEach((_, j) => {
      const i = (j + r) % commands.length;
      const c = commands[i];
      const t0 = process.hrtime.bigint();
      const res = spawnSync(node, c.argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (res.status !== 0) errors[i] = `exit ${res.status}: ${(res.stderr || '').trim().split('\n').slice(-1)[0] ?? ''}`;
      else times[i].push(ms);
    });
  }
  const rows = commands.map((c, i) => ({ name: c.name, command: c.shown, medianMs: median(times[i]), minMs: Math.min(...times[i]), error: errors[i] }));
  for (const r of rows) log(`cold start ${r.name}: ${formatNumber(r.medianMs)} ms${r.error ? ` (${r.error})` : ''}`);
  return rows;
}

function okMs(o: RunOutcome, expected: unknown, metric: Metric): number | string {
  if (o.kind !== 'ok') return describeOutcome(o);
  if (!resultMatches(o.result, expected)) return `wrong __result ${showValue(o.result)}, expected ${showValue(expected)}`;
  return metricOf(o.sample, metric);
}

/** ouro with `fuel` vs without, interleaved, per program. */
export function fuelOverhead(programs: readonly BenchProgram[], runs: number, fuel: number, timeoutMs: number, log: Log, metric: Metric = 'wall'): FuelRow[] {
  return programs.map((p) => {
    const expected = p.expected === undefined ? undefined : parseExpectedValue(p.expected);
    const none: number[] = [], limited: number[] = [];
    for (let r = 0; r < runs; r++) {
      for (const withFuel of r % 2 === 0 ? [false, true] : [true, false]) {
        const o = spawnMeasurement({ engine: 'ouro', file: p.file, fuel: withFuel ? fuel : undefined }, { timeoutMs });
        const ms = okMs(o, expected, metric);
        if (typeof ms === 'string') {
          log(`fuel ${p.name} ${withFuel ? 'fuel' : 'none'}: ${ms}`);
          return { program: p.name, error: ms };
        }
        (withFuel ? limited : none).push(ms);
      }
    }
    const noneMs = median(none), fuelMs = median(limited);
    const row = { program: p.name, noneMs, fuelMs, overheadPct: (fuelMs / noneMs - 1) * 100 };
    log(`fuel ${p.name}: ${formatNumber(noneMs)} ms without, ${formatNumber(fuelMs)} ms with (${formatPercent(row.overheadPct)})`);
    return row;
  });
}

/**
 * Each program at its own size and at `factor` times it (its size constant multiplied, see
 * programs.ts findSizeConstant), on native and ouro, interleaved. The 1× run is checked against the
 * stated checksum; the larger one against native's result at the same size.
 */
export function scaling(programs: readonly BenchProgram[], runs: number, factor: number, timeoutMs: number, log: Log, metric: Metric = 'wall'): ScalingRow[] {
  return programs.map((p): ScalingRow => {
    if (!findSizeConstant(p.source)) return { program: p.name, factor, error: 'no size constant found' };
    const expected1 = p.expected === undefined ? undefined : parseExpectedValue(p.expected);
    const t: Record<string, number[]> = { native1: [], nativeK: [], ouro1: [], ouroK: [] };
    const plan = [['native', 1], ['ouro', 1], ['native', factor], ['ouro', factor]] as const;
    let expectedK: unknown;
    let haveExpectedK = false;
    for (let r = 0; r < runs; r++) {
      // native at the larger size first in every round: its result is the expected one for ouro.
      const order = r % 2 === 0 ? [2, 0, 3, 1] : [2, 1, 3, 0];
      for (const i of order) {
        const [engine, scale] = plan[i];
        const o = spawnMeasurement({ engine, file: p.file, scale }, { timeoutMs });
        let expected = scale === 1 ? expected1 : expectedK;
        if (engine === 'native' && scale !== 1 && o.kind === 'ok') {
          if (!haveExpectedK) { expectedK = o.result; haveExpectedK = true; }
          expected = expectedK;
        }
        const ms = okMs(o, expected, metric);
        if (typeof ms === 'string') {
          log(`scaling ${p.name} ${engine} ${scale}×: ${ms}`);
          return { program: p.name, factor, error: `${engine} at ${scale}×: ${ms}` };
        }
        t[`${engine}${scale === 1 ? '1' : 'K'}`].push(ms);
      }
    }
    const native1 = median(t.native1), nativeK = median(t.nativeK), ouro1 = median(t.ouro1), ouroK = median(t.ouroK);
    const ratio1 = ouro1 / native1, ratioK = ouroK / nativeK;
    const row = { program: p.name, factor, native1, nativeK, ouro1, ouroK, ratio1, ratioK, ratioGrowthPct: (ratioK / ratio1 - 1) * 100 };
    log(`scaling ${p.name}: ratio ${formatRatio(ratio1)} at 1×, ${formatRatio(ratioK)} at ${factor}×`);
    return row;
  });
}

/** The extra sections as markdown. */
export function extraMarkdown(extra: ExtraResults): string[] {
  const out: string[] = [];
  if (extra.coldStart) {
    const base = extra.coldStart.find((r) => r.name === 'native')?.medianMs;
    out.push('## Cold start', '', 'Whole-process wall time of evaluating `1+1` (node start, module load, realm creation, evaluation, exit), median of the runs.', '');
    out.push(markdownTable(['command', 'median ms', 'min ms', 'vs node'], extra.coldStart.map((r) => [
      `\`${r.command}\``, r.error ? `error: ${r.error}` : formatNumber(r.medianMs), formatNumber(r.minMs),
      base !== undefined && !r.error ? `+${formatNumber(r.medianMs - base)} ms` : '–',
    ])), '');
  }
  if (extra.fuel) {
    const ok = extra.fuel.rows.filter((r) => r.overheadPct !== undefined);
    const gm = geomean(ok.map((r) => r.fuelMs! / r.noneMs!));
    out.push('## Cost of a fuel limit', '', `ouro with \`fuel: ${extra.fuel.fuel}\` against no limit (median ${extra.fuel.metric === 'cpu' ? 'CPU' : 'wall'} time of the evaluation, ms).`, '');
    out.push(markdownTable(['program', 'no limit (ms)', 'with fuel (ms)', 'overhead'], [
      ...extra.fuel.rows.map((r) => [r.program, ...(r.error ? [r.error, '', ''] : [formatNumber(r.noneMs!), formatNumber(r.fuelMs!), formatPercent(r.overheadPct!)])]),
      ['**geometric mean**', '', '', ok.length ? formatPercent((gm - 1) * 100) : '–'],
    ]), '');
  }
  if (extra.scaling) {
    const k = extra.scaling.factor;
    const ok = extra.scaling.rows.filter((r) => r.ratioGrowthPct !== undefined);
    out.push('## Scaling with size', '', `Each program at its size (1×) and with its size constant multiplied by ${k} (${k}×); ouro's ratio to native at both ` +
      `(median ${extra.scaling.metric === 'cpu' ? 'CPU' : 'wall'} times of the evaluation, ms). ` +
      'A growing ratio means ouro slows down more than native as the program grows.', '');
    out.push(`"native growth" and "ouro growth" are each engine's time at ${k}× over its time at 1× (${k}× is proportional). ` +
      `native often grows less than ${k}× because its JIT warm-up is a smaller share of a longer run, which raises the ratio ` +
      `even when ouro is exactly proportional: look at ouro's own growth first.`, '');
    const gm = (f: (r: ScalingRow) => number) => (ok.length ? geomean(ok.map(f)) : NaN);
    out.push(markdownTable(['program', 'native 1× ms', `native ${k}× ms`, 'native growth', 'ouro 1× ms', `ouro ${k}× ms`, 'ouro growth', 'ratio 1×', `ratio ${k}×`, 'ratio change'], [
      ...extra.scaling.rows.map((r) => r.error ? [r.program, r.error, '', '', '', '', '', '', '', ''] : [
        r.program, formatNumber(r.native1!), formatNumber(r.nativeK!), `${(r.nativeK! / r.native1!).toFixed(2)}×`,
        formatNumber(r.ouro1!), formatNumber(r.ouroK!), `${(r.ouroK! / r.ouro1!).toFixed(2)}×`,
        formatRatio(r.ratio1!), formatRatio(r.ratioK!), formatPercent(r.ratioGrowthPct!),
      ]),
      ['**geometric mean**', '', '', `${gm((r) => r.nativeK! / r.native1!).toFixed(2)}×`, '', '', `${gm((r) => r.ouroK! / r.ouro1!).toFixed(2)}×`,
        ok.length ? formatRatio(gm((r) => r.ratio1!)) : '–', ok.length ? formatRatio(gm((r) => r.ratioK!)) : '–',
        ok.length ? formatPercent((gm((r) => r.ratioK! / r.ratio1!) - 1) * 100) : '–'],
    ]), '');
  }
  return out;
}
