import type { PropertyKey } from './value';
import { isArrayIndex } from './value';
import type { JSObject } from './object';

/** Property attribute bits. */
export const W = 1, E = 2, C = 4, ACCESSOR = 8;
export const WEC = W | E | C;

/** The slot value of an accessor property. Internal: never visible to guest code. */
export class Accessor {
  constructor(public get: JSObject | undefined, public set: JSObject | undefined) {}
}

const DELETED: any = Object.freeze({ deleted: true });
const MAX_SHARED_PROPERTIES = 128;

/**
 * A hidden class: the ordered list of an object's named properties with their attributes, and
 * its prototype. Shared shapes are immutable and linked by cached transitions; a dictionary shape
 * belongs to one object and is changed in place (after deletes, attribute changes, or too many
 * properties). Property-access sites may cache (shape → slot) only for shared shapes.
 */
export class Shape {
  keys: PropertyKey[];
  attrs: number[];
  table: Map<PropertyKey, number>;
  /** Transitions by key for properties added with attributes WEC. */
  private transitions: Map<PropertyKey, Shape> | null = null;
  /** Transitions by key for other attributes, keyed by attrs then key. */
  private otherTransitions: Map<PropertyKey, Shape>[] | null = null;
  /** Number of array-index keys held in this shape (rather than in elements). */
  indexKeys = 0;
  /** Tombstones in keys (dictionary mode only). */
  holes = 0;
  /** Bumped when a dictionary shape changes other than by adding (delete, attributes): invalidates slot caches. */
  version = 0;

  constructor(
    public proto: JSObject | null,
    public readonly dictionary: boolean,
    public readonly parent: Shape | null,
    keys: PropertyKey[],
    attrs: number[],
    table: Map<PropertyKey, number>,
  ) {
    this.keys = keys;
    this.attrs = attrs;
    this.table = table;
  }

  static readonly nullRoot = new Shape(null, false, null, [], [], new Map());

  /** The empty shared shape for objects whose prototype is proto. */
  static root(proto: JSObject | null): Shape {
    if (proto === null) return Shape.nullRoot;
    let s = proto.childRoot;
    if (s === null) s = proto.childRoot = new Shape(proto, false, null, [], [], new Map());
    return s;
  }

  get size(): number {
    return this.keys.length - this.holes;
  }

  lookup(key: PropertyKey): number {
    const i = this.table.get(key);
    return i === undefined ? -1 : i;
  }

  /** Returns the shape after adding key with attrs; the new property's slot is the old keys.length. */
  add(key: PropertyKey, attrs: number): Shape {
    if (this.dictionary) {
      this.table.set(key, this.keys.length);
      this.keys.push(key);
      this.attrs.push(attrs);
      if (typeof key === 'string' && isArrayIndex(key)) this.indexKeys++;
      return this;
    }
    let map: Map<PropertyKey, Shape> | null;
    if (attrs === WEC) map = this.transitions ??= new Map();
    else {
      const o = (this.otherTransitions ??= []);
      map = o[attrs] ??= new Map();
    }
    let next = map.get(key);
    if (next === undefined) {
      if (this.keys.length >= MAX_SHARED_PROPERTIES) {
        const d = this.toDictionary();
        return d.add(key, attrs);
      }
      const table = new Map(this.table);
      table.set(key, this.keys.length);
      next = new Shape(this.proto, false, this, [...this.keys, key], [...this.attrs, attrs], table);
      next.indexKeys = this.indexKeys + (typeof key === 'string' && isArrayIndex(key) ? 1 : 0);
      map.set(key, next);
    }
    return next;
  }

  /** A fresh dictionary copy of this shape (slots keep their indices). */
  toDictionary(): Shape {
    const d = new Shape(this.proto, true, null, this.keys.slice(), this.attrs.slice(), new Map(this.table));
    d.indexKeys = this.indexKeys;
    d.holes = this.holes;
    return d;
  }

  /** The same properties under another prototype. */
  withProto(proto: JSObject | null): Shape {
    if (this.dictionary) {
      this.proto = proto;
      return this;
    }
    let s = Shape.root(proto);
    for (let i = 0; i < this.keys.length; i++) s = s.add(this.keys[i], this.attrs[i]);
    return s;
  }

  /** Removes key (dictionary shapes only); the caller clears the slot. */
  remove(key: PropertyKey, i: number): void {
    this.table.delete(key);
    this.keys[i] = DELETED;
    this.attrs[i] = 0;
    this.holes++;
    this.version++;
    if (typeof key === 'string' && isArrayIndex(key)) this.indexKeys--;
  }

  /** Drops tombstones, returning the slots rearranged to match (dictionary shapes only). */
  compact(slots: any[]): any[] {
    const keys: PropertyKey[] = [], attrs: number[] = [], out: any[] = [];
    this.table.clear();
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === DELETED) continue;
      this.table.set(this.keys[i], keys.length);
      keys.push(this.keys[i]);
      attrs.push(this.attrs[i]);
      out.push(slots[i]);
    }
    this.keys = keys;
    this.attrs = attrs;
    this.holes = 0;
    this.version++;
    return out;
  }

  isLive(i: number): boolean {
    return this.keys[i] !== DELETED;
  }
}
