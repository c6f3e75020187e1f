import type { Node } from './../parse';
import { JSObject } from '../values/object';
import type { PropertyKey, Value } from '../values/value';
import { R, ThrowCompletion } from '../agent';
import { Msg, throwTypeError } from '../errors';
import { ToPropertyKey, ToObject } from '../ops/type-conversion';
import { CopyDataProperties, CreateArrayFromList } from '../ops/object-operations';
import { DONE, GetIterator, IteratorClose, IteratorStepValue, type IteratorRecord } from '../ops/iterator-operations';
import type { Code, Compiler } from './compiler';
import { compileExpr } from './compile';
import type { Env } from './function-object';
import { compileAssign, compileInit } from './expressions/Identifier';
import { compileReference } from './expressions/references';
import { compileNamedFunctionOrClass, setFunctionName } from './expressions/functions';
import { isAnonymousFunctionDefinition } from './expressions/operators';
import { getProp } from './references';
import { staticKey } from './expressions/literals';

export type Init = (env: Env, v: Value) => void;

/**
 * Binding initialization of a pattern (declarations and parameters): 'init' initializes bindings
 * declared here; 'assign' puts through the scope chain (var declarations, for-in/of heads with var).
 */
export function compileBindingInitializer(c: Compiler, p: Node, mode: 'init' | 'assign', what?: string): Init {
  switch (p.type) {
    case 'Identifier': return mode === 'init' ? compileInit(c, p.name) : compileAssign(c, p.name, p);
    case 'AssignmentPattern': {
      const inner = compileBindingInitializer(c, p.left, mode);
      const dflt = p.left.type === 'Identifier' && isAnonymousFunctionDefinition(p.right)
        ? ((f) => (env: Env) => f(env, undefined))(compileNamedFunctionOrClass(c, p.right, p.left.name))
        : compileExpr(c, p.right);
      return (env, v) => inner(env, v === undefined ? dflt(env) : v);
    }
    case 'ObjectPattern': return objectPattern(c, p, (t) => ({ kind: 'pattern', init: compileBindingInitializer(c, t, mode) }));
    case 'ArrayPattern': return arrayPattern(c, p, (t) => ({ kind: 'pattern', init: compileBindingInitializer(c, t, mode) }), what);
  }
  throw new Error(`interpreter bug: binding pattern ${p.type}`);
}

/** Destructuring assignment (`[a, b.c] = v`, `({x: o[k]} = v)`). https://tc39.es/ecma262/#sec-destructuring-assignment */
export function compileAssignmentPattern(c: Compiler, p: Node): Init {
  const target = (t: Node): Target => {
    if (t.type === 'ObjectPattern' || t.type === 'ArrayPattern') return { kind: 'pattern', init: compileAssignmentPattern(c, t) };
    if (t.type === 'AssignmentPattern') {
      const inner = target(t.left);
      const dflt = t.left.type === 'Identifier' && isAnonymousFunctionDefinition(t.right)
        ? ((f) => (env: Env) => f(env, undefined))(compileNamedFunctionOrClass(c, t.right, t.left.name))
        : compileExpr(c, t.right);
      return { kind: 'default', inner, dflt };
    }
    const ref = compileReference(c, t);
    return { kind: 'ref', prepare: ref.prepare };
  };
  if (p.type === 'ObjectPattern') return objectPattern(c, p, target);
  return arrayPattern(c, p, target);
}

type Target =
  | { kind: 'pattern'; init: Init }
  | { kind: 'ref'; prepare: (env: Env) => (v: Value) => void }
  | { kind: 'default'; inner: Target; dflt: Code };

/** Evaluates the target's reference first (for assignment targets), then stores the value. */
function prepareTarget(t: Target, env: Env): (v: Value) => void {
  switch (t.kind) {
    case 'pattern': return (v) => t.init(env, v);
    case 'ref': return t.prepare(env);
    case 'default': {
      const inner = prepareTarget(t.inner, env);
      return (v) => inner(v === undefined ? t.dflt(env) : v);
    }
  }
}

function unwrapDefault(p: Node): [Node, Node | null] {
  return p.type === 'AssignmentPattern' ? [p.left, p.right] : [p, null];
}

function objectPattern(c: Compiler, p: Node, mk: (t: Node) => Target): Init {
  const pos = c.pos(p);
  const props = p.properties.map((prop: Node) => {
    if (prop.type === 'RestElement') return { rest: true, target: mk(prop.argument), key: null as Code | null, sk: null as PropertyKey | null };
    const key = prop.computed ? compileExpr(c, prop.key) : null;
    const sk = prop.computed ? null : staticKey(prop.key);
    return { rest: false, target: mk(prop.value), key, sk };
  });
  return (env, v) => {
    if (v === undefined || v === null) {
      R.pc = pos;
      throwTypeError(`Cannot destructure '${String(v)}' as it is ${String(v)}.`);
    }
    const used: PropertyKey[] = [];
    for (const prop of props) {
      if (prop.rest) {
        const store = prepareTarget(prop.target, env);
        const rest = new JSObject(R.realm.ObjectPrototype);
        CopyDataProperties(rest, v, used);
        store(rest);
        continue;
      }
      const k = prop.key ? ToPropertyKey(prop.key(env)) : prop.sk!;
      used.push(k);
      const store = prepareTarget(prop.target, env);
      R.pc = pos;
      store(getProp(v, k));
    }
  };
}

function arrayPattern(c: Compiler, p: Node, mk: (t: Node) => Target, what?: string): Init {
  const elems = p.elements.map((e: Node | null) => {
    if (e === null) return null;
    if (e.type === 'RestElement') return { rest: true, target: mk(e.argument) };
    return { rest: false, target: mk(e) };
  });
  const pos = c.pos(p);
  return (env, v) => {
    R.pc = pos;
    const iter: IteratorRecord = GetIterator(v, 'sync', what);
    try {
      for (const e of elems) {
        if (e === null) {
          if (!iter.done) IteratorStepValue(iter);
          continue;
        }
        const store = prepareTarget(e.target, env);
        if (e.rest) {
          const values: Value[] = [];
          while (!iter.done) {
            const x = IteratorStepValue(iter);
            if (x !== DONE) values.push(x);
          }
          store(CreateArrayFromList(values));
          continue;
        }
        let x: Value = undefined;
        if (!iter.done) {
          const next = IteratorStepValue(iter);
          if (next !== DONE) x = next;
        }
        store(x);
      }
    } catch (err) {
      if (!iter.done && err instanceof ThrowCompletion) IteratorClose(iter, err);
      throw err;
    }
    if (!iter.done) IteratorClose(iter);
  };
}

export { ToObject, Msg, setFunctionName, unwrapDefault };
