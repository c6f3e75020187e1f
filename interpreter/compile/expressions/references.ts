import type { Node } from '../../parse';
import { JSObject } from '../../values/object';
import type { PropertyKey, Value } from '../../values/value';
import { R } from '../../agent';
import { ToBoolean, ToPropertyKey } from '../../ops/type-conversion';
import type { Code, Compiler } from '../compiler';
import { compileExpr } from '../compile';
import type { Env } from '../function-object';
import { compileAssign, compileDynamicReference, compileRead } from './Identifier';
import { getComputed, getProp, namedSetter, setComputed, setProp } from '../references';
import { namedGetter } from './member';
import { compilePrivateGet, compilePrivateSet } from './private';
import { compileSuperBase, superGet, superSet } from './super';
import { throwReferenceError, throwSyntaxError } from '../../errors';

/**
 * A compiled assignment target: the ways an assignment can use it, each evaluating the
 * reference's parts (base object, key) exactly once and in the spec's order.
 */
export interface CompiledReference {
  /** target = rhs; returns the value. */
  assign(rhs: Code): Code;
  /** target = combine(old); returns the new value, or the old one (after oldTransform) for postfix updates. */
  rmw(combine: (old: Value, env: Env) => Value, result: 'new' | 'old', oldTransform?: (old: Value) => Value): Code;
  /** target &&= rhs, ||=, ??= */
  logical(op: string, rhs: Code): Code;
  /** For destructuring: evaluates the reference's parts and returns a function that stores a value. */
  prepare(env: Env): (v: Value) => void;
}

function shortCircuits(op: string, v: Value): boolean {
  if (op === '&&=') return !ToBoolean(v);
  if (op === '||=') return ToBoolean(v);
  return v !== undefined && v !== null;
}

export function compileReference(c: Compiler, target: Node): CompiledReference {
  if (target.type === 'ParenthesizedExpression') return compileReference(c, target.expression);
  if (target.type === 'Identifier') return identifierReference(c, target);
  if (target.type === 'MemberExpression') {
    if (target.object.type === 'Super') return superReference(c, target);
    if (target.property.type === 'PrivateIdentifier') return privateReference(c, target);
    return memberReference(c, target);
  }
  // Calls as assignment targets are a runtime ReferenceError in sloppy code (web compat); acorn rejects most.
  const e = compileExpr(c, target);
  const fail = (env: Env): never => {
    e(env);
    return throwReferenceError('Invalid left-hand side in assignment');
  };
  return { assign: () => fail, rmw: () => fail, logical: () => fail, prepare: (env) => fail(env) };
}

function identifierReference(c: Compiler, node: Node): CompiledReference {
  const name: string = node.name;
  const dyn = compileDynamicReference(c, name, node);
  if (dyn !== null) {
    return {
      assign: (rhs) => (env) => { const h = dyn.resolve(env); const v = rhs(env); dyn.set(env, h, v); return v; },
      rmw: (combine, result, oldTransform) => (env) => {
        const h = dyn.resolve(env);
        let old = dyn.get(env, h);
        if (result === 'old') old = oldTransform!(old);
        const v = combine(old, env);
        dyn.set(env, h, v);
        return result === 'new' ? v : old;
      },
      logical: (op, rhs) => (env) => {
        const h = dyn.resolve(env);
        const old = dyn.get(env, h);
        if (shortCircuits(op, old)) return old;
        const v = rhs(env);
        dyn.set(env, h, v);
        return v;
      },
      prepare: (env) => { const h = dyn.resolve(env); return (v) => dyn.set(env, h, v); },
    };
  }
  const read = compileRead(c, name, node);
  const write = compileAssign(c, name, node);
  return {
    assign: (rhs) => (env) => { const v = rhs(env); write(env, v); return v; },
    rmw: (combine, result, oldTransform) => {
      if (result === 'new') return (env) => { const v = combine(read(env), env); write(env, v); return v; };
      return (env) => {
        const old = oldTransform!(read(env));
        write(env, combine(old, env));
        return old;
      };
    },
    logical: (op, rhs) => (env) => {
      const old = read(env);
      if (shortCircuits(op, old)) return old;
      const v = rhs(env);
      write(env, v);
      return v;
    },
    prepare: (env) => (v) => write(env, v),
  };
}

function memberReference(c: Compiler, node: Node): CompiledReference {
  const obj = compileExpr(c, node.object);
  const strict = c.strict;
  const pos = c.pos(node);
  if (!node.computed) {
    const key: string = node.property.name;
    const put = namedSetter(key, strict, pos);
    const get = namedGetter(key, pos);
    return {
      assign: (rhs) => (env) => {
        const o = obj(env);
        const v = rhs(env);
        put(o, v);
        return v;
      },
      rmw: (combine, result, oldTransform) => (env) => {
        const o = obj(env);
        let old = get(o);
        if (result === 'old') old = oldTransform!(old);
        const v = combine(old, env);
        put(o, v);
        return result === 'new' ? v : old;
      },
      logical: (op, rhs) => (env) => {
        const o = obj(env);
        const old = get(o);
        if (shortCircuits(op, old)) return old;
        const v = rhs(env);
        put(o, v);
        return v;
      },
      prepare: (env) => {
        const o = obj(env);
        return (v) => { R.pc = pos; setProp(o, key, v, strict); };
      },
    };
  }
  const keyExpr = compileExpr(c, node.property);
  return {
    assign: (rhs) => (env) => {
      const o = obj(env);
      const k = keyExpr(env);
      const v = rhs(env);
      R.pc = pos;
      setComputed(o, k, v, strict);
      return v;
    },
    rmw: (combine, result, oldTransform) => (env) => {
      const o = obj(env);
      const k = keyExpr(env);
      R.pc = pos;
      if (o === undefined || o === null) getComputed(o, k);
      const pk: PropertyKey | number = typeof k === 'number' && (k >>> 0) === k ? k : ToPropertyKey(k);
      let old = typeof pk === 'number' ? getComputed(o, pk) : getProp(o, pk);
      if (result === 'old') old = oldTransform!(old);
      const v = combine(old, env);
      R.pc = pos;
      setComputed(o, pk, v, strict);
      return result === 'new' ? v : old;
    },
    logical: (op, rhs) => (env) => {
      const o = obj(env);
      const k = keyExpr(env);
      R.pc = pos;
      if (o === undefined || o === null) getComputed(o, k);
      const pk = ToPropertyKey(k);
      const old = getProp(o, pk);
      if (shortCircuits(op, old)) return old;
      const v = rhs(env);
      R.pc = pos;
      setProp(o, pk, v, strict);
      return v;
    },
    prepare: (env) => {
      const o = obj(env);
      const k = keyExpr(env);
      return (v) => { R.pc = pos; setComputed(o, k, v, strict); };
    },
  };
}

function privateReference(c: Compiler, node: Node): CompiledReference {
  const obj = compileExpr(c, node.object);
  const get = compilePrivateGet(c, node.property.name);
  const set = compilePrivateSet(c, node.property.name);
  const pos = c.pos(node);
  return {
    assign: (rhs) => (env) => {
      const o = obj(env);
      const v = rhs(env);
      R.pc = pos;
      set(env, o, v);
      return v;
    },
    rmw: (combine, result, oldTransform) => (env) => {
      const o = obj(env);
      R.pc = pos;
      let old = get(env, o);
      if (result === 'old') old = oldTransform!(old);
      const v = combine(old, env);
      R.pc = pos;
      set(env, o, v);
      return result === 'new' ? v : old;
    },
    logical: (op, rhs) => (env) => {
      const o = obj(env);
      R.pc = pos;
      const old = get(env, o);
      if (shortCircuits(op, old)) return old;
      const v = rhs(env);
      set(env, o, v);
      return v;
    },
    prepare: (env) => {
      const o = obj(env);
      return (v) => set(env, o, v);
    },
  };
}

function superReference(c: Compiler, node: Node): CompiledReference {
  const base = compileSuperBase(c, node);
  const thisRead = compileRead(c, 'this', node);
  const keyExpr = node.computed ? compileExpr(c, node.property) : null;
  const name: string = node.computed ? '' : node.property.name;
  const strict = c.strict;
  // The key's value is evaluated, then GetSuperBase, then ToPropertyKey (in GetValue/PutValue).
  const keyValue = (env: Env): Value => (keyExpr ? keyExpr(env) : name);
  const toKey = (k: Value): PropertyKey => (keyExpr ? ToPropertyKey(k) : name);
  return {
    assign: (rhs) => (env) => {
      const t = thisRead(env);
      const k = keyExpr ? keyExpr(env) : name;
      const b = base(env);
      const v = rhs(env);
      superSet(b, ToPropertyKey(k), v, t, strict);
      return v;
    },
    rmw: (combine, result, oldTransform) => (env) => {
      const t = thisRead(env);
      const kv = keyValue(env);
      const b = base(env);
      const k = toKey(kv);
      let old = superGet(b, k, t);
      if (result === 'old') old = oldTransform!(old);
      const v = combine(old, env);
      superSet(b, k, v, t, strict);
      return result === 'new' ? v : old;
    },
    logical: (op, rhs) => (env) => {
      const t = thisRead(env);
      const kv = keyValue(env);
      const b = base(env);
      const k = toKey(kv);
      const old = superGet(b, k, t);
      if (shortCircuits(op, old)) return old;
      const v = rhs(env);
      superSet(b, k, v, t, strict);
      return v;
    },
    prepare: (env) => {
      const t = thisRead(env);
      const kv = keyValue(env);
      const b = base(env);
      const k = toKey(kv);
      return (v) => superSet(b, k, v, t, strict);
    },
  };
}

export { JSObject, throwSyntaxError };
