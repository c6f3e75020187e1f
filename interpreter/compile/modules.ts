import type { Node } from '../parse';
import type { Code, Compiler, Stmt } from './compiler';

// PLACEHOLDER: modules come with the module loader.
export function importMetaFor(_file: string): never {
  throw new Error('import.meta is not supported yet');
}
export function compileDynamicImport(_c: Compiler, _node: Node): Code {
  throw new Error('import() is not supported yet');
}
export function compileModuleStatement(_c: Compiler, _node: Node): Stmt {
  throw new Error('modules are not supported yet');
}
