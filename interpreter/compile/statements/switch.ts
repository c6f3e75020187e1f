import type { Node } from '../../parse';
import { breakCode, Completion, NORMAL, type Compiler, type Stmt } from '../compiler';
import { compileExpr, compileStatements } from '../compile';
import { scopeEntry, instantiateBlockFunctions } from './blocks';
import type { Env } from '../function-object';

/** https://tc39.es/ecma262/#sec-switch-statement-runtime-semantics-evaluation */
export function compileSwitch(c: Compiler, node: Node): Stmt {
  const disc = compileExpr(c, node.discriminant);
  const s = c.an.scopes.get(node);
  const frame = c.enterLabels(false);
  (frame as any).switch = true;
  const brk = breakCode(frame.id);
  const completion = c.completion;
  try {
    const build = () => {
      const all: Node[] = [];
      for (const k of node.cases) all.push(...k.consequent);
      const fns = s ? instantiateBlockFunctions(c, all) : null;
      const cases = node.cases.map((k: Node) => ({
        test: k.test ? compileExpr(c, k.test) : null,
        body: compileStatements(c, k.consequent),
      }));
      return { fns, cases };
    };
    const { fns, cases } = s ? c.withScope(s, build) : build();
    const enter = s ? scopeEntry(s) : null;
    const defaultIndex = cases.findIndex((k: any) => k.test === null);
    return (env) => {
      const v = disc(env);
      let e: Env = env;
      if (enter) e = enter(env);
      if (fns) fns(e);
      if (completion) Completion.cv = undefined;
      let start = -1;
      for (let i = 0; i < cases.length; i++) {
        const t = cases[i].test;
        if (t !== null && t(e) === v) { start = i; break; }
      }
      if (start < 0) start = defaultIndex;
      if (start < 0) return NORMAL;
      for (let i = start; i < cases.length; i++) {
        const r = cases[i].body(e);
        if (r !== NORMAL) return r === brk ? NORMAL : r;
      }
      return NORMAL;
    };
  } finally {
    c.exitLabels();
  }
}
