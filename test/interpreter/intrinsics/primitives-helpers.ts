/**
 * Test helpers for the primitive-value built-ins (Symbol, Boolean, Number, BigInt, Math, global):
 * drive intrinsics through the internal API (a realm, its global object, [[Call]]/[[Construct]]),
 * and evaluate guest source once the compiler is there.
 */
import * as assert from 'assert';
import { Agent, enterAgent, leaveAgent, ThrowCompletion } from '../../../interpreter/agent';
import { Realm } from '../../../interpreter/realm';
import { JSObject } from '../../../interpreter/values/object';
import { CreateBuiltinFunction, type BuiltinImpl } from '../../../interpreter/values/function';
import type { PropertyKey, Value } from '../../../interpreter/values/value';
import { WellKnown } from '../../../interpreter/values/symbol';
import { createRealm } from '../../../interpreter';

/** True when the compiler has landed (evaluate works). */
export const canEvaluate: boolean = (() => {
  try {
    return createRealm().evaluate('1+1') === 2;
  } catch {
    return false;
  }
})();

/** A fresh realm with helpers that run inside its agent. */
export class Env {
  readonly realm: Realm;

  /** A realm with its own agent, or (given one) a new realm in the same agent. */
  constructor(sameAgentAs?: Env) {
    const agent = sameAgentAs ? sameAgentAs.realm.agent : new Agent();
    const prev = enterAgent(agent, null as any);
    try {
      this.realm = new Realm(agent);
    } finally {
      leaveAgent(prev);
    }
  }

  /** Runs f with this realm's agent entered. */
  run<T>(f: () => T): T {
    const prev = enterAgent(this.realm.agent, this.realm);
    try {
      return f();
    } finally {
      leaveAgent(prev);
    }
  }

  /** Reads a dotted path from the global object ('Number.prototype.toFixed'). */
  get(path: string): Value {
    return this.run(() => {
      let v: Value = this.realm.globalObject;
      for (const part of path.split('.')) v = (v as JSObject).Get(part, v);
      return v;
    });
  }

  /** Calls the function at path with thisValue and args. */
  call(path: string | JSObject, thisValue: Value, ...args: Value[]): Value {
    const f = typeof path === 'string' ? this.get(path) : path;
    return this.run(() => (f as JSObject).Call(thisValue, args));
  }

  /** Constructs the function at path with args (newTarget defaults to the function). */
  construct(path: string | JSObject, args: Value[], newTarget?: JSObject): JSObject {
    const f = (typeof path === 'string' ? this.get(path) : path) as JSObject;
    return this.run(() => f.Construct(args, newTarget ?? f));
  }

  /** A guest function backed by a host closure. */
  fn(impl: BuiltinImpl, name = 'f', length = 0): JSObject {
    return this.run(() => CreateBuiltinFunction(this.realm, impl, length, name));
  }

  /** A plain guest object with the given data properties. */
  obj(props: Record<string, Value> = {}, proto: JSObject | null = this.realm.ObjectPrototype): JSObject {
    const o = new JSObject(proto);
    for (const k of Object.keys(props)) o.setOwn(k, props[k]);
    return o;
  }

  /** An object whose valueOf returns v and records its call in log under tag. */
  valueOf(v: Value, log?: string[], tag?: string): JSObject {
    return this.obj({
      valueOf: this.fn(() => { if (log) log.push(tag ?? String(v)); return v; }, 'valueOf'),
      toString: this.fn(() => { if (log) log.push(`${tag ?? String(v)}:toString`); return String(v); }, 'toString'),
    });
  }

  /** An object whose toString returns s and records its call. */
  toStringObj(s: string, log?: string[], tag?: string): JSObject {
    return this.obj({ toString: this.fn(() => { if (log) log.push(tag ?? s); return s; }, 'toString') });
  }

  /** A guest iterable over the given values; onReturn is called if the iterator is closed. */
  iterable(values: Value[], onReturn?: () => void): JSObject {
    let i = 0;
    const iter = this.obj({
      next: this.fn(() => {
        const done = i >= values.length;
        return this.obj({ done, value: done ? undefined : values[i++] });
      }, 'next'),
      return: this.fn(() => { onReturn?.(); return this.obj(); }, 'return'),
    });
    const o = this.obj();
    o.setOwn(WellKnown.iterator, this.fn(() => iter, '[Symbol.iterator]'));
    return o;
  }

  /** Own property descriptor attributes as a compact string "wec" (missing letters are false), or undefined. */
  attrs(o: JSObject, key: PropertyKey): string | undefined {
    const d = o.GetOwnProperty(key);
    if (d === undefined) return undefined;
    return `${d.writable ? 'w' : '-'}${d.enumerable ? 'e' : '-'}${d.configurable ? 'c' : '-'}`;
  }
}

/** Asserts that f throws a guest error of the given type (and message, if given). */
export function assertThrows(f: () => unknown, type: string, message?: string | RegExp): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ThrowCompletion)) throw e;
    const err = e.value as JSObject;
    assert.ok(err instanceof JSObject, 'thrown value is an object');
    const name = err.Get('name', err);
    const msg = err.Get('message', err) as string;
    assert.strictEqual(name, type, `expected ${type}, got ${String(name)}: ${msg}`);
    if (typeof message === 'string') assert.strictEqual(msg, message);
    else if (message) assert.match(msg, message);
    return;
  }
  assert.fail(`expected a guest ${type}`);
}

/** Asserts Object.is equality (so -0 and NaN are checked exactly). */
export function same(actual: unknown, expected: unknown, msg?: string): void {
  assert.ok(Object.is(actual, expected), msg ?? `expected ${String(expected)}, got ${String(actual)}`);
}

/**
 * Source-level helpers over one fresh realm: ev(src) evaluates guest source and returns the host
 * copy; throwsGuest(src, name, message?) checks that it throws that guest error.
 */
export function guest(): { ev: (src: string) => unknown; throwsGuest: (src: string, name: string, message?: string | RegExp) => void } {
  const r = createRealm();
  return {
    ev: (src) => r.evaluate(src),
    throwsGuest: (src, name, message) => {
      assert.throws(() => r.evaluate(src), (e: any) => {
        assert.strictEqual(e.name, name, `${src}: expected ${name}, got ${e.name}: ${e.message}`);
        if (typeof message === 'string') assert.strictEqual(e.message, message);
        else if (message) assert.match(e.message, message);
        return true;
      });
    },
  };
}
