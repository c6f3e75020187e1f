import { JSObject } from './object';
import type { Value, PropertyKey } from './value';
import { C, W } from './shape';
import { R } from '../agent';
import type { Realm } from '../realm';
import { throwRangeError, throwTypeError } from '../errors';
import { JSSymbol } from './symbol';

/** The one signature of every built-in function. newTarget is undefined for [[Call]]. */
export type BuiltinImpl = (thisValue: Value, args: Value[], newTarget: JSObject | undefined) => Value;

/** Pushes a frame for fn, or throws the guest RangeError when the stack is full. */
export function pushFrame(fn: JSObject): number {
  const d = R.depth;
  if (d >= R.maxDepth) throwRangeError('Maximum call stack size exceeded');
  R.fnStack[d] = fn;
  R.pcStack[d] = R.pc;
  R.depth = d + 1;
  return d;
}

export function popFrame(d: number): void {
  R.depth = d;
  R.pc = R.pcStack[d];
}

/** A function implemented by the interpreter. https://tc39.es/ecma262/#sec-built-in-function-objects */
export class BuiltinFunction extends JSObject {
  /** Set for constructors: [[Construct]] calls impl with newTarget. */
  ctor = false;
  constructor(
    readonly fnRealm: Realm,
    readonly impl: BuiltinImpl,
    proto: JSObject | null,
    public fnName: string,
  ) {
    super(proto);
  }

  override get realm(): Realm {
    return this.fnRealm;
  }

  override Call(thisArg: Value, args: Value[]): Value {
    if (--R.fuel <= 0) R.agent.refuel();
    const d = pushFrame(this);
    const realm = R.realm;
    R.realm = this.fnRealm;
    try {
      return this.impl(thisArg, args, undefined);
    } finally {
      R.realm = realm;
      popFrame(d);
    }
  }

  override Construct(args: Value[], newTarget: JSObject): JSObject {
    if (--R.fuel <= 0) R.agent.refuel();
    const d = pushFrame(this);
    const realm = R.realm;
    R.realm = this.fnRealm;
    try {
      return this.impl(undefined, args, newTarget) as JSObject;
    } finally {
      R.realm = realm;
      popFrame(d);
    }
  }
}
BuiltinFunction.prototype.isCallable = true;
BuiltinFunction.prototype.className = 'Function';

/**
 * https://tc39.es/ecma262/#sec-createbuiltinfunction
 * Creates a built-in function with its "length" and "name" properties.
 */
export function CreateBuiltinFunction(
  realm: Realm, impl: BuiltinImpl, length: number, name: PropertyKey, opts?: { ctor?: boolean; prefix?: string; proto?: JSObject | null },
): BuiltinFunction {
  let n = typeof name === 'string' ? name : name.description === undefined ? '' : `[${name.description}]`;
  if (opts?.prefix) n = `${opts.prefix} ${n}`;
  const proto = opts?.proto !== undefined ? opts.proto : realm.intrinsics['%Function.prototype%'];
  const f = new BuiltinFunction(realm, impl, proto, n);
  if (opts?.ctor) {
    f.ctor = true;
    f.isConstructor = true;
  }
  f.addProperty('length', length, C);
  f.addProperty('name', n, C);
  return f;
}

/** Adds built-in methods to obj from a table of [name, implementation, length]. */
export function defineMethods(realm: Realm, obj: JSObject, table: [PropertyKey, BuiltinImpl, number][]): void {
  for (const [name, impl, length] of table) obj.addHidden(name, CreateBuiltinFunction(realm, impl, length, name));
}

/** Adds built-in accessors to obj from a table of [name, getter, setter?]. */
export function defineAccessors(realm: Realm, obj: JSObject, table: [PropertyKey, BuiltinImpl | undefined, BuiltinImpl?][]): void {
  for (const [name, get, set] of table) {
    const g = get && CreateBuiltinFunction(realm, get, 0, name, { prefix: 'get' });
    const s = set && CreateBuiltinFunction(realm, set, 1, name, { prefix: 'set' });
    obj.addAccessor(name, g, s, C);
  }
}

/** Adds non-writable, non-enumerable, non-configurable value properties (e.g. Math.PI). */
export function defineConstants(obj: JSObject, table: [PropertyKey, Value][]): void {
  for (const [name, v] of table) obj.addProperty(name, v, 0);
}

/** Checks that v is callable, or throws a TypeError naming it. */
export function requireCallable(v: Value, what: string): JSObject {
  if (v instanceof JSObject && v.isCallable) return v;
  throwTypeError(`${what} is not a function`);
}

export function isSymbolKey(k: PropertyKey): k is JSSymbol {
  return k instanceof JSSymbol;
}

export { W, C };
