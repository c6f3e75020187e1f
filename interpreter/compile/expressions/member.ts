import type { Node } from '../../parse';
import { JSObject } from '../../values/object';
import type { Shape } from '../../values/shape';
import { ACCESSOR } from '../../values/shape';
import type { Value } from '../../values/value';
import { R } from '../../agent';
import { ToPropertyKey } from '../../ops/type-conversion';
import type { Code, Compiler } from '../compiler';
import { compileExpr } from '../compile';
import { getComputed, getProp } from '../references';
import { compilePrivateGet } from './private';
import { compileSuperBase, superGet } from './super';
import { compileRead } from './Identifier';

/** Marks a short-circuited optional chain (a?.b when a is nullish); never visible to guest code. */
export const SHORT: any = Object.freeze({ short: true });

/**
 * A property read with a constant key, with an inline cache for own data properties and for data
 * properties on the prototype (the receiver's shape fixes its prototype).
 */
export function namedGetter(key: string, pos: any): (o: Value) => Value {
  // Up to four entries (a polymorphic inline cache): own data properties (holder null) and data
  // properties of the receiver's prototype (valid while the prototype's shape is unchanged).
  const shapes: (Shape | null)[] = [null, null, null, null];
  const holders: (JSObject | null)[] = [null, null, null, null];
  const holderShapes: (Shape | null)[] = [null, null, null, null];
  const slotsAt: number[] = [-1, -1, -1, -1];
  let next = 0;
  const remember = (s: Shape, holder: JSObject | null, slot: number): void => {
    const i = next;
    next = (next + 1) & 3;
    shapes[i] = s;
    holders[i] = holder;
    holderShapes[i] = holder === null ? null : holder.shape;
    slotsAt[i] = slot;
  };
  const slow = (o: JSObject): Value => {
    const s = o.shape;
    if (!s.dictionary) {
      const i = s.lookup(key);
      if (i >= 0) {
        if (!(s.attrs[i] & ACCESSOR)) {
          remember(s, null, i);
          return o.slots[i];
        }
      } else {
        const p = s.proto;
        if (p !== null && !p.shape.dictionary && !p.exotic) {
          const j = p.shape.lookup(key);
          if (j >= 0 && !(p.shape.attrs[j] & ACCESSOR)) {
            remember(s, p, j);
            return p.slots[j];
          }
        }
      }
    }
    R.pc = pos;
    return o.Get(key, o);
  };
  return (o) => {
    if (o instanceof JSObject) {
      const s = o.shape;
      for (let i = 0; i < 4; i++) {
        if (shapes[i] === s) {
          const h = holders[i];
          if (h === null) return o.slots[slotsAt[i]];
          if (h.shape === holderShapes[i]) return h.slots[slotsAt[i]];
        }
      }
      return slow(o);
    }
    R.pc = pos;
    return getProp(o, key);
  };
}

export function compileMember(c: Compiler, node: Node, inChain = false): Code {
  const pos = c.pos(node);
  if (node.object.type === 'Super') {
    const base = compileSuperBase(c, node);
    const thisRead = compileRead(c, 'this', node);
    const key = node.computed ? compileExpr(c, node.property) : null;
    const name: string = node.computed ? '' : node.property.name;
    return (env) => {
      const t = thisRead(env);
      const k = key ? ToPropertyKey(key(env)) : name;
      const b = base(env);
      R.pc = pos;
      return superGet(b, k, t);
    };
  }
  const obj = compileChainPart(c, node.object, inChain);
  const optional = !!node.optional;
  if (node.property.type === 'PrivateIdentifier') {
    const get = compilePrivateGet(c, node.property.name);
    return (env) => {
      const o = obj(env);
      if (inChain) {
        if (o === SHORT) return SHORT;
        if (optional && (o === undefined || o === null)) return SHORT;
      }
      R.pc = pos;
      return get(env, o);
    };
  }
  if (!node.computed) {
    const get = namedGetter(node.property.name, pos);
    if (!inChain) return (env) => get(obj(env));
    return (env) => {
      const o = obj(env);
      if (o === SHORT) return SHORT;
      if (optional && (o === undefined || o === null)) return SHORT;
      return get(o);
    };
  }
  const key = compileExpr(c, node.property);
  if (!inChain) {
    return (env) => {
      const o = obj(env);
      const k = key(env);
      R.pc = pos;
      return getComputed(o, k);
    };
  }
  return (env) => {
    const o = obj(env);
    if (o === SHORT) return SHORT;
    if (optional && (o === undefined || o === null)) return SHORT;
    const k = key(env);
    R.pc = pos;
    return getComputed(o, k);
  };
}

/** Compiles a part of an optional chain: members and calls inside propagate SHORT. */
export function compileChainPart(c: Compiler, node: Node, inChain: boolean): Code {
  if (!inChain) return compileExpr(c, node);
  if (node.type === 'MemberExpression') return compileMember(c, node, true);
  if (node.type === 'CallExpression') {
    const { compileCall } = require('./call');
    return compileCall(c, node, true);
  }
  return compileExpr(c, node);
}

/** a?.b.c — a short-circuited chain evaluates to undefined. */
export function compileChain(c: Compiler, node: Node): Code {
  const inner = compileChainPart(c, node.expression, true);
  return (env) => {
    const v = inner(env);
    return v === SHORT ? undefined : v;
  };
}
