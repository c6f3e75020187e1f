/**
 * node:buffer against the host node: each group is one program printing a line per case (the
 * value through util.inspect, or the error's name, code and message), run by ouro and by node.
 */
import * as assert from 'assert';
import { hostNode, runEval } from '../runtime/node-runtime';

const PRELUDE = String.raw`
const util = require('util');
const { Buffer: B } = require('buffer');
function t(label, f) {
  let line;
  try {
    const v = f();
    line = util.inspect(v, { depth: 4, breakLength: Infinity });
  } catch (e) {
    line = 'throws ' + (e && e.name) + ' ' + (e && e.code) + ' ' + (e && e.message);
  }
  console.log(label + ': ' + line);
}
process.on('warning', () => {});
`;

async function same(body: string): Promise<void> {
  const src = PRELUDE + body;
  const expected = hostNode(['-e', src]);
  const r = await runEval(src);
  const got = r.stdout.split('\n');
  const want = expected.split('\n');
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    assert.strictEqual(got[i], want[i], `line ${i + 1}${r.stderr ? `\nstderr: ${r.stderr}` : ''}`);
  }
}

describe('buffer', function () {
  this.timeout(60000);

  it('creates buffers as node does (from, alloc, allocUnsafe, of, concat, the deprecated call form)', () => same(String.raw`
    t('from str', () => B.from('héllo wörld'));
    t('from arr', () => B.from([1, 2, 256, -1, 1.5, 'x']));
    t('from ab', () => { const ab = new ArrayBuffer(8); return [B.from(ab, 2, 3).length, B.from(ab, 2).byteOffset]; });
    t('from ab oob', () => B.from(new ArrayBuffer(4), 5));
    t('from ab len oob', () => B.from(new ArrayBuffer(4), 1, 4));
    t('from ab NaN', () => B.from(new ArrayBuffer(4), 'x', -1).length);
    t('from valueOf', () => B.from({ valueOf() { return 'abc'; } }));
    t('from toPrimitive', () => B.from({ [Symbol.toPrimitive]() { return 'xyz'; } }, 'latin1'));
    t('from json', () => B.from({ type: 'Buffer', data: [1, 2, 3] }));
    t('from arraylike', () => B.from({ length: 2, 0: 7, 1: 8 }));
    t('from bad length', () => B.from({ length: 'x' }));
    t('from number', () => B.from(5));
    t('from null', () => B.from(null));
    t('from unknown enc', () => B.from('x', 'nope'));
    t('alloc fill', () => [B.alloc(5, 'ab'), B.alloc(4, 0x101), B.alloc(6, 'aGk=', 'base64'), B.alloc(3, B.from([9, 8]))]);
    t('alloc bad', () => B.alloc(-1));
    t('alloc str', () => B.alloc('5'));
    t('alloc big', () => B.alloc(2 ** 33));
    t('alloc bad fill', () => B.alloc(4, 'zz', 'hex'));
    t('alloc bad enc', () => B.alloc(4, 'a', 'nope'));
    t('allocUnsafe', () => [B.allocUnsafe(3).length, B.allocUnsafeSlow(10).byteOffset, B.allocUnsafe(0)]);
    t('of', () => B.of(1, 2, 300));
    t('concat', () => [B.concat([B.from('ab'), new Uint8Array([1, 2])]), B.concat([B.from('abc')], 5), B.concat([B.from('abc')], 2), B.concat([])]);
    t('concat bad', () => B.concat([B.from('a'), 'b']));
    t('concat not array', () => B.concat('x'));
    t('call form', () => [B('ab'), new B(3), B([1, 2]), B('aGk=', 'base64')]);
    t('call form bad', () => B(3, 'utf8'));
    t('isBuffer', () => [B.isBuffer(B.alloc(1)), B.isBuffer(new Uint8Array(1)), B.isBuffer(null)]);
    t('species', () => [B.from('abc').map((x) => x + 1), B.from('abcd').filter((x) => x > 98)]);
    t('protos', () => [Object.getPrototypeOf(B.prototype) === Uint8Array.prototype, B.from('a') instanceof B, B.prototype.constructor === B]);
    t('SlowBuffer', () => { const { SlowBuffer } = require('buffer'); return [SlowBuffer(3), new SlowBuffer(2).length, Object.getPrototypeOf(SlowBuffer) === Uint8Array]; });
    t('consts', () => { const b = require('buffer'); return [b.kMaxLength, b.kStringMaxLength, b.constants, b.INSPECT_MAX_BYTES, B.poolSize]; });
    t('keys', () => Object.keys(require('buffer')));
    t('atob', () => [require('buffer').atob === atob, require('buffer').btoa === btoa, atob(' aGk= '), btoa('hi')]);
    t('atob bad', () => atob('a'));
    t('btoa bad', () => btoa('\u0100'));
  `));

  it('encodes and decodes every encoding with node\'s handling of invalid input', () => same(String.raw`
    const strs = ['', 'abc', 'héllo', '\u20ac\ud83d\ude00', '\ud800x', 'x\udc00', '\u00ff\u0100', 'aGVsbG8', 'aGVsbG8=', 'a-_b', 'zz12', 'abc', '1', '12z4'];
    const encs = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'HEX'];
    for (const e of encs) for (const s of strs) t(e + ' ' + JSON.stringify(s), () => { const b = B.from(s, e); return [b, B.byteLength(s, e), b.toString(e)]; });
    const bytes = B.from([0x00, 0x7f, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xff, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0x41]);
    for (const e of encs) t('dec ' + e, () => [bytes.toString(e), bytes.toString(e, 3, 9), bytes.toString(e, -1, 100)]);
    t('dec odd ucs2', () => B.from([0x61, 0, 0x62]).toString('ucs2'));
    t('toString range', () => [bytes.toString('hex', 2.5, 4.9), bytes.toString('hex', '1', '3'), bytes.toString('hex', NaN, 2), bytes.toString('hex', 5, 2), bytes.toString(undefined, 0, 2)]);
    t('toString bad enc', () => bytes.toString('nope'));
    t('toString null enc', () => bytes.toString(null));
    t('byteLength', () => [B.byteLength('abc', 'nope'), B.byteLength(new ArrayBuffer(7)), B.byteLength(new Uint16Array(3)), B.byteLength('\u20ac')]);
    t('byteLength bad', () => B.byteLength(5));
    t('isEncoding', () => ['utf8', 'UTF-8', 'binary', 'Latin1', 'base64url', 'utf16le', 'utf-16LE', 'nope', '', null, 1].map((e) => B.isEncoding(e)));
    t('toJSON', () => [JSON.stringify(B.from('hi')), B.alloc(0).toJSON()]);
    t('base64 whitespace', () => B.from(' aG\nVs bG8 = ', 'base64'));
    t('base64url mix', () => B.from('-_+/', 'base64'));
    t('hex odd', () => [B.from('abc', 'hex'), B.from('0g', 'hex'), B.from('a', 'hex')]);
  `));

  it('reads and writes numbers with node\'s range errors', () => same(String.raw`
    const b = B.alloc(10);
    for (const m of ['UInt8', 'Int8', 'UInt16LE', 'UInt16BE', 'Int16LE', 'Int16BE', 'UInt32LE', 'UInt32BE', 'Int32LE', 'Int32BE', 'FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE']) {
      for (const v of [0, 1, -1, 127, 128, 255, 256, 65535, -32769, 2 ** 31, 2 ** 32, 1.5, NaN, Infinity, '7']) {
        t('write' + m + ' ' + v, () => [b['write' + m](v, 1), b['read' + m](1)]);
      }
      for (const o of [undefined, -1, 1.5, 9, 10, '1', null, NaN]) t('read' + m + ' @' + o, () => b['read' + m](o));
      for (const o of [-1, 1.5, 9, '1']) t('write' + m + ' @' + o, () => b['write' + m](1, o));
    }
    for (const n of [1, 2, 3, 4, 5, 6, 0, 7, 1.5, undefined]) {
      for (const m of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE']) {
        t('write' + m + n, () => [b['write' + m](-123456789, 0, n), b['read' + m](0, n)]);
        t('write' + m + n + ' max', () => [b['write' + m](2 ** (8 * n - 1) - 1, 0, n), b['read' + m](0, n)]);
        t('write' + m + n + ' over', () => b['write' + m](2 ** (8 * n), 0, n));
        t('read' + m + n + ' oob', () => b['read' + m](8, n));
        t('read' + m + n + ' no offset', () => b['read' + m](undefined, n));
      }
    }
    for (const m of ['BigInt64LE', 'BigInt64BE', 'BigUInt64LE', 'BigUInt64BE', 'BigUint64LE']) {
      for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), 2n ** 64n - 1n, 2n ** 64n, 5]) {
        t('write' + m + ' ' + v, () => [b['write' + m](v, 2), b['read' + m](2)]);
      }
      t('read' + m + ' oob', () => b['read' + m](3));
    }
    t('aliases', () => [B.prototype.readUint8 === B.prototype.readUInt8, B.prototype.writeUint32BE === B.prototype.writeUInt32BE]);
    t('empty read', () => B.alloc(0).readUInt8());
    t('empty write', () => B.alloc(0).writeUInt32LE(0));
  `));

  it('compares, copies, fills, searches and slices as node does', () => same(String.raw`
    const a = B.from('abcdefabc');
    t('compare', () => [B.compare(B.from('a'), B.from('b')), B.compare(B.from('b'), B.from('ab')), B.compare(B.from('ab'), B.from('ab')), B.compare(B.from('a'), B.from('ab'))]);
    t('compare bad', () => B.compare('a', B.from('b')));
    t('compare bad 2', () => B.compare(B.from('b'), 1));
    t('proto compare', () => [a.compare(B.from('def'), 0, 3, 3, 6), a.compare(B.from('x'), 0, 0), a.compare(B.from('x'), 0, 1, 2, 2), a.compare(B.from('abd'))]);
    t('proto compare bad', () => a.compare(B.from('x'), -1));
    t('proto compare bad end', () => a.compare(B.from('x'), 0, 5));
    t('proto compare bad type', () => a.compare(B.from('x'), '1'));
    t('equals', () => [a.equals(B.from('abcdefabc')), a.equals(new Uint8Array(2)), B.alloc(0).equals(B.alloc(0))]);
    t('equals bad', () => a.equals('abc'));
    t('copy', () => { const d = B.alloc(6); return [a.copy(d, 1, 2, 5), d, a.copy(d, 10), a.copy(d, 0, 8, 100), d, a.copy(d, '1', '2', '3'), d]; });
    t('copy overlap', () => { const d = B.from('abcdef'); d.copy(d, 2, 0, 4); return d; });
    t('copy bad', () => a.copy('x'));
    t('copy neg', () => a.copy(B.alloc(2), -1));
    t('copy bad source start', () => a.copy(B.alloc(2), 0, 100));
    t('copy bad source end', () => a.copy(B.alloc(2), 0, 0, -1));
    t('fill', () => [B.alloc(7).fill('abc'), B.alloc(5).fill('e282ac', 'hex'), B.alloc(5).fill('\u20ac', 1, 4), B.alloc(4).fill(B.from([1, 2, 3])), B.alloc(3).fill(''), B.alloc(3).fill(-1), B.alloc(4).fill('ab', 1, 'latin1'), B.alloc(3).fill(true), B.alloc(3).fill('\u0222', 'utf16le')]);
    t('fill bad hex', () => B.alloc(3).fill('zz', 'hex'));
    t('fill bad enc', () => B.alloc(3).fill('a', 'nope'));
    t('fill bad enc type', () => B.alloc(3).fill('a', 0, 1, 5));
    t('fill bad offset', () => B.alloc(3).fill('a', -1));
    t('fill bad end', () => B.alloc(3).fill(1, 0, 4));
    t('fill empty buf', () => B.alloc(3).fill(B.alloc(0)));
    t('indexOf', () => [a.indexOf('abc'), a.indexOf('abc', 1), a.indexOf('abc', -3), a.indexOf(98), a.indexOf(98 + 256), a.indexOf(B.from('fa')), a.indexOf('c', 'latin1'), a.indexOf(''), a.indexOf('', 20), a.indexOf('zz'), a.indexOf('YWJj', 0, 'base64'), a.indexOf('6566', 'hex'), a.indexOf('b', null), a.indexOf('b', {}), a.indexOf('b', []), a.indexOf(B.alloc(0), 3)]);
    t('lastIndexOf', () => [a.lastIndexOf('abc'), a.lastIndexOf('abc', 5), a.lastIndexOf('abc', -4), a.lastIndexOf(97), a.lastIndexOf('c', undefined), a.lastIndexOf('c', NaN), a.lastIndexOf('', 3), a.lastIndexOf(B.from('a'), -100)]);
    t('includes', () => [a.includes('def'), a.includes('xyz'), a.includes(102, 6)]);
    t('indexOf ucs2', () => { const u = B.from('abcdef', 'ucs2'); return [u.indexOf('cd', 'ucs2'), u.indexOf('d', 'utf16le'), u.lastIndexOf('b', 'ucs2')]; });
    t('indexOf bad', () => a.indexOf({}));
    t('indexOf bad enc', () => a.indexOf('a', 0, 'nope'));
    t('slice', () => [a.slice(1, 3), a.slice(-2), a.slice(5, 2), a.subarray(-100, 100).length, a.slice('1', '2'), a.slice(1.9, 3.1), a.slice(0, -1).toString()]);
    t('slice shares', () => { const s = a.slice(0, 1); s[0] = 122; const r = a.toString(); s[0] = 97; return r; });
    t('swap', () => [B.from([1, 2, 3, 4]).swap16(), B.from([1, 2, 3, 4]).swap32(), B.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64(), B.alloc(256).fill('ab').swap16().slice(0, 4)]);
    t('swap bad', () => B.from([1, 2, 3]).swap16());
    t('swap32 bad', () => B.from([1, 2]).swap32());
    t('swap64 bad', () => B.from([1, 2]).swap64());
    t('write', () => { const w = B.alloc(8); return [w.write('abc'), w.write('de', 3), w.write('ffff', 5, 'hex'), w.write('xyz', 6, 1), w.write('zz', 'latin1'), w.write('\u20ac', 7), w]; });
    t('write bad offset', () => B.alloc(2).write('a', 3));
    t('write bad length', () => B.alloc(2).write('a', 0, -1));
    t('write bad enc', () => B.alloc(2).write('a', 0, 1, 'nope'));
    t('write not string', () => B.alloc(2).write(1));
    t('parent offset', () => { const s = B.from('abc').subarray(1); return [s.parent === s.buffer, s.offset === s.byteOffset]; });
    t('iter', () => [[...B.from('ab')], [...B.from('ab').entries()], [...B.from('ab').keys()]]);
  `));

  it('does long fills, swaps and concatenations (the host-speed paths) as node does', () => same(String.raw`
    const big = (n) => B.alloc(n).fill('abcdefgh');
    t('fill numbers', () => [256.7, -1, NaN, 1.9, Infinity, 2 ** 40 + 3, -257.5].map((v) => { const b = B.alloc(300).fill(v, 1, 299); return [b[0], b[1], b[298], b[299]]; }));
    t('fill pattern', () => B.alloc(1000).fill('\u20ac!', 3, 997).toString('hex', 0, 20));
    t('swaps', () => [big(256).swap16().toString('latin1', 0, 8), big(256).swap32().toString('latin1', 0, 8), big(256).swap64().toString('latin1', 250)]);
    t('concat tail', () => { const b = B.concat([B.from('ab')], 5000); return [b.length, b[0], b[1], b[2], b[4999]]; });
    t('big strings', () => { const s = 'h\u00e9\u20ac\ud83d\ude00'.repeat(3000); const b = B.from(s); return [b.length, b.toString() === s, B.from(s, 'ucs2').toString('ucs2') === s, b.toString('base64').length, B.from(b.toString('hex'), 'hex').equals(b)]; });
  `));

  it('inspects buffers as node does', () => same(String.raw`
    const { INSPECT_MAX_BYTES } = require('buffer');
    t('inspect', () => [util.inspect(B.from('hi')), util.inspect(B.alloc(0)), util.inspect(B.alloc(51)), util.inspect(B.alloc(52))]);
    t('inspect extras', () => { const b = B.from('ab'); b.foo = 1; b[Symbol('s')] = 2; return [util.inspect(b), util.inspect(b, { showHidden: true })]; });
    t('inspect empty extras', () => { const b = B.alloc(0); b.x = 'y'; return util.inspect(b); });
    t('inspect max', () => { require('buffer').INSPECT_MAX_BYTES = 2; const r = util.inspect(B.from('abcd')); require('buffer').INSPECT_MAX_BYTES = INSPECT_MAX_BYTES; return r; });
    t('inspect max bad', () => { require('buffer').INSPECT_MAX_BYTES = -1; });
    t('nested', () => util.inspect({ a: B.from('x') }));
    t('format', () => util.format('%o %j', B.from('c'), B.from('d')));
    t('isUtf8', () => { const { isUtf8, isAscii } = require('buffer'); return [isUtf8(B.from('h\u20ac')), isUtf8(B.from([0xff])), isAscii(B.from('abc')), isAscii(B.from([0x80])), isUtf8(new ArrayBuffer(2))]; });
    t('isUtf8 bad', () => require('buffer').isUtf8('x'));
    t('transcode', () => require('buffer').transcode(B.from('h\u20ac'), 'utf8', 'ucs2'));
  `));

  it('has Blob and File (the globals), and resolveObjectURL', () => same(String.raw`
    const { Blob, File, resolveObjectURL } = require('buffer');
    const b = new Blob(['ab', new Uint8Array([99]), new Blob(['d']), new ArrayBuffer(1)], { type: 'Text/Plain' });
    t('blob', () => [b, b.size, b.type, Blob.length, Object.keys(Blob.prototype), Object.prototype.toString.call(b), Blob === globalThis.Blob]);
    t('blob depth', () => util.inspect([b], { depth: 0 }));
    t('file', () => { const f = new File(['x'], 'a\ud800.txt', { lastModified: '12', type: 'a/b' }); return [f, f.name, f.lastModified, f instanceof Blob, File.length, File === globalThis.File]; });
    t('bad sources', () => new Blob('abc'));
    t('bad endings', () => new Blob([], { endings: 'x' }));
    t('bad options', () => new Blob([], 5));
    t('file args', () => new File([]));
    t('this', () => Blob.prototype.size);
    t('slice', () => [b.slice(-2).size, b.slice(1, -1, 'A\u0100').type, b.slice(1, 3, 'X/Y').type, b.slice(3, 1).size]);
    t('endings', () => [new Blob(['a\nb\r\nc'], { endings: 'native' }).size, new Blob([1, {}, null]).size]);
    t('url', () => { const u = URL.createObjectURL(b); return [resolveObjectURL(u).size, resolveObjectURL('blob:nodedata:zz'), resolveObjectURL('x')]; });
    (async () => {
      t('text', () => 0);
      console.log(await b.text(), await b.slice(1, 3).text(), util.inspect(await b.arrayBuffer()));
      await Blob.prototype.text.call(1).catch((e) => console.log('text this', e.code));
    })();
  `));
});
