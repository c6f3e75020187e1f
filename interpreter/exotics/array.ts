import { JSObject, OrdinaryDefineOwnProperty, OrdinarySet } from '../values/object';
import { HOLE, isArrayIndex, type PropertyKey, type Value } from '../values/value';
import { IsDataDescriptor, type PropertyDescriptor } from '../values/descriptor';
import { Shape, W, C, ACCESSOR } from '../values/shape';
import { R } from '../agent';
import { Msg, throwRangeError } from '../errors';
import { ToNumber, ToUint32 } from '../ops/type-conversion';

/**
 * An Array exotic object. https://tc39.es/ecma262/#sec-array-exotic-objects
 * "length" is an ordinary data property in slot 0; only [[DefineOwnProperty]] is exotic.
 */
export class JSArray extends JSObject {
  constructor(proto: JSObject | null, elements: Value[] = []) {
    super(proto, Shape.root(proto).add('length', W));
    this.slots.push(elements.length);
    this.elements = elements;
  }

  get length(): number {
    return this.slots[0];
  }

  get lengthWritable(): boolean {
    return (this.shape.attrs[0] & W) !== 0;
  }

  /** https://tc39.es/ecma262/#sec-array-exotic-objects-defineownproperty-p-desc */
  override DefineOwnProperty(key: PropertyKey, desc: PropertyDescriptor): boolean {
    if (key === 'length') return ArraySetLength(this, desc);
    if (typeof key === 'string' && isArrayIndex(key)) {
      const index = +key;
      const length = this.slots[0] as number;
      if (index >= length && !this.lengthWritable) return false;
      if (!OrdinaryDefineOwnProperty(this, key, desc)) return false;
      if (index >= length) this.slots[0] = index + 1;
      return true;
    }
    return OrdinaryDefineOwnProperty(this, key, desc);
  }

  override Set(key: PropertyKey, v: Value, receiver: Value): boolean {
    if (key === 'length' || receiver !== this) return OrdinarySet(this, key, v, receiver);
    return super.Set(key, v, receiver);
  }

  override tryAddElement(idx: number, value: Value): boolean {
    if (!this.extensible || this.shape.indexKeys > 0) return false;
    const el = this.elements!;
    const len = el.length;
    if (idx === len) { el.push(value); return true; }
    if (idx < len) { el[idx] = value; return true; }
    // Large gaps go to the shape (sparse); dense storage never grows by more than 1024 holes past 16M.
    if (idx - len > 1024 && (idx > 2 * len || idx >= 1 << 24)) return false;
    for (let i = len; i < idx; i++) el.push(HOLE);
    el.push(value);
    return true;
  }

  override spillElements(): void {
    super.spillElements();
    this.elements = [];
  }
}
JSArray.prototype.className = 'Array';

/** True when no object on o's prototype chain has index properties or is exotic (so appends are unobservable). */
export function protoChainIsPlain(o: JSObject): boolean {
  let p = o.shape.proto;
  while (p !== null) {
    if (p.exotic || p.shape.indexKeys > 0 || (p.elements !== null && p.elements.length > 0)) return false;
    p = p.shape.proto;
  }
  return true;
}

/** Fast [[Set]] of an index on an array receiver; falls back to the generic path. */
export function arraySetIndex(a: JSArray, i: number, v: Value): boolean {
  const el = a.elements!;
  if (i < el.length && el[i] !== HOLE) { el[i] = v; return true; }
  if (i === el.length && a.extensible && a.shape.indexKeys === 0 && (a.shape.attrs[0] & W) && protoChainIsPlain(a)) {
    el.push(v);
    if (i >= a.slots[0]) a.slots[0] = i + 1;
    return true;
  }
  return a.Set(String(i), v, a);
}

/** https://tc39.es/ecma262/#sec-arraycreate */
export function ArrayCreate(length: number, proto?: JSObject | null, elements?: Value[]): JSArray {
  if (length > 4294967295) throwRangeError(Msg.invalidArrayLength());
  const a = new JSArray(proto === undefined ? R.realm.ArrayPrototype : proto, elements ?? []);
  if (length > a.slots[0]) a.slots[0] = length;
  return a;
}

/** https://tc39.es/ecma262/#sec-arraysetlength */
export function ArraySetLength(a: JSArray, desc: PropertyDescriptor): boolean {
  if (!('value' in desc)) return OrdinaryDefineOwnProperty(a, 'length', desc);
  const newLenDesc: PropertyDescriptor = { ...desc };
  const newLen = ToUint32(desc.value);
  const numberLen = ToNumber(desc.value);
  if (newLen !== numberLen) throwRangeError(Msg.invalidArrayLength());
  newLenDesc.value = newLen;
  const oldLen = a.slots[0] as number;
  if (newLen >= oldLen) return OrdinaryDefineOwnProperty(a, 'length', newLenDesc);
  if (!a.lengthWritable) return false;
  let newWritable = true;
  if (newLenDesc.writable === false) {
    newWritable = false;
    newLenDesc.writable = true;
  }
  if (!OrdinaryDefineOwnProperty(a, 'length', newLenDesc)) return false;
  // Delete indices >= newLen, from the highest down, stopping at a non-configurable one.
  const el = a.elements;
  if (el !== null && el.length > newLen) el.length = newLen;
  if (a.shape.indexKeys > 0) {
    const keys: number[] = [];
    for (let i = 0; i < a.shape.keys.length; i++) {
      const k = a.shape.keys[i];
      if (typeof k === 'string' && a.shape.isLive(i) && isArrayIndex(k) && +k >= newLen) keys.push(+k);
    }
    keys.sort((x, y) => y - x);
    for (const k of keys) {
      if (!a.Delete(String(k))) {
        a.slots[0] = k + 1;
        if (!newWritable) OrdinaryDefineOwnProperty(a, 'length', { writable: false });
        return false;
      }
    }
  }
  a.slots[0] = newLen;
  if (!newWritable) OrdinaryDefineOwnProperty(a, 'length', { writable: false });
  return true;
}

export { IsDataDescriptor, C, ACCESSOR };
