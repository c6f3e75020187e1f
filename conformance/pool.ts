/**
 * A pool of worker threads running jobs (worker.ts), one job per worker at a time. Each worker
 * has a large stack (the interpreter recurses on the host stack). A worker that crashes, runs out
 * of memory, or does not answer within the hard timeout is killed and replaced, and its job is
 * recorded as failed.
 *
 * Isolation 'process' (the default) puts each worker thread in its own child process (child.ts),
 * because some host failures (V8 fatal errors such as an over-long host array) abort the whole
 * process, not just the thread; 'thread' runs the worker threads in this process.
 */
import { fork, type ChildProcess } from 'child_process';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Outcome, TestJob } from './types';

export type Isolation = 'process' | 'thread';

export interface PoolOptions {
  /** Number of workers. */
  size: number;
  /** The test262 root (for harness files). */
  root: string;
  /** Kill a worker whose job runs longer than this (ms). */
  hardTimeoutMs: number;
  isolation?: Isolation;
  stackSizeMb?: number;
  maxOldGenerationSizeMb?: number;
}

/** A running worker, whichever way it is isolated. */
interface Handle {
  send(m: unknown): void;
  kill(): Promise<void>;
}

interface Events {
  message(m: any): void;
  /** The worker is gone (crash, exit); reason for the job it had. */
  died(reason: string): void;
}

/** The last lines a child wrote to stderr, to explain a crash ("Fatal JavaScript invalid size error"). */
function crashReason(stderr: string, code: number | null, signal: NodeJS.Signals | null): string {
  const lines = stderr.split('\n').map((l) => l.replace(/^#\s*/, '').trim()).filter((l) => l !== '');
  const fatal = lines.find((l) => /fatal|error|abort/i.test(l) && !/^\d+:/.test(l) && !/^Fatal error in/.test(l));
  const how = signal !== null ? `signal ${signal}` : `code ${code}`;
  return `worker process died (${how})${fatal ? `: ${fatal.slice(0, 200)}` : ''}`;
}

function startProcess(opts: PoolOptions, ev: Events): Handle {
  const child: ChildProcess = fork(path.join(__dirname, 'child.js'), [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-8192);
  });
  let fatal: string | null = null;
  let gone = false;
  child.on('message', (m: any) => {
    if (m && typeof m.fatal === 'string') fatal = m.fatal;
    else ev.message(m);
  });
  child.on('exit', (code, signal) => {
    if (gone) return;
    gone = true;
    // Let the last stderr chunk arrive before explaining the crash.
    setImmediate(() => ev.died(fatal ?? crashReason(stderr, code, signal)));
  });
  child.on('error', (e) => {
    if (gone) return;
    gone = true;
    ev.died(`worker process failed: ${e.message}`);
  });
  child.send({ root: opts.root, stackSizeMb: opts.stackSizeMb ?? 256, maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? 2048 });
  return {
    send: (m) => child.send(m as any),
    kill: () => new Promise<void>((resolve) => {
      gone = true;
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    }),
  };
}

function startThread(opts: PoolOptions, ev: Events): Handle {
  const w = new Worker(path.join(__dirname, 'worker.js'), {
    workerData: { root: opts.root },
    resourceLimits: { stackSizeMb: opts.stackSizeMb ?? 256, maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? 2048 },
    stdout: true,
    stderr: true,
  });
  w.stdout.resume();
  w.stderr.resume();
  let gone = false;
  w.on('message', (m) => ev.message(m));
  w.on('error', (e: Error & { code?: string }) => {
    if (gone) return;
    gone = true;
    ev.died(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'worker out of memory' : `worker crashed: ${e.message}`);
  });
  w.on('exit', (code) => {
    if (gone) return;
    gone = true;
    ev.died(`worker exited with code ${code}`);
  });
  return {
    send: (m) => w.postMessage(m),
    kill: async () => {
      gone = true;
      await w.terminate();
    },
  };
}

interface Pending {
  id: number;
  started: number;
  resolve(o: Outcome): void;
  timer: NodeJS.Timeout;
}

/** One worker slot: starts a worker on demand and replaces it when it dies. */
class Slot {
  private handle: Handle | null = null;
  private ready: Promise<void> | null = null;
  private pending: Pending | null = null;
  private nextId = 1;

  constructor(private readonly opts: PoolOptions) {}

  private start(): Promise<void> {
    let onReady!: () => void;
    let onFail!: (e: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      onReady = resolve;
      onFail = reject;
    });
    let isReady = false;
    const ev: Events = {
      message: (m) => {
        if (m && m.ready) {
          isReady = true;
          onReady();
          return;
        }
        const p = this.pending;
        if (p !== null && m && m.id === p.id && m.outcome !== undefined) this.finish(m.outcome);
      },
      died: (reason) => {
        if (this.handle !== h) return;
        this.handle = null;
        this.ready = null;
        if (!isReady) onFail(new Error(reason));
        const p = this.pending;
        if (p !== null) this.finish({ result: 'fail', error: `${reason} (restarted)`, ms: Date.now() - p.started });
      },
    };
    const h = (this.opts.isolation ?? 'process') === 'process' ? startProcess(this.opts, ev) : startThread(this.opts, ev);
    this.handle = h;
    this.ready = ready;
    return ready;
  }

  private finish(o: Outcome): void {
    const p = this.pending;
    if (p === null) return;
    this.pending = null;
    clearTimeout(p.timer);
    p.resolve(o);
  }

  async run(job: TestJob): Promise<Outcome> {
    try {
      if (this.handle === null) await this.start();
      else await this.ready;
    } catch (e) {
      this.handle = null;
      this.ready = null;
      return { result: 'fail', error: `worker failed to start: ${(e as Error).message}`, ms: 0 };
    }
    const h = this.handle!;
    return new Promise<Outcome>((resolve) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        if (this.pending?.id !== id) return;
        this.handle = null;
        this.ready = null;
        void h.kill();
        this.finish({ result: 'fail', error: `timeout (worker unresponsive after ${this.opts.hardTimeoutMs} ms; restarted)`, ms: this.opts.hardTimeoutMs });
      }, this.opts.hardTimeoutMs);
      this.pending = { id, started: Date.now(), resolve, timer };
      h.send({ id, job });
    });
  }

  async close(): Promise<void> {
    const h = this.handle;
    this.handle = null;
    if (h !== null) await h.kill();
  }
}

export class WorkerPool {
  private readonly slots: Slot[];
  constructor(readonly opts: PoolOptions) {
    this.slots = Array.from({ length: Math.max(1, opts.size) }, () => new Slot(opts));
  }

  /** Runs every job, at most `size` at a time; onDone is called as each finishes. */
  async runAll(jobs: TestJob[], onDone: (job: TestJob, outcome: Outcome) => void): Promise<void> {
    let next = 0;
    await Promise.all(this.slots.map(async (slot) => {
      while (next < jobs.length) {
        const job = jobs[next++];
        onDone(job, await slot.run(job));
      }
    }));
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.close()));
  }
}
