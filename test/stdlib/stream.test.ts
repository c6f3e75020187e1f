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
  {
    name: '_construct, _final and _destroy: the order of their events; destroying a Duplex',
    src: `
      const L = (...a) => log.push(a.map((x) => x instanceof Error ? show(x) : x));
// construct + destroy order
const w = new Writable({ construct(cb) { L('construct'); setTimeout(cb, 5); }, write(c, e, cb) { L('write', String(c)); cb(); }, final(cb) { L('final'); cb(); }, destroy(err, cb) { L('destroy', err); cb(err); } });
w.write('a'); w.end('b');
for (const ev of ['finish', 'close', 'prefinish', 'error']) w.on(ev, (e) => L(ev, e));
const r = new Readable({ construct(cb) { L('rconstruct'); process.nextTick(cb); }, read() { L('read'); this.push('x'); this.push(null); } });
for (const ev of ['data', 'end', 'close', 'readable', 'pause', 'resume']) r.on(ev, (e) => L('r', ev, e));
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
d.on('close', () => L('dclose', d.destroyed, d.readableAborted, d.writableAborted));
d.on('error', (e) => L('derror', e));
d.destroy(new Error('x'));
L('sync', d.destroyed, d.closed, d.errored);
`,
  },
  {
    name: 'writev batches, write and end callbacks, multiple callbacks, write errors: tick order',
    src: `
      const L = (...a) => log.push(a.map((x) => x instanceof Error ? show(x) : x));
// writev, allBuffers, writableBuffer, cork counts, finish timing
const w = new Writable({
  write(c, e, cb) { L('write', String(c), e); process.nextTick(cb); },
  writev(chunks, cb) { L('writev', chunks.length, chunks.allBuffers, chunks.map(c => c.encoding)); process.nextTick(cb); },
  decodeStrings: false,
});
w.write('a'); w.write('b'); w.write(Buffer.from('c')); L('buf', w.writableBuffer.length, w._writableState.bufferedRequestCount, w.writableLength);
w.end(() => L('end cb'));
w.on('finish', () => L('finish'));
w.on('close', () => L('close'));
process.nextTick(() => L('tick1'));
setImmediate(() => L('immediate'));
const w2 = new Writable({ write(c, e, cb) { cb(); } });
w2.on('finish', () => L('w2 finish'));
w2.write('x'); w2.end();
process.nextTick(() => L('tick-after-w2'));
const w3 = new Writable({ write(c, e, cb) { cb(); cb(); } });
w3.on('error', (e) => L('w3', e));
w3.write('x');
const w4 = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
w4.on('error', (e) => L('w4 error', e, w4.writable, w4.destroyed));
w4.on('close', () => L('w4 close'));
w4.write('x', (e) => L('w4 cb', e));
L('w4 sync', w4.write('y', (e) => L('w4 cb2', e)));
`,
  },
  {
    name: "synchronous writes: when 'finish' comes; write() results measured after _write",
    src: `
      const L = (...a) => log.push(a.map((x) => x instanceof Error ? show(x) : x));
const w = new Writable({ objectMode: true, write(c, e, cb) { L('write', c); cb(); } });
w.on('finish', () => L('finish'));
w.write('a'); w.end('b');
process.nextTick(() => L('tick1'));
process.nextTick(() => process.nextTick(() => L('tick2')));
const w2 = new Writable({ highWaterMark: 2, write(c, e, cb) { cb(); } });
L('ret', w2.write('abc'), w2.writableNeedDrain, w2.writableLength);
w2.on('drain', () => L('drain'));
const w3 = new Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
L('ret3', w3.write('abc'), w3.writableNeedDrain, w3.writableLength);
w3.on('drain', () => L('drain3'));
const w5 = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(); cb(new Error('twice')); } });
w5.on('error', (e) => L('w5', e)); w5.on('finish', () => L('w5 finish'));
w5.end();
`,
  },
  {
    name: 'Transform: backpressure in objectMode, errors, flush data, final with flush, PassThrough drain',
    src: `
      const L = (...a) => log.push(a.map((x) => x instanceof Error ? show(x) : x));
// transform edge cases
const t = new Transform({ objectMode: true, highWaterMark: 1, transform(c, e, cb) { L('t', c); cb(null, c); } });
for (let i = 0; i < 4; i++) L('w', i, t.write(i));
t.end();
t.on('finish', () => L('finish'));
t.on('end', () => L('end'));
setImmediate(() => t.resume());
const t2 = new Transform({ transform(c, e, cb) { cb(new Error('tfail')); } });
t2.on('error', (e) => L('t2', e, t2.destroyed));
t2.write('x', (e) => L('t2 cb', e));
const t3 = new Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(null, 'flushed'); } });
t3.on('data', (d) => L('t3', String(d)));
t3.end('x');
const t4 = new Transform({ transform(c, e, cb) { cb(); cb(); } });
t4.on('error', (e) => L('t4', e));
t4.write('x');
const t5 = new Transform({ final(cb) { L('t5 final'); cb(); }, transform(c, e, cb) { cb(null, c); }, flush(cb) { L('t5 flush'); cb(); } });
t5.on('prefinish', () => L('t5 prefinish'));
t5.on('finish', () => L('t5 finish'));
t5.resume();
t5.end('q');
const p = new PassThrough({ highWaterMark: 1 });
L('pt', p.write('aa'), p.write('bb'), p.writableLength, p.readableLength);
p.on('drain', () => L('pt drain'));
setImmediate(() => p.read());
`,
  },
  {
    name: 'duplexPair: what one side writes the other reads',
    src: `
      const [a, b] = stream.duplexPair();
      b.on('data', (d) => log.push('b data ' + d));
      b.on('end', () => log.push('b end'));
      a.on('finish', () => log.push('a finish'));
      a.write('hi', () => log.push('a write cb'));
      a.end();`,
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
