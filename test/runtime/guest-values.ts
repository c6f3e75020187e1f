/** Test helper: a guest realm whose values util.inspect/console tests compare with the host's. */
import { createRealm, type OuroRealm } from '../../interpreter/index';
import { enterAgent, leaveAgent } from '../../interpreter/agent';
import type { Value } from '../../interpreter/values/value';

export interface GuestEnv {
  ouro: OuroRealm;
  /** The guest value of the script src (its completion value). */
  guestOf(src: string): Value;
  /** Runs f with the realm's agent entered (inspect and built-ins need the running realm). */
  run<T>(f: () => T): T;
}

export function makeGuestEnv(): GuestEnv {
  const ouro = createRealm();
  const run = <T>(f: () => T): T => {
    const prev = enterAgent(ouro.agent, ouro.realm);
    try {
      return f();
    } finally {
      leaveAgent(prev);
    }
  };
  return { ouro, run, guestOf: (src) => ouro.evaluateRaw(src) };
}
