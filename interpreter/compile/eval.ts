import type { Value } from '../values/value';
import { TDZ } from '../values/value';
import { JSObject } from '../values/object';
import { R, ThrowCompletion } from '../agent';
import { makeError, throwTypeError } from '../errors';
import { parse, someChild, type Node } from '../parse';
import { analyze } from '../scope/analyze';
import type { FunctionInfo, Scope } from '../scope/scope';
import { ToString } from '../ops/type-conversion';
import { GetPrototypeFromConstructor } from '../ops/object-operations';
import { CreateBuiltinFunction } from '../values/function';
import { Compiler, Completion } from './compiler';
import { compileStatements } from './compile';
import { makeConstructor, makeFunction, type Env } from './function-object';
import { compileFunctionDeclarationValue, functionCode } from './expressions/functions';
import { compileInit } from './expressions/Identifier';
import { CanDeclareGlobalFunction, CanDeclareGlobalVar, CreateGlobalFunctionBinding, CreateGlobalVarBinding, lastFunctionDecls, throwParseError } from './script';
import { lateSetups } from '../intrinsics/late';
import { setCreateDynamicFunction } from '../intrinsics/Function';
import { W } from '../values/shape';
import type { Realm } from '../realm';

export interface EvalContext {
  scope: Scope;
  fn: FunctionInfo;
  strict: boolean;
  env: Env;
}

function syntaxError(msg: string): never {
  throw new ThrowCompletion(makeError(R.realm, 'SyntaxError', msg));
}

/** The nearest function that has its own this/new.target (skipping arrows and eval code). */
function thisFunction(fn: FunctionInfo | null): FunctionInfo | null {
  while (fn !== null && (fn.isArrow || fn.kind === 'eval')) fn = fn.parent;
  if (fn === null || fn.kind === 'script' || fn.kind === 'module') return null;
  return fn;
}

/** The scope that sloppy eval var declarations go to: the nearest one holding eval vars, or the global scope. */
function varScopeOf(from: Scope): Scope | null {
  for (let s: Scope | null = from; s !== null; s = s.parent) {
    if (s.bindings.has('%evalvars')) return s;
    if (s.kind === 'script') return s;
    if (s.kind === 'eval' && s.fn.strict) return s;
  }
  return null;
}

/** ContainsArguments: an `arguments` identifier outside non-arrow functions. https://tc39.es/ecma262/#sec-static-semantics-containsarguments */
function containsArguments(node: Node): boolean {
  if (node.type === 'Identifier') return node.name === 'arguments';
  if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') return false;
  if (node.type === 'MemberExpression' && !node.computed) return containsArguments(node.object);
  const namedKey = !node.computed && (node.type === 'Property' || node.type === 'MethodDefinition' || node.type === 'PropertyDefinition');
  return someChild(node, (x, key) => !(namedKey && key === 'key') && containsArguments(x));
}

/** The private names declared by the classes around a scope (for direct eval's early errors). */
function privateNamesOf(from: Scope): string[] {
  const names: string[] = [];
  for (let s: Scope | null = from; s !== null; s = s.parent) {
    if (s.kind !== 'class') continue;
    for (const [n, b] of s.bindings) if (b.kind === 'private') names.push(n.slice(1));
  }
  return names;
}

/** PerformEval. https://tc39.es/ecma262/#sec-performeval — ctx is the caller for a direct eval, null for indirect. */
export function performEval(x: Value, ctx: EvalContext | null): Value {
  if (typeof x !== 'string') return x;
  const realm = R.realm;
  const f = ctx ? thisFunction(ctx.fn) : null;
  const inMethod = f !== null && (f.kind === 'method' || f.kind === 'getter' || f.kind === 'setter' || f.kind === 'classConstructor' || f.kind === 'field' || f.kind === 'static');
  let ast: Node;
  try {
    ast = parse(x, '<eval>', {
      allowNewTarget: f !== null,
      allowSuperProperty: inMethod,
      allowSuperCall: f !== null && f.kind === 'classConstructor' && f.derived,
      strict: ctx !== null && ctx.strict,
      privateNames: ctx ? privateNamesOf(ctx.scope) : undefined,
    });
  } catch (e) {
    throwParseError(e);
  }
  // PerformEval step 11: in a class field initializer, eval code may not contain `arguments`.
  if (f !== null && f.kind === 'field' && containsArguments(ast)) syntaxError("'arguments' is not allowed in class field initializer or static initialization block");
  const an = analyze(ast, { kind: 'eval', strict: ctx !== null && ctx.strict, outer: ctx?.scope, outerFn: ctx?.fn });
  // GetActiveScriptOrModule: import() in eval code resolves against the code that called eval.
  const caller = R.pc?.file;
  if (caller !== undefined && caller !== '<eval>') an.importReferrer = caller;
  const top = an.top;
  const c = new Compiler(an, '<eval>', x, top, top.scope);
  c.completion = true;
  const body = compileStatements(c, ast.body);
  const fnDecls = lastFunctionDecls(top).map((d) => [d.id.name, compileFunctionDeclarationValue(c, d)] as const);
  const env: Env = new Array(top.scope.size).fill(undefined);
  env[0] = ctx ? ctx.env : null;
  for (const b of top.scope.bindings.values()) if (b.slot >= 0 && b.lexical) env[b.slot] = TDZ;
  // EvalDeclarationInstantiation. https://tc39.es/ecma262/#sec-evaldeclarationinstantiation
  if (top.strict) {
    for (const [name, make] of fnDecls) compileInit(c, name)(env, make(env));
  } else {
    const names = [...top.varNames, ...fnDecls.map(([n]) => n)];
    const varScope = ctx ? varScopeOf(ctx.scope) : null;
    if (varScope === null || varScope.kind === 'script') {
      for (const n of names) if (realm.globalLex.has(n)) syntaxError(`Identifier '${n}' has already been declared`);
      // Lexical scopes between the eval and the global scope.
      if (ctx) checkConflicts(ctx.scope, null, names);
      // EvalDeclarationInstantiation steps 8 and 10: checked before any binding is made.
      const g = realm.globalObject;
      for (const [name] of fnDecls) if (!CanDeclareGlobalFunction(g, name)) throwTypeError(`Cannot declare global function ${name}`);
      for (const n of top.varNames) if (!fnDecls.some(([fn]) => fn === n) && !CanDeclareGlobalVar(g, n)) throwTypeError(`Cannot declare global variable ${n}`);
      for (const [name, make] of fnDecls) CreateGlobalFunctionBinding(realm, name, make(env), true);
      for (const n of top.varNames) if (!fnDecls.some(([fn]) => fn === n)) CreateGlobalVarBinding(realm, n, true);
    } else {
      // https://tc39.es/ecma262/#sec-evaldeclarationinstantiation: eval in parameter expressions may not declare `arguments`.
      if (varScope.kind === 'function' && !varScope.fn.isArrow && varScope.fn.varScope !== varScope && names.includes('arguments')) {
        syntaxError("Identifier 'arguments' has already been declared");
      }
      // Eval in parameter expressions: its vars live outside the parameters' environment, so a
      // var named like a parameter is a redeclaration (EvalDeclarationInstantiation step 3.d).
      if (varScope.kind === 'function' && varScope.fn.varScope !== varScope) {
        for (const n of names) if (varScope.bindings.get(n)?.kind === 'param') syntaxError(`Identifier '${n}' has already been declared`);
      }
      checkConflicts(ctx!.scope, varScope, names);
      const varEnv = envOf(ctx!.scope, ctx!.env, varScope);
      const evalVars = varScope.bindings.get('%evalvars');
      let map: Map<string, { value: Value }> = varEnv[evalVars!.slot];
      if (!(map instanceof Map)) map = varEnv[evalVars!.slot] = new Map();
      const declare = (n: string, v: Value, isFn: boolean) => {
        const b = varScope.bindings.get(n);
        if (b !== undefined && !b.lexical && b.slot >= 0 && b.kind !== 'internal') {
          if (isFn) varEnv[b.slot] = v;
          return;
        }
        const cell = map.get(n);
        if (cell === undefined) map.set(n, { value: v });
        else if (isFn) cell.value = v;
      };
      for (const [name, make] of fnDecls) declare(name, make(env), true);
      for (const n of top.varNames) declare(n, undefined, false);
    }
  }
  const savedCv = Completion.cv;
  Completion.cv = undefined;
  try {
    body(env);
    return Completion.cv;
  } finally {
    void savedCv;
  }
}

/** A var declared by eval may not clash with a lexical binding between the eval and its var scope. */
function checkConflicts(from: Scope, varScope: Scope | null, names: string[]): void {
  for (let s: Scope | null = from; s !== null; s = s.parent) {
    for (const n of names) {
      const b = s.bindings.get(n);
      if (b !== undefined && (b.lexical || (b.kind === 'function' && s.kind !== 'function' && s.kind !== 'funcbody')) && s.kind !== 'catch') {
        syntaxError(`Identifier '${n}' has already been declared`);
      }
    }
    if (s === varScope) break;
  }
}

/** The environment of target (an ancestor of from, all materialized). */
function envOf(from: Scope, env: Env, target: Scope): Env {
  let e = env;
  for (let s: Scope | null = from; s !== null && s !== target; s = s.parent) if (s.materialized) e = e[0];
  return e;
}

/** CreateDynamicFunction. https://tc39.es/ecma262/#sec-createdynamicfunction */
function CreateDynamicFunction(constructor: JSObject, newTarget: JSObject | undefined, kind: 'normal' | 'generator' | 'async' | 'asyncGenerator', args: Value[]): JSObject {
  const realm = R.realm;
  const nt = newTarget ?? constructor;
  let P = '';
  let bodyArg: Value = '';
  if (args.length === 1) bodyArg = args[0];
  else if (args.length > 1) {
    const parts: string[] = [];
    for (let i = 0; i < args.length - 1; i++) parts.push(ToString(args[i]));
    P = parts.join(',');
    bodyArg = args[args.length - 1];
  }
  const bodyString = `\n${ToString(bodyArg)}\n`;
  const prefix = kind === 'normal' ? 'function' : kind === 'generator' ? 'function*' : kind === 'async' ? 'async function' : 'async function*';
  const head = `${prefix} anonymous(${P}\n) `;
  const source = `${head}{${bodyString}}`;
  let ast: Node;
  try {
    ast = parse(source, 'anonymous');
  } catch (e) {
    throwParseError(e);
  }
  const decl = ast.body[0];
  if (ast.body.length !== 1 || decl.type !== 'FunctionDeclaration' || decl.body.start !== head.length || decl.end !== source.length) {
    syntaxError('Arguments to the Function constructor do not form a function');
  }
  const an = analyze(ast, { kind: 'script' });
  const c = new Compiler(an, 'anonymous', source, an.top, an.top.scope);
  const code = functionCode(c, decl);
  const env: Env = new Array(an.top.scope.size).fill(undefined);
  env[0] = null;
  const fallback = kind === 'normal' ? '%Function.prototype%' : kind === 'generator' ? '%GeneratorFunction.prototype%' : kind === 'async' ? '%AsyncFunction.prototype%' : '%AsyncGeneratorFunction.prototype%';
  const proto = GetPrototypeFromConstructor(nt, fallback);
  const f = makeFunction(code, env, proto, 'anonymous', realm);
  if (kind === 'normal') makeConstructor(f, realm);
  else if (kind === 'generator') f.addProperty('prototype', new JSObject(realm.intrinsics['%GeneratorPrototype%']), W);
  else if (kind === 'asyncGenerator') f.addProperty('prototype', new JSObject(realm.intrinsics['%AsyncGeneratorPrototype%']), W);
  return f;
}

setCreateDynamicFunction(CreateDynamicFunction);

/** %eval%. https://tc39.es/ecma262/#sec-eval-x */
function setupEval(realm: Realm): void {
  const evalFn = CreateBuiltinFunction(realm, (_t, args) => performEval(args[0], null), 1, 'eval');
  realm.intrinsics['%eval%'] = evalFn;
  realm.addGlobal('eval', evalFn);
}
lateSetups.push(setupEval);
