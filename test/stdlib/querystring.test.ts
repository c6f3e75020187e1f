import * as assert from 'assert';
import { loadPure, guestEval, hostEval, type PureEnv } from './load-pure';

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WONKY = ['__proto__=1', '__defineGetter__=asdf', 'foo=918854443121279438895193', 'foo=bar&foo=quux',
  'my+weird+field=q1%212%22%27w%245%267%2Fz8%29%3F', 'foo%3Dbaz=bar', 'foo=baz=bar', ' foo = bar ', 'foo=%zx', 'foo=%EF%BF%BD',
  'hasOwnProperty=x&toString=foo&valueOf=bar', 'foo&bar=baz', 'a=b&c&d=e', 'a=b&=c&d=e', 'a=b&=&c=d', '&&foo=bar&&', '&', '&&&&',
  '&=&', '&=&=', '=', '+', '+=', '+&', '=+', '+=&', 'a&&b', '&a', '&=', 'a&a&a&', 'a=&a=value&a=', 'foo+bar=baz+quux', 'a+', '=a+&',
  '%20+', '=%20+&', '%\u0100=%\u0101', 'a=%E0%A4%A', 'k%41y=v%4', '%=%%', 'a%2=b%2g', 'x=%C3%A9%C3', 'p=%F0%9F%98%80&q=%ED%A0%80',
  'a=1;b=2', 'a:1;b:2', 'foo&bar', 'a[]=1&a[]=2', 'e=\u00e9&f=\ud83d\ude00'];

function randomQueries(n: number, seed: number): string[] {
  const r = rng(seed);
  const alphabet = ['a', 'b', '=', '&', '+', '%', '2', '0', 'F', 'z', ';', ':', '==', '&&', '%41', '%E9', '%C3%A9', ' ', '\u00e9'];
  return Array.from({ length: n }, () => {
    let s = '';
    const k = Math.floor(r() * 10);
    for (let i = 0; i < k; i++) s += alphabet[Math.floor(r() * alphabet.length)];
    return s;
  });
}

describe('querystring', () => {
  let env: PureEnv;
  before(() => {
    env = loadPure();
  });

  function same(src: string): void {
    assert.deepStrictEqual(guestEval(env, src), hostEval(src), src);
  }

  describe('parse', () => {
    it('parses Node\'s test strings and random ones as Node does', () => {
      const inputs = [...WONKY, ...randomQueries(300, 5)];
      same(`${JSON.stringify(inputs)}.map((s) => Object.entries(require('querystring').parse(s)))`);
    });
    it('with custom and multi-character separators', () => {
      const inputs = [...WONKY, ...randomQueries(150, 9)];
      for (const [sep, eq] of [[';', ':'], ['&&', '=='], ['&', '&'], ['ab', 'b'], ['=', '&'], [null, '=='], ['', ''], ['[]', 'null']]) {
        same(`${JSON.stringify(inputs)}.map((s) => Object.entries(require('querystring').parse(s, ${JSON.stringify(sep)}, ${JSON.stringify(eq)})))`);
      }
      same(`[Object.entries(require('querystring').parse('a', [])), Object.entries(require('querystring').parse('a', null, []))]`);
    });
    it('returns a null-prototype object, and nothing for non-strings', () => {
      same(`[Object.getPrototypeOf(require('querystring').parse('a=1')), ...[undefined, null, 5, {}, ''].map((v) => Object.keys(require('querystring').parse(v)).length)]`);
    });
    it('honours maxKeys (0 and negatives for no limit, non-numbers ignored)', () => {
      const q = Array.from({ length: 1500 }, (_, i) => `k${i}=${i}`).join('&');
      same(`[1, 2, 0, -1, NaN, Infinity, '1', undefined].map((m) => Object.keys(require('querystring').parse(${JSON.stringify(q)}, null, null, { maxKeys: m })).length)`);
      same(`[Object.keys(require('querystring').parse('&a', null, null, { maxKeys: 1 })).length, Object.keys(require('querystring').parse('a=1&b=1&c=1', null, null, { maxKeys: 1 })).length]`);
    });
    it('calls a custom decodeURIComponent for every key and value, falling back to unescape when it throws', () => {
      same(`Object.entries(require('querystring').parse('a=a&b=b+c&c=%41', null, null, { decodeURIComponent: (s) => s + s }))`);
      same(`Object.entries(require('querystring').parse('a=a%41&b', null, null, { decodeURIComponent() { throw new Error('x'); } }))`);
      same(`Object.entries(require('querystring').parse('a=a&b=b&c=c', null, '==', { decodeURIComponent: (s) => s }))`);
    });
    it('uses an overridden querystring.unescape', () => {
      same(`(() => { const qs = require('querystring'); const prev = qs.unescape; qs.unescape = (s) => s.replace(/o/g, '_');
        try { return Object.entries(qs.parse('foo=bor')); } finally { qs.unescape = prev; } })()`);
    });
  });

  describe('stringify', () => {
    it('stringifies values of every type as Node does', () => {
      same(`(() => { const qs = require('querystring'); function F() {} F.prototype = { a: 'b' };
        return [qs.stringify({ a: 'b', n: 1, z: -0, f: -72.42, big: 1e21, nan: NaN, inf: Infinity, t: true, fl: false, nul: null, u: undefined,
          bi: 2n ** 70n, arr: ['x', 1, null], empty: [], o: {}, re: /./g, fn: () => {}, bo: new Boolean(true), d: new Date(0), e: F }),
          qs.stringify({ 'a b': 'c d', 'é': 'ü', emoji: '\\ud83d\\ude00', sym: "!-._~'()*", res: ';/?:@&=+$,#' }),
          qs.stringify(), qs.stringify(0), qs.stringify([]), qs.stringify(null), qs.stringify(true), qs.stringify('str'),
          qs.stringify([0n, 1n, 2n]), qs.stringify({ a: [1, 2], b: 3 }, ';', ':'), qs.stringify({ a: 1 }, '', '')]; })()`);
    });
    it('uses a custom encodeURIComponent for keys and values', () => {
      same(`[require('querystring').stringify({ aa: 'aa', bb: 'bb' }, null, null, { encodeURIComponent: (s) => s[0] }),
        require('querystring').stringify({ number: 1, bigint: 2n, true: true, false: false, object: {}, nan: NaN }, null, null, { encodeURIComponent: (v) => v })]`);
    });
    it('throws ERR_INVALID_URI (a URIError) for a lone surrogate at the end', () => {
      same(`require('querystring').stringify({ foo: '\\udc00' })`);
      same(`require('querystring').stringify({ foo: '\\udc00x' })`);
      same(`require('querystring').escape('\\ud800')`);
    });
  });

  describe('escape and unescape', () => {
    it('escape converts its argument to a string first', () => {
      same(`['a b', 5, null, undefined, { toString() { return 'é'; } }, [1, 2], true].map((v) => require('querystring').escape(v))`);
    });
    it('unescape decodes, falling back for malformed sequences', () => {
      same(`['there%20are', 'there%2Qare%0-fake%escaped values in%%%%this%9Hstring', '%20%21%22%23%24%25%26%27%28%29%2A%2B%2C%2D%2E%2F%30',
        '%%2a', '%2sf%2a', '%2%2af%2a', '%E9', '%C3%A9%C3', 'a+b', '%F0%9F%98%80', '%ED%A0%80'].map((s) => [require('querystring').unescape(s), require('querystring').unescape(s, true)])`);
    });
    it('unescapeBuffer gives the bytes', () => {
      same(`['%d3%f2Ug%1f6v%24%5e%98%cb%0d%ac%a2%2f%9d%eb%d8%a2%e6', 'a+b', 'a%', 'a%2', 'a%20', 'a%2g', 'a%%', '\\u0100'].map((s) => [Array.from(require('querystring').unescapeBuffer(s)), Array.from(require('querystring').unescapeBuffer(s, true))])`);
    });
    it('the module has Node\'s functions and aliases', () => {
      same(`(() => { const qs = require('querystring'); return [Object.keys(qs), qs.encode === qs.stringify, qs.decode === qs.parse]; })()`);
    });
  });

  it('round-trips random objects', () => {
    const r = rng(42);
    const vals = ['', 'a', 'a b', 'x=y&z', '%', '\u00e9', '+', '1'];
    const objs = Array.from({ length: 60 }, () => {
      const o: Record<string, string | string[]> = {};
      const k = Math.floor(r() * 4);
      for (let i = 0; i < k; i++) o[vals[Math.floor(r() * vals.length)] + i] = r() < 0.3 ? [vals[Math.floor(r() * vals.length)], 'b'] : vals[Math.floor(r() * vals.length)];
      return o;
    });
    same(`${JSON.stringify(objs)}.map((o) => { const s = require('querystring').stringify(o); return [s, Object.entries(require('querystring').parse(s))]; })`);
  });
});
