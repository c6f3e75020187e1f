import { JSObject } from '../values/object';
import { CreateBuiltinFunction } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Realm } from '../realm';
import { W, C } from '../values/shape';

/** %IteratorPrototype% and %AsyncIteratorPrototype%. https://tc39.es/ecma262/#sec-%iteratorprototype%-object */
export function setupIterator(realm: Realm): void {
  const iterProto = new JSObject(realm.ObjectPrototype);
  iterProto.addProperty(WellKnown.iterator, CreateBuiltinFunction(realm, (thisValue) => thisValue, 0, WellKnown.iterator), W | C);
  realm.intrinsics['%IteratorPrototype%'] = iterProto;
  const asyncIterProto = new JSObject(realm.ObjectPrototype);
  asyncIterProto.addProperty(WellKnown.asyncIterator, CreateBuiltinFunction(realm, (thisValue) => thisValue, 0, WellKnown.asyncIterator), W | C);
  realm.intrinsics['%AsyncIteratorPrototype%'] = asyncIterProto;
}
