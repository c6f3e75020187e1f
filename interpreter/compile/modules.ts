/**
 * ECMAScript modules: Source Text Module Records, synthetic (JSON) modules, linking, evaluation
 * with top-level await, namespaces, import.meta and import(). https://tc39.es/ecma262/#sec-modules
 * Loading is the host's: realm.host.moduleHost.load(referrerFile, request) returns a module record.
 */
import type { Node } from '../parse';
import { parse } from '../parse';
import { JSObject } from '../values/object';
import { TDZ, type Value } from '../values/value';
import { R, ThrowCompletion } from '../agent';
import { makeError, throwSyntaxError, throwTypeError } from '../errors';
import type { Realm } from '../realm';
import { analyze, boundNames, type Analysis } from '../scope/analyze';
import { ToString } from '../ops/type-conversion';
import { Compiler, NORMAL, RETURN, type Code, type Stmt } from './compiler';
import { compileExpr, compileStatements } from './compile';
import type { Env } from './function-object';
import { compileFunctionDeclarationValue, compileNamedFunctionOrClass, instantiate, functionCode } from './expressions/functions';
import { compileInit } from './expressions/Identifier';
import { isAnonymousFunctionDefinition } from './expressions/operators';
import { compileClass } from './expressions/classes';
import { JSModuleNamespace } from '../exotics/namespace';
import { throwParseError } from './script';
import { genStatements, hasSuspend, runAsync } from './generators';
import { pushFrame, popFrame } from '../values/function';
import { parseJSONSource } from '../intrinsics/JSON';
import * as PromiseOps from '../intrinsics/Promise';

export interface ModuleRequest {
  specifier: string;
  attributes: [string, string][];
}

/** The embedder's loader. */
export interface ModuleHost {
  /** HostLoadImportedModule (synchronous): the module for request, imported from referrerFile (null: top level). */
  load(referrerFile: string | null, request: ModuleRequest, realm: Realm): ModuleRecord;
  /** HostGetImportMetaProperties + HostFinalizeImportMeta. */
  initializeImportMeta?(meta: JSObject, module: ModuleRecord): void;
}

/** An import binding: reads the exporting module's slot at each access (live bindings). */
export class ImportRef {
  constructor(readonly module: ModuleRecord, readonly slot: number) {}
}

const NAMESPACE = Symbol('namespace');
type Resolution = { module: ModuleRecord; bindingName: string | typeof NAMESPACE } | null | 'ambiguous';

type Status = 'new' | 'unlinked' | 'linking' | 'linked' | 'evaluating' | 'evaluating-async' | 'evaluated';

let asyncEvaluationCounter = 1;

/** Common parts of module records (cyclic module records carry the DFS fields). */
export abstract class ModuleRecord {
  status: Status = 'unlinked';
  env: Env | null = null;
  namespace: JSModuleNamespace | null = null;
  evaluationError: ThrowCompletion | null = null;
  readonly loaded = new Map<string, ModuleRecord>();
  requested: ModuleRequest[] = [];
  hasTLA = false;
  dfsIndex = -1;
  dfsAncestorIndex = -1;
  cycleRoot: ModuleRecord | null = null;
  /** 0 when not async-evaluating; otherwise the order in which it became so. */
  asyncEvaluation = 0;
  asyncDone = false;
  topLevelCapability: { promise: JSObject; resolve(v: Value): void; reject(v: Value): void } | null = null;
  asyncParentModules: ModuleRecord[] = [];
  pendingAsyncDependencies = 0;
  meta: JSObject | null = null;
  /** Embedder data. */
  host: Record<string, unknown> = Object.create(null);

  constructor(readonly realm: Realm, readonly file: string) {}

  abstract getExportedNames(exportStarSet?: ModuleRecord[]): string[];
  abstract resolveExport(name: string, resolveSet?: [ModuleRecord, string][]): Resolution;
  abstract slotOf(bindingName: string): number;
  abstract initializeEnvironment(): void;
  /** Runs the module body; with a capability, asynchronously (top-level await). */
  abstract executeModule(capability?: { resolve(v: Value): void; reject(v: Value): void }): void;

  /** Reads an export for the namespace object. */
  readExport(name: string): Value {
    const r = this.resolveExport(name);
    if (r === null || r === 'ambiguous') return undefined;
    if (r.bindingName === NAMESPACE) return GetModuleNamespace(r.module);
    const env = r.module.env;
    if (env === null) return TDZ;
    const v = env[r.module.slotOf(r.bindingName)];
    return v instanceof ImportRef ? readImport(v) : v;
  }
}

/** The current value of an import binding (TDZ sentinel while its module is not initialized). */
export function readImport(ref: ImportRef): Value {
  const env = ref.module.env;
  if (env === null) return TDZ;
  const v = env[ref.slot];
  return v instanceof ImportRef ? readImport(v) : v;
}

function requestKey(r: ModuleRequest): string {
  return r.attributes.length === 0 ? r.specifier : `${r.specifier}\0${JSON.stringify(r.attributes)}`;
}

interface ImportEntry { request: ModuleRequest; importName: string | typeof NAMESPACE; localName: string }
interface ExportEntry { exportName: string | null; request: ModuleRequest | null; importName: string | typeof NAMESPACE | null; localName: string | null }

/** A Source Text Module Record. https://tc39.es/ecma262/#sec-source-text-module-records */
export class SourceTextModule extends ModuleRecord {
  importEntries: ImportEntry[] = [];
  localExports: ExportEntry[] = [];
  indirectExports: ExportEntry[] = [];
  starExports: ExportEntry[] = [];
  an!: Analysis;
  body!: Stmt | null;
  genBody: ((env: Env) => Generator<any, number, any>) | null = null;
  fnDecls: [string, (env: Env) => Value][] = [];
  defaultFn: ((env: Env) => Value) | null = null;
  source = '';

  slotOf(name: string): number {
    const b = this.an.top.scope.bindings.get(name);
    if (b === undefined) throw new Error(`interpreter bug: module has no binding ${name}`);
    return b.slot;
  }

  getExportedNames(exportStarSet: ModuleRecord[] = []): string[] {
    if (exportStarSet.includes(this)) return [];
    exportStarSet.push(this);
    const names: string[] = [];
    for (const e of this.localExports) names.push(e.exportName!);
    for (const e of this.indirectExports) names.push(e.exportName!);
    for (const e of this.starExports) {
      const m = this.loaded.get(requestKey(e.request!))!;
      for (const n of m.getExportedNames(exportStarSet)) if (n !== 'default' && !names.includes(n)) names.push(n);
    }
    return names;
  }

  resolveExport(name: string, resolveSet: [ModuleRecord, string][] = []): Resolution {
    for (const [m, n] of resolveSet) if (m === this && n === name) return null;
    resolveSet.push([this, name]);
    for (const e of this.localExports) if (e.exportName === name) return { module: this, bindingName: e.localName! };
    for (const e of this.indirectExports) {
      if (e.exportName !== name) continue;
      const m = this.loaded.get(requestKey(e.request!))!;
      if (e.importName === NAMESPACE) return { module: m, bindingName: NAMESPACE };
      return m.resolveExport(e.importName as string, resolveSet);
    }
    if (name === 'default') return null;
    let star: Resolution = null;
    for (const e of this.starExports) {
      const m = this.loaded.get(requestKey(e.request!))!;
      const r = m.resolveExport(name, resolveSet);
      if (r === 'ambiguous') return 'ambiguous';
      if (r !== null) {
        if (star === null) star = r;
        else if (r.module !== star.module || r.bindingName !== star.bindingName) return 'ambiguous';
      }
    }
    return star;
  }

  /** https://tc39.es/ecma262/#sec-source-text-module-record-initialize-environment */
  initializeEnvironment(): void {
    for (const e of this.indirectExports) {
      const r = this.resolveExport(e.exportName!);
      if (r === null || r === 'ambiguous') syntaxErrorAt(this, r === null ? `The requested module '${e.request!.specifier}' does not provide an export named '${String(e.importName === NAMESPACE ? '*' : e.importName)}'` : `The requested module '${e.request!.specifier}' contains conflicting star exports for name '${e.exportName}'`);
    }
    const scope = this.an.top.scope;
    const env: Env = new Array(scope.size).fill(undefined);
    env[0] = null;
    for (const b of scope.bindings.values()) if (b.slot >= 0 && (b.lexical || b.name === '*default*')) env[b.slot] = TDZ;
    for (const i of this.importEntries) {
      const m = this.loaded.get(requestKey(i.request))!;
      const slot = this.slotOf(i.localName);
      if (i.importName === NAMESPACE) { env[slot] = GetModuleNamespace(m); continue; }
      const r = m.resolveExport(i.importName);
      if (r === null) syntaxErrorAt(this, `The requested module '${i.request.specifier}' does not provide an export named '${i.importName}'`);
      if (r === 'ambiguous') syntaxErrorAt(this, `The requested module '${i.request.specifier}' contains conflicting star exports for name '${i.importName}'`);
      if (r.bindingName === NAMESPACE) env[slot] = GetModuleNamespace(r.module);
      else env[slot] = new ImportRef(r.module, r.module.slotOf(r.bindingName));
    }
    this.env = env;
    const saved = R.realm;
    R.realm = this.realm;
    try {
      for (const [name, make] of this.fnDecls) env[this.slotOf(name)] = make(env);
      if (this.defaultFn !== null) env[this.slotOf('*default*')] = this.defaultFn(env);
    } finally {
      R.realm = saved;
    }
  }

  executeModule(capability?: { resolve(v: Value): void; reject(v: Value): void }): void {
    const env = this.env!;
    if (capability === undefined) {
      const d = pushFrame(null as any);
      R.fnStack[d] = null;
      const saved = R.realm;
      R.realm = this.realm;
      try {
        this.body!(env);
      } finally {
        R.realm = saved;
        popFrame(d);
      }
      return;
    }
    const saved = R.realm;
    R.realm = this.realm;
    const d = pushFrame(null as any);
    R.fnStack[d] = null;
    try {
      runAsync({ body: this.genBody!(env), fn: null, realm: this.realm }, () => capability.resolve(undefined), (e) => capability.reject(e));
    } finally {
      popFrame(d);
      R.realm = saved;
    }
  }
}

/** A module whose exports are set by the host (JSON modules). https://tc39.es/ecma262/#sec-synthetic-module-records */
export class SyntheticModule extends ModuleRecord {
  constructor(realm: Realm, file: string, readonly exportNames: string[], readonly evaluateSteps: (m: SyntheticModule) => void) {
    super(realm, file);
  }

  getExportedNames(): string[] { return this.exportNames.slice(); }

  resolveExport(name: string): Resolution {
    return this.exportNames.includes(name) ? { module: this, bindingName: name } : null;
  }

  slotOf(name: string): number { return this.exportNames.indexOf(name) + 1; }

  initializeEnvironment(): void {
    const env: Env = new Array(this.exportNames.length + 1).fill(undefined);
    env[0] = null;
    this.env = env;
  }

  setExport(name: string, v: Value): void {
    this.env![this.slotOf(name)] = v;
  }

  executeModule(): void {
    this.evaluateSteps(this);
  }
}

/** A JSON module: `import data from './x.json' with { type: 'json' }`. */
export function createJSONModule(realm: Realm, file: string, source: string): SyntheticModule {
  // ParseJSONModule parses when the module is loaded: invalid JSON is an error before linking.
  const saved = R.realm;
  R.realm = realm;
  let json: Value;
  try {
    json = parseJSONSource(realm, source);
  } finally {
    R.realm = saved;
  }
  return new SyntheticModule(realm, file, ['default'], (m) => m.setExport('default', json));
}

function syntaxErrorAt(m: ModuleRecord, msg: string): never {
  const saved = R.realm;
  R.realm = m.realm;
  try {
    throwSyntaxError(msg);
  } finally {
    R.realm = saved;
  }
}

function moduleRequestOf(node: Node): ModuleRequest {
  const attributes: [string, string][] = [];
  for (const a of node.attributes ?? []) {
    const key = a.key.type === 'Identifier' ? a.key.name : a.key.value;
    attributes.push([key, a.value.value]);
  }
  attributes.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return { specifier: node.source.value, attributes };
}

function nameOf(n: Node): string {
  return n.type === 'Identifier' ? n.name : n.value;
}

/** ParseModule: parses, analyses and compiles a module. https://tc39.es/ecma262/#sec-parsemodule */
export function parseModule(realm: Realm, source: string, file: string): SourceTextModule {
  let ast: Node;
  const saved = R.realm;
  R.realm = realm;
  try {
    try {
      ast = parse(source, file, { module: true });
    } catch (e) {
      throwParseError(e);
    }
  } finally {
    R.realm = saved;
  }
  const m = new SourceTextModule(realm, file);
  m.source = source;
  const an = analyze(ast, { kind: 'module' });
  an.module = m;
  m.an = an;
  const requests: ModuleRequest[] = [];
  const addRequest = (r: ModuleRequest): ModuleRequest => {
    const k = requestKey(r);
    const existing = requests.find((x) => requestKey(x) === k);
    if (existing) return existing;
    requests.push(r);
    return r;
  };
  const imports = new Map<string, ImportEntry>();
  for (const s of ast.body) {
    if (s.type === 'ImportDeclaration') {
      const req = addRequest(moduleRequestOf(s));
      for (const sp of s.specifiers) {
        const importName: string | typeof NAMESPACE = sp.type === 'ImportDefaultSpecifier' ? 'default' : sp.type === 'ImportNamespaceSpecifier' ? NAMESPACE : nameOf(sp.imported);
        const e: ImportEntry = { request: req, importName, localName: sp.local.name };
        m.importEntries.push(e);
        imports.set(sp.local.name, e);
      }
    } else if (s.type === 'ExportNamedDeclaration') {
      if (s.declaration) {
        const d = s.declaration;
        const names = d.type === 'VariableDeclaration' ? d.declarations.flatMap((x: Node) => boundNames(x.id)) : [d.id.name];
        for (const n of names) m.localExports.push({ exportName: n, request: null, importName: null, localName: n });
      } else if (s.source) {
        const req = addRequest(moduleRequestOf(s));
        for (const sp of s.specifiers) m.indirectExports.push({ exportName: nameOf(sp.exported), request: req, importName: nameOf(sp.local), localName: null });
      } else {
        for (const sp of s.specifiers) {
          const local = nameOf(sp.local);
          const exportName = nameOf(sp.exported);
          const ie = imports.get(local);
          if (ie === undefined) m.localExports.push({ exportName, request: null, importName: null, localName: local });
          // A re-exported namespace import is an indirect export of the whole module (ParseModule 10.a.ii.2).
          else if (ie.importName === NAMESPACE) m.indirectExports.push({ exportName, request: ie.request, importName: NAMESPACE, localName: null });
          else m.indirectExports.push({ exportName, request: ie.request, importName: ie.importName, localName: null });
        }
      }
    } else if (s.type === 'ExportDefaultDeclaration') {
      const d = s.declaration;
      const local = (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id ? d.id.name : '*default*';
      m.localExports.push({ exportName: 'default', request: null, importName: null, localName: local });
    } else if (s.type === 'ExportAllDeclaration') {
      const req = addRequest(moduleRequestOf(s));
      if (s.exported) m.indirectExports.push({ exportName: nameOf(s.exported), request: req, importName: NAMESPACE, localName: null });
      else m.starExports.push({ exportName: null, request: req, importName: NAMESPACE, localName: null });
    }
  }
  m.requested = requests;
  // Compile.
  const c = new Compiler(an, file, source, an.top, an.top.scope);
  m.hasTLA = ast.body.some((s: Node) => hasSuspend(s));
  if (m.hasTLA) {
    an.top.isAsync = true;
    m.genBody = genStatements(c, ast.body);
    m.body = null;
  } else {
    m.body = compileStatements(c, ast.body);
  }
  const seen = new Set<string>();
  for (let i = an.top.functionDecls.length - 1; i >= 0; i--) {
    const d = an.top.functionDecls[i];
    if (seen.has(d.id.name)) continue;
    seen.add(d.id.name);
    m.fnDecls.push([d.id.name, compileFunctionDeclarationValue(c, d)]);
  }
  for (const s of ast.body) {
    if (s.type === 'ExportDefaultDeclaration' && s.declaration.type === 'FunctionDeclaration' && !s.declaration.id) {
      const code = functionCode(c, s.declaration);
      m.defaultFn = (env) => instantiate(code, env, 'default');
    }
  }
  return m;
}

/** The module statements of a module body. */
export function compileModuleStatement(c: Compiler, node: Node): Stmt {
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
      return () => NORMAL;
    case 'ExportNamedDeclaration': {
      if (!node.declaration) return () => NORMAL;
      const { compileStmt } = require('./compile');
      return compileStmt(c, node.declaration);
    }
    case 'ExportDefaultDeclaration': {
      const d = node.declaration;
      if (d.type === 'FunctionDeclaration') return () => NORMAL;
      if (d.type === 'ClassDeclaration' && d.id) {
        const { compileStmt } = require('./compile');
        return compileStmt(c, d);
      }
      const init = compileDefaultExportValue(c);
      const v: Code = isAnonymousFunctionDefinition(d) || (d.type === 'ClassDeclaration')
        ? ((f) => (env: Env) => f(env, 'default'))(d.type === 'ClassDeclaration' ? ((k) => (env: Env) => k(env, 'default'))(compileClass(c, d, null)) : compileNamedFunctionOrClass(c, d, 'default'))
        : compileExpr(c, d);
      return (env) => { init(env, v(env)); return NORMAL; };
    }
  }
  throw new Error(`interpreter bug: module statement ${node.type}`);
}

export function compileDefaultExportValue(c: Compiler): (env: Env, v: Value) => void {
  return compileInit(c, '*default*');
}

/** GetModuleNamespace. https://tc39.es/ecma262/#sec-getmodulenamespace */
export function GetModuleNamespace(m: ModuleRecord): JSModuleNamespace {
  if (m.namespace === null) {
    const names = m.getExportedNames().filter((n) => {
      const r = m.resolveExport(n);
      return r !== null && r !== 'ambiguous';
    });
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    m.namespace = new JSModuleNamespace(m, names);
  }
  return m.namespace;
}

// ---- loading, linking, evaluation ----

function moduleHost(realm: Realm): ModuleHost {
  const h = realm.host.moduleHost as ModuleHost | undefined;
  if (h === undefined) throwTypeError('Cannot load modules: this realm has no module loader');
  return h;
}

/** LoadRequestedModules, synchronously through the host. */
export function loadRequestedModules(m: ModuleRecord, visited = new Set<ModuleRecord>()): void {
  if (visited.has(m)) return;
  visited.add(m);
  for (const req of m.requested) {
    const key = requestKey(req);
    let dep = m.loaded.get(key);
    if (dep === undefined) {
      validateAttributes(req);
      dep = moduleHost(m.realm).load(m.file, req, m.realm);
      m.loaded.set(key, dep);
    }
    loadRequestedModules(dep, visited);
  }
}

function validateAttributes(req: ModuleRequest): void {
  for (const [k, v] of req.attributes) {
    if (k !== 'type') throwSyntaxError(`Import attribute "${k}" is not supported`);
    if (v !== 'json') throwTypeError(`Import attribute "type" with value "${v}" is not supported`);
  }
}

/** Link(). https://tc39.es/ecma262/#sec-moduledeclarationlinking */
export function linkModule(m: ModuleRecord): void {
  const stack: ModuleRecord[] = [];
  try {
    innerLink(m, stack, 0);
  } catch (e) {
    for (const x of stack) { x.status = 'unlinked'; x.env = null; }
    throw e;
  }
}

function innerLink(m: ModuleRecord, stack: ModuleRecord[], index: number): number {
  if (m.status === 'linking' || m.status === 'linked' || m.status === 'evaluating-async' || m.status === 'evaluated') return index;
  m.status = 'linking';
  m.dfsIndex = index;
  m.dfsAncestorIndex = index;
  index++;
  stack.push(m);
  for (const req of m.requested) {
    const dep = m.loaded.get(requestKey(req))!;
    index = innerLink(dep, stack, index);
    if (dep.status === 'linking') m.dfsAncestorIndex = Math.min(m.dfsAncestorIndex, dep.dfsAncestorIndex);
  }
  m.initializeEnvironment();
  if (m.dfsAncestorIndex === m.dfsIndex) {
    for (;;) {
      const x = stack.pop()!;
      x.status = 'linked';
      if (x === m) break;
    }
  }
  return index;
}

function newCapability(realm: Realm): { promise: JSObject; resolve(v: Value): void; reject(v: Value): void } {
  const P = PromiseOps;
  return P.newPromiseIntrinsic(realm);
}

/** Evaluate(): returns a promise for the module's evaluation. https://tc39.es/ecma262/#sec-moduleevaluation */
export function evaluateModuleRecord(module: ModuleRecord): JSObject {
  let m = module;
  if (m.status === 'evaluating-async' || m.status === 'evaluated') m = m.cycleRoot ?? m;
  if (m.topLevelCapability !== null) return m.topLevelCapability.promise;
  const stack: ModuleRecord[] = [];
  const cap = newCapability(m.realm);
  m.topLevelCapability = cap;
  try {
    innerEvaluate(m, stack, 0);
    if (m.asyncEvaluation === 0 || m.asyncDone) cap.resolve(undefined);
  } catch (e) {
    if (!(e instanceof ThrowCompletion)) throw e;
    for (const x of stack) {
      x.status = 'evaluated';
      x.evaluationError = e;
    }
    cap.reject(e.value);
  }
  return cap.promise;
}

function innerEvaluate(m: ModuleRecord, stack: ModuleRecord[], index: number): number {
  if (m.status === 'evaluating-async' || m.status === 'evaluated') {
    if (m.evaluationError !== null) throw m.evaluationError;
    return index;
  }
  if (m.status === 'evaluating') return index;
  m.status = 'evaluating';
  m.dfsIndex = index;
  m.dfsAncestorIndex = index;
  m.pendingAsyncDependencies = 0;
  index++;
  stack.push(m);
  for (const req of m.requested) {
    let dep = m.loaded.get(requestKey(req))!;
    index = innerEvaluate(dep, stack, index);
    if (dep.status === 'evaluating') m.dfsAncestorIndex = Math.min(m.dfsAncestorIndex, dep.dfsAncestorIndex);
    else {
      dep = dep.cycleRoot ?? dep;
      if (dep.evaluationError !== null) throw dep.evaluationError;
    }
    if (dep.asyncEvaluation !== 0 && !dep.asyncDone) {
      m.pendingAsyncDependencies++;
      dep.asyncParentModules.push(m);
    }
  }
  if (m.pendingAsyncDependencies > 0 || m.hasTLA) {
    m.asyncEvaluation = asyncEvaluationCounter++;
    if (m.pendingAsyncDependencies === 0) executeAsyncModule(m);
  } else {
    m.executeModule();
  }
  if (m.dfsAncestorIndex === m.dfsIndex) {
    for (;;) {
      const x = stack.pop()!;
      x.status = x.asyncEvaluation !== 0 && !x.asyncDone ? 'evaluating-async' : 'evaluated';
      x.cycleRoot = m;
      if (x === m) break;
    }
  }
  return index;
}

function executeAsyncModule(m: ModuleRecord): void {
  m.executeModule({
    resolve: () => asyncModuleExecutionFulfilled(m),
    reject: (e) => asyncModuleExecutionRejected(m, new ThrowCompletion(e)),
  });
}

function gatherAvailableAncestors(m: ModuleRecord, execList: ModuleRecord[]): void {
  for (const p of m.asyncParentModules) {
    if (execList.includes(p) || (p.cycleRoot ?? p).evaluationError !== null) continue;
    p.pendingAsyncDependencies--;
    if (p.pendingAsyncDependencies === 0) {
      execList.push(p);
      if (!p.hasTLA) gatherAvailableAncestors(p, execList);
    }
  }
}

function asyncModuleExecutionFulfilled(m: ModuleRecord): void {
  if (m.status === 'evaluated') return;
  m.asyncDone = true;
  m.status = 'evaluated';
  if (m.topLevelCapability !== null) m.topLevelCapability.resolve(undefined);
  const execList: ModuleRecord[] = [];
  gatherAvailableAncestors(m, execList);
  execList.sort((a, b) => a.asyncEvaluation - b.asyncEvaluation);
  for (const x of execList) {
    if (x.status === 'evaluated') continue;
    if (x.hasTLA) executeAsyncModule(x);
    else {
      try {
        x.executeModule();
      } catch (e) {
        if (!(e instanceof ThrowCompletion)) throw e;
        asyncModuleExecutionRejected(x, e);
        continue;
      }
      x.asyncDone = true;
      x.status = 'evaluated';
      if (x.topLevelCapability !== null) x.topLevelCapability.resolve(undefined);
    }
  }
}

function asyncModuleExecutionRejected(m: ModuleRecord, error: ThrowCompletion): void {
  if (m.status === 'evaluated') return;
  m.evaluationError = error;
  m.status = 'evaluated';
  m.asyncDone = true;
  if (m.topLevelCapability !== null) m.topLevelCapability.reject(error.value);
  for (const p of m.asyncParentModules) asyncModuleExecutionRejected(p, error);
}

/** Loads, links and evaluates a module; returns the evaluation promise. */
export function runModule(m: ModuleRecord): JSObject {
  loadRequestedModules(m);
  linkModule(m);
  return evaluateModuleRecord(m);
}

// ---- import.meta and import() ----

export function importMetaFor(file: string): never {
  throw new Error(`interpreter bug: import.meta outside a module (${file})`);
}

/** import.meta of the module being compiled. */
export function compileImportMeta(c: Compiler): Code {
  const m = c.an.module as ModuleRecord | undefined;
  if (m === undefined) return () => importMetaFor(c.file);
  return () => {
    if (m.meta === null) {
      const meta = new JSObject(null);
      m.meta = meta;
      const h = m.realm.host.moduleHost as ModuleHost | undefined;
      h?.initializeImportMeta?.(meta, m);
    }
    return m.meta;
  };
}

/** import(specifier, options). https://tc39.es/ecma262/#sec-import-calls */
export function compileDynamicImport(c: Compiler, node: Node): Code {
  const spec = compileExpr(c, node.source);
  const opts = node.options ? compileExpr(c, node.options) : null;
  const referrer = c.an.importReferrer ?? c.file;
  const referrerModule = c.an.module as ModuleRecord | undefined;
  return (env) => {
    const s = spec(env);
    const o = opts ? opts(env) : undefined;
    return dynamicImport(R.realm, referrerModule ?? null, referrer, s, o);
  };
}

export function dynamicImport(realm: Realm, referrerModule: ModuleRecord | null, referrer: string, specifier: Value, options: Value): JSObject {
  const cap = newCapability(realm);
  let request: ModuleRequest;
  try {
    const spec = ToString(specifier);
    const attributes: [string, string][] = [];
    if (options !== undefined) {
      if (!(options instanceof JSObject)) throwTypeError('The second argument of import() must be an object');
      const w = options.Get('with', options);
      if (w !== undefined) {
        if (!(w instanceof JSObject)) throwTypeError("The 'with' option of import() must be an object");
        for (const k of w.OwnPropertyKeys()) {
          if (typeof k !== 'string') continue;
          const d = w.GetOwnProperty(k);
          if (!d || !d.enumerable) continue;
          const v = w.Get(k, w);
          if (typeof v !== 'string') throwTypeError('Import attribute values must be strings');
          attributes.push([k, v]);
        }
      }
    }
    attributes.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    request = { specifier: spec, attributes };
    for (const [k] of attributes) if (k !== 'type') throwTypeError(`Import attribute "${k}" is not supported`);
  } catch (e) {
    if (!(e instanceof ThrowCompletion)) throw e;
    cap.reject(e.value);
    return cap.promise;
  }
  // Loading completes asynchronously, as a host load would.
  realm.agent.enqueueJob(() => {
    const saved = R.realm;
    R.realm = realm;
    try {
      validateAttributes(request);
      let m: ModuleRecord | undefined = referrerModule?.loaded.get(requestKey(request));
      if (m === undefined) {
        m = moduleHost(realm).load(referrer, request, realm);
        referrerModule?.loaded.set(requestKey(request), m);
      }
      loadRequestedModules(m);
      linkModule(m);
      const p = evaluateModuleRecord(m);
      const target = m;
      const P = PromiseOps;
      P.promiseThenHost(p as PromiseOps.JSPromise, () => cap.resolve(GetModuleNamespace(target)), (e: Value) => cap.reject(e));
    } catch (e) {
      if (!(e instanceof ThrowCompletion)) throw e;
      cap.reject(e.value);
    } finally {
      R.realm = saved;
    }
  });
  return cap.promise;
}

export { RETURN, makeError };
