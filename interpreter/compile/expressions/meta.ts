import type { Node } from '../../parse';
import type { Code, Compiler } from '../compiler';
import { compileRead } from './Identifier';

/** new.target and import.meta. */
export function compileMetaProperty(c: Compiler, node: Node): Code {
  if (node.meta.name === 'new') return compileRead(c, 'new.target', node);
  // import.meta: supplied by the module loader through the realm's host hooks.
  const { compileImportMeta } = require('../modules');
  return compileImportMeta(c);
}

/** import(specifier): delegated to the host's module loader. */
export function compileImportCall(c: Compiler, node: Node): Code {
  const { compileDynamicImport } = require('../modules');
  return compileDynamicImport(c, node);
}

export function compileYieldOutsideGenerator(_c: Compiler, node: Node): Code {
  throw new Error(`interpreter bug: ${node.type} outside a resumable body`);
}
