/**
 * test262 metadata: the YAML between `/*---` and `---*\/` at the top of each test
 * (INTERPRETING.md, "Metadata"). The frontmatter uses a small part of YAML: scalars, flow
 * sequences (`[a, b]`), block sequences (`- a`), one nested mapping (`negative:`), block scalars
 * (`|`, `>`) and plain scalars continued on more-indented lines. This parser reads exactly that.
 */

export type Yaml = string | string[] | { [key: string]: Yaml };

export interface Negative {
  phase: 'parse' | 'resolution' | 'runtime';
  type: string;
}

export interface TestMeta {
  description: string;
  flags: string[];
  includes: string[];
  features: string[];
  negative: Negative | null;
  /** Whether the file had a frontmatter block at all. */
  hasFrontmatter: boolean;
}

const OPEN = '/*---';
const CLOSE = '---*/';

/** The raw YAML text of a test's frontmatter, or null when it has none. */
export function extractFrontmatter(source: string): string | null {
  const start = source.indexOf(OPEN);
  if (start < 0) return null;
  const end = source.indexOf(CLOSE, start + OPEN.length);
  if (end < 0) return null;
  return source.slice(start + OPEN.length, end);
}

interface Line {
  indent: number;
  text: string;
}

function toLines(yaml: string): Line[] {
  return yaml.split(/\r\n|\r|\n/).map((raw) => {
    const text = raw.replace(/\s+$/, '');
    const indent = text.length - text.trimStart().length;
    return { indent, text: text.trimStart() };
  });
}

const KEY = /^([A-Za-z_$][\w$.-]*)\s*:(?:\s+(.*)|)$/;

function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && ((t[0] === '"' && t.endsWith('"')) || (t[0] === "'" && t.endsWith("'")))) return t.slice(1, -1);
  return t;
}

/** Strips a trailing ` # comment` from a plain (unquoted) scalar. */
function stripComment(s: string): string {
  if (s.startsWith('"') || s.startsWith("'")) return s;
  const i = s.search(/\s#/);
  return i < 0 ? s : s.slice(0, i).trimEnd();
}

function flowSequence(text: string): string[] {
  const inner = text.trim().replace(/^\[/, '').replace(/\]$/, '');
  return inner.split(',').map((s) => unquote(s)).filter((s) => s !== '');
}

/** Parses the mapping whose keys sit at indentation `indent`, from lines[i] up to `end`. */
function parseMapping(lines: Line[], start: number, end: number): { [key: string]: Yaml } {
  const out: { [key: string]: Yaml } = Object.create(null);
  let i = start;
  while (i < end) {
    const line = lines[i];
    if (line.text === '' || line.text.startsWith('#')) {
      i++;
      continue;
    }
    const m = KEY.exec(line.text);
    if (m === null) {
      i++; // not a key: tolerate and skip (e.g. stray text)
      continue;
    }
    const key = m[1];
    const rest = (m[2] ?? '').trim();
    const base = line.indent;
    // The value's lines: everything after this line that is blank or more indented.
    let j = i + 1;
    while (j < end && (lines[j].text === '' || lines[j].indent > base)) j++;
    // Trailing blank lines belong to nobody.
    let last = j;
    while (last > i + 1 && lines[last - 1].text === '') last--;
    const body = lines.slice(i + 1, last);
    if (rest.startsWith('[')) {
      let flow = stripComment(rest);
      for (const l of body) flow += ' ' + l.text;
      out[key] = flowSequence(flow);
    } else if (/^[|>][+-]?\d*$/.test(rest)) {
      const folded = rest[0] === '>';
      const texts = body.map((l) => l.text);
      out[key] = folded ? texts.join(' ').replace(/\s+/g, ' ').trim() : texts.join('\n');
    } else if (rest === '') {
      const first = body.find((l) => l.text !== '');
      if (first === undefined) out[key] = '';
      else if (first.text.startsWith('- ') || first.text === '-') {
        out[key] = body.filter((l) => l.text.startsWith('-')).map((l) => unquote(stripComment(l.text.slice(1).trim())));
      } else if (KEY.test(first.text)) {
        out[key] = parseMapping(lines, i + 1, last);
      } else {
        out[key] = body.map((l) => l.text).join(' ').trim();
      }
    } else {
      const continued = body.map((l) => l.text).filter((t) => t !== '');
      out[key] = unquote(stripComment([rest, ...continued].join(' ')));
    }
    i = j;
  }
  return out;
}

/** Parses frontmatter YAML into a plain mapping. */
export function parseYaml(yaml: string): { [key: string]: Yaml } {
  const lines = toLines(yaml);
  // Keys of the top level sit at the smallest indentation of any key line.
  let min = Infinity;
  for (const l of lines) if (l.text !== '' && KEY.test(l.text)) min = Math.min(min, l.indent);
  if (min === Infinity) return Object.create(null);
  const top = lines.map((l) => ({ indent: l.indent - min, text: l.text }));
  return parseMapping(top, 0, top.length);
}

function asList(v: Yaml | undefined): string[] {
  if (v === undefined) return [];
  if (typeof v === 'string') return v === '' ? [] : flowSequence(v.startsWith('[') ? v : `[${v}]`);
  if (Array.isArray(v)) return v;
  return [];
}

/** The metadata a runner needs from a test's source. */
export function parseTestMeta(source: string): TestMeta {
  const yaml = extractFrontmatter(source);
  const m = yaml === null ? Object.create(null) : parseYaml(yaml);
  let negative: Negative | null = null;
  const neg = m.negative;
  if (neg !== undefined && typeof neg === 'object' && !Array.isArray(neg)) {
    const phase = typeof neg.phase === 'string' ? neg.phase : '';
    const type = typeof neg.type === 'string' ? neg.type : '';
    if (phase !== 'parse' && phase !== 'resolution' && phase !== 'runtime') throw new Error(`bad negative phase: ${phase || '(none)'}`);
    if (type === '') throw new Error('negative without a type');
    negative = { phase, type };
  }
  return {
    description: typeof m.description === 'string' ? m.description : '',
    flags: asList(m.flags),
    includes: asList(m.includes),
    features: asList(m.features),
    negative,
    hasFrontmatter: yaml !== null,
  };
}
