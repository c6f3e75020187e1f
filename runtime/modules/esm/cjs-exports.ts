/**
 * The named exports of a CommonJS module as node finds them statically before running it (what
 * node's cjs-module-lexer detects), over acorn's syntax tree of the whole source:
 *
 *   exports.a = …  exports['b'] = …  module.exports.c = …
 *   Object.defineProperty(exports, 'd', { value: … })  (or { enumerable: true, get() { return a.b; } })
 *   module.exports = { e, f: g, 'h': i, ...j }   (stops at the first value that is not an
 *                                                 identifier, as the lexer does)
 *   module.exports = require('./x')                            (a reexport)
 *   __exportStar(require('./x'), exports), __export(require('./x')), tslib.__exportStar(…)
 *   var _x = require('./x'); Object.keys(_x).forEach(function (k) { … exports[k] = _x[k] … })
 *
 * Reexports are returned as specifiers for the loader to resolve and read in turn. The code is
 * only analysed, never run; a source that does not parse has no detected exports.
 */
import * as acorn from 'acorn';
import * as walk from 'acorn-walk';

type N = acorn.Node & Record<string, any>;

export interface CjsExports {
  exports: string[];
  reexports: string[];
}

const cache = new Map<string, CjsExports>();
const MAX_CACHE = 256;

function isIdent(n: N | null | undefined, name: string): boolean {
  return !!n && n.type === 'Identifier' && n.name === name;
}

/** `exports` or `module.exports`. */
function isExportsObject(n: N): boolean {
  return isIdent(n, 'exports') || isModuleExports(n);
}

function isModuleExports(n: N): boolean {
  return n.type === 'MemberExpression' && isIdent(n.object, 'module') && propName(n) === 'exports';
}

/** The constant name of a member access (a.b, a['b']), or undefined. */
function propName(n: N): string | undefined {
  if (n.type !== 'MemberExpression') return undefined;
  if (!n.computed && n.property.type === 'Identifier') return n.property.name;
  if (n.computed && n.property.type === 'Literal' && typeof n.property.value === 'string') return n.property.value;
  return undefined;
}

/** The specifier of `require('x')`, or undefined. */
function requireSpecifier(n: N | null | undefined): string | undefined {
  if (!n || n.type !== 'CallExpression' || !isIdent(n.callee, 'require') || n.arguments.length !== 1) return undefined;
  const a = n.arguments[0];
  if (a.type === 'Literal' && typeof a.value === 'string') return a.value;
  if (a.type === 'TemplateLiteral' && a.expressions.length === 0) return a.quasis[0].value.cooked;
  return undefined;
}

function keyName(p: N): string | undefined {
  if (p.computed) return undefined;
  if (p.key.type === 'Identifier') return p.key.name;
  if (p.key.type === 'Literal' && typeof p.key.value === 'string') return p.key.value;
  return undefined;
}

/** `a`, `a.b` or `a['b']`: what an accepted getter may return. */
function isGetterResult(n: N): boolean {
  if (n.type === 'Identifier') return true;
  return n.type === 'MemberExpression' && propName(n) !== undefined && n.object.type === 'Identifier';
}

/**
 * Is the descriptor of Object.defineProperty(exports, 'x', desc) one the lexer accepts: after an
 * optional leading `enumerable: true`, a `value`, or a last-listed getter (`get() {…}` or
 * `get: function () {…}`, not an arrow) whose body only returns `a`, `a.b` or `a['b']`?
 */
function acceptedDescriptor(d: N): boolean {
  if (d.type !== 'ObjectExpression') return false;
  const props = d.properties as N[];
  let i = 0;
  if (props.length > 0 && props[0].type === 'Property' && keyName(props[0]) === 'enumerable') {
    if (props[0].value.type !== 'Literal' || props[0].value.value !== true) return false;
    i = 1;
  }
  const p = props[i];
  if (p === undefined || p.type !== 'Property') return false;
  const k = keyName(p);
  if (k === 'value') return true;
  if (k !== 'get' || i !== props.length - 1) return false;
  const f = p.value as N;
  if (f.type !== 'FunctionExpression' || f.body.body.length !== 1) return false;
  const r = f.body.body[0] as N;
  return r.type === 'ReturnStatement' && r.argument !== null && isGetterResult(r.argument);
}

/** Does an expression's source start with an identifier (the lexer reads a key, then looks at one token)? */
function startsWithIdentifier(n: N): boolean {
  switch (n.type) {
    case 'Identifier': return true;
    case 'MemberExpression': return startsWithIdentifier(n.object);
    case 'CallExpression': return startsWithIdentifier(n.callee);
    case 'BinaryExpression': case 'LogicalExpression': return startsWithIdentifier(n.left);
    case 'ConditionalExpression': return startsWithIdentifier(n.test);
    case 'AssignmentExpression': return startsWithIdentifier(n.left);
    case 'SequenceExpression': return startsWithIdentifier(n.expressions[0]);
    default: return false;
  }
}

/** Detects the exports and reexports of a CommonJS source. */
export function parseCjsExports(source: string): CjsExports {
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  const exports = new Set<string>();
  const reexports: string[] = [];
  let ast: N;
  try {
    ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, allowHashBang: true, allowAwaitOutsideFunction: false }) as N;
  } catch {
    return { exports: [], reexports: [] };
  }
  // Variables bound to require('x') (for the Babel forEach reexport pattern).
  const requireVars = new Map<string, string>();
  walk.full(ast, (node: any) => {
    const n = node as N;
    if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier') {
      const spec = requireSpecifier(n.init) ?? (n.init?.type === 'CallExpression' && n.init.arguments.length === 1 ? requireSpecifier(n.init.arguments[0]) : undefined);
      if (spec !== undefined) requireVars.set(n.id.name, spec);
    }
  });
  walk.full(ast, (node: any) => {
    const n = node as N;
    switch (n.type) {
      case 'AssignmentExpression': {
        if (n.operator !== '=') return;
        const left = n.left as N;
        if (left.type !== 'MemberExpression') return;
        // exports.x = / module.exports.x =
        if (isExportsObject(left.object)) {
          const name = propName(left);
          if (name !== undefined) exports.add(name);
          return;
        }
        // module.exports = …
        if (isModuleExports(left)) {
          const r = n.right as N;
          const spec = requireSpecifier(r);
          if (spec !== undefined) {
            reexports.push(spec);
            return;
          }
          if (r.type === 'ObjectExpression') {
            // Shorthands and `key: identifier` are exports; a spread of an identifier is skipped;
            // `key: <starts with an identifier>` is an export and the end; anything else ends it.
            for (const p of r.properties) {
              if (p.type === 'SpreadElement') {
                if (p.argument.type === 'Identifier') continue;
                break;
              }
              const k = keyName(p);
              if (k === undefined || p.kind !== 'init' || p.method) break;
              if (p.shorthand || p.value.type === 'Identifier') {
                exports.add(k);
                continue;
              }
              if (startsWithIdentifier(p.value)) exports.add(k);
              break;
            }
          }
        }
        return;
      }
      case 'CallExpression': {
        const callee = n.callee as N;
        // Object.defineProperty(exports, 'x', desc)
        if (callee.type === 'MemberExpression' && isIdent(callee.object, 'Object') && propName(callee) === 'defineProperty' && n.arguments.length >= 3) {
          const [target, key, desc] = n.arguments as N[];
          if (isExportsObject(target) && key.type === 'Literal' && typeof key.value === 'string' && (key.value === '__esModule' || acceptedDescriptor(desc))) exports.add(key.value);
          return;
        }
        // __exportStar(require('x'), exports) / __export(require('x')) / tslib.__exportStar(…)
        const fname = callee.type === 'Identifier' ? callee.name : propName(callee);
        if ((fname === '__exportStar' || fname === '__export') && n.arguments.length >= 1) {
          const a0 = n.arguments[0] as N;
          const s = requireSpecifier(a0) ?? (a0.type === 'Identifier' ? requireVars.get(a0.name) : undefined);
          if (s !== undefined) reexports.push(s);
          return;
        }
        // Object.keys(_x).forEach(function (k) { … exports[k] = _x[k] … })
        if (callee.type === 'MemberExpression' && propName(callee) === 'forEach' && callee.object.type === 'CallExpression') {
          const keysCall = callee.object as N;
          const kc = keysCall.callee as N;
          if (kc.type === 'MemberExpression' && isIdent(kc.object, 'Object') && propName(kc) === 'keys' && keysCall.arguments.length === 1) {
            const src = keysCall.arguments[0] as N;
            const s = requireSpecifier(src) ?? (src.type === 'Identifier' ? requireVars.get(src.name) : undefined);
            const cb = n.arguments[0] as N | undefined;
            if (s !== undefined && cb && (cb.type === 'FunctionExpression' || cb.type === 'ArrowFunctionExpression') && assignsExportsKey(cb)) reexports.push(s);
          }
        }
        return;
      }
    }
  });
  const result = { exports: [...exports], reexports };
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value!);
  cache.set(source, result);
  return result;
}

/** Does the forEach callback copy keys onto exports (`exports[k] = …` or defineProperty(exports, k, …))? */
function assignsExportsKey(fn: N): boolean {
  let found = false;
  walk.full(fn, (node: any) => {
    const n = node as N;
    if (n.type === 'AssignmentExpression' && n.left.type === 'MemberExpression' && n.left.computed && isExportsObject(n.left.object)) found = true;
    if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && propName(n.callee) === 'defineProperty' && n.arguments.length >= 2 && isExportsObject(n.arguments[0])) found = true;
  });
  return found;
}
