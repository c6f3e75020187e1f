/**
 * js-interpreter (Neil Fraser's JS-Interpreter): a step machine with an explicit state stack and its
 * own objects; ES5 only. The constructor parses, so it is part of the timed evaluation.
 */
import { requirePeer, type EngineAdapter } from '../engine';

export const jsInterpreter: EngineAdapter = {
  name: 'js-interpreter',
  packageName: 'js-interpreter',
  description: 'step machine with its own objects, ES5 only',
  async load() {
    const Interpreter = requirePeer('js-interpreter');
    return {
      evaluate(source) {
        const interpreter = new Interpreter(source);
        // run() returns true only when paused on an async host function (none are installed here).
        while (interpreter.run()) { /* keep stepping */ }
        return interpreter.pseudoToNative(interpreter.getProperty(interpreter.globalObject, '__result'));
      },
    };
  },
};
