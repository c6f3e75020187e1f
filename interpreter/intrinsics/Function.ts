import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods, BuiltinFunction } from '../values/function';
import { WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { throwTypeError } from '../errors';
import { CreateListFromArrayLike, IsCallable, OrdinaryHasInstance, HasOwnProperty } from '../ops/object-operations';
import { ToIntegerOrInfinity, ToString, describe } from '../ops/type-conversion';
import { JSBoundFunction } from '../exotics/bound-function';
import { C } from '../values/shape';

/**
 * Set by the compiler: CreateDynamicFunction (the Function, GeneratorFunction, AsyncFunction and
 * AsyncGeneratorFunction constructors). https://tc39.es/ecma262/#sec-createdynamicfunction
 */
export let CreateDynamicFunction: (constructor: JSObject, newTarget: JSObject | undefined, kind: 'normal' | 'generator' | 'async' | 'asyncGenerator', args: Value[]) => JSObject = () => {
  throw new Error('interpreter bug: compiler not loaded');
};
export function setCreateDynamicFunction(f: typeof CreateDynamicFunction): void {
  CreateDynamicFunction = f;
}

/** Source text of a guest function, or undefined for built-ins (set by the compiler's function class). */
export function functionSourceText(f: JSObject): string | undefined {
  const src = (f as any).sourceText;
  return typeof src === 'string' ? src : undefined;
}

function requireFunction(v: Value, method: string): JSObject {
  if (!IsCallable(v)) throwTypeError(`${method} called on non-function ${describe(v)}`);
  return v;
}

/** https://tc39.es/ecma262/#sec-function-objects */
export function setupFunction(realm: Realm): void {
  const proto = realm.FunctionPrototype;
  proto.addProperty('length', 0, C);
  proto.addProperty('name', '', C);
  const FunctionCtor = CreateBuiltinFunction(realm, (_this, args, newTarget) => {
    return CreateDynamicFunction(R.fnStack[R.depth - 1]!, newTarget, 'normal', args);
  }, 1, 'Function', { ctor: true });
  realm.intrinsics['%Function%'] = FunctionCtor;
  FunctionCtor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', FunctionCtor);
  realm.addGlobal('Function', FunctionCtor);

  defineMethods(realm, proto, [
    ['apply', (thisValue, args) => {
      const func = requireFunction(thisValue, 'Function.prototype.apply');
      const argArray = args[1];
      if (argArray === undefined || argArray === null) return func.Call(args[0], []);
      return func.Call(args[0], CreateListFromArrayLike(argArray));
    }, 2],
    ['bind', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-function.prototype.bind
      const target = requireFunction(thisValue, 'Bind');
      const boundArgs = args.slice(1);
      const f = new JSBoundFunction(target.GetPrototypeOf(), target, args[0], boundArgs);
      let l = 0;
      if (HasOwnProperty(target, 'length')) {
        const targetLen = target.Get('length', target);
        if (typeof targetLen === 'number') {
          if (targetLen === Infinity) l = Infinity;
          else if (targetLen !== -Infinity) l = Math.max(0, ToIntegerOrInfinity(targetLen) - boundArgs.length);
        }
      }
      f.addProperty('length', l, C);
      const targetName = target.Get('name', target);
      f.addProperty('name', `bound ${typeof targetName === 'string' ? targetName : ''}`, C);
      return f;
    }, 1],
    ['call', (thisValue, args) => {
      const func = requireFunction(thisValue, 'Function.prototype.call');
      return func.Call(args[0], args.slice(1));
    }, 1],
    ['toString', (thisValue) => {
      // https://tc39.es/ecma262/#sec-function.prototype.tostring
      if (thisValue instanceof JSObject) {
        const src = functionSourceText(thisValue);
        if (src !== undefined) return src;
        if (thisValue.isCallable) {
          const name = thisValue instanceof BuiltinFunction ? thisValue.fnName : '';
          return `function ${name}() { [native code] }`;
        }
      }
      throwTypeError('Function.prototype.toString requires that \'this\' be a Function');
    }, 0],
  ]);
  // V8 leaves call/apply out of stack traces.
  for (const k of ['apply', 'call']) (proto.slots[proto.shape.lookup(k)] as any).hiddenFrame = true;
  const hasInstance = CreateBuiltinFunction(realm, (thisValue, args) => OrdinaryHasInstance(thisValue, args[0]), 1, WellKnown.hasInstance);
  proto.addProperty(WellKnown.hasInstance, hasInstance, 0);
  // %ThrowTypeError% https://tc39.es/ecma262/#sec-%throwtypeerror%
  const thrower = CreateBuiltinFunction(realm, () => throwTypeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them"), 0, '');
  thrower.PreventExtensions();
  thrower.DefineOwnProperty('length', { configurable: false });
  thrower.DefineOwnProperty('name', { configurable: false });
  realm.intrinsics['%ThrowTypeError%'] = thrower;
  proto.addAccessor('caller', thrower, thrower, C);
  proto.addAccessor('arguments', thrower, thrower, C);
}

export { ToString };
