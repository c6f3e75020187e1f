import { JSObject } from '../values/object';
import { JSSymbol, WellKnown } from '../values/symbol';
import { TDZ, HOLE, type PropertyKey, type Value } from '../values/value';
import { ACCESSOR, W } from '../values/shape';
import { R } from '../agent';
import { Msg, throwReferenceError, throwTypeError } from '../errors';
import { keyString, protoForPrimitive } from '../ops/object-operations';
import { ToPropertyKey, describe } from '../ops/type-conversion';
import { JSArray, arraySetIndex } from '../exotics/array';
import type { Realm, GlobalBinding } from '../realm';
import type { Env } from './function-object';

/** Reads a property of any value (GetValue on a property reference). */
export function getProp(base: Value, key: PropertyKey): Value {
  if (base instanceof JSObject) return base.Get(key, base);
  if (typeof base === 'string') {
    if (key === 'length') return base.length;
    if (typeof key === 'string') {
      const c = key.charCodeAt(0);
      if (c >= 48 && c <= 57) {
        const i = +key;
        if (i < base.length && String(i) === key) return base[i];
      }
    }
  }
  if (base === undefined || base === null) throwTypeError(Msg.readOfNullish(keyString(key), String(base)));
  return protoForPrimitive(base, key).Get(key, base);
}

/** Reads base[index] for an integer index (fast path for arrays and strings). */
export function getIndex(base: Value, i: number): Value {
  if (base instanceof JSObject) {
    const el = base.elements;
    if (el !== null && i < el.length && !base.exotic) {
      const v = el[i];
      if (v !== HOLE) return v;
    }
    return base.Get(String(i), base);
  }
  if (typeof base === 'string' && i < base.length) return base[i];
  return getProp(base, String(i));
}

/** Reads base[key] for a computed key value. */
export function getComputed(base: Value, key: Value): Value {
  if (typeof key === 'number' && (key >>> 0) === key && key !== 4294967295) return getIndex(base, key);
  if (base === undefined || base === null) {
    throwTypeError(Msg.readOfNullish(typeof key === 'string' ? key : key instanceof JSSymbol ? keyString(key) : String(key), String(base)));
  }
  return getProp(base, ToPropertyKey(key));
}

/** PutValue on a property reference. */
export function setProp(base: Value, key: PropertyKey, v: Value, strict: boolean): void {
  if (base instanceof JSObject) {
    if (!base.Set(key, v, base) && strict) failedSet(base, key);
    return;
  }
  if (base === undefined || base === null) throwTypeError(Msg.writeOfNullish(keyString(key), String(base)));
  const ok = protoForPrimitive(base, key).Set(key, v, base);
  if (!ok && strict) {
    const shown = typeof base === 'string' ? base : describe(base);
    if (typeof base === 'string' && (key === 'length' || (typeof key === 'string' && +key < base.length && String(+key) === key))) {
      throwTypeError(`Cannot assign to read only property '${key}' of string '${base}'`);
    }
    throwTypeError(`Cannot create property '${keyString(key)}' on ${typeof base} '${shown}'`);
  }
}

/** base[key] = v for a computed key value. */
export function setComputed(base: Value, key: Value, v: Value, strict: boolean): void {
  if (typeof key === 'number' && base instanceof JSArray && (key >>> 0) === key && key !== 4294967295 && !base.exotic) {
    if (!arraySetIndex(base, key, v) && strict) failedSet(base, String(key));
    return;
  }
  if (base === undefined || base === null) {
    throwTypeError(Msg.writeOfNullish(typeof key === 'string' ? key : String(key instanceof JSSymbol ? keyString(key) : key), String(base)));
  }
  setProp(base, ToPropertyKey(key), v, strict);
}

export function failedSet(o: JSObject, key: PropertyKey): never {
  // Find out why, to word the error like V8.
  for (let p: JSObject | null = o; p !== null; p = p.GetPrototypeOf()) {
    const d = p.GetOwnProperty(key);
    if (d !== undefined) {
      if ('get' in d || 'set' in d) {
        if (d.set === undefined) throwTypeError(`Cannot set property ${keyString(key)} of ${describe(o)} which has only a getter`);
        break;
      }
      if (!d.writable) throwTypeError(Msg.readOnly(keyString(key), describe(o)));
      break;
    }
  }
  if (!o.IsExtensible()) throwTypeError(Msg.notExtensible(keyString(key)));
  throwTypeError(Msg.readOnly(keyString(key), describe(o)));
}

// ---- global environment ----

/** https://tc39.es/ecma262/#sec-global-environment-records — reads a global name (ReferenceError if absent). */
export function globalGet(realm: Realm, name: string, forTypeof: boolean): Value {
  const lex = realm.globalLex.get(name);
  if (lex !== undefined) {
    if (lex.value === TDZ) throwReferenceError(Msg.tdz(name));
    return lex.value;
  }
  const g = realm.globalObject;
  if (!g.exotic) {
    const i = g.shape.lookup(name);
    if (i >= 0 && !(g.shape.attrs[i] & ACCESSOR)) return g.slots[i];
  }
  if (!g.HasProperty(name)) {
    if (forTypeof) return undefined;
    throwReferenceError(Msg.notDefined(name));
  }
  return g.Get(name, g);
}

/** Assigns to a global name. */
export function globalSet(realm: Realm, name: string, v: Value, strict: boolean): void {
  const lex = realm.globalLex.get(name);
  if (lex !== undefined) {
    if (lex.value === TDZ) throwReferenceError(Msg.tdz(name));
    if (!lex.mutable) throwTypeError(Msg.constAssign());
    lex.value = v;
    return;
  }
  const g = realm.globalObject;
  if (!g.exotic) {
    const i = g.shape.lookup(name);
    if (i >= 0 && (g.shape.attrs[i] & (ACCESSOR | W)) === W) { g.slots[i] = v; return; }
  }
  if (strict && !g.HasProperty(name)) throwReferenceError(Msg.notDefined(name));
  if (!g.Set(name, v, g) && strict) failedSet(g, name);
}

export function globalHas(realm: Realm, name: string): boolean {
  return realm.globalLex.has(name) || realm.globalObject.HasProperty(name);
}

export function globalDelete(realm: Realm, name: string): boolean {
  if (realm.globalLex.has(name)) return false;
  const g = realm.globalObject;
  if (!g.HasProperty(name)) return true;
  const ok = g.Delete(name);
  if (ok) realm.varNames.delete(name);
  return ok;
}

// ---- dynamic scopes (with, sloppy direct eval) ----

/** A name lookup that passes through `with` objects and eval-created vars. */
export interface DynamicScopeRef {
  kind: 'with' | 'eval';
  hops: number;
  slot: number;
}

export function envAt(env: Env, hops: number): Env {
  while (hops-- > 0) env = env[0];
  return env;
}

/** Where a dynamic lookup found the name: a with object, an eval var cell, or nowhere (fall back). */
export function dynamicFind(env: Env, refs: DynamicScopeRef[], name: string): JSObject | { value: Value } | null {
  for (const r of refs) {
    const e = envAt(env, r.hops);
    const holder = e[r.slot];
    if (r.kind === 'with') {
      const obj = holder as JSObject;
      if (obj.HasProperty(name)) {
        const unscopables = obj.Get(WellKnown.unscopables, obj);
        if (unscopables instanceof JSObject) {
          const blocked = unscopables.Get(name, unscopables);
          if (blocked !== undefined && blocked !== null && blocked !== false && blocked !== 0 && blocked !== '' && !(typeof blocked === 'number' && blocked !== blocked)) continue;
        }
        return obj;
      }
    } else if (holder instanceof Map) {
      const cell = holder.get(name);
      if (cell !== undefined) return cell;
    }
  }
  return null;
}

export type { GlobalBinding };
export { R };
