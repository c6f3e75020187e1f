/**
 * Differential testing, shared by differential.test.ts (npm test) and differential.fuzz.test.ts
 * (npm run fuzz): fast-check arbitraries that generate small programs as source text, a runner
 * that evaluates one in ouro (createRealm().evaluate) and in the host (node:vm), and a structural
 * comparison of the outcomes.
 *
 * A generated program is an immediately invoked function: three variables v0..v2 and a parameter-
 * like variable p, a few statements (assignments, property writes, if/else, bounded loops,
 * try/catch), and `return [v0, v1, v2, <expression>]`. Every loop has a constant bound and
 * counters the expressions cannot name; `**` and the shifts only take small literal right
 * operands, so that no case runs long (the runner still gives each side a time limit and skips a
 * case where either side hits it).
 */
import * as vm from 'vm';
import fc from 'fast-check';
import { createRealm, GuestError, LimitError } from '../../interpreter/index';

// ---- the generators ----

const NUMBER_LITERALS = ['0', '-0', '1', '-1', '2', '3', '7', '0.5', '-2.5', '1e21', '2 ** 53', 'NaN', 'Infinity', '-Infinity', '0x10', '4294967296'];
const STRING_LITERALS = ["''", "'a'", "'0'", "'1'", "' 2 '", "'abc'", "'-1'", "'NaN'", "'1e3'", "'length'", "'x y'"];
const OTHER_LITERALS = ['true', 'false', 'null', 'undefined', '[]', '{}', '[1, 2]', "({ a: 1, b: 'x' })", "[0, 'a', null]"];
const BIGINT_LITERALS = ['0n', '1n', '-2n', '10n', '123456789012345678901234567890n'];
const SMALL_RIGHT = ['0', '1', '2', '3', '-1', '0.5', "'2'", 'true', 'null'];
const SMALL_RIGHT_BIG = ['0n', '1n', '2n', '3n'];
const VARS = ['v0', 'v1', 'v2', 'p'];
const KEYS = ["'a'", "'b'", '0', '1', "'length'", "'x'"];
const DOT_KEYS = ['a', 'b', 'length', 'x'];

const UNARY = ['-', '+', '!', '~', 'typeof', 'void'];
const BINARY = ['+', '-', '*', '/', '%', '==', '!=', '===', '!==', '<', '>', '<=', '>=', '&', '|', '^', '&&', '||', '??', ','];

const pick = (xs: string[]) => fc.constantFrom(...xs);

export interface GenOptions {
  /** Include BigInt literals (mixed-type TypeErrors, BigInt arithmetic). Default true. */
  bigint?: boolean;
  /** Maximum nesting depth of expressions. Default 3. */
  depth?: number;
  /** Leaves may name the variables (false for the initialisers: no TDZ errors there). Default true. */
  vars?: boolean;
}

/** Arbitrary expressions (as source text). */
export function expressionArb(opts: GenOptions = {}): fc.Arbitrary<string> {
  const maxDepth = opts.depth ?? 3;
  const leaves: fc.Arbitrary<string>[] = [pick(NUMBER_LITERALS), pick(STRING_LITERALS), pick(OTHER_LITERALS)];
  if (opts.vars !== false) leaves.push(pick(VARS), pick(VARS));
  if (opts.bigint !== false) leaves.push(pick(BIGINT_LITERALS));
  const leaf = fc.oneof(...leaves);
  const { expr } = fc.letrec<{ expr: string }>((tie) => {
    const e = tie('expr');
    const small = fc.oneof(pick(SMALL_RIGHT), ...(opts.bigint !== false ? [pick(SMALL_RIGHT_BIG)] : []));
    return {
      expr: fc.oneof(
        { maxDepth, depthIdentifier: 'expr', withCrossShrink: true },
        { arbitrary: leaf, weight: 6 },
        { arbitrary: fc.tuple(pick(UNARY), e).map(([op, a]) => `(${op} ${a})`), weight: 2 },
        { arbitrary: fc.tuple(e, pick(BINARY), e).map(([a, op, b]) => `(${a} ${op} ${b})`), weight: 6 },
        { arbitrary: fc.tuple(e, fc.constantFrom('**', '<<', '>>', '>>>'), small).map(([a, op, b]) => `(${a} ${op} ${b})`), weight: 1 },
        { arbitrary: fc.tuple(e, e, e).map(([c, a, b]) => `(${c} ? ${a} : ${b})`), weight: 1 },
        { arbitrary: fc.array(e, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`), weight: 1 },
        { arbitrary: fc.tuple(e, e).map(([a, b]) => `({ a: ${a}, b: ${b} })`), weight: 1 },
        { arbitrary: fc.tuple(e, pick(DOT_KEYS)).map(([o, k]) => `(${o}).${k}`), weight: 2 },
        { arbitrary: fc.tuple(e, fc.oneof(pick(KEYS), e)).map(([o, k]) => `(${o})[${k}]`), weight: 1 },
        { arbitrary: fc.tuple(e, pick(DOT_KEYS)).map(([o, k]) => `(${o})?.${k}`), weight: 1 },
        { arbitrary: fc.tuple(e, e).map(([body, arg]) => `((p) => ${body})(${arg})`), weight: 1 },
        { arbitrary: fc.tuple(e, e).map(([body, arg]) => `(function (p) { return ${body}; })(${arg})`), weight: 1 },
        { arbitrary: fc.tuple(fc.constantFrom('v0', 'v1', 'v2'), e).map(([p, body]) => `(() => ${p} = ${body})()`), weight: 1 },
        { arbitrary: e.map((a) => `String(${a})`), weight: 1 },
        { arbitrary: e.map((a) => `Number(${a})`), weight: 1 },
        { arbitrary: e.map((a) => `JSON.stringify(${a})`), weight: 1 },
        { arbitrary: e.map((a) => `Object.keys(Object(${a})).join()`), weight: 1 },
        { arbitrary: fc.tuple(e, e).map(([a, b]) => `\`<\${${a}}|\${${b}}>\``), weight: 1 },
        { arbitrary: fc.tuple(pick(KEYS), e).map(([k, o]) => `(${k} in ${o})`), weight: 1 },
        { arbitrary: e.map((a) => `(${a} instanceof Array)`), weight: 1 },
        { arbitrary: e.map((a) => `({ valueOf() { return ${a}; } })`), weight: 1 },
        { arbitrary: e.map((a) => `({ toString() { return ${a}; } })`), weight: 1 },
        { arbitrary: fc.tuple(fc.constantFrom('v0', 'v1', 'v2'), fc.constantFrom('=', '+=', '-=', '*=', '||=', '&&=', '??='), e)
          .map(([v, op, a]) => `(${v} ${op} ${a})`), weight: 1 },
        { arbitrary: fc.tuple(fc.constantFrom('v0', 'v1', 'v2'), fc.constantFrom('++', '--')).map(([v, op]) => `(${v}${op})`), weight: 1 },
        { arbitrary: fc.tuple(e, pick(DOT_KEYS)).map(([o, k]) => `(delete (${o}).${k})`), weight: 1 },
      ),
    };
  });
  return expr;
}

/** Arbitrary statements (source text), with loops only at the top level and constant bounds. */
function statementsArb(expr: fc.Arbitrary<string>, maxStatements: number): fc.Arbitrary<string> {
  const target = fc.constantFrom('v0', 'v1', 'v2');
  const simple = fc.oneof(
    { arbitrary: fc.tuple(target, expr).map(([v, e]) => `${v} = ${e};`), weight: 4 },
    { arbitrary: fc.tuple(target, fc.constantFrom('+=', '-=', '*=', '??=', '||='), expr).map(([v, op, e]) => `${v} ${op} ${e};`), weight: 2 },
    { arbitrary: fc.tuple(target, pick(DOT_KEYS), expr).map(([v, k, e]) => `${v}.${k} = ${e};`), weight: 2 },
    { arbitrary: fc.tuple(target, expr, expr).map(([v, k, e]) => `${v}[${k}] = ${e};`), weight: 1 },
    { arbitrary: expr.map((e) => `${e};`), weight: 1 },
  );
  const block = fc.array(simple, { minLength: 1, maxLength: 2 }).map((ss) => ss.join(' '));
  const compound = fc.oneof(
    { arbitrary: simple, weight: 4 },
    { arbitrary: fc.tuple(expr, block, block).map(([c, a, b]) => `if (${c}) { ${a} } else { ${b} }`), weight: 2 },
    { arbitrary: fc.tuple(fc.integer({ min: 0, max: 3 }), block).map(([n, b]) => `for (let i = 0; i < ${n}; i++) { ${b} }`), weight: 2 },
    { arbitrary: fc.tuple(fc.integer({ min: 0, max: 3 }), block).map(([n, b]) => `{ let c = 0; while (c++ < ${n}) { ${b} } }`), weight: 1 },
    { arbitrary: fc.tuple(fc.array(expr, { maxLength: 3 }), target, block)
      .map(([xs, v, b]) => `for (const x of [${xs.join(', ')}]) { ${v} = x; ${b} }`), weight: 1 },
    { arbitrary: fc.tuple(block, target).map(([b, v]) => `try { ${b} } catch (e) { ${v} = e instanceof TypeError ? 'TypeError' : e instanceof RangeError ? 'RangeError' : 'other'; }`), weight: 2 },
    { arbitrary: fc.tuple(expr, block, block).map(([d, a, b]) => `switch (${d}) { case 0: ${a} break; case 'a': ${b} default: v2 = 'default'; }`), weight: 1 },
  );
  return fc.array(compound, { maxLength: maxStatements }).map((ss) => ss.join('\n  '));
}

/** Arbitrary whole programs: `(function () { ... return [v0, v1, v2, expr]; })()`. */
export function programArb(opts: GenOptions = {}): fc.Arbitrary<string> {
  const expr = expressionArb(opts);
  const init = expressionArb({ ...opts, depth: 1, vars: false });
  return fc.tuple(init, init, init, statementsArb(expr, 4), expr).map(([a, b, c, body, result]) =>
    `(function () {\n  let p = 1;\n  let v0 = ${a}, v1 = ${b}, v2 = ${c};\n  ${body}\n  return [v0, v1, v2, ${result}];\n})()`);
}

/** Arbitrary single-expression programs over three initialised variables. */
export function expressionProgramArb(opts: GenOptions = {}): fc.Arbitrary<string> {
  const init = expressionArb({ ...opts, depth: 1, vars: false });
  return fc.tuple(init, init, init, expressionArb(opts)).map(([a, b, c, e]) =>
    `(function () { let p = 1; let v0 = ${a}, v1 = ${b}, v2 = ${c}; return ${e}; })()`);
}

// ---- running and comparing ----

export type Outcome =
  | { kind: 'value'; value: unknown }
  | { kind: 'throw'; name: string; message: string }
  | { kind: 'limit' };

const TIME_LIMIT_MS = 2000;

/** Runs src in a fresh ouro realm. */
export function runOuro(src: string): Outcome {
  try {
    return { kind: 'value', value: createRealm().evaluate(src, { deadlineMs: TIME_LIMIT_MS }) };
  } catch (e) {
    if (e instanceof GuestError) return { kind: 'throw', name: e.name, message: e.message };
    if (e instanceof LimitError) return { kind: 'limit' };
    throw e;
  }
}

let hostContext: vm.Context | null = null;

/** Runs src in the host (one shared node:vm context: the programs touch no globals). */
export function runHost(src: string): Outcome {
  hostContext ??= vm.createContext({});
  try {
    return { kind: 'value', value: toPlain(vm.runInContext(src, hostContext, { timeout: TIME_LIMIT_MS })) };
  } catch (e) {
    const err = e as { name?: unknown; message?: unknown; code?: unknown };
    if (err && err.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { kind: 'limit' };
    return { kind: 'throw', name: String(err?.name), message: String(err?.message) };
  }
}

/**
 * Reduces a host value to what ouro's host copy (interpreter/host-copy.ts) keeps: primitives,
 * arrays (holes kept), plain objects with their own enumerable string-keyed data properties, and
 * functions as "[Function: name]".
 */
export function toPlain(v: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof v === 'function') return `[Function: ${v.name || '(anonymous)'}]`;
  if (typeof v === 'symbol') return v;
  if (v === null || typeof v !== 'object') return v;
  const done = seen.get(v);
  if (done !== undefined) return done;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    seen.set(v, out);
    for (let i = 0; i < v.length; i++) {
      const d = Object.getOwnPropertyDescriptor(v, i);
      if (d !== undefined && 'value' in d) out[i] = toPlain(d.value, seen);
    }
    out.length = v.length;
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(v, out);
  for (const k of Object.keys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, k)!;
    if ('value' in d) out[k] = toPlain(d.value, seen);
  }
  return out;
}

/** Structural equality: SameValue on primitives (NaN equals NaN, -0 differs from 0), holes matter. */
export function sameStructure(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (typeof a !== typeof b) return false;
  if (typeof a === 'symbol') return String(a) === String(b);
  if (a === null || b === null || typeof a !== 'object') return Object.is(a, b);
  const bo = b as object;
  if (seen.get(a) === bo) return true;
  seen.set(a, bo);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) {
      if ((i in a) !== (i in bb)) return false;
      if (!sameStructure(a[i], bb[i], seen)) return false;
    }
    return true;
  }
  const ka = Object.keys(a).sort();
  const kb = Object.keys(bo).sort();
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => sameStructure((a as Record<string, unknown>)[k], (bo as Record<string, unknown>)[k], seen));
}

function show(o: Outcome): string {
  if (o.kind === 'throw') return `throws ${o.name}: ${o.message}`;
  if (o.kind === 'limit') return 'hit the time limit';
  try {
    return `returns ${JSON.stringify(o.value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : Object.is(v, -0) ? '-0' : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v === undefined ? '<undefined>' : v))}`;
  } catch {
    return `returns ${String(o.value)}`;
  }
}

/**
 * The property: ouro and the host agree on src (same value structurally, or both throw errors of
 * the same name). A case where either side hits the time limit is skipped with fc.pre.
 */
export function agree(src: string): boolean {
  const host = runHost(src);
  const ouro = runOuro(src);
  fc.pre(host.kind !== 'limit' && ouro.kind !== 'limit');
  if (host.kind === 'throw' && ouro.kind === 'throw' && host.name === ouro.name) return true;
  if (host.kind === 'value' && ouro.kind === 'value' && sameStructure(ouro.value, host.value)) return true;
  throw new Error(`ouro and node disagree on\n${src}\n  node: ${show(host)}\n  ouro: ${show(ouro)}`);
}

/** fast-check parameters: OURO_FUZZ_SEED fixes the seed (fast-check prints the one it used on failure). */
export function fcParams(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.OURO_FUZZ_SEED !== undefined ? Number(process.env.OURO_FUZZ_SEED) : undefined;
  return { numRuns, seed, endOnFailure: true };
}
