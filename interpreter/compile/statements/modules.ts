import type { Node } from '../../parse';
import type { Compiler, Stmt } from '../compiler';

/** Import/export declarations: compiled by the module compiler. */
export function compileModuleItem(c: Compiler, node: Node): Stmt {
  const { compileModuleStatement } = require('../modules');
  return compileModuleStatement(c, node);
}
