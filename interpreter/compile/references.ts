import type { SourcePos } from '../agent';
import { JSObject } from '../values/object';
import { JSSymbol, WellKnown } from '../values/symbol';
import { TDZ, HOLE, type PropertyKey, type Value } from '../values/value';
import { ACCESSOR, W, E, C } from '../values/shape';
import { R } from '../agent';
import { Msg, throwReferenceError, throwTypeError } from '../errors';
import { failedSet, keyString, protoForPrimitive } from '../ops/object-operations';
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

export { failedSet };

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

/**
 * A global name read with a per-site cache: the global lexical binding record, or the global
 * object's slot (valid while its shape, the shape's version and the lexical bindings are unchanged).
 */
export function cachedGlobalGetter(name: string, forTypeof: boolean, pos: SourcePos | null = null): () => Value {
  let cRealm: Realm | null = null;
  let cLex: GlobalBinding | null = null;
  let cShape: any = null;
  let cVersion = -1;
  let cLexVersion = -1;
  let cSlot = -1;
  return () => {
    const realm = R.realm;
    if (realm === cRealm) {
      if (cLex !== null) {
        const v = cLex.value;
        if (v !== TDZ) return v;
      } else {
        const g = realm.globalObject;
        const s = g.shape;
        if (s === cShape && s.version === cVersion && realm.lexVersion === cLexVersion) return g.slots[cSlot];
      }
    }
    const lex = realm.globalLex.get(name);
    if (lex !== undefined) {
      cRealm = realm;
      cLex = lex;
      if (lex.value === TDZ) throwReferenceError(Msg.tdz(name));
      return lex.value;
    }
    const g = realm.globalObject;
    if (!g.exotic) {
      const i = g.shape.lookup(name);
      if (i >= 0 && !(g.shape.attrs[i] & ACCESSOR)) {
        cRealm = realm;
        cLex = null;
        cShape = g.shape;
        cVersion = g.shape.version;
        cLexVersion = realm.lexVersion;
        cSlot = i;
        return g.slots[i];
      }
    }
    // The slow path may throw "x is not defined": at this read's position.
    if (pos !== null) R.pc = pos;
    return globalGet(realm, name, forTypeof);
  };
}

/**
 * A property write with a constant key, with an inline cache for writable own data properties and
 * for adding a property by a shape transition (when no prototype has the key).
 */
export function namedSetter(key: string, strict: boolean, pos: any): (o: Value, v: Value) => void {
  let ownShape: any = null;
  let ownSlot = -1;
  let fromShape: any = null;
  let toShape: any = null;
  let protoObjs: JSObject[] = [];
  let protoShapes: any[] = [];
  const slow = (o: JSObject, v: Value): void => {
    const s = o.shape;
    if (!s.dictionary && !o.exotic && o.Set === JSObject.prototype.Set && o.DefineOwnProperty === JSObject.prototype.DefineOwnProperty) {
      const i = s.lookup(key);
      if (i >= 0) {
        if ((s.attrs[i] & (W | ACCESSOR)) === W) {
          ownShape = s;
          ownSlot = i;
          o.slots[i] = v;
          return;
        }
      } else if (o.extensible) {
        const objs: JSObject[] = [];
        const shapes: any[] = [];
        let ok = true;
        for (let p = s.proto; p !== null; p = p.shape.proto) {
          if (p.exotic || p.shape.dictionary || p.shape.lookup(key) >= 0) { ok = false; break; }
          objs.push(p);
          shapes.push(p.shape);
        }
        if (ok) {
          const ns = s.add(key, W | E | C);
          fromShape = s;
          toShape = ns;
          protoObjs = objs;
          protoShapes = shapes;
          o.shape = ns;
          o.slots.push(v);
          return;
        }
      }
    }
    R.pc = pos;
    if (!o.Set(key, v, o) && strict) failedSet(o, key);
  };
  return (o, v) => {
    if (o instanceof JSObject) {
      const s = o.shape;
      if (s === ownShape) { o.slots[ownSlot] = v; return; }
      if (s === fromShape && o.extensible) {
        let valid = true;
        for (let i = 0; i < protoObjs.length; i++) if (protoObjs[i].shape !== protoShapes[i]) { valid = false; break; }
        if (valid) {
          o.shape = toShape;
          o.slots.push(v);
          return;
        }
      }
      slow(o, v);
      return;
    }
    R.pc = pos;
    setProp(o, key, v, strict);
  };
}
