import { JSObject, SameValue, ValidateAndApplyPropertyDescriptor } from '../values/object';
import { JSSymbol } from '../values/symbol';
import type { PropertyKey, Value } from '../values/value';
import { IsAccessorDescriptor, IsDataDescriptor, IsGenericDescriptor, type PropertyDescriptor } from '../values/descriptor';
import { R } from '../agent';
import { throwRangeError, throwTypeError } from '../errors';
import { CreateArrayFromList, CreateListFromArrayLike, keyString } from '../ops/object-operations';
import { ToBoolean, describe } from '../ops/type-conversion';
import { FromPropertyDescriptor, ToPropertyDescriptor } from '../intrinsics/Object';

/** Proxy internal methods running (nested) now: a chain of proxies may not be deeper than the guest stack. */
let nesting = 0;

/**
 * Leaves a proxy internal method that ended abruptly: a host stack overflow becomes the guest
 * RangeError (as at guest function boundaries); anything else goes on unchanged.
 */
function rethrow(e: unknown): never {
  if (e instanceof RangeError && e.message === 'Maximum call stack size exceeded') throwRangeError('Maximum call stack size exceeded');
  throw e;
}

/** A value rendered for a proxy invariant message, as V8 does ('1', 'abc', '#<Object>'). */
function show(v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof JSSymbol) return `Symbol(${v.description ?? ''})`;
  if (v instanceof JSObject) return describe(v);
  return String(v);
}

/** GetMethod(handler, name), worded like V8 when the trap is not callable. https://tc39.es/ecma262/#sec-getmethod */
function getTrap(handler: JSObject, name: string): JSObject | undefined {
  const f = handler.Get(name, handler);
  if (f === undefined || f === null) return undefined;
  if (!(f instanceof JSObject) || !f.isCallable) {
    throwTypeError(`'${show(f)}' returned for property '${name}' of object '#<Object>' is not a function`);
  }
  return f;
}

/** https://tc39.es/ecma262/#sec-completepropertydescriptor */
export function CompletePropertyDescriptor(desc: PropertyDescriptor): PropertyDescriptor {
  if (IsGenericDescriptor(desc) || IsDataDescriptor(desc)) {
    if (!('value' in desc)) desc.value = undefined;
    if (!('writable' in desc)) desc.writable = false;
  } else {
    if (!('get' in desc)) desc.get = undefined;
    if (!('set' in desc)) desc.set = undefined;
  }
  if (!('enumerable' in desc)) desc.enumerable = false;
  if (!('configurable' in desc)) desc.configurable = false;
  return desc;
}

/** https://tc39.es/ecma262/#sec-iscompatiblepropertydescriptor */
function IsCompatiblePropertyDescriptor(extensible: boolean, desc: PropertyDescriptor, current: PropertyDescriptor | undefined): boolean {
  return ValidateAndApplyPropertyDescriptor(undefined, '', extensible, desc, current);
}

/**
 * A Proxy exotic object. https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots
 * Every internal method looks up its trap on the handler, calls it, and checks the invariants
 * against the target. proxyTarget/proxyHandler are null once revoked.
 */
export class JSProxy extends JSObject {
  proxyTarget: JSObject | null;
  proxyHandler: JSObject | null;

  constructor(target: JSObject, handler: JSObject) {
    super(null);
    this.proxyTarget = target;
    this.proxyHandler = handler;
    this.extensible = false;
    if (target.isCallable) {
      this.isCallable = true;
      if (target.isConstructor) this.isConstructor = true;
    }
  }

  revoke(): void {
    this.proxyTarget = null;
    this.proxyHandler = null;
  }

  /** https://tc39.es/ecma262/#sec-validatenonrevokedproxy — returns the handler. */
  private validate(operation: string): JSObject {
    const handler = this.proxyHandler;
    if (handler === null) throwTypeError(`Cannot perform '${operation}' on a proxy that has been revoked`);
    return handler;
  }

  private static enter(): void {
    if (++nesting > R.maxDepth) {
      nesting--;
      throwRangeError('Maximum call stack size exceeded');
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-getprototypeof */
  override GetPrototypeOf(): JSObject | null {
    JSProxy.enter();
    try {
      const handler = this.validate('getPrototypeOf');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'getPrototypeOf');
      if (trap === undefined) return target.GetPrototypeOf();
      const handlerProto = trap.Call(handler, [target]);
      if (handlerProto !== null && !(handlerProto instanceof JSObject)) {
        throwTypeError("'getPrototypeOf' on proxy: trap returned neither object nor null");
      }
      if (target.IsExtensible()) return handlerProto;
      const targetProto = target.GetPrototypeOf();
      if (handlerProto !== targetProto) {
        throwTypeError("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype");
      }
      return handlerProto;
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-setprototypeof-v */
  override SetPrototypeOf(v: JSObject | null): boolean {
    JSProxy.enter();
    try {
      const handler = this.validate('setPrototypeOf');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'setPrototypeOf');
      if (trap === undefined) return target.SetPrototypeOf(v);
      const ok = ToBoolean(trap.Call(handler, [target, v]));
      if (!ok) return false;
      if (target.IsExtensible()) return true;
      const targetProto = target.GetPrototypeOf();
      if (v !== targetProto) {
        throwTypeError("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target");
      }
      return true;
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-isextensible */
  override IsExtensible(): boolean {
    JSProxy.enter();
    try {
      const handler = this.validate('isExtensible');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'isExtensible');
      if (trap === undefined) return target.IsExtensible();
      const result = ToBoolean(trap.Call(handler, [target]));
      const targetResult = target.IsExtensible();
      if (result !== targetResult) {
        throwTypeError(`'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '${targetResult}')`);
      }
      return result;
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-preventextensions */
  override PreventExtensions(): boolean {
    JSProxy.enter();
    try {
      const handler = this.validate('preventExtensions');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'preventExtensions');
      if (trap === undefined) return target.PreventExtensions();
      const result = ToBoolean(trap.Call(handler, [target]));
      if (result && target.IsExtensible()) {
        throwTypeError("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
      }
      return result;
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-getownproperty-p */
  override GetOwnProperty(key: PropertyKey): PropertyDescriptor | undefined {
    JSProxy.enter();
    try {
      const handler = this.validate('getOwnPropertyDescriptor');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'getOwnPropertyDescriptor');
      if (trap === undefined) return target.GetOwnProperty(key);
      const trapResultObj = trap.Call(handler, [target, key]);
      const k = keyString(key);
      if (trapResultObj !== undefined && !(trapResultObj instanceof JSObject)) {
        throwTypeError(`'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '${k}'`);
      }
      const targetDesc = target.GetOwnProperty(key);
      if (trapResultObj === undefined) {
        if (targetDesc === undefined) return undefined;
        if (!targetDesc.configurable) {
          throwTypeError(`'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '${k}' which is non-configurable in the proxy target`);
        }
        if (!target.IsExtensible()) {
          throwTypeError(`'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '${k}' which exists in the non-extensible proxy target`);
        }
        return undefined;
      }
      const extensibleTarget = target.IsExtensible();
      const resultDesc = CompletePropertyDescriptor(ToPropertyDescriptor(trapResultObj));
      if (!IsCompatiblePropertyDescriptor(extensibleTarget, resultDesc, targetDesc)) {
        throwTypeError(`'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '${k}' that is incompatible with the existing property in the proxy target`);
      }
      if (!resultDesc.configurable) {
        if (targetDesc === undefined || targetDesc.configurable) {
          throwTypeError(`'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '${k}' which is either non-existent or configurable in the proxy target`);
        }
        if ('writable' in resultDesc && resultDesc.writable === false && targetDesc.writable) {
          throwTypeError(`'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property '${k}' which is non-configurable, non-writable in the proxy target`);
        }
      }
      return resultDesc;
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-defineownproperty-p-desc */
  override DefineOwnProperty(key: PropertyKey, desc: PropertyDescriptor): boolean {
    JSProxy.enter();
    try {
      const handler = this.validate('defineProperty');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'defineProperty');
      if (trap === undefined) return target.DefineOwnProperty(key, desc);
      const descObj = FromPropertyDescriptor(desc);
      const ok = ToBoolean(trap.Call(handler, [target, key, descObj]));
      if (!ok) return false;
      const targetDesc = target.GetOwnProperty(key);
      const extensibleTarget = target.IsExtensible();
      const settingConfigFalse = 'configurable' in desc && desc.configurable === false;
      const k = keyString(key);
      if (targetDesc === undefined) {
        if (!extensibleTarget) {
          throwTypeError(`'defineProperty' on proxy: trap returned truish for adding property '${k}'  to the non-extensible proxy target`);
        }
        if (settingConfigFalse) {
          throwTypeError(`'defineProperty' on proxy: trap returned truish for defining non-configurable property '${k}' which is either non-existent or configurable in the proxy target`);
        }
      } else {
        if (!IsCompatiblePropertyDescriptor(extensibleTarget, desc, targetDesc)) {
          throwTypeError(`'defineProperty' on proxy: trap returned truish for adding property '${k}'  that is incompatible with the existing property in the proxy target`);
        }
        if (settingConfigFalse && targetDesc.configurable) {
          throwTypeError(`'defineProperty' on proxy: trap returned truish for defining non-configurable property '${k}' which is either non-existent or configurable in the proxy target`);
        }
        if (IsDataDescriptor(targetDesc) && !targetDesc.configurable && targetDesc.writable) {
          if ('writable' in desc && desc.writable === false) {
            throwTypeError(`'defineProperty' on proxy: trap returned truish for defining non-configurable property '${k}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.`);
          }
        }
      }
      return true;
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-hasproperty-p */
  override HasProperty(key: PropertyKey): boolean {
    JSProxy.enter();
    try {
      const handler = this.validate('has');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'has');
      if (trap === undefined) return target.HasProperty(key);
      const result = ToBoolean(trap.Call(handler, [target, key]));
      if (!result) {
        const targetDesc = target.GetOwnProperty(key);
        if (targetDesc !== undefined) {
          if (!targetDesc.configurable) {
            throwTypeError(`'has' on proxy: trap returned falsish for property '${keyString(key)}' which exists in the proxy target as non-configurable`);
          }
          if (!target.IsExtensible()) {
            throwTypeError(`'has' on proxy: trap returned falsish for property '${keyString(key)}' but the proxy target is not extensible`);
          }
        }
      }
      return result;
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-get-p-receiver */
  override Get(key: PropertyKey, receiver: Value): Value {
    JSProxy.enter();
    try {
      const handler = this.validate('get');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'get');
      if (trap === undefined) return target.Get(key, receiver);
      const trapResult = trap.Call(handler, [target, key, receiver]);
      const targetDesc = target.GetOwnProperty(key);
      if (targetDesc !== undefined && !targetDesc.configurable) {
        if (IsDataDescriptor(targetDesc) && !targetDesc.writable && !SameValue(trapResult, targetDesc.value)) {
          throwTypeError(`'get' on proxy: property '${keyString(key)}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '${show(targetDesc.value)}' but got '${show(trapResult)}')`);
        }
        if (IsAccessorDescriptor(targetDesc) && targetDesc.get === undefined && trapResult !== undefined) {
          throwTypeError(`'get' on proxy: property '${keyString(key)}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '${show(trapResult)}')`);
        }
      }
      return trapResult;
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-set-p-v-receiver */
  override Set(key: PropertyKey, v: Value, receiver: Value): boolean {
    JSProxy.enter();
    try {
      const handler = this.validate('set');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'set');
      if (trap === undefined) return target.Set(key, v, receiver);
      const ok = ToBoolean(trap.Call(handler, [target, key, v, receiver]));
      if (!ok) return false;
      const targetDesc = target.GetOwnProperty(key);
      if (targetDesc !== undefined && !targetDesc.configurable) {
        if (IsDataDescriptor(targetDesc) && !targetDesc.writable && !SameValue(v, targetDesc.value)) {
          throwTypeError(`'set' on proxy: trap returned truish for property '${keyString(key)}' which exists in the proxy target as a non-configurable and non-writable data property with a different value`);
        }
        if (IsAccessorDescriptor(targetDesc) && targetDesc.set === undefined) {
          throwTypeError(`'set' on proxy: trap returned truish for property '${keyString(key)}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter`);
        }
      }
      return true;
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-delete-p */
  override Delete(key: PropertyKey): boolean {
    JSProxy.enter();
    try {
      const handler = this.validate('deleteProperty');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'deleteProperty');
      if (trap === undefined) return target.Delete(key);
      const ok = ToBoolean(trap.Call(handler, [target, key]));
      if (!ok) return false;
      const targetDesc = target.GetOwnProperty(key);
      if (targetDesc === undefined) return true;
      if (!targetDesc.configurable) {
        throwTypeError(`'deleteProperty' on proxy: trap returned truish for property '${keyString(key)}' which is non-configurable in the proxy target`);
      }
      if (!target.IsExtensible()) {
        throwTypeError(`'deleteProperty' on proxy: trap returned truish for property '${keyString(key)}' but the proxy target is non-extensible`);
      }
      return true;
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-ownpropertykeys */
  override OwnPropertyKeys(): PropertyKey[] {
    JSProxy.enter();
    try {
      const handler = this.validate('ownKeys');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'ownKeys');
      if (trap === undefined) return target.OwnPropertyKeys();
      const trapResultArray = trap.Call(handler, [target]);
      const trapResult = CreateListFromArrayLike(trapResultArray, 'property-key') as PropertyKey[];
      const seen = new Set<PropertyKey>();
      for (const k of trapResult) {
        if (seen.has(k)) throwTypeError("'ownKeys' on proxy: trap returned duplicate entries");
        seen.add(k);
      }
      const extensibleTarget = target.IsExtensible();
      const targetKeys = target.OwnPropertyKeys();
      const configurableKeys: PropertyKey[] = [];
      const nonconfigurableKeys: PropertyKey[] = [];
      for (const key of targetKeys) {
        const desc = target.GetOwnProperty(key);
        if (desc !== undefined && !desc.configurable) nonconfigurableKeys.push(key);
        else configurableKeys.push(key);
      }
      if (extensibleTarget && nonconfigurableKeys.length === 0) return trapResult;
      const unchecked = seen;
      for (const key of nonconfigurableKeys) {
        if (!unchecked.has(key)) throwTypeError(`'ownKeys' on proxy: trap result did not include '${keyString(key)}'`);
        unchecked.delete(key);
      }
      if (extensibleTarget) return trapResult;
      for (const key of configurableKeys) {
        if (!unchecked.has(key)) throwTypeError(`'ownKeys' on proxy: trap result did not include '${keyString(key)}'`);
        unchecked.delete(key);
      }
      if (unchecked.size > 0) throwTypeError("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
      return trapResult;
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-call-thisargument-argumentslist */
  override Call(thisArg: Value, args: Value[]): Value {
    JSProxy.enter();
    try {
      const handler = this.validate('apply');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'apply');
      if (trap === undefined) return target.Call(thisArg, args);
      return trap.Call(handler, [target, thisArg, CreateArrayFromList(args)]);
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  /** https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-construct-argumentslist-newtarget */
  override Construct(args: Value[], newTarget: JSObject): JSObject {
    JSProxy.enter();
    try {
      const handler = this.validate('construct');
      const target = this.proxyTarget as JSObject;
      const trap = getTrap(handler, 'construct');
      if (trap === undefined) return target.Construct(args, newTarget);
      const newObj = trap.Call(handler, [target, CreateArrayFromList(args), newTarget]);
      if (!(newObj instanceof JSObject)) throwTypeError(`'construct' on proxy: trap returned non-object ('${show(newObj)}')`);
      return newObj;
    } catch (e) {
      rethrow(e);
    } finally {
      nesting--;
    }
  }

  // ---- helpers of JSObject that assume an ordinary object: route them through the traps ----

  override hasOwnFast(key: PropertyKey): boolean {
    return this.GetOwnProperty(key) !== undefined;
  }

  override setOwn(key: PropertyKey, value: Value): void {
    this.DefineOwnProperty(key, { value, writable: true, enumerable: true, configurable: true });
  }

  override tryAddElement(): boolean {
    return false;
  }
}
JSProxy.prototype.exotic = true;
