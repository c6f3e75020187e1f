import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineAccessors, defineMethods } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { Msg, throwRangeError, throwTypeError } from '../errors';
import { CreateArrayFromList, GetPrototypeFromConstructor, IsCallable } from '../ops/object-operations';
import {
  CreateIterResultObject, DONE, GetIterator, GetIteratorFromMethod, IteratorClose, IteratorStepValue, closeOnThrow, type IteratorRecord,
} from '../ops/iterator-operations';
import { ToBoolean, ToIntegerOrInfinity, ToNumber, describe } from '../ops/type-conversion';
import { C } from '../values/shape';
import { KeyedData, type Cursor } from './Map';

/** A Set instance: an ordinary object with a [[SetData]] slot. https://tc39.es/ecma262/#sec-set-objects */
export class JSSet extends JSObject {
  data: KeyedData;
  constructor(proto: JSObject | null, data?: KeyedData) {
    super(proto);
    this.data = data ?? new KeyedData();
  }
}
JSSet.prototype.className = 'Set';

/** A Set Iterator. https://tc39.es/ecma262/#sec-set-iterator-objects */
class JSSetIterator extends JSObject {
  constructor(proto: JSObject, public cursor: Cursor | null, readonly kind: 'value' | 'key+value') {
    super(proto);
  }
}
JSSetIterator.prototype.className = 'Set Iterator';

/** The values of a Set, for util.inspect; undefined when o is not a Set. */
export function setValuesOf(o: JSObject): Value[] | undefined {
  if (!(o instanceof JSSet)) return undefined;
  return o.data.liveKeys();
}

function thisSet(v: Value, method: string): JSSet {
  if (v instanceof JSSet) return v;
  throwTypeError(Msg.incompatibleReceiver(method === 'size' ? 'get Set.prototype.size' : `Set.prototype.${method}`, describe(v)));
}

/** A Set Record. https://tc39.es/ecma262/#sec-set-records */
interface SetRecord {
  setObject: JSObject;
  size: number;
  has: JSObject;
  keys: JSObject;
}

/** https://tc39.es/ecma262/#sec-getsetrecord */
function GetSetRecord(obj: Value, method: string): SetRecord {
  // 1.
  if (!(obj instanceof JSObject)) throwTypeError(`Set.prototype.${method} argument must be an object`);
  // 2-5.
  const rawSize = obj.Get('size', obj);
  const numSize = ToNumber(rawSize);
  if (numSize !== numSize) throwTypeError("The 'size' property must be a number");
  // 6-7.
  const intSize = ToIntegerOrInfinity(numSize);
  if (intSize < 0) throwRangeError(`'${intSize}' is an invalid size`);
  // 8-9.
  const has = obj.Get('has', obj);
  if (!IsCallable(has)) throwTypeError(`The 'has' property ${describe(has)} is not a function`);
  // 10-11.
  const keys = obj.Get('keys', obj);
  if (!IsCallable(keys)) throwTypeError(`The 'keys' property ${describe(keys)} is not a function`);
  return { setObject: obj, size: intSize, has, keys };
}

function otherHas(rec: SetRecord, e: Value): boolean {
  return ToBoolean(rec.has.Call(rec.setObject, [e]));
}

function keysIterator(rec: SetRecord): IteratorRecord {
  return GetIteratorFromMethod(rec.setObject, rec.keys);
}

/** Keyed collections: Set and %SetIteratorPrototype%. https://tc39.es/ecma262/#sec-set-objects */
export function setupSet(realm: Realm): void {
  const proto = new JSObject(realm.ObjectPrototype);
  const SetCtor = CreateBuiltinFunction(realm, (_this, args, newTarget) => {
    // https://tc39.es/ecma262/#sec-set-iterable
    if (newTarget === undefined) throwTypeError("Constructor Set requires 'new'");
    const set = new JSSet(GetPrototypeFromConstructor(newTarget, '%Set.prototype%'));
    const iterable = args[0];
    if (iterable === undefined || iterable === null) return set;
    const adder = set.Get('add', set);
    if (!IsCallable(adder)) throwTypeError(`'${describe(adder)}' returned for property 'add' of object '#<Set>' is not a function`);
    const r = GetIterator(iterable);
    for (;;) {
      const next = IteratorStepValue(r);
      if (next === DONE) return set;
      try {
        adder.Call(set, [next]);
      } catch (e) {
        closeOnThrow(r, e);
      }
    }
  }, 0, 'Set', { ctor: true });
  realm.intrinsics['%Set%'] = SetCtor;
  realm.intrinsics['%Set.prototype%'] = proto;
  SetCtor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', SetCtor);
  realm.addGlobal('Set', SetCtor);
  defineAccessors(realm, SetCtor, [[WellKnown.species, (thisValue) => thisValue]]);

  // %SetIteratorPrototype% https://tc39.es/ecma262/#sec-%setiteratorprototype%-object
  const iterProto = new JSObject(realm.intrinsics['%IteratorPrototype%']);
  realm.intrinsics['%SetIteratorPrototype%'] = iterProto;
  defineMethods(realm, iterProto, [
    ['next', (thisValue) => {
      if (!(thisValue instanceof JSSetIterator)) throwTypeError(Msg.incompatibleReceiver('Set Iterator.prototype.next', describe(thisValue)));
      const c = thisValue.cursor;
      if (c === null) return CreateIterResultObject(undefined, true);
      const i = KeyedData.step(c);
      if (i < 0) {
        thisValue.cursor = null;
        return CreateIterResultObject(undefined, true);
      }
      const e = c.list.keys[i];
      return CreateIterResultObject(thisValue.kind === 'value' ? e : CreateArrayFromList([e, e]), false);
    }, 0],
  ]);
  iterProto.addProperty(WellKnown.toStringTag, 'Set Iterator', C);

  const newSet = (data: KeyedData): JSSet => new JSSet(proto, data);

  defineMethods(realm, proto, [
    ['add', (thisValue, args) => {
      thisSet(thisValue, 'add').data.add(args[0]);
      return thisValue;
    }, 1],
    ['clear', (thisValue) => {
      thisSet(thisValue, 'clear').data.clear();
      return undefined;
    }, 0],
    ['delete', (thisValue, args) => thisSet(thisValue, 'delete').data.delete(args[0]), 1],
    ['difference', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-set.prototype.difference
      const o = thisSet(thisValue, 'difference');
      const otherRec = GetSetRecord(args[0], 'difference');
      const result = o.data.copy();
      if (o.data.size <= otherRec.size) {
        // Walks the copy: only this loop removes from it, so a snapshot of its elements is the same walk.
        for (const e of result.liveKeys()) {
          if (otherHas(otherRec, e)) result.delete(e);
        }
      } else {
        const keysIter = keysIterator(otherRec);
        for (;;) {
          const next = IteratorStepValue(keysIter);
          if (next === DONE) break;
          result.delete(next);
        }
      }
      return newSet(result);
    }, 1],
    ['entries', (thisValue) => new JSSetIterator(iterProto, thisSet(thisValue, 'entries').data.cursor(), 'key+value'), 0],
    ['forEach', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-set.prototype.foreach
      const s = thisSet(thisValue, 'forEach');
      const callback = args[0], thisArg = args[1];
      if (!IsCallable(callback)) throwTypeError(Msg.notAFunction(describe(callback)));
      const c = s.data.cursor();
      for (;;) {
        const i = KeyedData.step(c);
        if (i < 0) return undefined;
        const e = c.list.keys[i];
        callback.Call(thisArg, [e, e, s]);
      }
    }, 1],
    ['has', (thisValue, args) => thisSet(thisValue, 'has').data.has(args[0]), 1],
    ['intersection', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-set.prototype.intersection
      const o = thisSet(thisValue, 'intersection');
      const otherRec = GetSetRecord(args[0], 'intersection');
      const result = new KeyedData();
      if (o.data.size <= otherRec.size) {
        const c = o.data.cursor();
        for (;;) {
          const i = KeyedData.step(c);
          if (i < 0) break;
          const e = c.list.keys[i];
          if (otherHas(otherRec, e)) result.add(e);
        }
      } else {
        const keysIter = keysIterator(otherRec);
        for (;;) {
          const next = IteratorStepValue(keysIter);
          if (next === DONE) break;
          if (o.data.has(next)) result.add(next);
        }
      }
      return newSet(result);
    }, 1],
    ['isDisjointFrom', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-set.prototype.isdisjointfrom
      const o = thisSet(thisValue, 'isDisjointFrom');
      const otherRec = GetSetRecord(args[0], 'isDisjointFrom');
      if (o.data.size <= otherRec.size) {
        const c = o.data.cursor();
        for (;;) {
          const i = KeyedData.step(c);
          if (i < 0) return true;
          if (otherHas(otherRec, c.list.keys[i])) return false;
        }
      }
      const keysIter = keysIterator(otherRec);
      for (;;) {
        const next = IteratorStepValue(keysIter);
        if (next === DONE) return true;
        if (o.data.has(next)) {
          IteratorClose(keysIter);
          return false;
        }
      }
    }, 1],
    ['isSubsetOf', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-set.prototype.issubsetof
      const o = thisSet(thisValue, 'isSubsetOf');
      const otherRec = GetSetRecord(args[0], 'isSubsetOf');
      if (o.data.size > otherRec.size) return false;
      const c = o.data.cursor();
      for (;;) {
        const i = KeyedData.step(c);
        if (i < 0) return true;
        if (!otherHas(otherRec, c.list.keys[i])) return false;
      }
    }, 1],
    ['isSupersetOf', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-set.prototype.issupersetof
      const o = thisSet(thisValue, 'isSupersetOf');
      const otherRec = GetSetRecord(args[0], 'isSupersetOf');
      if (o.data.size < otherRec.size) return false;
      const keysIter = keysIterator(otherRec);
      for (;;) {
        const next = IteratorStepValue(keysIter);
        if (next === DONE) return true;
        if (!o.data.has(next)) {
          IteratorClose(keysIter);
          return false;
        }
      }
    }, 1],
    ['symmetricDifference', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-set.prototype.symmetricdifference
      const o = thisSet(thisValue, 'symmetricDifference');
      const otherRec = GetSetRecord(args[0], 'symmetricDifference');
      const keysIter = keysIterator(otherRec);
      const result = o.data.copy();
      for (;;) {
        const next = IteratorStepValue(keysIter);
        if (next === DONE) break;
        const alreadyInResult = result.has(next);
        if (o.data.has(next)) {
          if (alreadyInResult) result.delete(next);
        } else if (!alreadyInResult) {
          result.add(next);
        }
      }
      return newSet(result);
    }, 1],
    ['union', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-set.prototype.union
      const o = thisSet(thisValue, 'union');
      const otherRec = GetSetRecord(args[0], 'union');
      const keysIter = keysIterator(otherRec);
      const result = o.data.copy();
      for (;;) {
        const next = IteratorStepValue(keysIter);
        if (next === DONE) break;
        result.add(next);
      }
      return newSet(result);
    }, 1],
    ['values', (thisValue) => new JSSetIterator(iterProto, thisSet(thisValue, 'values').data.cursor(), 'value'), 0],
  ]);
  defineAccessors(realm, proto, [['size', (thisValue) => thisSet(thisValue, 'size').data.size]]);
  const values = proto.Get('values', proto);
  proto.addHidden('keys', values);
  proto.addHidden(WellKnown.iterator, values);
  proto.addProperty(WellKnown.toStringTag, 'Set', C);
}
