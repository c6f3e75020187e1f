import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods, defineAccessors } from '../values/function';
import { JSSymbol, WellKnown } from '../values/symbol';
import { R } from '../agent';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { throwTypeError } from '../errors';
import { ToString, describe } from '../ops/type-conversion';
import { JSPrimitiveObject } from '../exotics/primitive-wrapper';
import { C } from '../values/shape';

/** V8's wording for a receiver that is not a Symbol. */
function notASymbol(method: string): never {
  throwTypeError(`${method} requires that 'this' be a Symbol`);
}

/** https://tc39.es/ecma262/#sec-thissymbolvalue */
export function thisSymbolValue(value: Value, method: string): JSSymbol {
  if (value instanceof JSSymbol) return value;
  if (value instanceof JSPrimitiveObject && value.className === 'Symbol') return value.value as JSSymbol;
  notASymbol(method);
}

/** https://tc39.es/ecma262/#sec-symboldescriptivestring */
export function SymbolDescriptiveString(sym: JSSymbol): string {
  return `Symbol(${sym.description ?? ''})`;
}

/** The names of the well-known symbols, as properties of the Symbol constructor. */
const WELL_KNOWN_NAMES = Object.keys(WellKnown) as (keyof typeof WellKnown)[];

/** https://tc39.es/ecma262/#sec-symbol-objects */
export function setupSymbol(realm: Realm): void {
  const proto = new JSObject(realm.ObjectPrototype);
  realm.intrinsics['%Symbol.prototype%'] = proto;

  // https://tc39.es/ecma262/#sec-symbol-description
  const SymbolCtor = CreateBuiltinFunction(realm, (_t, args, newTarget) => {
    // 1.
    if (newTarget !== undefined) throwTypeError('Symbol is not a constructor');
    // 2-3.
    const description = args[0];
    const descString = description === undefined ? undefined : ToString(description);
    // 4.
    return new JSSymbol(descString);
  }, 0, 'Symbol', { ctor: true });
  realm.intrinsics['%Symbol%'] = SymbolCtor;
  SymbolCtor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', SymbolCtor);
  realm.addGlobal('Symbol', SymbolCtor);

  defineMethods(realm, SymbolCtor, [
    // https://tc39.es/ecma262/#sec-symbol.for
    ['for', (_t, args) => {
      const stringKey = ToString(args[0]);
      const existing = R.agent.symbolRegistry.get(stringKey);
      if (existing !== undefined) return existing;
      const sym = new JSSymbol(stringKey);
      sym.registeredKey = stringKey;
      R.agent.symbolRegistry.set(stringKey, sym);
      return sym;
    }, 1],
    // https://tc39.es/ecma262/#sec-symbol.keyfor
    ['keyFor', (_t, args) => {
      const sym = args[0];
      if (!(sym instanceof JSSymbol)) throwTypeError(`${describeForKeyFor(sym)} is not a symbol`);
      return sym.registeredKey;
    }, 1],
  ]);
  // The well-known symbols: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
  for (const name of WELL_KNOWN_NAMES) SymbolCtor.addProperty(name, WellKnown[name], 0);

  defineMethods(realm, proto, [
    // https://tc39.es/ecma262/#sec-symbol.prototype.tostring
    ['toString', (thisValue) => SymbolDescriptiveString(thisSymbolValue(thisValue, 'Symbol.prototype.toString')), 0],
    // https://tc39.es/ecma262/#sec-symbol.prototype.valueof
    ['valueOf', (thisValue) => thisSymbolValue(thisValue, 'Symbol.prototype.valueOf'), 0],
  ]);
  defineAccessors(realm, proto, [
    // https://tc39.es/ecma262/#sec-symbol.prototype.description
    ['description', (thisValue) => thisSymbolValue(thisValue, 'Symbol.prototype.description').description],
  ]);
  // https://tc39.es/ecma262/#sec-symbol.prototype-%symbol.toprimitive%
  // { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }.
  const toPrimitive = CreateBuiltinFunction(realm, (thisValue) => thisSymbolValue(thisValue, 'Symbol.prototype [ @@toPrimitive ]'), 1, WellKnown.toPrimitive);
  proto.addProperty(WellKnown.toPrimitive, toPrimitive, C);
  // https://tc39.es/ecma262/#sec-symbol.prototype-%symbol.tostringtag%
  proto.addProperty(WellKnown.toStringTag, 'Symbol', C);
}

/** V8 prints a string given to Symbol.keyFor without quotes. */
function describeForKeyFor(v: Value): string {
  return typeof v === 'string' ? v : describe(v);
}
