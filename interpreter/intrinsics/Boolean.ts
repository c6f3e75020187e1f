import { CreateBuiltinFunction, defineMethods } from '../values/function';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { throwTypeError } from '../errors';
import { ToBoolean } from '../ops/type-conversion';
import { GetPrototypeFromConstructor } from '../ops/object-operations';
import { JSPrimitiveObject } from '../exotics/primitive-wrapper';

/** https://tc39.es/ecma262/#sec-thisbooleanvalue */
export function thisBooleanValue(value: Value, method: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value instanceof JSPrimitiveObject && value.className === 'Boolean') return value.value as boolean;
  throwTypeError(`${method} requires that 'this' be a Boolean`);
}

/** https://tc39.es/ecma262/#sec-boolean-objects */
export function setupBoolean(realm: Realm): void {
  // Boolean.prototype is itself a Boolean object whose [[BooleanData]] is false.
  const proto = new JSPrimitiveObject(realm.ObjectPrototype, false, 'Boolean');
  realm.intrinsics['%Boolean.prototype%'] = proto;

  // https://tc39.es/ecma262/#sec-boolean-constructor-boolean-value
  const BooleanCtor = CreateBuiltinFunction(realm, (_t, args, newTarget) => {
    // 1.
    const b = ToBoolean(args[0]);
    // 2.
    if (newTarget === undefined) return b;
    // 3-5.
    return new JSPrimitiveObject(GetPrototypeFromConstructor(newTarget, '%Boolean.prototype%'), b, 'Boolean');
  }, 1, 'Boolean', { ctor: true });
  realm.intrinsics['%Boolean%'] = BooleanCtor;
  BooleanCtor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', BooleanCtor);
  realm.addGlobal('Boolean', BooleanCtor);

  defineMethods(realm, proto, [
    // https://tc39.es/ecma262/#sec-boolean.prototype.tostring
    ['toString', (thisValue) => (thisBooleanValue(thisValue, 'Boolean.prototype.toString') ? 'true' : 'false'), 0],
    // https://tc39.es/ecma262/#sec-boolean.prototype.valueof
    ['valueOf', (thisValue) => thisBooleanValue(thisValue, 'Boolean.prototype.valueOf'), 0],
  ]);
}
