/**
 * Test helpers for the binary-data built-ins (ArrayBuffer, SharedArrayBuffer, TypedArrays,
 * DataView, Atomics): drive them through the internal API of a fresh realm.
 */
import * as assert from 'assert';
import { Agent, enterAgent, leaveAgent, ThrowCompletion } from '../../../interpreter/agent';
import { Realm } from '../../../interpreter/realm';
import { JSObject } from '../../../interpreter/values/object';
import { CreateBuiltinFunction, type BuiltinImpl } from '../../../interpreter/values/function';
import type { PropertyKey, Value } from '../../../interpreter/values/value';
import { typedArrayInfo } from '../../../interpreter/exotics/typed-array';
import { CreateArrayFromList } from '../../../interpreter/ops/object-operations';
import { createRealm } from '../../../interpreter';

/** True when the compiler has landed (evaluate works). */
export const canEvaluate: boolean = (() => {
  try {
    return createRealm().evaluate('1+1') === 2;
  } catch {
    return false;
  }
})();

/** A fresh realm; every helper runs inside its agent. */
export class Bin {
  readonly realm: Realm;

  constructor() {
    const agent = new Agent();
    const prev = enterAgent(agent, null as any);
    try {
      this.realm = new Realm(agent);
    } finally {
      leaveAgent(prev);
    }
  }

  run<T>(f: () => T): T {
    const prev = enterAgent(this.realm.agent, this.realm);
    try {
      return f();
    } finally {
      leaveAgent(prev);
    }
  }

  /** A global by name ('Uint8Array'). */
  global(name: string): JSObject {
    return this.run(() => this.realm.globalObject.Get(name, this.realm.globalObject)) as JSObject;
  }

  /** new <name>(...args), or new with the given constructor object. */
  new(ctor: string | JSObject, ...args: Value[]): JSObject {
    const f = typeof ctor === 'string' ? this.global(ctor) : ctor;
    return this.run(() => f.Construct(args, f));
  }

  get(o: Value, key: PropertyKey): Value {
    return this.run(() => (o as JSObject).Get(key, o));
  }

  set(o: JSObject, key: PropertyKey, v: Value): boolean {
    return this.run(() => o.Set(key, v, o));
  }

  /** o[name](...args) */
  call(o: Value, name: PropertyKey, ...args: Value[]): Value {
    return this.run(() => {
      const f = (o as JSObject).Get(name, o) as JSObject;
      return f.Call(o, args);
    });
  }

  /** Calls f with this and args. */
  apply(f: JSObject, thisValue: Value, ...args: Value[]): Value {
    return this.run(() => f.Call(thisValue, args));
  }

  /** A guest function backed by a host closure. */
  fn(impl: BuiltinImpl, name = 'f', length = 0): JSObject {
    return this.run(() => CreateBuiltinFunction(this.realm, impl, length, name));
  }

  /** A constructor function backed by a host closure. */
  ctor(impl: BuiltinImpl, name = 'C'): JSObject {
    return this.run(() => CreateBuiltinFunction(this.realm, impl, 0, name, { ctor: true }));
  }

  obj(props: Record<string, Value> = {}): JSObject {
    return this.run(() => {
      const o = new JSObject(this.realm.ObjectPrototype);
      for (const k of Object.keys(props)) o.setOwn(k, props[k]);
      return o;
    });
  }

  /** A guest array of values. */
  array(values: Value[]): JSObject {
    return this.run(() => CreateArrayFromList(values));
  }

  /** The elements of a typed array as a host array. */
  elems(ta: Value): Value[] {
    return this.run(() => {
      const info = typedArrayInfo(ta as JSObject);
      assert.ok(info, 'a typed array');
      const out: Value[] = [];
      for (let i = 0; i < info.length; i++) out.push(info.get(i));
      return out;
    });
  }

  /** A typed array of type name holding values. */
  ta(name: string, values: Value[]): JSObject {
    const t = this.new(name, values.length);
    this.run(() => values.forEach((v, i) => t.Set(String(i), v, t)));
    return t;
  }

  /** Asserts that f throws a guest error of the given type (and message, if given). */
  throws(f: () => unknown, type: string, message?: string | RegExp): void {
    try {
      f();
    } catch (e) {
      if (!(e instanceof ThrowCompletion)) throw e;
      const err = e.value as JSObject;
      const name = this.get(err, 'name');
      const msg = this.get(err, 'message') as string;
      assert.strictEqual(name, type, `expected ${type}, got ${String(name)}: ${msg}`);
      if (typeof message === 'string') assert.strictEqual(msg, message);
      else if (message) assert.match(msg, message);
      return;
    }
    assert.fail(`expected a guest ${type}`);
  }

  /** Own property attributes as "wec" letters, or undefined. */
  attrs(o: JSObject, key: PropertyKey): string | undefined {
    const d = this.run(() => o.GetOwnProperty(key));
    if (d === undefined) return undefined;
    return `${d.writable ? 'w' : '-'}${d.enumerable ? 'e' : '-'}${d.configurable ? 'c' : '-'}`;
  }
}
