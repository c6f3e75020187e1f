import { R, ThrowCompletion } from './agent';
import type { Realm } from './realm';
import type { JSObject } from './values/object';

/**
 * Every engine error message, worded like V8's so users recognise them.
 * The throw helpers create the error in the running realm.
 */
export const Msg = {
  notAFunction: (what: string) => `${what} is not a function`,
  notAConstructor: (what: string) => `${what} is not a constructor`,
  notIterable: (what: string) => `${what} is not iterable`,
  notAsyncIterable: (what: string) => `${what} is not async iterable`,
  notDefined: (name: string) => `${name} is not defined`,
  tdz: (name: string) => `Cannot access '${name}' before initialization`,
  constAssign: () => 'Assignment to constant variable.',
  readOfNullish: (key: string, base: string) => `Cannot read properties of ${base} (reading '${key}')`,
  writeOfNullish: (key: string, base: string) => `Cannot set properties of ${base} (setting '${key}')`,
  convertNullish: () => 'Cannot convert undefined or null to object',
  readOnly: (key: string, obj: string) => `Cannot assign to read only property '${key}' of object '${obj}'`,
  notExtensible: (key: string) => `Cannot add property ${key}, object is not extensible`,
  cannotDelete: (key: string, obj: string) => `Cannot delete property '${key}' of ${obj}`,
  setterOnly: (key: string) => `Cannot set property ${key} of #<Object> which has only a getter`,
  classCallNoNew: (name: string) => `Class constructor ${name} cannot be invoked without 'new'`,
  superNotCalled: () => "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
  superCalledTwice: () => 'Super constructor may only be called once',
  derivedReturn: () => 'Derived constructors may only return object or undefined',
  symbolToString: () => 'Cannot convert a Symbol value to a string',
  symbolToNumber: () => 'Cannot convert a Symbol value to a number',
  bigintToNumber: () => 'Cannot convert a BigInt value to a number',
  bigintMix: () => 'Cannot mix BigInt and other types, use explicit conversions',
  toPrimitive: () => 'Cannot convert object to primitive value',
  instanceofNotObject: () => "Right-hand side of 'instanceof' is not an object",
  instanceofNotCallable: () => "Right-hand side of 'instanceof' is not callable",
  inNotObject: (key: string, v: string) => `Cannot use 'in' operator to search for '${key}' in ${v}`,
  stackOverflow: () => 'Maximum call stack size exceeded',
  invalidArrayLength: () => 'Invalid array length',
  privateNotPresent: (name: string) => `Cannot read private member ${name} from an object whose class did not declare it`,
  privateWriteNotPresent: (name: string) => `Cannot write private member ${name} to an object whose class did not declare it`,
  privateAlreadyPresent: (name: string) => `Cannot initialize ${name} twice on the same object`,
  privateNoSetter: (name: string) => `'${name}' was defined without a setter`,
  privateNoGetter: (name: string) => `'${name}' was defined without a getter`,
  privateMethodWrite: (name: string) => `Private method '${name}' is not writable`,
  generatorRunning: () => 'Generator is already running',
  protoNotObject: (v: string) => `Object prototype may only be an Object or null: ${v}`,
  cyclicProto: () => 'Cyclic __proto__ value',
  divisionByZero: () => 'Division by zero',
  bigintNegativeExponent: () => 'Exponent must be non-negative',
  invalidTimeValue: () => 'Invalid time value',
  incompatibleReceiver: (method: string, recv: string) => `Method ${method} called on incompatible receiver ${recv}`,
};

export type ErrorType = 'Error' | 'TypeError' | 'RangeError' | 'SyntaxError' | 'ReferenceError' | 'EvalError' | 'URIError' | 'AggregateError' | 'SuppressedError';

/** Creates an error object of the given type in realm (set by intrinsics/Error.ts). */
export let makeError: (realm: Realm, type: ErrorType, message: string) => JSObject = () => {
  throw new Error('interpreter bug: errors used before the Error intrinsics were loaded');
};

export function setMakeError(f: typeof makeError): void {
  makeError = f;
}

export function throwError(type: ErrorType, message: string): never {
  throw new ThrowCompletion(makeError(R.realm, type, message));
}

export function throwTypeError(message: string): never {
  throw new ThrowCompletion(makeError(R.realm, 'TypeError', message));
}

export function throwRangeError(message: string): never {
  throw new ThrowCompletion(makeError(R.realm, 'RangeError', message));
}

export function throwReferenceError(message: string): never {
  throw new ThrowCompletion(makeError(R.realm, 'ReferenceError', message));
}

export function throwSyntaxError(message: string): never {
  throw new ThrowCompletion(makeError(R.realm, 'SyntaxError', message));
}
