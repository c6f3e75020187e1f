import * as acorn from 'acorn';
import type { SourcePos } from './agent';

export type Node = acorn.Node & Record<string, any>;

/** True if test holds for some child node of node (in source order; key is the child's field). */
export function someChild(node: Node, test: (child: Node, key: string) => boolean): boolean {
  for (const key in node) {
    if (key === 'loc' || key === 'type' || key === 'start' || key === 'end') continue;
    const v = (node as any)[key];
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object' && typeof x.type === 'string' && test(x, key)) return true;
    } else if (v !== null && typeof v === 'object' && typeof v.type === 'string' && test(v, key)) return true;
  }
  return false;
}

/** A syntax error found while parsing, with its position (converted to a guest SyntaxError by the caller). */
export class ParseError {
  constructor(readonly message: string, readonly pos: SourcePos) {}
}

export interface ParseOptions {
  module?: boolean;
  /** For eval code and dynamic functions: what the surrounding context allows. */
  allowNewTarget?: boolean;
  allowSuperProperty?: boolean;
  allowSuperCall?: boolean;
  allowAwait?: boolean;
  allowReturn?: boolean;
  strict?: boolean;
  /** Direct eval inside class bodies: the private names (without '#') the enclosing classes declare. */
  privateNames?: string[];
}

/**
 * acorn with the web-compat rule for call expressions as assignment targets: in sloppy code
 * `f() = 1`, `f() += 1`, `f()++` and `for (f() of xs)` parse, and evaluating them calls f and then
 * throws a ReferenceError (the compiler does that); in strict code and inside destructuring
 * patterns they stay early errors. https://tc39.es/ecma262/#sec-static-semantics-assignmenttargettype
 */
const BaseParser: typeof acorn.Parser = class extends (acorn.Parser as any) {
  inAssignable = false;

  toAssignable(node: any, isBinding: boolean, refDestructuringErrors: unknown): any {
    if (node.type === 'CallExpression' && !isBinding && !(this as any).strict && !this.inAssignable) return node;
    const saved = this.inAssignable;
    this.inAssignable = true;
    try {
      return super.toAssignable(node, isBinding, refDestructuringErrors);
    } finally {
      this.inAssignable = saved;
    }
  }

  checkLValSimple(expr: any, bindingType: number | undefined, checkClashes: unknown): void {
    // Not for the logical assignments (&&= ||= ??=: acorn calls this while their token is current).
    const op = (this as any).value;
    if (expr.type === 'CallExpression' && !bindingType && !(this as any).strict && op !== '&&=' && op !== '||=' && op !== '??=') return;
    super.checkLValSimple(expr, bindingType, checkClashes);
  }
} as any;

const parsers = new Map<string, typeof acorn.Parser>();

function parserFor(o: ParseOptions): typeof acorn.Parser {
  const key = `${o.allowNewTarget ? 1 : 0}${o.allowSuperProperty ? 1 : 0}${o.allowSuperCall ? 1 : 0}${o.strict ? 1 : 0}`;
  let P = parsers.get(key);
  if (P === undefined) {
    const strict = !!o.strict;
    P = class extends (BaseParser as any) {
      constructor(options: any, input: string, pos?: number) {
        super(options, input, pos);
        // Code inside strict code (direct eval from strict code) is strict from its first token.
        if (strict) (this as any).strict = true;
      }
    } as any;
    const proto = (P as any).prototype;
    const base = (acorn.Parser as any).prototype;
    const get = (name: string) => Object.getOwnPropertyDescriptor(base, name)!.get!;
    if (o.allowNewTarget) {
      const orig = get('allowNewDotTarget');
      Object.defineProperty(proto, 'allowNewDotTarget', { get() { return orig.call(this) || !this.scopeStack.some((s: any) => (s.flags & 2) && !(s.flags & 16)); } });
    }
    if (o.allowSuperProperty) {
      const orig = get('allowSuper');
      Object.defineProperty(proto, 'allowSuper', { get() { return orig.call(this) || (this.currentThisScope().flags & 1) !== 0; } });
    }
    if (o.allowSuperCall) {
      const orig = get('allowDirectSuper');
      Object.defineProperty(proto, 'allowDirectSuper', { get() { return orig.call(this) || (this.currentThisScope().flags & 1) !== 0; } });
    }
    parsers.set(key, P!);
  }
  return P!;
}

/** Parses source with acorn (latest ecmaVersion, locations on). Throws ParseError. */
export function parse(source: string, file: string, o: ParseOptions = {}): Node {
  const P = o.allowNewTarget || o.allowSuperProperty || o.allowSuperCall || o.strict ? parserFor(o) : BaseParser;
  const options: acorn.Options = {
    ecmaVersion: 'latest',
    sourceType: o.module ? 'module' : 'script',
    locations: true,
    allowHashBang: true,
    allowReturnOutsideFunction: !!o.allowReturn,
    allowAwaitOutsideFunction: !!o.allowAwait,
    sourceFile: file,
  };
  try {
    if (o.privateNames === undefined || o.privateNames.length === 0) return P.parse(source, options) as Node;
    // The enclosing classes' private names as an outer class body (acorn's privateNameStack), so
    // #x resolves; what no class declares is the early error of AllPrivateIdentifiersValid.
    const p = new (P as any)(options, source);
    const declared: Record<string, string> = Object.create(null);
    for (const n of o.privateNames) declared[n] = 'true';
    const frame = { declared, used: [] as Node[] };
    p.privateNameStack.push(frame);
    const ast = p.parse() as Node;
    for (const id of frame.used) if (!(id.name in declared)) p.raise(id.start, `Private field '#${id.name}' must be declared in an enclosing class`);
    return ast;
  } catch (e: any) {
    if (e instanceof SyntaxError && (e as any).loc) {
      const loc = (e as any).loc;
      const message = e.message.replace(/ \(\d+:\d+\)( in .*)?$/s, '');
      throw new ParseError(message, { file, line: loc.line, col: loc.column + 1 });
    }
    throw e;
  }
}
