import type { Node } from '../../parse';
import { JSObject } from '../../values/object';
import type { Value } from '../../values/value';
import { R, ThrowCompletion } from '../../agent';
import { ToBoolean, ToObject } from '../../ops/type-conversion';
import { resolve } from '../../scope/analyze';
import { Completion, NORMAL, RETURN, type Compiler, type Stmt } from '../compiler';
import { compileExpr, compileStmt } from '../compile';
import type { Env } from '../function-object';
import { compileBindingInitializer } from '../patterns';
import { compileAssign, compileDynamicReference, compileInit, compileRead } from '../expressions/Identifier';
import { compileNamedFunctionOrClass } from '../expressions/functions';
import { isAnonymousFunctionDefinition } from '../expressions/operators';
import { compileClass } from '../expressions/classes';
import { scopeEntry } from './blocks';
import { AddDisposableResource, usingList } from '../using';
import { renderExpression } from '../expressions/call';

export function compileExpressionStatement(c: Compiler, node: Node): Stmt {
  const e = compileExpr(c, node.expression);
  if (c.completion) return (env) => { Completion.cv = e(env); return NORMAL; };
  return (env) => { e(env); return NORMAL; };
}

export function compileVariableDeclaration(c: Compiler, node: Node): Stmt {
  if (node.kind === 'using' || node.kind === 'await using') return compileUsingDeclaration(c, node);
  const isVar = node.kind === 'var';
  const parts: ((env: Env) => void)[] = [];
  for (const d of node.declarations) {
    if (d.id.type === 'Identifier') {
      const name: string = d.id.name;
      if (!d.init) {
        if (isVar) continue;
        const init = compileInit(c, name);
        parts.push((env) => init(env, undefined));
        continue;
      }
      // Under `with` or sloppy eval, the reference is resolved before the initializer runs.
      const dyn = isVar ? compileDynamicReference(c, name, d.id) : null;
      if (dyn !== null) {
        const v = isAnonymousFunctionDefinition(d.init) ? compileNamedFunctionOrClass(c, d.init, name) : compileExpr(c, d.init);
        parts.push((env) => { const holder = dyn.resolve(env); dyn.set(env, holder, v(env)); });
        continue;
      }
      const set = isVar ? compileAssign(c, name, d.id) : compileInit(c, name);
      if (isAnonymousFunctionDefinition(d.init)) {
        const f = compileNamedFunctionOrClass(c, d.init, name);
        parts.push((env) => set(env, f(env)));
      } else {
        const v = compileExpr(c, d.init);
        parts.push((env) => set(env, v(env)));
      }
      continue;
    }
    const init = compileBindingInitializer(c, d.id, isVar ? 'assign' : 'init', renderExpression(d.init));
    const v = compileExpr(c, d.init);
    parts.push((env) => init(env, v(env)));
  }
  if (parts.length === 1) {
    const p = parts[0];
    return (env) => { p(env); return NORMAL; };
  }
  return (env) => {
    for (let i = 0; i < parts.length; i++) parts[i](env);
    return NORMAL;
  };
}

export function compileClassDeclaration(c: Compiler, node: Node): Stmt {
  const k = compileClass(c, node, node.id.name);
  const init = compileInit(c, node.id.name);
  const name: string = node.id.name;
  return (env) => {
    init(env, k(env, name));
    return NORMAL;
  };
}

/** A function declaration does nothing where it stands, except Annex B's copy to the var binding. */
export function compileFunctionDeclaration(c: Compiler, node: Node): Stmt {
  if (!c.fn.annexBFunctions.has(node)) return () => NORMAL;
  const name: string = node.id.name;
  const read = compileRead(c, name, node);
  // The var binding: resolve from the function's var scope.
  const r = resolve(c.fn.varScope, name);
  void r;
  const write = c.withScope(c.fn.varScope, () => compileAssign(c, name, null));
  const hopsToVar = countHops(c, c.fn.varScope);
  return (env) => {
    let e = env;
    for (let i = 0; i < hopsToVar; i++) e = e[0];
    write(e, read(env));
    return NORMAL;
  };
}

/** Materialized scopes between the current scope and target (an ancestor in the same function). */
function countHops(c: Compiler, target: any): number {
  let hops = 0;
  for (let s = c.scope; s !== null && s !== target; s = s.parent!) if (s.materialized) hops++;
  return hops;
}

export function compileReturn(c: Compiler, node: Node): Stmt {
  if (!node.argument) return () => { Completion.ret = undefined; return RETURN; };
  const v = compileExpr(c, node.argument);
  return (env) => { Completion.ret = v(env); return RETURN; };
}

export function compileThrow(c: Compiler, node: Node): Stmt {
  const v = compileExpr(c, node.argument);
  const pos = c.pos(node);
  return (env) => {
    const x = v(env);
    R.pc = pos;
    throw new ThrowCompletion(x, pos);
  };
}

export function compileIf(c: Compiler, node: Node): Stmt {
  const test = compileExpr(c, node.test);
  const a = compileStmt(c, node.consequent);
  const b = node.alternate ? compileStmt(c, node.alternate) : null;
  if (c.completion) {
    return (env) => {
      Completion.cv = undefined;
      const t = test(env);
      if (t === true || (t !== false && ToBoolean(t))) return a(env);
      return b ? b(env) : NORMAL;
    };
  }
  if (b === null) return (env) => { const t = test(env); return t === true || (t !== false && ToBoolean(t)) ? a(env) : NORMAL; };
  return (env) => { const t = test(env); return t === true || (t !== false && ToBoolean(t)) ? a(env) : b(env); };
}

export function compileLabeled(c: Compiler, node: Node): Stmt {
  const body = node.body;
  const isLoop = /^(For|ForIn|ForOf|While|DoWhile)Statement$/.test(body.type) || body.type === 'LabeledStatement';
  if (isLoop) {
    c.pendingLabels = [...c.pendingLabels, node.label.name];
    return compileStmt(c, body);
  }
  c.pendingLabels = [...c.pendingLabels, node.label.name];
  const frame = c.enterLabels(false);
  const brk = 2 + 2 * frame.id;
  try {
    const s = compileStmt(c, body);
    return (env) => {
      const r = s(env);
      return r === brk ? NORMAL : r;
    };
  } finally {
    c.exitLabels();
  }
}

export function compileBreak(c: Compiler, node: Node): Stmt {
  const code = c.breakTarget(node.label ? node.label.name : null);
  return () => code;
}

export function compileContinue(c: Compiler, node: Node): Stmt {
  const code = c.continueTarget(node.label ? node.label.name : null);
  return () => code;
}

export function compileWith(c: Compiler, node: Node): Stmt {
  const obj = compileExpr(c, node.object);
  const s = c.an.scopes.get(node)!;
  const slot = s.bindings.get('%with')!.slot;
  const enter = scopeEntry(s);
  const body = c.withScope(s, () => compileStmt(c, node.body));
  const pos = c.pos(node);
  const completion = c.completion;
  return (env) => {
    const v = obj(env);
    R.pc = pos;
    const o: JSObject = ToObject(v);
    const e = enter(env);
    e[slot] = o;
    if (completion) Completion.cv = undefined;
    return body(e);
  };
}

export { compileBindingInitializer, type Value };

/** `using x = v` (sync): each value becomes a disposable resource of the scope. */
function compileUsingDeclaration(c: Compiler, node: Node): Stmt {
  const hint = node.kind === 'await using' ? 'async' : 'sync';
  const list = usingList(c);
  const parts = node.declarations.map((d: Node) => {
    const init = compileInit(c, d.id.name);
    const v = isAnonymousFunctionDefinition(d.init) ? compileNamedFunctionOrClass(c, d.init, d.id.name) : compileExpr(c, d.init);
    return { init, v };
  });
  const pos = c.pos(node);
  return (env) => {
    for (const p of parts) {
      const v = p.v(env);
      R.pc = pos;
      AddDisposableResource(list(env), v, hint);
      p.init(env, v);
    }
    return NORMAL;
  };
}
