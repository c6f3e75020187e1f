import * as assert from 'assert';
import { Bin } from './binary-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import { DetachArrayBuffer } from '../../../interpreter/intrinsics/ArrayBuffer';

describe('DataView', () => {
  const b = new Bin();

  it('is registered with its prototype, tag and methods', () => {
    const DV = b.global('DataView');
    const proto = b.realm.intrinsics['%DataView.prototype%'];
    assert.strictEqual(b.realm.intrinsics['%DataView%'], DV);
    assert.strictEqual(b.get(DV, 'prototype'), proto);
    assert.strictEqual(b.get(DV, 'length'), 1);
    assert.strictEqual(b.get(proto, WellKnown.toStringTag), 'DataView');
    for (const t of ['Int8', 'Uint8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float16', 'Float32', 'Float64', 'BigInt64', 'BigUint64']) {
      assert.strictEqual(b.get(b.get(proto, `get${t}`), 'length'), 1, t);
      assert.strictEqual(b.get(b.get(proto, `set${t}`), 'length'), 2, t);
    }
  });

  it('validates its arguments in spec order', () => {
    const ab = b.new('ArrayBuffer', 8);
    b.throws(() => b.apply(b.global('DataView'), undefined, ab), 'TypeError');
    b.throws(() => b.new('DataView', b.obj()), 'TypeError', 'First argument to DataView constructor must be an ArrayBuffer');
    b.throws(() => b.new('DataView', ab, -1), 'RangeError');
    b.throws(() => b.new('DataView', ab, 9), 'RangeError', 'Start offset 9 is outside the bounds of the buffer');
    b.throws(() => b.new('DataView', ab, 4, 5), 'RangeError', 'Invalid DataView length 5');
    const dv = b.new('DataView', ab, 2);
    assert.strictEqual(b.get(dv, 'byteOffset'), 2);
    assert.strictEqual(b.get(dv, 'byteLength'), 6);
    assert.strictEqual(b.get(dv, 'buffer'), ab);
    assert.strictEqual(b.get(b.new('DataView', b.new('SharedArrayBuffer', 4)), 'byteLength'), 4);
  });

  it('reads and writes every type, big-endian by default', () => {
    const dv = b.new('DataView', b.new('ArrayBuffer', 16));
    b.call(dv, 'setUint16', 0, 0x1234);
    assert.strictEqual(b.call(dv, 'getUint8', 0), 0x12);
    assert.strictEqual(b.call(dv, 'getUint16', 0, true), 0x3412);
    b.call(dv, 'setInt32', 0, -2, true);
    assert.strictEqual(b.call(dv, 'getInt32', 0, true), -2);
    assert.strictEqual(b.call(dv, 'getUint32', 0, true), 4294967294);
    b.call(dv, 'setFloat64', 1, Math.PI);
    assert.strictEqual(b.call(dv, 'getFloat64', 1), Math.PI);
    b.call(dv, 'setFloat32', 3, 0.1, true);
    assert.strictEqual(b.call(dv, 'getFloat32', 3, true), Math.fround(0.1));
    b.call(dv, 'setBigInt64', 8, -5n);
    assert.strictEqual(b.call(dv, 'getBigInt64', 8), -5n);
    assert.strictEqual(b.call(dv, 'getBigUint64', 8), 2n ** 64n - 5n);
    b.call(dv, 'setInt8', 0, 200);
    assert.strictEqual(b.call(dv, 'getInt8', 0), -56);
  });

  it('Float16 get/set with both byte orders', () => {
    const dv = b.new('DataView', b.new('ArrayBuffer', 4));
    b.call(dv, 'setFloat16', 0, 1.5);
    assert.strictEqual(b.call(dv, 'getUint16', 0), 0x3e00);
    assert.strictEqual(b.call(dv, 'getFloat16', 0), 1.5);
    b.call(dv, 'setFloat16', 2, -65504, true);
    assert.strictEqual(b.call(dv, 'getUint16', 2, true), 0xfbff);
    assert.strictEqual(b.call(dv, 'getFloat16', 2, true), -65504);
  });

  it('converts the value before checking bounds, and checks bounds', () => {
    const dv = b.new('DataView', b.new('ArrayBuffer', 4));
    const log: string[] = [];
    const v = b.obj({ valueOf: b.fn(() => { log.push('v'); return 1; }) });
    b.throws(() => b.call(dv, 'setInt32', 1, v), 'RangeError', 'Offset is outside the bounds of the DataView');
    assert.deepStrictEqual(log, ['v']);
    b.throws(() => b.call(dv, 'getInt8', 4), 'RangeError');
    b.throws(() => b.call(dv, 'getInt8', -1), 'RangeError');
    b.throws(() => b.call(dv, 'setBigInt64', 0, 1), 'TypeError');
    b.throws(() => b.apply(b.get(dv, 'getInt8') as JSObject, b.obj(), 0), 'TypeError');
  });

  it('detached buffers throw TypeErrors after index conversion', () => {
    const ab = b.new('ArrayBuffer', 4);
    const dv = b.new('DataView', ab);
    b.run(() => DetachArrayBuffer(ab));
    b.throws(() => b.call(dv, 'getInt8', 0), 'TypeError');
    b.throws(() => b.get(dv, 'byteLength'), 'TypeError');
    b.throws(() => b.get(dv, 'byteOffset'), 'TypeError');
    assert.strictEqual(b.get(dv, 'buffer'), ab);
    b.throws(() => b.call(dv, 'getInt8', -1), 'RangeError');
  });

  it('length-tracking views on resizable buffers', () => {
    const rab = b.new('ArrayBuffer', 4, b.obj({ maxByteLength: 8 }));
    const tracking = b.new('DataView', rab, 1);
    const fixed = b.new('DataView', rab, 1, 2);
    assert.strictEqual(b.get(tracking, 'byteLength'), 3);
    b.call(rab, 'resize', 8);
    assert.strictEqual(b.get(tracking, 'byteLength'), 7);
    b.call(tracking, 'setUint8', 6, 9);
    b.call(rab, 'resize', 2);
    assert.strictEqual(b.get(tracking, 'byteLength'), 1);
    b.throws(() => b.get(fixed, 'byteLength'), 'TypeError');
    b.call(rab, 'resize', 0);
    b.throws(() => b.get(tracking, 'byteLength'), 'TypeError');
  });
});
