/**
 * The event loop alone (runtime/event-loop.ts), with a fake clock and host callbacks: libuv's
 * phase order, reference counting, waiting, and the callback wrapper (where node drains nextTicks
 * and promise jobs).
 */
import * as assert from 'assert';
import { CheckHandle, EventLoop, IdleHandle, IOHandle, TimerHandle } from '../../runtime/event-loop';

function fakeLoop(): { loop: EventLoop; clock: { t: number }; log: string[]; run(): void } {
  const clock = { t: 1000 };
  const loop = new EventLoop({ now: () => clock.t });
  const log: string[] = [];
  return { loop, clock, log, run: () => loop.runSync((ms) => { clock.t += ms; }) };
}

describe('event loop', function () {
  it('ends at once when nothing is alive', function () {
    const { loop } = fakeLoop();
    assert.strictEqual(loop.alive(), false);
    assert.deepStrictEqual(loop.step(), { done: true });
  });

  it('runs timers in due order, then by start order, advancing the clock while waiting', function () {
    const { loop, clock, log, run } = fakeLoop();
    const at = (name: string, ms: number) => new TimerHandle(loop, () => log.push(`${name}@${clock.t - 1000}`)).start(ms);
    at('c', 30);
    at('a', 10);
    at('b', 10);
    at('d', 0);
    run();
    assert.deepStrictEqual(log, ['d@0', 'a@10', 'b@10', 'c@30']);
  });

  it('a repeating timer runs until stopped', function () {
    const { loop, log, run } = fakeLoop();
    let n = 0;
    const t = new TimerHandle(loop, () => {
      log.push(`tick ${++n}`);
      if (n === 3) t.stop();
    });
    t.start(5, 5);
    run();
    assert.deepStrictEqual(log, ['tick 1', 'tick 2', 'tick 3']);
  });

  it('an unreferenced timer does not keep the loop alive; a referenced one does', function () {
    const { loop, log, run } = fakeLoop();
    const t = new TimerHandle(loop, () => log.push('unref'));
    t.start(10);
    t.setRef(false);
    assert.strictEqual(loop.alive(), false);
    run();
    assert.deepStrictEqual(log, []);
    t.setRef(true);
    run();
    assert.deepStrictEqual(log, ['unref']);
  });

  it('timers started in a timer callback with 0 ms run in the next iteration, not the same pass', function () {
    const { loop, log, run } = fakeLoop();
    const check = new CheckHandle(loop, () => log.push('check'));
    check.setRef(false);
    check.start();
    new TimerHandle(loop, () => {
      log.push('t1');
      new TimerHandle(loop, () => log.push('t2')).start(0);
    }).start(0);
    run();
    assert.deepStrictEqual(log, ['t1', 'check', 't2']);
  });

  it('orders phases like libuv: pending, idle, poll (I/O), check, closing, timers', function () {
    const { loop, log, run } = fakeLoop();
    const check = new CheckHandle(loop, () => log.push('check'));
    check.setRef(false);
    check.start();
    const req = loop.startRequest();
    // The I/O callback schedules a timer (0 ms) and a deferred callback: the check phase comes
    // first (node: setImmediate runs before setTimeout 0 inside an I/O callback).
    const timer = new TimerHandle(loop, () => log.push('timer'));
    req.complete(() => {
      log.push('io');
      timer.start(0);
      loop.defer(() => log.push('pending'));
      const h = new IOHandle(loop);
      h.start();
      h.close(() => log.push('close'));
    });
    run();
    // pending callbacks queued during poll run right after it (libuv runs them up to 8 times).
    assert.deepStrictEqual(log, ['io', 'pending', 'check', 'close', 'timer']);
  });

  it('a request keeps the loop alive until its completion runs; poll waits for it', function () {
    const { loop, log } = fakeLoop();
    const req = loop.startRequest();
    assert.strictEqual(loop.alive(), true);
    const r1 = loop.step();
    assert.strictEqual(r1.done, false);
    assert.strictEqual((r1 as { ms: number }).ms, -1, 'waits for the completion');
    let woke = 0;
    loop.onWake = () => woke++;
    req.complete(() => log.push('done'));
    assert.strictEqual(woke, 1);
    loop.onWake = null;
    assert.deepStrictEqual(loop.step(), { done: true });
    assert.deepStrictEqual(log, ['done']);
  });

  it('waits forever (-1) for an I/O handle with nothing else to do', function () {
    const { loop, log } = fakeLoop();
    const h = new IOHandle(loop);
    h.start();
    const r = loop.step();
    assert.deepStrictEqual(r, { done: false, ms: -1 });
    loop.post(() => {
      log.push('data');
      h.stop();
    });
    assert.deepStrictEqual(loop.step(), { done: true });
    assert.deepStrictEqual(log, ['data']);
  });

  it('an active idle handle keeps poll from blocking, so check runs without waiting for timers', function () {
    const { loop, clock, log } = fakeLoop();
    const idle = new IdleHandle(loop);
    const check = new CheckHandle(loop, () => {
      if (idle.active) log.push(`check@${clock.t - 1000}`);
      idle.stop();
    });
    check.setRef(false);
    check.start();
    idle.start();
    new TimerHandle(loop, () => log.push(`timer@${clock.t - 1000}`)).start(50);
    loop.runSync((ms) => { clock.t += ms; });
    assert.deepStrictEqual(log, ['check@0', 'timer@50']);
  });

  it('every callback goes through invoke (where the runtime drains nextTicks and promise jobs)', function () {
    const clock = { t: 0 };
    const log: string[] = [];
    const loop = new EventLoop({
      now: () => clock.t,
      invoke: (cb) => {
        cb();
        log.push('drain');
      },
    });
    new TimerHandle(loop, () => log.push('a')).start(1);
    new TimerHandle(loop, () => log.push('b')).start(1);
    loop.runSync((ms) => { clock.t += ms; });
    assert.deepStrictEqual(log, ['a', 'drain', 'b', 'drain']);
  });

  it('stop() ends the loop at the end of the iteration', function () {
    const { loop, log, clock } = fakeLoop();
    const t = new TimerHandle(loop, () => {
      log.push('tick');
      loop.stop();
    });
    t.start(1, 1);
    loop.runSync((ms) => { clock.t += ms; });
    assert.deepStrictEqual(log, ['tick']);
    assert.strictEqual(loop.alive(), true);
  });

  it('yields to the host (0 ms) while a request is in flight and other work is ready', function () {
    const { loop } = fakeLoop();
    loop.startRequest();
    const idle = new IdleHandle(loop);
    idle.start();
    assert.deepStrictEqual(loop.step(), { done: false, ms: 0 });
  });

  it('an exception from a callback leaves the remaining completions for the next step', function () {
    const { loop, log } = fakeLoop();
    loop.post(() => {
      throw new Error('boom');
    });
    loop.post(() => log.push('second'));
    const h = new IOHandle(loop);
    h.start();
    assert.throws(() => loop.step(), /boom/);
    h.stop();
    loop.step();
    assert.deepStrictEqual(log, ['second']);
  });
});
