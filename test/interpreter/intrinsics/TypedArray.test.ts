import * as assert from 'assert';
import { Bin } from './binary-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import type { Value } from '../../../interpreter/values/value';
import { ThrowCompletion } from '../../../interpreter/agent';
import { DetachArrayBuffer } from '../../../interpreter/intrinsics/ArrayBuffer';
import { fromFloat16Bits, toFloat16Bits, typedArrayInfo } from '../../../interpreter/exotics/typed-array';

const NAMES = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
const SIZES = [1, 1, 1, 2, 2, 4, 4, 2, 4, 8, 8, 8];

describe('TypedArray constructors', () => {
  const b = new Bin();

  it('%TypedArray% is abstract, with from, of and species', () => {
    const TA = b.realm.intrinsics['%TypedArray%'];
    b.throws(() => b.run(() => TA.Construct([], TA)), 'TypeError', 'Abstract class TypedArray not directly constructable');
    b.throws(() => b.apply(TA, undefined), 'TypeError');
    assert.strictEqual(b.get(TA, 'name'), 'TypedArray');
    assert.strictEqual(b.get(TA, 'length'), 0);
    assert.strictEqual(b.get(b.get(TA, 'from'), 'length'), 1);
    assert.strictEqual(b.get(b.get(TA, 'of'), 'length'), 0);
    assert.strictEqual(b.get(TA, WellKnown.species), TA);
  });

  it('all twelve constructors are registered, inherit from %TypedArray%, and have BYTES_PER_ELEMENT', () => {
    const TA = b.realm.intrinsics['%TypedArray%'];
    const TAP = b.realm.intrinsics['%TypedArray.prototype%'];
    NAMES.forEach((name, i) => {
      const C = b.global(name);
      assert.strictEqual(b.realm.intrinsics[`%${name}%`], C, name);
      const P = b.realm.intrinsics[`%${name}.prototype%`];
      assert.strictEqual(b.get(C, 'prototype'), P);
      assert.strictEqual(C.GetPrototypeOf(), TA);
      assert.strictEqual(P.GetPrototypeOf(), TAP);
      assert.strictEqual(b.get(C, 'BYTES_PER_ELEMENT'), SIZES[i]);
      assert.strictEqual(b.get(P, 'BYTES_PER_ELEMENT'), SIZES[i]);
      assert.strictEqual(b.attrs(C, 'BYTES_PER_ELEMENT'), '---');
      assert.strictEqual(b.get(C, 'length'), 3);
      assert.strictEqual(b.get(C, 'name'), name);
      assert.strictEqual(b.get(b.new(name, 2), WellKnown.toStringTag), name);
    });
  });

  it('requires new and validates a length argument', () => {
    b.throws(() => b.apply(b.global('Int8Array'), undefined, 1), 'TypeError', "Constructor Int8Array requires 'new'");
    b.throws(() => b.new('Int8Array', -1), 'RangeError', 'Invalid typed array length: -1');
    const t = b.new('Float64Array', 3);
    assert.strictEqual(b.get(t, 'length'), 3);
    assert.strictEqual(b.get(t, 'byteLength'), 24);
    assert.deepStrictEqual(b.elems(b.new('Int8Array')), []);
    assert.deepStrictEqual(b.elems(b.new('Int8Array', undefined)), []);
  });

  it('converts element values as the element type does', () => {
    assert.deepStrictEqual(b.elems(b.ta('Int8Array', [127, 128, -129, 1.9, NaN])), [127, -128, 127, 1, 0]);
    assert.deepStrictEqual(b.elems(b.ta('Uint8Array', [256, -1, '3'])), [0, 255, 3]);
    assert.deepStrictEqual(b.elems(b.ta('Uint8ClampedArray', [300, -5, 1.5, 2.5, 0.5])), [255, 0, 2, 2, 0]);
    assert.deepStrictEqual(b.elems(b.ta('Uint32Array', [-1])), [4294967295]);
    assert.deepStrictEqual(b.elems(b.ta('Float32Array', [0.1])), [Math.fround(0.1)]);
    assert.deepStrictEqual(b.elems(b.ta('BigInt64Array', [2n ** 63n, -1n])), [-(2n ** 63n), -1n]);
    assert.deepStrictEqual(b.elems(b.ta('BigUint64Array', [-1n])), [2n ** 64n - 1n]);
  });

  it('bigint arrays reject numbers and number arrays reject bigints', () => {
    const big = b.new('BigInt64Array', 1);
    b.throws(() => b.set(big, '0', 1), 'TypeError');
    const num = b.new('Int32Array', 1);
    b.throws(() => b.set(num, '0', 1n), 'TypeError');
  });

  it('Float16Array rounds to binary16, ties to even', () => {
    const f = b.ta('Float16Array', [1.0009765625, 65504, 65520, 1e-8, 2 ** -24, -0, 0.1]);
    const e = b.elems(f);
    assert.strictEqual(e[0], 1.0009765625);
    assert.strictEqual(e[1], 65504);
    assert.strictEqual(e[2], Infinity);
    assert.strictEqual(e[3], 0);
    assert.strictEqual(e[4], 2 ** -24);
    assert.ok(Object.is(e[5], -0));
    assert.strictEqual(e[6], 0.0999755859375);
    // Round trip of every finite binary16 value.
    for (let h = 0; h < 0x7c00; h += 37) assert.strictEqual(toFloat16Bits(fromFloat16Bits(h)), h);
    assert.ok(Number.isNaN(fromFloat16Bits(toFloat16Bits(NaN))));
  });

  it('constructs from an array-like, an iterable and another typed array', () => {
    const arrayLike = b.obj({ length: 3, 0: 1, 1: 2, 2: 3 });
    assert.deepStrictEqual(b.elems(b.new('Int16Array', arrayLike)), [1, 2, 3]);
    const arr = b.array([4, 5]);
    assert.deepStrictEqual(b.elems(b.new('Int16Array', arr)), [4, 5]);
    const src = b.ta('Float64Array', [1.5, -2, 300]);
    assert.deepStrictEqual(b.elems(b.new('Uint8Array', src)), [1, 254, 44]);
    const same = b.new('Float64Array', src);
    assert.deepStrictEqual(b.elems(same), [1.5, -2, 300]);
    assert.notStrictEqual(b.get(same, 'buffer'), b.get(src, 'buffer'));
    b.throws(() => b.new('BigInt64Array', src), 'TypeError');
  });

  it('constructs a view on a buffer with offset and length checks', () => {
    const ab = b.new('ArrayBuffer', 16);
    const v = b.new('Int32Array', ab, 4, 2);
    assert.strictEqual(b.get(v, 'byteOffset'), 4);
    assert.strictEqual(b.get(v, 'length'), 2);
    assert.strictEqual(b.get(v, 'buffer'), ab);
    assert.strictEqual(b.get(b.new('Int32Array', ab, 8), 'length'), 2);
    b.throws(() => b.new('Int32Array', ab, 3), 'RangeError', 'start offset of Int32Array should be a multiple of 4');
    b.throws(() => b.new('Int32Array', ab, 8, 3), 'RangeError');
    b.throws(() => b.new('Int32Array', ab, 20), 'RangeError');
    b.throws(() => b.new('Int32Array', b.new('ArrayBuffer', 6)), 'RangeError', 'byte length of Int32Array should be a multiple of 4');
    const detached = b.new('ArrayBuffer', 8);
    b.run(() => DetachArrayBuffer(detached));
    b.throws(() => b.new('Int8Array', detached), 'TypeError');
  });

  it('takes its prototype from newTarget', () => {
    const proto = b.obj();
    const nt = b.ctor(() => undefined, 'NT');
    b.run(() => nt.DefineOwnProperty('prototype', { value: proto, writable: true }));
    const U8 = b.global('Uint8Array');
    const t = b.run(() => U8.Construct([2], nt));
    assert.strictEqual(t.GetPrototypeOf(), proto);
  });

  it('from maps values and of builds from arguments', () => {
    const U8 = b.global('Uint8Array');
    const double = b.fn((_t, a) => (a[0] as number) * 2);
    assert.deepStrictEqual(b.elems(b.call(U8, 'from', b.array([1, 2, 3]), double)), [2, 4, 6]);
    assert.deepStrictEqual(b.elems(b.call(U8, 'from', b.obj({ length: 2, 0: 7 }))), [7, 0]);
    assert.deepStrictEqual(b.elems(b.call(U8, 'of', 1, 2, 300)), [1, 2, 44]);
    b.throws(() => b.apply(b.get(U8, 'of') as JSObject, b.obj(), 1), 'TypeError');
    b.throws(() => b.call(U8, 'from', b.array([]), 5), 'TypeError');
  });

  it('a species-created array that is too small is a TypeError', () => {
    const U8 = b.global('Uint8Array');
    const small = b.ctor(() => b.new('Uint8Array', 1));
    b.throws(() => b.apply(b.get(U8, 'of') as JSObject, small, 1, 2), 'TypeError');
  });
});

describe('TypedArray exotic object', () => {
  const b = new Bin();

  it('canonical numeric keys never become own properties', () => {
    const t = b.new('Int8Array', 2);
    assert.strictEqual(b.set(t, '-0', 5), true);
    assert.strictEqual(b.set(t, '1.5', 5), true);
    assert.strictEqual(b.set(t, '5', 5), true);
    assert.strictEqual(b.get(t, '-0'), undefined);
    assert.strictEqual(b.get(t, '5'), undefined);
    assert.strictEqual(b.run(() => t.HasProperty('2')), false);
    assert.strictEqual(b.run(() => t.HasProperty('Infinity')), false);
    assert.strictEqual(b.run(() => t.HasProperty('1')), true);
    // A non-canonical numeric string is an ordinary property.
    b.set(t, '01', 9);
    assert.strictEqual(b.get(t, '01'), 9);
    assert.deepStrictEqual(b.run(() => t.OwnPropertyKeys()), ['0', '1', '01']);
  });

  it('element descriptors are writable, enumerable and configurable', () => {
    const t = b.ta('Uint8Array', [1]);
    assert.strictEqual(b.attrs(t, '0'), 'wec');
    assert.strictEqual(b.run(() => t.DefineOwnProperty('0', { value: 8 })), true);
    assert.strictEqual(b.get(t, '0'), 8);
    assert.strictEqual(b.run(() => t.DefineOwnProperty('0', { value: 1, writable: false })), false);
    assert.strictEqual(b.run(() => t.DefineOwnProperty('0', { configurable: false })), false);
    assert.strictEqual(b.run(() => t.DefineOwnProperty('0', { get: undefined })), false);
    assert.strictEqual(b.run(() => t.DefineOwnProperty('3', { value: 1 })), false);
    assert.strictEqual(b.run(() => t.Delete('0')), false);
    assert.strictEqual(b.run(() => t.Delete('7')), true);
  });

  it('[[Set]] with another receiver: out-of-range index is a no-op that returns true', () => {
    const t = b.new('Uint8Array', 1);
    const o = b.run(() => new JSObject(t));
    assert.strictEqual(b.set(o, '0', 3), true);
    assert.strictEqual(b.run(() => o.GetOwnProperty('0'))?.value, 3);
    assert.strictEqual(b.get(t, '0'), 0);
    assert.strictEqual(b.set(o, '5', 3), true);
    assert.strictEqual(b.run(() => o.GetOwnProperty('5')), undefined);
    // Reads through the prototype chain reach the elements.
    b.set(t, '0', 42);
    assert.strictEqual(b.get(b.run(() => new JSObject(t)), '0'), 42);
  });

  it('[[Set]] converts the value even for an invalid index', () => {
    const t = b.new('Uint8Array', 1);
    const log: string[] = [];
    const v = b.obj({ valueOf: b.fn(() => { log.push('valueOf'); return 1; }) });
    b.set(t, '10', v);
    assert.deepStrictEqual(log, ['valueOf']);
  });

  it('preventExtensions fails for length-tracking views', () => {
    const rab = b.new('ArrayBuffer', 4, b.obj({ maxByteLength: 8 }));
    const tracking = b.new('Uint8Array', rab);
    assert.strictEqual(b.run(() => tracking.PreventExtensions()), false);
    const fixed = b.new('Uint8Array', 0);
    assert.strictEqual(b.run(() => fixed.PreventExtensions()), true);
  });

  it('length-tracking views follow resizes and go out of bounds', () => {
    const rab = b.new('ArrayBuffer', 8, b.obj({ maxByteLength: 16 }));
    const tracking = b.new('Uint16Array', rab, 2);
    const fixed = b.new('Uint16Array', rab, 4, 2);
    assert.strictEqual(b.get(tracking, 'length'), 3);
    b.call(rab, 'resize', 12);
    assert.strictEqual(b.get(tracking, 'length'), 5);
    b.call(rab, 'resize', 7);
    assert.strictEqual(b.get(tracking, 'length'), 2);
    assert.strictEqual(b.get(fixed, 'length'), 0);
    assert.strictEqual(b.get(fixed, 'byteOffset'), 0);
    assert.strictEqual(b.get(fixed, 'byteLength'), 0);
    b.throws(() => b.call(fixed, 'fill', 1), 'TypeError');
    b.call(rab, 'resize', 1);
    assert.strictEqual(b.get(tracking, 'length'), 0);
    b.throws(() => b.call(tracking, 'at', 0), 'TypeError');
    b.call(rab, 'resize', 8);
    assert.strictEqual(b.get(fixed, 'length'), 2);
  });

  it('typedArrayInfo describes a typed array for util.inspect', () => {
    const info = typedArrayInfo(b.ta('Int16Array', [1, -2]))!;
    assert.strictEqual(info.name, 'Int16Array');
    assert.strictEqual(info.length, 2);
    assert.strictEqual(b.run(() => info.get(1)), -2);
    assert.strictEqual(typedArrayInfo(b.obj()), undefined);
  });
});

describe('%TypedArray%.prototype', () => {
  const b = new Bin();
  const TAP = b.realm.intrinsics['%TypedArray.prototype%'];

  it('has every ES2025 method with its spec length', () => {
    const lengths: Record<string, number> = {
      at: 1, copyWithin: 2, entries: 0, every: 1, fill: 1, filter: 1, find: 1, findIndex: 1, findLast: 1, findLastIndex: 1,
      forEach: 1, includes: 1, indexOf: 1, join: 1, keys: 0, lastIndexOf: 1, map: 1, reduce: 1, reduceRight: 1, reverse: 0,
      set: 1, slice: 2, some: 1, sort: 1, subarray: 2, toLocaleString: 0, toReversed: 0, toSorted: 1, toString: 0, values: 0,
      with: 2,
    };
    for (const [name, len] of Object.entries(lengths)) {
      const f = b.get(TAP, name) as JSObject;
      assert.ok(f instanceof JSObject && f.isCallable, name);
      assert.strictEqual(b.get(f, 'length'), len, name);
      assert.strictEqual(b.attrs(TAP, name), 'w-c', name);
    }
    assert.strictEqual(b.get(TAP, WellKnown.iterator), b.get(TAP, 'values'));
    for (const g of ['buffer', 'byteLength', 'byteOffset', 'length']) {
      const d = b.run(() => TAP.GetOwnProperty(g))!;
      assert.ok(d.get && d.set === undefined, g);
    }
    const tag = b.run(() => TAP.GetOwnProperty(WellKnown.toStringTag))!;
    assert.strictEqual(b.apply(tag.get!, b.obj()), undefined);
    assert.strictEqual(b.apply(tag.get!, 3), undefined);
  });

  it('toString is Array.prototype.toString', () => {
    const arrayToString = b.get(b.realm.intrinsics['%Array.prototype%'], 'toString');
    if (arrayToString !== undefined) assert.strictEqual(b.get(TAP, 'toString'), arrayToString);
    assert.strictEqual(b.call(b.ta('Int8Array', [1, 2]), 'toString'), '1,2');
  });

  it('methods reject a non-typed-array receiver', () => {
    b.throws(() => b.apply(b.get(TAP, 'fill') as JSObject, b.obj(), 0), 'TypeError', 'this is not a typed array.');
    b.throws(() => b.apply(b.get(TAP, 'at') as JSObject, b.array([1]), 0), 'TypeError');
  });

  it('methods on a detached buffer throw a TypeError', () => {
    const t = b.new('Uint8Array', 4);
    b.run(() => DetachArrayBuffer(b.get(t, 'buffer') as JSObject));
    for (const m of ['at', 'every', 'fill', 'includes', 'join', 'keys', 'map', 'reverse', 'slice', 'sort', 'toReversed', 'values']) {
      b.throws(() => b.call(t, m, b.fn(() => true)), 'TypeError', `Cannot perform %TypedArray%.prototype.${m} on a detached ArrayBuffer`);
    }
    assert.strictEqual(b.get(t, 'length'), 0);
    // subarray does not validate first; the constructor then rejects the detached buffer.
    b.throws(() => b.call(t, 'subarray', 0), 'TypeError');
  });

  it('at, includes, indexOf, lastIndexOf, join', () => {
    const t = b.ta('Float64Array', [1, NaN, 3, 1, -0]);
    assert.strictEqual(b.call(t, 'at', -1), -0);
    assert.strictEqual(b.call(t, 'at', 5), undefined);
    assert.strictEqual(b.call(t, 'includes', NaN), true);
    assert.strictEqual(b.call(t, 'indexOf', NaN), -1);
    assert.strictEqual(b.call(t, 'indexOf', 1, 1), 3);
    assert.strictEqual(b.call(t, 'lastIndexOf', 1), 3);
    assert.strictEqual(b.call(t, 'lastIndexOf', 1, -3), 0);
    assert.strictEqual(b.call(t, 'indexOf', 0), 4);
    assert.strictEqual(b.call(t, 'includes', 3, 3), false);
    assert.strictEqual(b.call(t, 'join'), '1,NaN,3,1,0');
    assert.strictEqual(b.call(t, 'join', '-'), '1-NaN-3-1-0');
    assert.strictEqual(b.call(b.ta('BigInt64Array', [1n, 2n]), 'includes', 2n), true);
    assert.strictEqual(b.call(b.ta('BigInt64Array', [1n, 2n]), 'indexOf', 2), -1);
  });

  it('every, some, forEach, find family pass (value, index, array)', () => {
    const t = b.ta('Int8Array', [5, -3, 8]);
    const seen: Value[][] = [];
    b.call(t, 'forEach', b.fn((thisValue, a) => { seen.push([thisValue, ...a]); return undefined; }), 'ctx');
    assert.deepStrictEqual(seen, [['ctx', 5, 0, t], ['ctx', -3, 1, t], ['ctx', 8, 2, t]]);
    const neg = b.fn((_t, a) => (a[0] as number) < 0);
    assert.strictEqual(b.call(t, 'some', neg), true);
    assert.strictEqual(b.call(t, 'every', neg), false);
    assert.strictEqual(b.call(t, 'find', neg), -3);
    assert.strictEqual(b.call(t, 'findIndex', neg), 1);
    const big = b.fn((_t, a) => (a[0] as number) > 4);
    assert.strictEqual(b.call(t, 'findLast', big), 8);
    assert.strictEqual(b.call(t, 'findLastIndex', big), 2);
    assert.strictEqual(b.call(t, 'findIndex', b.fn(() => false)), -1);
    b.throws(() => b.call(t, 'every', 3), 'TypeError');
  });

  it('map and filter use the species constructor', () => {
    const t = b.ta('Uint8Array', [1, 2, 3, 4]);
    const m = b.call(t, 'map', b.fn((_t, a) => (a[0] as number) * 100)) as JSObject;
    assert.deepStrictEqual(b.elems(m), [100, 200, 44, 144]);
    assert.strictEqual(b.get(m, WellKnown.toStringTag), 'Uint8Array');
    const f = b.call(t, 'filter', b.fn((_t, a) => (a[0] as number) % 2 === 0));
    assert.deepStrictEqual(b.elems(f), [2, 4]);
    // A species constructor producing another element type.
    const ctor = b.obj();
    b.run(() => ctor.Set(WellKnown.species, b.global('Float64Array'), ctor));
    b.set(t, 'constructor', ctor);
    assert.deepStrictEqual(b.elems(b.call(t, 'map', b.fn((_t, a) => (a[0] as number) / 2))), [0.5, 1, 1.5, 2]);
    // ... or of another content type: TypeError.
    b.run(() => ctor.Set(WellKnown.species, b.global('BigInt64Array'), ctor));
    b.throws(() => b.call(t, 'filter', b.fn(() => true)), 'TypeError');
  });

  it('reduce and reduceRight', () => {
    const t = b.ta('Int32Array', [1, 2, 3]);
    const cat = b.fn((_t, a) => `${String(a[0])}${String(a[1])}`);
    assert.strictEqual(b.call(t, 'reduce', cat), '123');
    assert.strictEqual(b.call(t, 'reduceRight', cat), '321');
    assert.strictEqual(b.call(t, 'reduce', cat, 'x'), 'x123');
    b.throws(() => b.call(b.new('Int32Array', 0), 'reduce', cat), 'TypeError', 'Reduce of empty array with no initial value');
    assert.strictEqual(b.call(b.new('Int32Array', 0), 'reduceRight', cat, 7), 7);
  });

  it('fill converts once and clamps its range', () => {
    const t = b.new('Int8Array', 5);
    const log: string[] = [];
    b.call(t, 'fill', b.obj({ valueOf: b.fn(() => { log.push('v'); return 7; }) }), 1, -1);
    assert.deepStrictEqual(b.elems(t), [0, 7, 7, 7, 0]);
    assert.deepStrictEqual(log, ['v']);
    assert.strictEqual(b.call(t, 'fill', 1), t);
    assert.deepStrictEqual(b.elems(t), [1, 1, 1, 1, 1]);
    const big = b.new('BigUint64Array', 2);
    b.call(big, 'fill', 3n);
    assert.deepStrictEqual(b.elems(big), [3n, 3n]);
    b.throws(() => b.call(big, 'fill', 3), 'TypeError');
  });

  it('copyWithin handles overlapping ranges both ways', () => {
    assert.deepStrictEqual(b.elems(b.call(b.ta('Int16Array', [1, 2, 3, 4, 5]), 'copyWithin', 0, 3)), [4, 5, 3, 4, 5]);
    assert.deepStrictEqual(b.elems(b.call(b.ta('Int16Array', [1, 2, 3, 4, 5]), 'copyWithin', 1, 0, 3)), [1, 1, 2, 3, 5]);
    assert.deepStrictEqual(b.elems(b.call(b.ta('Int16Array', [1, 2, 3, 4, 5]), 'copyWithin', -2, -4, -3)), [1, 2, 3, 2, 5]);
  });

  it('reverse, toReversed, with', () => {
    const t = b.ta('Uint8Array', [1, 2, 3]);
    const r = b.call(t, 'toReversed') as JSObject;
    assert.deepStrictEqual(b.elems(r), [3, 2, 1]);
    assert.deepStrictEqual(b.elems(t), [1, 2, 3]);
    assert.strictEqual(b.call(t, 'reverse'), t);
    assert.deepStrictEqual(b.elems(t), [3, 2, 1]);
    const w = b.call(t, 'with', -1, 9) as JSObject;
    assert.deepStrictEqual(b.elems(w), [3, 2, 9]);
    b.throws(() => b.call(t, 'with', 3, 1), 'RangeError', 'Invalid typed array index');
    b.throws(() => b.call(b.new('BigInt64Array', 1), 'with', 0, 1), 'TypeError');
  });

  it('sort orders numerically with -0 before +0 and NaN last; toSorted copies', () => {
    const t = b.ta('Float64Array', [3, NaN, -0, 0, -Infinity, 1]);
    b.call(t, 'sort');
    const e = b.elems(t);
    assert.deepStrictEqual(e.slice(0, 2), [-Infinity, -0]);
    assert.ok(Object.is(e[1], -0) && Object.is(e[2], 0));
    assert.deepStrictEqual(e.slice(3, 5), [1, 3]);
    assert.ok(Number.isNaN(e[5]));
    const u = b.ta('Uint8Array', [3, 1, 2]);
    const desc = b.fn((_t, a) => (a[1] as number) - (a[0] as number));
    const s = b.call(u, 'toSorted', desc) as JSObject;
    assert.deepStrictEqual(b.elems(s), [3, 2, 1]);
    assert.deepStrictEqual(b.elems(u), [3, 1, 2]);
    b.throws(() => b.call(u, 'sort', 'nope'), 'TypeError');
    assert.deepStrictEqual(b.elems(b.call(b.ta('BigInt64Array', [3n, -1n, 2n]), 'sort')), [-1n, 2n, 3n]);
  });

  it('sort propagates a comparator exception', () => {
    const u = b.ta('Uint8Array', [3, 1, 2]);
    const boom = b.new('RangeError', 'boom');
    b.throws(() => b.call(u, 'sort', b.fn(() => { throw new ThrowCompletion(boom); })), 'RangeError', 'boom');
  });

  it('set copies from typed arrays (with conversion and overlap) and from array-likes', () => {
    const t = b.new('Int16Array', 5);
    b.call(t, 'set', b.array([1, 2, 3]), 1);
    assert.deepStrictEqual(b.elems(t), [0, 1, 2, 3, 0]);
    b.call(t, 'set', b.ta('Float32Array', [1.5, -7]), 3);
    assert.deepStrictEqual(b.elems(t), [0, 1, 2, 1, -7]);
    // Overlapping views of the same buffer.
    const buf = b.get(t, 'buffer');
    const view = b.new('Int16Array', buf, 2, 3);
    b.call(t, 'set', view);
    assert.deepStrictEqual(b.elems(t), [1, 2, 1, 1, -7]);
    const bytes = b.new('Int8Array', buf, 0, 4);
    b.call(t, 'set', bytes, 1);
    assert.deepStrictEqual(b.elems(t), [1, 1, 0, 2, 0]);
    b.throws(() => b.call(t, 'set', b.array([1]), 5), 'RangeError', 'offset is out of bounds');
    b.throws(() => b.call(t, 'set', b.array([]), -1), 'RangeError');
    b.throws(() => b.call(t, 'set', b.new('BigInt64Array', 1)), 'TypeError');
  });

  it('slice copies with the same or another element type', () => {
    const t = b.ta('Int32Array', [1, 2, 3, 4]);
    const s = b.call(t, 'slice', 1, -1) as JSObject;
    assert.deepStrictEqual(b.elems(s), [2, 3]);
    assert.notStrictEqual(b.get(s, 'buffer'), b.get(t, 'buffer'));
    assert.deepStrictEqual(b.elems(b.call(t, 'slice', -1)), [4]);
    assert.deepStrictEqual(b.elems(b.call(t, 'slice', 3, 1)), []);
  });

  it('subarray shares the buffer; on a length-tracking view without end it tracks too', () => {
    const t = b.ta('Uint16Array', [1, 2, 3, 4]);
    const s = b.call(t, 'subarray', 1, 3) as JSObject;
    assert.strictEqual(b.get(s, 'buffer'), b.get(t, 'buffer'));
    assert.strictEqual(b.get(s, 'byteOffset'), 2);
    assert.deepStrictEqual(b.elems(s), [2, 3]);
    b.set(s, '0', 20);
    assert.strictEqual(b.get(t, '1'), 20);
    const rab = b.new('ArrayBuffer', 4, b.obj({ maxByteLength: 8 }));
    const tracking = b.new('Uint8Array', rab);
    const sub = b.call(tracking, 'subarray', 1) as JSObject;
    b.call(rab, 'resize', 8);
    assert.strictEqual(b.get(sub, 'length'), 7);
  });

  it('keys, values and entries iterate through array iterators', () => {
    const t = b.ta('Int8Array', [7, 8]);
    const collect = (it: JSObject) => {
      const out: Value[] = [];
      for (;;) {
        const r = b.call(it, 'next') as JSObject;
        if (b.get(r, 'done')) return out;
        const v = b.get(r, 'value');
        out.push(v instanceof JSObject ? [b.get(v, '0'), b.get(v, '1')] as any : v);
      }
    };
    assert.deepStrictEqual(collect(b.call(t, 'keys') as JSObject), [0, 1]);
    assert.deepStrictEqual(collect(b.call(t, 'values') as JSObject), [7, 8]);
    assert.deepStrictEqual(collect(b.call(t, 'entries') as JSObject), [[0, 7], [1, 8]]);
    const it = b.call(t, WellKnown.iterator) as JSObject;
    const aip = b.realm.intrinsics['%ArrayIteratorPrototype%'];
    if (aip !== undefined) assert.strictEqual(it.GetPrototypeOf(), aip);
    b.call(it, 'next');
    b.run(() => DetachArrayBuffer(b.get(t, 'buffer') as JSObject));
    b.throws(() => b.call(it, 'next'), 'TypeError');
  });

  it('toLocaleString invokes each element\'s toLocaleString', () => {
    assert.strictEqual(b.call(b.ta('Uint8Array', [1, 2]), 'toLocaleString'), '1,2');
    assert.strictEqual(b.call(b.new('Uint8Array', 0), 'toLocaleString'), '');
  });
});
