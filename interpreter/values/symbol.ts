/** A guest Symbol value: the interpreter's own, never a host symbol. https://tc39.es/ecma262/#sec-ecmascript-language-types-symbol-type */
export class JSSymbol {
  constructor(readonly description: string | undefined) {}
  /** Registered in the global symbol registry (Symbol.for) under this key. */
  registeredKey: string | undefined = undefined;
}

/** Well-known symbols are shared by all realms. https://tc39.es/ecma262/#sec-well-known-symbols */
export const WellKnown = {
  asyncDispose: new JSSymbol('Symbol.asyncDispose'),
  asyncIterator: new JSSymbol('Symbol.asyncIterator'),
  dispose: new JSSymbol('Symbol.dispose'),
  hasInstance: new JSSymbol('Symbol.hasInstance'),
  isConcatSpreadable: new JSSymbol('Symbol.isConcatSpreadable'),
  iterator: new JSSymbol('Symbol.iterator'),
  match: new JSSymbol('Symbol.match'),
  matchAll: new JSSymbol('Symbol.matchAll'),
  replace: new JSSymbol('Symbol.replace'),
  search: new JSSymbol('Symbol.search'),
  species: new JSSymbol('Symbol.species'),
  split: new JSSymbol('Symbol.split'),
  toPrimitive: new JSSymbol('Symbol.toPrimitive'),
  toStringTag: new JSSymbol('Symbol.toStringTag'),
  unscopables: new JSSymbol('Symbol.unscopables'),
};

/**
 * The global symbol registry (Symbol.for / Symbol.keyFor) is shared by all realms of an agent
 * (cluster); each agent has its own, so one guest cannot grow another's or the host's.
 */
export function symbolRegistryOf(agent: { symbolRegistry: Map<string, JSSymbol> }): Map<string, JSSymbol> {
  return agent.symbolRegistry;
}
