import * as assert from 'assert';
import { Bin } from './binary-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { DetachArrayBuffer } from '../../../interpreter/intrinsics/ArrayBuffer';

describe('Uint8Array base64 and hex', () => {
  const b = new Bin();
  const U8 = b.global('Uint8Array');
  const bytes = (s: string) => [...Buffer.from(s)];

  it('toBase64 with both alphabets and optional padding', () => {
    const t = b.ta('Uint8Array', bytes('hello?>'));
    assert.strictEqual(b.call(t, 'toBase64'), Buffer.from('hello?>').toString('base64'));
    assert.strictEqual(b.call(b.ta('Uint8Array', [0xfb, 0xff]), 'toBase64', b.obj({ alphabet: 'base64url' })), '-_8=');
    assert.strictEqual(b.call(b.ta('Uint8Array', [0xfb, 0xff]), 'toBase64', b.obj({ omitPadding: true })), '+/8');
    assert.strictEqual(b.call(b.new('Uint8Array', 0), 'toBase64'), '');
    b.throws(() => b.call(t, 'toBase64', b.obj({ alphabet: 'other' })), 'TypeError');
    b.throws(() => b.call(t, 'toBase64', 1), 'TypeError');
    b.throws(() => b.apply(b.get(t, 'toBase64') as JSObject, b.new('Int8Array', 1)), 'TypeError');
    b.throws(() => b.apply(b.get(t, 'toBase64') as JSObject, b.new('Uint8ClampedArray', 1)), 'TypeError');
  });

  it('toHex', () => {
    assert.strictEqual(b.call(b.ta('Uint8Array', [0, 15, 16, 255]), 'toHex'), '000f10ff');
    const t = b.new('Uint8Array', 2);
    b.run(() => DetachArrayBuffer(b.get(t, 'buffer') as JSObject));
    b.throws(() => b.call(t, 'toHex'), 'TypeError');
  });

  it('fromBase64 decodes, skipping ASCII whitespace, with lastChunkHandling', () => {
    assert.deepStrictEqual(b.elems(b.call(U8, 'fromBase64', 'aGVs bG8=')), bytes('hello'));
    assert.deepStrictEqual(b.elems(b.call(U8, 'fromBase64', 'aGVsbG8')), bytes('hello'));
    assert.deepStrictEqual(b.elems(b.call(U8, 'fromBase64', '-_8', b.obj({ alphabet: 'base64url' }))), [0xfb, 0xff]);
    b.throws(() => b.call(U8, 'fromBase64', 'aGVsbG8', b.obj({ lastChunkHandling: 'strict' })), 'SyntaxError');
    assert.deepStrictEqual(b.elems(b.call(U8, 'fromBase64', 'aGVsbG8', b.obj({ lastChunkHandling: 'stop-before-partial' }))), bytes('hel'));
    b.throws(() => b.call(U8, 'fromBase64', 'aGVsbG9=', b.obj({ lastChunkHandling: 'strict' })), 'SyntaxError');
    b.throws(() => b.call(U8, 'fromBase64', 'a'), 'SyntaxError');
    b.throws(() => b.call(U8, 'fromBase64', 'aa=a'), 'SyntaxError');
    b.throws(() => b.call(U8, 'fromBase64', '-_8'), 'SyntaxError');
    b.throws(() => b.call(U8, 'fromBase64', 1), 'TypeError');
  });

  it('fromHex decodes pairs of hex digits', () => {
    assert.deepStrictEqual(b.elems(b.call(U8, 'fromHex', '00fF10')), [0, 255, 16]);
    b.throws(() => b.call(U8, 'fromHex', 'abc'), 'SyntaxError');
    b.throws(() => b.call(U8, 'fromHex', 'zz'), 'SyntaxError');
  });

  it('setFromBase64 writes what fits and reports read/written', () => {
    const t = b.new('Uint8Array', 4);
    const r = b.call(t, 'setFromBase64', 'aGVsbG8=') as JSObject;
    assert.strictEqual(b.get(r, 'read'), 4);
    assert.strictEqual(b.get(r, 'written'), 3);
    assert.deepStrictEqual(b.elems(t), [...bytes('hel'), 0]);
    // An error after some whole chunks still writes them.
    const u = b.new('Uint8Array', 8);
    b.throws(() => b.call(u, 'setFromBase64', 'aGVs*'), 'SyntaxError');
    assert.deepStrictEqual(b.elems(u).slice(0, 3), bytes('hel'));
  });

  it('setFromHex writes what fits and reports read/written', () => {
    const t = b.new('Uint8Array', 2);
    const r = b.call(t, 'setFromHex', 'aabbcc') as JSObject;
    assert.strictEqual(b.get(r, 'read'), 4);
    assert.strictEqual(b.get(r, 'written'), 2);
    assert.deepStrictEqual(b.elems(t), [0xaa, 0xbb]);
    const u = b.new('Uint8Array', 4);
    b.throws(() => b.call(u, 'setFromHex', 'aaxx'), 'SyntaxError');
    assert.deepStrictEqual(b.elems(u), [0xaa, 0, 0, 0]);
  });
});
