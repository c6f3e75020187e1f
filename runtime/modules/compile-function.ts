/**
 * compileFunction: a source text as the body of a guest function with the given parameters, the
 * way node's loaders use V8's ScriptCompiler::CompileFunction (vm.compileFunction). The body is
 * parsed as it is (no wrapper text around it), so every line and column in errors and stacks is
 * the file's own; a hashbang line and `return` at the top level are allowed.
 */
import { R } from '../../interpreter/agent';
import type { Realm } from '../../interpreter/realm';
import { parse, ParseError, type Node } from '../../interpreter/parse';
import { cachedParse } from './ast-cache';
import { analyze, type Analysis } from '../../interpreter/scope/analyze';
import { Compiler } from '../../interpreter/compile/compiler';
import { throwParseError } from '../../interpreter/compile/script';
import { functionCode, instantiate } from '../../interpreter/compile/expressions/functions';
import type { FunctionCode, Env } from '../../interpreter/compile/function-object';
import type { JSObject } from '../../interpreter/values/object';

interface Compiled {
  code: FunctionCode;
  an: Analysis;
}

/** Compiled functions by file, parameters and source (compiled closures hold no realm: shared by all realms). */
const cache = new Map<string, Compiled>();
const MAX_CACHE = 512;

/** The source texts compiled, by file name (for the context line of an uncaught error). */
const sources = new Map<string, string>();
const MAX_SOURCES = 256;

export function sourceOf(file: string): string | undefined {
  return sources.get(file);
}

/** Records the source text of a file the guest runs (for the context line of an uncaught error). */
export function rememberSource(file: string, source: string): void {
  if (sources.has(file)) sources.delete(file);
  else if (sources.size >= MAX_SOURCES) sources.delete(sources.keys().next().value!);
  sources.set(file, source);
}

function synthesize(body: Node, params: string[], source: string): { program: Node; fn: Node } {
  const loc = body.loc;
  const fn = {
    type: 'FunctionExpression',
    id: null,
    params: params.map((name) => ({ type: 'Identifier', name, start: 0, end: 0, loc })),
    body: { type: 'BlockStatement', body: body.body, start: 0, end: source.length, loc },
    generator: false,
    async: false,
    expression: false,
    start: 0,
    end: source.length,
    loc,
  } as unknown as Node;
  const program = {
    type: 'Program',
    sourceType: 'script',
    body: [{ type: 'ExpressionStatement', expression: fn, start: 0, end: source.length, loc }],
    start: 0,
    end: source.length,
    loc,
  } as unknown as Node;
  return { program, fn };
}

/**
 * Compiles source as the body of `function (params) { source }` in the running realm; a syntax
 * error is thrown as the guest SyntaxError at its position in `file`.
 */
export function compileFunction(source: string, file: string, params: string[], realm: Realm = R.realm): JSObject {
  // A leading byte order mark is not part of the code (a hashbang may follow it).
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const key = `${file}\0${params.join(',')}\0${source}`;
  let compiled = cache.get(key);
  rememberSource(file, source);
  if (compiled === undefined) {
    let body: Node;
    try {
      const src = source;
      const parseIt = (): Node => parse(src, file, { allowReturn: true, allowNewTarget: true });
      // The runtime's own modules: their trees are cached across runs (see ast-cache.ts).
      body = file.startsWith('node:') ? cachedParse(file.slice(5), src, parseIt) : parseIt();
    } catch (e) {
      // acorn appends " in <file>" to its messages when it knows the file: the position says it.
      if (e instanceof ParseError) throwParseError(new ParseError(e.message.replace(/ \(\d+:\d+\) in .*$| in .*$/s, ''), e.pos));
      throwParseError(e);
    }
    const { program, fn } = synthesize(body, params, source);
    const an = analyze(program, { kind: 'script' });
    const c = new Compiler(an, file, source, an.top, an.top.scope);
    compiled = { code: functionCode(c, fn), an };
    if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value!);
    cache.set(key, compiled);
  }
  const env: Env = new Array(compiled.an.top.scope.size).fill(undefined);
  env[0] = null;
  const saved = R.realm;
  R.realm = realm;
  try {
    return instantiate(compiled.code, env, '');
  } finally {
    R.realm = saved;
  }
}
