/**
 * The engine's public face: create a realm, evaluate scripts in it, get host copies back.
 * The engine alone: no Node runtime (see runtime/ for that).
 */
import { Agent, enterAgent, leaveAgent, R, Termination, ThrowCompletion, type LimitKind } from './agent';
import { Realm } from './realm';
import type { Value } from './values/value';
import { JSObject } from './values/object';
import { evaluateScript } from './compile/script';
import { toHost } from './host-copy';
import { isHostStackOverflow } from './compile/function-object';
import { makeError, Msg } from './errors';

export interface EvaluateOptions {
  /** Name shown in stack traces and syntax errors. */
  filename?: string;
  /** Fuel units (about one per call, loop iteration and built-in step); unlimited if absent. */
  fuel?: number;
  /** Wall-clock limit for this evaluation, in milliseconds. */
  deadlineMs?: number;
  /** Most nested guest calls before a RangeError. */
  maxStackDepth?: number;
  /** Run queued promise jobs after the script (default true). */
  drainJobs?: boolean;
}

/** A guest exception seen from the host: the guest error's name, message and stack. */
export class GuestError extends Error {
  constructor(readonly guestName: string, message: string, readonly guestStack: string, readonly value: unknown) {
    super(message);
    this.name = guestName;
    this.stack = guestStack;
  }
}

/** A limit ended the guest. */
export class LimitError extends Error {
  constructor(readonly limit: LimitKind, message: string) {
    super(message);
    this.name = 'LimitError';
  }
}

export interface OuroRealm {
  /** Evaluates a script; returns its completion value as a host copy. */
  evaluate(source: string, options?: EvaluateOptions): unknown;
  /** Evaluates a script; returns the guest value itself (for embedders working with the object model). */
  evaluateRaw(source: string, options?: EvaluateOptions): Value;
  /** The underlying realm record. */
  readonly realm: Realm;
  readonly agent: Agent;
}

/** Converts a guest throw into a host GuestError. */
export function guestErrorFrom(value: Value, realm: Realm): GuestError {
  const prev = enterAgent(realm.agent, realm);
  try {
    if (value instanceof JSObject) {
      const name = safeString(dataProp(value, 'name')) ?? 'Error';
      const message = safeString(dataProp(value, 'message')) ?? '';
      const stack = safeString(dataProp(value, 'stack')) ?? `${name}: ${message}`;
      return new GuestError(name, message, stack, toHost(value));
    }
    const s = typeof value === 'string' ? value : String(toHost(value));
    return new GuestError('Error', `Uncaught ${s}`, `Uncaught ${s}`, toHost(value));
  } finally {
    leaveAgent(prev);
  }
}

function dataProp(o: JSObject, key: string): Value {
  if (o.className === 'Error') o.GetOwnProperty('stack');
  for (let p: JSObject | null = o; p !== null && (!p.exotic || p.className === 'Error'); p = p.shape.proto) {
    const i = p.shape.lookup(key);
    if (i >= 0) return p.shape.attrs[i] & 8 ? undefined : p.slots[i];
  }
  return undefined;
}

function safeString(v: Value): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export interface CreateRealmOptions {
  /** Create the realm in this realm's agent (shared job queue, symbol registry and limits), as $262.createRealm does. */
  sameAgentAs?: OuroRealm;
}

/** Creates a realm with its own agent (call stack, fuel, job queue), or in an existing agent. */
export function createRealm(options: CreateRealmOptions = {}): OuroRealm {
  const agent = options.sameAgentAs ? options.sameAgentAs.agent : new Agent();
  const prev = enterAgent(agent, null as any);
  let realm: Realm;
  try {
    realm = new Realm(agent);
  } finally {
    leaveAgent(prev);
  }
  const evaluateRaw = (source: string, options: EvaluateOptions = {}): Value => {
    agent.setLimits(options);
    const prev = enterAgent(agent, realm);
    try {
      const v = evaluateScript(realm, source, options.filename ?? '<eval>');
      if (options.drainJobs !== false) agent.runJobs();
      return v;
    } catch (e) {
      if (e instanceof ThrowCompletion) throw guestErrorFrom(e.value, realm);
      // The host stack ran out before the guest depth limit (deep host recursion per guest frame,
      // e.g. through ToPrimitive) and no guest catch site converted it: the guest's RangeError.
      if (isHostStackOverflow(e)) throw guestErrorFrom(makeError(realm, 'RangeError', Msg.stackOverflow()), realm);
      if (e instanceof Termination) {
        agent.clearJobs();
        throw new LimitError(e.limit, e.message);
      }
      throw e;
    } finally {
      leaveAgent(prev);
    }
  };
  return {
    realm,
    agent,
    evaluateRaw,
    evaluate(source, options) {
      const v = evaluateRaw(source, options);
      const prev = enterAgent(agent, realm);
      try {
        return toHost(v);
      } finally {
        leaveAgent(prev);
      }
    },
  };
}

export { Realm, Agent, R, ThrowCompletion, Termination };
