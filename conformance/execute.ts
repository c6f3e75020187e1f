/**
 * Runs one test in one mode, in the current thread, in a fresh realm with its own agent
 * (INTERPRETING.md: "Test Execution", "Strict Mode", "negative", "includes", "flags").
 * Workers call runTest; so do the runner's own unit tests.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Agent, enterAgent, leaveAgent, Termination, ThrowCompletion } from '../interpreter/agent';
import { Realm } from '../interpreter/realm';
import { JSObject } from '../interpreter/values/object';
import type { Value } from '../interpreter/values/value';
import { JSSymbol } from '../interpreter/values/symbol';
import { JSProxy } from '../interpreter/exotics/proxy';
import { compileScript, evaluateScript } from '../interpreter/compile/script';
import { evaluateModuleRecord, linkModule, loadRequestedModules, parseModule, type ModuleRecord } from '../interpreter/compile/modules';
import { promiseStateOf } from '../interpreter/intrinsics/Promise';
import { installModuleHost } from './modules';
import { install262 } from './host';
import type { Outcome, TestJob } from './types';

/**
 * Whether module tests run. While false, the planner lists every `flags: [module]` test as
 * skipped ("modules not yet supported") and runModuleTest is never called.
 */
export const MODULES_SUPPORTED = true;

export const STRICT_PREFIX = '"use strict";\n';

const ASYNC_COMPLETE = 'Test262:AsyncTestComplete';
const ASYNC_FAILURE = 'Test262:AsyncTestFailure:';

/** Host turns an async test may wait for work the host schedules (e.g. FinalizationRegistry cleanups after gc). */
const ASYNC_HOST_TURNS = 10;

/** Harness sources by name, read once per thread and root. */
export class HarnessCache {
  private readonly files = new Map<string, string>();
  constructor(readonly root: string) {}

  get(name: string): string {
    let src = this.files.get(name);
    if (src === undefined) {
      src = fs.readFileSync(path.join(this.root, 'harness', name), 'utf8');
      this.files.set(name, src);
    }
    return src;
  }
}

/** Everything runTest and runModuleTest need besides the job itself. */
export interface RunContext {
  root: string;
  harness: HarnessCache;
}

/** The harness files a script test evaluates before its own source, in order. */
export function harnessFilesFor(job: TestJob): string[] {
  const flags = job.meta.flags;
  if (flags.includes('raw')) return [];
  const files = ['assert.js', 'sta.js'];
  if (flags.includes('async')) files.push('doneprintHandle.js');
  for (const inc of job.meta.includes) if (!files.includes(inc)) files.push(inc);
  return files;
}

/** A guest data property, looked up without running guest code (no getters, no proxies). */
function dataProperty(o: JSObject, key: string): Value {
  for (let p: JSObject | null = o, i = 0; p !== null && i < 100; i++) {
    if (p instanceof JSProxy) return undefined;
    const d = p.GetOwnProperty(key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
    p = p.GetPrototypeOf();
  }
  return undefined;
}

/** The name of a thrown value's constructor (`e.constructor.name`), without running guest code. */
export function thrownTypeName(v: Value): string | null {
  if (!(v instanceof JSObject)) return null;
  try {
    const ctor = dataProperty(v, 'constructor');
    if (ctor instanceof JSObject) {
      const n = dataProperty(ctor, 'name');
      if (typeof n === 'string' && n !== '') return n;
    }
    const n = dataProperty(v, 'name');
    return typeof n === 'string' ? n : null;
  } catch {
    return null;
  }
}

function primitiveText(v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof JSSymbol) return `Symbol(${v.description ?? ''})`;
  if (typeof v === 'bigint') return `${v}n`;
  return String(v);
}

/** A one-line description of a thrown guest value: "Test262Error: message" or the primitive. */
export function describeThrown(v: Value): string {
  if (!(v instanceof JSObject)) return `uncaught ${typeof v === 'string' ? JSON.stringify(v) : primitiveText(v)}`;
  try {
    const name = thrownTypeName(v) ?? 'Object';
    const message = dataProperty(v, 'message');
    return message === undefined ? name : `${name}: ${primitiveText(message)}`;
  } catch {
    return 'uncaught <unprintable object>';
  }
}

/** A test failure, or a limit that ended it. */
class Failure {
  constructor(readonly message: string) {}
}

/** Turns whatever a run threw into a failure message; guest throws are described by the caller. */
function hostFailure(e: unknown): Failure {
  if (e instanceof Failure) return e;
  if (e instanceof Termination) {
    if (e.limit === 'fuel') return new Failure('timeout (fuel exhausted)');
    if (e.limit === 'deadline') return new Failure('timeout (deadline exceeded)');
    return new Failure(`limit ${e.limit}: ${e.message}`);
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) return new Failure('host error: host stack overflow');
  if (e instanceof Error) {
    const at = (e.stack ?? '').split('\n').find((l) => l.trim().startsWith('at '))?.trim() ?? '';
    return new Failure(`host error: ${e.name}: ${e.message}${at ? ` (${at})` : ''}`);
  }
  return new Failure(`host error: ${String(e)}`);
}

function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Runs one test (script or module) and reports pass or fail. Never throws. */
export async function runTest(job: TestJob, ctx: RunContext): Promise<Outcome> {
  const start = Date.now();
  let outcome: { result: 'pass' | 'fail' | 'skip'; error: string | null };
  try {
    outcome = job.mode === 'module' ? await runModuleTest(job, ctx) : await runScriptTest(job, ctx);
  } catch (e) {
    outcome = { result: 'fail', error: hostFailure(e).message };
  }
  return { ...outcome, ms: Date.now() - start };
}

/**
 * A module test (flags: [module]): to be written when the engine has an ES module loader.
 * Specifiers are './name' relative to the test's directory (path.join(ctx.root, path.dirname(job.file))),
 * `_FIXTURE` files get no harness, a `negative` test of phase 'resolution' must fail while linking,
 * and an `async` module test completes through print like a script one.
 */
export async function runModuleTest(job: TestJob, ctx: RunContext): Promise<{ result: 'pass' | 'fail' | 'skip'; error: string | null }> {
  return runScriptTest(job, ctx);
}

/** A script test: harness, then the source (strict or sloppy), then its jobs; checks negative/async expectations. */
async function runScriptTest(job: TestJob, ctx: RunContext): Promise<{ result: 'pass' | 'fail'; error: string | null }> {
  const { meta } = job;
  const negative = meta.negative;
  const source = job.mode === 'strict' ? STRICT_PREFIX + job.source : job.source;
  const isAsync = meta.flags.includes('async');
  const printed: string[] = [];

  const isModule = job.mode === 'module';
  const agent = new Agent();
  agent.setLimits({ fuel: job.fuel, deadlineMs: job.timeoutMs });
  let realm: Realm;
  const outer = enterAgent(agent, null as any);
  try {
    realm = new Realm(agent);
  } finally {
    leaveAgent(outer);
  }
  installModuleHost(realm, ctx.root);
  const absFile = path.join(ctx.root, job.file);
  let moduleRecord: ModuleRecord | null = null;

  const fail = (message: string) => ({ result: 'fail' as const, error: message });
  /** Looks at a thrown value inside the agent (an exotic object's internal methods may need it). */
  const inspect = (v: Value): { type: string | null; text: string } => {
    const prev = enterAgent(agent, realm);
    try {
      return { type: thrownTypeName(v), text: describeThrown(v) };
    } catch {
      return { type: null, text: 'uncaught <unprintable value>' };
    } finally {
      leaveAgent(prev);
    }
  };
  const pass = () => ({ result: 'pass' as const, error: null });

  /** Runs f inside the agent; guest throws come back as { thrown }, everything else as a Failure. */
  const inAgent = <T>(f: () => T): { value: T } | { thrown: Value } | { failure: Failure } => {
    const prev = enterAgent(agent, realm);
    try {
      return { value: f() };
    } catch (e) {
      if (e instanceof ThrowCompletion) return { thrown: e.value };
      return { failure: hostFailure(e) };
    } finally {
      leaveAgent(prev);
    }
  };

  // Parse phase: compile the test without running anything.
  const parsed = inAgent(() => {
    if (isModule) moduleRecord = parseModule(realm, job.source, absFile);
    else compileScript(source, job.file);
  });
  if ('failure' in parsed) return fail(parsed.failure.message);
  if ('thrown' in parsed) {
    const { type, text } = inspect(parsed.thrown);
    if (negative?.phase === 'parse') {
      return type === negative.type ? pass() : fail(`expected ${negative.type} at parse time, got ${text}`);
    }
    return fail(`parse error: ${text}`);
  }
  if (negative?.phase === 'parse') return fail(`expected ${negative.type} at parse time, but the test parsed`);

  // Host bindings and harness files.
  const installed = inAgent(() => install262(realm, { print: (s) => { printed.push(s); } }));
  if ('failure' in installed) return fail(installed.failure.message);
  if ('thrown' in installed) return fail(`host setup threw: ${inspect(installed.thrown).text}`);
  for (const name of harnessFilesFor(job)) {
    let text: string;
    try {
      text = ctx.harness.get(name);
    } catch {
      return fail(`harness file not found: harness/${name}`);
    }
    const r = inAgent(() => evaluateScript(realm, text, `harness/${name}`));
    if ('failure' in r) return fail(r.failure.message);
    if ('thrown' in r) return fail(`harness/${name} threw: ${inspect(r.thrown).text}`);
  }

  // Resolution phase (modules): load and link the module graph.
  if (isModule) {
    const linked = inAgent(() => {
      const m = moduleRecord!;
      (realm.host.registerModule as (f: string, m: ModuleRecord) => void)(absFile, m);
      loadRequestedModules(m);
      linkModule(m);
    });
    if ('failure' in linked) return fail(linked.failure.message);
    if ('thrown' in linked) {
      const { type, text } = inspect(linked.thrown);
      if (negative?.phase === 'resolution') return type === negative.type ? pass() : fail(`expected ${negative.type} at resolution, got ${text}`);
      return fail(`resolution error: ${text}`);
    }
    if (negative?.phase === 'resolution') return fail(`expected ${negative.type} at resolution, but the module linked`);
  }

  // Runtime: the test, then its promise jobs.
  const ran = inAgent(() => {
    if (isModule) {
      const p = evaluateModuleRecord(moduleRecord!);
      agent.runJobs();
      const st = promiseStateOf(p);
      if (st !== undefined && st.state === 'rejected') throw new ThrowCompletion(st.value);
      return;
    }
    evaluateScript(realm, source, job.file);
    agent.runJobs();
  });
  if ('failure' in ran) return fail(ran.failure.message);
  if ('thrown' in ran) {
    const { type, text } = inspect(ran.thrown);
    if (negative?.phase === 'runtime') {
      return type === negative.type ? pass() : fail(`expected ${negative.type} at runtime, got ${text}`);
    }
    return fail(text);
  }
  if (negative !== null) return fail(`expected ${negative.type} (${negative.phase}), but no exception was thrown`);

  if (!isAsync) return pass();
  // Async: done when print reports completion; the host may still schedule guest jobs for a few turns.
  for (let turn = 0; ; turn++) {
    const failure = printed.find((s) => s.startsWith(ASYNC_FAILURE));
    if (failure !== undefined) {
      // doneprintHandle.js prints 'Test262Error: ' + String(error), and String(error) repeats the name.
      const text = failure.slice(ASYNC_FAILURE.length).trim().replace(/^(\w+): \1: /, '$1: ');
      return fail(text || 'async test failure');
    }
    if (printed.includes(ASYNC_COMPLETE)) return pass();
    if (turn >= ASYNC_HOST_TURNS) return fail('async test did not complete ($DONE was not called)');
    await yieldToHost();
    if (agent.hasJobs) {
      const more = inAgent(() => agent.runJobs());
      if ('failure' in more) return fail(more.failure.message);
      if ('thrown' in more) return fail(inspect(more.thrown).text);
    }
  }
}
