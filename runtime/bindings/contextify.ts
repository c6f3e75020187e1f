/**
 * internalBinding('contextify'): compiling guest source (node's node_contextify.cc):
 * compileFunction for the CommonJS wrapper, runInThisContext for scripts (-e, vm), and the ESM
 * syntax check node's loader uses for ERR_REQUIRE_ESM.
 */
import * as acorn from 'acorn';
import type { JSObject } from '../../interpreter/values/object';
import { evaluateScript } from '../../interpreter/compile/script';
import { CreateListFromArrayLike } from '../../interpreter/ops/object-operations';
import { compileFunction, rememberSource } from '../modules/compile-function';
import type { RuntimeContext } from './context';
import { bareObject, methods, str } from './guest';
import { withDecoratedSyntaxErrors } from './errors';

/** Does code parse as a module with import/export statements? (node's hasEsmSyntax) */
export function hasEsmSyntax(code: string): boolean {
  let root: any;
  try {
    root = acorn.parse(code, { sourceType: 'module', ecmaVersion: 'latest' });
  } catch {
    return false;
  }
  return root.body.some((s: any) => s.type === 'ExportDefaultDeclaration' || s.type === 'ExportNamedDeclaration' ||
    s.type === 'ImportDeclaration' || s.type === 'ExportAllDeclaration');
}

export function createContextifyBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  return methods(realm, bareObject(), {
    /** compileFunction(code, filename, params): the guest function `function (params) { code }`. */
    compileFunction: [(_t, a) => {
      const params = a[2] === undefined ? [] : CreateListFromArrayLike(a[2]).map(str);
      return withDecoratedSyntaxErrors(() => compileFunction(str(a[0]), str(a[1]), params, realm));
    }, 3],
    /** runInThisContext(code, filename): evaluates a script in the realm; its completion value. */
    runInThisContext: [(_t, a) => {
      const source = str(a[0]);
      const file = str(a[1]);
      rememberSource(file, source);
      return withDecoratedSyntaxErrors(() => evaluateScript(realm, source, file));
    }, 2],
    hasEsmSyntax: [(_t, a) => hasEsmSyntax(str(a[0])), 1],
  });
}
