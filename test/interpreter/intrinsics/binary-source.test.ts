import * as assert from 'assert';
import { canEvaluate } from './binary-helpers';
import { createRealm } from '../../../interpreter';

/** Evaluates guest source in a fresh realm and returns the host copy. */
function run(src: string): unknown {
  return createRealm().evaluate(src);
}

/** Runs src and returns the guest error's "Name: message". */
function error(src: string): string {
  try {
    run(src);
  } catch (e: any) {
    return `${e.name}: ${e.message}`;
  }
  return 'no error';
}

(canEvaluate ? describe : describe.skip)('binary data through guest source', () => {
  it('typed arrays are iterable and spread', () => {
    assert.deepStrictEqual(run('[...new Uint8Array([1, 2, 300])]'), [1, 2, 44]);
    assert.deepStrictEqual(run('Array.from(new Int8Array([9, 8]).entries())'), [[0, 9], [1, 8]]);
    assert.strictEqual(run('Object.getPrototypeOf(new Int8Array(1).values()) === Object.getPrototypeOf([].values())'), true);
  });

  it('element access with number and string keys', () => {
    assert.deepStrictEqual(run('var t = new Int16Array(3); t[0] = 70000; t["1"] = -1; t[2.5] = 9; t[-0] += 1; [t[0], t[1], t[2], t[2.5], t["-0"]]'),
      [4465, -1, 0, undefined, undefined]);
    assert.deepStrictEqual(run('var t = new Uint8Array(2); t.foo = 1; t[5] = 1; [Object.keys(t), 5 in t, 1 in t, delete t[0], delete t[7]]'),
      [['0', '1', 'foo'], false, true, false, true]);
  });

  it('strict-mode writes past the end are silently ignored', () => {
    assert.strictEqual(run('"use strict"; var t = new Uint8Array(1); t[3] = 1; t[3]'), undefined);
  });

  it('subclasses keep their prototype through species-creating methods', () => {
    assert.deepStrictEqual(run(`
      class Bytes extends Uint8Array { sum() { return this.reduce((a, b) => a + b, 0); } }
      var b = Bytes.from([1, 2, 3]);
      var m = b.map(x => x * 2);
      [m instanceof Bytes, m.sum(), b.subarray(1) instanceof Bytes, b.slice(1).sum(), Bytes.BYTES_PER_ELEMENT]`),
    [true, 12, true, 5, 1]);
  });

  it('errors have V8 wording', () => {
    assert.strictEqual(error('Uint8Array(1)'), "TypeError: Constructor Uint8Array requires 'new'");
    assert.strictEqual(error('new Int32Array(new ArrayBuffer(8), 3)'), 'RangeError: start offset of Int32Array should be a multiple of 4');
    assert.strictEqual(error('new Uint8Array(-1)'), 'RangeError: Invalid typed array length: -1');
    assert.strictEqual(error('Uint8Array.prototype.fill.call([], 0)'), 'TypeError: this is not a typed array.');
    assert.strictEqual(error('new DataView(new ArrayBuffer(2)).getInt32(0)'), 'RangeError: Offset is outside the bounds of the DataView');
    assert.strictEqual(error('new (Object.getPrototypeOf(Int8Array))()'), 'TypeError: Abstract class TypedArray not directly constructable');
  });

  it('Object.freeze and seal on typed arrays', () => {
    assert.strictEqual(error('Object.freeze(new Uint8Array(1))').startsWith('TypeError'), true);
    assert.strictEqual(run('Object.isFrozen(Object.freeze(new Uint8Array(0)))'), true);
    assert.strictEqual(error('Object.preventExtensions(new Uint8Array(new ArrayBuffer(2, { maxByteLength: 4 })))').startsWith('TypeError'), true);
  });

  it('resizable buffers and length-tracking views', () => {
    assert.deepStrictEqual(run(`
      var rab = new ArrayBuffer(4, { maxByteLength: 12 });
      var all = new Uint16Array(rab);
      var fixed = new Uint16Array(rab, 0, 2);
      var out = [all.length, rab.resizable];
      rab.resize(10); out.push(all.length, fixed.length);
      rab.resize(2); out.push(all.length, fixed.length, fixed.byteOffset);
      out`), [2, true, 5, 2, 1, 0, 0]);
  });

  it('transfer detaches', () => {
    assert.deepStrictEqual(run(`
      var ab = new ArrayBuffer(4); var u = new Uint8Array(ab); u[0] = 7;
      var moved = ab.transfer(8);
      [ab.detached, ab.byteLength, u.length, new Uint8Array(moved)[0], moved.byteLength]`), [true, 0, 0, 7, 8]);
  });

  it('sorting, searching and copying', () => {
    assert.deepStrictEqual(run('Array.from(new Float64Array([3, -0, NaN, 0, -1]).sort()).map(x => Object.is(x, -0) ? "-0" : x)'),
      [-1, '-0', 0, 3, NaN]);
    assert.deepStrictEqual(run('Array.from(new Int8Array([1, 2, 3]).toSorted((a, b) => b - a))'), [3, 2, 1]);
    assert.deepStrictEqual(run('var t = new Int8Array([1, 2, 3, 4, 5]); t.copyWithin(1, 0, 3); Array.from(t)'), [1, 1, 2, 3, 5]);
    assert.deepStrictEqual(run('var t = new Int8Array([5, 6, 7]); [t.indexOf(6), t.lastIndexOf(5), t.includes(7), t.at(-1), t.findLast(x => x < 7)]'),
      [1, 0, true, 7, 6]);
    assert.strictEqual(run('new Uint8Array([1, 2]).toString()'), '1,2');
    assert.strictEqual(run('new Uint8Array([1, 2]).toString === Array.prototype.toString'), true);
  });

  it('set with overlapping views and conversions', () => {
    assert.deepStrictEqual(run(`
      var t = new Uint8Array([1, 2, 3, 4]);
      t.set(t.subarray(0, 3), 1);
      var f = new Float32Array(2); f.set([1.5, 257]);
      var u = new Uint8Array(2); u.set(f);
      [Array.from(t), Array.from(u)]`), [[1, 1, 2, 3], [1, 1]]);
  });

  it('BigInt arrays', () => {
    assert.deepStrictEqual(run('var b = new BigInt64Array([1n, -2n]); b[0] += 2n ** 63n; [b[0] < 0n, b.includes(-2n), typeof b[1]]'), [true, true, 'bigint']);
    assert.strictEqual(error('new BigInt64Array([1])').startsWith('TypeError'), true);
    assert.strictEqual(error('new BigUint64Array(2).fill(1)').startsWith('TypeError'), true);
  });

  it('DataView round trips in both byte orders', () => {
    assert.deepStrictEqual(run(`
      var dv = new DataView(new ArrayBuffer(24), 2);
      dv.setFloat64(0, Math.PI, true); dv.setInt16(8, -2); dv.setBigUint64(10, 2n ** 64n - 1n);
      [dv.getFloat64(0, true) === Math.PI, dv.getFloat64(0) === Math.PI, dv.getInt16(8), dv.getUint8(8), dv.getUint8(9), dv.byteLength, dv.getBigInt64(10)]`),
    [true, false, -2, 255, 254, 22, -1n]);
  });

  it('base64 and hex round trips', () => {
    assert.deepStrictEqual(run(`
      var u = Uint8Array.fromBase64('SGVsbG8sIHdvcmxkIQ==');
      [String.fromCharCode(...u), u.toBase64({ omitPadding: true }), u.toHex().slice(0, 6), Array.from(Uint8Array.fromHex('00ff'))]`),
    ['Hello, world!', 'SGVsbG8sIHdvcmxkIQ', '48656c', [0, 255]]);
    assert.strictEqual(error('Uint8Array.fromBase64("@@@@")').startsWith('SyntaxError'), true);
  });

  it('fuel is charged inside long built-in loops', () => {
    const realm = createRealm();
    assert.throws(() => realm.evaluate('new Uint8Array(1e6).map(x => x)', { fuel: 50_000 }), /fuel/);
    assert.throws(() => realm.evaluate('new Float64Array(1e6).sort()', { fuel: 50_000 }), /fuel/);
  });
});
