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
        throw new Error(`guest ${describeThrown(e, realm, completion.Value)}`);
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

/** `Name: message` of a thrown engine262 value, else its inspection. */
function describeThrown(e: any, realm: any, v: any): string {
  const prop = (key: string): string | undefined => {
    try {
      const r = realm.scope(() => e.Get(v, e.Value(key)));
      const x = r && r.Value !== undefined ? r.Value : r;
      return e.Type(x) === 'String' ? x.stringValue() : undefined;
    } catch {
      return undefined;
    }
  };
  if (e.Type(v) === 'Object') {
    const message = prop('message');
    if (message !== undefined) return `${prop('name') ?? 'Error'}: ${message}`;
  }
  try {
    return realm.scope(() => e.inspect(v));
  } catch {
    return 'abrupt completion';
  }
}

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
