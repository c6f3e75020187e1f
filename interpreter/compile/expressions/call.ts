import type { Node } from '../../parse';
import { JSObject } from '../../values/object';
import type { Value } from '../../values/value';
import { R } from '../../agent';
import { Msg, throwReferenceError, throwTypeError } from '../../errors';
import { iterate } from '../../ops/iterator-operations';
import type { Code, Compiler } from '../compiler';
import { compileExpr } from '../compile';
import type { ECMAScriptFunction, Env } from '../function-object';
import { compileChainPart, namedGetter, SHORT } from './member';
import { compileRead, compileWithCallee } from './Identifier';
import { compilePrivateGet } from './private';
import { compileSuperBase, superGet } from './super';
import { ToPropertyKey } from '../../ops/type-conversion';
import { getComputed } from '../references';
import { InitializeInstanceElements } from './classes';
import { performEval } from '../eval';
import { resolve } from '../../scope/analyze';
import { JSArray } from '../../exotics/array';
import { HOLE } from '../../values/value';
import { TDZ } from '../../values/value';

/** Spreads an iterable into out (fast for plain arrays whose iteration is unmodified). */
export function spreadInto(out: Value[], v: Value, what?: string): void {
  if (v instanceof JSArray && isPristineArrayIteration(v)) {
    // As %ArrayIteratorPrototype%.next does: the length is read at every step.
    for (let i = 0; i < v.length; i++) {
      const el = v.elements!;
      out.push(i < el.length && el[i] !== HOLE ? el[i] : v.Get(String(i), v));
    }
    return;
  }
  iterate(v, (x) => { out.push(x); }, what);
}

/** True when iterating a would be unobservable: Array.prototype[@@iterator] and %ArrayIteratorPrototype%.next are the originals. */
export function isPristineArrayIteration(a: JSArray): boolean {
  const realm = R.realm;
  const ap = realm.ArrayPrototype;
  if (a.shape.proto !== ap || a.exotic) return false;
  const host = realm.host as any;
  const check = host.pristineArrayIteration as ((a?: JSArray) => boolean) | undefined;
  return check !== undefined && check(a);
}

export function compileArgs(c: Compiler, args: Node[]): (env: Env) => Value[] {
  if (args.some((a) => a.type === 'SpreadElement')) {
    const parts = args.map((a) => ({ spread: a.type === 'SpreadElement', code: compileExpr(c, a.type === 'SpreadElement' ? a.argument : a), what: a.type === 'SpreadElement' ? renderExpression(a.argument) : '' }));
    return (env) => {
      const out: Value[] = [];
      for (const p of parts) {
        if (p.spread) spreadInto(out, p.code(env), p.what);
        else out.push(p.code(env));
      }
      return out;
    };
  }
  const codes = args.map((a) => compileExpr(c, a));
  switch (codes.length) {
    case 0: return () => [];
    case 1: { const [a] = codes; return (env) => [a(env)]; }
    case 2: { const [a, b] = codes; return (env) => [a(env), b(env)]; }
    case 3: { const [a, b, d] = codes; return (env) => [a(env), b(env), d(env)]; }
    default: return (env) => codes.map((f) => f(env));
  }
}

/** How V8 names a callee in "x is not a function". */
export function calleeText(_c: Compiler, callee: Node): string {
  return renderExpression(callee);
}

/** Renders an expression the way V8's CallPrinter does for error messages ("a.b(...).c", "(intermediate value)"). */
export function renderExpression(e: Node): string {
  switch (e.type) {
    case 'Identifier': return e.name;
    case 'ThisExpression': return 'this';
    case 'Super': return 'super';
    case 'PrivateIdentifier': return '#' + e.name;
    case 'Literal':
      if (typeof e.value === 'string') return JSON.stringify(e.value);
      if (e.regex) return `/${e.regex.pattern}/${e.regex.flags}`;
      return e.bigint !== undefined ? `${e.bigint}n` : String(e.value);
    case 'ChainExpression': return renderExpression(e.expression);
    case 'MemberExpression': {
      const obj = renderExpression(e.object);
      const dot = e.optional ? '?.' : '.';
      if (!e.computed) return `${obj}${dot}${e.property.type === 'PrivateIdentifier' ? '#' : ''}${e.property.name}`;
      if (e.property.type === 'Literal' && typeof e.property.value === 'string' && /^[A-Za-z_$][\w$]*$/.test(e.property.value)) return `${obj}${dot}${e.property.value}`;
      return `${obj}${e.optional ? '?.' : ''}[${renderExpression(e.property)}]`;
    }
    case 'CallExpression': return `${renderExpression(e.callee)}${e.optional ? '?.' : ''}(...)`;
    case 'ArrayExpression': return `[${e.elements.map((x: Node | null) => x === null ? '' : renderExpression(x)).join(',')}]`;
    case 'ObjectExpression': return e.properties.length === 0 ? '{}' : '{(intermediate value)}';
    case 'SequenceExpression': return `(${e.expressions.map(renderExpression).join(' , ')})`;
    case 'UnaryExpression': return `(${e.operator}${/^[a-z]/.test(e.operator) ? ' ' : ''}${renderExpression(e.argument)})`;
    case 'TemplateLiteral': return e.expressions.length === 0 ? JSON.stringify(e.quasis[0].value.cooked) : '(intermediate value)';
  }
  return '(intermediate value)';
}

function notFunction(name: string): never {
  throwTypeError(Msg.notAFunction(name));
}

export function compileCall(c: Compiler, node: Node, inChain = false): Code {
  const callee: Node = node.callee;
  const pos = c.pos(node);
  if (callee.type === 'Super') return compileSuperCall(c, node);
  const args = compileArgs(c, node.arguments);
  const name = calleeText(c, callee);
  const optionalCall = !!node.optional;
  if (callee.type === 'MemberExpression' && callee.object.type !== 'Super') {
    const obj = compileChainPart(c, callee.object, inChain);
    const optionalMember = !!callee.optional;
    let get: (env: Env, o: Value) => Value;
    if (callee.property.type === 'PrivateIdentifier') {
      const pg = compilePrivateGet(c, callee.property.name);
      get = (env, o) => { R.pc = pos; return pg(env, o); };
    } else if (!callee.computed) {
      const g = namedGetter(callee.property.name, pos);
      get = (_env, o) => g(o);
    } else {
      const key = compileExpr(c, callee.property);
      get = (env, o) => { const k = key(env); R.pc = pos; return getComputed(o, k); };
    }
    if (!inChain) {
      return (env) => {
        const o = obj(env);
        const f = get(env, o);
        const a = args(env);
        R.pc = pos;
        if (!(f instanceof JSObject) || !f.isCallable) notFunction(name);
        return f.Call(o, a);
      };
    }
    return (env) => {
      const o = obj(env);
      if (o === SHORT) return SHORT;
      if (optionalMember && (o === undefined || o === null)) return SHORT;
      const f = get(env, o);
      if (optionalCall && (f === undefined || f === null)) return SHORT;
      const a = args(env);
      R.pc = pos;
      if (!(f instanceof JSObject) || !f.isCallable) notFunction(name);
      return f.Call(o, a);
    };
  }
  if (callee.type === 'MemberExpression') {
    // super.m(...)
    const base = compileSuperBase(c, callee);
    const thisRead = compileRead(c, 'this', callee);
    const key = callee.computed ? compileExpr(c, callee.property) : null;
    const keyName: string = callee.computed ? '' : callee.property.name;
    return (env) => {
      const t = thisRead(env);
      const k = key ? ToPropertyKey(key(env)) : keyName;
      const b = base(env);
      R.pc = pos;
      const f = superGet(b, k, t);
      const a = args(env);
      R.pc = pos;
      if (!(f instanceof JSObject) || !f.isCallable) notFunction(name);
      return f.Call(t, a);
    };
  }
  if (callee.type === 'Identifier') {
    const read = compileRead(c, callee.name, callee);
    const withCallee = compileWithCallee(c, callee.name, callee);
    if (callee.name === 'eval' && !optionalCall) {
      // A possible direct eval: https://tc39.es/ecma262/#sec-function-calls-runtime-semantics-evaluation step 6
      const scope = c.scope;
      const fn = c.fn;
      const strict = c.strict;
      return (env) => {
        let f: Value, thisValue: Value;
        if (withCallee) [f, thisValue] = withCallee(env);
        else f = read(env);
        const a = args(env);
        R.pc = pos;
        if (f === R.realm.intrinsics['%eval%']) {
          if (a.length === 0) return undefined;
          return performEval(a[0], { scope, fn, strict, env });
        }
        if (!(f instanceof JSObject) || !f.isCallable) notFunction(name);
        return f.Call(thisValue, a);
      };
    }
    if (withCallee) {
      return (env) => {
        const [f, thisValue] = withCallee(env);
        if (inChain && optionalCall && (f === undefined || f === null)) return SHORT;
        const a = args(env);
        R.pc = pos;
        if (!(f instanceof JSObject) || !f.isCallable) notFunction(name);
        return f.Call(thisValue, a);
      };
    }
    if (inChain) {
      return (env) => {
        const f = read(env);
        if (optionalCall && (f === undefined || f === null)) return SHORT;
        const a = args(env);
        R.pc = pos;
        if (!(f instanceof JSObject) || !f.isCallable) notFunction(name);
        return f.Call(undefined, a);
      };
    }
    return (env) => {
      const f = read(env);
      const a = args(env);
      R.pc = pos;
      if (!(f instanceof JSObject) || !f.isCallable) notFunction(name);
      return f.Call(undefined, a);
    };
  }
  if (callee.type === 'ChainExpression' && callee.expression.type === 'MemberExpression' && callee.expression.object.type !== 'Super') {
    // (a?.b)() calls b with this = a; a short-circuited chain gives undefined (not a function).
    const m = callee.expression;
    const obj = compileChainPart(c, m.object, true);
    const optionalMember = !!m.optional;
    let get: (env: Env, o: Value) => Value;
    if (m.property.type === 'PrivateIdentifier') {
      const pg = compilePrivateGet(c, m.property.name);
      get = (env, o) => pg(env, o);
    } else if (!m.computed) {
      const g = namedGetter(m.property.name, pos);
      get = (_env, o) => g(o);
    } else {
      const key = compileExpr(c, m.property);
      get = (env, o) => getComputed(o, key(env));
    }
    return (env) => {
      const o = obj(env);
      const f = o === SHORT || (optionalMember && (o === undefined || o === null)) ? undefined : get(env, o);
      const a = args(env);
      R.pc = pos;
      if (!(f instanceof JSObject) || !f.isCallable) notFunction(name);
      return f.Call(o === SHORT ? undefined : o, a);
    };
  }
  const fcode = compileChainPart(c, callee, inChain);
  return (env) => {
    const f = fcode(env);
    if (inChain) {
      if (f === SHORT) return SHORT;
      if (optionalCall && (f === undefined || f === null)) return SHORT;
    }
    const a = args(env);
    R.pc = pos;
    if (!(f instanceof JSObject) || !f.isCallable) notFunction(name);
    return f.Call(undefined, a);
  };
}

export function compileNew(c: Compiler, node: Node): Code {
  const callee = compileExpr(c, node.callee);
  const args = compileArgs(c, node.arguments);
  const pos = c.pos(node);
  const name = calleeText(c, node.callee);
  return (env) => {
    const f = callee(env);
    const a = args(env);
    R.pc = pos;
    if (!(f instanceof JSObject) || !f.isConstructor) throwTypeError(Msg.notAConstructor(name));
    return f.Construct(a, f);
  };
}

/** super(...args) https://tc39.es/ecma262/#sec-super-keyword-runtime-semantics-evaluation */
function compileSuperCall(c: Compiler, node: Node): Code {
  const args = compileArgs(c, node.arguments);
  const pos = c.pos(node);
  const callee = compileRead(c, '%callee', node);
  const newTarget = compileRead(c, 'new.target', node);
  const r = resolve(c.scope, 'this');
  const thisBinding = r.binding!;
  const hops = r.hops;
  const slot = thisBinding.slot;
  return (env) => {
    const active = callee(env) as ECMAScriptFunction;
    const nt = newTarget(env) as JSObject;
    const func = active.GetPrototypeOf();
    const a = args(env);
    R.pc = pos;
    if (!(func instanceof JSObject) || !func.isConstructor) throwTypeError('Super constructor ' + (func === null ? 'null' : 'is not a constructor') + ' of anonymous class is not a constructor');
    const result = func.Construct(a, nt);
    let e = env;
    for (let i = 0; i < hops; i++) e = e[0];
    if (e[slot] !== TDZ) throwReferenceError(Msg.superCalledTwice());
    e[slot] = result;
    InitializeInstanceElements(result, active);
    return result;
  };
}
