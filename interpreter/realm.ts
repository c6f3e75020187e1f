import { ImmutablePrototypeObject, JSObject } from './values/object';
import { BuiltinFunction } from './values/function';
import type { Agent } from './agent';
import type { Value } from './values/value';
import { setupIntrinsics } from './intrinsics';

/** A global lexical binding (script-level let/const/class). */
export interface GlobalBinding {
  value: Value;
  mutable: boolean;
  name: string;
}

/**
 * A realm: its intrinsics and global environment. https://tc39.es/ecma262/#sec-code-realms
 * Intrinsics are keyed by their spec names ('%Array.prototype%').
 */
export class Realm {
  readonly intrinsics: Record<string, JSObject> = Object.create(null);
  readonly ObjectPrototype: JSObject;
  readonly FunctionPrototype: JSObject;
  ArrayPrototype!: JSObject;
  readonly globalObject: JSObject;
  /** The global declarative environment record: script-level let/const/class. */
  readonly globalLex = new Map<string, GlobalBinding>();
  /** Bumped whenever a global lexical binding is added (caches of global-object lookups check it). */
  lexVersion = 0;
  /** Var names declared by scripts (VarNames of the global environment record). */
  readonly varNames = new Set<string>();
  /** Tagged-template objects by site. https://tc39.es/ecma262/#sec-gettemplateobject */
  readonly templateMap = new WeakMap<object, JSObject>();
  /** Embedder data (e.g. the runtime's per-realm state, $262). */
  host: Record<string, unknown> = Object.create(null);

  constructor(readonly agent: Agent) {
    this.ObjectPrototype = new ImmutablePrototypeObject(null);
    this.intrinsics['%Object.prototype%'] = this.ObjectPrototype;
    const fp = new BuiltinFunction(this, () => undefined, this.ObjectPrototype, '');
    this.FunctionPrototype = fp;
    this.intrinsics['%Function.prototype%'] = fp;
    this.globalObject = new JSObject(this.ObjectPrototype);
    this.globalObject.className = 'global';
    setupIntrinsics(this);
  }

  /** Adds a global property as built-ins are: writable, configurable, not enumerable. */
  addGlobal(name: string, value: Value): void {
    this.globalObject.addHidden(name, value);
  }

  intrinsic(name: string): JSObject {
    const o = this.intrinsics[name];
    if (o === undefined) throw new Error(`interpreter bug: no intrinsic ${name}`);
    return o;
  }
}
