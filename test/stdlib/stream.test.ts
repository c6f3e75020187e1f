/**
 * stdlib/stream: event order, state properties and errors of Readable, Writable, Duplex,
 * Transform, pipe, pipeline, finished, compose and the operators, compared with the host node
 * (each program runs as `ouro -e` and as `node -e`; their outputs must be equal).
 */
import * as assert from 'assert';
import { runEval, hostNode } from '../runtime/node-runtime';

const PRELUDE = String.raw`
  const stream = require('stream');
  const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = stream;
  const log = [];
  const tick = () => new Promise((r) => setImmediate(r));
  const show = (e) => e ? [e.name, e.code, e.message].join(' | ') : String(e);
  process.on('exit', () => console.log(JSON.stringify(log)));
`;

interface Case { name: string; src: string }

const cases: Case[] = [
  {
    name: 'Readable: flowing events in order, then end and close',
    src: `
      const r = new Readable({ read() {} });
      for (const ev of ['data', 'end', 'close', 'pause', 'resume', 'readable'])
        if (ev !== 'readable') r.on(ev, (d) => log.push(ev + (d === undefined ? '' : ' ' + d)));
      r.push('a'); r.push('b'); r.push(null);
      log.push('sync', r.readableFlowing, r.readableLength, r.readableEnded);
      process.nextTick(() => log.push('tick'));`,
  },
  {
    name: "Readable: paused mode with 'readable' and read()",
    src: `
      const r = new Readable({ read() {} });
      r.push('abc'); r.push('def');
      r.on('readable', () => { let c; while ((c = r.read(2)) !== null) log.push('read ' + c); log.push('readable done'); });
      r.on('end', () => log.push('end', r.readableEnded, r.readable));
      setTimeout(() => r.push(null), 5);`,
  },
  {
    name: 'Readable: objectMode, highWaterMark and push return values',
    src: `
      const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
      log.push(r.push(1), r.push(2), r.push(3), r.readableLength, r.readableHighWaterMark, r.readableObjectMode);
      log.push(r.read(), r.read(), r.readableLength);`,
  },
  {
    name: 'Readable: setEncoding splits multi-byte characters correctly',
    src: `
      const r = new Readable({ read() {} });
      r.setEncoding('utf8');
      const euro = Buffer.from('€');
      r.push(euro.subarray(0, 1)); r.push(euro.subarray(1)); r.push(Buffer.from('x')); r.push(null);
      r.on('data', (d) => log.push(typeof d, d));
      r.on('end', () => log.push('end', r.readableEncoding));`,
  },
  {
    name: 'Readable: errors (push after EOF, invalid chunk) and destroy',
    src: `
      const r = new Readable({ read() {} });
      r.on('error', (e) => log.push('error', show(e)));
      r.on('close', () => log.push('close', r.destroyed, r.readableAborted));
      r.push(null); r.push('x');
      const r2 = new Readable({ read() {} });
      r2.on('error', (e) => log.push('error2', show(e)));
      r2.push(42);
      const r3 = new Readable({ read() {} });
      r3.on('error', (e) => log.push('error3', show(e), r3.errored === e));
      r3.on('close', () => log.push('close3'));
      r3.destroy(new Error('boom'));
      log.push('destroyed', r3.destroyed, stream.isErrored(r3));`,
  },
  {
    name: 'Readable.from, async iteration and operators',
    src: `
      (async () => {
        for await (const x of Readable.from(['a', 'b'])) log.push(x);
        log.push(await Readable.from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2).toArray());
        log.push(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
        log.push(await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).every((x) => x > 2));
        log.push(await Readable.from([1, 2, 3, 4]).drop(1).take(2).toArray());
        log.push(await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
        try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log.push(show(e)); }
      })();`,
  },
  {
    name: 'Writable: write, drain, finish, close in order; state properties',
    src: `
      const w = new Writable({ highWaterMark: 3, write(c, e, cb) { log.push('write ' + c); setTimeout(cb, 1); } });
      for (const ev of ['drain', 'finish', 'close', 'prefinish']) w.on(ev, () => log.push(ev));
      log.push(w.write('ab'), w.write('cd'), w.writableLength, w.writableNeedDrain);
      w.once('drain', () => { w.end('ef', () => log.push('end cb')); log.push('ended', w.writableEnded, w.writableFinished); });`,
  },
  {
    name: 'Writable: cork/uncork with writev, final, write after end',
    src: `
      const w = new Writable({
        writev(chunks, cb) { log.push('writev ' + chunks.map((c) => c.chunk).join(',')); cb(); },
        final(cb) { log.push('final'); cb(); },
      });
      w.cork(); w.write('a'); w.write('b'); log.push('corked', w.writableCorked, w.writableLength);
      process.nextTick(() => { w.uncork(); w.end(); w.write('late', (e) => log.push('cb', show(e))); });
      w.on('error', (e) => log.push('error', show(e)));
      w.on('finish', () => log.push('finish'));`,
  },
  {
    name: 'Writable: decodeStrings false and defaultEncoding; invalid chunks',
    src: `
      const w = new Writable({ decodeStrings: false, defaultEncoding: 'latin1', write(c, e, cb) { log.push(typeof c, e); cb(); } });
      w.write('x'); w.write('y', 'hex'); w.write(Buffer.from('z'));
      try { w.write(null); } catch (e) { log.push(show(e)); }
      try { w.write(1); } catch (e) { log.push(show(e)); }
      try { w.write('a', 'nope'); } catch (e) { log.push(show(e)); }`,
  },
  {
    name: 'Transform and PassThrough with flush',
    src: `
      const t = new Transform({
        transform(c, e, cb) { cb(null, c.toString().toUpperCase()); },
        flush(cb) { this.push('!'); cb(); },
      });
      t.on('data', (d) => log.push(String(d)));
      t.on('end', () => log.push('end'));
      t.on('finish', () => log.push('finish'));
      t.write('a'); t.end('b');
      const p = new PassThrough({ objectMode: true });
      p.on('data', (d) => log.push('pt', d));
      p.end({ k: 1 });`,
  },
  {
    name: 'Duplex: allowHalfOpen false ends the writable side',
    src: `
      const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
      d.on('finish', () => log.push('finish'));
      d.on('end', () => log.push('end'));
      d.on('close', () => log.push('close'));
      d.resume(); d.push(null);
      log.push(d instanceof Writable, d instanceof Readable, d.writable, d.readable);`,
  },
  {
    name: 'pipe with backpressure, pipe and unpipe events',
    src: `
      const r = new Readable({ read() {} });
      const w = new Writable({ highWaterMark: 1, write(c, e, cb) { log.push('w ' + c); setImmediate(cb); } });
      w.on('pipe', (s) => log.push('pipe', s === r));
      w.on('unpipe', (s) => log.push('unpipe', s === r));
      w.on('finish', () => log.push('finish'));
      r.pipe(w);
      r.push('1'); r.push('2'); r.push('3'); r.push(null);`,
  },
  {
    name: 'pipeline: callback form with a generator; errors destroy every stream',
    src: `
      const out = [];
      pipeline(Readable.from(['a', 'b']), async function* (src) { for await (const c of src) yield c + c; },
        new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
        (err) => log.push('done', show(err), out));
      const r = new Readable({ read() {} });
      const w = new Writable({ write(c, e, cb) { cb(new Error('bad write')); } });
      pipeline(r, w, (err) => log.push('failed', show(err), r.destroyed, w.destroyed));
      r.push('x');`,
  },
  {
    name: 'stream.promises: pipeline and finished; premature close',
    src: `
      (async () => {
        const chunks = [];
        await stream.promises.pipeline(Readable.from(['x', 'y']), new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }));
        log.push(chunks);
        const r = new Readable({ read() {} });
        process.nextTick(() => r.destroy());
        try { await stream.promises.finished(r); } catch (e) { log.push(show(e)); }
        const ac = new AbortController();
        const p = stream.promises.pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
        ac.abort();
        try { await p; } catch (e) { log.push(e.name); }
      })();`,
  },
  {
    name: 'finished, addAbortSignal, compose, Duplex.from',
    src: `
      const w = new Writable({ write(c, e, cb) { cb(); } });
      finished(w, (err) => log.push('finished', show(err)));
      w.end('x');
      const ac = new AbortController();
      const r = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
      r.on('error', (e) => log.push('aborted', e.name));
      ac.abort();
      const c = stream.compose(new PassThrough({ objectMode: true }), async function* (s) { for await (const x of s) yield x * 10; });
      c.toArray().then((a) => log.push('compose', a));
      c.write(1); c.end(2);
      Duplex.from(Promise.resolve('p')).on('data', (d) => log.push('from', d));`,
  },
  {
    name: 'stream/consumers and legacy aliases',
    src: `
      const consumers = require('stream/consumers');
      (async () => {
        log.push(await consumers.text(Readable.from(['a', 'b'])));
        log.push(await consumers.json(Readable.from(['{"a":', '1}'])));
        log.push((await consumers.buffer(Readable.from([Buffer.from('hi')]))).toString());
        log.push((await consumers.arrayBuffer(Readable.from(['ab']))).byteLength);
      })();
      log.push(require('_stream_readable') === Readable, require('_stream_transform') === Transform,
        stream.Stream === stream, typeof stream.Stream.prototype.pipe, stream.getDefaultHighWaterMark(false),
        stream.getDefaultHighWaterMark(true), stream.isReadable(new Readable()), stream.isDisturbed(new Readable()));`,
  },
  {
    name: 'process.stdout and stderr are Writable streams writing in order; stdin is a Readable',
    src: `
      process.stdout.write('a\\n');
      console.log('b');
      process.stdout.write(Buffer.from('c\\n'), (err) => log.push('write cb', err));
      process.stdout.write('64\\n', 'hex');
      log.push(process.stdout instanceof Writable, process.stderr instanceof Writable, process.stdout.writable,
        process.stdout._isStdio, process.stdin instanceof Readable, process.stdout.fd, process.stderr.fd);
      const r = Readable.from(['p\\n', 'q\\n']);
      r.pipe(process.stdout);
      r.on('end', () => log.push('piped', process.stdout.writableEnded));`,
  },
];

describe('stdlib/stream (compared with node)', function () {
  this.timeout(30000);
  for (const c of cases) {
    it(c.name, async function () {
      const src = `${PRELUDE}\n${c.src}`;
      const expected = hostNode(['-e', src]);
      const got = await runEval(src);
      assert.strictEqual(got.stderr, '');
      assert.strictEqual(got.stdout, expected);
    });
  }
});
