import * as assert from 'assert';
import * as hostPath from 'path';
import { loadPure, guestEval, hostEval, type PureEnv } from './load-pure';

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['', '.', '..', '...', 'a', 'b.c', '.d', 'e.', 'f.g.h', '/', '//', '\\', '\\\\', 'C:', 'c:', 'C:\\', 'z:/',
  '//srv/share', '\\\\srv\\share\\', '\\\\.\\', '\\\\?\\', 'CON', 'con:', 'COM1:', 'LPT\xb9:', 'x:y', ':', 'İ', 'ß', ' ', '.a.'];

/** Random path-ish strings made of the pieces above, plus separators. */
function randomPaths(n: number, seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const k = Math.floor(r() * 5);
    for (let j = 0; j < k; j++) {
      s += PIECES[Math.floor(r() * PIECES.length)];
      const sep = r();
      if (sep < 0.4) s += '/';
      else if (sep < 0.6) s += '\\';
    }
    out.push(s);
  }
  return out;
}

const FIXED = ['', '/', '//', '///', '.', '..', '/..', '/../', './', 'a/', 'a//', '/a', '//a', '///a', 'a/b/c', '/a/b/c/',
  'a/../..', '../a/..', 'a/./b/.', '.bashrc', 'file.', 'file..', '..file', '.file.ext', 'a/b.c.d', '/a/b/..', '/foo/bar/baz/asdf/quux.html',
  'C:', 'C:\\', 'C:/', 'C:\\foo', 'C:foo', 'c:\\foo\\..\\..', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\dir\\file.txt',
  '//server/share/dir', '\\\\server', '\\\\.\\PHYSICALDRIVE0', '\\\\?\\C:\\x', '\\\\.\\pipe\\x', 'CON', 'CON:', 'CONx', 'con:x', 'a:b', '::',
  'COM1:..\\..', 'x:..\\..\\y', 'c:/ignore', 'file:stream', '\\foo\\', 'C:\\foo\\bar\\', 'foo\\bar.baz', '\\\\?\\UNC\\server\\share'];

const FUNCS = ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse', 'toNamespacedPath'];

describe('path', () => {
  let env: PureEnv;
  before(() => {
    env = loadPure({ platform: 'linux' });
  });

  function guest(src: string): unknown {
    return guestEval(env, src);
  }

  function same(src: string): void {
    assert.deepStrictEqual(guest(src), hostEval(src), src);
  }

  describe('agrees with Node on every function over many paths', () => {
    const inputs = [...FIXED, ...randomPaths(250, 7)];
    for (const flavour of ['posix', 'win32']) {
      for (const fn of FUNCS) {
        it(`${flavour}.${fn}`, () => {
          const src = `${JSON.stringify(inputs)}.map((p) => require('path').${flavour}.${fn}(p))`;
          assert.deepStrictEqual(guest(src), hostEval(src));
        });
      }
      it(`${flavour}.basename with a suffix`, () => {
        const pairs = inputs.slice(0, 120).map((p, i) => [p, ['', '.c', 'c', 'a', '.ext', 'b.c', p, `x${p}`][i % 8]]);
        const src = `${JSON.stringify(pairs)}.map(([p, s]) => require('path').${flavour}.basename(p, s))`;
        assert.deepStrictEqual(guest(src), hostEval(src));
      });
      it(`${flavour}.join, resolve and relative of pairs`, () => {
        const more = randomPaths(200, 11);
        const pairs = more.map((p, i) => [p, inputs[(i * 7) % inputs.length]]);
        for (const fn of ['join', 'resolve', 'relative']) {
          const src = `${JSON.stringify(pairs)}.map(([a, b]) => require('path').${flavour}.${fn}(a, b))`;
          assert.deepStrictEqual(guest(src), hostEval(src), fn);
        }
      });
      it(`${flavour}.join and resolve of many arguments`, () => {
        const r = rng(3);
        const lists = Array.from({ length: 80 }, () => randomPaths(Math.floor(r() * 6), Math.floor(r() * 1000)));
        for (const fn of ['join', 'resolve']) {
          const src = `${JSON.stringify(lists)}.map((l) => require('path').${flavour}.${fn}(...l))`;
          assert.deepStrictEqual(guest(src), hostEval(src), fn);
        }
      });
      it(`${flavour}.format round-trips parse and handles partial objects`, () => {
        const objs = [{ dir: 'a', base: 'b' }, { root: '/', base: 'x' }, { root: '/', dir: '/', base: 'x' }, { name: 'n', ext: 'e' },
          { name: 'n', ext: '.e' }, { dir: 'd', name: 'n', ext: '' }, {}, { root: 'C:\\', name: 'x' }, { base: '', name: 'y', ext: 'z' }];
        const src = `[...${JSON.stringify(objs)}.map((o) => require('path').${flavour}.format(o)),
          ...${JSON.stringify(FIXED)}.map((p) => require('path').${flavour}.format(require('path').${flavour}.parse(p)))]`;
        assert.deepStrictEqual(guest(src), hostEval(src));
      });
    }
  });

  describe('the module object', () => {
    it('is path.posix on POSIX, with posix/win32 cross-links and sep/delimiter', () => {
      same(`(() => { const p = require('path'); return [p === p.posix, p.posix.win32 === p.win32, p.win32.posix === p.posix,
        p.win32.win32 === p.win32, p.sep, p.delimiter, p.win32.sep, p.win32.delimiter, p._makeLong === p.toNamespacedPath]; })()`);
    });
    it('path/posix and path/win32 are path.posix and path.win32', () => {
      assert.deepStrictEqual(guest(`[require('path/posix') === require('path').posix, require('path/win32') === require('path').win32]`), { value: [true, true] });
    });
    it('has the same own keys as Node', () => {
      same(`Object.keys(require('path')).sort()`);
      same(`Object.keys(require('path').win32).sort()`);
    });
    it('is the win32 flavour when the platform is win32', () => {
      const w = loadPure({ platform: 'win32' });
      assert.deepStrictEqual(guestEval(w, `require('path') === require('path').win32`), { value: true });
    });
    it("win32.resolve uses the drive's cwd from the environment (=d:)", () => {
      const w = loadPure({ platform: 'win32', env: { '=d:': 'D:\\work\\dir' } });
      assert.deepStrictEqual(guestEval(w, `require('path').win32.resolve('d:x', 'y')`), { value: 'd:\\work\\dir\\x\\y' });
    });
  });

  describe('validation', () => {
    const bad = ['1', 'null', 'undefined', '{}', '[]', 'true', '() => {}', 'Symbol("s")', '10n'];
    for (const fn of ['join', 'resolve', 'normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'relative']) {
      it(`${fn} throws ERR_INVALID_ARG_TYPE for non-strings`, () => {
        for (const flavour of ['posix', 'win32']) {
          for (const b of bad) {
            const args = fn === 'relative' ? `'a', ${b}` : fn === 'resolve' || fn === 'join' ? `'a', ${b}` : b;
            const src = `require('path').${flavour}.${fn}(${args})`;
            const g = guest(src) as { error?: { code: string; name: string } };
            const h = hostEval(src) as { error?: { code: string; name: string } };
            assert.deepStrictEqual(g.error?.code, h.error?.code, src);
            assert.deepStrictEqual(g.error?.name, h.error?.name, src);
          }
        }
      });
    }
    it('names the argument as Node does', () => {
      for (const src of [`require('path').resolve('a', 1)`, `require('path').join('a', 1)`, `require('path').basename('a', 1)`,
        `require('path').relative(1, 'a')`, `require('path').relative('a', 1)`, `require('path').dirname(null)`, `require('path').format(null)`,
        `require('path').format('x')`]) {
        const g = guest(src) as { error: { message: string } };
        const h = hostEval(src) as { error: { message: string } };
        assert.strictEqual(g.error.message, h.error.message, src);
      }
    });
    it('toNamespacedPath passes non-strings through', () => {
      same(`[require('path').win32.toNamespacedPath(1), require('path').win32.toNamespacedPath(null), require('path').posix.toNamespacedPath(5)]`);
    });
  });

  describe('matchesGlob', () => {
    it('matches *, **, ?, [] and {} patterns as Node does', () => {
      const cases = [['a/b.js', '**/*.js'], ['a/b/c.js', 'a/**/c.js'], ['a/c.js', 'a/**/c.js'], ['x.ts', '*.js'], ['ab', 'a?'],
        ['a/b', 'a?b'], ['.hidden', '*'], ['a/.b/c', 'a/**/c'], ['b.js', '{a,b}.js'], ['c.js', '{a,b}.js'], ['x1', 'x[0-9]'], ['xa', 'x[!0-9]']];
      const src = `${JSON.stringify(cases)}.map(([p, g]) => require('path').matchesGlob(p, g))`;
      assert.deepStrictEqual(guest(src), hostEval(src));
    });
  });

  it('the host agrees with itself (sanity)', () => {
    assert.strictEqual(hostPath.posix.join('a', 'b'), 'a/b');
  });
});
