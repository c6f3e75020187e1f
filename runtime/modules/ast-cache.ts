/**
 * A cache of the parsed syntax trees of the builtin modules (dist/stdlib), for cold start: in a
 * fresh process acorn is cold, and parsing the ~130 KB of guest code every run needs costs several
 * times what JSON.parse of the saved tree does. An entry is used only for the same source text
 * (its length and hash); on a miss the tree is parsed and written (atomically) when dist/ is
 * writable. Trees holding values JSON cannot carry (an infinite number literal) are not cached.
 * Only the runtime's own files are cached, in its own dist folder (like runtime/code-cache.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Node } from '../../interpreter/parse';

const CACHE_DIR = path.resolve(__dirname, '..', '..', '.ast-cache');
let disabled = process.env.OURO_NO_AST_CACHE === '1';

/** FNV-1a over the UTF-16 code units: cheap, enough to tell an edited file. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}

function entryPath(id: string): string {
  return path.join(CACHE_DIR, `${id.replace(/[^a-zA-Z0-9_-]/g, '_')}.json`);
}

/** JSON text of a tree, or undefined when it holds a value JSON would change. */
function serialize(tree: Node, stamp: string): string | undefined {
  let ok = true;
  const json = JSON.stringify({ stamp, tree }, (_k, v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) ok = false;
    if (typeof v === 'bigint') return undefined; // Literal.bigint holds the digits
    if (v instanceof RegExp) return null; // Literal.regex holds pattern and flags
    return v;
  });
  return ok ? json : undefined;
}

/**
 * The tree of a builtin's source: from the cache when it has this very source, else parsed with
 * parse() (whose errors propagate) and saved.
 */
export function cachedParse(id: string, source: string, parse: () => Node): Node {
  if (disabled) return parse();
  const stamp = `${source.length}:${hash(source)}`;
  const file = entryPath(id);
  try {
    const text = fs.readFileSync(file, 'utf8');
    const entry = JSON.parse(text) as { stamp: string; tree: Node };
    if (entry.stamp === stamp) return entry.tree;
  } catch {
    // No entry, or an unreadable one: parse.
  }
  const tree = parse();
  const json = serialize(tree, stamp);
  if (json !== undefined) {
    try {
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      fs.writeFileSync(tmp, json);
      fs.renameSync(tmp, file);
    } catch {
      // A read-only installation: run without the cache from now on.
      disabled = true;
    }
  }
  return tree;
}
