import type { Node } from '../parse';
import type { SourcePos } from '../agent';
import type { Value } from '../values/value';
import type { Analysis } from '../scope/analyze';
import type { FunctionInfo, Scope } from '../scope/scope';
import type { Env } from './function-object';

/** Statement completion codes: normal, return, and break/continue with a label id (0 = unlabeled). */
export const NORMAL = 0;
export const RETURN = 1;
export const breakCode = (labelId: number): number => 2 + 2 * labelId;
export const continueCode = (labelId: number): number => 3 + 2 * labelId;

/** Registers for completions that carry a value: the return value, and the completion value of script/eval code. */
export const Completion: { ret: Value; cv: Value } = { ret: undefined, cv: undefined };

export type Code = (env: Env) => Value;
export type Stmt = (env: Env) => number;
/** A resumable expression or statement (generator and async bodies): a host generator yielding suspensions. */
export type GenCode = (env: Env) => Generator<any, Value, any>;
export type GenStmt = (env: Env) => Generator<any, number, any>;

interface LabelFrame {
  names: string[];
  id: number;
  loop: boolean;
}

/** The compile-time context: where we are (function, scope, labels) and what the source is. */
export class Compiler {
  labels: LabelFrame[] = [];
  nextLabelId = 1;
  /** Track statement completion values (script and eval code only). */
  completion = false;
  /** Labels to attach to the next loop/statement compiled (from LabeledStatement). */
  pendingLabels: string[] = [];

  constructor(
    readonly an: Analysis,
    readonly file: string,
    readonly source: string,
    public fn: FunctionInfo,
    public scope: Scope,
  ) {}

  get strict(): boolean {
    return this.fn.strict;
  }

  pos(node: Node): SourcePos {
    return { file: this.file, line: node.loc!.start.line, col: node.loc!.start.column + 1 };
  }

  text(node: Node): string {
    return this.source.slice(node.start, node.end);
  }

  /** Runs f with the scope a node creates (if it creates one). */
  inScope<T>(node: Node, f: () => T): T {
    const s = this.an.scopes.get(node);
    if (s === undefined) return f();
    const saved = this.scope;
    this.scope = s;
    try {
      return f();
    } finally {
      this.scope = saved;
    }
  }

  withScope<T>(s: Scope, f: () => T): T {
    const saved = this.scope;
    this.scope = s;
    try {
      return f();
    } finally {
      this.scope = saved;
    }
  }

  /** Pushes a label frame for a breakable statement; returns its id. */
  enterLabels(loop: boolean): LabelFrame {
    const frame = { names: this.pendingLabels, id: this.nextLabelId++, loop };
    this.pendingLabels = [];
    this.labels.push(frame);
    return frame;
  }

  exitLabels(): void {
    this.labels.pop();
  }

  /** The completion code of `break label` / `break`. */
  breakTarget(label: string | null): number {
    for (let i = this.labels.length - 1; i >= 0; i--) {
      const f = this.labels[i];
      if (label === null ? f.id > 0 && (f.loop || (f as any).switch) : f.names.includes(label)) return breakCode(f.id);
    }
    throw new Error(`interpreter bug: no break target ${label}`);
  }

  continueTarget(label: string | null): number {
    for (let i = this.labels.length - 1; i >= 0; i--) {
      const f = this.labels[i];
      if (f.loop && (label === null || f.names.includes(label))) return continueCode(f.id);
    }
    throw new Error(`interpreter bug: no continue target ${label}`);
  }
}
