/**
 * sval: an AST-walking interpreter (recursive evaluation functions; a generator-based copy for
 * generator and async bodies). Guest objects are host objects, and guest promises run on the host's
 * microtask queue, which the evaluation drains before reading `__result`.
 */
import { drainHostMicrotasks, requirePeer, type EngineAdapter } from '../engine';

export const sval: EngineAdapter = {
  name: 'sval',
  packageName: 'sval',
  description: 'AST walker over host objects (no isolation)',
  async load() {
    const Sval = requirePeer('sval');
    const interpreter = new Sval({ ecmaVer: 'latest', sandBox: true });
    return {
      async evaluate(source) {
        interpreter.run(source);
        await drainHostMicrotasks();
        interpreter.run('exports.__result = __result');
        return interpreter.exports.__result;
      },
    };
  },
};
