import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineAccessors, defineMethods } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { Msg, throwTypeError } from '../errors';
import { Call, CreateArrayFromList, GetPrototypeFromConstructor, IsCallable } from '../ops/object-operations';
import { CreateIterResultObject, GetIterator, IteratorStepValue, DONE, closeOnThrow, iterate } from '../ops/iterator-operations';
import { describe } from '../ops/type-conversion';
import { C } from '../values/shape';

// ---- the ordered entry list shared by Map and Set ----

/** The tombstone of a deleted entry. Never visible to guest code. */
const EMPTY: any = Object.freeze({ empty: true });

/**
 * One generation of a keyed collection's entry list. When the list is compacted or cleared it
 * is replaced by a new one; `next` then links to it and `dropped` says which old indices were
 * removed (null: all of them, after clear), so a cursor left on the old list can find its place.
 */
export class EntryList {
  keys: Value[] = [];
  values: Value[] = [];
  next: EntryList | null = null;
  dropped: number[] | null = null;
}

/** A position in a keyed collection's entry list: the next index to read. */
export interface Cursor {
  list: EntryList;
  i: number;
}

/** Number of sorted indices below i. */
function countBelow(sorted: number[], i: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** https://tc39.es/ecma262/#sec-canonicalizekeyedcollectionkey */
export function CanonicalizeKeyedCollectionKey(key: Value): Value {
  return key === 0 ? 0 : key;
}

/**
 * The [[MapData]] / [[SetData]] of a keyed collection. The spec's List of entries, where deleted
 * entries become ~empty~ and new ones are appended, is an array of keys (and values) with
 * tombstones; a host Map from key to index makes lookups O(1) (host Map keys compare with
 * SameValueZero, as ours do). Tombstones are compacted away once they are half the list; cursors
 * follow the list's replacements, so iteration stays live (sees additions, skips deletions).
 */
export class KeyedData {
  list = new EntryList();
  index = new Map<Value, number>();
  holes = 0;

  get size(): number {
    return this.index.size;
  }

  has(key: Value): boolean {
    return this.index.has(key);
  }

  get(key: Value): Value {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.list.values[i];
  }

  /** Sets key's value, appending a new entry if key is absent. */
  set(key: Value, value: Value): void {
    const i = this.index.get(key);
    if (i !== undefined) {
      this.list.values[i] = value;
      return;
    }
    const list = this.list;
    this.index.set(key, list.keys.length);
    list.keys.push(CanonicalizeKeyedCollectionKey(key));
    list.values.push(value);
  }

  /** Appends key (a Set element) if absent. */
  add(key: Value): void {
    if (this.index.has(key)) return;
    const list = this.list;
    this.index.set(key, list.keys.length);
    list.keys.push(CanonicalizeKeyedCollectionKey(key));
  }

  delete(key: Value): boolean {
    const i = this.index.get(key);
    if (i === undefined) return false;
    this.index.delete(key);
    const list = this.list;
    list.keys[i] = EMPTY;
    if (list.values.length > i) list.values[i] = undefined;
    this.holes++;
    if (this.holes > 8 && this.holes * 2 > list.keys.length) this.compact();
    return true;
  }

  clear(): void {
    const old = this.list;
    if (old.keys.length === 0) return;
    const fresh = new EntryList();
    old.next = fresh;
    old.dropped = null;
    old.keys = [];
    old.values = [];
    this.list = fresh;
    this.index.clear();
    this.holes = 0;
  }

  /** Replaces the list with one without tombstones. */
  private compact(): void {
    const old = this.list;
    const fresh = new EntryList();
    const dropped: number[] = [];
    const hasValues = old.values.length > 0;
    const { keys, values } = old;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === EMPTY) {
        dropped.push(i);
        continue;
      }
      this.index.set(k, fresh.keys.length);
      fresh.keys.push(k);
      if (hasValues) fresh.values.push(values[i]);
    }
    old.next = fresh;
    old.dropped = dropped;
    this.list = fresh;
    this.holes = 0;
  }

  cursor(): Cursor {
    return { list: this.list, i: 0 };
  }

  /**
   * Moves c to the next live entry and returns its index in c.list (read c.list.keys[i] at once:
   * guest code may change the collection), or -1 at the end.
   */
  static step(c: Cursor): number {
    let list = c.list;
    if (list.next !== null) {
      let i = c.i;
      while (list.next !== null) {
        i = list.dropped === null ? 0 : i - countBelow(list.dropped, i);
        list = list.next;
      }
      c.list = list;
      c.i = i;
    }
    const keys = list.keys;
    while (c.i < keys.length) {
      const i = c.i++;
      if (keys[i] !== EMPTY) return i;
    }
    return -1;
  }

  /** The live keys, in order. */
  liveKeys(): Value[] {
    const out: Value[] = [];
    for (const k of this.list.keys) if (k !== EMPTY) out.push(k);
    return out;
  }

  /** A copy (for the Set methods' "copy of O.[[SetData]]"). */
  copy(): KeyedData {
    const d = new KeyedData();
    const { keys, values } = this.list;
    const hasValues = values.length > 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === EMPTY) continue;
      d.index.set(k, d.list.keys.length);
      d.list.keys.push(k);
      if (hasValues) d.list.values.push(values[i]);
    }
    return d;
  }
}

// ---- Map ----

/** A Map instance: an ordinary object with a [[MapData]] slot. https://tc39.es/ecma262/#sec-map-objects */
export class JSMap extends JSObject {
  readonly data = new KeyedData();
}
JSMap.prototype.className = 'Map';

/** A Map Iterator. https://tc39.es/ecma262/#sec-map-iterator-objects */
class JSMapIterator extends JSObject {
  constructor(proto: JSObject, public cursor: Cursor | null, readonly kind: 'key' | 'value' | 'key+value') {
    super(proto);
  }
}
JSMapIterator.prototype.className = 'Map Iterator';

/** The entries of a Map, for util.inspect; undefined when o is not a Map. */
export function mapEntriesOf(o: JSObject): [Value, Value][] | undefined {
  if (!(o instanceof JSMap)) return undefined;
  const out: [Value, Value][] = [];
  const { keys, values } = o.data.list;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) out.push([keys[i], values[i]]);
  return out;
}

function thisMap(v: Value, method: string): JSMap {
  if (v instanceof JSMap) return v;
  throwTypeError(Msg.incompatibleReceiver(method === 'size' ? 'get Map.prototype.size' : `Map.prototype.${method}`, describe(v)));
}

/** https://tc39.es/ecma262/#sec-add-entries-from-iterable */
function AddEntriesFromIterable(target: JSObject, iterable: Value, adder: JSObject): void {
  const r = GetIterator(iterable);
  for (;;) {
    const next = IteratorStepValue(r);
    if (next === DONE) return;
    try {
      if (!(next instanceof JSObject)) throwTypeError(`Iterator value ${describe(next)} is not an entry object`);
      const k = next.Get('0', next);
      const v = next.Get('1', next);
      adder.Call(target, [k, v]);
    } catch (e) {
      closeOnThrow(r, e);
    }
  }
}

/** Keyed collections, %MapIteratorPrototype%. https://tc39.es/ecma262/#sec-map-objects */
export function setupMap(realm: Realm): void {
  const proto = new JSObject(realm.ObjectPrototype);
  const MapCtor = CreateBuiltinFunction(realm, (_this, args, newTarget) => {
    // https://tc39.es/ecma262/#sec-map-iterable
    if (newTarget === undefined) throwTypeError("Constructor Map requires 'new'");
    const map = new JSMap(GetPrototypeFromConstructor(newTarget, '%Map.prototype%'));
    const iterable = args[0];
    if (iterable === undefined || iterable === null) return map;
    const adder = map.Get('set', map);
    if (!IsCallable(adder)) throwTypeError(`'${describe(adder)}' returned for property 'set' of object '#<Map>' is not a function`);
    AddEntriesFromIterable(map, iterable, adder);
    return map;
  }, 0, 'Map', { ctor: true });
  realm.intrinsics['%Map%'] = MapCtor;
  realm.intrinsics['%Map.prototype%'] = proto;
  MapCtor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', MapCtor);
  realm.addGlobal('Map', MapCtor);

  defineMethods(realm, MapCtor, [
    ['groupBy', (_t, args) => {
      // https://tc39.es/ecma262/#sec-map.groupby
      const items = args[0], callback = args[1];
      if (items === undefined || items === null) throwTypeError(Msg.notIterable(describe(items)));
      if (!IsCallable(callback)) throwTypeError(Msg.notAFunction(describe(callback)));
      const groups = new KeyedData();
      let k = 0;
      iterate(items, (value) => {
        const key = CanonicalizeKeyedCollectionKey(Call(callback, undefined, [value, k]));
        k++;
        const g = groups.get(key) as Value[] | undefined;
        if (g !== undefined) g.push(value);
        else groups.set(key, [value] as any);
      });
      const map = new JSMap(proto);
      const { keys, values } = groups.list;
      for (let i = 0; i < keys.length; i++) map.data.set(keys[i], CreateArrayFromList(values[i] as any));
      return map;
    }, 2],
  ]);
  defineAccessors(realm, MapCtor, [[WellKnown.species, (thisValue) => thisValue]]);

  // %MapIteratorPrototype% https://tc39.es/ecma262/#sec-%mapiteratorprototype%-object
  const iterProto = new JSObject(realm.intrinsics['%IteratorPrototype%']);
  realm.intrinsics['%MapIteratorPrototype%'] = iterProto;
  defineMethods(realm, iterProto, [
    ['next', (thisValue) => {
      if (!(thisValue instanceof JSMapIterator)) throwTypeError(Msg.incompatibleReceiver('Map Iterator.prototype.next', describe(thisValue)));
      const c = thisValue.cursor;
      if (c === null) return CreateIterResultObject(undefined, true);
      const i = KeyedData.step(c);
      if (i < 0) {
        thisValue.cursor = null;
        return CreateIterResultObject(undefined, true);
      }
      const list = c.list;
      switch (thisValue.kind) {
        case 'key': return CreateIterResultObject(list.keys[i], false);
        case 'value': return CreateIterResultObject(list.values[i], false);
        default: return CreateIterResultObject(CreateArrayFromList([list.keys[i], list.values[i]]), false);
      }
    }, 0],
  ]);
  iterProto.addProperty(WellKnown.toStringTag, 'Map Iterator', C);

  /** https://tc39.es/ecma262/#sec-createmapiterator */
  const CreateMapIterator = (m: Value, kind: 'key' | 'value' | 'key+value', method: string): JSObject => {
    const map = thisMap(m, method);
    return new JSMapIterator(iterProto, map.data.cursor(), kind);
  };

  defineMethods(realm, proto, [
    ['clear', (thisValue) => {
      thisMap(thisValue, 'clear').data.clear();
      return undefined;
    }, 0],
    ['delete', (thisValue, args) => thisMap(thisValue, 'delete').data.delete(args[0]), 1],
    ['entries', (thisValue) => CreateMapIterator(thisValue, 'key+value', 'entries'), 0],
    ['forEach', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-map.prototype.foreach
      const m = thisMap(thisValue, 'forEach');
      const callback = args[0], thisArg = args[1];
      if (!IsCallable(callback)) throwTypeError(Msg.notAFunction(describe(callback)));
      const c = m.data.cursor();
      for (;;) {
        const i = KeyedData.step(c);
        if (i < 0) return undefined;
        callback.Call(thisArg, [c.list.values[i], c.list.keys[i], m]);
      }
    }, 1],
    ['get', (thisValue, args) => thisMap(thisValue, 'get').data.get(args[0]), 1],
    ['getOrInsert', (thisValue, args) => {
      // https://tc39.es/proposal-upsert/#sec-map.prototype.getOrInsert
      const d = thisMap(thisValue, 'getOrInsert').data;
      const key = args[0];
      if (d.has(key)) return d.get(key);
      d.set(key, args[1]);
      return args[1];
    }, 2],
    ['getOrInsertComputed', (thisValue, args) => {
      // https://tc39.es/proposal-upsert/#sec-map.prototype.getOrInsertComputed
      const d = thisMap(thisValue, 'getOrInsertComputed').data;
      const callback = args[1];
      if (!IsCallable(callback)) throwTypeError(Msg.notAFunction(describe(callback)));
      const key = CanonicalizeKeyedCollectionKey(args[0]);
      if (d.has(key)) return d.get(key);
      const value = callback.Call(undefined, [key]);
      // The callback may have changed the map: set overwrites an entry it added.
      d.set(key, value);
      return value;
    }, 2],
    ['has', (thisValue, args) => thisMap(thisValue, 'has').data.has(args[0]), 1],
    ['keys', (thisValue) => CreateMapIterator(thisValue, 'key', 'keys'), 0],
    ['set', (thisValue, args) => {
      thisMap(thisValue, 'set').data.set(args[0], args[1]);
      return thisValue;
    }, 2],
    ['values', (thisValue) => CreateMapIterator(thisValue, 'value', 'values'), 0],
  ]);
  defineAccessors(realm, proto, [['size', (thisValue) => thisMap(thisValue, 'size').data.size]]);
  proto.addHidden(WellKnown.iterator, proto.Get('entries', proto));
  proto.addProperty(WellKnown.toStringTag, 'Map', C);
}
