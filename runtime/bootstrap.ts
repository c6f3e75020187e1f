/**
 * The Node runtime, staged like node's own startup: a realm (the engine) → the globals the host
 * provides (console) → the process object → the guest bootstrap (stdlib/internal/bootstrap/node:
 * process methods, nextTick and timers, the other globals) → the main module (CommonJS through
 * Module._load, or -e/-p through evalScript) → the event loop until nothing referenced is left →
 * 'beforeExit' (which may schedule more work) → 'exit'. process.exit() and fatal exceptions end
 * the run early; fuel and deadline limits end it with a termination the guest cannot catch.
 *
 * The guest runs synchronously on the host thread; when the loop must wait (timers in the
 * future, host I/O in flight), the run awaits in the host's own event loop and resumes.
 */
import { Agent, enterAgent, leaveAgent, Termination, ThrowCompletion, type LimitKind } from '../interpreter/agent';
import { Realm } from '../interpreter/realm';
import { JSObject } from '../interpreter/values/object';
import type { Value } from '../interpreter/values/value';
import { CreateBuiltinFunction } from '../interpreter/values/function';
import { EventLoop } from './event-loop';
import { installConsole } from './console';
import { ProcessExit, RuntimeContext, type RuntimeOptions } from './bindings/context';
import { BuiltinLoader } from './modules/builtins';
import { rememberSource } from './modules/compile-function';
import { evaluateScript } from '../interpreter/compile/script';
import { createProcessObject, exitCodeOf, exitInfo, kExiting } from './bindings/process';
import { callbackScope, makeCallback } from './bindings/task-queue';
import { withDecoratedSyntaxErrors } from './bindings/errors';
import { containsModuleSyntax } from './modules/esm/module-wrap';

let gcFn: (() => void) | null = null;

/** The host's gc(), made available on first use. */
function hostGc(): () => void {
  if (gcFn === null) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('v8').setFlagsFromString('--expose-gc');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    gcFn = require('vm').runInNewContext('gc') as () => void;
  }
  return gcFn;
}

export interface Limits {
  fuel?: number;
  deadlineMs?: number;
  maxStackDepth?: number;
}

/** How a run ended: an exit code, or a limit that terminated it. */
export type RunOutcome =
  | { kind: 'exit'; code: number }
  | { kind: 'limit'; limit: LimitKind; message: string };

export class NodeRuntime {
  private constructor(readonly ctx: RuntimeContext) {}

  get realm(): Realm {
    return this.ctx.realm;
  }

  get agent(): Agent {
    return this.ctx.agent;
  }

  /** Creates the realm and runs the bootstrap (no user code yet). The limits apply to what runs after it. */
  static create(options: RuntimeOptions, limits: Limits = {}): NodeRuntime {
    const agent = new Agent();
    let realm!: Realm;
    const prev = enterAgent(agent, null as any);
    try {
      realm = new Realm(agent);
    } finally {
      leaveAgent(prev);
    }
    const loop = new EventLoop();
    const ctx = new RuntimeContext(realm, agent, loop, options);
    ctx.builtins = new BuiltinLoader(ctx);
    loop.invoke = (cb) => {
      if (agent.deadline !== Infinity && Date.now() > agent.deadline) {
        throw new Termination('deadline', 'Script execution timed out (deadline exceeded)');
      }
      cb();
    };
    const rt = new NodeRuntime(ctx);
    rt.enter(() => {
      // The console writes through process.stdout/stderr once the guest has made them (so that
      // a replaced write() sees console output, as in node); until then straight to fds 1 and 2.
      const sink = (fd: 1 | 2) => (s: string): void => {
        const stream = ctx.state.get(`stdio${fd}`);
        if (stream instanceof JSObject) {
          const write = stream.Get('write', stream);
          if (write instanceof JSObject && write.isCallable) {
            write.Call(stream, [s]);
            return;
          }
        }
        (fd === 1 ? options.stdout : options.stderr)(s);
      };
      installConsole(realm, { stdout: sink(1), stderr: sink(2), colors: options.colors === true });
      const process = createProcessObject(ctx);
      ctx.process = process;
      let current: Value = process;
      const get = CreateBuiltinFunction(realm, () => current, 0, 'process', { prefix: 'get' });
      const set = CreateBuiltinFunction(realm, (_t, a) => {
        current = a[0];
        return undefined;
      }, 1, 'process', { prefix: 'set' });
      realm.globalObject.addAccessor('process', get, set, 4 /* configurable */);
      if (options.execArgv.includes('--expose-gc') || options.execArgv.includes('--expose_gc')) {
        // node --expose-gc: a global gc() running a full collection of the host heap (guest
        // WeakRefs and FinalizationRegistry are backed by the host's).
        realm.globalObject.addHidden('gc', CreateBuiltinFunction(realm, () => {
          hostGc()();
          return undefined;
        }, 0, 'gc'));
      }
      ctx.builtins.require('internal/bootstrap/node');
    });
    // The user's fuel and deadline count the user's program, not the runtime's own startup.
    agent.setLimits({ fuel: limits.fuel, deadlineMs: limits.deadlineMs, maxStackDepth: limits.maxStackDepth });
    return rt;
  }

  /** Runs f with this runtime's agent entered. */
  enter<T>(f: () => T): T {
    const prev = enterAgent(this.ctx.agent, this.ctx.realm);
    try {
      return f();
    } finally {
      leaveAgent(prev);
    }
  }

  /** A builtin's exports (loading it if needed). */
  requireBuiltin(id: string): Value {
    return this.enter(() => this.ctx.builtins.require(id));
  }

  /** Calls a function a builtin exports, in a callback scope. */
  private callBuiltin(id: string, name: string, args: Value[]): void {
    const exports = this.ctx.builtins.require(id);
    if (!(exports instanceof JSObject)) throw new Error(`interpreter bug: builtin ${id} has no exports`);
    const f = exports.Get(name, exports);
    if (!(f instanceof JSObject) || !f.isCallable) throw new Error(`interpreter bug: ${id}.${name} is not a function`);
    callbackScope(this.ctx, () => void f.Call(undefined, args));
  }

  /** Runs the main module (a file path) and the event loop to the end. */
  runMain(file: string): Promise<RunOutcome> {
    return this.run(() => this.callBuiltin('internal/modules/run_main', 'executeUserEntryPoint', [file]));
  }

  /**
   * Runs source as node's -e ('[eval]') or piped stdin ('[stdin]'); print: -p. The script runs
   * from the host, so its stack traces end with its own frames.
   */
  runEval(source: string, name: string, print: boolean): Promise<RunOutcome> {
    return this.run(() => {
      const ctx = this.ctx;
      this.callBuiltin('internal/process/execution', 'setupEvalGlobals', [name]);
      let asModule = false;
      callbackScope(ctx, () => {
        rememberSource(name, source);
        let result: Value;
        try {
          result = withDecoratedSyntaxErrors(() => evaluateScript(ctx.realm, source, name));
        } catch (e) {
          // node 20.19+: code that only parses as a module runs as one (internal/modules/esm/run_main).
          if (e instanceof ThrowCompletion && containsModuleSyntax(source)) asModule = true;
          else throw e;
        }
        if (print && !asModule) this.callBuiltin('internal/process/execution', 'printEvalResult', [result]);
      });
      if (asModule) this.callBuiltin('internal/modules/esm/run_main', 'runEvalModule', [source, print]);
    });
  }

  /** Starts the run with start(), then spins the event loop until the process ends. */
  async run(start: () => void): Promise<RunOutcome> {
    let outcome = this.guard(() => {
      start();
      return this.spin();
    });
    while (typeof outcome === 'number') {
      await this.wait(outcome);
      outcome = this.guard(() => this.spin());
    }
    return outcome;
  }

  /**
   * Runs the loop until it must wait (returns the milliseconds to wait, -1 for an event) or the
   * process ends (beforeExit, exit: returns the outcome).
   */
  private spin(): number | RunOutcome {
    const ctx = this.ctx;
    const loop = ctx.loop;
    for (;;) {
      const r = loop.step();
      if (!r.done) {
        const deadline = ctx.agent.deadline;
        if (deadline !== Infinity) {
          const left = deadline - Date.now();
          if (left <= 0) throw new Termination('deadline', 'Script execution timed out (deadline exceeded)');
          return r.ms < 0 ? left : Math.min(r.ms, left);
        }
        return r.ms;
      }
      this.emitProcess('beforeExit', exitCodeOf(ctx, 0));
      if (loop.alive()) continue;
      return this.exit();
    }
  }

  /** process.emit(event, code) in a callback scope. */
  private emitProcess(event: string, code: number): void {
    // Until the events module is loaded, process is not yet an emitter: nobody listens.
    if (!this.ctx.builtins.isLoaded('events')) return;
    const p = this.ctx.process!;
    const emit = p.Get('emit', p);
    if (emit instanceof JSObject && emit.isCallable) makeCallback(this.ctx, emit, p, [event, code]);
  }

  /** The end of a run: process._exiting, the 'exit' event, the final exit code. */
  private exit(): RunOutcome {
    const ctx = this.ctx;
    const info = exitInfo(ctx);
    info[kExiting] = 1;
    this.emitProcess('exit', exitCodeOf(ctx, 0));
    return { kind: 'exit', code: exitCodeOf(ctx, 0) };
  }

  /** Runs f in the agent; process.exit and limits become outcomes. */
  private guard(f: () => number | RunOutcome): number | RunOutcome {
    const agent = this.ctx.agent;
    try {
      return this.enter(f);
    } catch (e) {
      if (e instanceof ProcessExit) {
        agent.clearJobs();
        return { kind: 'exit', code: e.code };
      }
      if (e instanceof Termination) {
        agent.clearJobs();
        return { kind: 'limit', limit: e.limit, message: e.message };
      }
      throw e;
    }
  }

  /** Waits in the host loop: ms milliseconds, or (ms < 0) until host I/O delivers an event. */
  private wait(ms: number): Promise<void> {
    const loop = this.ctx.loop;
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      let immediate: NodeJS.Immediate | undefined;
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        loop.onWake = null;
        if (timer !== undefined) clearTimeout(timer);
        if (immediate !== undefined) clearImmediate(immediate);
        resolve();
      };
      loop.onWake = finish;
      if (ms === 0) immediate = setImmediate(finish);
      else if (ms > 0) timer = setTimeout(finish, ms);
    });
  }
}

