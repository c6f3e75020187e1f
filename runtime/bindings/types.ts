/**
 * internalBinding('types'): what V8 answers for Node's util.types (src/node_types.cc) — whether a
 * value is of a given built-in kind, decided from the interpreter's internal classes and slots,
 * never from guest-visible properties (so `Object.setPrototypeOf({}, Map.prototype)` is no Map and
 * a subclass instance is). Every function takes one value and returns a boolean.
 */
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import type { Realm } from '../../interpreter/realm';
import { CreateBuiltinFunction } from '../../interpreter/values/function';
import { JSProxy } from '../../interpreter/exotics/proxy';
import { JSPrimitiveObject, JSStringObject } from '../../interpreter/exotics/primitive-wrapper';
import { JSArrayBuffer } from '../../interpreter/intrinsics/ArrayBuffer';
import { JSDataView } from '../../interpreter/intrinsics/DataView';
import { JSPromise } from '../../interpreter/intrinsics/Promise';
import { JSMap } from '../../interpreter/intrinsics/Map';
import { JSSet } from '../../interpreter/intrinsics/Set';
import { JSWeakMap, JSWeakSet } from '../../interpreter/intrinsics/Weak';
import { JSRegExp } from '../../interpreter/intrinsics/RegExp';
import { JSDate } from '../../interpreter/intrinsics/Date';
import { JSError } from '../../interpreter/intrinsics/Error';

type Check = (o: JSObject) => boolean;

/** The spec function kind of an ordinary (compiled) function; undefined for built-ins and bound functions. */
function kindOf(o: JSObject): string | undefined {
  if (!o.isCallable) return undefined;
  const k = (o as { kind?: unknown }).kind;
  return typeof k === 'string' ? k : undefined;
}

function primitiveObjectOf(className: string): Check {
  return (o) => o instanceof JSPrimitiveObject && o.className === className;
}

// In the order of node's binding (src/node_types.cc), which util.types keeps.
const checks: [string, Check][] = [
  ['isExternal', () => false],
  ['isDate', (o) => o instanceof JSDate],
  ['isArgumentsObject', (o) => o.className === 'Arguments'],
  ['isBigIntObject', primitiveObjectOf('BigInt')],
  ['isBooleanObject', primitiveObjectOf('Boolean')],
  ['isNumberObject', primitiveObjectOf('Number')],
  ['isStringObject', (o) => o instanceof JSStringObject],
  ['isSymbolObject', primitiveObjectOf('Symbol')],
  ['isNativeError', (o) => o instanceof JSError],
  ['isRegExp', (o) => o instanceof JSRegExp],
  ['isAsyncFunction', (o) => { const k = kindOf(o); return k === 'async' || k === 'asyncArrow' || k === 'asyncGenerator'; }],
  ['isGeneratorFunction', (o) => { const k = kindOf(o); return k === 'generator' || k === 'asyncGenerator'; }],
  ['isGeneratorObject', (o) => o.className === 'Generator' || o.className === 'AsyncGenerator'],
  ['isPromise', (o) => o instanceof JSPromise],
  ['isMap', (o) => o instanceof JSMap],
  ['isSet', (o) => o instanceof JSSet],
  ['isMapIterator', (o) => o.className === 'Map Iterator'],
  ['isSetIterator', (o) => o.className === 'Set Iterator'],
  ['isWeakMap', (o) => o instanceof JSWeakMap],
  ['isWeakSet', (o) => o instanceof JSWeakSet],
  ['isArrayBuffer', (o) => o instanceof JSArrayBuffer && !o.shared],
  ['isDataView', (o) => o instanceof JSDataView],
  ['isSharedArrayBuffer', (o) => o instanceof JSArrayBuffer && o.shared],
  ['isProxy', (o) => o instanceof JSProxy],
  ['isModuleNamespaceObject', (o) => o.className === 'Module'],
  ['isAnyArrayBuffer', (o) => o instanceof JSArrayBuffer],
  ['isBoxedPrimitive', (o) => o instanceof JSPrimitiveObject || o instanceof JSStringObject],
];

/** The names the binding offers (for tests and the loader). */
export const typesBindingNames: readonly string[] = checks.map(([n]) => n);

/** Creates the guest object behind internalBinding('types'). */
export function createTypesBinding(ctx: { realm: Realm } | Realm): JSObject {
  const realm = 'intrinsics' in ctx ? ctx : ctx.realm;
  const binding = new JSObject(realm.ObjectPrototype);
  for (const [name, check] of checks) {
    const f = CreateBuiltinFunction(realm, (_t, args): Value => {
      const v = args[0];
      return v instanceof JSObject && check(v);
    }, 1, name);
    binding.setOwn(name, f);
  }
  return binding;
}
