import * as assert from 'assert';
import { Bin } from './binary-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import { DetachArrayBuffer, arrayBufferBytes } from '../../../interpreter/intrinsics/ArrayBuffer';
import type { Value } from '../../../interpreter/values/value';

describe('ArrayBuffer', () => {
  const b = new Bin();

  it('is registered, global, and linked to its prototype', () => {
    const AB = b.global('ArrayBuffer');
    assert.strictEqual(b.realm.intrinsics['%ArrayBuffer%'], AB);
    const proto = b.realm.intrinsics['%ArrayBuffer.prototype%'];
    assert.strictEqual(b.get(AB, 'prototype'), proto);
    assert.strictEqual(b.get(proto, 'constructor'), AB);
    assert.strictEqual(b.get(AB, 'length'), 1);
    assert.strictEqual(b.get(proto, WellKnown.toStringTag), 'ArrayBuffer');
    assert.strictEqual(b.get(AB, WellKnown.species), AB);
  });

  it('requires new, and validates the length with ToIndex', () => {
    const AB = b.global('ArrayBuffer');
    b.throws(() => b.apply(AB, undefined, 8), 'TypeError', "Constructor ArrayBuffer requires 'new'");
    b.throws(() => b.new('ArrayBuffer', -1), 'RangeError');
    b.throws(() => b.new('ArrayBuffer', 2 ** 53), 'RangeError');
    assert.strictEqual(b.get(b.new('ArrayBuffer'), 'byteLength'), 0);
    assert.strictEqual(b.get(b.new('ArrayBuffer', 3.9), 'byteLength'), 3);
  });

  it('throws a RangeError for a block it cannot create', () => {
    b.throws(() => b.new('ArrayBuffer', 0, b.obj({ maxByteLength: 7 * 1125899906842624 })), 'RangeError');
    b.throws(() => b.new('ArrayBuffer', 2 ** 40), 'RangeError');
  });

  it('byteLength, resizable, maxByteLength and detached on fixed and resizable buffers', () => {
    const fixed = b.new('ArrayBuffer', 4);
    assert.strictEqual(b.get(fixed, 'resizable'), false);
    assert.strictEqual(b.get(fixed, 'maxByteLength'), 4);
    assert.strictEqual(b.get(fixed, 'detached'), false);
    const rab = b.new('ArrayBuffer', 2, b.obj({ maxByteLength: 16 }));
    assert.strictEqual(b.get(rab, 'resizable'), true);
    assert.strictEqual(b.get(rab, 'byteLength'), 2);
    assert.strictEqual(b.get(rab, 'maxByteLength'), 16);
  });

  it('checks byteLength > maxByteLength before reading the prototype from newTarget', () => {
    const log: string[] = [];
    const AB = b.global('ArrayBuffer');
    const nt = b.fn(() => undefined);
    b.run(() => nt.DefineOwnProperty('prototype', { get: b.fn(() => { log.push('prototype'); return AB.Get('prototype', AB); }), configurable: true }));
    (nt as any).isConstructor = true;
    b.throws(() => b.run(() => AB.Construct([8, b.obj({ maxByteLength: 4 })], nt)), 'RangeError');
    assert.deepStrictEqual(log, []);
  });

  it('resize keeps the bytes, zero-fills growth and checks maxByteLength', () => {
    const rab = b.new('ArrayBuffer', 4, b.obj({ maxByteLength: 8 }));
    const u8 = b.new('Uint8Array', rab);
    b.set(u8, '3', 7);
    b.call(rab, 'resize', 2);
    assert.deepStrictEqual(b.elems(u8), [0, 0]);
    b.call(rab, 'resize', 8);
    assert.deepStrictEqual(b.elems(u8), [0, 0, 0, 0, 0, 0, 0, 0]);
    b.throws(() => b.call(rab, 'resize', 9), 'RangeError');
    b.throws(() => b.call(b.new('ArrayBuffer', 1), 'resize', 1), 'TypeError');
  });

  it('slice copies a range and uses the species constructor', () => {
    const ab = b.new('ArrayBuffer', 8);
    const u8 = b.new('Uint8Array', ab);
    for (let i = 0; i < 8; i++) b.set(u8, String(i), i + 1);
    const s = b.call(ab, 'slice', 2, -2) as JSObject;
    assert.strictEqual(b.get(s, 'byteLength'), 4);
    assert.deepStrictEqual(b.elems(b.new('Uint8Array', s)), [3, 4, 5, 6]);
    assert.strictEqual(b.get(b.call(ab, 'slice', 6, 2), 'byteLength'), 0);
    // A species constructor returning the same buffer is a TypeError.
    const ctor = b.obj();
    const species = b.ctor(() => ab);
    b.run(() => ctor.Set(WellKnown.species, species, ctor));
    b.run(() => ab.Set('constructor', ctor, ab));
    b.throws(() => b.call(ab, 'slice', 0, 1), 'TypeError');
  });

  it('slice rejects a species result that is too small', () => {
    const ab = b.new('ArrayBuffer', 8);
    const ctor = b.obj();
    b.run(() => ctor.Set(WellKnown.species, b.ctor(() => b.new('ArrayBuffer', 1)), ctor));
    b.run(() => ab.Set('constructor', ctor, ab));
    b.throws(() => b.call(ab, 'slice', 0, 4), 'TypeError');
  });

  it('isView recognises typed arrays and DataViews only', () => {
    const AB = b.global('ArrayBuffer');
    const ab = b.new('ArrayBuffer', 8);
    assert.strictEqual(b.call(AB, 'isView', b.new('Int8Array', 1)), true);
    assert.strictEqual(b.call(AB, 'isView', b.new('DataView', ab)), true);
    assert.strictEqual(b.call(AB, 'isView', ab), false);
    assert.strictEqual(b.call(AB, 'isView', b.obj()), false);
    assert.strictEqual(b.call(AB, 'isView'), false);
  });

  it('DetachArrayBuffer empties the buffer and its views', () => {
    const ab = b.new('ArrayBuffer', 8);
    const u8 = b.new('Uint8Array', ab);
    b.run(() => DetachArrayBuffer(ab));
    assert.strictEqual(b.get(ab, 'detached'), true);
    assert.strictEqual(b.get(ab, 'byteLength'), 0);
    assert.strictEqual(b.get(u8, 'length'), 0);
    assert.strictEqual(b.get(u8, '0'), undefined);
    b.throws(() => b.call(ab, 'slice', 0), 'TypeError');
    b.throws(() => b.run(() => DetachArrayBuffer(b.new('SharedArrayBuffer', 1))), 'TypeError');
  });

  it('transfer moves the bytes to a new buffer and detaches the old one', () => {
    const rab = b.new('ArrayBuffer', 4, b.obj({ maxByteLength: 8 }));
    b.set(b.new('Uint8Array', rab), '1', 9);
    const t = b.call(rab, 'transfer', 6) as JSObject;
    assert.strictEqual(b.get(rab, 'detached'), true);
    assert.strictEqual(b.get(t, 'byteLength'), 6);
    assert.strictEqual(b.get(t, 'resizable'), true);
    assert.deepStrictEqual(b.elems(b.new('Uint8Array', t)), [0, 9, 0, 0, 0, 0]);
    const f = b.call(t, 'transferToFixedLength') as JSObject;
    assert.strictEqual(b.get(f, 'resizable'), false);
    assert.strictEqual(b.get(f, 'byteLength'), 6);
    b.throws(() => b.call(t, 'transfer'), 'TypeError');
  });

  it('accessors throw on a SharedArrayBuffer receiver', () => {
    const proto = b.realm.intrinsics['%ArrayBuffer.prototype%'];
    const getter = b.run(() => proto.GetOwnProperty('byteLength')!.get!);
    b.throws(() => b.apply(getter, b.new('SharedArrayBuffer', 1)), 'TypeError');
    b.throws(() => b.apply(getter, b.obj()), 'TypeError');
  });

  it('arrayBufferBytes returns a host copy', () => {
    const ab = b.new('ArrayBuffer', 3);
    b.set(b.new('Uint8Array', ab), '2', 255);
    const bytes = arrayBufferBytes(ab)!;
    assert.deepStrictEqual([...bytes], [0, 0, 255]);
    bytes[0] = 1;
    assert.deepStrictEqual(b.elems(b.new('Uint8Array', ab)), [0, 0, 255]);
    assert.strictEqual(arrayBufferBytes(b.obj()), undefined);
  });
});

describe('SharedArrayBuffer', () => {
  const b = new Bin();

  it('is registered with its prototype and tag', () => {
    const SAB = b.global('SharedArrayBuffer');
    assert.strictEqual(b.realm.intrinsics['%SharedArrayBuffer%'], SAB);
    assert.strictEqual(b.get(b.realm.intrinsics['%SharedArrayBuffer.prototype%'], WellKnown.toStringTag), 'SharedArrayBuffer');
    const sab = b.new('SharedArrayBuffer', 4);
    assert.strictEqual(b.get(sab, 'byteLength'), 4);
    assert.strictEqual(b.get(sab, 'growable'), false);
  });

  it('grow only grows, up to maxByteLength', () => {
    const sab = b.new('SharedArrayBuffer', 2, b.obj({ maxByteLength: 8 }));
    const u8 = b.new('Uint8Array', sab);
    b.set(u8, '1', 5);
    assert.strictEqual(b.get(sab, 'growable'), true);
    b.call(sab, 'grow', 6);
    assert.strictEqual(b.get(sab, 'byteLength'), 6);
    assert.deepStrictEqual(b.elems(u8), [0, 5, 0, 0, 0, 0]);
    assert.strictEqual(b.call(sab, 'grow', 6), undefined);
    b.throws(() => b.call(sab, 'grow', 4), 'RangeError');
    b.throws(() => b.call(sab, 'grow', 9), 'RangeError');
  });

  it('slice makes a new SharedArrayBuffer', () => {
    const sab = b.new('SharedArrayBuffer', 4);
    b.set(b.new('Uint8Array', sab), '2', 3);
    const s = b.call(sab, 'slice', 1) as JSObject;
    assert.strictEqual(b.get(s, WellKnown.toStringTag), 'SharedArrayBuffer');
    assert.deepStrictEqual(b.elems(b.new('Uint8Array', s)), [0, 3, 0]);
  });

  it('ArrayBuffer.prototype methods reject it and vice versa', () => {
    const abSlice = b.get(b.realm.intrinsics['%ArrayBuffer.prototype%'], 'slice') as JSObject;
    const sabSlice = b.get(b.realm.intrinsics['%SharedArrayBuffer.prototype%'], 'slice') as JSObject;
    b.throws(() => b.apply(abSlice, b.new('SharedArrayBuffer', 1) as Value), 'TypeError');
    b.throws(() => b.apply(sabSlice, b.new('ArrayBuffer', 1) as Value), 'TypeError');
  });
});
