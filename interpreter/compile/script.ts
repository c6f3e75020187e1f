import type { Realm } from '../realm';
import { TDZ, type Value } from '../values/value';
import { JSObject } from '../values/object';
import { R, ThrowCompletion } from '../agent';
import { makeError } from '../errors';
import { parse, ParseError, type Node } from '../parse';
import { analyze, type Analysis } from '../scope/analyze';
import type { FunctionInfo } from '../scope/scope';
import { Compiler, Completion, type Stmt } from './compiler';
import { compileStatements } from './compile';
import { pushFrame, popFrame } from '../values/function';
import { compileFunctionDeclarationValue } from './expressions/functions';
import type { Env } from './function-object';
import { W, E, C } from '../values/shape';

/** A compiled script: reusable in any realm (compiled closures never capture a realm). */
export interface CompiledScript {
  an: Analysis;
  body: Stmt;
  functions: [string, (env: Env) => Value][];
  envSize: number;
}

const scriptCache = new Map<string, CompiledScript>();
const MAX_CACHE = 256;

/** Turns a parse error into a guest SyntaxError thrown at its position. */
export function throwParseError(e: unknown): never {
  if (e instanceof RangeError && e.message === 'Maximum call stack size exceeded') {
    // Source nested too deeply for the host's parser stack: the guest RangeError V8 also gives.
    throw new ThrowCompletion(makeError(R.realm, 'RangeError', 'Maximum call stack size exceeded'));
  }
  if (e instanceof ParseError) {
    R.pc = e.pos;
    throw new ThrowCompletion(makeError(R.realm, 'SyntaxError', e.message), e.pos);
  }
  throw e;
}

export function compileScript(source: string, file: string): CompiledScript {
  const cacheKey = `${file}\0${source}`;
  const cached = scriptCache.get(cacheKey);
  if (cached !== undefined) return cached;
  let ast: Node;
  try {
    ast = parse(source, file);
  } catch (e) {
    throwParseError(e);
  }
  let an: Analysis, body: Stmt, functions: [string, (env: Env) => Value][];
  try {
    an = analyze(ast, { kind: 'script' });
    const c = new Compiler(an, file, source, an.top, an.top.scope);
    c.completion = true;
    body = compileStatements(c, ast.body);
    functions = lastFunctionDecls(an.top).map((d) => [d.id.name, compileFunctionDeclarationValue(c, d)] as [string, (env: Env) => Value]);
  } catch (e) {
    throwParseError(e);
  }
  const compiled = { an, body, functions, envSize: an.top.scope.size };
  if (scriptCache.size >= MAX_CACHE) scriptCache.delete(scriptCache.keys().next().value!);
  scriptCache.set(cacheKey, compiled);
  return compiled;
}

/** The function declarations to instantiate: the last of each name, in source order. */
export function lastFunctionDecls(fn: FunctionInfo): Node[] {
  const seen = new Set<string>();
  const out: Node[] = [];
  for (let i = fn.functionDecls.length - 1; i >= 0; i--) {
    const d = fn.functionDecls[i];
    if (seen.has(d.id.name)) continue;
    seen.add(d.id.name);
    out.unshift(d);
  }
  return out;
}

function syntaxError(msg: string): never {
  throw new ThrowCompletion(makeError(R.realm, 'SyntaxError', msg));
}

function typeError(msg: string): never {
  throw new ThrowCompletion(makeError(R.realm, 'TypeError', msg));
}

/** https://tc39.es/ecma262/#sec-candeclareglobalfunction */
export function CanDeclareGlobalFunction(g: JSObject, name: string): boolean {
  const existing = g.GetOwnProperty(name);
  if (existing === undefined) return g.IsExtensible();
  if (existing.configurable) return true;
  return 'value' in existing && !!existing.writable && !!existing.enumerable;
}

/** https://tc39.es/ecma262/#sec-candeclareglobalvar */
export function CanDeclareGlobalVar(g: JSObject, name: string): boolean {
  return g.GetOwnProperty(name) !== undefined || g.IsExtensible();
}

/** https://tc39.es/ecma262/#sec-createglobalfunctionbinding */
export function CreateGlobalFunctionBinding(realm: Realm, name: string, v: Value, deletable: boolean): void {
  const g = realm.globalObject;
  const existing = g.GetOwnProperty(name);
  const desc = existing === undefined || existing.configurable
    ? { value: v, writable: true, enumerable: true, configurable: deletable }
    : { value: v };
  if (!g.DefineOwnProperty(name, desc)) typeError(`Cannot redefine property: ${name}`);
  if (!g.Set(name, v, g)) typeError(`Cannot assign to read only property '${name}'`);
  realm.varNames.add(name);
}

/** https://tc39.es/ecma262/#sec-createglobalvarbinding */
export function CreateGlobalVarBinding(realm: Realm, name: string, deletable: boolean): void {
  const g = realm.globalObject;
  if (g.GetOwnProperty(name) === undefined && g.IsExtensible()) {
    g.DefineOwnProperty(name, { value: undefined, writable: true, enumerable: true, configurable: deletable });
  }
  realm.varNames.add(name);
}

/** https://tc39.es/ecma262/#sec-globaldeclarationinstantiation */
export function GlobalDeclarationInstantiation(realm: Realm, s: CompiledScript, env: Env): void {
  const fn = s.an.top;
  const g = realm.globalObject;
  for (const [name] of fn.lexNames) {
    if (realm.globalLex.has(name)) syntaxError(`Identifier '${name}' has already been declared`);
    // HasRestrictedGlobalProperty: a var of an earlier script is a non-configurable property; one
    // made by eval is configurable and may be shadowed (the global record has no [[VarNames]] now).
    const d = g.GetOwnProperty(name);
    if (d !== undefined && !d.configurable) syntaxError(`Identifier '${name}' has already been declared`);
  }
  for (const name of fn.varNames) if (realm.globalLex.has(name)) syntaxError(`Identifier '${name}' has already been declared`);
  for (const d of fn.functionDecls) if (realm.globalLex.has(d.id.name)) syntaxError(`Identifier '${d.id.name}' has already been declared`);
  for (const [name] of s.functions) if (!CanDeclareGlobalFunction(g, name)) typeError(`Cannot declare global function ${name}`);
  for (const name of fn.varNames) if (!CanDeclareGlobalVar(g, name)) typeError(`Cannot declare global variable ${name}`);
  for (const [name, isConst] of fn.lexNames) realm.globalLex.set(name, { name, value: TDZ, mutable: !isConst });
  if (fn.lexNames.length > 0) realm.lexVersion++;
  for (const [name, make] of s.functions) CreateGlobalFunctionBinding(realm, name, make(env), false);
  for (const name of fn.varNames) CreateGlobalVarBinding(realm, name, false);
}

/** ScriptEvaluation: returns the script's completion value. https://tc39.es/ecma262/#sec-runtime-semantics-scriptevaluation */
export function evaluateScript(realm: Realm, source: string, file: string): Value {
  const saved = R.realm;
  R.realm = realm;
  const d = pushFrame(null as any);
  R.fnStack[d] = null;
  try {
    const s = compileScript(source, file);
    const env: Env = new Array(s.envSize).fill(undefined);
    env[0] = null;
    GlobalDeclarationInstantiation(realm, s, env);
    Completion.cv = undefined;
    s.body(env);
    return Completion.cv;
  } finally {
    popFrame(d);
    R.realm = saved;
  }
}

export { W, E, C };
