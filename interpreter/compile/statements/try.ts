import type { Node } from '../../parse';
import type { Value } from '../../values/value';
import { R, ThrowCompletion } from '../../agent';
import { makeError, Msg } from '../../errors';
import { Completion, NORMAL, type Compiler, type Stmt } from '../compiler';
import { compileBindingInitializer } from '../patterns';
import type { Env } from '../function-object';
import { isHostStackOverflow } from '../function-object';
import { compileBlock, scopeEntry } from './blocks';

/**
 * The guest value of a caught host exception, or rethrows it: only guest throws (and a host stack
 * overflow, as the guest RangeError) can be caught; terminations and interpreter bugs pass through.
 */
export function caughtValue(e: unknown): Value {
  if (e instanceof ThrowCompletion) return e.value;
  if (isHostStackOverflow(e)) return makeError(R.realm, 'RangeError', Msg.stackOverflow());
  throw e;
}

export function compileTry(c: Compiler, node: Node): Stmt {
  const block = compileBlock(c, node.block, node.block.body);
  const completion = c.completion;
  let handler: ((env: Env, v: Value) => number) | null = null;
  if (node.handler) {
    const h = node.handler;
    const body = h.body;
    if (h.param) {
      const s = c.an.scopes.get(h)!;
      const enter = scopeEntry(s);
      const [init, inner] = c.withScope(s, () => [compileBindingInitializer(c, h.param, 'init'), compileBlock(c, body, body.body)] as const);
      handler = (env, v) => {
        const e = enter(env);
        init(e, v);
        return inner(e);
      };
    } else {
      const inner = compileBlock(c, body, body.body);
      handler = (env) => inner(env);
    }
  }
  const fin = node.finalizer ? compileBlock(c, node.finalizer, node.finalizer.body) : null;
  const withCatch: Stmt = handler === null ? block : (env) => {
    const depth = R.depth;
    try {
      if (completion) Completion.cv = undefined;
      return block(env);
    } catch (e) {
      const v = caughtValue(e);
      R.depth = depth;
      if (completion) Completion.cv = undefined;
      return handler!(env, v);
    }
  };
  if (fin === null) return withCatch;
  return (env) => {
    const depth = R.depth;
    let r: number;
    try {
      if (completion) Completion.cv = undefined;
      r = withCatch(env);
    } catch (e) {
      caughtValue(e);
      R.depth = depth;
      const ret = Completion.ret, cv = Completion.cv;
      if (completion) Completion.cv = undefined;
      const f = fin(env);
      if (f !== NORMAL) return f;
      Completion.ret = ret;
      Completion.cv = cv;
      throw e;
    }
    const ret = Completion.ret, cv = Completion.cv;
    if (completion) Completion.cv = undefined;
    const f = fin(env);
    if (f !== NORMAL) return f;
    Completion.ret = ret;
    Completion.cv = cv;
    return r;
  };
}
