import { JSObject } from '../values/object';
import { defineMethods } from '../values/function';
import { WellKnown } from '../values/symbol';
import { HOLE, type Value } from '../values/value';
import { C } from '../values/shape';
import type { Realm } from '../realm';
import { Msg, throwTypeError } from '../errors';
import { CreateArrayFromList, LengthOfArrayLike } from '../ops/object-operations';
import { CreateIterResultObject } from '../ops/iterator-operations';
import { describe } from '../ops/type-conversion';

export type ArrayIteratorKind = 'key' | 'value' | 'key+value';

/**
 * An Array Iterator: the state of the spec's CreateArrayIterator closure as internal slots.
 * `iterated` becomes undefined once the iterator is exhausted (it then stays done).
 * https://tc39.es/ecma262/#sec-array-iterator-objects
 */
export class JSArrayIterator extends JSObject {
  constructor(proto: JSObject, public iterated: JSObject | undefined, public nextIndex: number, readonly kind: ArrayIteratorKind) {
    super(proto);
  }
}
JSArrayIterator.prototype.className = 'Array Iterator';

/**
 * The length an array iterator sees for its array. TypedArray.ts replaces it with
 * setArrayIteratorLength so that a typed array's length is TypedArrayLength, and a detached or
 * out-of-bounds typed array throws a TypeError.
 * TODO(TypedArray): https://tc39.es/ecma262/#sec-createarrayiterator step 1.b.ii (IsTypedArrayOutOfBounds
 * → TypeError, else TypedArrayLength); until then typed arrays are read as array-likes.
 */
let iteratorLength: (array: JSObject) => number = LengthOfArrayLike;

/** Installs the length rule of array iterators (for typed arrays); the default is LengthOfArrayLike. */
export function setArrayIteratorLength(f: (array: JSObject) => number): void {
  iteratorLength = f;
}

/** The length an array iterator over array sees at its next step. */
export function arrayIteratorLength(array: JSObject): number {
  return iteratorLength(array);
}

/** https://tc39.es/ecma262/#sec-createarrayiterator */
export function CreateArrayIterator(realm: Realm, array: JSObject, kind: ArrayIteratorKind): JSObject {
  return new JSArrayIterator(realm.intrinsics['%ArrayIteratorPrototype%'], array, 0, kind);
}

/** https://tc39.es/ecma262/#sec-%arrayiteratorprototype%.next */
function ArrayIteratorNext(thisValue: Value): Value {
  if (!(thisValue instanceof JSArrayIterator)) {
    throwTypeError(Msg.incompatibleReceiver('Array Iterator.prototype.next', describe(thisValue)));
  }
  const a = thisValue.iterated;
  if (a === undefined) return CreateIterResultObject(undefined, true);
  const index = thisValue.nextIndex;
  const len = iteratorLength(a);
  if (index >= len) {
    thisValue.iterated = undefined;
    return CreateIterResultObject(undefined, true);
  }
  thisValue.nextIndex = index + 1;
  if (thisValue.kind === 'key') return CreateIterResultObject(index, false);
  // Get(a, ToString(index)), without the string key for a dense element of an ordinary object.
  let value: Value;
  const el = a.elements;
  if (el !== null && index < el.length && !a.exotic && el[index] !== HOLE) value = el[index];
  else value = a.Get(String(index), a);
  if (thisValue.kind === 'value') return CreateIterResultObject(value, false);
  return CreateIterResultObject(CreateArrayFromList([index, value]), false);
}

/** %ArrayIteratorPrototype%. https://tc39.es/ecma262/#sec-%arrayiteratorprototype%-object */
export function setupArrayIterator(realm: Realm): void {
  const proto = new JSObject(realm.intrinsics['%IteratorPrototype%']);
  defineMethods(realm, proto, [['next', ArrayIteratorNext, 0]]);
  // NON-SPEC name: the original next, for isPristineArrayIteration (Array.ts).
  realm.intrinsics['%ArrayIteratorPrototype%.next%'] = proto.slots[proto.shape.lookup('next')] as JSObject;
  proto.addProperty(WellKnown.toStringTag, 'Array Iterator', C);
  realm.intrinsics['%ArrayIteratorPrototype%'] = proto;
}
