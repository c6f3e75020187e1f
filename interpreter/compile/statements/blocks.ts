import type { Node } from '../../parse';
import { TDZ } from '../../values/value';
import type { Scope } from '../../scope/scope';
import { type Compiler, type Stmt, NORMAL } from '../compiler';
import { compileStatements } from '../compile';
import type { Env } from '../function-object';
import { compileFunctionDeclarationValue } from '../expressions/functions';
import { compileInit } from '../expressions/Identifier';

/**
 * Entering a scope at run time: a fresh environment if it is materialized, else its merged slots
 * reset (TDZ for lexical bindings). Returns (env) => the environment to run the scope's code in.
 */
export function scopeEntry(s: Scope): (env: Env) => Env {
  const lexSlots: number[] = [];
  const undefSlots: number[] = [];
  for (const b of s.bindings.values()) {
    if (b.slot < 0) continue;
    if (b.lexical) lexSlots.push(b.slot);
    else undefSlots.push(b.slot);
  }
  if (s.materialized) {
    const template: any[] = new Array(s.size).fill(undefined);
    for (const slot of lexSlots) template[slot] = TDZ;
    return (env) => {
      const e = template.slice();
      e[0] = env;
      return e;
    };
  }
  if (lexSlots.length === 0 && undefSlots.length === 0) return (env) => env;
  return (env) => {
    for (let i = 0; i < lexSlots.length; i++) env[lexSlots[i]] = TDZ;
    for (let i = 0; i < undefSlots.length; i++) env[undefSlots[i]] = undefined;
    return env;
  };
}

/** BlockDeclarationInstantiation's functions: closures for the block's function declarations. */
export function instantiateBlockFunctions(c: Compiler, stmts: Node[]): ((env: Env) => void) | null {
  const decls: [(env: Env, v: any) => void, (env: Env) => any][] = [];
  for (let s of stmts) {
    while (s.type === 'LabeledStatement') s = s.body;
    if (s.type === 'FunctionDeclaration') decls.push([compileInit(c, s.id.name), compileFunctionDeclarationValue(c, s)]);
  }
  if (decls.length === 0) return null;
  return (env) => {
    for (const [init, make] of decls) init(env, make(env));
  };
}

/** A block `{ ... }` (or any statement list with its own scope node). */
export function compileBlock(c: Compiler, node: Node, stmts: Node[]): Stmt {
  const s = c.an.scopes.get(node);
  if (s === undefined) {
    const inner = compileStatements(c, stmts);
    if (!c.completion) return inner;
    return inner;
  }
  return c.withScope(s, () => {
    const enter = scopeEntry(s);
    const fns = instantiateBlockFunctions(c, stmts);
    const body = stmts.length === 0 ? () => NORMAL : compileStatements(c, stmts);
    if (fns === null) return (env: Env) => body(enter(env));
    return (env: Env) => {
      const e = enter(env);
      fns(e);
      return body(e);
    };
  });
}
