/**
 * A self-contained HTML report: totals, pass rate per directory with bars, and per directory the
 * failing tests with their messages (expandable, no script needed), then the per-feature table.
 * No external assets.
 */
import type { TestMeta } from './frontmatter';
import type { TestRecord } from './types';
import { byDirectory, byFeature, commonFailures, countRecords, directoryOf, passRate, summaryLine, type Row } from './report';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function bar(r: Row): string {
  const ran = r.pass + r.fail;
  if (ran === 0) return '<div class="bar none" title="nothing ran"></div>';
  const p = (100 * r.pass) / ran;
  return `<div class="bar" title="${p.toFixed(1)}% of ${ran} run"><div class="ok" style="width:${p.toFixed(2)}%"></div></div>`;
}

function rate(r: Row): string {
  const p = passRate(r);
  return p === null ? '–' : `${p.toFixed(1)}%`;
}

function rowCells(r: Row): string {
  return `<td class="n">${r.pass}</td><td class="n">${r.fail}</td><td class="n">${r.skip}</td><td class="n">${rate(r)}</td><td>${bar(r)}</td>`;
}

const STYLE = `
body{font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#1d2125;background:#fafbfc}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#5a6470;margin-bottom:16px}
.totals{display:flex;gap:12px;margin:12px 0}
.totals div{background:#fff;border:1px solid #dde2e7;border-radius:6px;padding:8px 14px}
.totals b{display:block;font-size:20px}
table{border-collapse:collapse;background:#fff;border:1px solid #dde2e7;width:100%;max-width:1100px}
th,td{padding:3px 8px;border-bottom:1px solid #eef1f4;text-align:left;vertical-align:top}
th{background:#f2f4f7;font-weight:600}
td.n{text-align:right;font-variant-numeric:tabular-nums;width:60px}
.bar{width:220px;height:12px;background:#f3c7c7;border-radius:3px;overflow:hidden}
.bar .ok{height:100%;background:#3aa757}.bar.none{background:#e6e9ed}
details{margin:0}summary{cursor:pointer}
.fails{font:12px/1.35 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin:6px 0 10px 18px}
.fails div{padding:1px 0;border-bottom:1px dotted #e3e6ea;word-break:break-word}
.fails .f{color:#0b4f8a}.fails .m{color:#8a1f11}
.mode{color:#5a6470}
`;

export function renderHtml(records: TestRecord[], metas: Map<string, TestMeta>, info: { root: string; elapsedMs: number; date?: Date }): string {
  const total = countRecords(records);
  const dirs = byDirectory(records);
  const failsByDir = new Map<string, TestRecord[]>();
  for (const r of records) {
    if (r.result !== 'fail') continue;
    const d = directoryOf(r.file);
    let list = failsByDir.get(d);
    if (list === undefined) failsByDir.set(d, (list = []));
    list.push(r);
  }
  const dirRows = dirs.map((r) => {
    const fails = failsByDir.get(r.name) ?? [];
    const name = fails.length === 0 ? esc(r.name) : `<details><summary>${esc(r.name)}</summary><div class="fails">${fails.map((f) =>
      `<div><span class="f">${esc(f.file.slice(r.name.length + 1))}</span> <span class="mode">[${f.mode}]</span><br><span class="m">${esc(f.error ?? '')}</span></div>`).join('')}</div></details>`;
    return `<tr><td>${name}</td>${rowCells(r)}</tr>`;
  }).join('\n');
  const featRows = byFeature(records, metas).map((r) => `<tr><td>${esc(r.name)}</td>${rowCells(r)}</tr>`).join('\n');
  const common = commonFailures(records, 30).map((c) => `<tr><td class="n">${c.count}</td><td>${esc(c.message)}</td></tr>`).join('\n');
  const ran = total.pass + total.fail;
  const head = '<tr><th>name</th><th>pass</th><th>fail</th><th>skip</th><th>rate</th><th></th></tr>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ouro test262 report</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head>
<body>
<h1>ouro — test262 conformance</h1>
<div class="meta">${esc(info.root)} · ${(info.date ?? new Date()).toISOString()} · ${(info.elapsedMs / 1000).toFixed(0)} s</div>
<div class="totals"><div><b>${ran === 0 ? '–' : ((100 * total.pass) / ran).toFixed(1) + '%'}</b>pass rate</div><div><b>${total.pass}</b>passed</div><div><b>${total.fail}</b>failed</div><div><b>${total.skip}</b>skipped</div></div>
<div class="meta">${esc(summaryLine(total))}. Counts are per test and mode (sloppy/strict/module); rates are among tests that ran; click a directory to see its failures.</div>
<h2>By directory</h2>
<table>${head}
${dirRows}
</table>
<h2>Most common failure messages</h2>
<table><tr><th>count</th><th>message</th></tr>
${common}
</table>
<h2>By feature</h2>
<div class="meta">A test counts under each of its features.</div>
<table>${head}
${featRows}
</table>
</body></html>
`;
}
