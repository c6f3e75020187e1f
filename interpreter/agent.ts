import type { Value } from './values/value';
import type { JSObject } from './values/object';
import type { Realm } from './realm';

/** A source position for stack traces and error messages (1-based line, 1-based column). */
export interface SourcePos {
  file: string;
  line: number;
  col: number;
}

/**
 * A guest `throw` travelling through host frames. Not an Error: no host stack is captured.
 * https://tc39.es/ecma262/#sec-completion-record-specification-type (type: throw)
 */
export class ThrowCompletion {
  /** Where it was thrown (the throw statement, or the expression whose evaluation failed), if known. */
  constructor(readonly value: Value, readonly pos: SourcePos | null = R.pc) {}
}

export type LimitKind = 'fuel' | 'deadline' | 'memory' | 'stack';

/** Ends the guest: guest catch/finally cannot intercept it (they rethrow anything that is not a ThrowCompletion). */
export class Termination {
  constructor(readonly limit: LimitKind, readonly message: string) {}
}

export interface Job {
  (): void;
}

export interface AgentOptions {
  fuel?: number;
  deadlineMs?: number;
  maxStackDepth?: number;
}

/** Fuel is handed to the hot counter in chunks, so the deadline is checked every chunk. */
const FUEL_CHUNK = 100_000;
export const DEFAULT_MAX_STACK_DEPTH = 10_500;

/**
 * The agent: call stack, fuel, deadline and job queue. https://tc39.es/ecma262/#sec-agents
 * The hot state lives in the registers object R, which compiled closures reference directly.
 */
export class Agent {
  /** Fuel not yet handed to R.fuel; Infinity when unlimited. */
  fuelReserve = Infinity;
  deadline = Infinity;
  maxDepth = DEFAULT_MAX_STACK_DEPTH;
  jobs: Job[] = [];
  jobHead = 0;
  /** Saved registers while this agent is not running. */
  saved: Registers | null = null;
  /** Host hook: called for promises rejected with no handler (operation 'reject' | 'handle'). */
  rejectionTracker: ((promise: JSObject, operation: 'reject' | 'handle') => void) | null = null;
  /** The GlobalSymbolRegistry (Symbol.for). */
  symbolRegistry = new Map<string, import('./values/symbol').JSSymbol>();
  /** Host hook: errors that occur in jobs with nowhere else to go (HostReportErrors). */
  reportError: ((v: Value) => void) | null = null;

  setLimits(o: AgentOptions): void {
    this.fuelReserve = o.fuel ?? Infinity;
    this.deadline = o.deadlineMs !== undefined ? Date.now() + o.deadlineMs : Infinity;
    if (o.maxStackDepth !== undefined) this.maxDepth = o.maxStackDepth;
  }

  /** Called when R.fuel runs out: refills from the reserve or terminates. */
  refuel(): void {
    if (this.deadline !== Infinity && Date.now() > this.deadline) {
      R.fuel = FUEL_CHUNK;
      throw new Termination('deadline', 'Script execution timed out (deadline exceeded)');
    }
    // R.fuel is <= 0 here; what was spent beyond zero is charged too.
    if (this.fuelReserve <= 0) {
      R.fuel = FUEL_CHUNK;
      throw new Termination('fuel', 'Script execution terminated: fuel exhausted');
    }
    const chunk = Math.min(FUEL_CHUNK, this.fuelReserve);
    this.fuelReserve -= chunk;
    R.fuel += chunk;
    if (R.fuel <= 0) this.refuel();
  }

  enqueueJob(job: Job): void {
    this.jobs.push(job);
  }

  /** Runs queued jobs (promise reactions) until the queue is empty. */
  runJobs(): void {
    while (this.jobHead < this.jobs.length) {
      const job = this.jobs[this.jobHead];
      this.jobs[this.jobHead++] = undefined as any;
      if (this.jobHead > 1024 && this.jobHead * 2 > this.jobs.length) {
        this.jobs = this.jobs.slice(this.jobHead);
        this.jobHead = 0;
      }
      job();
    }
    this.jobs.length = 0;
    this.jobHead = 0;
  }

  /** Drops every queued job (after a termination: nothing of the terminated guest may run later). */
  clearJobs(): void {
    this.jobs = [];
    this.jobHead = 0;
  }

  get hasJobs(): boolean {
    return this.jobHead < this.jobs.length;
  }
}

/**
 * The running agent's hot state. One object for the whole host process: entering an agent swaps
 * its saved state in (enterAgent) and out (leaveAgent).
 */
export interface Registers {
  agent: Agent;
  realm: Realm;
  fuel: number;
  depth: number;
  maxDepth: number;
  /** Current position in the running function (set at call sites and throw sites). */
  pc: SourcePos | null;
  /** The function of each frame. */
  fnStack: (JSObject | null)[];
  /** The caller's pc at each frame's call. */
  pcStack: (SourcePos | null)[];
}

export const R: Registers = {
  agent: null as any,
  realm: null as any,
  fuel: 0,
  depth: 0,
  maxDepth: DEFAULT_MAX_STACK_DEPTH,
  pc: null,
  fnStack: [],
  pcStack: [],
};

/** Makes agent the running one with realm; returns a token for leaveAgent. */
export function enterAgent(agent: Agent, realm: Realm): Registers | null {
  const prev = R.agent === null ? null : { ...R };
  if (prev !== null && R.agent === agent) {
    R.realm = realm;
    return prev;
  }
  R.agent = agent;
  R.realm = realm;
  R.fuel = 0;
  R.maxDepth = agent.maxDepth;
  R.depth = 0;
  R.pc = null;
  R.fnStack = [];
  R.pcStack = [];
  return prev;
}

export function leaveAgent(prev: Registers | null): void {
  if (prev === null) {
    R.agent = null as any;
    R.realm = null as any;
    return;
  }
  Object.assign(R, prev);
}
