import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods } from '../values/function';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R, type SourcePos } from '../agent';
import { setMakeError, throwTypeError, type ErrorType } from '../errors';
import { OrdinaryCreateFromConstructor, CreateNonEnumerableDataPropertyOrThrow, HasProperty, Get, CreateArrayFromList } from '../ops/object-operations';
import { ToString } from '../ops/type-conversion';
import { iterate } from '../ops/iterator-operations';
import { W, C, ACCESSOR } from '../values/shape';

/**
 * An object with an [[ErrorData]] slot. Like V8, the first line of "stack" reflects the error's
 * name and message when the stack is first read, not when the error was created.
 */
export class JSError extends JSObject {
  /** The frames captured at creation, until "stack" is first read. */
  pendingFrames: string[] | null = null;
  pendingStack: string | null = null;

  override GetOwnProperty(key: import('../values/value').PropertyKey) {
    if (key === 'stack' && this.pendingFrames !== null) this.materializeStack();
    return super.GetOwnProperty(key);
  }

  override Get(key: import('../values/value').PropertyKey, receiver: Value): Value {
    if (key === 'stack' && this.pendingFrames !== null) this.materializeStack();
    return super.Get(key, receiver);
  }

  materializeStack(): void {
    const frames = this.pendingFrames!;
    this.pendingFrames = null;
    const i = this.shape.lookup('stack');
    if (i >= 0 && this.slots[i] === this.pendingStack) this.slots[i] = [stackHeader(this), ...frames].join('\n');
    this.pendingStack = null;
  }
}
JSError.prototype.className = 'Error';
JSError.prototype.exotic = true;

/** Name of a function for stack frames. */
function frameName(fn: JSObject): string {
  const d = fn.shape.lookup('name');
  const v = d >= 0 ? fn.slots[d] : undefined;
  return typeof v === 'string' ? v : '';
}

function posString(p: SourcePos | null): string {
  return p === null ? '<anonymous>' : `${p.file}:${p.line}:${p.col}`;
}

/** One frame of the guest call stack, innermost first (what V8 calls a CallSite). */
interface Frame {
  /** The function, or null for script/module top-level code. */
  fn: JSObject | null;
  pos: SourcePos | null;
  native: boolean;
  isNew: boolean;
}

/**
 * The frames of the current guest call stack, innermost first, skipping the top `skip` frames.
 * Frame k's position is the pc saved when frame k+1 was pushed (or R.pc for the top).
 */
function captureStructured(skip: number, limit: number): Frame[] {
  const frames: Frame[] = [];
  let pos: SourcePos | null = R.pc;
  for (let d = R.depth - 1; d >= 0 && frames.length < limit; d--) {
    const fn = R.fnStack[d];
    const callerPos = R.pcStack[d];
    if (skip > 0) { skip--; pos = callerPos; continue; }
    const native = fn !== null && (fn as any).impl !== undefined;
    // V8 shows no frame for Function.prototype.call/apply and Reflect.apply/construct.
    if (!native || !(fn as any).hiddenFrame) frames.push({ fn, pos, native, isNew: fn !== null && (fn as any).constructing === d });
    pos = callerPos;
  }
  return frames;
}

/** A frame as V8 prints it in "stack" (without the leading "    at "). */
function frameText(f: Frame): string {
  if (f.fn === null) return posString(f.pos);
  if (f.native) return `${frameName(f.fn) || '<anonymous>'} (native)`;
  const name = frameName(f.fn) || (f.fn as any).frameLabel;
  return name ? `${f.isNew ? 'new ' : ''}${name} (${posString(f.pos)})` : posString(f.pos);
}

/** The V8-format lines of the current guest call stack, innermost first, skipping the top `skip` frames. */
export function captureFrames(skip: number, limit: number): string[] {
  return captureStructured(skip, limit).map((f) => `    at ${frameText(f)}`);
}

/** The header line of a stack: ToString of the error the way Error.prototype.toString would, without side effects. */
function stackHeader(o: JSObject): string {
  const nameSlot = lookupData(o, 'name');
  const msgSlot = lookupData(o, 'message');
  const name = nameSlot === undefined ? 'Error' : String(nameSlot);
  const msg = msgSlot === undefined ? '' : String(msgSlot);
  if (!name) return msg;
  if (!msg) return name;
  return `${name}: ${msg}`;
}

function lookupData(o: JSObject, key: string): Value {
  for (let p: JSObject | null = o; p !== null; p = p.shape.proto) {
    if (p.exotic && !(p instanceof JSError)) return undefined;
    const i = p.shape.lookup(key);
    if (i >= 0) return p.shape.attrs[i] & 8 ? undefined : p.slots[i];
  }
  return undefined;
}

function stackTraceLimit(realm: Realm): number {
  const E = realm.intrinsics['%Error%'];
  const i = E.shape.lookup('stackTraceLimit');
  const v = i >= 0 ? E.slots[i] : undefined;
  return typeof v === 'number' && v >= 0 ? Math.min(v, 200) : 0;
}

/** Installs the "stack" property (V8 format) on o. skip counts frames above the one that created it. */
export function installStack(o: JSObject, skip: number): void {
  const realm = R.realm;
  const E = realm.intrinsics['%Error%'];
  const pi = E.shape.lookup('prepareStackTrace');
  const prepare = pi >= 0 && !(E.shape.attrs[pi] & ACCESSOR) ? E.slots[pi] : undefined;
  if (prepare instanceof JSObject && prepare.isCallable && !preparing) {
    // V8's Error.prepareStackTrace(error, callSites): its result is the stack (not while it runs).
    const sites = captureStructured(skip, stackTraceLimit(realm)).map((f) => makeCallSite(realm, f));
    preparing = true;
    let stack: Value;
    try {
      stack = prepare.Call(E, [o, CreateArrayFromList(sites)]);
    } finally {
      preparing = false;
    }
    const i = o.shape.lookup('stack');
    if (i >= 0 && !(o.shape.attrs[i] & ACCESSOR)) o.slots[i] = stack;
    else o.DefineOwnProperty('stack', { value: stack, writable: true, enumerable: false, configurable: true });
    if (o instanceof JSError) { o.pendingFrames = null; o.pendingStack = null; }
    return;
  }
  const frames = captureFrames(skip, stackTraceLimit(realm));
  const stack = [stackHeader(o), ...frames].join('\n');
  const i = o.shape.lookup('stack');
  if (i >= 0) o.slots[i] = stack;
  else o.addProperty('stack', stack, W | C);
  if (o instanceof JSError) {
    o.pendingFrames = frames;
    o.pendingStack = stack;
  }
}

/** Set while Error.prepareStackTrace runs: errors made inside it get the default stack (as V8). */
let preparing = false;

/** What each CallSite object stands for (host side: the guest sees only the methods). */
const callSiteFrames = new WeakMap<JSObject, Frame>();

/** The realm's CallSite prototype (V8's methods), made on first use. */
function callSitePrototype(realm: Realm): JSObject {
  let proto = realm.intrinsics['%CallSite.prototype%'];
  if (proto !== undefined) return proto;
  proto = new JSObject(realm.ObjectPrototype);
  realm.intrinsics['%CallSite.prototype%'] = proto;
  const frame = (t: Value): Frame => {
    const f = t instanceof JSObject ? callSiteFrames.get(t) : undefined;
    if (f === undefined) throwTypeError('CallSite method called on a non-CallSite object');
    return f;
  };
  const fnName = (f: Frame): string | null => (f.fn === null ? null : frameName(f.fn) || null);
  defineMethods(realm, proto, [
    ['getThis', () => undefined, 0],
    ['getTypeName', (t) => (frame(t).fn === null ? null : 'Object'), 0],
    ['getFunction', () => undefined, 0],
    ['getFunctionName', (t) => fnName(frame(t)), 0],
    ['getMethodName', () => null, 0],
    ['getFileName', (t) => frame(t).pos?.file ?? undefined, 0],
    ['getLineNumber', (t) => frame(t).pos?.line ?? null, 0],
    ['getColumnNumber', (t) => frame(t).pos?.col ?? null, 0],
    ['getScriptNameOrSourceURL', (t) => frame(t).pos?.file ?? undefined, 0],
    ['getEvalOrigin', () => undefined, 0],
    ['isToplevel', (t) => frame(t).fn === null, 0],
    ['isEval', () => false, 0],
    ['isNative', () => false, 0],
    ['isConstructor', (t) => frame(t).isNew, 0],
    ['isAsync', () => false, 0],
    ['isPromiseAll', () => false, 0],
    ['getPromiseIndex', () => null, 0],
    ['toString', (t) => frameText(frame(t)), 0],
  ]);
  return proto;
}

function makeCallSite(realm: Realm, f: Frame): JSObject {
  const o = new JSObject(callSitePrototype(realm));
  callSiteFrames.set(o, f);
  return o;
}

/** Creates a native error as the engine throws it (e.g. a TypeError from a property read). */
function makeError(realm: Realm, type: ErrorType, message: string): JSObject {
  const o = new JSError(realm.intrinsics[`%${type}.prototype%`]);
  o.addProperty('message', message, W | C);
  const saved = R.realm;
  R.realm = realm;
  try {
    installStack(o, 0);
  } finally {
    R.realm = saved;
  }
  return o;
}

/** https://tc39.es/ecma262/#sec-installerrorcause */
function InstallErrorCause(o: JSObject, options: Value): void {
  if (options instanceof JSObject && HasProperty(options, 'cause')) {
    CreateNonEnumerableDataPropertyOrThrow(o, 'cause', Get(options, 'cause'));
  }
}

const NATIVE_ERRORS: ErrorType[] = ['EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];

/** Error, the NativeErrors and AggregateError. https://tc39.es/ecma262/#sec-error-objects */
export function setupError(realm: Realm): void {
  const errorProto = new JSObject(realm.ObjectPrototype);
  realm.intrinsics['%Error.prototype%'] = errorProto;
  const ErrorCtor = makeErrorConstructor(realm, 'Error', errorProto, realm.FunctionPrototype);
  ErrorCtor.addHidden('stackTraceLimit', 10);
  defineMethods(realm, ErrorCtor, [
    ['captureStackTrace', (_t, args) => {
      const target = args[0];
      if (!(target instanceof JSObject)) throwTypeError('Invalid argument');
      // V8: frames above the topmost call of the given function (and that call) are left out.
      let skip = 1;
      const fn = args[1];
      if (fn instanceof JSObject && fn.isCallable) {
        for (let d = R.depth - 2, n = 1; d >= 0; d--, n++) {
          if (R.fnStack[d] === fn) { skip = n + 1; break; }
        }
      }
      installStack(target, skip);
      return undefined;
    }, 2],
    ['isError', (_t, args) => args[0] instanceof JSError, 1],
  ]);
  errorProto.addHidden('name', 'Error');
  errorProto.addHidden('message', '');
  defineMethods(realm, errorProto, [
    ['toString', (thisValue) => {
      // https://tc39.es/ecma262/#sec-error.prototype.tostring
      if (!(thisValue instanceof JSObject)) throwTypeError('Error.prototype.toString requires that \'this\' be an Object');
      const n = thisValue.Get('name', thisValue);
      const name = n === undefined ? 'Error' : ToString(n);
      const m = thisValue.Get('message', thisValue);
      const msg = m === undefined ? '' : ToString(m);
      if (name === '') return msg;
      if (msg === '') return name;
      return `${name}: ${msg}`;
    }, 0],
  ]);
  for (const type of NATIVE_ERRORS) {
    const proto = new JSObject(errorProto);
    realm.intrinsics[`%${type}.prototype%`] = proto;
    makeErrorConstructor(realm, type, proto, ErrorCtor);
    proto.addHidden('name', type);
    proto.addHidden('message', '');
  }
  // SuppressedError(error, suppressed, message) https://tc39.es/ecma262/#sec-suppressederror-objects
  const supProto = new JSObject(errorProto);
  realm.intrinsics['%SuppressedError.prototype%'] = supProto;
  makeErrorConstructor(realm, 'SuppressedError', supProto, ErrorCtor);
  supProto.addHidden('name', 'SuppressedError');
  supProto.addHidden('message', '');
  // AggregateError(errors, message, options)
  const aggProto = new JSObject(errorProto);
  realm.intrinsics['%AggregateError.prototype%'] = aggProto;
  makeErrorConstructor(realm, 'AggregateError', aggProto, ErrorCtor);
  aggProto.addHidden('name', 'AggregateError');
  aggProto.addHidden('message', '');
}

function makeErrorConstructor(realm: Realm, type: string, proto: JSObject, ctorProto: JSObject): JSObject {
  const aggregate = type === 'AggregateError';
  const suppressedKind = type === 'SuppressedError';
  const ctor = CreateBuiltinFunction(realm, (_this, args, newTarget) => {
    // https://tc39.es/ecma262/#sec-error-message
    const o = OrdinaryCreateFromConstructor(newTarget ?? R.fnStack[R.depth - 1]!, `%${type}.prototype%`);
    const e = new JSError(o.shape.proto);
    const message = aggregate ? args[1] : suppressedKind ? args[2] : args[0];
    const options = aggregate ? args[2] : args[1];
    if (message !== undefined) CreateNonEnumerableDataPropertyOrThrow(e, 'message', ToString(message));
    if (suppressedKind) {
      CreateNonEnumerableDataPropertyOrThrow(e, 'error', args[0]);
      CreateNonEnumerableDataPropertyOrThrow(e, 'suppressed', args[1]);
    } else InstallErrorCause(e, options);
    if (aggregate) {
      const errors: Value[] = [];
      iterate(args[0], (v) => { errors.push(v); });
      CreateNonEnumerableDataPropertyOrThrow(e, 'errors', CreateArrayFromList(errors));
    }
    installStack(e, 1);
    return e;
  }, aggregate ? 2 : suppressedKind ? 3 : 1, type, { ctor: true, proto: ctorProto });
  ctor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', ctor);
  realm.intrinsics[`%${type}%`] = ctor;
  realm.addGlobal(type, ctor);
  return ctor;
}

setMakeError(makeError);
