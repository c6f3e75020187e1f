import type { Node } from '../parse';
import { NORMAL, type Code, type Compiler, type Stmt } from './compiler';
import { compileRead } from './expressions/Identifier';
import {
  compileAssignment, compileBinary, compileConditional, compileLogical, compileSequence, compileUnary, compileUpdate,
} from './expressions/operators';
import { compileChain, compileMember } from './expressions/member';
import { compileCall, compileNew } from './expressions/call';
import { compileArray, compileLiteral, compileObject, compileTaggedTemplate, compileTemplate } from './expressions/literals';
import { compileArrow, compileFunctionExpression } from './expressions/functions';
import { compileClass } from './expressions/classes';
import { compileMetaProperty, compileImportCall, compileYieldOutsideGenerator } from './expressions/meta';
import {
  compileBreak, compileClassDeclaration, compileContinue, compileExpressionStatement, compileFunctionDeclaration, compileIf,
  compileLabeled, compileReturn, compileThrow, compileVariableDeclaration, compileWith,
} from './statements/simple';
import { compileBlock, instantiateBlockFunctions, scopeEntry } from './statements/blocks';
import { compileDoWhile, compileFor, compileForInOf, compileWhile } from './statements/loops';
import { compileSwitch } from './statements/switch';
import { compileTry } from './statements/try';
import { compileModuleItem } from './statements/modules';
import { scopeHasUsing, wrapUsing } from './using';

/** Compiles an expression node to a closure. One exhaustive switch on the ESTree type. */
export function compileExpr(c: Compiler, node: Node): Code {
  switch (node.type) {
    case 'Identifier': return compileRead(c, node.name, node);
    case 'Literal': return compileLiteral(c, node);
    case 'ThisExpression': return compileRead(c, 'this', node);
    case 'ArrayExpression': return compileArray(c, node);
    case 'ObjectExpression': return compileObject(c, node);
    case 'FunctionExpression': return compileFunctionExpression(c, node);
    case 'ArrowFunctionExpression': return compileArrow(c, node);
    case 'ClassExpression': {
      const k = compileClass(c, node, node.id ? node.id.name : null);
      const name: string = node.id ? node.id.name : '';
      return (env) => k(env, name);
    }
    case 'UnaryExpression': return compileUnary(c, node);
    case 'UpdateExpression': return compileUpdate(c, node);
    case 'BinaryExpression': return compileBinary(c, node);
    case 'LogicalExpression': return compileLogical(c, node);
    case 'AssignmentExpression': return compileAssignment(c, node);
    case 'ConditionalExpression': return compileConditional(c, node);
    case 'SequenceExpression': return compileSequence(c, node);
    case 'MemberExpression': return compileMember(c, node);
    case 'ChainExpression': return compileChain(c, node);
    case 'CallExpression': return compileCall(c, node);
    case 'NewExpression': return compileNew(c, node);
    case 'TemplateLiteral': return compileTemplate(c, node);
    case 'TaggedTemplateExpression': return compileTaggedTemplate(c, node);
    case 'MetaProperty': return compileMetaProperty(c, node);
    case 'ImportExpression': return compileImportCall(c, node);
    case 'ParenthesizedExpression': return compileExpr(c, node.expression);
    case 'YieldExpression':
    case 'AwaitExpression':
      return compileYieldOutsideGenerator(c, node);
    case 'SpreadElement':
    case 'Super':
    case 'PrivateIdentifier':
    case 'ObjectPattern':
    case 'ArrayPattern':
    case 'RestElement':
    case 'AssignmentPattern':
    case 'TemplateElement':
    case 'Property':
      throw new Error(`interpreter bug: ${node.type} compiled as an expression`);
    default:
      return unreachable(node);
  }
}

/** Compiles a statement node to a closure returning a completion code. */
export function compileStmt(c: Compiler, node: Node): Stmt {
  switch (node.type) {
    case 'ExpressionStatement': return compileExpressionStatement(c, node);
    case 'VariableDeclaration': return compileVariableDeclaration(c, node);
    case 'FunctionDeclaration': {
      // Annex B: `if (x) function f(){}` has a block scope of its own.
      const s = c.an.annexBBlocks.get(node);
      if (s !== undefined) {
        return c.withScope(s, () => {
          const enter = scopeEntry(s);
          const fns = instantiateBlockFunctions(c, [node])!;
          const copy = compileFunctionDeclaration(c, node);
          return (env) => { const e = enter(env); fns(e); return copy(e); };
        });
      }
      return compileFunctionDeclaration(c, node);
    }
    case 'ClassDeclaration': return compileClassDeclaration(c, node);
    case 'ReturnStatement': return compileReturn(c, node);
    case 'IfStatement': return compileIf(c, node);
    case 'BlockStatement': return compileBlock(c, node, node.body);
    case 'StaticBlock': return compileBlock(c, node, node.body);
    case 'EmptyStatement': return () => NORMAL;
    case 'DebuggerStatement': return () => NORMAL;
    case 'LabeledStatement': return compileLabeled(c, node);
    case 'BreakStatement': return compileBreak(c, node);
    case 'ContinueStatement': return compileContinue(c, node);
    case 'ThrowStatement': return compileThrow(c, node);
    case 'TryStatement': return compileTry(c, node);
    case 'WhileStatement': return compileWhile(c, node);
    case 'DoWhileStatement': return compileDoWhile(c, node);
    case 'ForStatement': return compileFor(c, node);
    case 'ForInStatement': return compileForInOf(c, node);
    case 'ForOfStatement': return compileForInOf(c, node);
    case 'SwitchStatement': return compileSwitch(c, node);
    case 'WithStatement': return compileWith(c, node);
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
    case 'ExportAllDeclaration':
      return compileModuleItem(c, node);
    default:
      return unreachable(node);
  }
}

function unreachable(node: never | Node): never {
  throw new Error(`interpreter bug: cannot compile ${(node as Node).type}`);
}

/** A statement list as one closure: runs each statement until one completes abruptly. */
export function compileStatements(c: Compiler, stmts: Node[]): Stmt {
  const inner = compileStatementList(c, stmts);
  if (stmts.some((s) => s.type === 'VariableDeclaration' && s.kind.endsWith('using')) && scopeHasUsing(c)) return wrapUsing(c, inner);
  return inner;
}

function compileStatementList(c: Compiler, stmts: Node[]): Stmt {
  const list = stmts.map((s) => compileStmt(c, s));
  switch (list.length) {
    case 0: return () => NORMAL;
    case 1: return list[0];
    case 2: {
      const [a, b] = list;
      return (env) => { const r = a(env); return r !== NORMAL ? r : b(env); };
    }
    case 3: {
      const [a, b, d] = list;
      return (env) => {
        let r = a(env); if (r !== NORMAL) return r;
        r = b(env); if (r !== NORMAL) return r;
        return d(env);
      };
    }
    default: {
      const n = list.length;
      return (env) => {
        for (let i = 0; i < n; i++) {
          const r = list[i](env);
          if (r !== NORMAL) return r;
        }
        return NORMAL;
      };
    }
  }
}
