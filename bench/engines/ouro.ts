/**
 * ouro: this package's engine alone (no Node runtime): one createRealm() per run, the program
 * evaluated as a script (jobs drained), then `__result` read by a second, tiny evaluation.
 */
import type { EngineAdapter } from '../engine';

export const ouro: EngineAdapter = {
  name: 'ouro',
  description: 'this package: acorn AST compiled to closures, own object model, fuel accounting',
  async load(options) {
    // Required here, not at the top, so that listing engines does not load the engine.
    const { createRealm } = require('../../index') as typeof import('../../index');
    const realm = createRealm();
    const evalOptions = options.fuel !== undefined ? { fuel: options.fuel } : {};
    return {
      evaluate(source) {
        realm.evaluate(source, evalOptions);
        return realm.evaluate('__result', evalOptions);
      },
    };
  },
};
