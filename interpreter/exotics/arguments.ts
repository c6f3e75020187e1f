import { JSObject, OrdinaryDefineOwnProperty } from '../values/object';
import { HOLE, isArrayIndex, type PropertyKey, type Value } from '../values/value';
import type { PropertyDescriptor } from '../values/descriptor';
import { IsAccessorDescriptor } from '../values/descriptor';
import { W, C, ACCESSOR } from '../values/shape';
import { WellKnown } from '../values/symbol';
import type { Realm } from '../realm';

/** An unmapped arguments object: ordinary, with an [[ParameterMap]]-less Arguments tag. https://tc39.es/ecma262/#sec-createunmappedargumentsobject */
export function CreateUnmappedArgumentsObject(realm: Realm, args: Value[]): JSObject {
  const o = new JSObject(realm.ObjectPrototype);
  o.className = 'Arguments';
  o.elements = args.slice();
  o.addProperty('length', args.length, W | C);
  o.addProperty(WellKnown.iterator, realm.intrinsics['%Array.prototype.values%'], W | C);
  const thrower = realm.intrinsics['%ThrowTypeError%'];
  o.addAccessor('callee', thrower, thrower, 0);
  return o;
}

/**
 * A mapped arguments exotic object: indices below the parameter count alias the parameters'
 * slots in env until deleted or redefined. https://tc39.es/ecma262/#sec-arguments-exotic-objects
 */
export class JSMappedArguments extends JSObject {
  constructor(realm: Realm, args: Value[], readonly env: any[], readonly map: (number | undefined)[], callee: JSObject) {
    super(realm.ObjectPrototype);
    this.className = 'Arguments';
    for (let i = 0; i < args.length; i++) this.addProperty(String(i), args[i], W | 2 | C);
    this.addProperty('length', args.length, W | C);
    this.addProperty(WellKnown.iterator, realm.intrinsics['%Array.prototype.values%'], W | C);
    this.addProperty('callee', callee, W | C);
  }

  private mapped(key: PropertyKey): number | undefined {
    if (typeof key !== 'string' || !isArrayIndex(key)) return undefined;
    return this.map[+key];
  }

  override GetOwnProperty(key: PropertyKey): PropertyDescriptor | undefined {
    const desc = super.GetOwnProperty(key);
    if (desc === undefined) return undefined;
    const slot = this.mapped(key);
    if (slot !== undefined) desc.value = this.env[slot];
    return desc;
  }

  override DefineOwnProperty(key: PropertyKey, desc: PropertyDescriptor): boolean {
    const slot = this.mapped(key);
    let newDesc = desc;
    if (slot !== undefined && !IsAccessorDescriptor(desc) && !('value' in desc) && desc.writable === false) {
      newDesc = { ...desc, value: this.env[slot] };
    }
    if (!OrdinaryDefineOwnProperty(this, key, newDesc)) return false;
    if (slot !== undefined) {
      if (IsAccessorDescriptor(desc)) delete this.map[+(key as string)];
      else {
        if ('value' in desc) this.env[slot] = desc.value;
        if (desc.writable === false) delete this.map[+(key as string)];
      }
    }
    return true;
  }

  override Get(key: PropertyKey, receiver: Value): Value {
    const slot = this.mapped(key);
    if (slot !== undefined) return this.env[slot];
    return super.Get(key, receiver);
  }

  override Set(key: PropertyKey, v: Value, receiver: Value): boolean {
    const slot = receiver === this ? this.mapped(key) : undefined;
    if (slot !== undefined) {
      this.env[slot] = v;
      const i = this.shape.lookup(key);
      if (i >= 0 && !(this.shape.attrs[i] & ACCESSOR) && (this.shape.attrs[i] & W)) {
        this.slots[i] = v;
        return true;
      }
    }
    return super.Set(key, v, receiver);
  }

  override Delete(key: PropertyKey): boolean {
    const slot = this.mapped(key);
    const ok = super.Delete(key);
    if (ok && slot !== undefined) delete this.map[+(key as string)];
    return ok;
  }

  override tryAddElement(): boolean {
    return false;
  }
}
JSMappedArguments.prototype.exotic = true;
export { HOLE };
