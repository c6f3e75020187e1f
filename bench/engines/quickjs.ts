/**
 * quickjs: QuickJS's bytecode VM compiled to WebAssembly (quickjs-emscripten, the synchronous
 * release build). The WebAssembly module, runtime and context are created before timing; the
 * evaluation runs the script and then the runtime's pending jobs.
 */
import { requirePeer, type EngineAdapter } from '../engine';

export const quickjs: EngineAdapter = {
  name: 'quickjs',
  packageName: 'quickjs-emscripten',
  description: "QuickJS's bytecode VM compiled to WebAssembly, own heap",
  async load() {
    const q = requirePeer('quickjs-emscripten');
    const module = await q.newQuickJSWASMModule(q.RELEASE_SYNC);
    const runtime = module.newRuntime();
    const context = runtime.newContext();
    return {
      evaluate(source) {
        const r = context.evalCode(source, 'bench.js');
        if (r.error) {
          const e = context.dump(r.error);
          r.error.dispose();
          throw new Error(`guest ${e && e.name ? `${e.name}: ${e.message}` : String(e)}`);
        }
        r.value.dispose();
        for (;;) {
          const jobs = runtime.executePendingJobs();
          if (jobs.error) {
            const e = context.dump(jobs.error);
            jobs.error.dispose();
            throw new Error(`guest job ${e && e.name ? `${e.name}: ${e.message}` : String(e)}`);
          }
          if (jobs.value === 0) break;
        }
        const handle = context.getProp(context.global, '__result');
        const value = context.dump(handle);
        handle.dispose();
        return value;
      },
    };
  },
};
