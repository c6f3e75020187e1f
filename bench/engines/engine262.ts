/**
 * engine262: the spec-step-by-spec-step engine (every evaluation through generators). Very slow:
 * marked `slow`, so it gets fewer runs and a shorter timeout.
 */
import { requirePeer, type EngineAdapter } from '../engine';

export const engine262: EngineAdapter = {
  name: 'engine262',
  packageName: '@engine262/engine262',
  description: 'spec-literal engine evaluating through generators',
  slow: true,
  async load() {
    const e = requirePeer('@engine262/engine262');
    const agent = new e.Agent({});
    e.setSurroundingAgent(agent);
    const realm = new e.ManagedRealm({});
    const run = (source: string): any => {
      const completion = realm.evaluateScript(source, { specifier: 'bench.js' });
      if (completion instanceof e.AbruptCompletion) {
        let text: string;
        try {
          text = realm.scope(() => e.inspect(completion.Value));
        } catch {
          text = 'abrupt completion';
        }
        throw new Error(`guest ${text}`);
      }
      return completion instanceof e.Completion ? completion.Value : completion;
    };
    return {
      evaluate(source) {
        run(source);
        return toHost(e, run('__result'));
      },
    };
  },
};

/** A primitive engine262 value as a host value. */
function toHost(e: any, v: any): unknown {
  switch (e.Type(v)) {
    case 'Number': return v.numberValue();
    case 'String': return v.stringValue();
    case 'Boolean': return v === e.Value.true;
    case 'Null': return null;
    case 'Undefined': return undefined;
    case 'BigInt': return v.bigintValue();
    default: return `[${e.Type(v)}]`;
  }
}
