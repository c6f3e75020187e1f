/**
 * stdlib/events: EventEmitter and the module's static helpers, compared with node's own.
 */
import { compareWithNode, type Case } from './compare';

const PRELUDE = String.raw`
  const EventEmitter = require('events');
  const inspect = globalThis.__inspect ?? require('util').inspect;
  const check = (f) => { try { return ['ok', f()]; } catch (e) { return [e.name, e.code, e.message]; } };
  // Records what process.emitWarning is given while f runs.
  const warnings = (f) => {
    const saved = process.emitWarning;
    const seen = [];
    process.emitWarning = (w, ...rest) => { seen.push(typeof w === 'object' ? [w.name, w.message, w.type, w.count, w.emitter === undefined ? 'no emitter' : 'emitter'] : [w, ...rest]); };
    try { f(); } finally { process.emitWarning = saved; }
    return seen;
  };
`;

const c = (name: string, body: string): Case => ({ name, src: `${PRELUDE}\n${body}` });

const cases: Case[] = [
  c('the module is EventEmitter with its helpers', `
    return [typeof EventEmitter, EventEmitter.EventEmitter === EventEmitter, Object.keys(EventEmitter),
      Object.getOwnPropertyNames(EventEmitter).sort(), EventEmitter.name, EventEmitter.length,
      EventEmitter.defaultMaxListeners, EventEmitter.usingDomains, EventEmitter.captureRejections,
      EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'), String(EventEmitter.errorMonitor),
      Object.getOwnPropertyNames(EventEmitter.prototype).sort(),
      EventEmitter.prototype.on === EventEmitter.prototype.addListener,
      EventEmitter.prototype.off === EventEmitter.prototype.removeListener,
      Object.keys(new EventEmitter()), Object.getOwnPropertySymbols(new EventEmitter()).map(String)];`),
  c('on and emit: arguments, this, return value', `
    const e = new EventEmitter();
    const log = [];
    e.on('x', function (...a) { log.push([this === e, a]); });
    return [e.emit('x', 1, 2, 3), e.emit('y'), e.emit('x'), log];`),
  c('listeners run in order, prepend first; emit runs over a copy', `
    const e = new EventEmitter();
    const log = [];
    const b = () => { log.push('b'); e.removeListener('x', c2); e.on('x', () => log.push('late')); };
    const c2 = () => log.push('c');
    e.on('x', () => log.push('a'));
    e.on('x', b);
    e.on('x', c2);
    e.prependListener('x', () => log.push('first'));
    e.emit('x');
    log.push('|');
    e.emit('x');
    return log;`),
  c('once fires once; prependOnceListener', `
    const e = new EventEmitter();
    const log = [];
    e.once('x', (v) => log.push('once ' + v));
    e.prependOnceListener('x', (v) => log.push('pre ' + v));
    e.on('x', (v) => log.push('on ' + v));
    e.emit('x', 1); e.emit('x', 2);
    const f = () => {};
    e.once('y', f);
    return [log, e.listeners('y')[0] === f, e.rawListeners('y')[0] === f, e.rawListeners('y')[0].listener === f,
      e.listenerCount('y'), e.listenerCount('y', f)];`),
  c('once: removing the original listener before it fires', `
    const e = new EventEmitter();
    let n = 0;
    const f = () => n++;
    e.once('x', f);
    e.removeListener('x', f);
    return [e.emit('x'), n, e.listenerCount('x')];`),
  c('newListener is emitted before adding, with the unwrapped listener', `
    const e = new EventEmitter();
    const log = [];
    const f = () => {};
    e.on('newListener', (type, l) => log.push([String(type), l === f, e.listenerCount(type)]));
    e.on('a', f);
    e.once('b', f);
    e.on(Symbol('s'), f);
    return log;`),
  c('removeListener events and the last listener of a type', `
    const e = new EventEmitter();
    const log = [];
    const f = () => {}; const g = () => {};
    e.on('removeListener', (type, l) => log.push([type, l === f ? 'f' : l === g ? 'g' : '?']));
    e.on('x', f); e.on('x', g); e.on('x', f);
    e.removeListener('x', f);
    log.push(e.listeners('x').map((l) => l === f ? 'f' : 'g'));
    e.off('x', g); e.off('x', f);
    e.once('y', g); e.removeListener('y', g);
    return [log, e.eventNames(), e.removeListener('nope', f) === e];`),
  c('removeAllListeners', `
    const e = new EventEmitter();
    const log = [];
    e.on('removeListener', (type) => log.push(type));
    e.on('a', () => {}); e.on('a', () => {}); e.on('b', () => {});
    e.removeAllListeners('a');
    const afterA = e.eventNames();
    e.on('c', () => {});
    e.removeAllListeners();
    const plain = new EventEmitter();
    plain.on('a', () => {}); plain.on('b', () => {});
    plain.removeAllListeners('a');
    const p1 = plain.eventNames();
    plain.removeAllListeners();
    return [log, afterA, e.eventNames(), e.listenerCount('removeListener'), p1, plain.eventNames(),
      plain.removeAllListeners() === plain];`),
  c('listeners, rawListeners, listenerCount, eventNames', `
    const e = new EventEmitter();
    const s = Symbol('sym');
    const f = () => {};
    e.on('a', f); e.on('a', f); e.once('a', f); e.on(s, f);
    return [e.listeners('a').length, e.listeners('a').every((l) => l === f), e.rawListeners('a')[2] === f,
      e.listenerCount('a'), e.listenerCount('a', f), e.listenerCount('none'), e.eventNames().map(String),
      EventEmitter.listenerCount(e, 'a'), e.listeners('zz')];`),
  c('the listener must be a function', `
    const e = new EventEmitter();
    return [check(() => e.on('x', 5)), check(() => e.once('x', {})), check(() => e.prependListener('x', null)),
      check(() => e.removeListener('x', 'f')), check(() => e.prependOnceListener('x'))];`),
  c('max listeners and the leak warning', `
    const e = new EventEmitter();
    const r = [e.getMaxListeners(), check(() => e.setMaxListeners(-1)), check(() => e.setMaxListeners('3')),
      e.setMaxListeners(2) === e, e.getMaxListeners()];
    r.push(warnings(() => { for (let i = 0; i < 4; i++) e.on('ev', () => {}); }));
    const s = new EventEmitter();
    s.setMaxListeners(1);
    r.push(warnings(() => { s.on(Symbol('q'), () => {}); s.on(Symbol('q'), () => {}); const k = Symbol('k'); s.on(k, () => {}); s.on(k, () => {}); }));
    const z = new EventEmitter(); z.setMaxListeners(0);
    r.push(warnings(() => { for (let i = 0; i < 20; i++) z.on('x', () => {}); }));
    return r;`),
  c('defaultMaxListeners and EventEmitter.setMaxListeners', `
    const r = [check(() => { EventEmitter.defaultMaxListeners = -1; }), check(() => { EventEmitter.defaultMaxListeners = 'x'; })];
    const before = EventEmitter.defaultMaxListeners;
    EventEmitter.setMaxListeners(3);
    const e = new EventEmitter();
    r.push(EventEmitter.defaultMaxListeners, e.getMaxListeners(), EventEmitter.getMaxListeners(e));
    EventEmitter.setMaxListeners(7, e);
    r.push(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
    r.push(check(() => EventEmitter.setMaxListeners(1, {})), check(() => EventEmitter.setMaxListeners(-2)));
    EventEmitter.setMaxListeners();
    r.push(EventEmitter.defaultMaxListeners);
    EventEmitter.defaultMaxListeners = before;
    r.push(check(() => EventEmitter.getMaxListeners({})), check(() => EventEmitter.getMaxListeners(null)));
    return r;`),
  c('an error event without listeners throws', `
    const e = new EventEmitter();
    const err = new Error('boom');
    let caught;
    try { e.emit('error', err); } catch (x) { caught = x; }
    return [caught === err, check(() => e.emit('error', 'Accepts a string')), check(() => e.emit('error', { message: 'Error!' })),
      check(() => e.emit('error')), check(() => e.emit('error', 42)),
      check(() => e.emit('error', { message: 'x', [Symbol.for('nodejs.util.inspect.custom')]() { throw new Error(); } })),
      (() => { try { e.emit('error', 'ctx'); } catch (x) { return x.context; } })()];`),
  c('an error listener takes the error; errorMonitor sees it first', `
    const e = new EventEmitter();
    const log = [];
    e.on(EventEmitter.errorMonitor, (x) => log.push('monitor ' + x.message));
    e.on('error', (x) => log.push('error ' + x.message));
    const r = e.emit('error', new Error('a'));
    const m = new EventEmitter();
    m.on(EventEmitter.errorMonitor, (x) => log.push('only monitor ' + x.message));
    log.push(check(() => m.emit('error', new Error('b')))[0]);
    return [r, log];`),
  c('subclasses and old-style inheritance', `
    class Sub extends EventEmitter { constructor() { super(); this.x = 1; } }
    const s = new Sub();
    let got;
    s.on('q', function () { got = this; });
    s.emit('q');
    function Old() { EventEmitter.call(this); }
    Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
    const o = new Old();
    o.on('z', () => {});
    return [got === s, s instanceof EventEmitter, Object.keys(s), o.listenerCount('z'), Object.keys(o)];`),
  c('an error thrown from a subclass emitter shows its name in the enhanced stack', `
    class MyEmitter extends EventEmitter {}
    const e = new MyEmitter();
    try { e.emit('error', new Error('x')); } catch (err) {
      const sym = Object.getOwnPropertySymbols(err).find((s) => String(s) === 'Symbol(kEnhanceStackBeforeInspector)');
      return [typeof err[sym], err[sym]().includes("Emitted 'error' event on MyEmitter instance at:")];
    }`),
  c('_events on the prototype (shape mode) and init', `
    function Shaped() { EventEmitter.call(this); }
    Shaped.prototype = Object.create(EventEmitter.prototype, { _events: { value: { a: undefined }, writable: true } });
    const s = new Shaped();
    const f = () => {};
    const sameEvents = s._events === Shaped.prototype._events;
    s._events = { a: undefined };
    EventEmitter.init.call(s);
    s.on('a', f);
    s.removeListener('a', f);
    return [sameEvents, 'a' in s._events, s._events.a, s.listenerCount('a'), s.eventNames()];`),
  c('captureRejections sends a rejection to the error event', `
    const e = new EventEmitter({ captureRejections: true });
    const got = [];
    e.on('error', (err) => got.push(err.message));
    e.on('x', async () => { throw new Error('async boom'); });
    e.emit('x');
    await new Promise((r) => setTimeout(r, 10));
    const s = new EventEmitter({ captureRejections: true });
    s[Symbol.for('nodejs.rejection')] = (err, type, ...args) => got.push(['rejection', err.message, type, args]);
    s.on('y', async (a) => { throw new Error('r' + a); });
    s.emit('y', 1);
    await new Promise((r) => setTimeout(r, 10));
    return [got, check(() => new EventEmitter({ captureRejections: 1 })), check(() => { EventEmitter.captureRejections = 'x'; })];`),
  c('events.once resolves with the arguments, or rejects on error', `
    const e = new EventEmitter();
    const p = EventEmitter.once(e, 'ready');
    e.emit('ready', 1, 2);
    const args = await p;
    const q = EventEmitter.once(e, 'never');
    e.emit('error', new Error('bad'));
    let err; try { await q; } catch (x) { err = x.message; }
    const counts = [e.listenerCount('never'), e.listenerCount('error')];
    const pe = EventEmitter.once(e, 'error');
    e.emit('error', new Error('as value'));
    const [asValue] = await pe;
    return [args, err, counts, asValue.message];`),
  c('events.once with an AbortSignal', `
    const { AbortController } = require('internal/abort_controller');
    const e = new EventEmitter();
    const ac = new AbortController();
    const p = EventEmitter.once(e, 'x', { signal: ac.signal });
    ac.abort();
    let r; try { await p; } catch (x) { r = [x.name, x.code, x.message, x.cause && x.cause.name]; }
    let r2; try { await EventEmitter.once(e, 'x', { signal: ac.signal }); } catch (x) { r2 = [x.name, x.code]; }
    let r3; try { await EventEmitter.once(e, 'x', { signal: 1 }); } catch (x) { r3 = [x.code, x.message]; }
    return [r, r2, r3, e.listenerCount('x'), e.listenerCount('error')];`),
  c('events.once on an EventTarget', `
    const { EventTarget, Event } = require('internal/event_target');
    const t = new EventTarget();
    const p = EventEmitter.once(t, 'ping');
    t.dispatchEvent(new Event('ping'));
    const [ev] = await p;
    return [ev.type, ev instanceof Event, EventEmitter.getEventListeners(t, 'ping').length];`),
  c('events.on iterates events until return', `
    const e = new EventEmitter();
    const it = EventEmitter.on(e, 'data');
    e.emit('data', 1); e.emit('data', 2, 3);
    const got = [];
    const later = (async () => { for await (const v of it) { got.push(v); if (got.length === 3) break; } })();
    await Promise.resolve();
    e.emit('data', 4);
    await later;
    return [got, e.listenerCount('data'), e.listenerCount('error'), await it.next()];`),
  c('events.on rejects with an error event, and with close events ends', `
    const e = new EventEmitter();
    const it = EventEmitter.on(e, 'data');
    e.emit('data', 'a');
    e.emit('error', new Error('stop'));
    const r = [await it.next()];
    try { await it.next(); } catch (x) { r.push(x.message); }
    r.push(await it.next());
    const f = new EventEmitter();
    const it2 = EventEmitter.on(f, 'data', { close: ['end'] });
    f.emit('data', 1); f.emit('end');
    r.push(await it2.next(), await it2.next(), f.listenerCount('end'));
    r.push(check(() => EventEmitter.on(f, 'x', { highWaterMark: 0 })), check(() => it2.throw('nope')));
    return r;`),
  c('events.on with a signal and kFirstEventParam', `
    const { AbortController } = require('internal/abort_controller');
    const { kFirstEventParam } = require('internal/events/symbols');
    const e = new EventEmitter();
    const ac = new AbortController();
    const it = EventEmitter.on(e, 'd', { signal: ac.signal, [kFirstEventParam]: true });
    e.emit('d', 'x', 'ignored');
    const first = await it.next();
    const pending = it.next();
    ac.abort();
    let r; try { await pending; } catch (x) { r = [x.name, x.code]; }
    return [first, r, e.listenerCount('d'), check(() => EventEmitter.on(e, 'd', { signal: ac.signal }))];`),
  c('events.on pauses and resumes with the watermarks', `
    const e = new EventEmitter();
    const log = [];
    e.pause = () => log.push('pause');
    e.resume = () => log.push('resume');
    const it = EventEmitter.on(e, 'd', { highWaterMark: 2, lowWaterMark: 1 });
    for (let i = 0; i < 4; i++) e.emit('d', i);
    const wm = it[Symbol.for('nodejs.watermarkData')];
    const before = [wm.size, wm.isPaused, wm.high, wm.low];
    await it.next(); await it.next(); await it.next();
    return [log, before, wm.size, wm.isPaused];`),
  c('getEventListeners on emitters and targets', `
    const { EventTarget } = require('internal/event_target');
    const e = new EventEmitter();
    const f = () => {};
    e.on('a', f); e.once('a', f);
    const t = new EventTarget();
    const g = () => {}; const h = { handleEvent() {} };
    t.addEventListener('x', g); t.addEventListener('x', h);
    return [EventEmitter.getEventListeners(e, 'a').length, EventEmitter.getEventListeners(t, 'x').map((l) => l === g ? 'g' : l === h ? 'h' : '?'),
      check(() => EventEmitter.getEventListeners({}, 'x'))];`),
  c('setMaxListeners and getMaxListeners on an EventTarget', `
    const { EventTarget } = require('internal/event_target');
    const t = new EventTarget();
    const before = EventEmitter.getMaxListeners(t);
    EventEmitter.setMaxListeners(2, t);
    const w = warnings(() => { for (let i = 0; i < 3; i++) t.addEventListener('foo', () => {}); });
    return [before, EventEmitter.getMaxListeners(t), w.map((x) => [x[0], x[1], x[2], x[3]])];`),
  c('addAbortListener', `
    const { AbortController, AbortSignal } = require('internal/abort_controller');
    const r = [check(() => EventEmitter.addAbortListener()), check(() => EventEmitter.addAbortListener(null)),
      check(() => EventEmitter.addAbortListener({})), check(() => EventEmitter.addAbortListener(new AbortController().signal, {}))];
    const log = [];
    const ac = new AbortController();
    ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
    const d = EventEmitter.addAbortListener(ac.signal, (e) => log.push(['called', e.target === ac.signal]));
    r.push(typeof d[Symbol.dispose]);
    ac.abort();
    const ac2 = new AbortController();
    const d2 = EventEmitter.addAbortListener(ac2.signal, () => log.push('disposed but called'));
    d2[Symbol.dispose]();
    ac2.abort();
    EventEmitter.addAbortListener(AbortSignal.abort(), () => log.push('already aborted'));
    log.push('sync end');
    await new Promise((r) => setTimeout(r, 5));
    return [r, log];`),
  c('the leak warning message names the emitter', `
    class Custom extends EventEmitter {}
    const e = new Custom();
    e.setMaxListeners(1);
    return warnings(() => { e.on('a', () => {}); e.on('a', () => {}); });`),
  c('emit with many listeners and removal inside', `
    const e = new EventEmitter();
    const log = [];
    for (let i = 0; i < 8; i++) e.on('x', function f() { log.push(i); if (i === 3) e.removeAllListeners('x'); });
    e.emit('x');
    e.emit('x');
    return [log, e.listenerCount('x')];`),
];

compareWithNode('events compared with node', cases);
