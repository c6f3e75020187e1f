import type { Value } from './value';
import type { JSObject } from './object';

/**
 * A Property Descriptor record. A field is present when the key is in the object
 * (`'get' in d`), as in the spec. https://tc39.es/ecma262/#sec-property-descriptor-specification-type
 */
export interface PropertyDescriptor {
  value?: Value;
  writable?: boolean;
  get?: JSObject | undefined;
  set?: JSObject | undefined;
  enumerable?: boolean;
  configurable?: boolean;
}

/** https://tc39.es/ecma262/#sec-isaccessordescriptor */
export function IsAccessorDescriptor(d: PropertyDescriptor | undefined): boolean {
  return d !== undefined && ('get' in d || 'set' in d);
}

/** https://tc39.es/ecma262/#sec-isdatadescriptor */
export function IsDataDescriptor(d: PropertyDescriptor | undefined): boolean {
  return d !== undefined && ('value' in d || 'writable' in d);
}

/** https://tc39.es/ecma262/#sec-isgenericdescriptor */
export function IsGenericDescriptor(d: PropertyDescriptor | undefined): boolean {
  return d !== undefined && !IsAccessorDescriptor(d) && !IsDataDescriptor(d);
}

export function dataDescriptor(value: Value, writable: boolean, enumerable: boolean, configurable: boolean): PropertyDescriptor {
  return { value, writable, enumerable, configurable };
}
