import { JSObject } from '../values/object';
import type { Value } from '../values/value';
import { Shape, C, W } from '../values/shape';
import type { Realm } from '../realm';
import { R, ThrowCompletion } from '../agent';
import { pushFrame, popFrame } from '../values/function';
import { makeError, Msg, throwTypeError } from '../errors';
import type { FunctionInfo } from '../scope/scope';
import type { Node } from '../parse';
import { OrdinaryCreateFromConstructor } from '../ops/object-operations';

/** An environment record at run time: slot 0 is the parent environment. */
export type Env = any[];

export type Invoke = (fn: ECMAScriptFunction, thisArg: Value, args: Value[], newTarget: JSObject | undefined) => Value;

/** A private name (#x), one per class evaluation. https://tc39.es/ecma262/#sec-private-names */
export class PrivateName {
  constructor(readonly description: string) {}
}

/** A class element that is added to each instance (field) or the constructor (static field). */
export interface ClassFieldDef {
  key: string | import('../values/symbol').JSSymbol | PrivateName;
  initializer: ECMAScriptFunction | null;
  /** An anonymous function as the initializer gets the field's name. */
}

/** A private method or accessor added to each instance. */
export interface PrivateMethodDef {
  name: PrivateName;
  kind: 'method' | 'accessor';
  value?: JSObject;
  get?: JSObject;
  set?: JSObject;
}

/** A private element of an object. https://tc39.es/ecma262/#sec-privateelement-specification-type */
export interface PrivateElement {
  kind: 'field' | 'method' | 'accessor';
  value?: Value;
  get?: JSObject;
  set?: JSObject;
}

/**
 * The compiled, shareable part of a function: everything that does not depend on the closure.
 * The body is compiled on the first call.
 */
export class FunctionCode {
  invoke: Invoke | null = null;
  /** Root shape → shape with length/name(/prototype), cached per prototype. */
  shapeCache: Shape | null = null;
  shapeCacheProto: JSObject | null = null;
  constructor(
    readonly info: FunctionInfo,
    readonly node: Node,
    readonly sourceText: string,
    readonly file: string,
    /** Compiles the body and returns the invoke function. */
    readonly compileBody: (code: FunctionCode) => Invoke,
    readonly length: number,
  ) {}

  get isClassConstructor(): boolean {
    return this.isClassCtor;
  }

  get isClassCtor(): boolean {
    return this.info.kind === 'classConstructor';
  }
}

function throwStackOverflow(): never {
  throw new ThrowCompletion(makeError(R.realm, 'RangeError', Msg.stackOverflow()));
}

/** Converts a host stack overflow into the guest RangeError (the host stack is the last line of defence). */
export function isHostStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message === 'Maximum call stack size exceeded';
}

/** An ECMAScript function object. https://tc39.es/ecma262/#sec-ecmascript-function-objects */
export class ECMAScriptFunction extends JSObject {
  homeObject: JSObject | undefined = undefined;
  /** Class constructors: the instance fields and private methods. */
  fields: ClassFieldDef[] | null = null;
  privateMethods: PrivateMethodDef[] | null = null;
  /** Depth of the frame in which this function is running as a constructor (for "new X" in stacks). */
  constructing = -1;
  constructor(
    proto: JSObject | null,
    readonly code: FunctionCode,
    readonly env: Env,
    readonly fnRealm: Realm,
    shape?: Shape,
  ) {
    super(proto, shape);
    this.isConstructor = false;
  }

  override get realm(): Realm {
    return this.fnRealm;
  }

  get sourceText(): string {
    return this.code.sourceText;
  }

  get kind(): string {
    const info = this.code.info;
    if (info.kind === 'classConstructor') return 'classConstructor';
    if (info.isAsync && info.isGenerator) return 'asyncGenerator';
    if (info.isGenerator) return 'generator';
    if (info.isAsync) return info.isArrow ? 'asyncArrow' : 'async';
    if (info.isArrow) return 'arrow';
    if (info.kind === 'method' || info.kind === 'getter' || info.kind === 'setter') return 'method';
    return 'normal';
  }

  override Call(thisArg: Value, args: Value[]): Value {
    const code = this.code;
    if (code.isClassCtor) {
      const n = this.shape.lookup('name');
      // Made in the callee's realm (the spec creates it in calleeContext).
      throw new ThrowCompletion(makeError(this.fnRealm, 'TypeError', Msg.classCallNoNew(n >= 0 && typeof this.slots[n] === 'string' ? this.slots[n] : 'anonymous')));
    }
    const r = R;
    if (--r.fuel <= 0) r.agent.refuel();
    const d = r.depth;
    if (d >= r.maxDepth) throwStackOverflow();
    r.fnStack[d] = this;
    r.pcStack[d] = r.pc;
    r.depth = d + 1;
    const realm = r.realm;
    r.realm = this.fnRealm;
    try {
      return (code.invoke ?? (code.invoke = code.compileBody(code)))(this, thisArg, args, undefined);
    } finally {
      r.realm = realm;
      r.depth = d;
      r.pc = r.pcStack[d];
    }
  }

  override Construct(args: Value[], newTarget: JSObject): JSObject {
    const code = this.code;
    let thisArgument: Value = undefined;
    if (!code.info.derived) thisArgument = OrdinaryCreateFromConstructor(newTarget, '%Object.prototype%');
    if (--R.fuel <= 0) R.agent.refuel();
    const d = pushFrame(this);
    const realm = R.realm;
    R.realm = this.fnRealm;
    const saved = this.constructing;
    this.constructing = d;
    try {
      return (code.invoke ?? (code.invoke = code.compileBody(code)))(this, thisArgument, args, newTarget) as JSObject;
    } catch (e) {
      if (e instanceof CallerRealmError) throw new ThrowCompletion(makeError(realm, e.errorType, e.message));
      if (isHostStackOverflow(e)) throw new ThrowCompletion(makeError(R.realm, 'RangeError', Msg.stackOverflow()));
      throw e;
    } finally {
      this.constructing = saved;
      R.realm = realm;
      popFrame(d);
    }
  }
}
ECMAScriptFunction.prototype.isCallable = true;
ECMAScriptFunction.prototype.className = 'Function';


/** Creates the function object for code in env (OrdinaryFunctionCreate + SetFunctionName + SetFunctionLength). */
export function makeFunction(code: FunctionCode, env: Env, proto: JSObject, name: string, realm: Realm): ECMAScriptFunction {
  const info = code.info;
  // NON-SPEC (allowed by #sec-forbidden-extensions, as V8 does): sloppy plain functions have own
  // "arguments" and "caller" properties holding null.
  const legacy = info.kind === 'normal' && !info.strict && !info.isArrow && !info.isGenerator && !info.isAsync;
  let shape = code.shapeCache;
  if (shape === null || code.shapeCacheProto !== proto) {
    shape = Shape.root(proto).add('length', C).add('name', C);
    if (legacy) shape = shape.add('arguments', 0).add('caller', 0);
    code.shapeCache = shape;
    code.shapeCacheProto = proto;
  }
  const f = new ECMAScriptFunction(proto, code, env, realm, shape);
  if (legacy) f.slots.push(code.length, name, null, null);
  else f.slots.push(code.length, name);
  return f;
}

/** MakeConstructor: marks f as a constructor and gives it a fresh "prototype" object. */
export function makeConstructor(f: ECMAScriptFunction, realm: Realm, writablePrototype = true, prototype?: JSObject): void {
  f.isConstructor = true;
  if (prototype === undefined) {
    prototype = new JSObject(realm.ObjectPrototype);
    prototype.addProperty('constructor', f, W | C);
  }
  f.addProperty('prototype', prototype, writablePrototype ? W : 0);
}

/**
 * An error [[Construct]] raises after leaving the callee's context (a derived constructor's bad
 * return value or missing super()): the body throws this and Construct makes the guest error in
 * the caller's realm.
 */
export class CallerRealmError {
  constructor(readonly errorType: 'TypeError' | 'ReferenceError', readonly message: string) {}
}

export { W, C };
