/**
 * Resumable bodies: generator, async and async generator functions. Their bodies compile a second
 * time in a resumable form where every node that may suspend is a host generator function and a
 * suspension (yield/await) is a host `yield` travelling up through `yield*`; subtrees that cannot
 * suspend use the ordinary closures. Ordinary functions never pay for this (DESIGN decision 8).
 */
import { someChild, type Node } from '../parse';
import { JSObject } from '../values/object';
import { TDZ, type PropertyKey, type Value } from '../values/value';
import { R, ThrowCompletion, type SourcePos } from '../agent';
import { Msg, throwTypeError, throwSyntaxError } from '../errors';
import type { FunctionInfo } from '../scope/scope';
import { ToBoolean, ToObject, ToPropertyKey, ToString } from '../ops/type-conversion';
import {
  CreateIterResultObject, DONE, GetIterator, IteratorClose, IteratorComplete, IteratorStepValue, IteratorValue, type IteratorRecord,
} from '../ops/iterator-operations';
import { Call, GetMethod, GetPrototypeFromConstructor } from '../ops/object-operations';
import { typeOf } from '../ops/operators';
import { pushFrame, popFrame } from '../values/function';
import { breakCode, Completion, continueCode, NORMAL, RETURN, type Code, type Compiler, type GenCode, type GenStmt } from './compiler';
import { compileExpr, compileStmt } from './compile';
import type { ECMAScriptFunction, Env, Invoke } from './function-object';
import { isHostStackOverflow } from './function-object';
import { binaryOp, compileNamedValue, isAnonymousFunctionDefinition } from './expressions/operators';
import { compileAssign, compileInit, compileRead, compileWithCallee } from './expressions/Identifier';
import { compileBindingInitializer, compileAssignmentPattern } from './patterns';
import { getComputed, getProp, setComputed, setProp } from './references';
import { namedGetter, SHORT } from './expressions/member';
import { calleeText, spreadInto } from './expressions/call';
import { scopeEntry, instantiateBlockFunctions } from './statements/blocks';
import { caughtValue } from './statements/try';
import { enumerateObjectProperties } from './statements/loops';
import { compileMethod, compileNamedFunctionOrClass } from './expressions/functions';
import { privateInTest } from './expressions/private';
import { staticKey } from './expressions/literals';
import { CopyDataProperties, CreateDataPropertyOrThrow, DefinePropertyOrThrow } from '../ops/object-operations';
import { JSArray } from '../exotics/array';
import { HOLE } from '../values/value';
import { compileReference } from './expressions/references';
import { increment } from '../ops/operators';
import { performEval } from './eval';
import * as PromiseOps from '../intrinsics/Promise';
import { negate, bitNot } from '../ops/operators';
import { ToNumber, ToNumeric } from '../ops/type-conversion';
import { dynamicImport } from './modules';
import { AddDisposableResource, disposeResourcesGen } from './using';
import { makeError } from '../errors';
import { CreateArrayFromList } from '../ops/object-operations';

// ---- suspension records (internal; never visible to guest code) ----

/** `yield v` in a generator: the driver wraps v in an iterator result. */
export class Yield { constructor(readonly value: Value) {} }
/** yield* in a sync generator: the inner iterator's result object is handed out as-is. */
export class YieldRaw { constructor(readonly result: Value) {} }
/** `await v`. */
export class Await { constructor(readonly value: Value) {} }
/** Resuming a generator with a return completion: travels as an exception through the body so finally blocks run. */
export class GeneratorReturn { constructor(readonly value: Value) {} }

type Gen = Generator<any, any, any>;

// ---- which nodes can suspend ----

const suspendCache = new WeakMap<Node, boolean>();

/** True if evaluating node may suspend (contains yield/await/for-await outside nested functions). */
export function hasSuspend(node: Node | null | undefined): boolean {
  if (node === null || node === undefined || typeof node !== 'object') return false;
  const cached = suspendCache.get(node);
  if (cached !== undefined) return cached;
  let result = false;
  switch (node.type) {
    case 'YieldExpression': case 'AwaitExpression': result = true; break;
    // `return x` in an async generator awaits x (marked before its body compiles).
    case 'ReturnStatement': result = awaitedReturns.has(node) || scan(node); break;
    case 'FunctionExpression': case 'FunctionDeclaration': case 'ArrowFunctionExpression': result = false; break;
    case 'ForOfStatement': result = !!node.await || node.left.kind === 'await using' || scan(node); break;
    case 'VariableDeclaration': result = node.kind === 'await using' || scan(node); break;
    case 'ClassExpression': case 'ClassDeclaration': {
      // Only the heritage and computed keys run in the enclosing body.
      result = hasSuspend(node.superClass) || node.body.body.some((m: Node) => m.computed && hasSuspend(m.key));
      break;
    }
    case 'Property':
      result = (node.computed && hasSuspend(node.key)) || (!node.method && node.kind === 'init' && hasSuspend(node.value));
      break;
    default: result = scan(node);
  }
  suspendCache.set(node, result);
  return result;
}

/** Return statements with an argument in async generator bodies: they suspend (Await of the value). */
const awaitedReturns = new WeakSet<Node>();

function markAwaitedReturns(node: Node): void {
  if (node.type === 'ReturnStatement') {
    if (node.argument) awaitedReturns.add(node);
    return;
  }
  if (node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration' || node.type === 'ArrowFunctionExpression'
    || node.type === 'ClassExpression' || node.type === 'ClassDeclaration') return;
  someChild(node, (x) => { markAwaitedReturns(x); return false; });
}

function scan(node: Node): boolean {
  return someChild(node, hasSuspend);
}

function unsupported(c: Compiler, node: Node, what: string): never {
  R.pc = c.pos(node);
  throwSyntaxError(`ouro does not support ${what} yet`);
}

// ---- resumable expressions ----

function wrap(f: Code): GenCode {
  return function* (env) { return f(env); };
}

export function genExpr(c: Compiler, node: Node): GenCode {
  if (!hasSuspend(node)) return wrap(compileExpr(c, node));
  const pos = c.pos(node);
  switch (node.type) {
    case 'AwaitExpression': {
      const arg = genExpr(c, node.argument);
      return function* (env) { const v = yield* arg(env); return yield new Await(v); };
    }
    case 'YieldExpression': return genYield(c, node);
    case 'ParenthesizedExpression': return genExpr(c, node.expression);
    case 'BinaryExpression': {
      if (node.left.type === 'PrivateIdentifier') {
        const test = privateInTest(c, node), r = genExpr(c, node.right);
        return function* (env) { return test(env, yield* r(env)); };
      }
      const l = genExpr(c, node.left), r = genExpr(c, node.right);
      const f = binaryOp(node.operator);
      return function* (env) { const a = yield* l(env); const b = yield* r(env); R.pc = pos; return f(a, b); };
    }
    case 'LogicalExpression': {
      const l = genExpr(c, node.left), r = genExpr(c, node.right);
      const op = node.operator;
      return function* (env) {
        const v = yield* l(env);
        if (op === '&&') return ToBoolean(v) ? yield* r(env) : v;
        if (op === '||') return ToBoolean(v) ? v : yield* r(env);
        return v === undefined || v === null ? yield* r(env) : v;
      };
    }
    case 'ConditionalExpression': {
      const t = genExpr(c, node.test), a = genExpr(c, node.consequent), b = genExpr(c, node.alternate);
      return function* (env) { return ToBoolean(yield* t(env)) ? yield* a(env) : yield* b(env); };
    }
    case 'SequenceExpression': {
      const parts = node.expressions.map((e: Node) => genExpr(c, e));
      return function* (env) {
        let v: Value;
        for (const p of parts) v = yield* p(env);
        return v;
      };
    }
    case 'UnaryExpression': {
      const op = node.operator;
      if (op === 'delete') {
        if (node.argument.type !== 'MemberExpression' || node.argument.object.type === 'Super') unsupported(c, node, 'this delete with await');
        const m = node.argument;
        const obj = genExpr(c, m.object);
        const key = m.computed ? genExpr(c, m.property) : null;
        const name = m.computed ? '' : m.property.name;
        const strict = c.strict;
        return function* (env) {
          const o = yield* obj(env);
          const k = key ? yield* key(env) : name;
          R.pc = pos;
          const ok = ToObject(o).Delete(ToPropertyKey(k));
          if (!ok && strict) throwTypeError(`Cannot delete property '${String(k)}'`);
          return ok;
        };
      }
      const arg = genExpr(c, node.argument);
      return function* (env) {
        const v = yield* arg(env);
        R.pc = pos;
        switch (op) {
          case 'typeof': return typeOf(v);
          case 'void': return undefined;
          case '!': return !ToBoolean(v);
        }
        if (op === '-') return negate(v);
        if (op === '+') return ToNumber(v);
        return bitNot(v);
      };
    }
    case 'AssignmentExpression': return genAssignment(c, node);
    case 'UpdateExpression': {
      const target = genTarget(c, node.argument);
      const delta = node.operator === '++' ? 1 : -1;
      const prefix = node.prefix;
      return function* (env) {
        const ref = yield* target(env);
        const old = ref.get();
        const oldN = typeof old === 'number' ? old : ToNumeric(old);
        const nv = increment(oldN, delta as 1 | -1);
        ref.set(nv);
        return prefix ? nv : oldN;
      };
    }
    case 'MemberExpression': return genMember(c, node);
    case 'ChainExpression': {
      const inner = genChainPart(c, node.expression);
      return function* (env) { const v = yield* inner(env); return v === SHORT ? undefined : v; };
    }
    case 'CallExpression': return genCall(c, node, false);
    case 'NewExpression': {
      const callee = genExpr(c, node.callee);
      const args = genArgs(c, node.arguments);
      const name = calleeText(c, node.callee);
      return function* (env) {
        const f = yield* callee(env);
        const a = yield* args(env);
        R.pc = pos;
        if (!(f instanceof JSObject) || !f.isConstructor) throwTypeError(Msg.notAConstructor(name));
        return f.Construct(a, f);
      };
    }
    case 'ArrayExpression': {
      const parts = node.elements.map((e: Node | null) => e === null ? null : { spread: e.type === 'SpreadElement', code: genExpr(c, e.type === 'SpreadElement' ? e.argument : e) });
      return function* (env) {
        const el: Value[] = [];
        for (const p of parts) {
          if (p === null) el.push(HOLE);
          else if (p.spread) spreadInto(el, yield* p.code(env));
          else el.push(yield* p.code(env));
        }
        let n = el.length;
        const len = n;
        while (n > 0 && el[n - 1] === HOLE) n--;
        el.length = n;
        const a = new JSArray(R.realm.ArrayPrototype, el);
        a.slots[0] = len;
        return a;
      };
    }
    case 'ObjectExpression': return genObject(c, node);
    case 'TemplateLiteral': {
      const quasis: string[] = node.quasis.map((q: Node) => q.value.cooked);
      const exprs = node.expressions.map((e: Node) => genExpr(c, e));
      return function* (env) {
        let s = quasis[0];
        for (let i = 0; i < exprs.length; i++) {
          const v = yield* exprs[i](env);
          s += typeof v === 'string' ? v : ToString(v);
          s += quasis[i + 1];
        }
        return s;
      };
    }
    case 'ImportExpression': {
      const spec = genExpr(c, node.source);
      const opts = node.options ? genExpr(c, node.options) : null;
      const referrer = c.file;
      const referrerModule = c.an.module as any;
      return function* (env) {
        const s = yield* spec(env);
        const o = opts ? yield* opts(env) : undefined;
        return dynamicImport(R.realm, referrerModule ?? null, referrer, s, o);
      };
    }
    case 'TaggedTemplateExpression': {
      // Evaluate the substitutions resumably, then make the call with the ordinary machinery.
      unsupported(c, node, 'yield/await inside a tagged template');
    }
    // falls through
    case 'ClassExpression': return genClass(c, node, node.id ? node.id.name : '');
    // falls through
    default:
      unsupported(c, node, `yield/await inside ${node.type}`);
  }
}

/** A reference evaluated resumably: get/set on the evaluated base. */
interface GenRef { get(): Value; set(v: Value): void }

function genTarget(c: Compiler, node: Node): (env: Env) => Gen {
  const strict = c.strict;
  const pos = c.pos(node);
  if (node.type === 'Identifier') {
    const read = compileRead(c, node.name, node);
    const write = compileAssign(c, node.name, node);
    return function* (env): Gen { return { get: () => read(env), set: (v: Value) => write(env, v) } as GenRef; };
  }
  if (node.type === 'MemberExpression' && node.object.type !== 'Super' && node.property.type !== 'PrivateIdentifier') {
    const obj = genExpr(c, node.object);
    const key = node.computed ? genExpr(c, node.property) : null;
    const name: string = node.computed ? '' : node.property.name;
    return function* (env): Gen {
      const o = yield* obj(env);
      const k = key ? yield* key(env) : name;
      let pk: PropertyKey | undefined;
      const keyOf = () => (pk ??= ToPropertyKey(k));
      return {
        get: () => { R.pc = pos; return key ? getComputed(o, k) : getProp(o, name); },
        set: (v: Value) => { R.pc = pos; if (key) setComputed(o, typeof k === 'number' ? k : keyOf(), v, strict); else setProp(o, name, v, strict); },
      } as GenRef;
    };
  }
  // Other targets: evaluate with the ordinary reference machinery (they contain no suspension).
  if (hasSuspend(node)) unsupported(c, node, 'yield/await inside this assignment target');
  const ref = compileReference(c, node);
  const read = compileExpr(c, node);
  return function* (env): Gen {
    const store = ref.prepare(env);
    return { get: () => read(env), set: store } as GenRef;
  };
}

function genAssignment(c: Compiler, node: Node): GenCode {
  const op: string = node.operator;
  const left = node.left;
  if (op === '=' && (left.type === 'ObjectPattern' || left.type === 'ArrayPattern')) {
    const rhs = genExpr(c, node.right);
    const assign = genPattern(c, left, 'pattern');
    return function* (env) { const v = yield* rhs(env); yield* assign(env, v); return v; };
  }
  const target = genTarget(c, left);
  const rhs = left.type === 'Identifier' && isAnonymousFunctionDefinition(node.right) ? genNamedValue(c, node.right, left) : genExpr(c, node.right);
  if (op === '=') {
    return function* (env) {
      const ref: GenRef = yield* target(env);
      const v = yield* rhs(env);
      ref.set(v);
      return v;
    };
  }
  if (op === '&&=' || op === '||=' || op === '??=') {
    return function* (env) {
      const ref: GenRef = yield* target(env);
      const old = ref.get();
      if (op === '&&=' ? !ToBoolean(old) : op === '||=' ? ToBoolean(old) : old !== undefined && old !== null) return old;
      const v = yield* rhs(env);
      ref.set(v);
      return v;
    };
  }
  const f = binaryOp(op.slice(0, -1));
  const pos = c.pos(node);
  return function* (env) {
    const ref: GenRef = yield* target(env);
    const old = ref.get();
    const r = yield* rhs(env);
    R.pc = pos;
    const v = f(old, r);
    ref.set(v);
    return v;
  };
}

function genMember(c: Compiler, node: Node, inChain = false): GenCode {
  const pos = c.pos(node);
  if (node.object.type === 'Super' || node.property.type === 'PrivateIdentifier') {
    if (hasSuspend(node.object) || (node.computed && hasSuspend(node.property))) unsupported(c, node, 'yield/await inside super/private member access');
    return wrap(compileExpr(c, node));
  }
  const obj = inChain ? genChainPart(c, node.object) : genExpr(c, node.object);
  const optional = !!node.optional;
  if (!node.computed) {
    const get = namedGetter(node.property.name, pos);
    return function* (env) {
      const o = yield* obj(env);
      if (inChain && (o === SHORT || (optional && (o === undefined || o === null)))) return SHORT;
      return get(o);
    };
  }
  const key = genExpr(c, node.property);
  return function* (env) {
    const o = yield* obj(env);
    if (inChain && (o === SHORT || (optional && (o === undefined || o === null)))) return SHORT;
    const k = yield* key(env);
    R.pc = pos;
    return getComputed(o, k);
  };
}

function genChainPart(c: Compiler, node: Node): GenCode {
  if (node.type === 'MemberExpression') return genMember(c, node, true);
  if (node.type === 'CallExpression') return genCall(c, node, true);
  return genExpr(c, node);
}

function genArgs(c: Compiler, args: Node[]): (env: Env) => Gen {
  const parts = args.map((a) => ({ spread: a.type === 'SpreadElement', code: genExpr(c, a.type === 'SpreadElement' ? a.argument : a) }));
  return function* (env): Gen {
    const out: Value[] = [];
    for (const p of parts) {
      if (p.spread) spreadInto(out, yield* p.code(env));
      else out.push(yield* p.code(env));
    }
    return out;
  };
}

function genCall(c: Compiler, node: Node, inChain: boolean): GenCode {
  const callee: Node = node.callee;
  const pos = c.pos(node);
  const args = genArgs(c, node.arguments);
  const name = calleeText(c, callee);
  const optionalCall = !!node.optional;
  if (callee.type === 'Super') {
    // super(...) with suspending arguments: evaluate the arguments, then call through a synthetic spread.
    unsupported(c, node, 'yield/await inside super(...) arguments');
  }
  if (callee.type === 'MemberExpression' && callee.object.type !== 'Super' && callee.property.type !== 'PrivateIdentifier') {
    const obj = inChain ? genChainPart(c, callee.object) : genExpr(c, callee.object);
    const key = callee.computed ? genExpr(c, callee.property) : null;
    const get = callee.computed ? null : namedGetter(callee.property.name, pos);
    const optionalMember = !!callee.optional;
    return function* (env) {
      const o = yield* obj(env);
      if (inChain && (o === SHORT || (optionalMember && (o === undefined || o === null)))) return SHORT;
      let f: Value;
      if (key) { const k = yield* key(env); R.pc = pos; f = getComputed(o, k); } else f = get!(o);
      if (inChain && optionalCall && (f === undefined || f === null)) return SHORT;
      const a = yield* args(env);
      R.pc = pos;
      if (!(f instanceof JSObject) || !f.isCallable) throwTypeError(Msg.notAFunction(name));
      return f.Call(o, a);
    };
  }
  if (callee.type === 'Identifier') {
    const read = compileRead(c, callee.name, callee);
    const withCallee = compileWithCallee(c, callee.name, callee);
    const isEval = callee.name === 'eval' && !optionalCall;
    const scope = c.scope, fn = c.fn, strict = c.strict;
    return function* (env) {
      let f: Value, thisValue: Value;
      if (withCallee) [f, thisValue] = withCallee(env);
      else f = read(env);
      if (inChain && optionalCall && (f === undefined || f === null)) return SHORT;
      const a = yield* args(env);
      R.pc = pos;
      if (isEval && f === R.realm.intrinsics['%eval%']) return a.length === 0 ? undefined : performEval(a[0], { scope, fn, strict, env });
      if (!(f instanceof JSObject) || !f.isCallable) throwTypeError(Msg.notAFunction(name));
      return f.Call(thisValue, a);
    };
  }
  if (hasSuspend(callee) && callee.type === 'MemberExpression') unsupported(c, node, 'yield/await inside this callee');
  const fcode = callee.type === 'MemberExpression' ? null : (inChain ? genChainPart(c, callee) : genExpr(c, callee));
  const thisAware = callee.type === 'MemberExpression' ? compileCalleeWithThis(c, callee) : null;
  return function* (env) {
    let f: Value, thisValue: Value;
    if (thisAware) [f, thisValue] = thisAware(env);
    else f = yield* fcode!(env);
    if (inChain && (f === SHORT || (optionalCall && (f === undefined || f === null)))) return SHORT;
    const a = yield* args(env);
    R.pc = pos;
    if (!(f instanceof JSObject) || !f.isCallable) throwTypeError(Msg.notAFunction(name));
    return f.Call(thisValue, a);
  };
}

/** super.m / obj.#m as a callee (no suspension inside): [function, this]. */
function compileCalleeWithThis(c: Compiler, callee: Node): (env: Env) => [Value, Value] {
  if (callee.object.type === 'Super') {
    const { compileSuperBase, superGet } = require('./expressions/super');
    const base = compileSuperBase(c, callee);
    const thisRead = compileRead(c, 'this', callee);
    const key = callee.computed ? compileExpr(c, callee.property) : null;
    const name = callee.computed ? '' : callee.property.name;
    return (env) => {
      const t = thisRead(env);
      const k = key ? ToPropertyKey(key(env)) : name;
      return [superGet(base(env), k, t), t];
    };
  }
  const { compilePrivateGet } = require('./expressions/private');
  const obj = compileExpr(c, callee.object);
  const get = compilePrivateGet(c, callee.property.name);
  return (env) => { const o = obj(env); return [get(env, o), o]; };
}

function genObject(c: Compiler, node: Node): GenCode {
  type Op = (env: Env, o: JSObject) => Gen;
  const ops: Op[] = node.properties.map((p: Node): Op => {
    if (!hasSuspend(p)) {
      // Compile this property alone with the ordinary object compiler.
      const { compileObject } = require('./expressions/literals');
      const single = compileObject(c, { ...node, properties: [p] });
      return function* (env, o) {
        const tmp = single(env) as JSObject;
        for (const k of tmp.OwnPropertyKeys()) {
          const d = tmp.GetOwnProperty(k)!;
          o.DefineOwnProperty(k, d);
        }
        if (p.type === 'Property' && !p.computed && p.kind === 'init' && !p.shorthand && !p.method
          && ((p.key.type === 'Identifier' && p.key.name === '__proto__') || (p.key.type === 'Literal' && p.key.value === '__proto__'))) {
          o.SetPrototypeOf(tmp.GetPrototypeOf());
        }
      };
    }
    if (p.type === 'SpreadElement') {
      const v = genExpr(c, p.argument);
      return function* (env, o) { CopyDataProperties(o, yield* v(env), []); };
    }
    const key = p.computed ? genExpr(c, p.key) : null;
    const sk = p.computed ? null : staticKey(p.key);
    const isProto = !p.computed && !p.shorthand && sk === '__proto__';
    if (p.kind !== 'init' || p.method) {
      // Only the computed key can suspend (method bodies are functions of their own).
      const kind = p.kind === 'get' || p.kind === 'set' ? p.kind : 'method';
      const make = compileMethod(c, p.value, kind, p);
      return function* (env, o) {
        const k = ToPropertyKey(yield* key!(env));
        const f = make(env, o, k);
        DefinePropertyOrThrow(o, k, kind === 'get' ? { get: f, enumerable: true, configurable: true }
          : kind === 'set' ? { set: f, enumerable: true, configurable: true }
            : { value: f, writable: true, enumerable: true, configurable: true });
      };
    }
    const named = isAnonymousFunctionDefinition(p.value) ? compileNamedFunctionOrClass(c, p.value, null) : null;
    const v = named ? null : genExpr(c, p.value);
    return function* (env, o) {
      const k = key ? ToPropertyKey(yield* key(env)) : sk!;
      const val = named ? named(env, k) : yield* v!(env);
      if (isProto) { if (val === null || val instanceof JSObject) o.SetPrototypeOf(val); return; }
      CreateDataPropertyOrThrow(o, k, val);
    };
  });
  return function* (env) {
    const o = new JSObject(R.realm.ObjectPrototype);
    for (const op of ops) yield* op(env, o);
    return o;
  };
}

// ---- yield ----

function genYield(c: Compiler, node: Node): GenCode {
  const arg = node.argument ? genExpr(c, node.argument) : null;
  const isAsync = c.fn.isAsync;
  if (!node.delegate) {
    if (isAsync) {
      return function* (env) {
        const v = arg ? yield* arg(env) : undefined;
        return yield* asyncGeneratorYield(yield new Await(v));
      };
    }
    return function* (env) {
      const v = arg ? yield* arg(env) : undefined;
      return yield new Yield(v);
    };
  }
  const pos = c.pos(node);
  if (isAsync) {
    return function* (env) {
      const v = yield* arg!(env);
      R.pc = pos;
      return yield* asyncYieldStar(GetIterator(v, 'async'));
    };
  }
  return function* (env) {
    const v = yield* arg!(env);
    R.pc = pos;
    return yield* yieldStar(GetIterator(v, 'sync'));
  };
}

type Received = { type: 'normal' | 'throw' | 'return'; value: Value };

function* receive(request: any): Gen {
  try {
    const v = yield request;
    return { type: 'normal', value: v } as Received;
  } catch (e) {
    if (e instanceof ThrowCompletion) return { type: 'throw', value: e.value } as Received;
    if (e instanceof GeneratorReturn) return { type: 'return', value: e.value } as Received;
    throw e;
  }
}

/** yield* in a sync generator. https://tc39.es/ecma262/#sec-generator-function-definitions-runtime-semantics-evaluation */
function* yieldStar(rec: IteratorRecord): Gen {
  const iterator = rec.iterator;
  let received: Received = { type: 'normal', value: undefined };
  for (;;) {
    if (received.type === 'normal') {
      const inner = Call(rec.nextMethod, iterator, [received.value]);
      if (!(inner instanceof JSObject)) throwTypeError(`Iterator result ${String(inner)} is not an object`);
      if (IteratorComplete(inner)) return IteratorValue(inner);
      received = yield* receive(new YieldRaw(inner));
    } else if (received.type === 'throw') {
      const thr = GetMethod(iterator, 'throw');
      if (thr !== undefined) {
        const inner = Call(thr, iterator, [received.value]);
        if (!(inner instanceof JSObject)) throwTypeError(`Iterator result ${String(inner)} is not an object`);
        if (IteratorComplete(inner)) return IteratorValue(inner);
        received = yield* receive(new YieldRaw(inner));
      } else {
        rec.done = true;
        IteratorClose(rec);
        throwTypeError("The iterator does not provide a 'throw' method");
      }
    } else {
      const ret = GetMethod(iterator, 'return');
      if (ret === undefined) throw new GeneratorReturn(received.value);
      const inner = Call(ret, iterator, [received.value]);
      if (!(inner instanceof JSObject)) throwTypeError(`Iterator result ${String(inner)} is not an object`);
      if (IteratorComplete(inner)) throw new GeneratorReturn(IteratorValue(inner));
      received = yield* receive(new YieldRaw(inner));
    }
  }
}

/** Marker yielded to the async generator driver: hand out value as the current request's result. */
export class AsyncYield { constructor(readonly value: Value) {} }

/** AsyncGeneratorYield: hand the value out, then handle the resumption (a return is awaited). */
function* asyncGeneratorYield(value: Value): Gen {
  try {
    return yield new AsyncYield(value);
  } catch (e) {
    if (e instanceof GeneratorReturn) {
      // https://tc39.es/ecma262/#sec-asyncgeneratoryield step 12: a return resumption awaits its value.
      const awaited = yield new Await(e.value);
      throw new GeneratorReturn(awaited);
    }
    throw e;
  }
}

/** yield* in an async generator. */
function* asyncYieldStar(rec: IteratorRecord): Gen {
  const iterator = rec.iterator;
  let received: Received = { type: 'normal', value: undefined };
  for (;;) {
    let inner: Value;
    if (received.type === 'normal') {
      inner = yield new Await(Call(rec.nextMethod, iterator, [received.value]));
    } else if (received.type === 'throw') {
      const thr = GetMethod(iterator, 'throw');
      if (thr === undefined) {
        rec.done = true;
        const ret = GetMethod(iterator, 'return');
        if (ret !== undefined) {
          const r = yield new Await(Call(ret, iterator));
          if (!(r instanceof JSObject)) throwTypeError('iterator.return() did not return an object');
        }
        throwTypeError("The iterator does not provide a 'throw' method");
      }
      inner = yield new Await(Call(thr, iterator, [received.value]));
    } else {
      // The return value is awaited in an async generator (yield* step 7.c.iii / 7.c.viii).
      const ret = GetMethod(iterator, 'return');
      if (ret === undefined) throw new GeneratorReturn(yield new Await(received.value));
      inner = yield new Await(Call(ret, iterator, [received.value]));
      if (!(inner instanceof JSObject)) throwTypeError(`Iterator result ${String(inner)} is not an object`);
      if (IteratorComplete(inner)) throw new GeneratorReturn(yield new Await(IteratorValue(inner)));
      received = yield* receiveAsync(IteratorValue(inner));
      continue;
    }
    if (!(inner instanceof JSObject)) throwTypeError(`Iterator result ${String(inner)} is not an object`);
    if (IteratorComplete(inner)) return IteratorValue(inner);
    received = yield* receiveAsync(IteratorValue(inner));
  }
}

function* receiveAsync(value: Value): Gen {
  try {
    const v = yield new AsyncYield(value);
    return { type: 'normal', value: v } as Received;
  } catch (e) {
    if (e instanceof ThrowCompletion) return { type: 'throw', value: e.value } as Received;
    if (e instanceof GeneratorReturn) {
      // AsyncGeneratorYield step 12: a return resumption awaits its value first.
      try {
        return { type: 'return', value: yield new Await(e.value) } as Received;
      } catch (e2) {
        if (e2 instanceof ThrowCompletion) return { type: 'throw', value: e2.value } as Received;
        throw e2;
      }
    }
    throw e;
  }
}

// ---- resumable statements ----

function wrapStmt(s: (env: Env) => number): GenStmt {
  return function* (env) { return s(env); };
}

export function genStatements(c: Compiler, stmts: Node[]): GenStmt {
  // Statements that cannot suspend run as ordinary closures, without a host generator each.
  const list = stmts.map((s) => {
    const plain = !hasSuspend(s) && !(s.type === 'BlockStatement' && s.body.some((x: Node) => x.type === 'VariableDeclaration' && x.kind === 'await using'));
    return plain ? { plain: compileStmt(c, s), gen: null } : { plain: null, gen: genStmt(c, s) };
  });
  const n = list.length;
  const run: GenStmt = function* (env) {
    for (let i = 0; i < n; i++) {
      const x = list[i];
      const r = x.plain !== null ? x.plain(env) : yield* x.gen!(env);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
  if (stmts.some((s) => s.type === 'VariableDeclaration' && s.kind.endsWith('using')) && c.scope.bindings.has('%using')) {
    const { wrapUsingGen } = require('./using');
    return wrapUsingGen(c, run);
  }
  return run;
}

function genBlock(c: Compiler, node: Node, stmts: Node[]): GenStmt {
  const s = c.an.scopes.get(node);
  if (s === undefined) return genStatements(c, stmts);
  return c.withScope(s, () => {
    const enter = scopeEntry(s);
    const fns = instantiateBlockFunctions(c, stmts);
    const body = genStatements(c, stmts);
    return function* (env: Env) {
      const e = enter(env);
      if (fns) fns(e);
      return yield* body(e);
    };
  });
}

function genLoopBody(c: Compiler, body: Node): [GenStmt, number, number] {
  const frame = c.enterLabels(true);
  try {
    return [genStmt(c, body), breakCode(frame.id), continueCode(frame.id)];
  } finally {
    c.exitLabels();
  }
}

export function genStmt(c: Compiler, node: Node): GenStmt {
  if (node.type === 'BlockStatement' && node.body.some((s: Node) => s.type === 'VariableDeclaration' && s.kind === 'await using')) return genBlock(c, node, node.body);
  if (!hasSuspend(node)) return wrapStmt(compileStmt(c, node));
  switch (node.type) {
    case 'ExpressionStatement': {
      const e = genExpr(c, node.expression);
      return function* (env) { yield* e(env); return NORMAL; };
    }
    case 'VariableDeclaration': {
      if (node.kind === 'using' || node.kind === 'await using') {
        const { AddDisposableResource, usingList } = require('./using');
        const hint = node.kind === 'await using' ? 'async' : 'sync';
        const list = usingList(c);
        const parts = node.declarations.map((d: Node) => ({ init: compileInit(c, d.id.name), v: isAnonymousFunctionDefinition(d.init) ? genNamedValue(c, d.init, d.id) : genExpr(c, d.init) }));
        return function* (env) {
          for (const p of parts) {
            const v = yield* p.v(env);
            AddDisposableResource(list(env), v, hint);
            p.init(env, v);
          }
          return NORMAL;
        };
      }
      const isVar = node.kind === 'var';
      const parts = node.declarations.map((d: Node) => {
        const init = genPattern(c, d.id, isVar ? 'assign' : 'init');
        const v = d.init ? (d.id.type === 'Identifier' && isAnonymousFunctionDefinition(d.init) ? genNamedValue(c, d.init, d.id) : genExpr(c, d.init)) : null;
        return { init, v, skip: !d.init && isVar };
      });
      return function* (env) {
        for (const p of parts) {
          if (p.skip) continue;
          yield* p.init(env, p.v ? yield* p.v(env) : undefined);
        }
        return NORMAL;
      };
    }
    case 'ReturnStatement': {
      const v = genExpr(c, node.argument);
      const awaitReturn = c.fn.isAsync && c.fn.isGenerator;
      return function* (env) {
        let x = yield* v(env);
        if (awaitReturn) x = yield new Await(x);
        Completion.ret = x;
        return RETURN;
      };
    }
    case 'ThrowStatement': {
      const v = genExpr(c, node.argument);
      const pos = c.pos(node);
      return function* (env) { const x = yield* v(env); R.pc = pos; throw new ThrowCompletion(x, pos); };
    }
    case 'IfStatement': {
      const t = genExpr(c, node.test);
      const a = genStmt(c, node.consequent);
      const b = node.alternate ? genStmt(c, node.alternate) : null;
      return function* (env) {
        if (ToBoolean(yield* t(env))) return yield* a(env);
        return b ? yield* b(env) : NORMAL;
      };
    }
    case 'BlockStatement': return genBlock(c, node, node.body);
    case 'LabeledStatement': {
      const body = node.body;
      c.pendingLabels = [...c.pendingLabels, node.label.name];
      if (/^(For|ForIn|ForOf|While|DoWhile)Statement$/.test(body.type) || body.type === 'LabeledStatement') return genStmt(c, body);
      const frame = c.enterLabels(false);
      try {
        const s = genStmt(c, body);
        const brk = breakCode(frame.id);
        return function* (env) { const r = yield* s(env); return r === brk ? NORMAL : r; };
      } finally {
        c.exitLabels();
      }
    }
    case 'WhileStatement': case 'DoWhileStatement': {
      const test = genExpr(c, node.test);
      const [body, brk, cont] = genLoopBody(c, node.body);
      const doWhile = node.type === 'DoWhileStatement';
      return function* (env) {
        for (let first = true; ; first = false) {
          if (--R.fuel <= 0) R.agent.refuel();
          if (!(doWhile && first) && !ToBoolean(yield* test(env))) return NORMAL;
          const r = yield* body(env);
          if (r !== NORMAL && r !== cont) return r === brk ? NORMAL : r;
        }
      };
    }
    case 'ForStatement': return genFor(c, node);
    case 'ForInStatement': case 'ForOfStatement': return genForInOf(c, node);
    case 'SwitchStatement': return genSwitch(c, node);
    case 'TryStatement': return genTry(c, node);
    case 'WithStatement': {
      const obj = genExpr(c, node.object);
      const s = c.an.scopes.get(node)!;
      const slot = s.bindings.get('%with')!.slot;
      const enter = scopeEntry(s);
      const body = c.withScope(s, () => genStmt(c, node.body));
      return function* (env) {
        const o = ToObject(yield* obj(env));
        const e = enter(env);
        e[slot] = o;
        return yield* body(e);
      };
    }
    case 'ExportNamedDeclaration': return genStmt(c, node.declaration);
    case 'ExportDefaultDeclaration': {
      const { compileDefaultExportValue } = require('./modules');
      const d = node.declaration;
      if (d.type === 'ClassDeclaration' && d.id) return genStmt(c, d);
      // An anonymous class gets the name "default" (functions never suspend here).
      const v = d.type === 'ClassDeclaration' || (d.type === 'ClassExpression' && !d.id) ? genClass(c, d, 'default') : genExpr(c, d);
      const init = compileDefaultExportValue(c);
      return function* (env) { init(env, yield* v(env)); return NORMAL; };
    }
    case 'ClassDeclaration': {
      const k = genClass(c, node, node.id.name);
      const init = compileInit(c, node.id.name);
      return function* (env) { init(env, yield* k(env)); return NORMAL; };
    }
    // falls through
    default:
      unsupported(c, node, `yield/await inside ${node.type}`);
  }
}

function genFor(c: Compiler, node: Node): GenStmt {
  const s = c.an.scopes.get(node);
  const parts = (): [GenStmt | null, GenCode | null, GenCode | null, GenStmt, number, number] => {
    const init = node.init ? (node.init.type === 'VariableDeclaration' ? genStmt(c, node.init) : ((e) => function* (env: Env) { yield* e(env); return NORMAL; })(genExpr(c, node.init))) : null;
    const test = node.test ? genExpr(c, node.test) : null;
    const update = node.update ? genExpr(c, node.update) : null;
    return [init, test, update, ...genLoopBody(c, node.body)];
  };
  const [init, test, update, body, brk, cont] = s ? c.withScope(s, parts) : parts();
  const enter = s ? scopeEntry(s) : null;
  const usingKind = node.init && node.init.type === 'VariableDeclaration' && node.init.kind.endsWith('using');
  const perIteration = s !== undefined && s.materialized && node.init.kind !== 'const' && !usingKind;
  if (usingKind) {
    const slot = s!.bindings.get('%using')!.slot;
    const { disposeResourcesGen } = require('./using');
    return function* (env) {
      const e = enter!(env);
      const list: any[] = [];
      e[slot] = list;
      let r: number;
      try {
        if (init) yield* init(e);
        r = NORMAL;
        for (;;) {
          if (--R.fuel <= 0) R.agent.refuel();
          if (test && !ToBoolean(yield* test(e))) break;
          const x = yield* body(e);
          if (x !== NORMAL && x !== cont) { r = x === brk ? NORMAL : x; break; }
          if (update) yield* update(e);
        }
      } catch (err) {
        if (err instanceof ThrowCompletion) yield* disposeResourcesGen(list, err);
        else if (err instanceof GeneratorReturn) yield* disposeResourcesGen(list, null);
        throw err;
      }
      yield* disposeResourcesGen(list, null);
      return r;
    };
  }
  return function* (env) {
    let e = enter ? enter(env) : env;
    if (init) yield* init(e);
    if (perIteration) e = e.slice();
    for (;;) {
      if (--R.fuel <= 0) R.agent.refuel();
      if (test && !ToBoolean(yield* test(e))) return NORMAL;
      const r = yield* body(e);
      if (r !== NORMAL && r !== cont) return r === brk ? NORMAL : r;
      if (perIteration) e = e.slice();
      if (update) yield* update(e);
    }
  };
}

function genForInOf(c: Compiler, node: Node): GenStmt {
  const s = c.an.scopes.get(node);
  const isOf = node.type === 'ForOfStatement';
  const isAwait = !!node.await;
  const tdzEnter = s ? scopeEntry(s) : null;
  const right = s ? c.withScope(s, () => genExpr(c, node.right)) : genExpr(c, node.right);
  const iterEnter = s ? scopeEntry(s) : null;
  const build = () => {
    let bind: GenInit;
    const left = node.left;
    if (left.type === 'VariableDeclaration') bind = genPattern(c, left.declarations[0].id, left.kind === 'var' ? 'assign' : 'init');
    else if (left.type === 'ObjectPattern' || left.type === 'ArrayPattern') bind = genPattern(c, left, 'pattern');
    else {
      const target = genTarget(c, left);
      bind = function* (env, v) { const ref: GenRef = yield* target(env); ref.set(v); };
    }
    return [bind, ...genLoopBody(c, node.body)] as [GenInit, GenStmt, number, number];
  };
  const [bind, body, brk, cont] = s ? c.withScope(s, build) : build();
  const pos = c.pos(node.right);
  const usingHint: 'sync' | 'async' | null = node.left.type === 'VariableDeclaration' && node.left.kind.endsWith('using') ? (node.left.kind === 'await using' ? 'async' : 'sync') : null;
  const usingSlot = usingHint !== null ? s!.bindings.get('%using')!.slot : -1;
  const disposeGen = (list: any[], pending: ThrowCompletion | null) => disposeResourcesGen(list, pending);
  return function* (env) {
    const v = yield* right(tdzEnter ? tdzEnter(env) : env);
    R.pc = pos;
    if (!isOf) {
      if (v === undefined || v === null) return NORMAL;
      for (const key of enumerateObjectProperties(ToObject(v))) {
        if (--R.fuel <= 0) R.agent.refuel();
        const e = iterEnter ? iterEnter(env) : env;
        yield* bind(e, key);
        const r = yield* body(e);
        if (r !== NORMAL && r !== cont) return r === brk ? NORMAL : r;
      }
      return NORMAL;
    }
    const iter = GetIterator(v, isAwait ? 'async' : 'sync');
    for (;;) {
      if (--R.fuel <= 0) R.agent.refuel();
      let x: Value;
      if (isAwait) {
        const result = yield new Await(Call(iter.nextMethod, iter.iterator));
        if (!(result instanceof JSObject)) throwTypeError(`Iterator result ${String(result)} is not an object`);
        if (IteratorComplete(result)) return NORMAL;
        x = IteratorValue(result);
      } else {
        x = IteratorStepValue(iter);
        if (x === DONE) return NORMAL;
      }
      let r: number;
      try {
        const e = iterEnter ? iterEnter(env) : env;
        if (usingHint !== null) {
          const list: any[] = [];
          e[usingSlot] = list;
          try {
            yield* bind(e, x);
            AddDisposableResource(list, x, usingHint);
            r = yield* body(e);
          } catch (err) {
            if (err instanceof ThrowCompletion) yield* disposeGen(list, err);
            else if (err instanceof GeneratorReturn) yield* disposeGen(list, null);
            throw err;
          }
          yield* disposeGen(list, null);
        } else {
          yield* bind(e, x);
          r = yield* body(e);
        }
      } catch (err) {
        if (err instanceof ThrowCompletion || err instanceof GeneratorReturn) {
          if (isAwait) yield* asyncIteratorClose(iter, err);
          else IteratorClose(iter, err instanceof ThrowCompletion ? err : undefined);
        }
        throw err;
      }
      if (r !== NORMAL && r !== cont) {
        const ret = Completion.ret;
        if (isAwait) yield* asyncIteratorClose(iter, undefined);
        else IteratorClose(iter);
        Completion.ret = ret;
        return r === brk ? NORMAL : r;
      }
    }
  };
}

/** https://tc39.es/ecma262/#sec-asynciteratorclose */
function* asyncIteratorClose(rec: IteratorRecord, pending: unknown): Gen {
  let inner: Value;
  try {
    const ret = GetMethod(rec.iterator, 'return');
    if (ret === undefined) return;
    inner = yield new Await(Call(ret, rec.iterator));
  } catch (e) {
    if (pending instanceof ThrowCompletion) throw pending;
    throw e;
  }
  if (pending instanceof ThrowCompletion) throw pending;
  if (pending === undefined && !(inner instanceof JSObject)) throwTypeError('iterator.return() did not return an object');
}

function genSwitch(c: Compiler, node: Node): GenStmt {
  const disc = genExpr(c, node.discriminant);
  const s = c.an.scopes.get(node);
  const frame = c.enterLabels(false);
  (frame as any).switch = true;
  const brk = breakCode(frame.id);
  try {
    const build = () => {
      const all: Node[] = [];
      for (const k of node.cases) all.push(...k.consequent);
      return {
        fns: s ? instantiateBlockFunctions(c, all) : null,
        cases: node.cases.map((k: Node) => ({ test: k.test ? genExpr(c, k.test) : null, body: genStatements(c, k.consequent) })),
      };
    };
    const { fns, cases } = s ? c.withScope(s, build) : build();
    const enter = s ? scopeEntry(s) : null;
    const defaultIndex = cases.findIndex((k: any) => k.test === null);
    return function* (env) {
      const v = yield* disc(env);
      const e = enter ? enter(env) : env;
      if (fns) fns(e);
      let start = -1;
      for (let i = 0; i < cases.length; i++) {
        const t = cases[i].test;
        if (t !== null && (yield* t(e)) === v) { start = i; break; }
      }
      if (start < 0) start = defaultIndex;
      if (start < 0) return NORMAL;
      for (let i = start; i < cases.length; i++) {
        const r = yield* cases[i].body(e);
        if (r !== NORMAL) return r === brk ? NORMAL : r;
      }
      return NORMAL;
    };
  } finally {
    c.exitLabels();
  }
}

function genTry(c: Compiler, node: Node): GenStmt {
  const block = genBlock(c, node.block, node.block.body);
  let handler: ((env: Env, v: Value) => Gen) | null = null;
  if (node.handler) {
    const h = node.handler;
    if (h.param) {
      const s = c.an.scopes.get(h)!;
      const enter = scopeEntry(s);
      if (hasSuspend(h.param)) {
        const [init, inner] = c.withScope(s, () => [genPattern(c, h.param, 'init'), genBlock(c, h.body, h.body.body)] as const);
        handler = function* (env, v) { const e = enter(env); yield* init(e, v); return yield* inner(e); };
      } else {
        const [init, inner] = c.withScope(s, () => [compileBindingInitializer(c, h.param, 'init'), genBlock(c, h.body, h.body.body)] as const);
        handler = function* (env, v) { const e = enter(env); init(e, v); return yield* inner(e); };
      }
    } else {
      const inner = genBlock(c, h.body, h.body.body);
      handler = function* (env) { return yield* inner(env); };
    }
  }
  const fin = node.finalizer ? genBlock(c, node.finalizer, node.finalizer.body) : null;
  const withCatch: GenStmt = handler === null ? block : function* (env) {
    try {
      return yield* block(env);
    } catch (e) {
      if (e instanceof GeneratorReturn) throw e;
      return yield* handler!(env, caughtValue(e));
    }
  };
  if (fin === null) return withCatch;
  return function* (env) {
    let r: number;
    try {
      r = yield* withCatch(env);
    } catch (e) {
      if (!(e instanceof GeneratorReturn)) caughtValue(e);
      const ret = Completion.ret;
      const f = yield* fin(env);
      if (f !== NORMAL) return f;
      Completion.ret = ret;
      throw e;
    }
    const ret = Completion.ret;
    const f = yield* fin(env);
    if (f !== NORMAL) return f;
    Completion.ret = ret;
    return r;
  };
}

// ---- generator, async and async generator objects ----

type GenState = 'suspendedStart' | 'suspendedYield' | 'executing' | 'completed' | 'awaiting-return';

/** A generator object. https://tc39.es/ecma262/#sec-properties-of-generator-instances */
export class JSGenerator extends JSObject {
  state: GenState = 'suspendedStart';
  body: Gen | null = null;
  fn: ECMAScriptFunction | null = null;
}
JSGenerator.prototype.className = 'Generator';

/** Runs one step of a generator body with its frame pushed; returns the host iterator result. */
function stepBody(g: { body: Gen | null; fn: ECMAScriptFunction | null; realm?: import('../realm').Realm }, method: 'next' | 'throw', arg: unknown): IteratorResult<any, any> {
  const fn = g.fn;
  const d = pushFrame(fn as any);
  const realm = R.realm;
  R.realm = fn !== null ? fn.fnRealm : g.realm!;
  try {
    return method === 'next' ? g.body!.next(arg) : g.body!.throw(arg);
  } catch (e) {
    if (isHostStackOverflow(e)) throw new ThrowCompletion(makeError(R.realm, 'RangeError', Msg.stackOverflow()));
    throw e;
  } finally {
    R.realm = realm;
    popFrame(d);
  }
}

/** GeneratorResume / GeneratorResumeAbrupt. https://tc39.es/ecma262/#sec-generatorresume */
export function generatorResume(g: Value, mode: 'next' | 'throw' | 'return', value: Value, method: string): Value {
  if (!(g instanceof JSGenerator)) throwTypeError(Msg.incompatibleReceiver(`[Generator].prototype.${method}`, String(typeOf(g))));
  if (g.state === 'executing') throwTypeError(Msg.generatorRunning());
  if (g.state === 'suspendedStart' && mode !== 'next') g.state = 'completed';
  if (g.state === 'completed') {
    if (mode === 'return') return CreateIterResultObject(value, true);
    if (mode === 'throw') throw new ThrowCompletion(value);
    return CreateIterResultObject(undefined, true);
  }
  g.state = 'executing';
  let r: IteratorResult<any, any>;
  try {
    r = mode === 'next' ? stepBody(g, 'next', value) : stepBody(g, 'throw', mode === 'throw' ? new ThrowCompletion(value) : new GeneratorReturn(value));
  } catch (e) {
    g.state = 'completed';
    g.body = null;
    if (e instanceof GeneratorReturn) return CreateIterResultObject(e.value, true);
    throw e;
  }
  if (r.done) {
    g.state = 'completed';
    g.body = null;
    return CreateIterResultObject(r.value === RETURN ? Completion.ret : undefined, true);
  }
  g.state = 'suspendedYield';
  const y = r.value;
  if (y instanceof YieldRaw) return y.result;
  return CreateIterResultObject((y as Yield).value, false);
}

/** Await in an async function: resumes body when the awaited promise settles. */
function awaitValue(v: Value, onFulfilled: (x: Value) => void, onRejected: (x: Value) => void): void {
  const P = PromiseOps;
  const promise = P.PromiseResolve(R.realm.intrinsics['%Promise%'], v);
  P.promiseThenHost(promise as PromiseOps.JSPromise, onFulfilled, onRejected);
}

/** AsyncFunctionStart / AsyncBlockStart with the await loop. */
export function runAsync(g: { body: Gen | null; fn: ECMAScriptFunction | null; realm?: import('../realm').Realm }, resolve: (v: Value) => void, reject: (v: Value) => void): void {
  let first = true;
  const step = (method: 'next' | 'throw', arg: unknown): void => {
    let r: IteratorResult<any, any>;
    try {
      // The first step runs inside the call that started the function (its frame is already pushed).
      if (first) { first = false; r = g.body!.next(); } else r = stepBody(g, method, arg);
    } catch (e) {
      if (e instanceof ThrowCompletion) { reject(e.value); return; }
      throw e;
    }
    if (r.done) {
      resolve(r.value === RETURN ? Completion.ret : undefined);
      return;
    }
    const req = r.value as Await;
    try {
      awaitValue(req.value, (x) => step('next', x), (x) => step('throw', new ThrowCompletion(x)));
    } catch (e) {
      if (e instanceof ThrowCompletion) { step('throw', e); return; }
      throw e;
    }
  };
  step('next', undefined);
}

// ---- async generators ----

interface AsyncGenRequest {
  mode: 'next' | 'throw' | 'return';
  value: Value;
  resolve: (v: Value) => void;
  reject: (v: Value) => void;
  promise: JSObject;
}

/** An async generator object. https://tc39.es/ecma262/#sec-properties-of-asyncgenerator-intances */
export class JSAsyncGenerator extends JSObject {
  state: GenState = 'suspendedStart';
  body: Gen | null = null;
  fn: ECMAScriptFunction | null = null;
  queue: AsyncGenRequest[] = [];
}
JSAsyncGenerator.prototype.className = 'AsyncGenerator';

/** AsyncGenerator.prototype.next/throw/return. https://tc39.es/ecma262/#sec-asyncgenerator-prototype-next */
export function asyncGeneratorEnqueue(g: Value, mode: 'next' | 'throw' | 'return', value: Value): Value {
  const P = PromiseOps;
  const cap = P.newPromiseIntrinsic(R.realm);
  if (!(g instanceof JSAsyncGenerator)) {
    cap.reject(makeError(R.realm, 'TypeError', `AsyncGenerator method called on incompatible receiver`));
    return cap.promise;
  }
  g.queue.push({ mode, value, resolve: cap.resolve, reject: cap.reject, promise: cap.promise });
  if (g.state !== 'executing' && g.state !== 'awaiting-return') asyncGeneratorResumeNext(g);
  return cap.promise;
}

function asyncGeneratorResumeNext(g: JSAsyncGenerator): void {
  for (;;) {
    if (g.state === 'executing' || g.state === 'awaiting-return') return;
    const next = g.queue[0];
    if (next === undefined) return;
    if (next.mode !== 'next') {
      if (g.state === 'suspendedStart') { g.state = 'completed'; g.body = null; }
      if (g.state === 'completed') {
        if (next.mode === 'return') {
          g.state = 'awaiting-return';
          try {
            awaitValue(next.value, (v) => {
              g.state = 'completed';
              completeStep(g, 'normal', v, true);
              asyncGeneratorResumeNext(g);
            }, (e) => {
              g.state = 'completed';
              completeStep(g, 'throw', e, true);
              asyncGeneratorResumeNext(g);
            });
          } catch (e) {
            if (!(e instanceof ThrowCompletion)) throw e;
            g.state = 'completed';
            completeStep(g, 'throw', e.value, true);
            continue;
          }
          return;
        }
        completeStep(g, 'throw', next.value, true);
        continue;
      }
    } else if (g.state === 'completed') {
      completeStep(g, 'normal', undefined, true);
      continue;
    }
    g.state = 'executing';
    const arg = next.mode === 'next' ? next.value : next.mode === 'throw' ? new ThrowCompletion(next.value) : new GeneratorReturn(next.value);
    asyncGeneratorStep(g, next.mode === 'next' ? 'next' : 'throw', arg);
    return;
  }
}

function completeStep(g: JSAsyncGenerator, type: 'normal' | 'throw', value: Value, done: boolean): void {
  const req = g.queue.shift()!;
  if (type === 'throw') req.reject(value);
  else req.resolve(CreateIterResultObject(value, done));
}

function asyncGeneratorStep(g: JSAsyncGenerator, method: 'next' | 'throw', arg: unknown): void {
  let r: IteratorResult<any, any>;
  try {
    r = stepBody(g, method, arg);
  } catch (e) {
    g.state = 'completed';
    g.body = null;
    if (e instanceof ThrowCompletion) completeStep(g, 'throw', e.value, true);
    else if (e instanceof GeneratorReturn) completeStep(g, 'normal', e.value, true);
    else throw e;
    asyncGeneratorResumeNext(g);
    return;
  }
  if (r.done) {
    g.state = 'completed';
    g.body = null;
    completeStep(g, 'normal', r.value === RETURN ? Completion.ret : undefined, true);
    asyncGeneratorResumeNext(g);
    return;
  }
  const req = r.value;
  if (req instanceof AsyncYield) {
    g.state = 'suspendedYield';
    completeStep(g, 'normal', req.value, false);
    asyncGeneratorResumeNext(g);
    return;
  }
  // Await inside the body.
  try {
    awaitValue((req as Await).value, (x) => asyncGeneratorStep(g, 'next', x), (x) => asyncGeneratorStep(g, 'throw', new ThrowCompletion(x)));
  } catch (e) {
    if (e instanceof ThrowCompletion) { asyncGeneratorStep(g, 'throw', e); return; }
    throw e;
  }
}

// ---- invoke ----

type Setup = (fn: ECMAScriptFunction, thisArg: Value, args: Value[], newTarget: JSObject | undefined) => [Env, Env];

/** The invoke of a generator, async function or async generator. */
export function compileGeneratorInvoke(c: Compiler, info: FunctionInfo, node: Node, setup: Setup): Invoke {
  let body: GenStmt;
  if (info.isAsync && info.isGenerator) markAwaitedReturns(node.body);
  if (node.body.type === 'BlockStatement') body = genStatements(c, node.body.body);
  else {
    const v = genExpr(c, node.body);
    body = function* (env) { Completion.ret = yield* v(env); return RETURN; };
  }
  if (info.isGenerator && !info.isAsync) {
    return (fn, thisArg, args, newTarget) => {
      const [, benv] = setup(fn, thisArg, args, newTarget);
      const proto = GetPrototypeFromConstructor(fn, '%GeneratorPrototype%');
      const g = new JSGenerator(proto);
      g.fn = fn;
      g.body = body(benv);
      return g;
    };
  }
  if (info.isGenerator) {
    return (fn, thisArg, args, newTarget) => {
      const [, benv] = setup(fn, thisArg, args, newTarget);
      const proto = GetPrototypeFromConstructor(fn, '%AsyncGeneratorPrototype%');
      const g = new JSAsyncGenerator(proto);
      g.fn = fn;
      g.body = body(benv);
      return g;
    };
  }
  return (fn, thisArg, args, newTarget) => {
    const P = PromiseOps;
    const cap = P.newPromiseIntrinsic(R.realm);
    let benv: Env;
    try {
      [, benv] = setup(fn, thisArg, args, newTarget);
    } catch (e) {
      if (e instanceof ThrowCompletion) { cap.reject(e.value); return cap.promise; }
      throw e;
    }
    runAsync({ body: body(benv), fn }, cap.resolve, cap.reject);
    return cap.promise;
  };
}

export { TDZ, type SourcePos };

// ---- destructuring with suspension (yield/await in defaults, computed keys or targets) ----

type GenInit = (env: Env, v: Value) => Gen;

/** Binding or assignment destructuring whose defaults/keys may suspend. */
export function genPattern(c: Compiler, p: Node, mode: 'init' | 'assign' | 'pattern'): GenInit {
  if (!hasSuspend(p)) {
    const init = mode === 'pattern' ? compileAssignmentPattern(c, p) : compileBindingInitializer(c, p, mode);
    return function* (env, v) { init(env, v); };
  }
  switch (p.type) {
    case 'AssignmentPattern': {
      const inner = genPattern(c, p.left, mode);
      const dflt = p.left.type === 'Identifier' && isAnonymousFunctionDefinition(p.right)
        ? genNamedValue(c, p.right, p.left) : genExpr(c, p.right);
      return function* (env, v) { yield* inner(env, v === undefined ? yield* dflt(env) : v); };
    }
    case 'ObjectPattern': {
      const props = p.properties.map((prop: Node) => {
        if (prop.type === 'RestElement') return { rest: true, key: null as GenCode | null, sk: null as PropertyKey | null, target: prop.argument };
        return { rest: false, key: prop.computed ? genExpr(c, prop.key) : null, sk: prop.computed ? null : staticKey(prop.key), target: prop.value };
      });
      const targets = props.map((x: any) => genTargetOrPattern(c, x.target, mode));
      const pos = c.pos(p);
      return function* (env, v) {
        if (v === undefined || v === null) { R.pc = pos; throwTypeError(`Cannot destructure '${String(v)}' as it is ${String(v)}.`); }
        const used: PropertyKey[] = [];
        for (let i = 0; i < props.length; i++) {
          const prop = props[i];
          if (prop.rest) {
            const store = yield* targets[i].prepare(env);
            const rest = new JSObject(R.realm.ObjectPrototype);
            CopyDataProperties(rest, v, used);
            yield* store(rest);
            continue;
          }
          const k = prop.key ? ToPropertyKey(yield* prop.key(env)) : prop.sk!;
          used.push(k);
          const store = yield* targets[i].prepare(env);
          yield* store(getProp(v, k));
        }
      };
    }
    case 'ArrayPattern': {
      const elems = p.elements.map((e: Node | null) => e === null ? null : e.type === 'RestElement'
        ? { rest: true, t: genTargetOrPattern(c, e.argument, mode) } : { rest: false, t: genTargetOrPattern(c, e, mode) });
      const pos = c.pos(p);
      return function* (env, v) {
        R.pc = pos;
        const iter = GetIterator(v);
        try {
          for (const e of elems) {
            if (e === null) { if (!iter.done) IteratorStepValue(iter); continue; }
            const store = yield* e.t.prepare(env);
            if (e.rest) {
              const values: Value[] = [];
              while (!iter.done) { const x = IteratorStepValue(iter); if (x !== DONE) values.push(x); }
              yield* store(CreateArrayFromList(values));
              continue;
            }
            let x: Value = undefined;
            if (!iter.done) { const next = IteratorStepValue(iter); if (next !== DONE) x = next; }
            yield* store(x);
          }
        } catch (err) {
          if (!iter.done && (err instanceof ThrowCompletion || err instanceof GeneratorReturn)) IteratorClose(iter, err instanceof ThrowCompletion ? err : undefined);
          throw err;
        }
        if (!iter.done) IteratorClose(iter);
      };
    }
    case 'Identifier': {
      const set = mode === 'init' ? compileInit(c, p.name) : compileAssign(c, p.name, p);
      return function* (env, v) { set(env, v); };
    }
  }
  unsupported(c, p, `yield/await inside ${p.type}`);
}

/** A destructuring target: evaluates its reference first (assignment targets), then stores (which may run defaults). */
function genTargetOrPattern(c: Compiler, t: Node, mode: 'init' | 'assign' | 'pattern'): { prepare(env: Env): Gen } {
  let inner = t;
  let dflt: GenCode | null = null;
  if (t.type === 'AssignmentPattern') {
    inner = t.left;
    dflt = inner.type === 'Identifier' && isAnonymousFunctionDefinition(t.right) ? genNamedValue(c, t.right, inner) : genExpr(c, t.right);
  }
  const withDefault = (env: Env, store: (v: Value) => Gen) => function* (v: Value): Gen {
    yield* store(v === undefined && dflt !== null ? yield* dflt(env) : v);
  };
  if (inner.type === 'ObjectPattern' || inner.type === 'ArrayPattern' || mode !== 'pattern') {
    const init = genPattern(c, inner, mode);
    return { *prepare(env: Env): Gen { return withDefault(env, (v) => init(env, v)); } };
  }
  const target = genTarget(c, inner);
  return {
    *prepare(env: Env): Gen {
      const ref: GenRef = yield* target(env);
      return withDefault(env, function* (v) { ref.set(v); });
    },
  };
}

/** A class whose heritage or computed keys suspend: those parts run resumably, the rest as usual. */
export function genClass(c: Compiler, node: Node, name: string): GenCode {
  const { compileClassParts, NO_HERITAGE } = require('./expressions/classes');
  const parts = compileClassParts(c, node, (n: Node) => genExpr(c, n));
  return function* (env) {
    const cenv = parts.enter(env);
    const superclass = parts.heritage ? yield* parts.heritage(cenv) : NO_HERITAGE;
    const keys: Value[] = [];
    for (const k of parts.keys) keys.push(yield* k(cenv));
    return parts.build(cenv, superclass, keys, name);
  };
}

/** NamedEvaluation in a resumable body: an anonymous class that suspends is compiled resumably. */
function genNamedValue(c: Compiler, value: Node, target: Node): GenCode {
  if (value.type === 'ClassExpression' && !value.id && hasSuspend(value)) return genClass(c, value, target.type === 'Identifier' ? target.name : '');
  return wrap(compileNamedValue(c, value, target));
}
