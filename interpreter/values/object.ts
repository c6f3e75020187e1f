import { HOLE, isArrayIndex, type PropertyKey, type Value } from './value';
import { JSSymbol } from './symbol';
import { Accessor, ACCESSOR, C, E, Shape, W, WEC } from './shape';
import { IsAccessorDescriptor, IsDataDescriptor, IsGenericDescriptor, type PropertyDescriptor } from './descriptor';
import type { Realm } from '../realm';

/** Most elements a dense array will hold in holes before new index properties go to the shape. */
const MAX_HOLE_GAP = 1024;

function attrsOf(d: PropertyDescriptor, accessor: boolean): number {
  let a = 0;
  if (!accessor && d.writable) a |= W;
  if (d.enumerable) a |= E;
  if (d.configurable) a |= C;
  if (accessor) a |= ACCESSOR;
  return a;
}

/**
 * An ordinary object on the guest heap. https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots
 * Named properties live in `slots`, described by `shape`; array-index properties with attributes
 * {writable, enumerable, configurable} may live densely in `elements`. Exotic objects subclass this
 * and override only the internal methods they change (set `exotic = true` on their prototype so
 * fast paths defer to those methods).
 */
export class JSObject {
  shape: Shape;
  slots: any[];
  elements: Value[] | null = null;
  extensible = true;
  /** The shared root shape of objects whose prototype is this object. */
  childRoot: Shape | null = null;
  /** [[Class]]-like tag for built-in objects with internal slots (e.g. 'Error', 'Arguments'). */
  declare exotic: boolean;
  declare isCallable: boolean;
  declare isConstructor: boolean;
  declare className: string;
  /** The [[IsHTMLDDA]] slot (test262's $262.IsHTMLDDA). */
  declare isHTMLDDA: boolean;
  /** [[PrivateElements]]: keyed by the compiler's PrivateName objects. */
  privateElements: Map<object, { kind: 'field' | 'method' | 'accessor'; value?: Value; get?: JSObject; set?: JSObject }> | null = null;

  constructor(proto: JSObject | null, shape?: Shape) {
    // Exotic objects get a shape of their own, so property-access caches never mistake them for ordinary ones.
    this.shape = shape ?? (this.exotic ? Shape.root(proto).toDictionary() : Shape.root(proto));
    this.slots = [];
  }

  get proto(): JSObject | null {
    return this.shape.proto;
  }

  // ---- the eleven internal methods (ordinary behaviour) ----

  /** https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-getprototypeof */
  GetPrototypeOf(): JSObject | null {
    return this.shape.proto;
  }

  /** https://tc39.es/ecma262/#sec-ordinarysetprototypeof */
  SetPrototypeOf(v: JSObject | null): boolean {
    const current = this.shape.proto;
    if (v === current) return true;
    if (!this.extensible) return false;
    let p = v;
    while (p !== null) {
      if (p === this) return false;
      if (p.exotic && p.GetPrototypeOf !== JSObject.prototype.GetPrototypeOf) break;
      p = p.shape.proto;
    }
    if (current !== null && !originalConstructorNames.has(this)) {
      const name = constructorNameOf(current);
      if (name !== '') originalConstructorNames.set(this, name);
    }
    this.shape = this.shape.withProto(v);
    return true;
  }

  /** https://tc39.es/ecma262/#sec-ordinaryisextensible */
  IsExtensible(): boolean {
    return this.extensible;
  }

  /** https://tc39.es/ecma262/#sec-ordinarypreventextensions */
  PreventExtensions(): boolean {
    this.extensible = false;
    return true;
  }

  /** https://tc39.es/ecma262/#sec-ordinarygetownproperty */
  GetOwnProperty(key: PropertyKey): PropertyDescriptor | undefined {
    const el = this.elements;
    if (el !== null && typeof key === 'string' && isArrayIndex(key)) {
      const i = +key;
      if (i < el.length && el[i] !== HOLE) return { value: el[i], writable: true, enumerable: true, configurable: true };
    }
    const shape = this.shape;
    const i = shape.lookup(key);
    if (i < 0) return undefined;
    const a = shape.attrs[i];
    if (a & ACCESSOR) {
      const acc = this.slots[i] as Accessor;
      return { get: acc.get, set: acc.set, enumerable: (a & E) !== 0, configurable: (a & C) !== 0 };
    }
    return { value: this.slots[i], writable: (a & W) !== 0, enumerable: (a & E) !== 0, configurable: (a & C) !== 0 };
  }

  /** https://tc39.es/ecma262/#sec-ordinarydefineownproperty */
  DefineOwnProperty(key: PropertyKey, desc: PropertyDescriptor): boolean {
    return OrdinaryDefineOwnProperty(this, key, desc);
  }

  /** https://tc39.es/ecma262/#sec-ordinaryhasproperty */
  HasProperty(key: PropertyKey): boolean {
    let o: JSObject | null = this;
    while (o !== null) {
      if (o.exotic) {
        if (o.GetOwnProperty(key) !== undefined) return true;
        const p = o.GetPrototypeOf();
        if (p !== null && p.HasProperty !== JSObject.prototype.HasProperty) return p.HasProperty(key);
        o = p;
        continue;
      }
      if (o.hasOwnFast(key)) return true;
      const p: JSObject | null = o.shape.proto;
      if (p !== null && p.HasProperty !== JSObject.prototype.HasProperty) return p.HasProperty(key);
      o = p;
    }
    return false;
  }

  /** https://tc39.es/ecma262/#sec-ordinaryget */
  Get(key: PropertyKey, receiver: Value): Value {
    let o: JSObject = this;
    for (;;) {
      let p: JSObject | null;
      if (o.exotic) {
        const desc = o.GetOwnProperty(key);
        if (desc !== undefined) {
          if ('value' in desc) return desc.value;
          return desc.get === undefined ? undefined : desc.get.Call(receiver, []);
        }
        p = o.GetPrototypeOf();
      } else {
        if (typeof key === 'string' && o.elements !== null && isArrayIndex(key)) {
          const idx = +key;
          const el = o.elements;
          if (idx < el.length && el[idx] !== HOLE) return el[idx];
        }
        const shape = o.shape;
        const i = shape.lookup(key);
        if (i >= 0) {
          if (shape.attrs[i] & ACCESSOR) {
            const getter = (o.slots[i] as Accessor).get;
            return getter === undefined ? undefined : getter.Call(receiver, []);
          }
          return o.slots[i];
        }
        p = shape.proto;
      }
      if (p === null) return undefined;
      if (p.Get !== JSObject.prototype.Get) return p.Get(key, receiver);
      o = p;
    }
  }

  /** https://tc39.es/ecma262/#sec-ordinaryset */
  Set(key: PropertyKey, v: Value, receiver: Value): boolean {
    // Fast path: a writable own data property of an ordinary receiver.
    if (receiver === this && !this.exotic) {
      const i = this.shape.lookup(key);
      if (i >= 0 && (this.shape.attrs[i] & (W | ACCESSOR)) === W) {
        this.slots[i] = v;
        return true;
      }
    }
    return OrdinarySet(this, key, v, receiver);
  }

  /** https://tc39.es/ecma262/#sec-ordinarydelete */
  Delete(key: PropertyKey): boolean {
    const el = this.elements;
    if (el !== null && typeof key === 'string' && isArrayIndex(key)) {
      const i = +key;
      if (i < el.length && el[i] !== HOLE) {
        if (i === el.length - 1) el.pop();
        else el[i] = HOLE;
        return true;
      }
    }
    const i = this.shape.lookup(key);
    if (i < 0) return true;
    if (!(this.shape.attrs[i] & C)) return false;
    this.removeSlot(key, i);
    return true;
  }

  /** https://tc39.es/ecma262/#sec-ordinaryownpropertykeys */
  OwnPropertyKeys(): PropertyKey[] {
    return ordinaryOwnKeys(this);
  }

  Call(_thisArg: Value, _args: Value[]): Value {
    throw new Error('interpreter bug: [[Call]] on a non-callable object');
  }

  Construct(_args: Value[], _newTarget: JSObject): JSObject {
    throw new Error('interpreter bug: [[Construct]] on a non-constructor');
  }

  /** The realm of a function object (GetFunctionRealm); ordinary objects have none. */
  get realm(): Realm | undefined {
    return undefined;
  }

  // ---- helpers for built-ins and the compiler (no spec observable effects beyond the named ones) ----

  /** True if an own property with this key exists (ordinary objects). */
  hasOwnFast(key: PropertyKey): boolean {
    const el = this.elements;
    if (el !== null && typeof key === 'string' && isArrayIndex(key)) {
      const i = +key;
      if (i < el.length && el[i] !== HOLE) return true;
    }
    return this.shape.lookup(key) >= 0;
  }

  /**
   * Adds a new own property known not to exist, on an extensible ordinary object, without
   * validation. Used by built-in setup and literal creation (CreateDataProperty on fresh objects).
   */
  addProperty(key: PropertyKey, value: any, attrs: number): void {
    if (attrs === WEC && typeof key === 'string' && isArrayIndex(key) && this.tryAddElement(+key, value)) return;
    this.shape = this.shape.add(key, attrs);
    this.slots.push(value);
  }

  /** Defines (or replaces) a WEC data property; for literals and built-ins where that is what the spec does. */
  setOwn(key: PropertyKey, value: Value): void {
    if (typeof key === 'string' && isArrayIndex(key)) {
      const idx = +key;
      const el = this.elements;
      if (el !== null && idx < el.length && el[idx] !== HOLE) { el[idx] = value; return; }
    }
    const i = this.shape.lookup(key);
    if (i < 0 && this.extensible) { this.addProperty(key, value, WEC); return; }
    this.DefineOwnProperty(key, { value, writable: true, enumerable: true, configurable: true });
  }

  /** Adds a built-in method/value property: writable, configurable, not enumerable. */
  addHidden(key: PropertyKey, value: any): void {
    this.shape = this.shape.add(key, W | C);
    this.slots.push(value);
  }

  /** Adds an accessor property. */
  addAccessor(key: PropertyKey, get: JSObject | undefined, set: JSObject | undefined, attrs: number): void {
    this.shape = this.shape.add(key, attrs | ACCESSOR);
    this.slots.push(new Accessor(get, set));
  }

  /** Tries to store an element densely; false if it must go to the shape. */
  tryAddElement(idx: number, value: Value): boolean {
    if (this.exotic || !this.extensible || this.shape.indexKeys > 0) return false;
    let el = this.elements;
    if (el === null) {
      if (idx > MAX_HOLE_GAP) return false;
      el = this.elements = [];
    }
    const len = el.length;
    if (idx === len) { el.push(value); return true; }
    if (idx < len) { el[idx] = value; return true; }
    if (idx - len > MAX_HOLE_GAP && (idx > 2 * len || idx >= 1 << 24)) return false;
    for (let i = len; i < idx; i++) el.push(HOLE);
    el.push(value);
    return true;
  }

  removeSlot(key: PropertyKey, i: number): void {
    const shape = this.shape;
    if (!shape.dictionary && i === shape.keys.length - 1 && shape.parent !== null) {
      this.shape = shape.parent;
      this.slots.pop();
      return;
    }
    const d = shape.dictionary ? shape : (this.shape = shape.toDictionary());
    d.remove(key, i);
    this.slots[i] = undefined;
    if (d.holes > 8 && d.holes * 2 > d.keys.length) this.slots = d.compact(this.slots);
  }

  /** Moves dense elements into the shape (before giving one non-default attributes). */
  spillElements(): void {
    const el = this.elements;
    if (el === null) return;
    this.elements = null;
    for (let i = 0; i < el.length; i++) {
      if (el[i] === HOLE) continue;
      this.shape = this.shape.add(String(i), WEC);
      this.slots.push(el[i]);
    }
  }
}
JSObject.prototype.exotic = false;

/**
 * The constructor name an object had before its prototype was first changed (V8 keeps it in the
 * object's map; node's util.inspect shows it as `[Foo: null prototype] {}`).
 */
export const originalConstructorNames = new WeakMap<JSObject, string>();

/** The name of proto's own "constructor" data property, if a function with a string name. */
function constructorNameOf(proto: JSObject): string {
  const i = proto.shape.lookup('constructor');
  if (i < 0 || (proto.shape.attrs[i] & ACCESSOR)) return '';
  const c = proto.slots[i];
  if (!(c instanceof JSObject) || !c.isCallable) return '';
  const j = c.shape.lookup('name');
  const n = j >= 0 && !(c.shape.attrs[j] & ACCESSOR) ? c.slots[j] : undefined;
  return typeof n === 'string' ? n : '';
}

/**
 * An immutable prototype exotic object (%Object.prototype%): only [[SetPrototypeOf]] differs, so it
 * keeps every ordinary fast path (exotic stays false).
 * https://tc39.es/ecma262/#sec-immutable-prototype-exotic-objects
 */
export class ImmutablePrototypeObject extends JSObject {
  override SetPrototypeOf(v: JSObject | null): boolean {
    return v === this.shape.proto;
  }
}
JSObject.prototype.isCallable = false;
JSObject.prototype.isConstructor = false;
JSObject.prototype.className = 'Object';
JSObject.prototype.isHTMLDDA = false;

/** https://tc39.es/ecma262/#sec-ordinarydefineownproperty */
export function OrdinaryDefineOwnProperty(o: JSObject, key: PropertyKey, desc: PropertyDescriptor): boolean {
  // Fast path for a dense element.
  const el = o.elements;
  if (el !== null && typeof key === 'string' && isArrayIndex(key)) {
    const idx = +key;
    if (idx < el.length && el[idx] !== HOLE) {
      const current: PropertyDescriptor = { value: el[idx], writable: true, enumerable: true, configurable: true };
      const isDefault = !IsAccessorDescriptor(desc) && desc.writable !== false && desc.enumerable !== false && desc.configurable !== false;
      if (isDefault) {
        if ('value' in desc) el[idx] = desc.value;
        return true;
      }
      o.spillElements();
      return ValidateAndApplyPropertyDescriptor(o, key, o.extensible, desc, current);
    }
  }
  const current = o.GetOwnProperty(key);
  return ValidateAndApplyPropertyDescriptor(o, key, o.IsExtensible(), desc, current);
}

/** https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor */
export function ValidateAndApplyPropertyDescriptor(
  o: JSObject | undefined, key: PropertyKey, extensible: boolean, desc: PropertyDescriptor, current: PropertyDescriptor | undefined,
): boolean {
  // 2.
  if (current === undefined) {
    if (!extensible) return false;
    if (o === undefined) return true;
    if (IsAccessorDescriptor(desc)) {
      o.shape = o.shape.add(key, attrsOf(desc, true));
      o.slots.push(new Accessor(desc.get, desc.set));
    } else {
      const value = desc.value;
      const a = attrsOf(desc, false);
      if (a === WEC && typeof key === 'string' && isArrayIndex(key) && o.tryAddElement(+key, value)) return true;
      if (typeof key === 'string' && o.elements !== null && isArrayIndex(key)) o.spillElements();
      o.shape = o.shape.add(key, a);
      o.slots.push(value);
    }
    return true;
  }
  // 4. Unconfigurable current.
  if (!current.configurable) {
    if (desc.configurable) return false;
    if ('enumerable' in desc && desc.enumerable !== current.enumerable) return false;
    if (!IsGenericDescriptor(desc) && IsAccessorDescriptor(desc) !== IsAccessorDescriptor(current)) return false;
    if (IsAccessorDescriptor(current)) {
      if ('get' in desc && desc.get !== current.get) return false;
      if ('set' in desc && desc.set !== current.set) return false;
    } else if (!current.writable) {
      if (desc.writable) return false;
      if ('value' in desc && !SameValue(desc.value, current.value)) return false;
    }
  }
  // 6.
  if (o !== undefined) {
    let i = o.shape.lookup(key);
    if (i < 0) {
      // A dense element becoming non-default was spilled by the caller; otherwise re-add.
      o.spillElements();
      i = o.shape.lookup(key);
    }
    const enumerable = 'enumerable' in desc ? !!desc.enumerable : !!current.enumerable;
    const configurable = 'configurable' in desc ? !!desc.configurable : !!current.configurable;
    let attrs: number;
    let slot: any;
    if (IsDataDescriptor(current) && IsAccessorDescriptor(desc)) {
      attrs = ACCESSOR;
      slot = new Accessor('get' in desc ? desc.get : undefined, 'set' in desc ? desc.set : undefined);
    } else if (IsAccessorDescriptor(current) && IsDataDescriptor(desc)) {
      attrs = desc.writable ? W : 0;
      slot = 'value' in desc ? desc.value : undefined;
    } else if (IsAccessorDescriptor(current)) {
      attrs = ACCESSOR;
      const acc = o.slots[i] as Accessor;
      slot = new Accessor('get' in desc ? desc.get : acc.get, 'set' in desc ? desc.set : acc.set);
    } else {
      const writable = 'writable' in desc ? !!desc.writable : !!current.writable;
      attrs = writable ? W : 0;
      slot = 'value' in desc ? desc.value : o.slots[i];
    }
    if (enumerable) attrs |= E;
    if (configurable) attrs |= C;
    if (attrs !== o.shape.attrs[i]) {
      if (!o.shape.dictionary) o.shape = o.shape.toDictionary();
      o.shape.attrs[i] = attrs;
      o.shape.version++;
    }
    o.slots[i] = slot;
  }
  return true;
}

/** https://tc39.es/ecma262/#sec-ordinaryset */
export function OrdinarySet(o: JSObject, key: PropertyKey, v: Value, receiver: Value): boolean {
  let ownDesc: PropertyDescriptor | undefined;
  let cur: JSObject = o;
  for (;;) {
    ownDesc = cur.GetOwnProperty(key);
    if (ownDesc !== undefined) break;
    const parent = cur.GetPrototypeOf();
    if (parent === null) { ownDesc = { value: undefined, writable: true, enumerable: true, configurable: true }; break; }
    if (parent.Set !== JSObject.prototype.Set) return parent.Set(key, v, receiver);
    cur = parent;
  }
  return OrdinarySetWithOwnDescriptor(key, v, receiver, ownDesc);
}

/** https://tc39.es/ecma262/#sec-ordinarysetwithowndescriptor */
export function OrdinarySetWithOwnDescriptor(key: PropertyKey, v: Value, receiver: Value, ownDesc: PropertyDescriptor): boolean {
  if (IsDataDescriptor(ownDesc)) {
    if (!ownDesc.writable) return false;
    if (!(receiver instanceof JSObject)) return false;
    const existing = receiver.GetOwnProperty(key);
    if (existing !== undefined) {
      if (IsAccessorDescriptor(existing)) return false;
      if (!existing.writable) return false;
      return receiver.DefineOwnProperty(key, { value: v });
    }
    return receiver.DefineOwnProperty(key, { value: v, writable: true, enumerable: true, configurable: true });
  }
  const setter = ownDesc.set;
  if (setter === undefined) return false;
  setter.Call(receiver, [v]);
  return true;
}

/** https://tc39.es/ecma262/#sec-ordinaryownpropertykeys */
export function ordinaryOwnKeys(o: JSObject): PropertyKey[] {
  const out: PropertyKey[] = [];
  const el = o.elements;
  const shape = o.shape;
  if (shape.indexKeys > 0) {
    const idx: number[] = [];
    if (el !== null) for (let i = 0; i < el.length; i++) if (el[i] !== HOLE) idx.push(i);
    for (const k of shape.keys) if (typeof k === 'string' && isArrayIndex(k)) idx.push(+k);
    idx.sort((a, b) => a - b);
    for (const i of idx) out.push(String(i));
  } else if (el !== null) {
    for (let i = 0; i < el.length; i++) if (el[i] !== HOLE) out.push(String(i));
  }
  const keys = shape.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k === 'string' && shape.isLive(i) && (shape.indexKeys === 0 || !isArrayIndex(k))) out.push(k);
  }
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k instanceof JSSymbol) out.push(k);
  }
  return out;
}

/** https://tc39.es/ecma262/#sec-samevalue */
export function SameValue(x: Value, y: Value): boolean {
  return Object.is(x, y);
}
