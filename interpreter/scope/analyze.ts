import type { Node } from '../parse';
import { Binding, FunctionInfo, Scope, type FunctionKind, type ScopeKind } from './scope';

/** What the compiler needs from scope analysis. */
export interface Analysis {
  /** The scope created by a node (Program, function, block, for, catch, with, class, switch). */
  scopes: Map<Node, Scope>;
  /** The function info of each function-like node (functions, classes' field initializers, static blocks). */
  functions: Map<Node, FunctionInfo>;
  /** Annex B: the implicit block around `if (x) function f(){}`, keyed by the declaration. */
  annexBBlocks: Map<Node, Scope>;
  top: FunctionInfo;
  /** The module record, when this is module code (for import.meta and import()). */
  module?: unknown;
  /** Eval code: the file of the script or module that ran the eval (import()'s referrer). */
  importReferrer?: string;
}

interface Ref {
  scope: Scope;
  name: string;
}

/** Collects the bound names of a binding pattern. https://tc39.es/ecma262/#sec-static-semantics-boundnames */
export function boundNames(pattern: Node, out: string[] = []): string[] {
  switch (pattern.type) {
    case 'Identifier': out.push(pattern.name); break;
    case 'ObjectPattern':
      for (const p of pattern.properties) boundNames(p.type === 'RestElement' ? p.argument : p.value, out);
      break;
    case 'ArrayPattern':
      for (const e of pattern.elements) if (e) boundNames(e, out);
      break;
    case 'RestElement': boundNames(pattern.argument, out); break;
    case 'AssignmentPattern': boundNames(pattern.left, out); break;
  }
  return out;
}

function isStrictBody(body: Node[]): boolean {
  for (const s of body) {
    if (s.type !== 'ExpressionStatement' || typeof s.directive !== 'string') return false;
    if (s.directive === 'use strict') return true;
  }
  return false;
}

export interface AnalyzeOptions {
  kind: 'script' | 'module' | 'eval';
  strict?: boolean;
  /** For direct eval: the caller's scope. */
  outer?: Scope;
  /** For direct eval: the caller's function (for this/new.target resolution). */
  outerFn?: FunctionInfo;
}

/**
 * Scope analysis: declares every binding, resolves every reference (marking captured bindings),
 * then decides which scopes get environment records and assigns slots.
 */
export function analyze(program: Node, o: AnalyzeOptions): Analysis {
  const a = new Analyzer();
  const top = a.program(program, o);
  a.resolveAll();
  a.allocate(top);
  return { scopes: a.scopes, functions: a.functions, annexBBlocks: a.annexBBlocks, top };
}

class Analyzer {
  scopes = new Map<Node, Scope>();
  annexBBlocks = new Map<Node, Scope>();
  functions = new Map<Node, FunctionInfo>();
  refs: Ref[] = [];
  allFns: FunctionInfo[] = [];

  newFn(kind: FunctionKind, node: Node, parent: FunctionInfo | null): FunctionInfo {
    const f = new FunctionInfo(kind, node, parent);
    this.functions.set(node, f);
    this.allFns.push(f);
    return f;
  }

  newScope(kind: ScopeKind, parent: Scope | null, node: Node | null, fn: FunctionInfo): Scope {
    const s = new Scope(kind, parent, node, fn);
    if (node && kind !== 'funcbody') this.scopes.set(node, s);
    return s;
  }

  ref(scope: Scope, name: string): void {
    this.refs.push({ scope, name });
  }

  program(node: Node, o: AnalyzeOptions): FunctionInfo {
    const fn = this.newFn(o.kind, node, o.outerFn ?? null);
    fn.strict = o.kind === 'module' || !!o.strict || isStrictBody(node.body);
    fn.ownUseStrict = isStrictBody(node.body);
    const scope = this.newScope(o.kind, o.outer ?? null, node, fn);
    fn.scope = fn.varScope = scope;
    if (o.outerFn && o.kind === 'eval') {
      // Direct eval inherits the caller's arrow-ness for this/new.target purposes.
      fn.isArrow = true;
    }
    this.varScan(node.body, fn, true);
    if (o.kind === 'module' || (o.kind === 'eval' && fn.strict)) {
      for (const n of fn.varNames) scope.declare(n, 'var', null);
      for (const f of fn.functionDecls) scope.declare(f.id.name, 'var', f);
    }
    this.declareLexical(node.body, scope, o.kind === 'script' ? 'global' : 'scope');
    if (o.kind === 'module') this.declareImports(node.body, scope);
    for (const s of node.body) this.stmt(s, scope);
    return fn;
  }

  declareImports(body: Node[], scope: Scope): void {
    for (const s of body) {
      if (s.type === 'ImportDeclaration') {
        for (const sp of s.specifiers) scope.declare(sp.local.name, 'import', sp);
      }
    }
  }

  /**
   * VarScopedDeclarations of a function/script body: var names and top-level function declarations;
   * Annex B function-in-block candidates are handled when their block is visited.
   */
  varScan(body: Node[], fn: FunctionInfo, topLevel: boolean): void {
    const visit = (s: Node | null, top: boolean): void => {
      if (!s) return;
      switch (s.type) {
        case 'VariableDeclaration':
          if (s.kind === 'var') for (const d of s.declarations) for (const n of boundNames(d.id)) if (!fn.varNames.includes(n)) fn.varNames.push(n);
          break;
        case 'FunctionDeclaration':
          if (top) fn.functionDecls.push(s);
          break;
        case 'ExportNamedDeclaration':
          if (s.declaration) visit(s.declaration, top);
          break;
        case 'ExportDefaultDeclaration':
          if (s.declaration.type === 'FunctionDeclaration' && s.declaration.id && top) fn.functionDecls.push(s.declaration);
          break;
        case 'BlockStatement': for (const x of s.body) visit(x, false); break;
        case 'IfStatement': visit(s.consequent, false); visit(s.alternate, false); break;
        case 'ForStatement': visit(s.init, false); visit(s.body, false); break;
        case 'ForInStatement': case 'ForOfStatement': visit(s.left, false); visit(s.body, false); break;
        case 'WhileStatement': case 'DoWhileStatement': visit(s.body, false); break;
        case 'LabeledStatement': visit(s.body, top); break;
        case 'WithStatement': visit(s.body, false); break;
        case 'TryStatement': visit(s.block, false); if (s.handler) visit(s.handler.body, false); visit(s.finalizer, false); break;
        case 'SwitchStatement': for (const c of s.cases) for (const x of c.consequent) visit(x, false); break;
      }
    };
    for (const s of body) visit(s, topLevel);
  }

  /** Declares the lexically-scoped declarations of a statement list in scope ('global': script top level, recorded only). */
  declareLexical(body: Node[], scope: Scope, mode: 'global' | 'scope' | 'function'): void {
    const fn = scope.fn;
    for (let s of body) {
      if (s.type === 'ExportNamedDeclaration' && s.declaration) s = s.declaration;
      else if (s.type === 'ExportDefaultDeclaration') {
        const d = s.declaration;
        if (d.type === 'ClassDeclaration' || (d.type === 'FunctionDeclaration')) {
          if (d.id) s = d;
          else { scope.declare('*default*', d.type === 'ClassDeclaration' ? 'class' : 'var', d); continue; }
        } else { scope.declare('*default*', 'const', s); continue; }
      }
      while (s.type === 'LabeledStatement') s = s.body;
      if (s.type === 'VariableDeclaration' && s.kind !== 'var') {
        for (const d of s.declarations) for (const n of boundNames(d.id)) {
          const isConst = s.kind !== 'let';
          if (mode === 'global') fn.lexNames.push([n, isConst]);
          else scope.declare(n, isConst ? 'const' : 'let', d);
          if (mode === 'function') fn.lexNames.push([n, isConst]);
        }
      } else if (s.type === 'ClassDeclaration') {
        if (mode === 'global') fn.lexNames.push([s.id.name, false]);
        else scope.declare(s.id.name, 'class', s);
        if (mode === 'function') fn.lexNames.push([s.id.name, false]);
      } else if (s.type === 'FunctionDeclaration' && (scope.kind === 'block' || scope.kind === 'switch')) {
        scope.declare(s.id.name, 'function', s);
      }
    }
  }

  // ---- statements ----

  stmts(list: Node[], scope: Scope): void {
    for (const s of list) this.stmt(s, scope);
  }

  stmt(s: Node, scope: Scope): void {
    switch (s.type) {
      case 'ExpressionStatement': this.expr(s.expression, scope); break;
      case 'VariableDeclaration':
        if (s.kind === 'using' || s.kind === 'await using') scope.declare('%using', 'internal', null).used = true;
        for (const d of s.declarations) {
          this.pattern(d.id, scope);
          if (d.init) this.expr(d.init, scope);
        }
        break;
      case 'FunctionDeclaration': {
        this.func(s, scope, 'normal');
        // B.3.2 hoists plain function declarations only (not generators or async functions).
        if (!scope.fn.strict && !s.async && !s.generator && (scope.kind === 'block' || scope.kind === 'switch')) this.annexB(s, scope);
        break;
      }
      case 'ClassDeclaration': this.klass(s, scope); break;
      case 'ReturnStatement': if (s.argument) this.expr(s.argument, scope); break;
      case 'IfStatement':
        this.expr(s.test, scope);
        this.subStmt(s.consequent, scope);
        if (s.alternate) this.subStmt(s.alternate, scope);
        break;
      case 'BlockStatement': this.block(s, s.body, scope, 'block'); break;
      case 'StaticBlock': break;
      case 'EmptyStatement': case 'DebuggerStatement': case 'BreakStatement': case 'ContinueStatement': break;
      case 'LabeledStatement': this.subStmt(s.body, scope); break;
      case 'ThrowStatement': this.expr(s.argument, scope); break;
      case 'WhileStatement': this.expr(s.test, scope); this.subStmt(s.body, scope); break;
      case 'DoWhileStatement': this.subStmt(s.body, scope); this.expr(s.test, scope); break;
      case 'ForStatement': {
        let inner = scope;
        if (s.init && s.init.type === 'VariableDeclaration' && s.init.kind !== 'var') {
          inner = this.newScope('for', scope, s, scope.fn);
          for (const d of s.init.declarations) for (const n of boundNames(d.id)) inner.declare(n, s.init.kind === 'let' ? 'let' : 'const', d);
        }
        if (s.init && s.init.type === 'VariableDeclaration' && s.init.kind.endsWith('using')) inner.declare('%using', 'internal', null).used = true;
        if (s.init) {
          if (s.init.type === 'VariableDeclaration') this.stmt(s.init, inner);
          else this.expr(s.init, inner);
        }
        if (s.test) this.expr(s.test, inner);
        if (s.update) this.expr(s.update, inner);
        this.subStmt(s.body, inner);
        break;
      }
      case 'ForInStatement': case 'ForOfStatement': {
        let inner = scope;
        if (s.left.type === 'VariableDeclaration' && s.left.kind !== 'var') {
          inner = this.newScope('for', scope, s, scope.fn);
          for (const d of s.left.declarations) for (const n of boundNames(d.id)) inner.declare(n, s.left.kind === 'let' ? 'let' : 'const', d);
          if (s.left.kind.endsWith('using')) inner.declare('%using', 'internal', null).used = true;
        }
        // The right side is evaluated in a TDZ scope holding the loop's names.
        this.expr(s.right, inner);
        if (s.left.type === 'VariableDeclaration') {
          for (const d of s.left.declarations) {
            this.pattern(d.id, inner);
            if (d.init) this.expr(d.init, scope);
          }
        } else this.pattern(s.left, inner);
        this.subStmt(s.body, inner);
        break;
      }
      case 'SwitchStatement': {
        this.expr(s.discriminant, scope);
        const all: Node[] = [];
        for (const c of s.cases) all.push(...c.consequent);
        const inner = this.hasLexical(all) ? this.newScope('switch', scope, s, scope.fn) : scope;
        if (inner !== scope) this.declareLexical(all, inner, 'scope');
        for (const c of s.cases) {
          if (c.test) this.expr(c.test, inner);
          this.stmts(c.consequent, inner);
        }
        break;
      }
      case 'TryStatement':
        this.block(s.block, s.block.body, scope, 'block');
        if (s.handler) {
          const h = s.handler;
          if (h.param) {
            const cs = this.newScope('catch', scope, h, scope.fn);
            for (const n of boundNames(h.param)) cs.declare(n, 'catch', h.param);
            this.pattern(h.param, cs);
            this.block(h.body, h.body.body, cs, 'block');
          } else this.block(h.body, h.body.body, scope, 'block');
        }
        if (s.finalizer) this.block(s.finalizer, s.finalizer.body, scope, 'block');
        break;
      case 'WithStatement': {
        this.expr(s.object, scope);
        const ws = this.newScope('with', scope, s, scope.fn);
        ws.declare('%with', 'internal', null).used = true;
        this.subStmt(s.body, ws);
        break;
      }
      case 'ImportDeclaration': break;
      case 'ExportNamedDeclaration':
        if (s.declaration) this.stmt(s.declaration, scope);
        else if (!s.source) for (const sp of s.specifiers) this.ref(scope, sp.local.type === 'Identifier' ? sp.local.name : sp.local.value);
        break;
      case 'ExportDefaultDeclaration': {
        const d = s.declaration;
        if (d.type === 'FunctionDeclaration') this.func(d, scope, 'normal');
        else if (d.type === 'ClassDeclaration') this.klass(d, scope);
        else this.expr(d, scope);
        break;
      }
      case 'ExportAllDeclaration': break;
      default:
        throw new Error(`interpreter bug: scope analysis of statement ${s.type}`);
    }
  }

  /** A statement in a position where it is not in a statement list (if/loop bodies). */
  subStmt(s: Node, scope: Scope): void {
    if (s.type === 'FunctionDeclaration' && !scope.fn.strict) {
      // Annex B: `if (x) function f(){}` behaves as if wrapped in a block.
      const bs = this.newScope('block', scope, null, scope.fn);
      this.annexBBlocks.set(s, bs);
      bs.declare(s.id.name, 'function', s);
      this.func(s, bs, 'normal');
      this.annexB(s, bs);
      return;
    }
    this.stmt(s, scope);
  }

  hasLexical(body: Node[]): boolean {
    for (let s of body) {
      while (s.type === 'LabeledStatement') s = s.body;
      if ((s.type === 'VariableDeclaration' && s.kind !== 'var') || s.type === 'ClassDeclaration' || s.type === 'FunctionDeclaration') return true;
    }
    return false;
  }

  block(node: Node, body: Node[], scope: Scope, kind: 'block'): void {
    const inner = this.hasLexical(body) ? this.newScope(kind, scope, node, scope.fn) : scope;
    if (inner !== scope) this.declareLexical(body, inner, 'scope');
    this.stmts(body, inner);
  }

  /** Annex B.3.2: a function declared in a block also gets a var binding, unless that would conflict. */
  annexB(f: Node, blockScope: Scope): void {
    const name = f.id.name;
    const fn = blockScope.fn;
    if (name === 'arguments' && fn.hasOwnThis) return;
    for (let s: Scope | null = blockScope.parent; s !== null && s.fn === fn; s = s.parent) {
      const b = s.bindings.get(name);
      if (b && b.lexical) return;
      // B.3.4 allows re-declaring a simple catch parameter only, not one bound by a pattern.
      if (b && b.kind === 'catch' && b.node !== null && b.node.type !== 'Identifier') return;
      if (b && (b.kind === 'function') && s.kind !== 'function' && s.kind !== 'funcbody') return;
      if (s === fn.varScope) break;
    }
    if (fn.kind === 'script' || (fn.kind === 'eval' && !fn.strict)) {
      if (fn.lexNames.some(([n]) => n === name)) return;
      fn.annexBFunctions.add(f);
      if (!fn.varNames.includes(name)) fn.varNames.push(name);
      return;
    }
    const vs = fn.varScope;
    const existing = vs.bindings.get(name) ?? fn.scope.bindings.get(name);
    if (existing && existing.lexical) return;
    // B.3.2.1 step ii: not when F is one of the parameters' bound names.
    if (fn.scope.bindings.get(name)?.kind === 'param') return;
    fn.annexBFunctions.add(f);
    if (!existing) vs.declare(name, 'var', null);
  }

  // ---- functions and classes ----

  func(node: Node, scope: Scope, kind: FunctionKind): FunctionInfo {
    const isArrow = node.type === 'ArrowFunctionExpression';
    const fn = this.newFn(isArrow ? 'arrow' : kind, node, scope.fn);
    fn.isArrow = isArrow;
    fn.isAsync = !!node.async;
    fn.isGenerator = !!node.generator;
    const body = node.body;
    const bodyStmts: Node[] = body.type === 'BlockStatement' ? body.body : [];
    fn.ownUseStrict = isStrictBody(bodyStmts);
    fn.strict = scope.fn.strict || fn.ownUseStrict || kind === 'classConstructor' || kind === 'field' || kind === 'static' || (kind === 'method' && scope.fn.strict);
    const fs = this.newScope('function', scope, node, fn);
    fn.scope = fn.varScope = fs;
    fn.simpleParams = node.params.every((p: Node) => p.type === 'Identifier');
    fn.hasParameterExpressions = node.params.some((p: Node) => containsExpression(p));
    const paramNames: string[] = [];
    for (const p of node.params) boundNames(p, paramNames);
    for (const n of paramNames) fs.declare(n, 'param', null);
    if (!isArrow) {
      fs.declare('this', 'internal', null);
      fs.declare('new.target', 'internal', null);
      fs.declare('%callee', 'internal', null);
    }
    // A named function expression's own name (an immutable binding holding the function).
    if (node.type === 'FunctionExpression' && node.id && !paramNames.includes(node.id.name)) {
      fs.declare(node.id.name, 'fname', node.id);
    }
    if (body.type === 'BlockStatement') this.varScan(bodyStmts, fn, true);
    const lexical: string[] = [];
    for (let s of bodyStmts) {
      while (s.type === 'LabeledStatement') s = s.body;
      if (s.type === 'VariableDeclaration' && s.kind !== 'var') for (const d of s.declarations) boundNames(d.id, lexical);
      if (s.type === 'ClassDeclaration') lexical.push(s.id.name);
    }
    const fnNames = fn.functionDecls.map((d) => d.id.name);
    const argumentsNeeded = !isArrow && kind !== 'field' && kind !== 'static' && !paramNames.includes('arguments')
      && (fn.hasParameterExpressions || (!fnNames.includes('arguments') && !lexical.includes('arguments')));
    if (argumentsNeeded) fs.declare('arguments', 'internal', null);
    let vs = fs;
    if (fn.hasParameterExpressions) {
      vs = this.newScope('funcbody', fs, null, fn);
      fn.varScope = vs;
    }
    // Names that are also parameters or 'arguments' stay in the function scope when there is no separate var scope.
    for (const n of fn.varNames) {
      const existing = fs.bindings.get(n);
      if (vs === fs && existing && existing.kind !== 'fname') continue;
      if (vs === fs && existing && existing.kind === 'fname') fs.bindings.delete(n);
      vs.declare(n, 'var', null);
    }
    for (const f of fn.functionDecls) {
      const existing = vs.bindings.get(f.id.name);
      if (existing && existing.kind === 'fname') vs.bindings.delete(f.id.name);
      if (vs === fs && existing && existing.kind === 'param') continue;
      vs.declare(f.id.name, 'var', f);
    }
    // A lexical declaration of the body shadows the function expression's own name (the name's
    // binding is in an outer environment in the spec): drop it before declaring the lexical one.
    for (const n of lexical) {
      const b = fs.bindings.get(n);
      if (b && b.kind === 'fname') fs.bindings.delete(n);
    }
    // Lexical declarations at the top of the body share the var scope's environment.
    this.declareLexical(bodyStmts, vs, 'function');
    // Parameters (defaults may reference earlier parameters and outer names).
    for (const p of node.params) this.pattern(p, fs);
    if (body.type === 'BlockStatement') this.stmts(bodyStmts, vs);
    else this.expr(body, vs);
    return fn;
  }

  klass(node: Node, scope: Scope): void {
    const cs = this.newScope('class', scope, node, scope.fn);
    if (node.id) cs.declare(node.id.name, 'classname', node.id);
    const members: Node[] = node.body.body;
    for (const m of members) {
      if ((m.type === 'MethodDefinition' || m.type === 'PropertyDefinition') && m.key.type === 'PrivateIdentifier') {
        cs.declare('#' + m.key.name, 'private', m);
      }
    }
    // The class heritage and computed keys are strict code evaluated in the class scope.
    const strictFn = scope.fn;
    const savedStrict = strictFn.strict;
    strictFn.strict = true;
    if (node.superClass) this.expr(node.superClass, cs);
    const ctor = members.find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor');
    for (const m of members) {
      if (m.type === 'StaticBlock') {
        const fn = this.newFn('static', m, cs.fn);
        fn.strict = true;
        const fs = this.newScope('function', cs, m, fn);
        fn.scope = fn.varScope = fs;
        fs.declare('this', 'internal', null);
        fs.declare('new.target', 'internal', null);
        fs.declare('%callee', 'internal', null);
        this.varScan(m.body, fn, true);
        for (const n of fn.varNames) fs.declare(n, 'var', null);
        for (const f of fn.functionDecls) fs.declare(f.id.name, 'var', f);
        this.declareLexical(m.body, fs, 'function');
        this.stmts(m.body, fs);
        continue;
      }
      if (m.computed) this.expr(m.key, cs);
      if (m.type === 'MethodDefinition') {
        const kind: FunctionKind = m.kind === 'constructor' ? 'classConstructor' : m.kind === 'get' ? 'getter' : m.kind === 'set' ? 'setter' : 'method';
        const fn = this.func(m.value, cs, kind);
        if (m.kind === 'constructor' && node.superClass) {
          fn.derived = true;
          fn.scope.bindings.get('this')!.used = true;
        }
      } else if (m.type === 'PropertyDefinition') {
        if (m.value) {
          // Each field initializer is a method-like function of its own (this = the instance).
          const fn = this.newFn('field', m, cs.fn);
          fn.strict = true;
          const fs = this.newScope('function', cs, m, fn);
          fn.scope = fn.varScope = fs;
          fs.declare('this', 'internal', null);
          fs.declare('new.target', 'internal', null);
          fs.declare('%callee', 'internal', null);
          this.expr(m.value, fs);
        }
      }
    }
    if (!ctor) {
      // The implicit constructor is synthesized by the compiler; nothing to resolve.
    }
    strictFn.strict = savedStrict;
  }

  // ---- expressions ----

  pattern(p: Node, scope: Scope): void {
    switch (p.type) {
      case 'Identifier': this.ref(scope, p.name); break;
      case 'MemberExpression': this.expr(p, scope); break;
      case 'ObjectPattern':
        for (const prop of p.properties) {
          if (prop.type === 'RestElement') this.pattern(prop.argument, scope);
          else {
            if (prop.computed) this.expr(prop.key, scope);
            this.pattern(prop.value, scope);
          }
        }
        break;
      case 'ArrayPattern': for (const e of p.elements) if (e) this.pattern(e, scope); break;
      case 'RestElement': this.pattern(p.argument, scope); break;
      case 'AssignmentPattern': this.pattern(p.left, scope); this.expr(p.right, scope); break;
      default: this.expr(p, scope);
    }
  }

  expr(e: Node, scope: Scope): void {
    switch (e.type) {
      case 'Identifier': this.ref(scope, e.name); break;
      case 'Literal': case 'TemplateElement': break;
      case 'ThisExpression': this.ref(scope, 'this'); break;
      case 'Super': this.ref(scope, '%callee'); this.ref(scope, 'this'); break;
      case 'MetaProperty':
        if (e.meta.name === 'new') this.ref(scope, 'new.target');
        break;
      case 'ArrayExpression': for (const x of e.elements) if (x) this.expr(x, scope); break;
      case 'ObjectExpression':
        for (const p of e.properties) {
          if (p.type === 'SpreadElement') { this.expr(p.argument, scope); continue; }
          if (p.computed) this.expr(p.key, scope);
          if (p.kind !== 'init' || p.method) this.func(p.value, scope, p.kind === 'get' ? 'getter' : p.kind === 'set' ? 'setter' : 'method');
          else if (p.shorthand && p.value.type === 'Identifier') this.ref(scope, p.value.name);
          else this.expr(p.value, scope);
        }
        break;
      case 'FunctionExpression': this.func(e, scope, 'normal'); break;
      case 'ArrowFunctionExpression': this.func(e, scope, 'arrow'); break;
      case 'ClassExpression': this.klass(e, scope); break;
      case 'UnaryExpression': case 'UpdateExpression': case 'SpreadElement': case 'AwaitExpression':
        this.expr(e.argument, scope);
        break;
      case 'YieldExpression': if (e.argument) this.expr(e.argument, scope); break;
      case 'BinaryExpression':
        if (e.left.type === 'PrivateIdentifier') this.ref(scope, '#' + e.left.name);
        else this.expr(e.left, scope);
        this.expr(e.right, scope);
        break;
      case 'LogicalExpression': this.expr(e.left, scope); this.expr(e.right, scope); break;
      case 'AssignmentExpression': this.pattern(e.left, scope); this.expr(e.right, scope); break;
      case 'MemberExpression':
        this.expr(e.object, scope);
        if (e.computed) this.expr(e.property, scope);
        else if (e.property.type === 'PrivateIdentifier') this.ref(scope, '#' + e.property.name);
        break;
      case 'ChainExpression': this.expr(e.expression, scope); break;
      case 'ConditionalExpression': this.expr(e.test, scope); this.expr(e.consequent, scope); this.expr(e.alternate, scope); break;
      case 'CallExpression':
        this.expr(e.callee, scope);
        for (const x of e.arguments) this.expr(x, scope);
        if (e.callee.type === 'Identifier' && e.callee.name === 'eval') this.markEval(scope);
        if (e.callee.type === 'Super') { this.ref(scope, 'new.target'); }
        break;
      case 'NewExpression':
        this.expr(e.callee, scope);
        for (const x of e.arguments) this.expr(x, scope);
        break;
      case 'SequenceExpression': for (const x of e.expressions) this.expr(x, scope); break;
      case 'TemplateLiteral': for (const x of e.expressions) this.expr(x, scope); break;
      case 'TaggedTemplateExpression': this.expr(e.tag, scope); this.expr(e.quasi, scope); break;
      case 'ImportExpression': this.expr(e.source, scope); if (e.options) this.expr(e.options, scope); break;
      case 'ParenthesizedExpression': this.expr(e.expression, scope); break;
      case 'PrivateIdentifier': this.ref(scope, '#' + e.name); break;
      default:
        throw new Error(`interpreter bug: scope analysis of expression ${e.type}`);
    }
  }

  /** A direct eval call: every binding visible from here may be read by name at run time. */
  markEval(scope: Scope): void {
    let fn: FunctionInfo | null = scope.fn;
    fn.directEval = true;
    for (; fn !== null; fn = fn.parent) {
      fn.containsEval = true;
      if (fn.hasOwnThis) break;
    }
    // Pseudo-bindings of the nearest non-arrow function must be stored for the eval code.
    for (const name of ['this', 'new.target', '%callee', 'arguments']) this.ref(scope, name);
  }

  // ---- resolution and allocation ----

  resolveAll(): void {
    for (const r of this.refs) resolve(r.scope, r.name, true);
  }

  allocate(top: FunctionInfo): void {
    // Functions that contain a direct eval keep every scope and every binding.
    for (const f of this.allFns) {
      if (f.sloppyEval && f.kind !== 'script' && f.kind !== 'eval') {
        f.varScope.declare('%evalvars', 'internal', null).used = true;
        // Eval in parameter expressions declares its vars in the parameter scope.
        if (f.scope !== f.varScope) f.scope.declare('%evalvars', 'internal', null).used = true;
      }
      if (f.containsEval) {
        for (const s of scopesOf(f)) for (const b of s.bindings.values()) { b.captured = true; b.used = true; }
      }
    }
    allocateScope(top.scope, null);
  }
}

function scopesOf(f: FunctionInfo): Scope[] {
  const out: Scope[] = [];
  const walk = (s: Scope) => {
    if (s.fn !== f && s !== f.scope) return;
    out.push(s);
    for (const c of s.children) walk(c);
  };
  walk(f.scope);
  return out;
}

/** True if a parameter pattern contains an expression (a default value or computed key). */
function containsExpression(p: Node): boolean {
  switch (p.type) {
    case 'AssignmentPattern': return true;
    case 'ObjectPattern': return p.properties.some((x: Node) => x.type === 'RestElement' ? containsExpression(x.argument) : x.computed || containsExpression(x.value));
    case 'ArrayPattern': return p.elements.some((x: Node | null) => x !== null && containsExpression(x));
    case 'RestElement': return containsExpression(p.argument);
  }
  return false;
}

/** The result of resolving a name from a scope at compile time. */
export interface Resolution {
  binding: Binding | null;
  /** Materialized scopes to go up from the reference's environment. */
  hops: number;
  /** Dynamic scopes (with, sloppy-eval var scopes) passed on the way, innermost first, with their hops. */
  dynamic: { scope: Scope; hops: number }[];
  /** The reference is in a function nested inside the binding's function. */
  crossesFunction: boolean;
}

/** Resolves name from scope. With mark, records captures and uses. */
export function resolve(scope: Scope, name: string, mark = false): Resolution {
  let hops = 0;
  let crosses = false;
  const dynamic: { scope: Scope; hops: number }[] = [];
  for (let s: Scope | null = scope; s !== null; s = s.parent) {
    const b = s.bindings.get(name);
    if (b !== undefined && !(s.kind === 'with' && name === '%with')) {
      if (mark) {
        b.used = true;
        if (crosses) b.captured = true;
      }
      return { binding: b, hops, dynamic, crossesFunction: crosses };
    }
    if (s.kind === 'with' || s.bindings.has('%evalvars')) {
      if (!name.startsWith('%') && !name.startsWith('#') && name !== 'this' && name !== 'new.target') dynamic.push({ scope: s, hops });
    }
    if (s.materialized) hops++;
    const p = s.parent;
    if (p !== null && p.fn !== s.fn) crosses = true;
  }
  return { binding: null, hops, dynamic, crossesFunction: crosses };
}

/**
 * Decides which scopes are materialized and assigns slots. A scope is materialized if it is the
 * top scope of a function (and has bindings), a with scope, has captured bindings, or belongs to a
 * function containing direct eval; otherwise its bindings get slots in the nearest materialized ancestor.
 */
function allocateScope(s: Scope, home: Scope | null): void {
  const isTop = s.fn.scope === s || s.kind === 'funcbody';
  let mat = s.kind === 'with' || s.fn.containsEval || s.kind === 'class' && [...s.bindings.values()].some((b) => b.used);
  if (!mat) for (const b of s.bindings.values()) if (b.captured && needsSlot(b)) { mat = true; break; }
  if (!mat && isTop) {
    for (const b of s.bindings.values()) if (needsSlot(b)) { mat = true; break; }
    if (!mat) mat = subtreeNeedsHome(s);
  }
  if (!mat && home === null) mat = true;
  if (s.kind === 'script' || s.kind === 'module' || s.kind === 'eval') mat = true;
  if (s.kind === 'function' && s.fn.varScope !== s) mat = true;
  if (s.kind === 'funcbody') mat = true;
  s.materialized = mat;
  // A merged scope whose home is in another function cannot share: force materialization.
  if (!mat && home !== null && home.fn !== s.fn) s.materialized = mat = true;
  const h = mat ? s : home!;
  s.home = h;
  for (const b of s.bindings.values()) {
    if (!needsSlot(b)) continue;
    b.slot = h.size++;
  }
  for (const c of s.children) allocateScope(c, h);
}

function needsSlot(b: Binding): boolean {
  if (b.kind === 'internal') return b.used;
  if (b.kind === 'fname') return b.used;
  return true;
}

function subtreeNeedsHome(s: Scope): boolean {
  for (const c of s.children) {
    if (c.fn !== s.fn) continue;
    for (const b of c.bindings.values()) if (!b.captured && needsSlot(b)) return true;
    if (subtreeNeedsHome(c)) return true;
  }
  return false;
}

export { Binding, Scope, FunctionInfo };
