/**
 * `npm run bench -- [options] [programs...]`: ouro against native V8 and the JS-in-JS peers.
 * See bench/README.md for what is measured and how to read it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ENGINES, ROOT } from './engine';
import { coldStart, extraMarkdown, fuelOverhead, scaling, type ExtraResults } from './extra';
import { probeEngine, runMain, type EngineInfo, type Metric } from './harness';
import { discoverPrograms } from './programs';
import { markdownReport, ratioTable, problemNotes, svgChart, type BenchResults } from './report';

const USAGE = `usage: npm run bench -- [options] [programs...]

  programs                 names (fib, regex...) or paths of .js files; default: every program in
                           ../shared/bench-programs and bench/programs
  --engines a,b,...        default: ${ENGINES.map((e) => e.name).join(',')} (native is always added)
  --runs N                 runs per (program, engine), each in a fresh process (default 5)
  --timeout S              per-run timeout in seconds (default 120)
  --slow-runs N            runs for slow engines (engine262) (default 1)
  --slow-timeout S         per-run timeout for slow engines (default 60)
  --metric wall|cpu        what the ratios compare (default wall)
  --json FILE              write every measurement as JSON
  --svg FILE|none          the ratio chart (default bench/results/latest.svg)
  --md FILE|none           the markdown report (default bench/results/latest.md)
  --extra[=cold,fuel,scaling]  also measure cold start, fuel-limit overhead, scaling (default: all three)
  --extra-only             only the extra measurements
  --fuel N                 the fuel limit of the fuel measurement (default 1e12)
  --scale-factor K         the larger size of the scaling measurement (default 2)
  --merge FILE             with --extra-only: put these extra measurements into FILE's results (a --json
                           file), keeping its main table, and rewrite FILE, the markdown and the SVG
  --render FILE            no measuring: rewrite the markdown/SVG (and stdout table) from a --json file
  --node-args "..."        extra node flags for every measured child (e.g. "--cpu-prof --cpu-prof-dir=prof")
  --quiet                  no progress lines on stderr
`;

export interface CliOptions {
  engines: string[];
  runs: number;
  timeoutMs: number;
  slowRuns: number;
  slowTimeoutMs: number;
  metric: Metric;
  json?: string;
  svg?: string;
  md?: string;
  extra: Set<'cold' | 'fuel' | 'scaling'>;
  extraOnly: boolean;
  fuel: number;
  scaleFactor: number;
  nodeArgs: string[];
  render?: string;
  merge?: string;
  quiet: boolean;
  programs: string[];
}

export function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  const o: CliOptions = {
    engines: ENGINES.map((e) => e.name), runs: 5, timeoutMs: 120_000, slowRuns: 1, slowTimeoutMs: 60_000, metric: 'wall',
    svg: path.join(ROOT, 'bench', 'results', 'latest.svg'), md: path.join(ROOT, 'bench', 'results', 'latest.md'),
    extra: new Set(), extraOnly: false, fuel: 1e12, scaleFactor: 2, nodeArgs: [], quiet: false, programs: [],
  };
  const args = [...argv];
  const value = (flag: string, inline: string | undefined): string => {
    const v = inline ?? args.shift();
    if (v === undefined) throw new Error(`${flag} needs a value`);
    return v;
  };
  const positive = (flag: string, v: string): number => {
    const n = Number(v);
    if (!(n > 0) || !Number.isFinite(n)) throw new Error(`${flag}: not a positive number: ${v}`);
    return n;
  };
  while (args.length > 0) {
    const a = args.shift()!;
    if (!a.startsWith('--')) {
      o.programs.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const flag = eq < 0 ? a : a.slice(0, eq);
    const inline = eq < 0 ? undefined : a.slice(eq + 1);
    switch (flag) {
      case '--help': return 'help';
      case '--engines': o.engines = value(flag, inline).split(',').map((s) => s.trim()).filter(Boolean); break;
      case '--runs': o.runs = Math.round(positive(flag, value(flag, inline))); break;
      case '--timeout': o.timeoutMs = positive(flag, value(flag, inline)) * 1000; break;
      case '--slow-runs': o.slowRuns = Math.round(positive(flag, value(flag, inline))); break;
      case '--slow-timeout': o.slowTimeoutMs = positive(flag, value(flag, inline)) * 1000; break;
      case '--metric': {
        const m = value(flag, inline);
        if (m !== 'wall' && m !== 'cpu') throw new Error(`--metric: wall or cpu, not ${m}`);
        o.metric = m;
        break;
      }
      case '--json': o.json = value(flag, inline); break;
      case '--svg': { const v = value(flag, inline); o.svg = v === 'none' ? undefined : v; break; }
      case '--md': { const v = value(flag, inline); o.md = v === 'none' ? undefined : v; break; }
      case '--extra':
      case '--extra-only': {
        const parts = (inline ?? 'cold,fuel,scaling').split(',').map((s) => s.trim());
        for (const p of parts) {
          if (p !== 'cold' && p !== 'fuel' && p !== 'scaling') throw new Error(`${flag}: cold, fuel or scaling, not ${p}`);
          o.extra.add(p);
        }
        if (flag === '--extra-only') o.extraOnly = true;
        break;
      }
      case '--fuel': o.fuel = positive(flag, value(flag, inline)); break;
      case '--scale-factor': o.scaleFactor = positive(flag, value(flag, inline)); break;
      case '--node-args': o.nodeArgs = value(flag, inline).split(/\s+/).filter(Boolean); break;
      case '--render': o.render = value(flag, inline); break;
      case '--merge': o.merge = value(flag, inline); break;
      case '--quiet': o.quiet = true; break;
      default: throw new Error(`unknown option ${a}`);
    }
  }
  if (o.merge !== undefined && !o.extraOnly) throw new Error('--merge needs --extra-only');
  if (!o.engines.includes('native')) o.engines.unshift('native');
  // Column order: native first, then as given.
  o.engines = ['native', ...o.engines.filter((e) => e !== 'native')];
  for (const e of o.engines) {
    if (!ENGINES.some((x) => x.name === e)) throw new Error(`unknown engine '${e}' (known: ${ENGINES.map((x) => x.name).join(', ')})`);
  }
  return o;
}

function main(argv: string[]): number {
  let options: CliOptions | 'help';
  try {
    options = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const o = options;
  const log = o.quiet ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
  if (o.render !== undefined) return render(o, log);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'bench', 'child.js'))) {
    process.stderr.write('bench: dist/bench/child.js not built; run `npm run build`\n');
    return 2;
  }
  let programs;
  try {
    programs = discoverPrograms(o.programs, undefined, (m) => log(`bench: ${m}`));
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n`);
    return 2;
  }
  if (programs.length === 0) {
    process.stderr.write('bench: no programs\n');
    return 2;
  }
  const cpus = os.cpus();
  const results: BenchResults = {
    command: `npm run bench -- ${argv.join(' ')}`.trimEnd(),
    date: new Date().toISOString(),
    node: `node ${process.version}`,
    machine: { cpus: cpus.length, model: (cpus[0]?.model ?? 'unknown cpu').replace(/\s+/g, ' ').trim(), loadavg: os.loadavg(), platform: `${os.platform()} ${os.arch()}` },
    runs: o.runs,
    metric: o.metric,
    engines: [],
    programs: programs.map((p) => ({ name: p.name, file: path.relative(ROOT, p.file), expected: p.expected })),
    cells: [],
  };

  if (!o.extraOnly) {
    const engines: EngineInfo[] = o.engines.map((name) => {
      const slow = ENGINES.find((e) => e.name === name)!.slow === true;
      const info = probeEngine(name, slow ? Math.min(o.slowRuns, o.runs) : o.runs, slow ? o.slowTimeoutMs : o.timeoutMs, o.nodeArgs);
      log(`engine ${name}: ${info.status === 'ok' ? info.version : `missing (${info.reason})`}`);
      return info;
    });
    results.engines = engines;
    results.cells = runMain({ engines, programs, runs: o.runs, nodeArgs: o.nodeArgs, log });
  }

  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, text);
    log(`bench: wrote ${file}`);
  };
  const extra: ExtraResults = {};
  /** Writes the files; called after the main measurement and again after the extras, so a long run keeps what it has. */
  const writeFiles = () => {
    if (o.extra.size > 0) results.extra = extra;
    const extraSections = extraMarkdown(extra);
    if (o.json) write(o.json, `${JSON.stringify(results, null, 2)}\n`);
    if (o.svg && !o.extraOnly) write(o.svg, svgChart(results));
    if (o.md) write(o.md, markdownReport(results, extraSections));
  };
  if (!o.extraOnly) {
    process.stdout.write(`\n${ratioTable(results)}\n\n`);
    const notes = problemNotes(results);
    if (notes.length) process.stdout.write(`${notes.join('\n')}\n\n`);
    if (o.extra.size > 0) writeFiles();
  }
  if (o.extra.has('cold')) extra.coldStart = coldStart(10, log);
  if (o.extra.has('fuel')) extra.fuel = { fuel: o.fuel, metric: o.metric, rows: fuelOverhead(programs, o.runs, o.fuel, o.timeoutMs, log, o.metric) };
  if (o.extra.has('scaling')) extra.scaling = { factor: o.scaleFactor, metric: o.metric, rows: scaling(programs, o.runs, o.scaleFactor, o.timeoutMs, log, o.metric) };
  if (o.merge !== undefined) return merge(o, results, extra, write);
  const extraSections = extraMarkdown(extra);
  if (extraSections.length) process.stdout.write(`${extraSections.join('\n')}\n`);
  writeFiles();
  return 0;
}

/** --merge: the extras just measured replace those of a saved results file; both command lines are kept. */
function merge(o: CliOptions, fresh: BenchResults, extra: ExtraResults, write: (file: string, text: string) => void): number {
  const base = JSON.parse(fs.readFileSync(o.merge!, 'utf8')) as BenchResults;
  base.extra = { ...(base.extra ?? {}), ...extra };
  base.command = `${base.command}\n${fresh.command}`;
  const extraSections = extraMarkdown(base.extra);
  if (extraSections.length) process.stdout.write(`${extraSections.join('\n')}\n`);
  write(o.json ?? o.merge!, `${JSON.stringify(base, null, 2)}\n`);
  if (o.svg && base.cells.length > 0) write(o.svg, svgChart(base));
  if (o.md) write(o.md, markdownReport(base, extraSections));
  return 0;
}

/** --render: the report files again from a results JSON (e.g. after a change to the report's layout). */
function render(o: CliOptions, log: (line: string) => void): number {
  const results = JSON.parse(fs.readFileSync(o.render!, 'utf8')) as BenchResults;
  const extraSections = extraMarkdown(results.extra ?? {});
  if (results.cells.length > 0) process.stdout.write(`${ratioTable(results)}\n\n`);
  if (extraSections.length) process.stdout.write(`${extraSections.join('\n')}\n`);
  for (const [file, text] of [[o.svg, results.cells.length > 0 ? svgChart(results) : undefined], [o.md, markdownReport(results, extraSections)]] as const) {
    if (file === undefined || text === undefined) continue;
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, text);
    log(`bench: wrote ${file}`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
