import { JSObject, OrdinaryDefineOwnProperty, SameValue } from '../values/object';
import { JSSymbol, WellKnown } from '../values/symbol';
import { TDZ, type PropertyKey, type Value } from '../values/value';
import type { PropertyDescriptor } from '../values/descriptor';
import { IsAccessorDescriptor } from '../values/descriptor';
import { Msg, throwReferenceError } from '../errors';

/** What a module namespace needs from its module record. */
export interface NamespaceSource {
  /** Reads the value of an export (TDZ sentinel if uninitialized); null-result means not found. */
  readExport(name: string): Value;
}

/** A module namespace exotic object. https://tc39.es/ecma262/#sec-module-namespace-exotic-objects */
export class JSModuleNamespace extends JSObject {
  readonly exportSet: Set<string>;
  constructor(readonly module: NamespaceSource, readonly exports: string[]) {
    super(null);
    this.className = 'Module';
    this.exportSet = new Set(exports);
    this.addProperty(WellKnown.toStringTag, 'Module', 0);
    this.extensible = false;
  }

  private value(name: string): Value {
    const v = this.module.readExport(name);
    if (v === TDZ) throwReferenceError(Msg.tdz(name));
    return v;
  }

  override GetPrototypeOf(): JSObject | null { return null; }
  override SetPrototypeOf(v: JSObject | null): boolean { return v === null; }
  override IsExtensible(): boolean { return false; }
  override PreventExtensions(): boolean { return true; }

  override GetOwnProperty(key: PropertyKey): PropertyDescriptor | undefined {
    if (key instanceof JSSymbol) return super.GetOwnProperty(key);
    if (!this.exportSet.has(key)) return undefined;
    return { value: this.value(key), writable: true, enumerable: true, configurable: false };
  }

  override DefineOwnProperty(key: PropertyKey, desc: PropertyDescriptor): boolean {
    if (key instanceof JSSymbol) return OrdinaryDefineOwnProperty(this, key, desc);
    const current = this.GetOwnProperty(key);
    if (current === undefined) return false;
    if (desc.configurable === true || desc.enumerable === false || IsAccessorDescriptor(desc) || desc.writable === false) return false;
    if ('value' in desc) return SameValue(desc.value, current.value);
    return true;
  }

  override HasProperty(key: PropertyKey): boolean {
    if (key instanceof JSSymbol) return super.GetOwnProperty(key) !== undefined;
    return this.exportSet.has(key);
  }

  override Get(key: PropertyKey, receiver: Value): Value {
    if (key instanceof JSSymbol) return super.Get(key, receiver);
    if (!this.exportSet.has(key)) return undefined;
    return this.value(key);
  }

  override Set(): boolean { return false; }

  override Delete(key: PropertyKey): boolean {
    if (key instanceof JSSymbol) return super.Delete(key);
    return !this.exportSet.has(key);
  }

  override OwnPropertyKeys(): PropertyKey[] {
    return [...this.exports, WellKnown.toStringTag];
  }

  override tryAddElement(): boolean { return false; }
}
JSModuleNamespace.prototype.exotic = true;
