import type { Node } from '../parse';

export type BindingKind =
  | 'var' | 'let' | 'const' | 'class' | 'function' | 'param' | 'catch' | 'import'
  /** The name of a named function expression (immutable; holds the function itself). */
  | 'fname'
  /** The inner name binding of a class (immutable). */
  | 'classname'
  /** Pseudo-bindings: 'this', 'new.target', '%callee', 'arguments', '%home'. */
  | 'internal'
  /** A private name (#x) of a class scope. */
  | 'private';

/** A binding resolved at compile time to a slot of an environment record. */
export class Binding {
  slot = -1;
  /** Referenced from a function nested inside the one that declares it. */
  captured = false;
  /** Referenced at all (pseudo-bindings are only stored when used). */
  used = false;
  /** Written after initialization (for const-folding and TDZ elision decisions). */
  assigned = false;
  constructor(
    readonly name: string,
    readonly kind: BindingKind,
    readonly scope: Scope,
    readonly node: Node | null,
  ) {}

  get lexical(): boolean {
    return this.kind === 'let' || this.kind === 'const' || this.kind === 'class' || this.kind === 'classname';
  }

  get immutable(): boolean {
    return this.kind === 'const' || this.kind === 'fname' || this.kind === 'classname' || (this.kind === 'import');
  }
}

export type ScopeKind = 'script' | 'module' | 'eval' | 'function' | 'funcbody' | 'block' | 'for' | 'catch' | 'with' | 'class' | 'switch';

/** A compile-time scope. Materialized scopes get an environment record (a host array, slot 0 = parent). */
export class Scope {
  readonly bindings = new Map<string, Binding>();
  readonly children: Scope[] = [];
  /** Has its own environment record at run time. */
  materialized = false;
  /** Number of slots of its environment record, including slot 0 (the parent). */
  size = 1;
  /** The nearest materialized scope at or above this one (set by allocate). */
  home: Scope = this;
  /** Lexically-declared bindings of this scope whose slots live in home (to reset to TDZ on entry). */
  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
    readonly node: Node | null,
    readonly fn: FunctionInfo,
  ) {
    if (parent) parent.children.push(this);
  }

  /** A with scope or the var scope of a function containing sloppy direct eval: names can appear at run time. */
  get dynamic(): boolean {
    return this.kind === 'with' || this.bindings.has('%evalvars');
  }

  declare(name: string, kind: BindingKind, node: Node | null): Binding {
    let b = this.bindings.get(name);
    if (b === undefined) {
      b = new Binding(name, kind, this, node);
      this.bindings.set(name, b);
    }
    return b;
  }
}

export type FunctionKind =
  | 'script' | 'module' | 'eval'
  | 'normal' | 'arrow' | 'method' | 'getter' | 'setter' | 'classConstructor' | 'field' | 'static';

/** Compile-time facts about one function (or script, module, eval code, field initializer, static block). */
export class FunctionInfo {
  scope!: Scope;
  varScope!: Scope;
  strict = false;
  isArrow = false;
  isAsync = false;
  isGenerator = false;
  derived = false;
  /** Contains a direct call to eval (in this function itself, not nested functions). */
  directEval = false;
  /** Contains a direct eval anywhere inside, including nested arrows (needs every scope materialized). */
  containsEval = false;
  simpleParams = true;
  hasParameterExpressions = false;
  /** VarDeclaredNames (without functions). */
  readonly varNames: string[] = [];
  /** Function declarations to instantiate at function entry (the last of each name wins). */
  readonly functionDecls: Node[] = [];
  /** Annex B: function-in-block declarations that also get a var binding. */
  readonly annexBFunctions = new Set<Node>();
  /** Lexical declarations at the top level: [name, isConst]. */
  readonly lexNames: [string, boolean][] = [];
  /** Functions nested directly inside (for lazy compilation). */
  readonly children: FunctionInfo[] = [];
  /** Has 'use strict' in its own body. */
  ownUseStrict = false;
  constructor(
    readonly kind: FunctionKind,
    readonly node: Node,
    readonly parent: FunctionInfo | null,
  ) {
    if (parent) parent.children.push(this);
  }

  get sloppyEval(): boolean {
    return this.directEval && !this.strict;
  }

  /** Has its own this/arguments/new.target (not an arrow, not top-level code). */
  get hasOwnThis(): boolean {
    return !this.isArrow && this.kind !== 'script' && this.kind !== 'module' && this.kind !== 'eval';
  }
}
