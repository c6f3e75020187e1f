import type { Node } from '../../parse';
import { JSObject } from '../../values/object';
import { TDZ, type Value } from '../../values/value';
import { R } from '../../agent';
import { Msg, throwReferenceError, throwTypeError } from '../../errors';
import { resolve, type Resolution } from '../../scope/analyze';
import type { Binding } from '../../scope/scope';
import type { Code, Compiler } from '../compiler';
import type { Env } from '../function-object';
import { ImportRef, readImport } from '../modules';
import { cachedGlobalGetter, dynamicFind, envAt, failedSet, globalDelete, globalGet, globalSet, type DynamicScopeRef } from '../references';

export type Setter = (env: Env, v: Value) => void;

function dynamicRefs(r: Resolution): DynamicScopeRef[] {
  return r.dynamic.map((d) => {
    const kind = d.scope.kind === 'with' ? 'with' : 'eval';
    const b = d.scope.bindings.get(kind === 'with' ? '%with' : '%evalvars');
    if (!b || b.slot < 0) throw new Error('interpreter bug: dynamic scope without its slot');
    return { kind, hops: d.hops, slot: b.slot } as DynamicScopeRef;
  });
}

/** Whether a read of b at node may see the binding uninitialized. */
function needsTdz(c: Compiler, b: Binding, r: Resolution, node: Node | null): boolean {
  if (b.kind === 'internal') return b.name === 'this' && (b.scope.fn.derived);
  if (b.kind === 'param' && b.scope.fn.hasParameterExpressions) return true;
  if (!b.lexical) return false;
  if (r.crossesFunction || b.node === null || node === null) return true;
  if (b.scope.kind === 'switch' || b.scope.kind === 'class') return true;
  if (b.scope.fn !== c.fn) return true;
  // for (let x of <right>): the right side runs while the loop's names are in TDZ.
  const loop = b.scope.kind === 'for' ? b.scope.node : null;
  if (loop !== null && loop.right !== undefined && node.start < loop.right.end) return true;
  return !(node.start >= b.node.end);
}

function tdzError(name: string): never {
  if (name === 'this') throwReferenceError(Msg.superNotCalled());
  throwReferenceError(Msg.tdz(name));
}

/** A read of a statically resolved binding at (hops, slot). */
export function slotReader(hops: number, slot: number, tdz: boolean, name: string): Code {
  if (!tdz) {
    switch (hops) {
      case 0: return (env) => env[slot];
      case 1: return (env) => env[0][slot];
      case 2: return (env) => env[0][0][slot];
      case 3: return (env) => env[0][0][0][slot];
      default: return (env) => envAt(env, hops)[slot];
    }
  }
  switch (hops) {
    case 0: return (env) => { const v = env[slot]; if (v === TDZ) tdzError(name); return v; };
    case 1: return (env) => { const v = env[0][slot]; if (v === TDZ) tdzError(name); return v; };
    default: return (env) => { const v = envAt(env, hops)[slot]; if (v === TDZ) tdzError(name); return v; };
  }
}

function staticRead(c: Compiler, name: string, r: Resolution, node: Node | null, forTypeof: boolean): Code {
  const b = r.binding;
  if (b === null) {
    if (name === 'this') {
      if (c.an.top.kind === 'module') return () => undefined;
      return () => R.realm.globalObject;
    }
    if (name === 'new.target') return () => undefined;
    return cachedGlobalGetter(name, forTypeof, node !== null ? c.pos(node) : null);
  }
  if (b.slot < 0) throw new Error(`interpreter bug: binding ${name} has no slot`);
  if (b.kind === 'import') {
    const hops = r.hops, slot = b.slot;
    return (env) => {
      const v = envAt(env, hops)[slot];
      if (v instanceof ImportRef) {
        const x = readImport(v);
        if (x === TDZ) tdzError(name);
        return x;
      }
      return v;
    };
  }
  return slotReader(r.hops, b.slot, needsTdz(c, b, r, node), name);
}


/** Reads an identifier (or a pseudo-binding such as 'this'). */
export function compileRead(c: Compiler, name: string, node: Node | null, forTypeof = false): Code {
  const r = resolve(c.scope, name);
  const read = staticRead(c, name, r, node, forTypeof);
  if (r.dynamic.length === 0) return read;
  const dyn = dynamicRefs(r);
  const strict = c.strict;
  return (env) => {
    const found = dynamicFind(env, dyn, name);
    if (found === null) return read(env);
    if (found instanceof JSObject) {
      if (!found.HasProperty(name)) {
        if (strict) throwReferenceError(Msg.notDefined(name));
        return undefined;
      }
      return found.Get(name, found);
    }
    return found.value;
  };
}

/**
 * A callee named by an identifier that a `with` object may hold: one resolution gives both the
 * function (GetValue) and the this value (the with object, or undefined). Null when no with
 * scope is in the way.
 */
export function compileWithCallee(c: Compiler, name: string, node: Node | null): ((env: Env) => [Value, Value]) | null {
  const r = resolve(c.scope, name);
  if (r.dynamic.length === 0 || !r.dynamic.some((d) => d.scope.kind === 'with')) return null;
  const ref = compileDynamicReference(c, name, node)!;
  return (env) => {
    const holder = ref.resolve(env);
    return [ref.get(env, holder), holder instanceof JSObject ? holder : undefined];
  };
}

/** A setter for assignment (PutValue on an identifier reference). */
export function compileAssign(c: Compiler, name: string, node: Node | null): Setter {
  const dyn = compileDynamicReference(c, name, node);
  if (dyn !== null) return (env, v) => dyn.set(env, dyn.resolve(env), v);
  return staticWriteFor(c, name, resolve(c.scope, name), node);
}

/** A setter that initializes a binding declared here (let/const/class/param/function): no TDZ or const checks. */
export function compileInit(c: Compiler, name: string): Setter {
  const r = resolve(c.scope, name);
  const b = r.binding;
  if (b === null) {
    // Global lexical declarations of a script.
    return (_env, v) => {
      const gb = R.realm.globalLex.get(name);
      if (gb !== undefined) gb.value = v;
      else globalSet(R.realm, name, v, false);
    };
  }
  if (b.slot < 0) return () => {};
  const { hops } = r;
  const slot = b.slot;
  switch (hops) {
    case 0: return (env, v) => { env[slot] = v; };
    case 1: return (env, v) => { env[0][slot] = v; };
    default: return (env, v) => { envAt(env, hops)[slot] = v; };
  }
}

/** `delete name` (sloppy mode only). */
export function compileDelete(c: Compiler, name: string): Code {
  const r = resolve(c.scope, name);
  const staticResult: Code = r.binding === null ? () => globalDelete(R.realm, name) : () => false;
  if (r.dynamic.length === 0) return staticResult;
  const dyn = dynamicRefs(r);
  return (env) => {
    for (const d of dyn) {
      const holder = envAt(env, d.hops)[d.slot];
      if (d.kind === 'with') {
        if ((holder as JSObject).HasProperty(name)) return (holder as JSObject).Delete(name);
      } else if (holder instanceof Map && holder.has(name)) {
        holder.delete(name);
        return true;
      }
    }
    return staticResult(env);
  };
}

export { TDZ };

/**
 * An identifier reference through dynamic scopes, resolved once before the right-hand side runs
 * (so `with (o) x = (delete o.x, 1)` still stores to o). Null when the name is static.
 */
export function compileDynamicReference(c: Compiler, name: string, node: Node | null): {
  resolve(env: Env): JSObject | { value: Value } | null;
  get(env: Env, holder: JSObject | { value: Value } | null): Value;
  set(env: Env, holder: JSObject | { value: Value } | null, v: Value): void;
} | null {
  const r = resolve(c.scope, name);
  if (r.dynamic.length === 0) return null;
  const dyn = dynamicRefs(r);
  const strict = c.strict;
  const readStatic = staticReadFor(c, name, r, node);
  const writeStatic = staticWriteFor(c, name, r, node);
  return {
    resolve: (env) => dynamicFind(env, dyn, name),
    get: (env, holder) => {
      if (holder === null) return readStatic(env);
      if (holder instanceof JSObject) {
        if (!holder.HasProperty(name)) {
          if (strict) throwReferenceError(Msg.notDefined(name));
          return undefined;
        }
        return holder.Get(name, holder);
      }
      return holder.value;
    },
    set: (env, holder, v) => {
      if (holder === null) return writeStatic(env, v);
      if (holder instanceof JSObject) {
        // https://tc39.es/ecma262/#sec-object-environment-records-setmutablebinding-n-v-s
        if (!holder.HasProperty(name) && strict) throwReferenceError(Msg.notDefined(name));
        if (!holder.Set(name, v, holder) && strict) failedSet(holder, name);
        return;
      }
      holder.value = v;
    },
  };
}

function staticReadFor(c: Compiler, name: string, r: Resolution, node: Node | null): Code {
  return staticRead(c, name, r, node, false);
}

function staticWriteFor(c: Compiler, name: string, r: Resolution, node: Node | null): Setter {
  const strict = c.strict;
  const b = r.binding;
  if (b === null) {
    if (!strict || node === null) return (_env, v) => globalSet(R.realm, name, v, strict);
    const pos = c.pos(node);
    return (_env, v) => { R.pc = pos; globalSet(R.realm, name, v, true); };
  }
  if (b.slot < 0) throw new Error(`interpreter bug: binding ${name} has no slot`);
  const { hops } = r;
  const slot = b.slot;
  if (b.kind === 'const' || b.kind === 'classname' || b.kind === 'import') {
    return (env) => {
      if (envAt(env, hops)[slot] === TDZ) tdzError(name);
      throwTypeError(Msg.constAssign());
    };
  }
  if (b.kind === 'fname') return strict ? () => throwTypeError(Msg.constAssign()) : () => {};
  if (needsTdz(c, b, r, node)) {
    return (env, v) => {
      const e = envAt(env, hops);
      if (e[slot] === TDZ) tdzError(name);
      e[slot] = v;
    };
  }
  switch (hops) {
    case 0: return (env, v) => { env[slot] = v; };
    case 1: return (env, v) => { env[0][slot] = v; };
    default: return (env, v) => { envAt(env, hops)[slot] = v; };
  }
}
