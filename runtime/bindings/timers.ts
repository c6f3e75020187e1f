/**
 * internalBinding('timers') (node's timers.cc and the immediate handles of env.cc): the guest
 * keeps its own timer lists and immediate queue (stdlib/internal/timers.ts, as node's
 * lib/internal/timers.js); the host gives it one loop timer, the loop's clock, and the check/idle
 * handles that run immediates.
 *
 * - scheduleTimer(ms) starts the one TimerHandle; when it fires, processTimers(now) runs the due
 *   guest timers and returns the next expiry: 0 none, > 0 a referenced timer, < 0 only unreferenced.
 * - immediateInfo [kCount, kRefCount, kHasOutstanding]: the check handle calls processImmediate()
 *   while immediates wait; an idle handle, started while referenced ones wait, keeps poll from
 *   blocking and the loop alive.
 * - timerInfo[0]: the number of referenced timers (for getActiveResourcesInfo).
 */
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import { WEC } from '../../interpreter/values/shape';
import { CheckHandle, IdleHandle, TimerHandle } from '../event-loop';
import type { RuntimeContext } from './context';
import { bareObject, methods, sharedTypedArray } from './guest';
import { afterCallback, callbackScope } from './task-queue';
import { triggerUncaughtException } from './errors';
import { ThrowCompletion } from '../../interpreter/agent';

export const kCount = 0, kRefCount = 1, kHasOutstanding = 2;

export interface TimersState {
  timer: TimerHandle;
  check: CheckHandle;
  idle: IdleHandle;
  immediateInfo: Uint32Array;
  timerInfo: Int32Array;
  /** uv_now at the start, so the guest's clock starts near 0 (node's timer_base). */
  base: number;
  processImmediate: JSObject | null;
  processTimers: JSObject | null;
}

export function timersState(ctx: RuntimeContext): TimersState | undefined {
  return ctx.state.get('timers') as TimersState | undefined;
}

export function createTimersBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  const loop = ctx.loop;
  const immediate = sharedTypedArray<Uint32Array>('Uint32Array', 3);
  const timerInfo = sharedTypedArray<Int32Array>('Int32Array', 1);
  // node's Environment::GetNow: updates the loop's cached time, relative to the start.
  const now = (): number => {
    loop.updateTime();
    return loop.time - st.base;
  };

  const runTimers = (): void => {
    const cb = st.processTimers;
    if (cb === null) return;
    // node's RunTimers: loops until all currently due timers ran (an uncaught exception the guest
    // handled ends one call early).
    let ret: Value = undefined;
    let ok = false;
    do {
      try {
        ret = cb.Call(ctx.process ?? undefined, [now()]);
        ok = true;
      } catch (e) {
        if (!(e instanceof ThrowCompletion)) throw e;
        triggerUncaughtException(ctx, e.value, e.pos, false);
      }
    } while (!ok);
    const expiry = typeof ret === 'number' ? Math.trunc(ret) : 0;
    if (expiry !== 0) {
      const duration = Math.abs(expiry) - now();
      st.timer.start(duration > 0 ? duration : 1);
      st.timer.setRef(expiry > 0);
    } else {
      st.timer.setRef(false);
    }
    // node's callback scope closes when RunTimers returns: nextTicks and promise jobs run after
    // the timer handle is rescheduled (they may schedule timers themselves).
    afterCallback(ctx);
  };

  const checkImmediate = (): void => {
    const info = st.immediateInfo;
    if (info[kCount] === 0 || st.processImmediate === null) return;
    const cb = st.processImmediate;
    do {
      callbackScope(ctx, () => void cb.Call(ctx.process ?? undefined, []), true);
    } while (info[kHasOutstanding] !== 0);
    if (info[kRefCount] === 0) st.idle.stop();
  };

  const st: TimersState = {
    timer: new TimerHandle(loop, runTimers),
    check: new CheckHandle(loop, checkImmediate),
    idle: new IdleHandle(loop),
    immediateInfo: immediate.host,
    timerInfo: timerInfo.host,
    base: loop.time,
    processImmediate: null,
    processTimers: null,
  };
  ctx.state.set('timers', st);
  // node: the check handle runs every iteration but does not keep the loop alive by itself.
  st.check.setRef(false);
  st.check.start();
  st.timer.setRef(false);

  const b = bareObject();
  b.addProperty('immediateInfo', immediate.guest, WEC);
  b.addProperty('timerInfo', timerInfo.guest, WEC);
  return methods(realm, b, {
    setupTimers: [(_t, a) => {
      st.processImmediate = a[0] instanceof JSObject && a[0].isCallable ? a[0] : null;
      st.processTimers = a[1] instanceof JSObject && a[1].isCallable ? a[1] : null;
      return undefined;
    }, 2],
    getLibuvNow: [() => now(), 0],
    scheduleTimer: [(_t, a) => {
      const ms = typeof a[0] === 'number' && a[0] > 0 ? a[0] : 1;
      const ref = st.timer.ref;
      st.timer.start(ms);
      st.timer.setRef(ref);
      return undefined;
    }, 1],
    toggleTimerRef: [(_t, a) => {
      st.timer.setRef(a[0] === true);
      return undefined;
    }, 1],
    toggleImmediateRef: [(_t, a) => {
      if (a[0] === true) st.idle.start();
      else st.idle.stop();
      return undefined;
    }, 1],
  });
}
