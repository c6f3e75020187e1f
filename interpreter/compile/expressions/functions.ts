import type { Node } from '../../parse';
import { JSObject } from '../../values/object';
import { JSSymbol } from '../../values/symbol';
import { TDZ, type PropertyKey, type Value } from '../../values/value';
import { C, W } from '../../values/shape';
import { R } from '../../agent';
import type { Realm } from '../../realm';
import type { Analysis } from '../../scope/analyze';
import { boundNames } from '../../scope/analyze';
import type { FunctionInfo } from '../../scope/scope';
import { ToObject } from '../../ops/type-conversion';
import { CreateArrayFromList } from '../../ops/object-operations';
import { Compiler, Completion, RETURN, type Code, type Stmt } from '../compiler';
import { compileStatements } from '../compile';
import { CallerRealmError, ECMAScriptFunction, FunctionCode, makeConstructor, makeFunction, type Env, type Invoke } from '../function-object';
import { CreateUnmappedArgumentsObject, JSMappedArguments } from '../../exotics/arguments';
import { compileBindingInitializer } from '../patterns';
import { compileExpr } from '../compile';
import { compileClass } from './classes';
import { compileGeneratorInvoke } from '../generators';
import { isAnonymousFunctionDefinition } from './operators';
import { FieldKey, InitializeInstanceElements } from './classes';
import { Msg, throwReferenceError, throwTypeError } from '../../errors';

const codeCache = new WeakMap<Node, FunctionCode>();

/** https://tc39.es/ecma262/#sec-static-semantics-expectedargumentcount */
function expectedArgumentCount(params: Node[]): number {
  let n = 0;
  for (const p of params) {
    if (p.type === 'AssignmentPattern' || p.type === 'RestElement') break;
    n++;
  }
  return n;
}

/** The shared compiled code of a function node (created once per node). */
export function functionCode(c: Compiler, node: Node, sourceNode: Node = node): FunctionCode {
  let code = codeCache.get(node);
  if (code === undefined) {
    const info = c.an.functions.get(node);
    if (info === undefined) throw new Error('interpreter bug: function without analysis');
    const an = c.an, file = c.file, source = c.source;
    code = new FunctionCode(info, node, source.slice(sourceNode.start, sourceNode.end), file,
      (fc) => compileFunctionBody(an, file, source, info, fc), expectedArgumentCount(node.params ?? []));
    codeCache.set(node, code);
  }
  return code;
}

/** The prototype of a function object of this kind. */
export function functionProto(realm: Realm, info: FunctionInfo): JSObject {
  if (info.isGenerator) return realm.intrinsics[info.isAsync ? '%AsyncGeneratorFunction.prototype%' : '%GeneratorFunction.prototype%'];
  if (info.isAsync) return realm.intrinsics['%AsyncFunction.prototype%'];
  return realm.FunctionPrototype;
}

/** Creates a closure of code in env: the function object with length, name and (if a constructor or generator) prototype. */
export function instantiate(code: FunctionCode, env: Env, name: string, homeObject?: JSObject): ECMAScriptFunction {
  const realm = R.realm;
  const info = code.info;
  const f = makeFunction(code, env, functionProto(realm, info), name, realm);
  if (homeObject !== undefined) f.homeObject = homeObject;
  if (info.isGenerator) {
    const proto = new JSObject(realm.intrinsics[info.isAsync ? '%AsyncGeneratorPrototype%' : '%GeneratorPrototype%']);
    f.addProperty('prototype', proto, W);
  } else if (info.kind === 'normal' && !info.isAsync) {
    makeConstructor(f, realm);
  }
  return f;
}

/** SetFunctionName's name from a property key: symbols become "[description]". https://tc39.es/ecma262/#sec-setfunctionname */
export function setFunctionName(key: PropertyKey | import('../function-object').PrivateName, prefix?: string): string {
  let name: string;
  if (key instanceof JSSymbol) name = key.description === undefined ? '' : `[${key.description}]`;
  else if (typeof key === 'string') name = key;
  else name = key.description;
  return prefix ? `${prefix} ${name}` : name;
}

export function compileFunctionExpression(c: Compiler, node: Node): Code {
  const code = functionCode(c, node);
  const name: string = node.id ? node.id.name : '';
  return (env) => instantiate(code, env, name);
}

export function compileArrow(c: Compiler, node: Node): Code {
  const code = functionCode(c, node);
  return (env) => instantiate(code, env, '');
}

/**
 * NamedEvaluation of an anonymous function or class: returns (env, key?) => value, the name being
 * the given one or, when null, the property key passed at run time.
 */
export function compileNamedFunctionOrClass(c: Compiler, node: Node, name: string | null): (env: Env, key?: PropertyKey) => Value {
  if (node.type === 'ClassExpression') {
    const k = compileClass(c, node, name);
    return (env, key) => k(env, name ?? setFunctionName(key!));
  }
  const code = functionCode(c, node);
  return (env, key) => instantiate(code, env, name ?? setFunctionName(key!));
}

/** An object-literal or class method, getter or setter: (env, homeObject, key) => function. */
export function compileMethod(c: Compiler, node: Node, kind: 'method' | 'get' | 'set', sourceNode?: Node): (env: Env, home: JSObject, key: PropertyKey | import('../function-object').PrivateName) => ECMAScriptFunction {
  const code = functionCode(c, node, sourceNode ?? node);
  const prefix = kind === 'method' ? undefined : kind;
  return (env, home, key) => instantiate(code, env, setFunctionName(key, prefix), home);
}

/** Instantiates a function declaration's closure (hoisted to its scope's entry). */
export function compileFunctionDeclarationValue(c: Compiler, node: Node): Code {
  const code = functionCode(c, node);
  const name: string = node.id.name;
  return (env) => instantiate(code, env, name);
}

// ---- function bodies ----

interface ParamPlan {
  (env: Env, args: Value[]): void;
}

/**
 * Compiles a function's body and returns its invoke: FunctionDeclarationInstantiation
 * (https://tc39.es/ecma262/#sec-functiondeclarationinstantiation) specialised at compile time,
 * then the body.
 */
export function compileFunctionBody(an: Analysis, file: string, source: string, info: FunctionInfo, code: FunctionCode): Invoke {
  const node = code.node;
  const c = new Compiler(an, file, source, info, info.scope);
  const fs = info.scope;
  const vs = info.varScope;
  const slotOf = (name: string): number => {
    const b = fs.bindings.get(name);
    return b !== undefined && b.slot >= 0 && (b.kind === 'internal' || b.kind === 'fname') ? b.slot : -1;
  };
  const thisSlot = slotOf('this');
  const ntSlot = slotOf('new.target');
  const calleeSlot = slotOf('%callee');
  const argsSlot = slotOf('arguments');
  const fnameSlot = node.type === 'FunctionExpression' && node.id ? slotOf(node.id.name) : -1;
  const strict = info.strict;
  const derived = info.derived;
  const isArrow = info.isArrow;
  const params: Node[] = node.params ?? [];
  const fsMat = fs.materialized;

  // The initial environment: undefined everywhere except TDZ for lexical bindings and unbound this.
  const template: Value[] = new Array(fs.size).fill(undefined);
  for (const b of fs.bindings.values()) {
    if (b.slot < 0) continue;
    if (b.lexical) template[b.slot] = TDZ;
    if (b.kind === 'param' && info.hasParameterExpressions) template[b.slot] = TDZ;
  }
  if (thisSlot >= 0 && derived) template[thisSlot] = TDZ;

  // Parameters.
  let bindParams: ParamPlan;
  if (info.simpleParams && !info.hasParameterExpressions) {
    const slots = params.map((p) => fs.bindings.get(p.name)!.slot);
    const n = slots.length;
    if (new Set(slots).size === n) {
      bindParams = (env, args) => {
        const m = args.length < n ? args.length : n;
        for (let i = 0; i < m; i++) env[slots[i]] = args[i];
      };
    } else {
      // Sloppy duplicate names (function f(x, x)): every position binds, the last one wins.
      bindParams = (env, args) => {
        for (let i = 0; i < n; i++) env[slots[i]] = args[i];
      };
    }
  } else {
    const inits = params.map((p) => {
      if (p.type === 'RestElement') {
        const init = compileBindingInitializer(c, p.argument, 'init');
        return { rest: true, init };
      }
      return { rest: false, init: compileBindingInitializer(c, p, 'init') };
    });
    bindParams = (env, args) => {
      for (let i = 0; i < inits.length; i++) {
        const p = inits[i];
        if (p.rest) p.init(env, CreateArrayFromList(args.slice(i)));
        else p.init(env, args[i]);
      }
    };
  }
  // Mapped arguments alias the parameters (sloppy functions with simple parameter lists).
  const mappedSlots: (number | undefined)[] = [];
  const mapped = argsSlot >= 0 && !strict && info.simpleParams;
  if (mapped) {
    for (let i = 0; i < params.length; i++) {
      const b = fs.bindings.get(params[i].name);
      if (b) {
        // A later parameter of the same name wins the mapping.
        for (let j = 0; j < mappedSlots.length; j++) if (mappedSlots[j] === b.slot) mappedSlots[j] = undefined;
        mappedSlots[i] = b.slot;
      }
    }
  }

  // The var scope (separate when parameters have expressions) and hoisted functions.
  const c2 = new Compiler(an, file, source, info, vs);
  let varTemplate: Value[] | null = null;
  const copyFromParams: [number, number][] = [];
  if (vs !== fs) {
    varTemplate = new Array(vs.size).fill(undefined);
    for (const b of vs.bindings.values()) {
      if (b.slot < 0) continue;
      if (b.lexical) varTemplate[b.slot] = TDZ;
      const pb = fs.bindings.get(b.name);
      if (b.kind === 'var' && pb && pb.slot >= 0 && (pb.kind === 'param' || pb.name === 'arguments')) copyFromParams.push([b.slot, pb.slot]);
    }
  }
  const fnDecls: [(env: Env, v: Value) => void, Code][] = [];
  const seen = new Set<string>();
  for (let i = info.functionDecls.length - 1; i >= 0; i--) {
    const d = info.functionDecls[i];
    if (seen.has(d.id.name)) continue;
    seen.add(d.id.name);
    const { compileInit } = require('./Identifier');
    fnDecls.unshift([compileInit(c2, d.id.name), compileFunctionDeclarationValue(c2, d)]);
  }

  const body: Node = node.body;
  void boundNames;
  let run: Stmt = null as any;
  if (!(info.isGenerator || info.isAsync)) {
    if (node.type === 'PropertyDefinition') {
      // A class field initializer: the "body" is the value expression (named after the field if anonymous).
      if (isAnonymousFunctionDefinition(node.value)) {
        const f = compileNamedFunctionOrClass(c2, node.value, null);
        run = (env) => { Completion.ret = f(env, FieldKey.key as any); return RETURN; };
      } else {
        const v = compileExpr(c2, node.value);
        run = (env) => { Completion.ret = v(env); return RETURN; };
      }
    } else if (node.type === 'StaticBlock') {
      run = compileStatements(c2, node.body);
    } else if (body.type === 'BlockStatement') {
      run = compileStatements(c2, body.body);
    } else {
      const v = compileExpr(c2, body);
      run = (env) => { Completion.ret = v(env); return RETURN; };
    }
  }
  const hasFields = info.kind === 'classConstructor';
  /** Creates the function's environments and binds this, arguments, parameters and hoisted functions. */
  const setup = (fn: ECMAScriptFunction, thisArg: Value, args: Value[], newTarget: JSObject | undefined): [Env, Env] => {
    let env: Env;
    if (fsMat) {
      env = template.slice();
      env[0] = fn.env;
    } else env = fn.env;
    if (thisSlot >= 0 && !derived) {
      if (strict || isArrow) env[thisSlot] = thisArg;
      else env[thisSlot] = thisArg === undefined || thisArg === null ? fn.fnRealm.globalObject : thisArg instanceof JSObject ? thisArg : ToObject(thisArg);
    }
    if (ntSlot >= 0) env[ntSlot] = newTarget;
    if (calleeSlot >= 0) env[calleeSlot] = fn;
    if (fnameSlot >= 0) env[fnameSlot] = fn;
    if (argsSlot >= 0) env[argsSlot] = mapped ? new JSMappedArguments(fn.fnRealm, args, env, mappedSlots.slice(0, args.length), fn) : CreateUnmappedArgumentsObject(fn.fnRealm, args);
    if (newTarget !== undefined && hasFields && !derived) InitializeInstanceElements(thisArg as JSObject, fn);
    bindParams(env, args);
    let benv = env;
    if (varTemplate !== null) {
      benv = varTemplate.slice();
      benv[0] = env;
      for (const [to, from] of copyFromParams) benv[to] = env[from];
    }
    for (let i = 0; i < fnDecls.length; i++) fnDecls[i][0](benv, fnDecls[i][1](benv));
    return [env, benv];
  };
  if (info.isGenerator || info.isAsync) return compileGeneratorInvoke(c2, info, node, setup);
  // The common case, specialised: a materialized scope, simple parameters, nothing else to set up.
  const simple = fsMat && argsSlot < 0 && ntSlot < 0 && fnameSlot < 0 && !hasFields && !derived && varTemplate === null
    && fnDecls.length === 0 && info.simpleParams && !info.hasParameterExpressions
    // Sloppy duplicate parameters (function f(x, x)): the last one wins even when not passed.
    && new Set(params.map((p) => p.name)).size === params.length;
  if (simple) {
    const pslots = params.map((p) => fs.bindings.get(p.name)!.slot);
    const np = pslots.length;
    const p0 = np > 0 ? pslots[0] : -1, p1 = np > 1 ? pslots[1] : -1;
    const sloppyThis = !strict && !isArrow;
    return (fn, thisArg, args, newTarget) => {
      const env: Env = template.slice();
      env[0] = fn.env;
      if (thisSlot >= 0) {
        env[thisSlot] = !sloppyThis ? thisArg
          : thisArg === undefined || thisArg === null ? fn.fnRealm.globalObject : thisArg instanceof JSObject ? thisArg : ToObject(thisArg);
      }
      if (calleeSlot >= 0) env[calleeSlot] = fn;
      const n = args.length;
      if (np <= 2) {
        if (n > 0 && p0 >= 0) env[p0] = args[0];
        if (n > 1 && p1 >= 0) env[p1] = args[1];
      } else {
        const m = n < np ? n : np;
        for (let i = 0; i < m; i++) env[pslots[i]] = args[i];
      }
      const result = run(env) === RETURN ? Completion.ret : undefined;
      if (newTarget === undefined) return result;
      return result instanceof JSObject ? result : thisArg;
    };
  }
  return (fn, thisArg, args, newTarget) => {
    const [env, benv] = setup(fn, thisArg, args, newTarget);
    const completion = run(benv);
    const result = completion === RETURN ? Completion.ret : undefined;
    if (newTarget === undefined) return result;
    // [[Construct]] result rules. https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget
    if (result instanceof JSObject) return result;
    if (!derived) return thisArg;
    // These two errors come from the caller's realm: [[Construct]] has left the callee's context.
    if (result !== undefined) throw new CallerRealmError('TypeError', Msg.derivedReturn());
    const t = env[thisSlot];
    if (t === TDZ) throw new CallerRealmError('ReferenceError', Msg.superNotCalled());
    return t;
  };
}

export { boundNames, C };
