/**
 * native: Node's own V8, the baseline. A fresh `vm` context per run; its microtask queue is drained
 * as part of the evaluation (`microtaskMode: 'afterEvaluate'`), like the interpreters drain theirs.
 */
import * as vm from 'vm';
import type { EngineAdapter } from '../engine';

export const native: EngineAdapter = {
  name: 'native',
  description: "V8 through node's vm.runInContext in a fresh context (JIT)",
  async load() {
    const context = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
    return {
      evaluate(source) {
        vm.runInContext(source, context, { filename: 'bench.js' });
        return (context as { __result?: unknown }).__result;
      },
    };
  },
};
