/**
 * The event loop: ouro's libuv. A plain host object with libuv's phases and reference counting,
 * knowing nothing of realms or guest values, so it can be tested alone.
 *
 * One iteration, as libuv 1.46 (node 20) runs it:
 *   (timers once before the first iteration)
 *   pending → idle → poll (host I/O completions; may block) → check → closing → timers
 * The loop is alive while a referenced handle is active, a request is in flight or a handle is
 * closing. Node's JavaScript layer sits on top exactly as in node: the timers binding drives one
 * TimerHandle (the guest keeps its own timer lists), the immediate queue is a CheckHandle plus an
 * IdleHandle that keeps poll from blocking while referenced immediates wait, and `invoke` (set by
 * the runtime) wraps every callback into the guest so that process.nextTick callbacks and promise
 * jobs are drained after it (node's InternalCallbackScope).
 *
 * The guest runs on the host thread, so the loop cannot block itself: when poll would block,
 * step() returns how long to wait, and the driver (runtime/bootstrap.ts, or a test) waits in the
 * host's own loop, delivering host I/O completions with post(), then calls step() again.
 */

export type Callback = () => void;

export interface EventLoopOptions {
  /** The monotonic clock, in milliseconds (default: the host's performance.now()). */
  now?: () => number;
  /** Runs one callback into the guest (default: calls it). */
  invoke?: (cb: Callback) => void;
}

/** What step() asks of its driver. */
export type StepResult =
  /** Nothing referenced is left: the loop has ended (run beforeExit, then step() again or exit). */
  | { done: true }
  /** Wait up to `ms` milliseconds (-1: until an event is posted) in the host loop, then step() again. */
  | { done: false; ms: number };

const DONE: StepResult = { done: true };

/** A libuv handle: kept alive while active and referenced. */
export abstract class Handle {
  active = false;
  ref = true;
  closing = false;
  closed = false;
  constructor(readonly loop: EventLoop) {}

  /** uv_ref / uv_unref. */
  setRef(ref: boolean): void {
    this.ref = ref;
  }

  hasRef(): boolean {
    return this.ref;
  }

  protected activate(): void {
    if (!this.active) {
      this.active = true;
      this.loop.handles.add(this);
    }
  }

  protected deactivate(): void {
    if (this.active) {
      this.active = false;
      this.loop.handles.delete(this);
    }
  }

  /** uv_close: stops the handle; cb runs in the closing phase of this iteration. */
  close(cb?: Callback): void {
    if (this.closing || this.closed) return;
    this.closing = true;
    this.onClose();
    this.deactivate();
    this.loop.closingQueue.push([this, cb]);
  }

  /** Stops whatever the handle does (called by close). */
  protected onClose(): void {}
}

/** uv_timer_t. */
export class TimerHandle extends Handle {
  /** Absolute due time, in loop milliseconds. */
  timeout = 0;
  repeat = 0;
  /** Orders timers that are due at the same time by start order (libuv's start_id). */
  startId = 0;
  constructor(loop: EventLoop, public callback: Callback) {
    super(loop);
  }

  /** uv_timer_start: due `ms` after the loop's cached time. */
  start(ms: number, repeat = 0): void {
    if (this.closing || this.closed) return;
    if (this.active) this.stop();
    this.timeout = this.loop.time + Math.max(0, ms);
    this.repeat = repeat;
    this.startId = this.loop.nextStartId++;
    this.activate();
    this.loop.timerHeap.insert(this);
  }

  /** uv_timer_stop. */
  stop(): void {
    if (!this.active) return;
    this.loop.timerHeap.remove(this);
    this.deactivate();
  }

  /** uv_timer_again: restarts a repeating timer. */
  again(): void {
    if (this.repeat !== 0) this.start(this.repeat, this.repeat);
  }

  protected override onClose(): void {
    this.stop();
  }
}

/** uv_check_t: runs its callback once per iteration, after poll. */
export class CheckHandle extends Handle {
  constructor(loop: EventLoop, public callback: Callback) {
    super(loop);
  }

  start(): void {
    if (!this.closing && !this.closed) this.activate();
  }

  stop(): void {
    this.deactivate();
  }
}

/** uv_idle_t: while active, poll does not block (the callback, if any, runs once per iteration). */
export class IdleHandle extends Handle {
  constructor(loop: EventLoop, public callback: Callback | null = null) {
    super(loop);
  }

  start(): void {
    if (!this.closing && !this.closed) this.activate();
  }

  stop(): void {
    this.deactivate();
  }
}

/**
 * A handle fed by host I/O (a socket, a child process, a watcher, stdin): while active and
 * referenced it keeps the loop alive; its events arrive with post().
 */
export class IOHandle extends Handle {
  start(): void {
    if (!this.closing && !this.closed) this.activate();
  }

  stop(): void {
    this.deactivate();
  }
}

/** A request in flight (uv_req_t: an fs operation, a DNS lookup...): keeps the loop alive until completed. */
export class Request {
  done = false;
  constructor(readonly loop: EventLoop, readonly ref: boolean) {}

  /** Delivers the completion: cb runs in the next poll phase and the request ends. */
  complete(cb: Callback): void {
    if (this.done) return;
    this.done = true;
    this.loop.enqueueCompletion(() => {
      if (this.ref) this.loop.activeRequests--;
      this.loop.inFlight--;
      cb();
    });
  }
}

/** A binary min-heap of timers by (timeout, startId). */
class TimerHeap {
  private a: TimerHandle[] = [];

  get size(): number {
    return this.a.length;
  }

  min(): TimerHandle | undefined {
    return this.a[0];
  }

  private less(x: TimerHandle, y: TimerHandle): boolean {
    return x.timeout < y.timeout || (x.timeout === y.timeout && x.startId < y.startId);
  }

  insert(t: TimerHandle): void {
    const a = this.a;
    a.push(t);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }

  remove(t: TimerHandle): void {
    const a = this.a;
    const i = a.indexOf(t);
    if (i < 0) return;
    const last = a.pop()!;
    if (i === a.length) return;
    a[i] = last;
    this.siftDown(i);
    let j = i;
    while (j > 0) {
      const p = (j - 1) >> 1;
      if (!this.less(a[j], a[p])) break;
      [a[j], a[p]] = [a[p], a[j]];
      j = p;
    }
  }

  private siftDown(i: number): void {
    const a = this.a;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < a.length && this.less(a[l], a[m])) m = l;
      if (r < a.length && this.less(a[r], a[m])) m = r;
      if (m === i) return;
      [a[i], a[m]] = [a[m], a[i]];
      i = m;
    }
  }
}

export class EventLoop {
  /** The loop's cached time (uv_now), in milliseconds. Updated at the points libuv updates it. */
  time = 0;
  readonly now: () => number;
  invoke: (cb: Callback) => void;
  /** Active handles (referenced or not). */
  readonly handles = new Set<Handle>();
  readonly timerHeap = new TimerHeap();
  nextStartId = 0;
  /** Handles being closed, with their close callbacks (the closing phase). */
  closingQueue: [Handle, Callback | undefined][] = [];
  /** Callbacks deferred to the next iteration's pending phase. */
  private pendingQueue: Callback[] = [];
  /** Host I/O completions and handle events waiting for the poll phase. */
  private completions: Callback[] = [];
  /** Requests in flight that keep the loop alive. */
  activeRequests = 0;
  /** All requests in flight (referenced or not): poll yields to the host while any is. */
  inFlight = 0;
  private stopFlag = false;
  /** Where step() resumes: entering the loop, the top of an iteration, or poll. */
  private state: 'enter' | 'top' | 'poll' = 'enter';
  /** Called when an event is posted while the driver waits (set by the driver). */
  onWake: (() => void) | null = null;

  constructor(o: EventLoopOptions = {}) {
    this.now = o.now ?? (() => performance.now());
    this.invoke = o.invoke ?? ((cb) => cb());
    this.time = Math.floor(this.now());
  }

  /** uv_update_time. */
  updateTime(): void {
    this.time = Math.floor(this.now());
  }

  /** uv_loop_alive: a referenced active handle, a request in flight or a closing handle. */
  alive(): boolean {
    if (this.activeRequests > 0 || this.closingQueue.length > 0) return true;
    for (const h of this.handles) if (h.ref) return true;
    return false;
  }

  /** uv_stop: the loop ends at the end of this iteration. */
  stop(): void {
    this.stopFlag = true;
  }

  /** Starts a request (uv_req_t); its completion is delivered with request.complete(cb). */
  startRequest(ref = true): Request {
    if (ref) this.activeRequests++;
    this.inFlight++;
    return new Request(this, ref);
  }

  /** Queues an event of a handle for the poll phase (host I/O arrived). */
  post(cb: Callback): void {
    this.enqueueCompletion(cb);
  }

  enqueueCompletion(cb: Callback): void {
    this.completions.push(cb);
    const wake = this.onWake;
    if (wake !== null) wake();
  }

  /** Defers cb to the pending phase of the next iteration. */
  defer(cb: Callback): void {
    this.pendingQueue.push(cb);
  }

  /** How long poll may block: 0 when something is ready, else until the next timer (-1: no timer). */
  private backendTimeout(): number {
    if (this.stopFlag || !this.alive() || this.pendingQueue.length > 0 || this.closingQueue.length > 0) return 0;
    for (const h of this.handles) if (h instanceof IdleHandle) return 0;
    const t = this.timerHeap.min();
    if (t === undefined) return -1;
    return Math.max(0, t.timeout - this.time);
  }

  /**
   * Runs the loop until it must wait or has ended. Resumable: after a wait the next call continues
   * at the poll phase. Exceptions from callbacks (process.exit, a termination) propagate.
   */
  step(): StepResult {
    if (this.state === 'enter') {
      const alive = this.alive();
      this.updateTime();
      this.state = 'top';
      if (alive && !this.stopFlag) this.runTimers();
    }
    for (;;) {
      if (this.state === 'top') {
        if (this.stopFlag || !this.alive()) {
          this.stopFlag = false;
          this.state = 'enter';
          return DONE;
        }
        this.runPending();
        this.runIdle();
        const timeout = this.backendTimeout();
        this.state = 'poll';
        if (this.completions.length === 0) {
          if (timeout !== 0) return { done: false, ms: timeout };
          // Not blocking, but host I/O can only arrive while the host loop turns.
          if (this.inFlight > 0) return { done: false, ms: 0 };
        }
      }
      // poll
      this.updateTime();
      this.runCompletions();
      for (let i = 0; i < 8 && this.pendingQueue.length > 0; i++) this.runPending();
      this.runCheck();
      this.runClosing();
      this.updateTime();
      this.state = 'top';
      this.runTimers();
    }
  }

  /** uv__run_timers: the timers due now, collected first, in (due, start) order. */
  private runTimers(): void {
    const ready: TimerHandle[] = [];
    for (;;) {
      const t = this.timerHeap.min();
      if (t === undefined || t.timeout > this.time) break;
      t.stop();
      ready.push(t);
    }
    for (const t of ready) {
      if (t.closing || t.closed) continue;
      t.again();
      const cb = t.callback;
      this.invoke(cb);
    }
  }

  private runPending(): void {
    if (this.pendingQueue.length === 0) return;
    const q = this.pendingQueue;
    this.pendingQueue = [];
    for (const cb of q) this.invoke(cb);
  }

  private runIdle(): void {
    for (const h of [...this.handles]) {
      if (h instanceof IdleHandle && h.active && h.callback !== null) this.invoke(h.callback);
    }
  }

  private runCompletions(): void {
    if (this.completions.length === 0) return;
    const q = this.completions;
    this.completions = [];
    for (let i = 0; i < q.length; i++) {
      try {
        this.invoke(q[i]);
      } catch (e) {
        // Leave the rest for the next poll (the exception ends this step).
        this.completions = q.slice(i + 1).concat(this.completions);
        throw e;
      }
    }
  }

  private runCheck(): void {
    for (const h of [...this.handles]) {
      if (h instanceof CheckHandle && h.active) this.invoke(h.callback);
    }
  }

  private runClosing(): void {
    if (this.closingQueue.length === 0) return;
    const q = this.closingQueue;
    this.closingQueue = [];
    for (const [h, cb] of q) {
      h.closing = false;
      h.closed = true;
      if (cb !== undefined) this.invoke(cb);
    }
  }

  /** The due time of the nearest timer (for drivers that wait), or undefined. */
  nextTimerDue(): number | undefined {
    return this.timerHeap.min()?.timeout;
  }

  /**
   * Runs the loop to its end synchronously, for tests and hosts without I/O: waits are skipped
   * by advancing `advance(ms)` (a fake clock); an endless wait with nothing to deliver throws.
   */
  runSync(advance: (ms: number) => void, maxSteps = 1_000_000): void {
    for (let i = 0; i < maxSteps; i++) {
      const r = this.step();
      if (r.done) return;
      if (r.ms < 0) {
        if (this.completions.length === 0) throw new Error('event loop: waiting forever with nothing to deliver');
      } else if (r.ms > 0) {
        advance(r.ms);
      }
    }
    throw new Error('event loop: too many steps');
  }
}
