import { JSObject } from './values/object';
import { JSSymbol } from './values/symbol';
import { HOLE, type Value } from './values/value';
import { ACCESSOR, E } from './values/shape';
import { JSArray } from './exotics/array';

/**
 * A host copy of a guest value: primitives as they are, symbols as host symbols with the same
 * description, arrays and plain objects deep-copied (own enumerable data properties only; getters
 * are never run), functions as a string "[Function: name]". Cycles map to the same copy.
 * Nothing returned refers to the guest heap.
 */
export function toHost(v: Value, seen = new Map<JSObject, unknown>()): unknown {
  if (v instanceof JSSymbol) return Symbol(v.description);
  if (!(v instanceof JSObject)) return v;
  const done = seen.get(v);
  if (done !== undefined) return done;
  if (v.isCallable) {
    const i = v.shape.lookup('name');
    const n = i >= 0 ? v.slots[i] : '';
    return `[Function: ${typeof n === 'string' && n ? n : '(anonymous)'}]`;
  }
  if (v instanceof JSArray) {
    const out: unknown[] = [];
    seen.set(v, out);
    const el = v.elements!;
    for (let i = 0; i < v.length; i++) {
      if (i < el.length && el[i] !== HOLE) out[i] = toHost(el[i], seen);
      else {
        const k = v.shape.lookup(String(i));
        if (k >= 0 && !(v.shape.attrs[k] & ACCESSOR)) out[i] = toHost(v.slots[k], seen);
      }
    }
    out.length = v.length;
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(v, out);
  if (v.exotic) return out;
  const el = v.elements;
  if (el !== null) for (let i = 0; i < el.length; i++) if (el[i] !== HOLE) out[i] = toHost(el[i], seen);
  const shape = v.shape;
  for (let i = 0; i < shape.keys.length; i++) {
    const k = shape.keys[i];
    const a = shape.attrs[i];
    if (typeof k !== 'string' || !shape.isLive(i) || !(a & E) || a & ACCESSOR) continue;
    out[k] = toHost(v.slots[i], seen);
  }
  return out;
}
