import type { Node } from '../parse';
import type { FunctionInfo } from '../scope/scope';
import type { Compiler } from './compiler';
import type { Invoke } from './function-object';

export interface InvokePlan { [k: string]: any }

// PLACEHOLDER: the resumable compiler comes next.
export function compileGeneratorInvoke(_c: Compiler, _info: FunctionInfo, _node: Node, _plan: InvokePlan): Invoke {
  throw new Error('generators are not compiled yet');
}
