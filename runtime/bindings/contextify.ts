/**
 * internalBinding('contextify'): compiling guest source (node's node_contextify.cc):
 * compileFunction for the CommonJS wrapper and vm.compileFunction, runInThisContext for scripts
 * (-e, vm), contexts for vm (makeContext, isContext, runInContext), and the ESM syntax check node's
 * loader uses for ERR_REQUIRE_ESM.
 *
 * A vm context is a new realm in the running agent (its own intrinsics and global object), tied to
 * the guest's "contextified" object through a host WeakMap (nothing host is reachable from the
 * guest). NON-SPEC: node puts V8 named-property interceptors on the global object; here the object
 * is reached in three ways:
 *  - its own properties are global accessors that read and write it (made when the context is
 *    created, and again before each run for properties added since): live, also for functions
 *    called after the run, and taking precedence over the built-in globals as in node;
 *  - the global object's prototype is a SandboxInterceptor: a name the global does not have is
 *    looked up on the object, and an assignment to such a name (`x = 1`, `this.x = 1`, also from a
 *    promise job or a callback after the run) goes to the object;
 *  - a run's var and function declarations are put on the object at its start (a var as a live
 *    accessor); after the run (even when it throws) the global properties it defined itself
 *    (function declarations, Object.defineProperty) are written to the object, with their
 *    attributes, and the ones it deleted are deleted.
 * Not reproduced: Object.keys(globalThis) lists properties added to the object since the last run
 * only from the next run on; deleting such a property inside the context does not reach the object.
 */
import * as acorn from 'acorn';
import { JSObject, SameValue } from '../../interpreter/values/object';
import type { PropertyKey, Value } from '../../interpreter/values/value';
import { evaluateScript, compileScript, throwParseError } from '../../interpreter/compile/script';
import { CreateListFromArrayLike } from '../../interpreter/ops/object-operations';
import { R, Termination, ThrowCompletion } from '../../interpreter/agent';
import { Realm } from '../../interpreter/realm';
import { compileFunction, rememberSource } from '../modules/compile-function';
import type { RuntimeContext } from './context';
import { C, WEC } from '../../interpreter/values/shape';
import { WellKnown } from '../../interpreter/values/symbol';
import { bareObject, fn, methods, str } from './guest';
import { makeError } from '../../interpreter/errors';
import { decorateErrorStack, withDecoratedSyntaxErrors } from './errors';

/** Does code parse as a module with import/export statements? (node's hasEsmSyntax) */
export function hasEsmSyntax(code: string): boolean {
  let root: any;
  try {
    root = acorn.parse(code, { sourceType: 'module', ecmaVersion: 'latest' });
  } catch {
    return false;
  }
  return root.body.some((s: any) => s.type === 'ExportDefaultDeclaration' || s.type === 'ExportNamedDeclaration' ||
    s.type === 'ImportDeclaration' || s.type === 'ExportAllDeclaration');
}

/** A vm context: the realm, its contextified object, and the keys its global object mirrors from it. */
interface VmContext {
  realm: Realm;
  sandbox: JSObject;
  mirrored: Set<PropertyKey>;
  /** Per key: the global accessor pair that reads and writes the contextified object's property. */
  links: Map<PropertyKey, { get: JSObject; set: JSObject }>;
}

/** Contextified objects → their contexts (host side only; node keeps a private symbol on the object). */
const contexts = new WeakMap<JSObject, VmContext>();

/** Source with lineOffset blank lines and columnOffset spaces before it, so positions come out shifted. */
function offsetSource(source: string, lineOffset: number, columnOffset: number): string {
  if (lineOffset <= 0 && columnOffset <= 0) return source;
  return '\n'.repeat(Math.max(0, lineOffset)) + ' '.repeat(Math.max(0, columnOffset)) + source;
}

/** What a global property holds: its value, or its getter and setter. */
type Held = { value: Value } | { get: Value; set: Value };

function ownValues(o: JSObject): Map<PropertyKey, Held> {
  const m = new Map<PropertyKey, Held>();
  for (const k of o.OwnPropertyKeys()) {
    const d = o.GetOwnProperty(k);
    if (d === undefined) continue;
    m.set(k, 'get' in d || 'set' in d ? { get: d.get, set: d.set } : { value: d.value });
  }
  return m;
}

function sameHeld(a: Held | undefined, b: Held): boolean {
  if (a === undefined) return false;
  if ('value' in a) return 'value' in b && SameValue(a.value, b.value);
  return 'get' in b && a.get === b.get && a.set === b.set;
}

/** The accessor pair that makes global k a live view of the contextified object's property k. */
function linkOf(c: VmContext, k: PropertyKey): { get: JSObject; set: JSObject } {
  let l = c.links.get(k);
  if (l === undefined) {
    const sandbox = c.sandbox;
    const name = typeof k === 'string' ? k : '';
    l = {
      get: fn(c.realm, name, 0, () => sandbox.Get(k, sandbox)),
      set: fn(c.realm, name, 1, (_t, a) => {
        sandbox.Set(k, a[0], sandbox);
        return undefined;
      }),
    };
    c.links.set(k, l);
  }
  return l;
}

function isLinked(c: VmContext, k: PropertyKey, h: Held | undefined): boolean {
  return h !== undefined && 'get' in h && c.links.get(k)?.get === h.get;
}

/** Makes global k an accessor of the contextified object's property k, unless the global has its own k. */
function linkGlobal(c: VmContext, k: PropertyKey): void {
  const g = c.realm.globalObject;
  if (g.GetOwnProperty(k) !== undefined) return;
  const d = c.sandbox.GetOwnProperty(k);
  const { get, set } = linkOf(c, k);
  g.DefineOwnProperty(k, { get, set, enumerable: d === undefined || d.enumerable === true, configurable: true });
  c.mirrored.add(k);
}

/**
 * A script's var and function declarations are properties of the contextified object from the
 * start of the run, in declaration order (node's definer interceptor puts them there): a var
 * becomes a live global accessor (its declaration then keeps it); a function's value is written
 * when the run ends.
 */
function predeclare(c: VmContext, code: string, file: string): void {
  let s: ReturnType<typeof compileScript>;
  try {
    s = compileScript(code, file);
  } catch (e) {
    if (e instanceof ThrowCompletion) return; // evaluateScript throws the same error
    throw e;
  }
  const g = c.realm.globalObject;
  const names = [...s.functions.map(([name]) => name), ...s.an.top.varNames];
  for (const name of names) {
    if (g.GetOwnProperty(name) !== undefined || c.sandbox.GetOwnProperty(name) !== undefined || c.realm.globalLex.has(name)) continue;
    if (!c.sandbox.Set(name, undefined, c.sandbox)) continue;
    linkGlobal(c, name);
  }
}

/**
 * Before a run: each own property of the contextified object becomes a global accessor reading and
 * writing it (live, also for functions called after the run), or, where the global is a
 * non-configurable var or function binding of an earlier run, gets its value.
 */
function copyIn(c: VmContext): Map<PropertyKey, Held> {
  const { sandbox } = c;
  const g = c.realm.globalObject;
  const keys = sandbox.OwnPropertyKeys();
  const present = new Set(keys);
  for (const k of c.mirrored) {
    if (!present.has(k)) {
      g.Delete(k);
      c.mirrored.delete(k);
    }
  }
  for (const k of keys) {
    const d = sandbox.GetOwnProperty(k);
    if (d === undefined) continue;
    const current = g.GetOwnProperty(k);
    if (current !== undefined && current.configurable === false) {
      if (current.writable) g.Set(k, sandbox.Get(k, sandbox), g);
    } else if ('value' in d && d.writable === false) {
      // A read-only property: a read-only global (an assignment fails, and throws in strict code).
      g.DefineOwnProperty(k, { value: d.value, writable: false, enumerable: d.enumerable === true, configurable: d.configurable !== false });
    } else if (current === undefined || !('get' in current) || current.get !== c.links.get(k)?.get) {
      const { get, set } = linkOf(c, k);
      // A non-configurable property stays so (delete of it fails in the context too).
      g.DefineOwnProperty(k, { get, set, enumerable: d.enumerable === true, configurable: d.configurable !== false });
    }
    c.mirrored.add(k);
  }
  return ownValues(g);
}

/**
 * After a run: global properties the run created or replaced go to the object (and become live
 * accessors where they can), deleted ones are deleted from it.
 */
function copyOut(c: VmContext, before: Map<PropertyKey, Held>): void {
  const { sandbox } = c;
  const g = c.realm.globalObject;
  const after = ownValues(g);
  for (const [k, v] of after) {
    if (isLinked(c, k, v) || sameHeld(before.get(k), v)) continue;
    const d = g.GetOwnProperty(k);
    if (d === undefined) continue;
    // Script-level var and function bindings, and plain assignments, arrive as assignments; what
    // Object.defineProperty made keeps its attributes (as node's definer interceptor does).
    if ('value' in d && (c.realm.varNames.has(k as string) || (d.writable && d.enumerable && d.configurable))) {
      sandbox.Set(k, d.value, sandbox);
    } else {
      sandbox.DefineOwnProperty(k, { ...d, configurable: 'value' in d ? d.configurable : true });
    }
    c.mirrored.add(k);
    if (d.configurable && 'value' in d && d.writable) {
      const { get, set } = linkOf(c, k);
      g.DefineOwnProperty(k, { get, set, enumerable: d.enumerable === true, configurable: true });
    }
  }
  for (const k of before.keys()) {
    if (!after.has(k) && c.mirrored.has(k)) {
      sandbox.Delete(k);
      c.mirrored.delete(k);
    }
  }
}

/**
 * The prototype of a context's global object, in front of its %Object.prototype%: a name the global
 * object does not have itself is looked up on the contextified object (own properties, read live),
 * and an assignment to such a name (`x = 1` for an undeclared x, `this.x = 1`) goes to the object,
 * as node's named-property interceptors do. A guest object of the context realm, holding only the
 * contextified object.
 */
class SandboxInterceptor extends JSObject {
  constructor(readonly c: VmContext, readonly sandbox: JSObject, readonly global: JSObject, proto: JSObject) {
    super(proto);
  }

  // The object's own and inherited properties (V8's GetRealNamedProperty, which node's getter uses):
  // for an ordinary object, the main realm's Object.prototype comes before the context's.
  override HasProperty(key: PropertyKey): boolean {
    if (this.sandbox.HasProperty(key)) return true;
    return super.HasProperty(key);
  }

  override Get(key: PropertyKey, receiver: Value): Value {
    if (this.sandbox.HasProperty(key)) return this.sandbox.Get(key, this.sandbox);
    return super.Get(key, receiver);
  }

  override Set(key: PropertyKey, v: Value, receiver: Value): boolean {
    if (receiver !== this.global) return super.Set(key, v, receiver);
    if (!this.sandbox.Set(key, v, this.sandbox)) return false;
    // From now on an own global of the context too (Object.keys(globalThis) lists it), reading the object.
    linkGlobal(this.c, key);
    return true;
  }
}
SandboxInterceptor.prototype.exotic = true;

/** V8's console methods: in a vm context they report to the inspector only, so here they do nothing. */
const CONSOLE_METHODS = ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
  'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile', 'profileEnd', 'time', 'timeLog',
  'timeEnd', 'timeStamp', 'context', 'createTask'];

/** A realm for a vm context: the language's globals and V8's silent console, as node's new contexts have. */
function newContextRealm(mainRealm: Realm): Realm {
  const realm = new Realm(R.agent);
  // import() in a context: node rejects it without an importModuleDynamically callback (not supported).
  realm.host.moduleHost = {
    load(): never {
      const e = makeError(mainRealm, 'TypeError', 'A dynamic import callback was not specified.');
      e.setOwn('code', 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING');
      throw new ThrowCompletion(e);
    },
  };
  const proto = new JSObject(realm.ObjectPrototype);
  proto.addProperty(WellKnown.toStringTag, 'console', C);
  const console = new JSObject(proto);
  for (const name of CONSOLE_METHODS) console.addProperty(name, fn(realm, name, 0, () => undefined), WEC);
  realm.addGlobal('console', console);
  return realm;
}

export function createContextifyBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  /** What a run that timed out throws; vm.js turns it into ERR_SCRIPT_EXECUTION_TIMEOUT. */
  const timeoutSentinel = bareObject();
  timeoutSentinel.PreventExtensions();

  /** Runs f with the agent's deadline at most timeout ms away (0 or undefined: no timeout of its own). */
  const withTimeout = <T>(timeout: number, f: () => T): T => {
    if (!(timeout > 0)) return f();
    const agent = R.agent;
    const saved = agent.deadline;
    const mine = Date.now() + timeout;
    if (mine >= saved) return f();
    agent.deadline = mine;
    // Check the deadline soon: hand what is left of the current fuel chunk back to the reserve.
    if (R.fuel > 1000) {
      agent.fuelReserve += R.fuel - 1000;
      R.fuel = 1000;
    }
    try {
      return f();
    } catch (e) {
      if (e instanceof Termination && e.limit === 'deadline' && Date.now() < saved) throw new ThrowCompletion(timeoutSentinel);
      throw e;
    } finally {
      agent.deadline = saved;
    }
  };

  /**
   * Runs f on source compiled with the offsets; errors and the remembered source (for the arrow
   * lines of stack traces) are in terms of the source as written: its line, its column.
   */
  const withOffsets = <T>(source: string, file: string, lineOffset: number, columnOffset: number, f: (code: string) => T): T => {
    const code = offsetSource(source, lineOffset, columnOffset);
    rememberSource(file, offsetSource(source, lineOffset, 0));
    if (columnOffset <= 0) return withDecoratedSyntaxErrors(() => f(code));
    const firstLine = Math.max(0, lineOffset) + 1;
    return withDecoratedSyntaxErrors(() => {
      try {
        return f(code);
      } catch (e) {
        if (e instanceof ThrowCompletion && e.pos !== null && e.pos.file === file && e.pos.line === firstLine) {
          throw new ThrowCompletion(e.value, { ...e.pos, col: Math.max(1, e.pos.col - columnOffset) });
        }
        throw e;
      }
    });
  };

  const runScript = (target: Realm, source: string, file: string, lineOffset: number, columnOffset: number, timeout: number,
    displayErrors = false, context?: VmContext) => {
    try {
      return withTimeout(timeout, () => withOffsets(source, file, lineOffset, columnOffset, (code) => {
        if (context !== undefined) predeclare(context, code, file);
        return evaluateScript(target, code, file);
      }));
    } catch (e) {
      // displayErrors: the error's stack starts with where it was thrown (file:line, the line, a caret), as node's.
      // (Only for a position in the script itself: the engine's position of some errors is the last call's.)
      if (displayErrors && e instanceof ThrowCompletion && e.value !== timeoutSentinel && e.pos?.file === file) {
        decorateErrorStack(e.value, e.pos);
      }
      throw e;
    }
  };

  const contextOf = (v: Value): VmContext | undefined => (v instanceof JSObject ? contexts.get(v) : undefined);

  return methods(realm, bareObject(), {
    /**
     * compileFunction(code, filename, params, lineOffset?, columnOffset?, contextifiedObject?, isVm?):
     * the guest function `function (params) { code }`, in the context's realm if one is given.
     */
    compileFunction: [(_t, a) => {
      const params = a[2] === undefined ? [] : CreateListFromArrayLike(a[2]).map(str);
      const c = contextOf(a[5]);
      if (c !== undefined) copyIn(c);
      const target = c?.realm ?? realm;
      const body = str(a[0]);
      const code = offsetSource(body, typeof a[3] === 'number' ? a[3] : 0, typeof a[4] === 'number' ? a[4] : 0);
      if (a[6] !== true) {
        // The CommonJS wrapper: called with module.exports as this, V8 names its frame this way.
        const wrapper = withDecoratedSyntaxErrors(() => compileFunction(code, str(a[1]), params, target));
        (wrapper as any).frameLabel = 'Object.<anonymous>';
        return wrapper;
      }
      // vm.compileFunction: V8 names a script without a name <anonymous>, and the function's text
      // is the function it synthesized around the body.
      const f = withDecoratedSyntaxErrors(() => compileFunction(code, str(a[1]) || '<anonymous>', params, target));
      Object.defineProperty(f, 'sourceText', { value: `function (${params.join(', ')}) {\n${body}\n}` });
      return f;
    }, 3],
    /**
     * runInThisContext(code, filename, lineOffset?, columnOffset?, timeout?, displayErrors?): evaluates
     * a script in the realm; its completion value.
     */
    runInThisContext: [(_t, a) => {
      const num = (v: Value): number => (typeof v === 'number' ? v : 0);
      return runScript(realm, str(a[0]), str(a[1]), num(a[2]), num(a[3]), num(a[4]), a[5] === true);
    }, 2],
    /** checkSyntax(code, filename, lineOffset, columnOffset): throws the SyntaxError a script would (vm.Script's constructor). */
    checkSyntax: [(_t, a) => {
      const num = (v: Value): number => (typeof v === 'number' ? v : 0);
      const file = str(a[1]);
      withOffsets(str(a[0]), file, num(a[2]), num(a[3]), (code) => {
        try {
          compileScript(code, file);
        } catch (e) {
          if (e instanceof ThrowCompletion || e instanceof Termination) throw e;
          throwParseError(e);
        }
      });
      return undefined;
    }, 2],
    /** makeContext(object): gives object a new realm of its own (node's ContextifyContext). */
    makeContext: [(_t, a) => {
      const o = a[0];
      if (!(o instanceof JSObject)) return undefined;
      if (!contexts.has(o)) {
        const c: VmContext = { realm: newContextRealm(realm), sandbox: o, mirrored: new Set(), links: new Map() };
        const g = c.realm.globalObject;
        g.SetPrototypeOf(new SandboxInterceptor(c, o, g, c.realm.ObjectPrototype));
        contexts.set(o, c);
        copyIn(c);
      }
      return undefined;
    }, 1],
    isContext: [(_t, a) => contextOf(a[0]) !== undefined, 1],
    /** runInContext(object, code, filename, lineOffset, columnOffset, timeout, displayErrors): a script in object's context. */
    runInContext: [(_t, a) => {
      const sandbox = a[0] as JSObject;
      const c = contextOf(sandbox);
      if (c === undefined) return undefined;
      const num = (v: Value): number => (typeof v === 'number' ? v : 0);
      const before = copyIn(c);
      try {
        return runScript(c.realm, str(a[1]), str(a[2]), num(a[3]), num(a[4]), num(a[5]), a[6] === true, c);
      } finally {
        copyOut(c, before);
      }
    }, 6],
    timeoutSentinel: [() => timeoutSentinel, 0],
    hasEsmSyntax: [(_t, a) => hasEsmSyntax(str(a[0])), 1],
  });
}
