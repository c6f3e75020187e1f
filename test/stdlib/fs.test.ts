/**
 * stdlib/fs: the sync, callback and promise APIs, errors, validation, Dirents, Dir, FileHandle and
 * the streams, compared with the host node: each program runs as `ouro -e` and as `node -e` in a
 * fresh empty folder (its cwd), and their outputs must be equal. Programs print relative paths
 * only, so both runs print the same.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runEval, hostNode } from '../runtime/node-runtime';
import { Permissions } from '../../runtime/permissions';

const PRELUDE = String.raw`
  const fs = require('fs');
  const fsp = require('fs/promises');
  const log = (...a) => console.log(a.map((x) => typeof x === 'string' ? x : require('util').inspect(x, { depth: 4 })).join(' '));
  const err = (e) => e ? [e.name, e.code, e.message, e.syscall, e.path, e.dest, e.errno].filter((x) => x !== undefined).join(' | ') : String(e);
  const check = (f) => { try { return f(); } catch (e) { return 'throws ' + err(e); } };
  process.on('warning', (w) => log('warning', w.name, w.code, w.message));
`;

interface Case { name: string; src: string }

const cases: Case[] = [
  {
    name: 'open flags (strings and numbers), write and read at positions, sync',
    src: `
      const fd = fs.openSync('a.txt', 'w+');
      log(fs.writeSync(fd, 'hello world'), fs.writeSync(fd, Buffer.from('HE'), 0, 2, 0), fs.writeSync(fd, 'é', null, 'latin1'));
      const b = Buffer.alloc(16);
      log(fs.readSync(fd, b, 0, 16, 0), b.toString('latin1'));
      log(fs.readSync(fd, b, { position: 6, length: 5 }), b.subarray(0, 5).toString());
      log(fs.readSync(fd, b, { position: 100 }), fs.readSync(fd, b, 0, 0, 0));
      fs.closeSync(fd);
      const fd2 = fs.openSync('a.txt', fs.constants.O_RDONLY);
      log(fs.readFileSync(fd2, 'utf8').length, fs.fstatSync(fd2).size);
      fs.closeSync(fd2);
      log(check(() => fs.closeSync(fd2)));
      for (const flag of ['r', 'r+', 'a', 'ax', 'wx', 'x', 'rr']) log(flag, check(() => { const f = fs.openSync('a.txt', flag); fs.closeSync(f); return 'ok'; }));
      log(check(() => fs.openSync('missing/x.txt', 'r')));
      log(check(() => fs.openSync('a.txt', 'r', 'abc')));
    `,
  },
  {
    name: 'read and write argument forms and validation',
    src: `
      fs.writeFileSync('x.txt', 'xyz');
      const fd = fs.openSync('x.txt', 'r+');
      const b = Buffer.alloc(4);
      for (const args of [[b, -1, 1, 0], [b, 0, 5, 0], [b, 0, 1, -2], [b, 0, 1, 1.5], [b, 0, 1, 'x'], [b, 0, 1, 2n ** 63n],
        [b, 'x'], [b, { offset: 5 }], [Buffer.alloc(0), 0, 1, 0], ['str', 0, 1, 0], [b, null]])
        log(check(() => fs.readSync(fd, ...args)));
      log(check(() => fs.readSync(-1, b)), check(() => fs.readSync('1', b)), check(() => fs.readSync(2 ** 31, b)));
      log(check(() => fs.writeSync(fd, b, -1)), check(() => fs.writeSync(fd, b, 0, 10)), check(() => fs.writeSync(fd, {})), check(() => fs.writeSync(fd, 'ab', 0, 'nope')));
      log(check(() => fs.read(fd, b, 0, 1, 0)), check(() => fs.write(fd, b, 0, 1, 0)));
      fs.read(fd, (e, n, buf) => {
        log('read(fd, cb)', e, n, buf.length);
        fs.read(fd, { buffer: b, position: 0 }, (e, n, buf) => {
          log('read(fd, params, cb)', e, n, buf === b, b.toString('latin1', 0, n));
          fs.read(fd, b, { position: 1, length: 2 }, (e, n) => {
            log('read(fd, buf, options, cb)', e, n, b.toString('latin1', 0, n));
            fs.write(fd, 'Q', 0, (e, n, s) => {
              log('write string', e, n, s);
              fs.write(fd, Buffer.from('RS'), (e, n) => {
                log('write buffer', e, n, fs.readFileSync('x.txt', 'utf8'));
                fs.close(fd, (...a) => log('close', a));
              });
            });
          });
        });
      });
    `,
  },
  {
    name: 'readv and writev: sync, callback and promisified',
    src: `
      const fd = fs.openSync('v.txt', 'w+');
      log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd')]), fs.writevSync(fd, [Buffer.from('Z')], 0), fs.writevSync(fd, []));
      const bufs = [Buffer.alloc(1), Buffer.alloc(2), Buffer.alloc(5)];
      log(fs.readvSync(fd, bufs, 0), bufs.map(String));
      log(check(() => fs.readvSync(fd, 'x')), check(() => fs.writevSync(fd, [1])));
      fs.writev(fd, [Buffer.from('12')], 4, (e, n, b) => {
        log('writev', e, n, b.length);
        fs.readv(fd, [Buffer.alloc(6)], 0, async (e, n, b) => {
          log('readv', e, n, String(b[0]));
          const { promisify } = require('util');
          log(await promisify(fs.readv)(fd, [Buffer.alloc(3)], 1));
          log(await promisify(fs.writev)(fd, [Buffer.from('!')], 6));
          log(await promisify(fs.read)(fd, Buffer.alloc(2), 0, 2, 0));
          fs.closeSync(fd);
        });
      });
    `,
  },
  {
    name: 'errors as node gives them (uvException)',
    src: `
      fs.mkdirSync('d');
      fs.writeFileSync('f', '');
      log(check(() => fs.readFileSync('nope')));
      log(check(() => fs.readFileSync('d')));
      log(check(() => fs.renameSync('nope', 'other')));
      log(check(() => fs.linkSync('nope', 'other')));
      log(check(() => fs.copyFileSync('f', 'f', fs.constants.COPYFILE_EXCL)));
      log(check(() => fs.copyFileSync('f', 'g', 8)));
      log(check(() => fs.rmdirSync('f')), check(() => fs.unlinkSync('d')), check(() => fs.mkdirSync('d')));
      log(check(() => fs.readdirSync('f')), check(() => fs.statSync('nope')), fs.statSync('nope', { throwIfNoEntry: false }));
      log(check(() => fs.accessSync('nope')), check(() => fs.accessSync('f', 8)), fs.existsSync('f'), fs.existsSync('nope'), fs.existsSync({}));
      log(check(() => fs.readFileSync(5)), check(() => fs.readFileSync({})), check(() => fs.readFileSync('a\\0b')));
      log(check(() => fs.readFileSync('f', { encoding: 'nope' })), check(() => fs.readFileSync('f', 42)));
      fs.readFile('nope', (e) => log('async', err(e)));
      fs.stat('nope', (e) => log('async', err(e)));
      log(check(() => fs.stat('f')), check(() => fs.close(0, 'cb')));
    `,
  },
  {
    name: 'stat, lstat, fstat and statfs: Stats, BigIntStats, file types',
    src: `
      fs.writeFileSync('f', 'abc');
      fs.mkdirSync('d');
      fs.symlinkSync('f', 'l');
      const s = fs.statSync('f');
      log(s.constructor.name, s.isFile(), s.isDirectory(), s.size, typeof s.mtimeMs, s.mtime instanceof Date, s.nlink);
      const b = fs.statSync('f', { bigint: true });
      log(b.constructor.name, b.isFile(), typeof b.size, b.size, typeof b.mtimeNs, b.mtimeNs / 1000000n === b.mtimeMs, Number(b.ino) === s.ino);
      log(fs.lstatSync('l').isSymbolicLink(), fs.statSync('l').isSymbolicLink(), fs.statSync('d').isDirectory());
      const fd = fs.openSync('f');
      log(fs.fstatSync(fd).size, typeof fs.fstatSync(fd, { bigint: true }).size);
      fs.fstat(fd, (e, st) => { log('fstat', e, st.size); fs.closeSync(fd); });
      fs.stat('d', { bigint: true }, (e, st) => log('stat', e, st.isDirectory(), typeof st.dev));
      fs.lstat('l', (e, st) => log('lstat', e, st.isSymbolicLink()));
      const sf = fs.statfsSync('.');
      log(sf.constructor.name, Object.keys(sf), typeof fs.statfsSync('.', { bigint: true }).bsize);
      fs.utimesSync('f', 1000, new Date(2000000));
      log(fs.statSync('f').atimeMs, fs.statSync('f').mtimeMs);
      log(check(() => fs.utimesSync('f', 'x', 1)));
    `,
  },
  {
    name: 'readdir: names, Dirents, encodings, recursive; opendir and Dir',
    src: `
      fs.mkdirSync('d/e/f', { recursive: true });
      fs.writeFileSync('d/a.txt', '');
      fs.writeFileSync('d/e/b.txt', '');
      fs.symlinkSync('a.txt', 'd/link');
      log(fs.readdirSync('d').sort());
      log(fs.readdirSync('d', { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1).map((d) => [d.name, d.path, d.parentPath, d.isFile(), d.isDirectory(), d.isSymbolicLink()]));
      log(fs.readdirSync('d', 'buffer').sort(Buffer.compare), fs.readdirSync('d', { encoding: 'hex' }).sort());
      log(fs.readdirSync('d', { recursive: true }).sort());
      log(fs.readdirSync('d', { recursive: true, withFileTypes: true }).map((d) => d.path + ':' + d.name).sort());
      fs.readdir('d', { withFileTypes: true }, (e, list) => log('readdir', e, list.length, list[0] instanceof fs.Dirent));
      const dir = fs.opendirSync('d');
      const names = [];
      let ent;
      while ((ent = dir.readSync()) !== null) names.push(ent.name + ':' + ent.isDirectory());
      log(dir.path, names.sort());
      dir.closeSync();
      log(check(() => dir.closeSync()), check(() => dir.readSync()));
      (async () => {
        const seen = [];
        for await (const d of await fsp.opendir('d/e', { bufferSize: 1 })) seen.push(d.name);
        log('async dir', seen.sort());
        fs.opendir('nope', (e) => log('opendir', err(e)));
        const d2 = fs.opendirSync('d');
        d2.read((e, first) => { log('read cb', e, typeof first.name); d2.close((e) => log('closed', e)); });
      })();
    `,
  },
  {
    name: 'mkdir recursive, mkdtemp, rm and rmdir with their warnings and errors',
    src: `
      log(fs.mkdirSync('a/b/c', { recursive: true }) === require('path').resolve('a'), fs.mkdirSync('a/b', { recursive: true }));
      log(check(() => fs.mkdirSync('a', { recursive: 'yes' })), check(() => fs.mkdirSync('z', { mode: 'x' })));
      fs.writeFileSync('file', '');
      log(check(() => fs.mkdirSync('file/x', { recursive: true })));
      const t = fs.mkdtempSync('tmp-');
      log(t.startsWith('tmp-'), t.length, fs.statSync(t).isDirectory());
      log(check(() => fs.rmSync('a')), check(() => fs.rmSync('nope')), fs.rmSync('nope', { force: true }));
      log(check(() => fs.rmdirSync('a')), check(() => fs.rmSync('a', { recursive: 1 })));
      log(check(() => fs.rmdirSync('file', { recursive: true })));
      fs.rmdirSync('a', { recursive: true });
      log(fs.existsSync('a'));
      fs.mkdirSync('b/c', { recursive: true });
      fs.rm('b', (e) => log('rm dir', err(e)));
      fs.rm('b', { recursive: true }, (e) => log('rm recursive', e, fs.existsSync('b')));
      fs.mkdtemp('x-', (e, p) => log('mkdtemp', e, p.startsWith('x-')));
    `,
  },
  {
    name: 'links, realpath and readlink (with the buffer encoding), copyFile, rename, truncate, chmod',
    src: `
      fs.writeFileSync('f', 'data');
      fs.symlinkSync('f', 'l');
      fs.linkSync('f', 'h');
      log(fs.readlinkSync('l'), fs.readlinkSync('l', 'buffer'), fs.statSync('h').nlink);
      log(fs.realpathSync('l') === require('path').resolve('f'), Buffer.isBuffer(fs.realpathSync('l', { encoding: 'buffer' })), typeof fs.realpathSync.native, typeof fs.realpath.native);
      log(check(() => fs.symlinkSync('f', 'l2', 'nope')), check(() => fs.readlinkSync('f')));
      fs.copyFileSync('f', 'c', fs.constants.COPYFILE_EXCL);
      log(fs.readFileSync('c', 'utf8'), check(() => fs.copyFileSync('f', 'c', fs.constants.COPYFILE_EXCL)));
      fs.renameSync('c', 'c2');
      fs.truncateSync('c2', 2);
      log(fs.readFileSync('c2', 'utf8'), check(() => fs.truncateSync('c2', 'x')));
      fs.chmodSync('c2', 0o600);
      log((fs.statSync('c2').mode & 0o777).toString(8), check(() => fs.chmodSync('c2', 'z')));
      fs.readlink('l', 'buffer', (e, p) => log('readlink', e, p));
      fs.copyFile('f', 'c3', (e) => log('copyFile', e, fs.readFileSync('c3', 'utf8')));
      fs.access('f', fs.constants.R_OK, (e) => log('access', e));
      fs.exists('f', (x) => {
        log('exists', x);
        fs.realpath('l', (e, p) => log('realpath', e, p === require('path').resolve('f')));
      });
    `,
  },
  {
    name: 'cp and cpSync: recursion, filters, node\'s SystemErrors',
    src: `
      fs.mkdirSync('s/d', { recursive: true }); fs.writeFileSync('s/d/f', 'x'); fs.writeFileSync('s/g', 'y');
      fs.symlinkSync('g', 's/link');
      log(check(() => fs.cpSync('s', 't')));
      fs.cpSync('s', 't', { recursive: true });
      log(fs.readdirSync('t', { recursive: true }).sort(), fs.readlinkSync('t/link') === require('path').resolve('s/g'));
      log(check(() => fs.cpSync('s', 's/d/x', { recursive: true })), check(() => fs.cpSync('s/g', 's/g')));
      log(check(() => fs.cpSync('s/g', 't/g', { force: false, errorOnExist: true })), check(() => fs.cpSync('s', 'q', { filter: async () => true })));
      fs.cpSync('s', 'v', { recursive: true, filter: (src) => !src.endsWith('g') });
      log(fs.readdirSync('v', { recursive: true }).sort());
      log(check(() => fs.cpSync('s', 'w', { recursive: 1 })), check(() => fs.cpSync('s', 'w', { dereference: true, verbatimSymlinks: true })));
      fs.cp('s', 'u', { recursive: true, filter: async (src) => !src.endsWith('f') }, (e) => {
        log('cp', e, fs.readdirSync('u', { recursive: true }).sort());
        fsp.cp('s/g', 'u/g2').then(() => log('promises.cp', fs.readFileSync('u/g2', 'utf8')));
      });
    `,
  },
  {
    name: 'readFile, writeFile, appendFile: encodings, flags, fds, AbortSignal',
    src: `
      fs.writeFileSync('w.txt', 'héllo', 'latin1');
      log(fs.readFileSync('w.txt'), fs.readFileSync('w.txt', 'latin1'), fs.readFileSync('w.txt', { encoding: 'base64' }));
      fs.appendFileSync('w.txt', Buffer.from('!'));
      fs.writeFileSync('w.txt', new Uint16Array([0x4142]), { flag: 'a' });
      log(fs.readFileSync('w.txt', 'latin1'));
      log(check(() => fs.writeFileSync('w.txt', 42)), check(() => fs.writeFileSync('w.txt', 'x', { flag: 'wx' })));
      const fd = fs.openSync('w.txt', 'r');
      log(fs.readFileSync(fd, 'latin1').length);
      fs.closeSync(fd);
      const ac = new AbortController();
      fs.writeFile('ab.txt', 'data', { signal: ac.signal }, (e) => log('aborted write', err(e)));
      ac.abort();
      fs.readFile('w.txt', { signal: AbortSignal.abort() }, (e) => log('aborted read', err(e)));
      fs.writeFile('cb.txt', 'one', (e) => {
        log('writeFile', e);
        fs.appendFile('cb.txt', 'two', (e) => {
          log('appendFile', e);
          fs.readFile('cb.txt', 'utf8', (e, d) => log('readFile', e, d));
        });
      });
    `,
  },
  {
    name: 'fs.promises and FileHandle',
    src: `
      (async () => {
        log(require('fs').promises === fsp, Object.keys(fsp).sort().join());
        const h = await fsp.open('p.txt', 'w+');
        log(h.constructor.name, typeof h.fd, h instanceof require('events'));
        log(await h.write('hello'), await h.write(Buffer.from('XY'), 0, 2, 0));
        log(await h.writev([Buffer.from('a'), Buffer.from('b')], 5));
        log(await h.read(Buffer.alloc(3), 0, 3, 0), (await h.read({ buffer: Buffer.alloc(2), position: 1 })).bytesRead);
        log(await h.read(Buffer.alloc(4), { position: 3 }), await h.readv([Buffer.alloc(2), Buffer.alloc(2)], 0));
        log((await h.stat()).size, await h.truncate(3), (await h.stat({ bigint: true })).size);
        await h.writeFile('new');
        await h.appendFile('+');
        log(await fsp.readFile('p.txt', 'utf8'), await h.readFile({ encoding: 'utf8' }));
        h.on('close', () => log('close event'));
        await h.sync(); await h.datasync(); await h.chmod(0o644); await h.utimes(1, 2);
        await h.close();
        log(h.fd, await h.close(), await h.stat().catch(err));
        const h2 = await fsp.open('p.txt');
        log('disposable', (await h2.readFile('utf8')), typeof h2[Symbol.asyncDispose]);
        await h2[Symbol.asyncDispose]();
        log(h2.fd);
        log(await fsp.readFile('nope').catch(err));
        log(await fsp.writeFile('p2.txt', ['a', 'b', Buffer.from('c')]), await fsp.readFile('p2.txt', 'utf8'));
        log(await fsp.writeFile('p2.txt', 42).catch(err));
        log(await fsp.appendFile('p2.txt', 'd'), await fsp.readFile('p2.txt', 'latin1'));
        log(await fsp.mkdir('m/n', { recursive: true }) !== undefined, (await fsp.readdir('m')), (await fsp.stat('m')).isDirectory());
        log(await fsp.rm('m', { recursive: true }), await fsp.access('m').catch(err));
        log(await fsp.copyFile('p2.txt', 'p3.txt'), await fsp.rename('p3.txt', 'p4.txt'), await fsp.unlink('p4.txt'));
        log(await fsp.readFile('p.txt', { signal: AbortSignal.abort() }).catch(err));
        log(await fsp.open('p.txt', 'q').catch(err));
      })();
    `,
  },
  {
    name: 'ReadStream: open and ready, start/end, highWaterMark, encoding, fd, close',
    src: `
      fs.writeFileSync('r.txt', 'abcdefghijklmnopqrstuvwxyz');
      const r = fs.createReadStream('r.txt', { start: 2, end: 9, highWaterMark: 3, encoding: 'utf8' });
      log(r.pending, r.path, r.fd, r instanceof fs.ReadStream, r instanceof require('stream').Readable);
      r.on('open', (fd) => log('open', typeof fd));
      r.on('ready', () => log('ready'));
      r.on('data', (d) => log('data', d));
      r.on('end', () => log('end', r.bytesRead));
      r.on('close', () => {
        log('close');
        const fd = fs.openSync('r.txt');
        const r2 = fs.createReadStream(null, { fd, start: 20, autoClose: false });
        r2.on('data', (d) => log('fd data', String(d)));
        r2.on('end', () => { log('fd end', fs.fstatSync(fd).size); fs.closeSync(fd); });
      });
      const bad = fs.createReadStream('nope');
      bad.on('error', (e) => log('error', err(e)));
      bad.on('close', () => log('bad close'));
      log(check(() => fs.createReadStream('r.txt', { start: 5, end: 2 })), check(() => fs.createReadStream('r.txt', { end: -1 })));
      log(check(() => fs.createReadStream('r.txt', { fd: 'x' })), check(() => fs.createReadStream({})));
    `,
  },
  {
    name: 'WriteStream: writes, start, flags, encoding, close and finish order, FileHandle',
    src: `
      const w = fs.createWriteStream('o.txt', { encoding: 'latin1' });
      w.on('open', () => log('open'));
      w.on('ready', () => log('ready'));
      w.on('finish', () => log('finish', w.bytesWritten));
      w.on('close', () => {
        log('close', fs.readFileSync('o.txt', 'latin1'));
        const w2 = fs.createWriteStream('o.txt', { flags: 'r+', start: 1 });
        w2.end('XY', () => {
          log('end cb', fs.readFileSync('o.txt', 'latin1'));
          (async () => {
            const h = await fsp.open('o.txt', 'a');
            const ws = h.createWriteStream();
            ws.on('close', () => log('handle stream closed', h.fd, fs.readFileSync('o.txt', 'latin1')));
            ws.end('!');
          })();
        });
      });
      log(w.write('héllo'), w.write(Buffer.from(' world')), w.pending);
      w.end();
      w.on('close', () => {
        const bad = fs.createWriteStream('missing/x.txt');
        bad.on('error', (e) => log('error', err(e)));
      });
      log(check(() => fs.createWriteStream('o.txt', { start: -1 })), check(() => fs.createWriteStream('o.txt', { flush: 'x' })));
    `,
  },
];

describe('stdlib/fs (compared with node)', function () {
  this.timeout(30000);
  let root: string;
  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ouro-fs-')));
  });
  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });
  cases.forEach((c, i) => {
    it(c.name, async function () {
      const src = `${PRELUDE}\n${c.src}`;
      const hostDir = path.join(root, `host-${i}`);
      const guestDir = path.join(root, `guest-${i}`);
      fs.mkdirSync(hostDir);
      fs.mkdirSync(guestDir);
      const expected = hostNode(['-e', src], { cwd: hostDir });
      const got = await runEval(src, { cwd: guestDir });
      assert.strictEqual(got.stdout, expected, got.stderr);
    });
  });
});

describe('stdlib/fs: permissions and file descriptors', function () {
  this.timeout(30000);
  let root: string;
  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ouro-fs-perm-')));
    fs.mkdirSync(path.join(root, 'in'));
    fs.writeFileSync(path.join(root, 'in', 'a.txt'), 'a');
    fs.writeFileSync(path.join(root, 'secret.txt'), 's');
  });
  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('an fd the guest did not open is EBADF (the host\'s descriptors stay out of reach)', async function () {
    const hostFd = fs.openSync(path.join(root, 'secret.txt'), 'r');
    try {
      const r = await runEval(`
        const fs = require('fs');
        for (const f of [() => fs.readSync(${hostFd}, Buffer.alloc(1)), () => fs.writeSync(${hostFd}, 'x'), () => fs.fstatSync(${hostFd}), () => fs.closeSync(${hostFd}), () => fs.readFileSync(${hostFd})])
          try { f(); console.log('no error'); } catch (e) { console.log(e.code, e.syscall); }
      `, { cwd: root });
      assert.strictEqual(r.stdout, 'EBADF read\nEBADF write\nEBADF fstat\nEBADF close\nEBADF read\n');
      // The host's fd is still open.
      assert.strictEqual(fs.readFileSync(hostFd, 'utf8'), 's');
    } finally {
      fs.closeSync(hostFd);
    }
  });

  it('fs.watch reports a change; fs.watchFile reports a missing file, then its creation; both close', async function () {
    const dir = fs.mkdtempSync(path.join(root, 'watch-'));
    const r = await runEval(`
      const fs = require('fs');
      fs.writeFileSync('f.txt', 'a');
      const w = fs.watch('f.txt', (ev, name) => { console.log('watch', ev, name); w.close(); });
      w.on('close', () => console.log('watch closed'));
      setTimeout(() => fs.appendFileSync('f.txt', 'b'), 50);
      let n = 0;
      fs.watchFile('g.txt', { interval: 20 }, (cur, prev) => {
        console.log('watchFile', cur.size, prev.size, cur.nlink, prev.nlink);
        if (++n === 1) setTimeout(() => fs.writeFileSync('g.txt', 'xyz'), 100);
        else fs.unwatchFile('g.txt');
      });
      try { fs.watch('nope'); } catch (e) { console.log(e.message); }
    `, { cwd: dir });
    assert.strictEqual(r.stderr, '');
    const lines = r.stdout.trim().split('\n').sort();
    assert.deepStrictEqual(lines, [
      'ENOENT: no such file or directory, watch \'nope\'',
      'watch change f.txt',
      'watch closed',
      'watchFile 0 0 0 0',
      'watchFile 3 0 1 0',
    ]);
  });

  it('open for writing needs fs.write; streams, promises and symlinks are checked too', async function () {
    const permissions = Permissions.restricted({ fsRead: [root], fsWrite: [path.join(root, 'in')] });
    const r = await runEval(`
      const fs = require('fs');
      const show = (e) => console.log(e.code, e.permission);
      try { fs.openSync('secret.txt', 'a'); } catch (e) { show(e); }
      console.log(typeof fs.openSync('secret.txt', 'r'));
      try { fs.symlinkSync('../secret.txt', 'in/link'); } catch (e) { show(e); }
      try { fs.symlinkSync('/etc/passwd', 'in/link2'); } catch (e) { show(e); }
      fs.promises.writeFile('out.txt', 'x').catch(show);
      fs.createWriteStream('out2.txt').on('error', show);
      fs.writeFileSync('in/ok.txt', 'fine');
      console.log(fs.readFileSync('in/ok.txt', 'utf8'));
    `, { cwd: root, permissions });
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.stdout, [
      'ERR_ACCESS_DENIED FileSystemWrite',
      'number',
      'ERR_ACCESS_DENIED FileSystemWrite',
      'ERR_ACCESS_DENIED FileSystemRead',
      'fine',
      'ERR_ACCESS_DENIED FileSystemWrite',
      'ERR_ACCESS_DENIED FileSystemWrite',
      '',
    ].join('\n'));
    assert.strictEqual(fs.existsSync(path.join(root, 'out.txt')), false);
    assert.strictEqual(fs.existsSync(path.join(root, 'in', 'link')), false);
  });
});
