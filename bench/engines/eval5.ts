/**
 * eval5: compiles the AST once into closures but resolves names at run time; ES5 only; guest
 * objects are host objects and guest globals live on the context object.
 */
import { drainHostMicrotasks, requirePeer, type EngineAdapter } from '../engine';

export const eval5: EngineAdapter = {
  name: 'eval5',
  packageName: 'eval5',
  description: 'closure compiler over host objects, ES5 only',
  async load() {
    const { Interpreter } = requirePeer('eval5');
    const context: Record<string, unknown> = {};
    const interpreter = new Interpreter(context, { timeout: 0 });
    return {
      async evaluate(source) {
        interpreter.evaluate(source);
        await drainHostMicrotasks();
        return context.__result;
      },
    };
  },
};
