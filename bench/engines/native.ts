/**
 * native: Node's own V8, the baseline, in the child process's main context
 * (`vm.runInThisContext`): every run has a fresh process, so the global state is fresh too.
 *
 * NON-BRIEF: not `vm.runInContext` in a new context. A contextified sandbox makes every global
 * access go through V8's interceptor callbacks into C++, which measured 19× slower on richards,
 * 6× on fib and 2.7× on deltablue (CPU time, Node 20) than the same script in the main context;
 * that slowdown is vm's, not V8's, and would flatter every ratio. Promise jobs queued by the script
 * run on the host's microtask queue, drained before `__result` is read, as the interpreters drain
 * theirs.
 */
import * as vm from 'vm';
import { drainHostMicrotasks, type EngineAdapter } from '../engine';

export const native: EngineAdapter = {
  name: 'native',
  description: "V8 itself (JIT): vm.runInThisContext in the child's main context",
  async load() {
    return {
      async evaluate(source) {
        vm.runInThisContext(source, { filename: 'bench.js' });
        await drainHostMicrotasks();
        return (globalThis as { __result?: unknown }).__result;
      },
    };
  },
};
