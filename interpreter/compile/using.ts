/**
 * Explicit resource management: `using` and `await using` declarations.
 * https://tc39.es/ecma262/#sec-disposeresources (ES2026; the explicit-resource-management feature)
 * Each scope with using declarations keeps its DisposeCapability (a list) in the hidden binding
 * '%using'; the statement list that owns the scope disposes the list when it completes.
 */
import { JSObject } from '../values/object';
import type { Value } from '../values/value';
import { WellKnown } from '../values/symbol';
import { R, ThrowCompletion } from '../agent';
import { makeError, throwTypeError } from '../errors';
import { Call, GetMethod } from '../ops/object-operations';
import { resolve } from '../scope/analyze';
import { Completion, type Compiler, type Stmt } from './compiler';
import type { Env } from './function-object';
import { envAt } from './references';
import { Await, GeneratorReturn } from './generators';

export interface DisposableResource {
  value: Value;
  hint: 'sync' | 'async';
  method: JSObject | undefined;
  /** An async hint with a sync @@dispose method: call it, then await undefined. */
  syncFallback?: boolean;
}

/** https://tc39.es/ecma262/#sec-adddisposableresource */
export function AddDisposableResource(list: DisposableResource[], v: Value, hint: 'sync' | 'async'): void {
  if (v === undefined || v === null) {
    if (hint === 'sync') return;
    list.push({ value: undefined, hint, method: undefined });
    return;
  }
  if (!(v instanceof JSObject)) throwTypeError(`${typeof v === 'string' ? JSON.stringify(v) : String(v)} is not an object, so it cannot be used in a 'using' declaration`);
  let method: JSObject | undefined;
  let syncFallback = false;
  if (hint === 'async') {
    method = GetMethod(v, WellKnown.asyncDispose);
    if (method === undefined) {
      method = GetMethod(v, WellKnown.dispose);
      syncFallback = method !== undefined;
    }
  } else method = GetMethod(v, WellKnown.dispose);
  if (method === undefined) throwTypeError(`The value of a '${hint === 'async' ? 'await using' : 'using'}' declaration must have a [Symbol.${hint === 'async' ? 'asyncDispose' : 'dispose'}] method`);
  list.push({ value: v, hint, method, syncFallback });
}

function suppressed(error: Value, suppressedValue: Value): ThrowCompletion {
  const e = makeError(R.realm, 'SuppressedError' as any, '');
  e.DefineOwnProperty('error', { value: error, writable: true, enumerable: false, configurable: true });
  e.DefineOwnProperty('suppressed', { value: suppressedValue, writable: true, enumerable: false, configurable: true });
  return new ThrowCompletion(e);
}

/** DisposeResources for sync-only lists; `pending` is the completion's exception (if any). Throws the final error. */
export function disposeResources(list: DisposableResource[], pending: ThrowCompletion | null): void {
  let completion = pending;
  const ret = Completion.ret;
  for (let i = list.length - 1; i >= 0; i--) {
    const r = list[i];
    if (r.method === undefined) continue;
    try {
      Call(r.method, r.value);
    } catch (e) {
      if (!(e instanceof ThrowCompletion)) throw e;
      completion = completion !== null ? suppressed(e.value, completion.value) : e;
    }
  }
  list.length = 0;
  Completion.ret = ret;
  if (completion !== null) throw completion;
}

/** DisposeResources in a resumable body: async resources are awaited. */
export function* disposeResourcesGen(list: DisposableResource[], pending: ThrowCompletion | null): Generator<any, void, any> {
  let completion = pending;
  const ret = Completion.ret;
  let needsAwait = false;
  let hasAwaited = false;
  for (let i = list.length - 1; i >= 0; i--) {
    const r = list[i];
    if (r.method === undefined) {
      if (r.hint === 'async') needsAwait = true;
      continue;
    }
    try {
      const result = Call(r.method, r.value);
      if (r.hint === 'async') {
        hasAwaited = true;
        needsAwait = false;
        yield new Await(r.syncFallback ? undefined : result);
      }
    } catch (e) {
      if (!(e instanceof ThrowCompletion)) throw e;
      completion = completion !== null ? suppressed(e.value, completion.value) : e;
    }
  }
  if (needsAwait && !hasAwaited) yield new Await(undefined);
  list.length = 0;
  Completion.ret = ret;
  if (completion !== null) throw completion;
}

/** The hops and slot of the current scope's disposal list. */
export function usingList(c: Compiler): (env: Env) => DisposableResource[] {
  const r = resolve(c.scope, '%using');
  const hops = r.hops, slot = r.binding!.slot;
  return (env) => envAt(env, hops)[slot];
}

export function scopeHasUsing(c: Compiler): boolean {
  return c.scope.bindings.has('%using');
}

/** Wraps the statement list owning a using scope: creates the list, disposes it on every completion. */
export function wrapUsing(c: Compiler, body: Stmt): Stmt {
  const r = resolve(c.scope, '%using');
  const hops = r.hops, slot = r.binding!.slot;
  return (env) => {
    const list: DisposableResource[] = [];
    envAt(env, hops)[slot] = list;
    let code: number;
    try {
      code = body(env);
    } catch (e) {
      if (e instanceof ThrowCompletion) disposeResources(list, e);
      throw e;
    }
    disposeResources(list, null);
    return code;
  };
}

export function wrapUsingGen(c: Compiler, body: (env: Env) => Generator<any, number, any>): (env: Env) => Generator<any, number, any> {
  const r = resolve(c.scope, '%using');
  const hops = r.hops, slot = r.binding!.slot;
  return function* (env) {
    const list: DisposableResource[] = [];
    envAt(env, hops)[slot] = list;
    let code: number;
    try {
      code = yield* body(env);
    } catch (e) {
      if (e instanceof ThrowCompletion) yield* disposeResourcesGen(list, e);
      else if (e instanceof GeneratorReturn) yield* disposeResourcesGen(list, null);
      throw e;
    }
    yield* disposeResourcesGen(list, null);
    return code;
  };
}
