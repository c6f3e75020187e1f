/**
 * How util.inspect reads guest objects: through the JSObject internal methods that run no guest
 * code ([[GetOwnProperty]], [[OwnPropertyKeys]], [[GetPrototypeOf]] of non-Proxy objects), data
 * properties only, never a getter; plus the built-ins' internal-slot readers (Map entries, Promise
 * state, ...) that their files export. Proxies are looked through to their target, as Node does.
 */
import { JSObject, originalConstructorNames } from '../interpreter/values/object';
import { JSSymbol } from '../interpreter/values/symbol';
import { isArrayIndex, type PropertyKey, type Value } from '../interpreter/values/value';
import type { PropertyDescriptor } from '../interpreter/values/descriptor';
import { JSArray } from '../interpreter/exotics/array';
import { JSPrimitiveObject, JSStringObject } from '../interpreter/exotics/primitive-wrapper';
import { JSBoundFunction } from '../interpreter/exotics/bound-function';
import { R } from '../interpreter/agent';
import type { Realm } from '../interpreter/realm';
import { ToString } from '../interpreter/ops/type-conversion';
import { JSProxy } from '../interpreter/exotics/proxy';
import { typedArrayInfo } from '../interpreter/exotics/typed-array';
import { KeyedData, mapEntriesOf, type Cursor } from '../interpreter/intrinsics/Map';
import { setValuesOf } from '../interpreter/intrinsics/Set';
import { promiseStateOf } from '../interpreter/intrinsics/Promise';
import { dateValueOf } from '../interpreter/intrinsics/Date';
import { regexpSourceOf } from '../interpreter/intrinsics/RegExp';
import { arrayBufferBytes, JSArrayBuffer } from '../interpreter/intrinsics/ArrayBuffer';

// ---- the built-ins' slot readers ----

/** A Map's live entries as [key, value] pairs, or undefined if o is not a Map. */
export function mapEntries(o: JSObject): [Value, Value][] | undefined {
  return mapEntriesOf(o);
}

/** A Set's live values, or undefined if o is not a Set. */
export function setValues(o: JSObject): Value[] | undefined {
  return setValuesOf(o);
}

export interface IteratorPreview {
  type: 'Map' | 'Set';
  /** [k1, v1, k2, v2, ...] when isKeyValue, else the values. */
  entries: Value[];
  isKeyValue: boolean;
}

/**
 * The entries a Map or Set iterator has still to produce (V8's previewEntries), read without
 * advancing it; undefined for other objects.
 */
export function iteratorPreview(o: JSObject): IteratorPreview | undefined {
  const type = o.className === 'Map Iterator' ? 'Map' : o.className === 'Set Iterator' ? 'Set' : undefined;
  if (type === undefined) return undefined;
  const it = o as unknown as { cursor: Cursor | null; kind: 'key' | 'value' | 'key+value' };
  const isKeyValue = it.kind === 'key+value';
  const entries: Value[] = [];
  if (it.cursor !== null && it.cursor !== undefined) {
    const c: Cursor = { ...it.cursor };
    for (let i = KeyedData.step(c); i >= 0; i = KeyedData.step(c)) {
      const k = c.list.keys[i];
      const v = type === 'Map' ? c.list.values[i] : k;
      if (isKeyValue) entries.push(k, v);
      else entries.push(it.kind === 'key' ? k : v);
    }
  }
  return { type, entries, isKeyValue };
}

export interface PromiseDetails {
  state: 'pending' | 'fulfilled' | 'rejected';
  result: Value;
}

/** A Promise's [[PromiseState]] and [[PromiseResult]], or undefined if o is not a Promise. */
export function promiseDetails(o: JSObject): PromiseDetails | undefined {
  const r = promiseStateOf(o);
  return r === undefined ? undefined : { state: r.state, result: r.value };
}

/** A Date's time value, or undefined if o is not a Date. */
export function dateValue(o: JSObject): number | undefined {
  return dateValueOf(o);
}

/** RegExp.prototype.toString of a RegExp object (`/a/g`), from its slots; undefined for other objects. */
export function regexpString(o: JSObject): string | undefined {
  const r = regexpSourceOf(o);
  if (r === undefined) return undefined;
  // RegExp.prototype.flags lists the flags in this order.
  const flags = [...r.flags].sort((a, b) => 'dgimsuvy'.indexOf(a) - 'dgimsuvy'.indexOf(b)).join('');
  return `/${r.source}/${flags}`;
}

export interface TypedArrayDetails {
  /** 'Uint8Array', ... */
  name: string;
  length: number;
  /** The element at index i. */
  get(i: number): Value;
}

/** A typed array's kind, length and elements, or undefined if o is not a typed array. */
export function typedArrayDetails(o: JSObject): TypedArrayDetails | undefined {
  return typedArrayInfo(o);
}

/** An ArrayBuffer's bytes (a copy); null when detached; undefined if o is not an ArrayBuffer. */
export function arrayBufferContents(o: JSObject): Uint8Array | null | undefined {
  if (o instanceof JSArrayBuffer && o.detached) return null;
  return arrayBufferBytes(o);
}

// ---- proxies ----

/** [target, handler] of a Proxy exotic object (target null when revoked), or undefined. */
export function proxyDetails(o: JSObject): [JSObject | null, JSObject | null] | undefined {
  if (!(o instanceof JSProxy)) return undefined;
  return [o.proxyTarget, o.proxyHandler];
}

/** o, or the innermost non-Proxy target when o is a Proxy (null when a revoked one is reached). */
export function unwrapProxy(o: JSObject): JSObject | null {
  let cur: JSObject = o;
  for (let i = 0; i < 100000; i++) {
    if (!(cur instanceof JSProxy)) return cur;
    if (cur.proxyTarget === null) return null;
    cur = cur.proxyTarget;
  }
  return null;
}

// ---- reading properties without running guest code ----

/** [[GetOwnProperty]], looking through proxies; undefined for a revoked proxy. */
export function getOwn(o: JSObject, key: PropertyKey): PropertyDescriptor | undefined {
  const t = unwrapProxy(o);
  return t === null ? undefined : t.GetOwnProperty(key);
}

/** [[GetPrototypeOf]], looking through proxies. */
export function protoOf(o: JSObject): JSObject | null {
  const t = unwrapProxy(o);
  return t === null ? null : t.GetPrototypeOf();
}

/** [[OwnPropertyKeys]], looking through proxies. */
export function ownKeys(o: JSObject): PropertyKey[] {
  const t = unwrapProxy(o);
  return t === null ? [] : t.OwnPropertyKeys();
}

export function hasOwn(o: JSObject, key: PropertyKey): boolean {
  return getOwn(o, key) !== undefined;
}

export function isEnumerableOwn(o: JSObject, key: PropertyKey): boolean {
  const d = getOwn(o, key);
  return d !== undefined && d.enumerable === true;
}

/**
 * The value of a data property found on o or its prototype chain; undefined if absent or an
 * accessor (its getter is not run).
 */
export function dataGet(o: JSObject, key: PropertyKey): Value {
  let p: JSObject | null = o;
  for (let i = 0; p !== null && i < 10000; i++) {
    const d = getOwn(p, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
    p = protoOf(p);
  }
  return undefined;
}

/** The descriptor of key on o or its prototype chain (no getter is run). */
export function findProperty(o: JSObject, key: PropertyKey): PropertyDescriptor | undefined {
  let p: JSObject | null = o;
  for (let i = 0; p !== null && i < 10000; i++) {
    const d = getOwn(p, key);
    if (d !== undefined) return d;
    p = protoOf(p);
  }
  return undefined;
}

/** HasProperty without proxy traps. */
export function hasProperty(o: JSObject, key: PropertyKey): boolean {
  return findProperty(o, key) !== undefined;
}

/** Own enumerable string keys (Object.keys). */
export function objectKeys(o: JSObject): string[] {
  const out: string[] = [];
  for (const k of ownKeys(o)) if (typeof k === 'string' && isEnumerableOwn(o, k)) out.push(k);
  return out;
}

/** Own string keys (Object.getOwnPropertyNames). */
export function ownNames(o: JSObject): string[] {
  return ownKeys(o).filter((k): k is string => typeof k === 'string');
}

/** Own symbol keys (Object.getOwnPropertySymbols). */
export function ownSymbols(o: JSObject): JSSymbol[] {
  return ownKeys(o).filter((k): k is JSSymbol => k instanceof JSSymbol);
}

/** V8's getOwnNonIndexProperties: own keys that are not array indices (symbols included). */
export function ownNonIndexKeys(o: JSObject, onlyEnumerable: boolean): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (const k of ownKeys(o)) {
    if (typeof k === 'string' && isArrayIndex(k)) continue;
    if (onlyEnumerable && !isEnumerableOwn(o, k)) continue;
    out.push(k);
  }
  return out;
}

/** https://tc39.es/ecma262/#sec-ordinaryhasinstance without running guest code (Symbol.hasInstance and getters are not consulted). */
export function isInstanceOf(o: Value, ctor: JSObject): boolean {
  if (!(o instanceof JSObject) || !ctor.isCallable) return false;
  let c: JSObject = ctor;
  for (let i = 0; c instanceof JSBoundFunction && i < 10000; i++) c = c.boundTargetFunction;
  const proto = dataGet(c, 'prototype');
  if (!(proto instanceof JSObject)) return false;
  let p = protoOf(o);
  for (let i = 0; p !== null && i < 100000; i++) {
    if (p === proto) return true;
    p = protoOf(p);
  }
  return false;
}

// ---- kinds of objects ----

export function isFunction(v: Value): v is JSObject {
  return v instanceof JSObject && v.isCallable;
}

export function isArray(o: JSObject): o is JSArray {
  return unwrapProxy(o) instanceof JSArray;
}

/** The spec function kind of a guest function, if the compiler's function class gives one. */
export function functionKind(f: JSObject): string | undefined {
  const k = (f as any).kind;
  return typeof k === 'string' ? k : undefined;
}

export function functionSourceText(f: JSObject): string | undefined {
  const s = (f as any).sourceText;
  return typeof s === 'string' ? s : undefined;
}

export function isBoxedPrimitive(o: JSObject): o is JSPrimitiveObject | JSStringObject {
  return o instanceof JSPrimitiveObject || o instanceof JSStringObject;
}

/** True for objects with [[ErrorData]], or whose prototype chain reaches %Error.prototype%. */
export function isError(o: JSObject): boolean {
  if (o.className === 'Error') return true;
  const errorProto = R.realm?.intrinsics['%Error.prototype%'];
  if (errorProto === undefined) return false;
  let p = protoOf(o);
  for (let i = 0; p !== null && i < 100000; i++) {
    if (p === errorProto) return true;
    p = protoOf(p);
  }
  return false;
}

/** V8's Object::GetConstructorName, approximated from the internal class. */
export function internalConstructorName(o: JSObject): string {
  if (o.isCallable) return 'Function';
  const c = o.className;
  if (c === 'global' || c === 'Arguments' || c === 'Proxy') return 'Object';
  if (c === 'Object') return originalConstructorNames.get(o) ?? c;
  return c;
}

/** The registered symbol Symbol.for('nodejs.util.inspect.custom'). */
export function customInspectSymbol(): JSSymbol {
  const key = 'nodejs.util.inspect.custom';
  let sym = R.agent.symbolRegistry.get(key);
  if (sym === undefined) {
    sym = new JSSymbol(key);
    sym.registeredKey = key;
    R.agent.symbolRegistry.set(key, sym);
  }
  return sym;
}

const builtInCache = new WeakMap<Realm, Set<string>>();

/**
 * The names of the realm's global constructors (Node's builtInObjects: /^[A-Z][a-zA-Z0-9]+$/),
 * as node takes them once when inspect loads: the language's own globals, not what the program
 * adds to (or deletes from) the global object later.
 */
export function builtInObjects(realm: Realm | undefined): Set<string> {
  if (realm === undefined || realm === null) return new Set();
  const hit = builtInCache.get(realm);
  if (hit !== undefined) return hit;
  const names = new Set(ownNames(realm.globalObject).filter((n) => /^[A-Z][a-zA-Z0-9]+$/.test(n) &&
    realm.intrinsics[`%${n}%`] !== undefined));
  builtInCache.set(realm, names);
  return names;
}

/** String(v) as Node's inspect would do it on a guest value (objects go through ToString: guest code may run). */
export function toStr(v: Value): string {
  if (v instanceof JSSymbol) return `Symbol(${v.description ?? ''})`;
  if (v instanceof JSObject) return ToString(v);
  return String(v);
}
