import type { Node } from '../../parse';
import { tokenizer } from 'acorn';
import { JSObject } from '../../values/object';
import { TDZ, type PropertyKey, type Value } from '../../values/value';
import { C, W } from '../../values/shape';
import { R } from '../../agent';
import { Msg, throwTypeError } from '../../errors';
import { ToPropertyKey, describe } from '../../ops/type-conversion';
import { CreateDataPropertyOrThrow, DefinePropertyOrThrow } from '../../ops/object-operations';
import { FunctionInfo } from '../../scope/scope';
import { resolve } from '../../scope/analyze';
import type { Compiler } from '../compiler';
import { compileExpr } from '../compile';
import {
  ECMAScriptFunction, FunctionCode, PrivateName, makeFunction, type ClassFieldDef, type Env, type PrivateMethodDef,
} from '../function-object';
import { compileMethod, functionCode, setFunctionName } from './functions';
import { PrivateElementAdd } from './private';
import { staticKey } from './literals';
import { compileInit } from './Identifier';

/** The key a field initializer's anonymous function is named after (set just before the initializer runs). */
export const FieldKey: { key: PropertyKey | PrivateName | undefined } = { key: undefined };

/** https://tc39.es/ecma262/#sec-initializeinstanceelements */
export function InitializeInstanceElements(o: JSObject, constructor: JSObject): void {
  const f = constructor as ECMAScriptFunction;
  const methods = f.privateMethods;
  if (methods !== null && methods !== undefined) {
    for (const m of methods) {
      PrivateElementAdd(o, m.name, m.kind === 'method' ? { kind: 'method', value: m.value } : { kind: 'accessor', get: m.get, set: m.set });
    }
  }
  const fields = f.fields;
  if (fields !== null && fields !== undefined) for (const field of fields) DefineField(o, field);
}

/** https://tc39.es/ecma262/#sec-definefield */
export function DefineField(receiver: JSObject, field: ClassFieldDef): void {
  let initValue: Value = undefined;
  if (field.initializer !== null) {
    FieldKey.key = field.key;
    initValue = field.initializer.Call(receiver, []);
  }
  if (field.key instanceof PrivateName) PrivateElementAdd(receiver, field.key, { kind: 'field', value: initValue });
  else CreateDataPropertyOrThrow(receiver, field.key, initValue);
}

type ElementOp = (env: Env, proto: JSObject, F: ECMAScriptFunction, out: ClassOut, keys: Value[]) => void;

interface ClassOut {
  instanceFields: ClassFieldDef[];
  instancePrivate: PrivateMethodDef[];
  staticPrivate: PrivateMethodDef[];
  /** Static fields and blocks, in order. */
  statics: ((F: ECMAScriptFunction) => void)[];
}

function addPrivateMethod(list: PrivateMethodDef[], name: PrivateName, kind: 'method' | 'get' | 'set', f: JSObject): void {
  if (kind === 'method') { list.push({ name, kind: 'method', value: f }); return; }
  let e = list.find((m) => m.name === name);
  if (e === undefined) { e = { name, kind: 'accessor' }; list.push(e); }
  if (kind === 'get') e.get = f; else e.set = f;
}

let defaultCtorInfo: Map<boolean, FunctionInfo> | null = null;

/**
 * ClassDefinitionEvaluation. https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation
 * Returns (env, name) => the class constructor.
 */
export function compileClass(c: Compiler, node: Node, _bindingName: string | null): (env: Env, name: string) => ECMAScriptFunction {
  const parts = compileClassParts(c, node, (n) => compileExpr(c, n));
  return (env, name) => {
    const cenv = parts.enter(env);
    const superclass = parts.heritage ? parts.heritage(cenv) : NO_HERITAGE;
    const keys: Value[] = [];
    for (const k of parts.keys) keys.push(k(cenv));
    return parts.build(cenv, superclass, keys, name);
  };
}

/** Marks a class without an extends clause. */
export const NO_HERITAGE: any = Object.freeze({ noHeritage: true });

export interface ClassParts<K> {
  /** Creates the class scope's environment (private names, the inner name in TDZ). */
  enter(env: Env): Env;
  heritage: K | null;
  /** The computed keys, in order, to evaluate in the class environment. */
  keys: K[];
  /** ClassDefinitionEvaluation given the heritage value and the computed keys' values. */
  build(cenv: Env, superclass: Value, keys: Value[], name: string): ECMAScriptFunction;
}

/**
 * The class compiled in parts so that a resumable body can evaluate the heritage and computed keys
 * (which may contain yield/await) itself. Evaluating every computed key before defining the
 * elements is unobservable: nothing created for the elements is reachable before the class is built.
 */
export function compileClassParts<K>(c: Compiler, node: Node, compileKey: (n: Node) => K): ClassParts<K> {
  const cs = c.an.scopes.get(node)!;
  return c.withScope(cs, () => {
    const mat = cs.materialized;
    const size = cs.size;
    const privateSlots: [number, string][] = [];
    for (const b of cs.bindings.values()) if (b.kind === 'private' && b.slot >= 0) privateSlots.push([b.slot, b.name]);
    const classNameBinding = node.id ? cs.bindings.get(node.id.name) : undefined;
    const classNameSlot = classNameBinding && classNameBinding.slot >= 0 ? classNameBinding.slot : -1;
    const initClassName = node.id ? compileInit(c, node.id.name) : null;
    const heritage = node.superClass ? compileKey(node.superClass) : null;
    const keyCodes: K[] = [];
    const pos = c.pos(node);
    const members: Node[] = node.body.body;
    const ctorNode = members.find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor');
    const derived = !!node.superClass;
    let ctorCode: FunctionCode;
    if (ctorNode) {
      ctorCode = functionCode(c, ctorNode.value, node);
    } else {
      if (defaultCtorInfo === null) defaultCtorInfo = new Map();
      let info = defaultCtorInfo.get(derived);
      if (info === undefined) {
        info = new FunctionInfo('classConstructor', node, null);
        info.strict = true;
        info.derived = derived;
        defaultCtorInfo.set(derived, info);
      }
      ctorCode = new FunctionCode(info, node, c.text(node), c.file, () => defaultConstructorInvoke(derived), 0);
    }
    // Class elements, in order.
    const ops: ElementOp[] = [];
    for (const m of members) {
      if (m === ctorNode) continue;
      const isStatic = !!m.static;
      if (m.type === 'StaticBlock') {
        const code = functionCode(c, m);
        ops.push((env, _proto, _F, out) => {
          const blockFn = makeFunction(code, env, R.realm.FunctionPrototype, '', R.realm);
          out.statics.push((F) => { blockFn.homeObject = F; blockFn.Call(F, []); });
        });
        continue;
      }
      const isPrivate = m.key.type === 'PrivateIdentifier';
      const privRead = isPrivate ? privateNameReader(c, m.key.name) : null;
      const keyIndex = m.computed ? keyCodes.push(compileKey(m.key)) - 1 : -1;
      const sk: PropertyKey | null = !m.computed && !isPrivate ? staticKey(m.key) : null;
      const evalKey = (env: Env, keys: Value[]): PropertyKey | PrivateName => privRead ? privRead(env) : keyIndex >= 0 ? ToPropertyKey(keys[keyIndex]) : sk!;
      if (m.type === 'MethodDefinition') {
        const kind = m.kind === 'get' ? 'get' : m.kind === 'set' ? 'set' : 'method';
        const make = compileMethod(c, m.value, kind, isStatic ? withoutStatic(c, m) : m);
        ops.push((env, proto, F, out, keys) => {
          const home = isStatic ? F : proto;
          const key = evalKey(env, keys);
          const f = make(env, home, key);
          if (key instanceof PrivateName) {
            addPrivateMethod(isStatic ? out.staticPrivate : out.instancePrivate, key, kind, f);
            return;
          }
          if (kind === 'method') DefinePropertyOrThrow(home, key, { value: f, writable: true, enumerable: false, configurable: true });
          else if (kind === 'get') DefinePropertyOrThrow(home, key, { get: f, enumerable: false, configurable: true });
          else DefinePropertyOrThrow(home, key, { set: f, enumerable: false, configurable: true });
        });
        continue;
      }
      if (m.type === 'PropertyDefinition') {
        const code = m.value ? functionCode(c, m) : null;
        ops.push((env, proto, F, out, keys) => {
          const key = evalKey(env, keys);
          let initializer: ECMAScriptFunction | null = null;
          if (code !== null) {
            initializer = makeFunction(code, env, R.realm.FunctionPrototype, '', R.realm);
            initializer.homeObject = isStatic ? F : proto;
          }
          const field: ClassFieldDef = { key, initializer };
          if (isStatic) out.statics.push((F2) => DefineField(F2, field));
          else out.instanceFields.push(field);
        });
        continue;
      }
      throw new Error(`interpreter bug: class element ${m.type}`);
    }

    const enter = (env: Env): Env => {
      let cenv = env;
      if (mat) {
        cenv = new Array(size).fill(undefined);
        cenv[0] = env;
        if (classNameSlot >= 0) cenv[classNameSlot] = TDZ;
      } else if (classNameSlot >= 0) cenv[classNameSlot] = TDZ;
      for (const [slot, pname] of privateSlots) cenv[slot] = new PrivateName(pname);
      return cenv;
    };
    const build = (cenv: Env, superclass: Value, keys: Value[], name: string): ECMAScriptFunction => {
      const realm = R.realm;
      let protoParent: JSObject | null = realm.ObjectPrototype;
      let constructorParent: JSObject = realm.FunctionPrototype;
      if (superclass !== NO_HERITAGE) {
        R.pc = pos;
        if (superclass === null) {
          protoParent = null;
        } else {
          if (!(superclass instanceof JSObject) || !superclass.isConstructor) throwTypeError(`Class extends value ${describe(superclass)} is not a constructor or null`);
          const pp = superclass.Get('prototype', superclass);
          if (pp !== null && !(pp instanceof JSObject)) throwTypeError(`Class extends value does not have valid prototype property ${describe(pp)}`);
          protoParent = pp as JSObject | null;
          constructorParent = superclass;
        }
      }
      const proto = new JSObject(protoParent);
      const F = makeFunction(ctorCode, cenv, constructorParent, name, realm);
      F.isConstructor = true;
      F.homeObject = proto;
      F.addProperty('prototype', proto, 0);
      proto.addProperty('constructor', F, W | C);
      const out: ClassOut = { instanceFields: [], instancePrivate: [], staticPrivate: [], statics: [] };
      for (const op of ops) op(cenv, proto, F, out, keys);
      if (initClassName !== null) {
        if (classNameSlot >= 0) cenv[classNameSlot] = F;
        else initClassName(cenv, F);
      }
      F.fields = out.instanceFields;
      F.privateMethods = out.instancePrivate;
      for (const m of out.staticPrivate) {
        PrivateElementAdd(F, m.name, m.kind === 'method' ? { kind: 'method', value: m.value } : { kind: 'accessor', get: m.get, set: m.set });
      }
      for (const s of out.statics) s(F);
      return F;
    };
    return { enter, heritage, keys: keyCodes, build };
  });
}

function privateNameReader(c: Compiler, name: string): (env: Env) => PrivateName {
  const r = resolve(c.scope, '#' + name);
  const b = r.binding!;
  const hops = r.hops, slot = b.slot;
  return (env) => {
    let e = env;
    for (let i = 0; i < hops; i++) e = e[0];
    return e[slot];
  };
}

/** The default constructor's behaviour: https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation step 14.a */
function defaultConstructorInvoke(derived: boolean) {
  return (fn: ECMAScriptFunction, thisArg: Value, args: Value[], newTarget: JSObject | undefined): Value => {
    if (!derived) {
      InitializeInstanceElements(thisArg as JSObject, fn);
      return thisArg;
    }
    const func = fn.GetPrototypeOf();
    if (!(func instanceof JSObject) || !func.isConstructor) throwTypeError(Msg.notAConstructor('Super constructor'));
    const result = func.Construct(args, newTarget!);
    InitializeInstanceElements(result, fn);
    return result;
  };
}

export { setFunctionName };

/** The source span of a static member's MethodDefinition: from the token after `static` (its source text). */
function withoutStatic(c: Compiler, m: Node): Node {
  const tokens = tokenizer(c.source.slice(m.start, m.end), { ecmaVersion: 'latest' });
  tokens.getToken(); // static
  return { start: m.start + tokens.getToken().start, end: m.end } as Node;
}
