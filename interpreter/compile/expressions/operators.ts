import type { Node } from '../../parse';
import { JSObject } from '../../values/object';
import type { Value } from '../../values/value';
import { R } from '../../agent';
import { Msg, throwReferenceError, throwSyntaxError, throwTypeError } from '../../errors';
import { ToBoolean, ToNumber, ToNumeric, ToPropertyKey } from '../../ops/type-conversion';
import {
  add, arith, bitNot, concat, MAX_STRING_LENGTH, ge, gt, hasPropertyOp, increment, IsLooselyEqual, le, lt, negate, numberExp, typeOf,
} from '../../ops/operators';
import { InstanceofOperator } from '../../ops/object-operations';
import type { Code, Compiler } from '../compiler';
import { compileExpr } from '../compile';
import { compileDelete, compileRead } from './Identifier';
import { compileReference } from './references';
import { privateIn } from './private';
import { ToObject } from '../../ops/type-conversion';

/** https://tc39.es/ecma262/#sec-binary-operators */
export function binaryOp(op: string): (a: Value, b: Value) => Value {
  switch (op) {
    case '+': return add;
    case '-': return (a, b) => typeof a === 'number' && typeof b === 'number' ? a - b : arith('-', a, b);
    case '*': return (a, b) => typeof a === 'number' && typeof b === 'number' ? a * b : arith('*', a, b);
    case '/': return (a, b) => typeof a === 'number' && typeof b === 'number' ? a / b : arith('/', a, b);
    case '%': return (a, b) => typeof a === 'number' && typeof b === 'number' ? a % b : arith('%', a, b);
    case '**': return (a, b) => typeof a === 'number' && typeof b === 'number' ? numberExp(a, b) : arith('**', a, b);
    case '<<': return (a, b) => typeof a === 'number' && typeof b === 'number' ? a << b : arith('<<', a, b);
    case '>>': return (a, b) => typeof a === 'number' && typeof b === 'number' ? a >> b : arith('>>', a, b);
    case '>>>': return (a, b) => typeof a === 'number' && typeof b === 'number' ? a >>> b : arith('>>>', a, b);
    case '&': return (a, b) => typeof a === 'number' && typeof b === 'number' ? a & b : arith('&', a, b);
    case '|': return (a, b) => typeof a === 'number' && typeof b === 'number' ? a | b : arith('|', a, b);
    case '^': return (a, b) => typeof a === 'number' && typeof b === 'number' ? a ^ b : arith('^', a, b);
    case '==': return IsLooselyEqual;
    case '!=': return (a, b) => !IsLooselyEqual(a, b);
    case '===': return (a, b) => a === b;
    case '!==': return (a, b) => a !== b;
    case '<': return lt;
    case '>': return gt;
    case '<=': return le;
    case '>=': return ge;
    case 'instanceof': return InstanceofOperator;
    case 'in': return hasPropertyOp;
  }
  throw new Error(`interpreter bug: binary operator ${op}`);
}

export function compileBinary(c: Compiler, node: Node): Code {
  const op: string = node.operator;
  if (node.left.type === 'PrivateIdentifier') return privateIn(c, node);
  const l = compileExpr(c, node.left);
  const r = compileExpr(c, node.right);
  const pos = c.pos(node);
  // Specialised closures for the hottest operators keep number fast paths inline.
  switch (op) {
    case '+': return (env) => {
      const a = l(env), b = r(env);
      if (typeof a === 'number' && typeof b === 'number') return a + b;
      if (typeof a === 'string' && typeof b === 'string') return a.length + b.length <= MAX_STRING_LENGTH ? a + b : concat(a, b);
      R.pc = pos;
      return add(a, b);
    };
    case '-': return (env) => { const a = l(env), b = r(env); if (typeof a === 'number' && typeof b === 'number') return a - b; R.pc = pos; return arith('-', a, b); };
    case '*': return (env) => { const a = l(env), b = r(env); if (typeof a === 'number' && typeof b === 'number') return a * b; R.pc = pos; return arith('*', a, b); };
    case '<': return (env) => { const a = l(env), b = r(env); if (typeof a === 'number' && typeof b === 'number') return a < b; R.pc = pos; return lt(a, b); };
    case '>': return (env) => { const a = l(env), b = r(env); if (typeof a === 'number' && typeof b === 'number') return a > b; R.pc = pos; return gt(a, b); };
    case '<=': return (env) => { const a = l(env), b = r(env); if (typeof a === 'number' && typeof b === 'number') return a <= b; R.pc = pos; return le(a, b); };
    case '>=': return (env) => { const a = l(env), b = r(env); if (typeof a === 'number' && typeof b === 'number') return a >= b; R.pc = pos; return ge(a, b); };
    case '===': return (env) => l(env) === r(env);
    case '!==': return (env) => l(env) !== r(env);
  }
  const f = binaryOp(op);
  return (env) => {
    const a = l(env), b = r(env);
    R.pc = pos;
    return f(a, b);
  };
}

export function compileLogical(c: Compiler, node: Node): Code {
  const l = compileExpr(c, node.left);
  const r = compileExpr(c, node.right);
  switch (node.operator) {
    case '&&': return (env) => { const v = l(env); return ToBoolean(v) ? r(env) : v; };
    case '||': return (env) => { const v = l(env); return ToBoolean(v) ? v : r(env); };
    case '??': return (env) => { const v = l(env); return v === undefined || v === null ? r(env) : v; };
  }
  throw new Error(`interpreter bug: logical operator ${node.operator}`);
}

export function compileUnary(c: Compiler, node: Node): Code {
  const op: string = node.operator;
  const arg = node.argument;
  const pos = c.pos(node);
  if (op === 'typeof') {
    const v = arg.type === 'Identifier' ? compileRead(c, arg.name, arg, true) : compileExpr(c, arg);
    return (env) => typeOf(v(env));
  }
  if (op === 'delete') return compileDeleteExpr(c, arg, pos);
  const v = compileExpr(c, arg);
  switch (op) {
    case '!': return (env) => !ToBoolean(v(env));
    case '-': return (env) => { const x = v(env); if (typeof x === 'number') return -x; R.pc = pos; return negate(x); };
    case '+': return (env) => { const x = v(env); if (typeof x === 'number') return x; R.pc = pos; return ToNumber(x); };
    case '~': return (env) => { const x = v(env); if (typeof x === 'number') return ~x; R.pc = pos; return bitNot(x); };
    case 'void': return (env) => { v(env); return undefined; };
  }
  throw new Error(`interpreter bug: unary operator ${op}`);
}

function compileDeleteExpr(c: Compiler, arg: Node, pos: any): Code {
  if (arg.type === 'ChainExpression') arg = arg.expression;
  if (arg.type === 'Identifier') return compileDelete(c, arg.name);
  if (arg.type === 'MemberExpression') {
    if (arg.object.type === 'Super') {
      // https://tc39.es/ecma262/#sec-delete-operator-runtime-semantics-evaluation step 5.a
      const key = arg.computed ? compileExpr(c, arg.property) : null;
      const thisRead = compileRead(c, 'this', arg);
      return (env): Value => {
        thisRead(env);
        if (key) key(env);
        R.pc = pos;
        return throwReferenceError('Unsupported reference to \'super\'');
      };
    }
    const obj = compileExpr(c, arg.object);
    const key = arg.computed ? compileExpr(c, arg.property) : null;
    const name: string = arg.computed ? '' : arg.property.name;
    const strict = c.strict;
    const optional = arg.optional;
    return (env) => {
      const o = obj(env);
      if (optional && (o === undefined || o === null)) return true;
      const k = key ? key(env) : name;
      R.pc = pos;
      if (o === undefined || o === null) throwTypeError(Msg.convertNullish());
      const pk = ToPropertyKey(k);
      const target = o instanceof JSObject ? o : toObj(o);
      const ok = target.Delete(pk);
      if (!ok && strict) throwTypeError(Msg.cannotDelete(typeof pk === 'string' ? pk : String(pk.description), '#<Object>'));
      return ok;
    };
  }
  const v = compileExpr(c, arg);
  return (env) => { v(env); return true; };
}

function toObj(v: Value): JSObject {
  return ToObject(v);
}

export function compileConditional(c: Compiler, node: Node): Code {
  const t = compileExpr(c, node.test);
  const a = compileExpr(c, node.consequent);
  const b = compileExpr(c, node.alternate);
  return (env) => {
    const v = t(env);
    return (v === true || (v !== false && ToBoolean(v))) ? a(env) : b(env);
  };
}

export function compileSequence(c: Compiler, node: Node): Code {
  const parts = node.expressions.map((e: Node) => compileExpr(c, e));
  const n = parts.length;
  return (env) => {
    for (let i = 0; i < n - 1; i++) parts[i](env);
    return parts[n - 1](env);
  };
}

/** ++x, x++, --x, x-- */
export function compileUpdate(c: Compiler, node: Node): Code {
  const delta = node.operator === '++' ? 1 : -1;
  const ref = compileReference(c, node.argument);
  const pos = c.pos(node);
  if (node.prefix) {
    return ref.rmw((old) => {
      if (typeof old === 'number') return old + delta;
      R.pc = pos;
      return increment(old, delta as 1 | -1);
    }, 'new');
  }
  return ref.rmw((old) => {
    if (typeof old === 'number') return old + delta;
    R.pc = pos;
    return increment(old, delta as 1 | -1);
  }, 'old', (old) => typeof old === 'number' ? old : ToNumeric(old));
}

/** =, op=, &&=, ||=, ??= */
export function compileAssignment(c: Compiler, node: Node): Code {
  const op: string = node.operator;
  const left = node.left;
  if (op === '=') {
    if (left.type === 'ObjectPattern' || left.type === 'ArrayPattern') {
      const { compileAssignmentPattern } = require('../patterns');
      const rhs = compileExpr(c, node.right);
      const assign = compileAssignmentPattern(c, left);
      return (env: any) => {
        const v = rhs(env);
        assign(env, v);
        return v;
      };
    }
    const ref = compileReference(c, left);
    const rhs = compileNamedValue(c, node.right, left);
    return ref.assign(rhs);
  }
  const ref = compileReference(c, left);
  if (op === '&&=' || op === '||=' || op === '??=') {
    const rhs = compileNamedValue(c, node.right, left);
    return ref.logical(op, rhs);
  }
  const rhs = compileExpr(c, node.right);
  const f = binaryOp(op.slice(0, -1));
  const pos = c.pos(node);
  return ref.rmw((old, env) => {
    const r = rhs(env);
    R.pc = pos;
    return f(old, r);
  }, 'new');
}

/**
 * Compiles an expression that is assigned to target; anonymous functions and classes get the
 * target's name (NamedEvaluation). https://tc39.es/ecma262/#sec-runtime-semantics-namedevaluation
 */
export function compileNamedValue(c: Compiler, value: Node, target: Node): Code {
  if (target.type === 'Identifier' && isAnonymousFunctionDefinition(value)) {
    const { compileNamedFunctionOrClass } = require('./functions');
    return compileNamedFunctionOrClass(c, value, target.name);
  }
  return compileExpr(c, value);
}

/** https://tc39.es/ecma262/#sec-isanonymousfunctiondefinition */
export function isAnonymousFunctionDefinition(e: Node): boolean {
  if (e.type === 'ParenthesizedExpression') return false;
  return ((e.type === 'FunctionExpression' || e.type === 'ClassExpression') && !e.id) || e.type === 'ArrowFunctionExpression';
}

export { throwSyntaxError };
