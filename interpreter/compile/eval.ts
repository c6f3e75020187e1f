import type { Value } from '../values/value';
import type { Env } from './function-object';
import type { FunctionInfo, Scope } from '../scope/scope';

export interface EvalContext {
  scope: Scope;
  fn: FunctionInfo;
  strict: boolean;
  env: Env;
}

// PLACEHOLDER: filled in below.
export function performEval(x: Value, _ctx: EvalContext | null): Value {
  return x;
}
