/**
 * internalBinding('messaging'): structuredClone, our own implementation of the HTML structured
 * clone algorithm over guest values (what V8's ValueSerializer does for node): primitives, the
 * wrapper objects, Date, RegExp, ArrayBuffer (with transfer), typed arrays and DataView, Map, Set,
 * errors (name, message, stack, cause), arrays (holes kept) and plain objects (own enumerable
 * string keys, getters run), with cycles and shared references preserved. Functions, symbols,
 * proxies and other objects throw a DataCloneError worded like V8's.
 */
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';

import { JSSymbol } from '../../interpreter/values/symbol';
import { R, ThrowCompletion } from '../../interpreter/agent';
import { W, C } from '../../interpreter/values/shape';
import { JSArray, ArrayCreate } from '../../interpreter/exotics/array';
import { JSProxy } from '../../interpreter/exotics/proxy';
import { JSPrimitiveObject, JSStringObject } from '../../interpreter/exotics/primitive-wrapper';
import { JSTypedArray } from '../../interpreter/exotics/typed-array';
import { JSArrayBuffer, DetachArrayBuffer } from '../../interpreter/intrinsics/ArrayBuffer';
import { JSDataView } from '../../interpreter/intrinsics/DataView';
import { JSDate } from '../../interpreter/intrinsics/Date';
import { JSMap, mapEntriesOf } from '../../interpreter/intrinsics/Map';
import { JSSet, setValuesOf } from '../../interpreter/intrinsics/Set';
import { RegExpCreate, regexpSourceOf } from '../../interpreter/intrinsics/RegExp';
import { JSError } from '../../interpreter/intrinsics/Error';
import { makeError } from '../../interpreter/errors';
import { functionSourceText } from '../../interpreter/intrinsics/Function';
import { Construct } from '../../interpreter/ops/object-operations';
import { ToString } from '../../interpreter/ops/type-conversion';
import { iterate } from '../../interpreter/ops/iterator-operations';
import type { RuntimeContext } from './context';
import { bareObject, methods } from './guest';

/** The DataCloneError DOMException (a plain Error named DataCloneError until DOMException exists). */
function dataCloneError(message: string): ThrowCompletion {
  const realm = R.realm;
  const g = realm.globalObject;
  const d = g.GetOwnProperty('DOMException');
  const ctor = d !== undefined && 'value' in d ? d.value : undefined;
  if (ctor instanceof JSObject && ctor.isConstructor) {
    return new ThrowCompletion(Construct(ctor, [message, 'DataCloneError']));
  }
  const e = makeError(realm, 'Error', message);
  e.DefineOwnProperty('name', { value: 'DataCloneError', writable: true, enumerable: false, configurable: true });
  e.setOwn('code', 25);
  return new ThrowCompletion(e);
}

/** How V8 names a value it cannot clone. */
function describeUncloneable(v: Value): string {
  if (v instanceof JSSymbol) return `Symbol(${v.description ?? ''})`;
  if (v instanceof JSObject && v.isCallable && !(v instanceof JSProxy)) return functionSourceText(v) ?? 'function () { [native code] }';
  if (v instanceof JSObject) {
    if (v instanceof JSProxy) return '#<Object>';
    const c = v.className;
    return `#<${c === 'Object' || c === undefined ? 'Object' : c}>`;
  }
  return String(v);
}

const ERROR_NAMES = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);

/** Reads an own data property without running guest code. */
function ownDataValue(o: JSObject, key: string): Value {
  const d = o.GetOwnProperty(key);
  return d !== undefined && 'value' in d ? d.value : undefined;
}

class Cloner {
  private readonly memory = new Map<JSObject, JSObject>();
  constructor(private readonly transferred: Map<JSArrayBuffer, JSArrayBuffer>) {}

  clone(v: Value): Value {
    if (v instanceof JSSymbol) throw dataCloneError(`${describeUncloneable(v)} could not be cloned.`);
    if (!(v instanceof JSObject)) return v;
    const o = v as JSObject;
    const seen = this.memory.get(o);
    if (seen !== undefined) return seen;
    if (--R.fuel <= 0) R.agent.refuel();
    const realm = R.realm;
    const I = realm.intrinsics;
    if (o instanceof JSProxy || o.isCallable) throw dataCloneError(`${describeUncloneable(o)} could not be cloned.`);
    if (o instanceof JSPrimitiveObject) {
      const c = new JSPrimitiveObject(I[`%${o.className}.prototype%`], o.value, o.className);
      this.memory.set(o, c);
      return c;
    }
    if (o instanceof JSStringObject) {
      const c = new JSStringObject(I['%String.prototype%'], o.value);
      this.memory.set(o, c);
      return c;
    }
    if (o instanceof JSDate) {
      const c = new JSDate(I['%Date.prototype%'], o.dateValue);
      this.memory.set(o, c);
      return c;
    }
    const rx = regexpSourceOf(o);
    if (rx !== undefined) {
      const c = RegExpCreate(rx.source, rx.flags);
      this.memory.set(o, c);
      return c;
    }
    if (o instanceof JSArrayBuffer) return this.cloneBuffer(o);
    if (o instanceof JSTypedArray) {
      const buf = this.cloneBuffer(o.buffer);
      const c = new JSTypedArray(I[`%${o.type.name}.prototype%`], o.type, buf, o.byteOffset, o.arrayLength);
      this.memory.set(o, c);
      return c;
    }
    if (o instanceof JSDataView) {
      const buf = this.cloneBuffer(o.buffer);
      const c = new JSDataView(I['%DataView.prototype%'], buf, o.byteOffset, o.byteLengthSlot);
      this.memory.set(o, c);
      return c;
    }
    if (o instanceof JSMap) {
      const c = new JSMap(I['%Map.prototype%']);
      this.memory.set(o, c);
      const entries = mapEntriesOf(o)!;
      const cloned = entries.map(([k, val]) => [this.clone(k), this.clone(val)] as const);
      for (const [k, val] of cloned) c.data.set(k, val);
      return c;
    }
    if (o instanceof JSSet) {
      const c = new JSSet(I['%Set.prototype%']);
      this.memory.set(o, c);
      const vals = setValuesOf(o)!.map((x) => this.clone(x));
      for (const x of vals) c.data.add(x);
      return c;
    }
    if (o instanceof JSError || o.className === 'Error') return this.cloneError(o);
    if (o instanceof JSArray) {
      const len = o.Get('length', o) as number;
      const c = ArrayCreate(0);
      this.memory.set(o, c);
      c.Set('length', len, c);
      this.copyProperties(o, c);
      return c;
    }
    if (o.exotic || (o.className !== undefined && o.className !== 'Object')) {
      throw dataCloneError(`${describeUncloneable(o)} could not be cloned.`);
    }
    const c = new JSObject(realm.ObjectPrototype);
    this.memory.set(o, c);
    this.copyProperties(o, c);
    return c;
  }

  /** Own enumerable string-keyed properties, values read with [[Get]] (getters run), in order. */
  private copyProperties(from: JSObject, to: JSObject): void {
    for (const key of from.OwnPropertyKeys()) {
      if (typeof key !== 'string') continue;
      const d = from.GetOwnProperty(key);
      if (d === undefined || !d.enumerable) continue;
      if (to instanceof JSArray && key === 'length') continue;
      const value = this.clone(from.Get(key, from));
      to.DefineOwnProperty(key, { value, writable: true, enumerable: true, configurable: true });
    }
  }

  private cloneBuffer(b: JSArrayBuffer): JSArrayBuffer {
    const seen = this.memory.get(b);
    if (seen !== undefined) return seen as JSArrayBuffer;
    const moved = this.transferred.get(b);
    if (moved !== undefined) {
      this.memory.set(b, moved);
      return moved;
    }
    if (b.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    if (b.shared) {
      this.memory.set(b, b);
      return b;
    }
    const data = (b.data as ArrayBuffer).slice(0, b.byteLength);
    const c = new JSArrayBuffer(R.realm.intrinsics['%ArrayBuffer.prototype%'], false, data, b.maxByteLength);
    this.memory.set(b, c);
    return c;
  }

  /** Errors: the prototype by name, then message, stack and cause as V8 11 serializes them. */
  private cloneError(o: JSObject): JSObject {
    const I = R.realm.intrinsics;
    const nameV = o.Get('name', o);
    const name = typeof nameV === 'string' && ERROR_NAMES.has(nameV) ? nameV : 'Error';
    const c = new JSError(I[`%${name}.prototype%`]);
    this.memory.set(o, c);
    const stack = ownDataValue(o, 'stack');
    if (typeof stack === 'string') c.addProperty('stack', stack, W | C);
    const md = o.GetOwnProperty('message');
    if (md !== undefined) {
      const message = o.Get('message', o);
      c.addProperty('message', ToString(message), W | C);
    }
    const cd = o.GetOwnProperty('cause');
    if (cd !== undefined) c.addProperty('cause', this.clone(o.Get('cause', o)), W | C);
    return c;
  }
}

/** A TypeError with a node code, as node's C++ throws it (no code in the stack's first line). */
function cppTypeError(code: string, message: string): ThrowCompletion {
  const e = makeError(R.realm, 'TypeError', message);
  e.setOwn('code', code);
  return new ThrowCompletion(e);
}

/** structuredClone(value, { transfer }) in the running realm (node's messaging binding). */
export function structuredCloneValue(value: Value, options: Value): Value {
  const transferred = new Map<JSArrayBuffer, JSArrayBuffer>();
  if (options !== undefined && options !== null) {
    if (!(options instanceof JSObject)) {
      throw cppTypeError('ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
    }
    const list = options.Get('transfer', options);
    if (list !== undefined) {
      if (!(list instanceof JSObject)) throw cppTypeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
      const buffers: JSArrayBuffer[] = [];
      iterate(list, (item) => {
        if (!(item instanceof JSArrayBuffer)) throw cppTypeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
        if (buffers.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
        buffers.push(item);
      });
      for (const b of buffers) {
        if (b.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
        const moved = new JSArrayBuffer(R.realm.intrinsics['%ArrayBuffer.prototype%'], false, b.data, b.maxByteLength);
        transferred.set(b, moved);
      }
      const result = new Cloner(transferred).clone(value);
      for (const b of buffers) DetachArrayBuffer(b);
      return result;
    }
  }
  return new Cloner(transferred).clone(value);
}

export function createMessagingBinding(ctx: RuntimeContext): JSObject {
  return methods(ctx.realm, bareObject(), {
    structuredClone: [(_t, a) => structuredCloneValue(a[0], a[1]), 2],
  });
}

