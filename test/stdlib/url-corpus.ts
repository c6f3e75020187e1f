/** Inputs for the URL tests: tricky fixed URLs and random ones made of URL pieces. */

export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = {
  scheme: ['http:', 'HTTPS:', 'file:', 'sc:', 'ws:', 'javascript:', 'mailto:', 'blob:', 'ftp:', '', '', 'a+b.c-d:', '1a:'],
  slashes: ['', '/', '//', '\\\\', '///', '/\\', '\\'],
  userinfo: ['', '', 'u@', 'u:p@', ':@', 'a@b@', '\u00fc:%@', 'x:y:z@', '@'],
  host: ['a.com', 'EXAMPLE.COM', '1.2.3.4', '0x7f.1', '[::1]', '[1:2::3:4.5.6.7]', '[::ffff:1.2.3.4]', '[1:0:0:2::3:0]', '\u00df.de',
    'xn--zca.de', '%41.com', 'a b', '', 'localhost', 'c:', 'C|', '999999999999', '1.2.3', 'a..b', 'foo.09', '0x', '0.0.0.0x100', '%zz',
    '\u3002a', 'A\u00adB', '[::1', 'x:y'],
  port: ['', '', ':', ':80', ':0080', ':65536', ':x', ':443', ':21', ':99999999999'],
  path: ['', '/', '/a/b', '/a/../b', '/./a', '/%2e%2E/x', '/a b', '/\u00e4', '/c:/x', '/C|/x', '\\x\\y', '/a/..', '/{}`^|', '/.%2e/',
    '//x', '/a/./', '/%2f', 'rel/p', '../up', '.', '/..'],
  query: ['', '', '?', '?a=1&b=2', "?q='x y#", '?\u00fc', '?%zz+'],
  frag: ['', '', '#', '#f', '#a b', '#\u00fc`', '#x#y'],
};

export function randomURLs(n: number, seed: number): string[] {
  const r = rng(seed);
  const pick = (a: string[]): string => a[Math.floor(r() * a.length)];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(pick(PIECES.scheme) + pick(PIECES.slashes) + pick(PIECES.userinfo) + pick(PIECES.host) + pick(PIECES.port) +
      pick(PIECES.path) + pick(PIECES.query) + pick(PIECES.frag));
  }
  return out;
}

export const FIXED_URLS = ['http://example.com/', '  http://a/\t\nb  ', 'http:/\\/a', 'https:example.org', 'http://user:pass@foo:21/bar;par?b#c',
  'non-special://test:@test/x', 'a:\t foo.com', 'http://f:0/c', 'http://f:00000000000000/c', 'http://f:b/c', 'http://[1::2]:3:4', 'http://2001::1]',
  'file:c:\\foo\\bar.html', '  File:c|////foo\\bar.html', 'file:///C:/../..', 'file://localhost/x', 'file://LOCALHOST/x', 'file:..', 'file:/example.com/',
  'file:///a:b/..', 'file:u:p@0x7f.1:21/.%2e/',
  'sc://\u00f1', 'sc://%/', 'sc://@/', 'sc://te@s:t@/', 'sc://:/', 'sc://:12/', 'sc://[/', 'sc://\\/', 'sc://]/', 'x', 'sc:\\../', 'sc::a@example.net',
  'sc://h/..', 'sc://h/a/..', 'sc:/x/../..', 'sc://h/.', 'sc:/./..',
  'http://www/foo%2Ehtml', 'http://a:b@c\\', 'ws:/', 'ws://', 'wss://h', 'data:text/html,test#test', 'javascript:/../', 'about:blank',
  'http://0x100.0.0.1', 'http://256.0.0.1', 'http://4294967295', 'http://4294967296', 'http://0xffffffff', 'http://1.2.3.09', 'http://09.2.3.4',
  'http://[0:0:0:0:0:0:13.1.68.3]', 'http://[::127.0.0.1.]', 'http://[1:2:3:4:5:6:7:8:9]', 'http://[0:1:0:1:0:1:0:1]', 'http://[1:0:0:1::]',
  'http://\u0000\u0001host', 'http://a\u200bb.com', 'http://%F0%9F%98%80.com', 'https://github.com/nodejs/\uD83D\uDE00node', 'https://x/\uD83D',
  'https://x/\uDE00node', 'http://example.com/\uD800\uDFFF?\uDC00#\uD800', 'blob:https://a:81/x', 'blob:file:///x', 'web+demo:/.//not-a-host/',
  'web+demo:/..//x', 'http://a/b/c/d;p?q', 'http://[www.google.com]/', 'http://foo:80/', 'ftp://foo:21/', 'https://foo:443/', 'ws://foo:81/',
  'http://\u00ad/', 'http://xn--/', 'http://a.xn--nxa', 'http://GOO\u200b\u2060\ufeffgoo.com', 'http://www.foo\u3002bar.com',
  'http://\uff10\uff38\uff43\uff10\uff0e\uff10\uff12\uff15\uff10\uff0e\uff10\uff11', 'http://\u4f60\u597d\u4f60\u597d', 'http://a.b.c.d.e',
  'http://1.2.3.4.5', 'http://1.2.3.4.', 'http://foo.0x4', 'http://foo.1.2.3.4', 'http://.', 'http://..', 'http:', 'https:/', 'http://?',
  'http://#', 'http://a?', 'http://a#', 'sc:/?', 'sc:?', 'sc:#', 'sc://a?b#c', '#x', '?q', '/abs', '', ' ', '\\\\server\\file',
  'http://a/%', 'http://a/%2', 'http://a/%zz', 'mailto:x@y.z', 'tel:+1 555', 'urn:isbn:096139210x', 'http://[::1]:80/', 'https://[::1]:443/', 'HTTP://[::]/',
  'a: b ?x', 'a: b #x', 'http://\u00e9.\u00e9', 'http://a_b.com', 'http://-x.com', 'http://x\u0301.com', 'http://\u0301x.com', 'http://\u05d0a.com',
  'http://\u0627\u0661.com', 'http://xn--ls8h.la', 'http://\ud83d\udca9.la'];

export const BASE_URLS: (string | undefined)[] = [undefined, 'http://example.org/foo/bar', 'file:///C:/x/y', 'file://h/p/q', 'sc://host/path/x',
  'http://a/b?c#d', 'not a url'];
