import * as assert from 'assert';
import { StringDecoder as HostDecoder } from 'string_decoder';
import { loadPure, guestEval, hostEval, type PureEnv } from './load-pure';

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Trace = (string | number | number[])[];

/** What the host decoder gives for a sequence of chunks: each write's string and state, then end(). */
function hostTrace(encoding: string, chunks: number[][]): Trace {
  const d = new HostDecoder(encoding as BufferEncoding);
  const out: Trace = [];
  for (const c of chunks) out.push(d.write(Buffer.from(c)), (d as any).lastNeed, (d as any).lastTotal, Array.from((d as any).lastChar as Buffer));
  out.push(d.end());
  return out;
}

const GUEST_TRACE = `(encoding, chunks) => {
  const { StringDecoder } = require('string_decoder');
  const d = new StringDecoder(encoding);
  const out = [];
  for (const c of chunks) out.push(d.write(new Uint8Array(c)), d.lastNeed, d.lastTotal, Array.from(d.lastChar));
  out.push(d.end());
  return out;
}`;

/** Interesting bytes for UTF-8 and UTF-16: ASCII, continuation bytes, lead bytes, surrogate halves. */
const BYTES = [0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x82, 0xac, 0x9f, 0x98, 0xd8, 0xdc, 0x3d, 0x00];

function randomCase(r: () => number): number[][] {
  const n = Math.floor(r() * 12);
  const bytes = Array.from({ length: n }, () => (r() < 0.8 ? BYTES[Math.floor(r() * BYTES.length)] : Math.floor(r() * 256)));
  const chunks: number[][] = [];
  let i = 0;
  while (i < bytes.length) {
    const k = 1 + Math.floor(r() * 4);
    chunks.push(bytes.slice(i, i + k));
    i += k;
  }
  if (r() < 0.2) chunks.splice(Math.floor(r() * (chunks.length + 1)), 0, []);
  return chunks;
}

describe('string_decoder', () => {
  let env: PureEnv;
  before(() => {
    env = loadPure();
  });

  function guestTraces(encoding: string, cases: number[][][]): Trace[] {
    return env.run(`${JSON.stringify(cases)}.map((c) => (${GUEST_TRACE})(${JSON.stringify(encoding)}, c))`) as Trace[];
  }

  for (const encoding of ['utf8', 'utf16le', 'base64', 'base64url', 'latin1', 'ascii', 'hex']) {
    it(`${encoding}: random chunked input decodes as Node decodes it, with the same lastNeed/lastTotal/lastChar`, () => {
      const r = rng(encoding.length * 977);
      const cases = Array.from({ length: 150 }, () => randomCase(r));
      const guest = guestTraces(encoding, cases);
      cases.forEach((c, i) => assert.deepStrictEqual(guest[i], hostTrace(encoding, c), `${encoding} ${JSON.stringify(c)}`));
    });
  }

  for (const pureOnly of [false, true]) {
    it(`long chunks of mixed text decode as in Node (${pureOnly ? 'own UTF-8 decoder' : 'the runtime\'s encoding binding'})`, () => {
      const e = pureOnly ? loadPure({ pureOnly: true }) : env;
      const r = rng(99);
      const text = Array.from({ length: 400 }, () => ['a', '\u00e9', '\u20ac', '\ud83d\ude00', ' ', '\u4e2d'][Math.floor(r() * 6)]).join('');
      const bytes = Array.from(Buffer.from(text));
      bytes.splice(50, 0, 0xff, 0xc3);
      const chunks: number[][] = [];
      for (let i = 0; i < bytes.length; i += 97) chunks.push(bytes.slice(i, i + 97));
      const guest = e.run(`${JSON.stringify([chunks])}.map((c) => (${GUEST_TRACE})('utf8', c))`) as Trace[];
      assert.deepStrictEqual(guest[0], hostTrace('utf8', chunks));
    });
  }

  it('decodes Node\'s documented examples (euro sign in pieces, split surrogate pairs)', () => {
    const cases: [string, number[][]][] = [
      ['utf8', [[0xe2], [0x82], [0xac]]],
      ['utf8', [[0xe2, 0x82], [0xac, 0x41]]],
      ['utf8', [[0xe1], [0x41]]],
      ['utf8', [[0xf0, 0x9f], [0x98], [0x80]]],
      ['utf8', [[0xc9, 0xb5, 0xa9], [0x41]]],
      ['utf8', [[0xe2, 0x82], [0xe2, 0x82, 0xac]]],
      ['utf16le', [[0x3d], [0xd8, 0x4d], [0xdc]]],
      ['utf16le', [[0x3d, 0xd8], [0x4d, 0xdc]]],
      ['utf16le', [[0x3d, 0xd8, 0x4d]]],
      ['base64', [[1, 2, 3, 4], [5]]],
      ['base64url', [[0xfb], [0xff, 0xbf]]],
    ];
    for (const [enc, chunks] of cases) {
      assert.deepStrictEqual(guestTraces(enc, [chunks])[0], hostTrace(enc, chunks), `${enc} ${JSON.stringify(chunks)}`);
    }
  });

  it('accepts encodings in any case and alias, with utf8 as the default', () => {
    const names = ['utf8', 'UTF-8', 'utf-8', 'ucs2', 'UCS-2', 'utf16le', 'UTF-16LE', 'binary', 'LATIN1', 'HEX', 'Base64', 'base64URL', 'ascii', null, undefined, ''];
    const src = `${JSON.stringify(names)}.map((n) => new (require('string_decoder').StringDecoder)(n === null ? undefined : n).encoding)`;
    assert.deepStrictEqual(guestEval(env, src), hostEval(src.replace("require('string_decoder')", "require('string_decoder')")));
  });

  it('throws Node\'s errors for unknown encodings, non-buffers and a wrong this', () => {
    for (const src of [
      `new (require('string_decoder').StringDecoder)(1)`,
      `new (require('string_decoder').StringDecoder)('test')`,
      `new (require('string_decoder').StringDecoder)('utf8').write(null)`,
      `new (require('string_decoder').StringDecoder)('utf8').write(5)`,
      `new (require('string_decoder').StringDecoder)('utf8').write({})`,
      `new (require('string_decoder').StringDecoder)('utf8').__proto__.write(new Uint8Array(1))`,
    ]) {
      assert.deepStrictEqual(guestEval(env, src), hostEval(src), src);
    }
  });

  it('write returns strings as they are; end accepts a last chunk; the decoder is reusable after end', () => {
    const src = `(() => { const d = new (require('string_decoder').StringDecoder)('utf8');
      return [d.write('abc'), d.write(new Uint8Array([0xe2])), d.end(new Uint8Array([0x82])), d.write(new Uint8Array([0x41])), d.end()]; })()`;
    assert.deepStrictEqual(guestEval(env, src), hostEval(src));
  });

  it('takes any ArrayBufferView (other typed arrays, DataView) by its bytes', () => {
    const src = `(() => { const d = new (require('string_decoder').StringDecoder)('utf16le');
      const u16 = new Uint16Array([0x41, 0xd83d, 0xde00]);
      return [d.write(u16), d.write(new DataView(new Uint8Array([0x42, 0, 0x43]).buffer, 0, 3)), d.end(), d.write(new Uint8Array([1,2,3,4]).subarray(1, 3))]; })()`;
    assert.deepStrictEqual(guestEval(env, src), hostEval(src));
  });

  it('text(buf, offset) forgets the incomplete character', () => {
    const src = `(() => { const d = new (require('string_decoder').StringDecoder)('utf8');
      return [d.write(new Uint8Array([0xe2])), d.text(new Uint8Array([0x41, 0x42, 0x43]), 1), d.end()]; })()`;
    assert.deepStrictEqual(guestEval(env, src), hostEval(src));
  });

  it('lastChar, lastNeed and lastTotal are enumerable accessors on the prototype; encoding is the only own enumerable key', () => {
    const src = `(() => { const { StringDecoder } = require('string_decoder');
      const d = Object.getOwnPropertyDescriptor(StringDecoder.prototype, 'lastNeed');
      return [Object.keys(new StringDecoder('hex')), typeof d.get, d.enumerable, d.configurable, Object.keys(StringDecoder.prototype)]; })()`;
    assert.deepStrictEqual(guestEval(env, src), hostEval(src));
  });
});
