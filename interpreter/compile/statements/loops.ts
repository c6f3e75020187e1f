import type { Node } from '../../parse';
import { JSObject } from '../../values/object';
import { JSSymbol } from '../../values/symbol';
import { HOLE, type PropertyKey, type Value } from '../../values/value';
import { R, ThrowCompletion } from '../../agent';
import { ToBoolean, ToObject } from '../../ops/type-conversion';
import { DONE, GetIterator, IteratorClose, IteratorStepValue } from '../../ops/iterator-operations';
import { JSArray } from '../../exotics/array';
import { breakCode, Completion, continueCode, NORMAL, type Code, type Compiler, type Stmt } from '../compiler';
import { compileExpr, compileStmt } from '../compile';
import type { Env } from '../function-object';
import { compileBindingInitializer, compileAssignmentPattern } from '../patterns';
import { compileReference } from '../expressions/references';
import { scopeEntry } from './blocks';
import { AddDisposableResource, disposeResources, type DisposableResource } from '../using';
import { isPristineArrayIteration, renderExpression } from '../expressions/call';

/** The loop-control plumbing shared by all loops: returns [body, breakCode, continueCode]. */
function loopBody(c: Compiler, body: Node): [Stmt, number, number] {
  const frame = c.enterLabels(true);
  try {
    const s = compileStmt(c, body);
    return [s, breakCode(frame.id), continueCode(frame.id)];
  } finally {
    c.exitLabels();
  }
}

export function compileWhile(c: Compiler, node: Node): Stmt {
  const test = compileExpr(c, node.test);
  const [body, brk, cont] = loopBody(c, node.body);
  const completion = c.completion;
  return (env) => {
    if (completion) Completion.cv = undefined;
    for (;;) {
      if (--R.fuel <= 0) R.agent.refuel();
      const t = test(env);
      if (!(t === true || (t !== false && ToBoolean(t)))) return NORMAL;
      const r = body(env);
      if (r !== NORMAL && r !== cont) return r === brk ? NORMAL : r;
    }
  };
}

export function compileDoWhile(c: Compiler, node: Node): Stmt {
  const test = compileExpr(c, node.test);
  const [body, brk, cont] = loopBody(c, node.body);
  const completion = c.completion;
  return (env) => {
    if (completion) Completion.cv = undefined;
    for (;;) {
      if (--R.fuel <= 0) R.agent.refuel();
      const r = body(env);
      if (r !== NORMAL && r !== cont) return r === brk ? NORMAL : r;
      const t = test(env);
      if (!(t === true || (t !== false && ToBoolean(t)))) return NORMAL;
    }
  };
}

export function compileFor(c: Compiler, node: Node): Stmt {
  const s = c.an.scopes.get(node);
  const compileParts = (): [Stmt | null, Code | null, Code | null, Stmt, number, number] => {
    const init = node.init ? (node.init.type === 'VariableDeclaration' ? compileStmt(c, node.init) : ((e) => (env: Env) => { e(env); return NORMAL; })(compileExpr(c, node.init))) : null;
    const test = node.test ? compileExpr(c, node.test) : null;
    const update = node.update ? compileExpr(c, node.update) : null;
    const [body, brk, cont] = loopBody(c, node.body);
    return [init, test, update, body, brk, cont];
  };
  if (s !== undefined && node.init && node.init.kind === 'using') {
    // for (using x = ...; ...): the loop's resources are disposed when the loop ends (no per-iteration copies).
    const enter = scopeEntry(s);
    const [init, test, update, body, brk, cont] = c.withScope(s, compileParts);
    const slot = s.bindings.get('%using')!.slot;
    const loop: Stmt = (e) => {
      if (init) init(e);
      for (;;) {
        if (--R.fuel <= 0) R.agent.refuel();
        if (test !== null && !ToBoolean(test(e))) return NORMAL;
        const r = body(e);
        if (r !== NORMAL && r !== cont) return r === brk ? NORMAL : r;
        if (update !== null) update(e);
      }
    };
    return (env) => {
      const e = enter(env);
      const list: DisposableResource[] = [];
      e[slot] = list;
      let r: number;
      try {
        r = loop(e);
      } catch (err) {
        if (err instanceof ThrowCompletion) disposeResources(list, err);
        throw err;
      }
      disposeResources(list, null);
      return r;
    };
  }
  const completion = c.completion;
  if (s === undefined || !s.materialized) {
    const enter = s ? scopeEntry(s) : null;
    const [init, test, update, body, brk, cont] = s ? c.withScope(s, compileParts) : compileParts();
    return (env) => {
      if (enter) enter(env);
      if (init) init(env);
      if (completion) Completion.cv = undefined;
      for (;;) {
        if (--R.fuel <= 0) R.agent.refuel();
        if (test !== null) {
          const t = test(env);
          if (!(t === true || (t !== false && ToBoolean(t)))) return NORMAL;
        }
        const r = body(env);
        if (r !== NORMAL && r !== cont) return r === brk ? NORMAL : r;
        if (update !== null) update(env);
      }
    };
  }
  // Per-iteration bindings: each iteration runs in a copy of the loop environment.
  // https://tc39.es/ecma262/#sec-createperiterationenvironment
  const enter = scopeEntry(s);
  const [init, test, update, body, brk, cont] = c.withScope(s, compileParts);
  const isConst = node.init.kind === 'const';
  return (env) => {
    let e = enter(env);
    if (init) init(e);
    if (completion) Completion.cv = undefined;
    if (!isConst) e = e.slice();
    for (;;) {
      if (--R.fuel <= 0) R.agent.refuel();
      if (test !== null) {
        const t = test(e);
        if (!(t === true || (t !== false && ToBoolean(t)))) return NORMAL;
      }
      const r = body(e);
      if (r !== NORMAL && r !== cont) return r === brk ? NORMAL : r;
      if (!isConst) e = e.slice();
      if (update !== null) update(e);
    }
  };
}

/** How a for-in/of head binds each value: (iteration env, value) => void. */
function compileForBinding(c: Compiler, left: Node): (env: Env, v: Value) => void {
  if (left.type === 'VariableDeclaration') {
    const d = left.declarations[0];
    return compileBindingInitializer(c, d.id, left.kind === 'var' ? 'assign' : 'init');
  }
  if (left.type === 'ObjectPattern' || left.type === 'ArrayPattern') return compileAssignmentPattern(c, left);
  const ref = compileReference(c, left);
  return (env, v) => ref.prepare(env)(v);
}

/** for (x in o), for (x of it). https://tc39.es/ecma262/#sec-runtime-semantics-forinofloopevaluation */
export function compileForInOf(c: Compiler, node: Node): Stmt {
  const s = c.an.scopes.get(node);
  const isOf = node.type === 'ForOfStatement';
  // The right side is evaluated with the loop's lexical names in TDZ.
  const tdzEnter = s ? scopeEntry(s) : null;
  const right = s ? c.withScope(s, () => compileExpr(c, node.right)) : compileExpr(c, node.right);
  const iterEnter = s ? scopeEntry(s) : null;
  // Annex B: for (var x = init in o)
  const varInit = node.left.type === 'VariableDeclaration' && node.left.declarations[0].init && !isOf
    ? ((set, v) => (env: Env) => set(env, v(env)))(compileBindingInitializer(c, node.left.declarations[0].id, 'assign'), compileExpr(c, node.left.declarations[0].init))
    : null;
  const [bind, body, brk, cont] = (s ? c.withScope(s, () => {
    const b = compileForBinding(c, node.left);
    return [b, ...loopBody(c, node.body)];
  }) : [compileForBinding(c, node.left), ...loopBody(c, node.body)]) as [(env: Env, v: Value) => void, Stmt, number, number];
  const completion = c.completion;
  const pos = c.pos(node.right);
  const what = renderExpression(node.right);
  const usingSlot = node.left.type === 'VariableDeclaration' && node.left.kind === 'using' ? s!.bindings.get('%using')!.slot : -1;
  const runBody = usingSlot < 0 ? (env: Env, v: Value): number => {
    const e = iterEnter ? iterEnter(env) : env;
    bind(e, v);
    return body(e);
  } : (env: Env, v: Value): number => {
    // for (using x of ...): x is disposed at the end of each iteration.
    const e = iterEnter!(env);
    const list: DisposableResource[] = [];
    e[usingSlot] = list;
    let r: number;
    try {
      bind(e, v);
      AddDisposableResource(list, v, 'sync');
      r = body(e);
    } catch (err) {
      if (err instanceof ThrowCompletion) disposeResources(list, err);
      throw err;
    }
    disposeResources(list, null);
    return r;
  };
  if (!isOf) {
    return (env) => {
      if (varInit) varInit(env);
      const obj = right(tdzEnter ? tdzEnter(env) : env);
      if (completion) Completion.cv = undefined;
      if (obj === undefined || obj === null) return NORMAL;
      R.pc = pos;
      const o = ToObject(obj);
      for (const key of enumerateObjectProperties(o)) {
        if (--R.fuel <= 0) R.agent.refuel();
        const r = runBody(env, key);
        if (r !== NORMAL && r !== cont) return r === brk ? NORMAL : r;
      }
      return NORMAL;
    };
  }
  if (node.await) throw new Error('interpreter bug: for await outside an async body');
  return (env) => {
    const iterable = right(tdzEnter ? tdzEnter(env) : env);
    if (completion) Completion.cv = undefined;
    R.pc = pos;
    if (iterable instanceof JSArray && isPristineArrayIteration(iterable)) {
      for (let i = 0; ; i++) {
        if (--R.fuel <= 0) R.agent.refuel();
        if (i >= iterable.length) return NORMAL;
        const el = iterable.elements!;
        const v = i < el.length && el[i] !== HOLE ? el[i] : iterable.Get(String(i), iterable);
        const r = runBody(env, v);
        if (r !== NORMAL && r !== cont) return r === brk ? NORMAL : r;
      }
    }
    const iter = GetIterator(iterable, 'sync', what);
    for (;;) {
      if (--R.fuel <= 0) R.agent.refuel();
      const v = IteratorStepValue(iter);
      if (v === DONE) return NORMAL;
      let r: number;
      try {
        r = runBody(env, v);
      } catch (e) {
        if (e instanceof ThrowCompletion) IteratorClose(iter, e);
        throw e;
      }
      if (r !== NORMAL && r !== cont) {
        const ret = Completion.ret, cv = Completion.cv;
        IteratorClose(iter);
        Completion.ret = ret;
        Completion.cv = cv;
        return r === brk ? NORMAL : r;
      }
    }
  };
}

/** https://tc39.es/ecma262/#sec-enumerate-object-properties — a generator of enumerable string keys up the prototype chain. */
export function* enumerateObjectProperties(o: JSObject): Generator<string> {
  const visited = new Set<PropertyKey>();
  let cur: JSObject | null = o;
  while (cur !== null) {
    const keys = cur.OwnPropertyKeys();
    for (const key of keys) {
      if (key instanceof JSSymbol) continue;
      if (visited.has(key)) continue;
      const desc = cur.GetOwnProperty(key);
      if (desc === undefined) continue;
      visited.add(key);
      if (desc.enumerable) yield key;
    }
    cur = cur.GetPrototypeOf();
  }
}
