import { JSSymbol } from './symbol';
import type { JSObject } from './object';

/** A guest value. Primitives are host primitives; symbols and objects are the interpreter's own. */
export type Value = undefined | null | boolean | number | string | bigint | JSSymbol | JSObject;
/** A property key: a string or a guest symbol. https://tc39.es/ecma262/#sec-object-type */
export type PropertyKey = string | JSSymbol;

/** Marks a hole in a dense elements array. Never visible to guest code. */
export const HOLE: any = Object.freeze({ hole: true });

/** Marks a binding in its temporal dead zone. Never visible to guest code. */
export const TDZ: any = Object.freeze({ tdz: true });

export function isSymbol(v: unknown): v is JSSymbol {
  return v instanceof JSSymbol;
}

/** True for canonical array-index strings ("0".."4294967294"). https://tc39.es/ecma262/#array-index */
export function isArrayIndex(key: PropertyKey): boolean {
  if (typeof key !== 'string') return false;
  const n = key.length;
  if (n === 0 || n > 10) return false;
  const c0 = key.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return false;
  if (c0 === 48) return n === 1;
  for (let i = 1; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return n < 10 || +key < 4294967295;
}

/** Returns the index for a canonical array-index key, or -1. */
export function toArrayIndex(key: PropertyKey): number {
  return isArrayIndex(key) ? +(key as string) : -1;
}
