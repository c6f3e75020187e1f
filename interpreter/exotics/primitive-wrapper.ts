import { JSObject, OrdinaryDefineOwnProperty, ordinaryOwnKeys, ValidateAndApplyPropertyDescriptor } from '../values/object';
import { isArrayIndex, type PropertyKey, type Value } from '../values/value';
import type { PropertyDescriptor } from '../values/descriptor';

/** A Boolean, Number, Symbol or BigInt object: an ordinary object with a [[XData]] slot. */
export class JSPrimitiveObject extends JSObject {
  constructor(proto: JSObject | null, readonly value: Value, className: string) {
    super(proto);
    this.className = className;
  }
}

/** A String exotic object. https://tc39.es/ecma262/#sec-string-exotic-objects */
export class JSStringObject extends JSObject {
  constructor(proto: JSObject | null, readonly value: string) {
    super(proto);
    this.addProperty('length', value.length, 0);
  }

  /** https://tc39.es/ecma262/#sec-stringgetownproperty */
  private stringGetOwnProperty(key: PropertyKey): PropertyDescriptor | undefined {
    if (typeof key !== 'string' || !isArrayIndex(key)) return undefined;
    const i = +key;
    if (i >= this.value.length) return undefined;
    return { value: this.value[i], writable: false, enumerable: true, configurable: false };
  }

  override GetOwnProperty(key: PropertyKey): PropertyDescriptor | undefined {
    return super.GetOwnProperty(key) ?? this.stringGetOwnProperty(key);
  }

  override DefineOwnProperty(key: PropertyKey, desc: PropertyDescriptor): boolean {
    const sd = this.stringGetOwnProperty(key);
    if (sd !== undefined) return ValidateAndApplyPropertyDescriptor(undefined, key, this.extensible, desc, sd);
    return OrdinaryDefineOwnProperty(this, key, desc);
  }

  override OwnPropertyKeys(): PropertyKey[] {
    const keys: PropertyKey[] = [];
    for (let i = 0; i < this.value.length; i++) keys.push(String(i));
    const rest = ordinaryOwnKeys(this);
    // Integer keys beyond the string's length come next in ascending order, then the others.
    return keys.concat(rest);
  }

  override Delete(key: PropertyKey): boolean {
    if (this.stringGetOwnProperty(key) !== undefined) return false;
    return super.Delete(key);
  }

  override tryAddElement(): boolean {
    return false;
  }
}
JSStringObject.prototype.exotic = true;
JSStringObject.prototype.className = 'String';
