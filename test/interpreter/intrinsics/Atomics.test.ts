import * as assert from 'assert';
import { Bin } from './binary-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import { setupAtomics } from '../../../interpreter/intrinsics/Atomics';

describe('Atomics', () => {
  const b = new Bin();
  if (b.realm.intrinsics['%Atomics%'] === undefined) b.run(() => setupAtomics(b.realm));
  const A = b.realm.intrinsics['%Atomics%'];

  it('is a namespace tagged "Atomics"', () => {
    assert.strictEqual(b.get(A, WellKnown.toStringTag), 'Atomics');
    assert.ok(!A.isCallable);
    for (const [n, l] of [['add', 3], ['compareExchange', 4], ['load', 2], ['notify', 3], ['wait', 4], ['pause', 0]] as const) {
      assert.strictEqual(b.get(b.get(A, n), 'length'), l, n);
    }
  });

  it('read-modify-write operations return the old value', () => {
    const t = b.ta('Int32Array', [5, 0]);
    assert.strictEqual(b.call(A, 'add', t, 0, 3), 5);
    assert.strictEqual(b.call(A, 'sub', t, 0, 1), 8);
    assert.strictEqual(b.call(A, 'and', t, 0, 6), 7);
    assert.strictEqual(b.call(A, 'or', t, 0, 1), 6);
    assert.strictEqual(b.call(A, 'xor', t, 0, 2), 7);
    assert.strictEqual(b.call(A, 'exchange', t, 0, 42), 5);
    assert.strictEqual(b.call(A, 'load', t, 0), 42);
    assert.strictEqual(b.call(A, 'compareExchange', t, 0, 42, 1), 42);
    assert.strictEqual(b.call(A, 'compareExchange', t, 0, 42, 2), 1);
    assert.strictEqual(b.call(A, 'load', t, 0), 1);
    const u8 = b.ta('Uint8Array', [250]);
    assert.strictEqual(b.call(A, 'add', u8, 0, 10), 250);
    assert.strictEqual(b.call(A, 'load', u8, 0), 4);
    const big = b.ta('BigInt64Array', [1n]);
    assert.strictEqual(b.call(A, 'add', big, 0, 2n), 1n);
    assert.strictEqual(b.call(A, 'load', big, 0), 3n);
  });

  it('store returns the integer value', () => {
    const t = b.new('Int8Array', 1);
    assert.ok(Object.is(b.call(A, 'store', t, 0, -0), 0));
    assert.strictEqual(b.call(A, 'store', t, 0, 3.7), 3);
    assert.strictEqual(b.call(A, 'store', t, 0, 300), 300);
    assert.strictEqual(b.call(A, 'load', t, 0), 44);
  });

  it('rejects non-integer arrays and bad indices', () => {
    b.throws(() => b.call(A, 'add', b.new('Float64Array', 1), 0, 1), 'TypeError');
    b.throws(() => b.call(A, 'load', b.new('Uint8ClampedArray', 1), 0), 'TypeError');
    b.throws(() => b.call(A, 'load', b.obj(), 0), 'TypeError');
    b.throws(() => b.call(A, 'load', b.new('Int32Array', 1), 1), 'RangeError', 'Invalid atomic access index');
    b.throws(() => b.call(A, 'load', b.new('Int32Array', 1), -1), 'RangeError');
  });

  it('wait cannot block; notify on a non-shared array returns 0; isLockFree; pause', () => {
    const shared = b.new('Int32Array', b.new('SharedArrayBuffer', 8));
    b.throws(() => b.call(A, 'wait', shared, 0, 0, 0), 'TypeError');
    b.throws(() => b.call(A, 'wait', b.new('Int32Array', 2), 0, 0, 0), 'TypeError');
    assert.strictEqual(b.call(A, 'notify', b.new('Int32Array', 2), 0), 0);
    assert.strictEqual(b.call(A, 'notify', shared, 0), 0);
    assert.strictEqual(b.call(A, 'isLockFree', 4), true);
    assert.strictEqual(b.call(A, 'isLockFree', 3), false);
    assert.strictEqual(b.call(A, 'pause'), undefined);
    b.throws(() => b.call(A, 'pause', 1.5), 'TypeError');
  });

  it('waitAsync: not-equal and timed-out answer synchronously', () => {
    const shared = b.new('Int32Array', b.new('SharedArrayBuffer', 8));
    const r1 = b.call(A, 'waitAsync', shared, 0, 1) as JSObject;
    assert.strictEqual(b.get(r1, 'async'), false);
    assert.strictEqual(b.get(r1, 'value'), 'not-equal');
    const r2 = b.call(A, 'waitAsync', shared, 0, 0, 0) as JSObject;
    assert.strictEqual(b.get(r2, 'value'), 'timed-out');
    if (b.realm.intrinsics['%Promise%'] !== undefined) {
      const r3 = b.call(A, 'waitAsync', shared, 0, 0) as JSObject;
      assert.strictEqual(b.get(r3, 'async'), true);
      assert.strictEqual(b.call(A, 'notify', shared, 0), 1);
    }
  });
});
