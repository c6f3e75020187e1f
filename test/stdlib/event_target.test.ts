/**
 * stdlib/internal/event_target and internal/abort_controller: Event, CustomEvent, EventTarget,
 * NodeEventTarget, AbortController and AbortSignal, compared with node's own.
 */
import { compareWithNode, type Case } from './compare';

const PRELUDE = String.raw`
  const { Event, CustomEvent, EventTarget, NodeEventTarget, defineEventHandler } = require('internal/event_target');
  const { AbortController, AbortSignal, aborted } = require('internal/abort_controller');
  const DOMException = globalThis.DOMException ?? require('internal/per_context/domexception').DOMException;
  const inspect = globalThis.__inspect ?? require('util').inspect;
  const check = (f) => { try { return ['ok', f()]; } catch (e) { return [e.name, e.code, e.message]; } };
  const warnings = (f) => {
    const saved = process.emitWarning;
    const seen = [];
    process.emitWarning = (w) => { seen.push([w.name, w.message, w.type]); };
    try { f(); } finally { process.emitWarning = saved; }
    return seen;
  };
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
`;

const c = (name: string, body: string, wait?: number): Case => ({ name, src: `${PRELUDE}\n${body}`, wait });

const cases: Case[] = [
  c('Event: construction and properties', `
    const e = new Event('foo', { cancelable: true, bubbles: 1 });
    return [e.type, e.cancelable, e.bubbles, e.composed, e.defaultPrevented, e.target, e.currentTarget, e.srcElement,
      e.eventPhase, e.returnValue, e.cancelBubble, e.isTrusted, typeof e.timeStamp, e.composedPath(),
      Object.prototype.toString.call(e), Object.keys(e), Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE,
      Object.keys(Event.prototype).sort(), Object.getOwnPropertyNames(Event).sort()];`),
  c('Event: argument checks', `
    return [check(() => new Event()), check(() => new Event('x', 5)), check(() => new Event('x', null).type),
      check(() => new Event(Symbol('s'))), check(() => Event('x')),
      check(() => Event.prototype.type), check(() => Event.prototype.preventDefault.call({}))];`),
  c('Event: preventDefault, stopPropagation, initEvent', `
    const e = new Event('a', { cancelable: true });
    e.preventDefault();
    const n = new Event('b');
    n.preventDefault();
    const s = new Event('c');
    s.cancelBubble = false; const c1 = s.cancelBubble;
    s.cancelBubble = true;
    const i = new Event('d');
    i.initEvent('e', true, true);
    return [e.defaultPrevented, e.returnValue, n.defaultPrevented, n.returnValue, c1, s.cancelBubble,
      i.type, i.bubbles, i.cancelable, check(() => i.initEvent())];`),
  c('Event: inspect', `
    const e = new Event('foo');
    return [inspect(e).replace(/timeStamp: [\\d.e+-]+/, 'timeStamp: N'), inspect([e], { depth: 0 }),
      inspect(new CustomEvent('c', { detail: 1 })).replace(/timeStamp: [\\d.e+-]+/, 'timeStamp: N')];`),
  c('CustomEvent', `
    const e = new CustomEvent('x', { detail: { a: 1 } });
    return [e.detail, new CustomEvent('y').detail, e instanceof Event, Object.prototype.toString.call(e),
      check(() => new CustomEvent()), check(() => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('z')))];`),
  c('EventTarget: dispatch order, duplicates, once, handleEvent', `
    const t = new EventTarget();
    const log = [];
    const f = (e) => log.push(['f', e.type, e.target === t, e.currentTarget === t, e.eventPhase, this === undefined]);
    const obj = { handleEvent(e) { log.push(['obj', this === obj]); } };
    t.addEventListener('x', f);
    t.addEventListener('x', f);
    t.addEventListener('x', f, { capture: true });
    t.addEventListener('x', obj);
    t.addEventListener('x', function () { log.push(['this', this === t]); }, { once: true });
    const ev = new Event('x');
    const r1 = t.dispatchEvent(ev);
    log.push('|');
    t.dispatchEvent(new Event('x'));
    t.removeEventListener('x', f);
    t.removeEventListener('x', f, true);
    log.push('|');
    t.dispatchEvent(new Event('x'));
    return [r1, log, ev.target === t, ev.currentTarget, ev.eventPhase];`),
  c('EventTarget: stopImmediatePropagation and cancelable events', `
    const t = new EventTarget();
    const log = [];
    t.addEventListener('x', (e) => { log.push(1); e.stopImmediatePropagation(); e.preventDefault(); });
    t.addEventListener('x', () => log.push(2));
    const r1 = t.dispatchEvent(new Event('x'));
    const r2 = t.dispatchEvent(new Event('x', { cancelable: true }));
    return [log, r1, r2];`),
  c('EventTarget: removing a later listener during dispatch', `
    const t = new EventTarget();
    const log = [];
    const b = () => log.push('b');
    t.addEventListener('x', () => { log.push('a'); t.removeEventListener('x', b); t.addEventListener('x', () => log.push('added')); });
    t.addEventListener('x', b);
    t.dispatchEvent(new Event('x'));
    t.dispatchEvent(new Event('x'));
    return log;`),
  c('EventTarget: argument checks', `
    const t = new EventTarget();
    return [check(() => t.addEventListener('x')), check(() => t.addEventListener()), check(() => t.removeEventListener('x')),
      check(() => t.dispatchEvent()), check(() => t.dispatchEvent({ type: 'x' })), check(() => t.addEventListener('x', 5)),
      check(() => t.addEventListener('x', () => {}, 5)), check(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {})),
      check(() => t.addEventListener('x', () => {}, { signal: 5 })), check(() => t.addEventListener(Symbol('s'), () => {})),
      check(() => t.removeEventListener('x', 5)),
      warnings(() => t.addEventListener('x', undefined)), warnings(() => t.addEventListener('x', null)),
      Object.prototype.toString.call(t), Object.keys(EventTarget.prototype)];`),
  c('EventTarget: dispatching an event twice at once is an error', `
    const t = new EventTarget();
    const ev = new Event('x');
    let inner;
    t.addEventListener('x', () => { inner = check(() => t.dispatchEvent(ev)); });
    t.dispatchEvent(ev);
    return inner;`),
  c('EventTarget: the signal option removes the listener', `
    const t = new EventTarget();
    const ac = new AbortController();
    const log = [];
    t.addEventListener('x', () => log.push('x'), { signal: ac.signal });
    t.dispatchEvent(new Event('x'));
    ac.abort();
    t.dispatchEvent(new Event('x'));
    t.addEventListener('x', () => log.push('never'), { signal: ac.signal });
    t.dispatchEvent(new Event('x'));
    return log;`),
  c('EventTarget: boolean options mean capture; options getters are read', `
    const t = new EventTarget();
    const log = [];
    const f = () => log.push('f');
    t.addEventListener('x', f, true);
    t.removeEventListener('x', f);
    t.dispatchEvent(new Event('x'));
    t.removeEventListener('x', f, { capture: true });
    t.dispatchEvent(new Event('x'));
    const read = [];
    t.addEventListener('y', f, { get once() { read.push('once'); return false; }, get capture() { read.push('capture'); return false; },
      get passive() { read.push('passive'); return false; }, get signal() { read.push('signal'); return undefined; } });
    return [log, read];`),
  c('EventTarget: inspect and the leak warning', `
    const t = new EventTarget();
    const w = warnings(() => { for (let i = 0; i < 11; i++) t.addEventListener('foo', () => {}); });
    return [inspect(t), inspect({ t }, { depth: 0 }), w];`),
  c('NodeEventTarget: the EventEmitter-like API', `
    const t = new NodeEventTarget();
    const log = [];
    const f = (v) => log.push(['f', v]);
    t.on('a', f);
    t.once('a', (v) => log.push(['once', v]));
    const r = [t.emit('a', 1), t.emit('a', 2), t.emit('b', 3), t.listenerCount('a'), t.eventNames(), t.getMaxListeners()];
    t.setMaxListeners(3);
    t.off('a', f);
    r.push(t.listenerCount('a'), t.getMaxListeners(), check(() => t.emit(1)));
    t.addListener('c', f); t.removeAllListeners('c');
    r.push(t.eventNames());
    return [r, log];`),
  c('defineEventHandler: onfoo attributes', `
    class T extends EventTarget {}
    defineEventHandler(T.prototype, 'foo');
    const t = new T();
    const log = [];
    t.onfoo = () => log.push(1);
    t.dispatchEvent(new Event('foo'));
    t.onfoo = () => log.push(2);
    t.dispatchEvent(new Event('foo'));
    const r = [typeof t.onfoo, Object.getOwnPropertyDescriptor(T.prototype, 'onfoo').get.name];
    t.onfoo = null;
    t.dispatchEvent(new Event('foo'));
    r.push(t.onfoo, check(() => T.prototype.onfoo));
    return [log, r];`),
  c('AbortController and AbortSignal', `
    const ac = new AbortController();
    const s = ac.signal;
    const log = [];
    s.onabort = (e) => log.push(['onabort', e.type, e.isTrusted, e.target === s]);
    s.addEventListener('abort', () => log.push('listener'));
    const before = [s.aborted, s.reason, ac.signal === s, check(() => s.throwIfAborted())];
    ac.abort();
    ac.abort('again');
    const r = s.reason;
    return [before, log, s.aborted, r instanceof DOMException, r instanceof Error, r.name, r.message, r.code,
      r.stack.split('\\n')[0], check(() => s.throwIfAborted()), Object.prototype.toString.call(s),
      Object.prototype.toString.call(ac), Object.keys(AbortController.prototype), Object.keys(AbortSignal.prototype),
      s instanceof EventTarget];`),
  c('AbortController.abort(reason)', `
    const ac = new AbortController();
    ac.abort({ why: 1 });
    const ac2 = new AbortController();
    ac2.abort(undefined);
    return [ac.signal.reason, ac2.signal.reason instanceof DOMException, check(() => ac.signal.throwIfAborted())];`),
  c('AbortSignal: no constructor; checks of this', `
    return [check(() => new AbortSignal()), check(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({})),
      check(() => AbortSignal.prototype.throwIfAborted.call(new EventTarget()))];`),
  c('AbortSignal.abort', `
    const a = AbortSignal.abort();
    const b = AbortSignal.abort('why');
    return [a.aborted, a.reason.name, a.reason.message, b.reason, a instanceof AbortSignal];`),
  c('AbortSignal.any', `
    const a = new AbortController(); const b = new AbortController();
    const any = AbortSignal.any([a.signal, b.signal]);
    const nested = AbortSignal.any([any]);
    const log = [];
    any.addEventListener('abort', () => log.push('any'));
    nested.addEventListener('abort', () => log.push('nested'));
    const before = any.aborted;
    b.abort('from b');
    a.abort('from a');
    const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('early')]);
    return [before, any.aborted, any.reason, nested.reason, log, pre.aborted, pre.reason, AbortSignal.any([]).aborted,
      check(() => AbortSignal.any()), check(() => AbortSignal.any([1])), check(() => AbortSignal.any([null]))];`),
  c('AbortSignal.timeout', `
    const s = AbortSignal.timeout(20);
    const log = [];
    s.addEventListener('abort', () => log.push('abort'));
    const before = s.aborted;
    await sleep(60);
    return [before, s.aborted, s.reason.name, s.reason.message, s.reason.code, log,
      check(() => AbortSignal.timeout(-1)), check(() => AbortSignal.timeout('1')), check(() => AbortSignal.timeout(1.5))];`, 80),
  c('AbortSignal and AbortController inspect', `
    const ac = new AbortController();
    return [inspect(ac), inspect(ac.signal), inspect(AbortSignal.abort()), inspect({ a: ac }, { depth: 0 }), inspect(ac, { depth: null })];`),
  c('aborted(signal, resource)', `
    const ac = new AbortController();
    const p = aborted(ac.signal, {});
    let done = false;
    p.then(() => { done = true; });
    await sleep(1);
    const before = done;
    ac.abort();
    await p;
    let bad; try { await aborted(undefined, {}); } catch (e) { bad = e.code; }
    let bad2; try { await aborted(ac.signal, 1); } catch (e) { bad2 = e.code; }
    return [before, done, bad, bad2, await aborted(AbortSignal.abort(), {})];`),
  c('DOMException', `
    const e = new DOMException('msg', 'NotFoundError');
    const d = new DOMException();
    const o = new DOMException('m', { name: 'DataCloneError', cause: 'c' });
    return [e.name, e.message, e.code, e.stack.split('\\n')[0], e instanceof Error, Object.keys(e), Object.prototype.toString.call(e),
      d.name, d.message, d.code, o.name, o.code, o.cause, DOMException.ABORT_ERR, e.TIMEOUT_ERR, String(e),
      check(() => Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({})),
      new DOMException('x', 'ValidationError').code, new DOMException('x', 'Whatever').code];`),
];

compareWithNode('EventTarget and AbortController compared with node', cases);
