/**
 * Output: the markdown tables (ratios to native, then time, CPU, memory and load details) and the
 * SVG bar chart of the ratios (log scale, one group per program plus the geometric mean).
 */
import { cellRatio, geomeanRatio, type Cell, type EngineInfo, type Metric, type Ratio } from './harness';
import type { ExtraResults } from './extra';
import { formatNumber, formatRatio, formatTimeout, geomean } from './stats';

export interface BenchResults {
  command: string;
  date: string;
  node: string;
  machine: { cpus: number; model: string; loadavg: number[]; platform: string };
  runs: number;
  metric: Metric;
  engines: EngineInfo[];
  programs: { name: string; file: string; expected: string | undefined }[];
  cells: Cell[];
  extra?: ExtraResults;
}

export function findCell(results: BenchResults, program: string, engine: string): Cell | undefined {
  return results.cells.find((c) => c.program === program && c.engine === engine);
}

/** The engines compared against native (every engine but native, in the results' order). */
function peers(results: BenchResults): EngineInfo[] {
  return results.engines.filter((e) => e.name !== 'native');
}

/** The text of a ratio cell. */
export function ratioCellText(cell: Cell | undefined, ratio: Ratio | undefined): string {
  if (!cell) return '';
  switch (cell.status) {
    case 'ok': return ratio ? formatRatio(ratio.value) : 'ok';
    case 'timeout': return cell.timeoutMs !== undefined ? formatTimeout(cell.timeoutMs) : 'timeout';
    case 'wrong': return 'wrong';
    case 'missing': return 'missing';
    // ES5-only engines reject later syntax: say so rather than a bare 'error'.
    case 'error': return /^SyntaxError\b/.test(cell.error ?? '') ? 'SyntaxError' : 'error';
    case 'pending': return '';
  }
}

/** A markdown table from a header and rows (first column left-aligned, the others right-aligned). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n');
}

/** The main table: one row per program, the native time then every peer's ratio; geometric means last. */
export function ratioTable(results: BenchResults, metricOverride?: Metric): string {
  if (metricOverride !== undefined && metricOverride !== results.metric) results = { ...results, metric: metricOverride };
  const engines = peers(results);
  const metricName = results.metric === 'wall' ? 'ms' : 'CPU ms';
  const header = ['program', `native (${metricName})`, ...engines.map((e) => e.name)];
  const rows: string[][] = [];
  for (const p of results.programs) {
    const nativeCell = findCell(results, p.name, 'native');
    const nativeText = nativeCell?.status === 'ok' && nativeCell.median
      ? formatNumber(results.metric === 'wall' ? nativeCell.median.ms : nativeCell.median.cpuMs)
      : ratioCellText(nativeCell, undefined) || '–';
    rows.push([p.name, nativeText, ...engines.map((e) => {
      const c = findCell(results, p.name, e.name);
      return ratioCellText(c, cellRatio(c, nativeCell, results.metric));
    })]);
  }
  const gm = (programs: readonly string[]) => engines.map((e) => {
    const g = geomeanRatio(programs.map((p) => cellRatio(findCell(results, p, e.name), findCell(results, p, 'native'), results.metric)));
    if (g.count === 0) return '–';
    const partial = g.count < programs.length ? ` (${g.count}/${programs.length})` : '';
    return `${g.lowerBound ? '>' : ''}${formatRatio(g.value)}${partial}`;
  });
  const names = results.programs.map((p) => p.name);
  rows.push(['**geometric mean**', '', ...gm(names)]);
  // Engines fail on different programs (ES5-only ones on classes, generators...): a second mean
  // over the programs that every available engine ran makes the columns comparable.
  const available = engines.filter((e) => e.status === 'ok');
  const common = names.filter((p) => available.every((e) => {
    const c = findCell(results, p, e.name);
    return c !== undefined && (c.status === 'ok' || c.status === 'timeout');
  }) && findCell(results, p, 'native')?.status === 'ok');
  if (common.length > 0 && common.length < names.length && available.length > 1) {
    rows.push([`geometric mean, the ${common.length} programs all ran`, '', ...gm(common)]);
  }
  return markdownTable(header, rows);
}

/** A details table: one measure of every engine (native included), per program. */
export function detailTable(results: BenchResults, pick: (c: Cell) => number | undefined): string {
  const header = ['program', ...results.engines.map((e) => e.name)];
  const rows = results.programs.map((p) => [p.name, ...results.engines.map((e) => {
    const c = findCell(results, p.name, e.name);
    if (!c) return '';
    if (c.status !== 'ok') return ratioCellText(c, undefined);
    const v = pick(c);
    return v === undefined ? '–' : formatNumber(v);
  })]);
  return markdownTable(header, rows);
}

/**
 * `subject` against every other engine: subject's median over the peer's median, per program
 * (above 1: the subject is slower), with the geometric mean over the programs both ran.
 */
export function versusTable(results: BenchResults, subject: string): string {
  const others = peers(results).filter((e) => e.name !== subject && e.status === 'ok');
  const pick = (c: Cell | undefined) => (c?.status === 'ok' && c.median ? (results.metric === 'wall' ? c.median.ms : c.median.cpuMs) : undefined);
  const perPeer = others.map(() => [] as number[]);
  const rows = results.programs.map((p) => {
    const mine = pick(findCell(results, p.name, subject));
    return [p.name, ...others.map((e, i) => {
      const c = findCell(results, p.name, e.name);
      const theirs = pick(c);
      if (mine === undefined) return '–';
      if (theirs === undefined) return c?.status === 'timeout' ? `<${formatRatio(mine / (c.timeoutMs ?? Infinity))}` : ratioCellText(c, undefined) || '–';
      perPeer[i].push(mine / theirs);
      return formatRatio(mine / theirs);
    })];
  });
  rows.push(['**geometric mean**', ...perPeer.map((xs) => (xs.length ? `${formatRatio(geomean(xs))} (${xs.length})` : '–'))]);
  return markdownTable(['program', ...others.map((e) => `÷ ${e.name}`)], rows);
}

/** The notes under the tables: every error, wrong result and missing engine, grouped by message. */
export function problemNotes(results: BenchResults): string[] {
  const notes: string[] = [];
  for (const e of results.engines) {
    if (e.status === 'missing') {
      notes.push(`- ${e.name}: missing (${e.reason ?? 'not installed'})`);
      continue;
    }
    const byMessage = new Map<string, string[]>();
    for (const c of results.cells) {
      if (c.engine !== e.name || (c.status !== 'error' && c.status !== 'wrong' && c.status !== 'missing')) continue;
      const msg = `${c.status}: ${c.error ?? ''}`;
      byMessage.set(msg, [...(byMessage.get(msg) ?? []), c.program]);
    }
    for (const [msg, programs] of byMessage) notes.push(`- ${e.name} on ${programs.join(', ')}: ${msg}`);
  }
  return notes;
}

/** The whole markdown report. */
export function markdownReport(results: BenchResults, extraSections: string[] = []): string {
  const out: string[] = [];
  out.push('# ouro benchmark results', '');
  out.push('```', results.command, '```', '');
  out.push(`${results.date}; ${results.node}; ${results.machine.cpus} × ${results.machine.model}; ` +
    `load average at start ${results.machine.loadavg.map((x) => x.toFixed(1)).join(' ')}.`, '');
  if (results.cells.length > 0) {
    const what = results.metric === 'wall' ? 'wall time' : 'CPU time';
    out.push(`## Slowdown against native V8`, '');
    out.push(`Median ${what} of evaluating each program (parse + run, package load and realm creation excluded), ` +
      `each run in a fresh process, as a multiple of native's median ${what}; native's own median in the second column. ` +
      `Runs per engine: ${results.engines.map((e) => `${e.name} ${e.runs}`).join(', ')}.`, '');
    out.push(ratioTable(results), '');
    const notes = problemNotes(results);
    if (notes.length > 0) out.push(...notes, '');
    const other: Metric = results.metric === 'wall' ? 'cpu' : 'wall';
    out.push(`The same by ${other === 'cpu' ? 'CPU time (user + system of the child process during the evaluation; steadier than wall time on a busy machine, but it also counts GC helper threads)' : 'wall time'}:`, '');
    out.push(ratioTable(results, other), '');
    if (results.engines.some((e) => e.name === 'ouro' && e.status === 'ok') && peers(results).length > 1) {
      out.push('## ouro against each engine', '', `ouro's median ${what} divided by the other engine's, per program: above 1× ouro is slower, below 1× faster. ` +
        'The geometric mean is over the programs both ran (their count in parentheses).', '');
      out.push(versusTable(results, 'ouro'), '');
    }
    out.push('Engines:', '');
    for (const e of results.engines) out.push(`- **${e.name}** ${e.version ? `(${e.version})` : ''}: ${e.description}`);
    out.push('');
    out.push('## Median evaluation time (ms)', '', detailTable(results, (c) => c.median?.ms), '');
    out.push('## Median CPU time of the evaluation (ms)', '', detailTable(results, (c) => c.median?.cpuMs), '');
    out.push('## Peak RSS of the process (MB, package load included)', '', detailTable(results, (c) => c.median?.rssMB), '');
    out.push('## Load time: package + fresh realm/context (ms, not part of the evaluation)', '', detailTable(results, (c) => c.median?.loadMs), '');
  }
  out.push(...extraSections);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

// ---- SVG ----

const COLORS: Record<string, string> = {
  ouro: '#d62728', quickjs: '#1f77b4', sval: '#2ca02c', eval5: '#9467bd', 'js-interpreter': '#ff7f0e', engine262: '#7f7f7f',
};
const FALLBACK_COLORS = ['#17becf', '#bcbd22', '#e377c2', '#8c564b'];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The bar chart: x = programs (then the geometric mean), one bar per engine, y = slowdown against
 * native on a log scale. A timeout is a hatched bar up to its lower bound marked `>`; an error or
 * wrong result is an `×` on the axis; a missing engine has no bars.
 */
export function svgChart(results: BenchResults): string {
  const engines = peers(results);
  const groups = [...results.programs.map((p) => p.name), 'geometric mean'];
  type Bar = { engine: string; ratio?: Ratio; status: string };
  const data: Bar[][] = groups.map((g, gi) => engines.map((e) => {
    if (gi === results.programs.length) {
      const gm = geomeanRatio(results.programs.map((p) => cellRatio(findCell(results, p.name, e.name), findCell(results, p.name, 'native'), results.metric)));
      return { engine: e.name, ratio: gm.count > 0 ? { value: gm.value, lowerBound: gm.lowerBound } : undefined, status: gm.count > 0 ? 'ok' : 'none' };
    }
    const c = findCell(results, g, e.name);
    return { engine: e.name, ratio: cellRatio(c, findCell(results, g, 'native'), results.metric), status: c?.status ?? 'none' };
  }));
  const values = data.flat().map((b) => b.ratio?.value).filter((v): v is number => v !== undefined && v > 0);
  const lo = Math.min(0, Math.floor(Math.log10(Math.min(1, ...values))));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(10, ...values))));

  const barW = 9, gap = 18, left = 70, top = 70, plotH = 360, bottom = 120;
  const groupW = Math.max(1, engines.length) * barW + gap;
  const width = Math.max(820, left + groups.length * groupW + 30);
  const height = top + plotH + bottom;
  const y = (v: number) => top + plotH - ((Math.log10(v) - lo) / (hi - lo)) * plotH;
  const color = (name: string, i: number) => COLORS[name] ?? FALLBACK_COLORS[i % FALLBACK_COLORS.length];

  const o: string[] = [];
  o.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`);
  o.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  o.push('<defs>');
  engines.forEach((e, i) => o.push(`<pattern id="hatch-${i}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#fff"/><rect width="2" height="4" fill="${color(e.name, i)}"/></pattern>`));
  o.push('</defs>');
  const what = results.metric === 'wall' ? 'evaluation time' : 'CPU time';
  o.push(`<text x="${left}" y="22" font-size="15" font-weight="bold">Slowdown against native V8 (${what}, log scale; lower is better)</text>`);
  o.push(`<text x="${left}" y="38" fill="#555">median of up to ${results.runs} runs per engine, each in a fresh process; ${esc(results.node)}; ${esc(results.date.slice(0, 10))}; ` +
    'hatched: timeout (bar = lower bound); ×: error or wrong result</text>');
  // Legend.
  let lx = left;
  engines.forEach((e, i) => {
    const label = e.status === 'missing' ? `${e.name} (missing)` : e.name;
    o.push(`<rect x="${lx}" y="50" width="10" height="10" fill="${color(e.name, i)}"/><text x="${lx + 14}" y="59">${esc(label)}</text>`);
    lx += 22 + label.length * 6.2;
  });
  // Axis and grid.
  for (let d = lo; d <= hi; d++) {
    const v = 10 ** d;
    const yy = y(v).toFixed(1);
    o.push(`<line x1="${left}" x2="${width - 20}" y1="${yy}" y2="${yy}" stroke="${d === 0 ? '#000' : '#ddd'}"/>`);
    o.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${esc(formatRatio(v).replace('.0×', '×'))}</text>`);
  }
  o.push(`<text transform="translate(18 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">× native</text>`);
  // Bars.
  data.forEach((bars, gi) => {
    const gx = left + gi * groupW + gap / 2;
    if (gi === results.programs.length) o.push(`<rect x="${gx - gap / 4}" y="${top}" width="${groupW - gap / 2}" height="${plotH}" fill="#f3f3f3"/>`);
    bars.forEach((b, i) => {
      const x = gx + i * barW;
      const base = y(10 ** lo);
      if (b.ratio) {
        const yt = y(Math.max(b.ratio.value, 10 ** lo));
        const fill = b.ratio.lowerBound ? `url(#hatch-${i})` : color(b.engine, i);
        const label = `${groups[gi]} · ${b.engine}: ${b.ratio.lowerBound ? '>' : ''}${formatRatio(b.ratio.value)}`;
        o.push(`<rect x="${x}" y="${yt.toFixed(1)}" width="${barW - 1}" height="${(base - yt).toFixed(1)}" fill="${fill}" stroke="${b.ratio.lowerBound ? color(b.engine, i) : 'none'}" stroke-width="0.5"><title>${esc(label)}</title></rect>`);
        if (b.ratio.lowerBound) o.push(`<text x="${x + barW / 2 - 0.5}" y="${(yt - 2).toFixed(1)}" text-anchor="middle" font-size="9">&gt;</text>`);
      } else if (b.status === 'error' || b.status === 'wrong') {
        o.push(`<text x="${x + barW / 2 - 0.5}" y="${(base - 2).toFixed(1)}" text-anchor="middle" font-size="10" fill="${color(b.engine, i)}">×<title>${esc(`${groups[gi]} · ${b.engine}: ${b.status}`)}</title></text>`);
      }
    });
    const lxg = gx + (bars.length * barW) / 2;
    o.push(`<text transform="translate(${lxg.toFixed(1)} ${top + plotH + 12}) rotate(-45)" text-anchor="end"${gi === results.programs.length ? ' font-weight="bold"' : ''}>${esc(groups[gi])}</text>`);
  });
  o.push('</svg>');
  return o.join('\n') + '\n';
}
