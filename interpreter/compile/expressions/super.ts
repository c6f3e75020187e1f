import type { Node } from '../../parse';
import { JSObject } from '../../values/object';
import type { PropertyKey, Value } from '../../values/value';
import { R } from '../../agent';
import { throwTypeError } from '../../errors';
import { keyString } from '../../ops/object-operations';
import { failedSet } from '../references';
import type { Code, Compiler } from '../compiler';
import type { ECMAScriptFunction } from '../function-object';
import { compileRead } from './Identifier';

/** The [[HomeObject]]'s prototype: the base of a super property reference. https://tc39.es/ecma262/#sec-getsuperbase */
export function compileSuperBase(c: Compiler, node: Node): Code {
  const callee = compileRead(c, '%callee', node);
  return (env) => {
    const f = callee(env) as ECMAScriptFunction;
    const home = f.homeObject;
    if (home === undefined) return undefined;
    return home.GetPrototypeOf();
  };
}

export function superGet(base: Value, key: PropertyKey, thisValue: Value): Value {
  if (!(base instanceof JSObject)) throwTypeError(`Cannot read properties of ${String(base)} (reading '${keyString(key)}')`);
  return base.Get(key, thisValue);
}

export function superSet(base: Value, key: PropertyKey, v: Value, thisValue: Value, strict: boolean): void {
  if (!(base instanceof JSObject)) throwTypeError(`Cannot set properties of ${String(base)} (setting '${keyString(key)}')`);
  const ok = base.Set(key, v, thisValue);
  if (!ok && strict) {
    if (thisValue instanceof JSObject) failedSet(thisValue, key);
    throwTypeError(`Cannot assign to read only property '${keyString(key)}' of object`);
  }
}

export { R };
