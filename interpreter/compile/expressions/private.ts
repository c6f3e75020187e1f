import type { Node } from '../../parse';
import { JSObject } from '../../values/object';
import type { Value } from '../../values/value';
import { R } from '../../agent';
import { Msg, throwTypeError } from '../../errors';
import type { Code, Compiler } from '../compiler';
import { compileExpr } from '../compile';
import type { Env, PrivateName, PrivateElement } from '../function-object';
import { compileRead } from './Identifier';

/** https://tc39.es/ecma262/#sec-privateget */
export function PrivateGet(o: Value, p: PrivateName): Value {
  const entry = o instanceof JSObject ? o.privateElements?.get(p) : undefined;
  if (entry === undefined) throwTypeError(Msg.privateNotPresent(p.description));
  if (entry.kind === 'field' || entry.kind === 'method') return entry.value;
  if (entry.get === undefined) throwTypeError(Msg.privateNoGetter(p.description));
  return entry.get.Call(o, []);
}

/** https://tc39.es/ecma262/#sec-privateset */
export function PrivateSet(o: Value, p: PrivateName, v: Value): void {
  const entry = o instanceof JSObject ? o.privateElements?.get(p) : undefined;
  if (entry === undefined) throwTypeError(Msg.privateWriteNotPresent(p.description));
  if (entry.kind === 'field') { entry.value = v; return; }
  if (entry.kind === 'method') throwTypeError(Msg.privateMethodWrite(p.description));
  if (entry.set === undefined) throwTypeError(Msg.privateNoSetter(p.description));
  entry.set.Call(o, [v]);
}

/** https://tc39.es/ecma262/#sec-privatefieldadd and PrivateMethodOrAccessorAdd */
export function PrivateElementAdd(o: JSObject, p: PrivateName, e: PrivateElement): void {
  // NON-SPEC (nonextensible-applies-to-private is a proposal): private elements ignore extensibility.
  const m = o.privateElements ?? (o.privateElements = new Map());
  if (m.has(p)) throwTypeError(Msg.privateAlreadyPresent(p.description));
  m.set(p, e);
}

export function compilePrivateGet(c: Compiler, name: string): (env: Env, o: Value) => Value {
  const pn = compileRead(c, '#' + name, null);
  return (env, o) => PrivateGet(o, pn(env) as any);
}

export function compilePrivateSet(c: Compiler, name: string): (env: Env, o: Value, v: Value) => void {
  const pn = compileRead(c, '#' + name, null);
  return (env, o, v) => PrivateSet(o, pn(env) as any, v);
}

/** `#x in obj` */
export function privateIn(c: Compiler, node: Node): Code {
  const test = privateInTest(c, node);
  const r = compileExpr(c, node.right);
  return (env) => test(env, r(env));
}

/** The test of `#x in o` once o is evaluated (also used by the resumable compiler). */
export function privateInTest(c: Compiler, node: Node): (env: Env, o: Value) => boolean {
  const pn = compileRead(c, '#' + node.left.name, null);
  const pos = c.pos(node);
  return (env, o) => {
    R.pc = pos;
    if (!(o instanceof JSObject)) throwTypeError(`Cannot use 'in' operator to search for '#${node.left.name}' in ${String(o)}`);
    return o.privateElements?.has(pn(env) as any) ?? false;
  };
}

/** obj.#x */
export function compilePrivateMember(c: Compiler, node: Node, obj: Code): Code {
  const get = compilePrivateGet(c, node.property.name);
  const pos = c.pos(node);
  return (env) => {
    const o = obj(env);
    R.pc = pos;
    return get(env, o);
  };
}
