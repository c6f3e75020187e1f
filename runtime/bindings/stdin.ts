/**
 * internalBinding('stdin'): standard input read asynchronously for process.stdin (node's stdin
 * handle): while reading and not paused, an I/O handle keeps the loop alive; each chunk, and the
 * end (null), goes to the guest's callback from the poll phase.
 */
import { JSObject } from '../../interpreter/values/object';
import { IOHandle } from '../event-loop';
import type { RuntimeContext } from './context';
import { bareObject, guestBytes, methods } from './guest';
import { makeCallback } from './task-queue';

const CHUNK = 65536;

class StdinReader {
  private readonly handle: IOHandle;
  private callback: JSObject | null = null;
  private paused = true;
  private inFlight = false;
  private eof = false;
  /** The whole input, when the runtime gives it at once (no asynchronous reader). */
  private buffered: Uint8Array | null = null;
  private pos = 0;

  constructor(private readonly ctx: RuntimeContext) {
    this.handle = new IOHandle(ctx.loop);
  }

  start(callback: JSObject): void {
    this.callback = callback;
    this.resume();
  }

  resume(): void {
    if (this.eof || this.callback === null) return;
    this.paused = false;
    this.handle.start();
    this.pump();
  }

  pause(): void {
    this.paused = true;
    this.handle.stop();
  }

  setRef(ref: boolean): void {
    this.handle.setRef(ref);
  }

  private deliver(chunk: Uint8Array | null): void {
    const cb = this.callback;
    if (chunk === null) {
      this.eof = true;
      this.handle.stop();
    }
    if (cb !== null) makeCallback(this.ctx, cb, undefined, [chunk === null ? null : guestBytes(chunk)]);
    if (chunk !== null) this.pump();
  }

  private pump(): void {
    if (this.paused || this.inFlight || this.eof) return;
    const o = this.ctx.options;
    this.inFlight = true;
    if (o.readStdinAsync === undefined) {
      if (this.buffered === null) this.buffered = o.readStdin ? o.readStdin() : new Uint8Array(0);
      const chunk = this.buffered.subarray(this.pos, this.pos + CHUNK);
      this.pos += chunk.length;
      this.ctx.loop.post(() => {
        this.inFlight = false;
        this.deliver(chunk.length === 0 ? null : chunk);
      });
      return;
    }
    o.readStdinAsync(CHUNK, (err, chunk) => {
      this.ctx.loop.post(() => {
        this.inFlight = false;
        this.deliver(err !== null || chunk.length === 0 ? null : chunk);
      });
    });
  }
}

export function createStdinBinding(ctx: RuntimeContext): JSObject {
  const reader = new StdinReader(ctx);
  return methods(ctx.realm, bareObject(), {
    /** start(callback): reading begins; callback(Uint8Array) per chunk, callback(null) at the end. */
    start: [(_t, a) => {
      if (a[0] instanceof JSObject && a[0].isCallable) reader.start(a[0]);
      return undefined;
    }, 1],
    pause: [() => {
      reader.pause();
      return undefined;
    }, 0],
    resume: [() => {
      reader.resume();
      return undefined;
    }, 0],
    ref: [() => {
      reader.setRef(true);
      return undefined;
    }, 0],
    unref: [() => {
      reader.setRef(false);
      return undefined;
    }, 0],
  });
}
