/**
 * ES modules in the Node runtime (runtime/modules/esm/, stdlib/internal/modules/esm/) against the
 * host node: each case is a small module program written to a temporary folder (importing the
 * fixtures of test/fixtures/esm-tree), run by ouro and by node; stdout, and for uncaught errors
 * the first lines of stderr, must be the same. Paths in messages are replaced by <tmp> and <tree>.
 */
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { FIXTURES, runEval, runMain } from './node-runtime';
import { runOuro } from '../e2e/run-ouro';
import { parseCjsExports } from '../../runtime/modules/esm/cjs-exports';

const TREE = path.join(FIXTURES, 'esm-tree');
const APP = path.join(TREE, 'app');
const APP_URL = pathToFileURL(APP).href;

let tmp = '';

/** Replaces the machine's paths in output. */
function clean(s: string): string {
  return s.split(fs.realpathSync(tmp)).join('<tmp>').split(tmp).join('<tmp>').split(TREE).join('<tree>');
}

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(tmp, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

interface HostResult {
  stdout: string;
  stderr: string;
  code: number;
}

function hostRun(args: string[]): Promise<HostResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: tmp, env: { PATH: process.env.PATH }, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : 1;
      resolve({ stdout, stderr, code });
    });
  });
}

/** The lines of an uncaught error's report up to its first stack frame (node adds its own internal frames). */
function reportHead(stderr: string): string {
  const lines = stderr.split('\n');
  const out: string[] = [];
  for (const l of lines) {
    if (/^\s+at /.test(l)) break;
    if (/^Node\.js v/.test(l)) break;
    out.push(l);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return clean(out.join('\n'));
}

/** Runs main (a file in tmp) under ouro (in this process) and node; compares stdout and the exit code. */
async function compareMain(main: string, o: { stderrHead?: boolean; headLines?: number } = {}): Promise<void> {
  const file = path.join(tmp, main);
  const expected = await hostRun([file]);
  const r = await runMain(file, { cwd: tmp });
  const code = r.outcome.kind === 'exit' ? r.outcome.code : -1;
  assert.strictEqual(clean(r.stdout), clean(expected.stdout), r.stderr);
  assert.strictEqual(code, expected.code, r.stderr);
  if (o.stderrHead) {
    let actual = reportHead(r.stderr);
    let wanted = reportHead(expected.stderr);
    if (o.headLines !== undefined) {
      actual = actual.split('\n').slice(0, o.headLines).join('\n');
      wanted = wanted.split('\n').slice(0, o.headLines).join('\n');
    }
    assert.strictEqual(actual, wanted);
  }
}

/** A module printing, for each specifier, the error import() rejects with (name, code, message). */
function importErrors(cases: [string, string?][]): string {
  return `
    for (const [specifier, type] of ${JSON.stringify(cases)}) {
      try {
        const ns = await import(specifier, type ? { with: { type } } : undefined);
        console.log('ok', specifier, Object.keys(ns));
      } catch (e) {
        console.log(specifier, '->', e.name, e.code, JSON.stringify(e.message), e.url === undefined ? '' : e.url);
      }
    }
  `;
}

describe('ES modules (compared with the host node)', function () {
  this.timeout(60_000);

  before(function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ouro-esm-'));
  });

  after(function () {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('reports what cannot be found: ERR_MODULE_NOT_FOUND for files and packages, directories, unknown extensions', async function () {
    write({
      'not-found.mjs': importErrors([
        ['./missing.js'],
        ['./missing'],
        ['no-such-package'],
        ['no-such-package/sub'],
        [`${APP_URL}/lib/dir`],
        [`${APP_URL}/lib`],
        [`${APP_URL}/lib/notes.txt`],
        [`${APP_URL}/node_modules/cjs-obj`],
        ['node:no-such-builtin'],
        ['ftp://example.com/x.js'],
        [''],
      ]),
    });
    await compareMain('not-found.mjs');
  });

  it('resolves package "exports" and "imports" with the import condition, and reports what they leave out', async function () {
    write({
      'node_modules/pkg/package.json': JSON.stringify({
        name: 'pkg',
        exports: { '.': { import: './esm.mjs', require: './cjs.cjs' }, './sub/*': './lib/*.js', './hidden': null },
      }),
      'node_modules/pkg/esm.mjs': 'export const which = "import";',
      'node_modules/pkg/cjs.cjs': 'exports.which = "require";',
      'node_modules/pkg/lib/a.js': 'exports.a = 1;',
      'node_modules/nomain/package.json': JSON.stringify({ name: 'nomain', main: './nope.js' }),
      'package.json': JSON.stringify({ name: 'self', exports: { '.': './self.mjs' }, imports: { '#x': './x.mjs', '#pkg': 'pkg' } }),
      'self.mjs': 'export const self = true;',
      'x.mjs': 'export const x = "#x";',
      'exports.mjs': importErrors([
        ['pkg'],
        ['pkg/sub/a'],
        ['pkg/hidden'],
        ['pkg/not-exported'],
        ['pkg/package.json'],
        ['nomain'],
        ['self'],
        ['#x'],
        ['#pkg'],
        ['#nope'],
      ]),
    });
    await compareMain('exports.mjs');
  });

  it('checks import attributes as node 20 does (ERR_IMPORT_ASSERTION_TYPE_MISSING, _FAILED)', async function () {
    write({
      'attributes.mjs': importErrors([
        [`${APP_URL}/lib/data.json`],
        [`${APP_URL}/lib/data.json`, 'json'],
        [`${APP_URL}/lib/util.js`, 'json'],
        [`${APP_URL}/helper.cjs`, 'json'],
        ['node:fs', 'json'],
      ]),
      'bad.json': '{ "a": 1, }',
      'bad-json.mjs': `
        try { await import('./bad.json', { with: { type: 'json' } }); } catch (e) { console.log(e.name, e.message.startsWith(${JSON.stringify(fs.realpathSync(os.tmpdir()))})); }
      `,
    });
    await compareMain('attributes.mjs');
    await compareMain('bad-json.mjs');
  });

  it('a missing named export is a SyntaxError with node\'s message (and its hint for CommonJS modules)', async function () {
    write({
      'named-esm.mjs': `import { nope } from '${APP_URL}/lib/util.js';\n`,
      'named-cjs.mjs': `import { kind, nope as other } from '${APP_URL}/helper.cjs';\n`,
      'named-dynamic.mjs': `
        for (const f of ['./named-esm.mjs', './named-cjs.mjs']) {
          try { await import(f); } catch (e) { console.log(e.name, JSON.stringify(e.message.split(${JSON.stringify(APP_URL)}).join('<app>'))); }
        }
      `,
    });
    await compareMain('named-dynamic.mjs');
    await compareMain('named-esm.mjs', { stderrHead: true });
    await compareMain('named-cjs.mjs', { stderrHead: true });
  });

  it('prints an uncaught error of an ES module as node does (the module\'s URL, the line, a caret)', async function () {
    write({
      'throws.mjs': 'const x = 1;\n  throw new RangeError(`out of range: ${x}`);\n',
      'throws-later.mjs': 'await new Promise((r) => setTimeout(r, 1));\nfunction f() {\n  throw new Error("later");\n}\nf();\n',
      'syntax.mjs': 'const a = 1;\nlet b = ;\n',
      'rejects.mjs': 'Promise.reject(new Error("unhandled"));\n',
      'import-throws.mjs': `import '${APP_URL}/lib/throws.js';\n`,
    });
    for (const f of ['throws.mjs', 'throws-later.mjs', 'rejects.mjs', 'import-throws.mjs']) {
      await compareMain(f, { stderrHead: true });
    }
    // The header of a syntax error (V8 words some messages differently from the engine's parser).
    await compareMain('syntax.mjs', { stderrHead: true, headLines: 4 });
  });

  it('an unsettled top-level await ends the process with code 13', async function () {
    write({
      'unsettled.mjs': 'process.on("exit", (c) => console.log("exit", c, process.exitCode));\nawait new Promise(() => {});\n',
      'unsettled-import.mjs': 'console.log("main");\nawait import("./unsettled.mjs");\nconsole.log("never");\n',
      'settled.mjs': 'const t = setTimeout(() => {}, 1000); t.unref();\nawait new Promise((r) => setTimeout(r, 5));\nconsole.log("done");\n',
    });
    await compareMain('unsettled.mjs');
    await compareMain('unsettled-import.mjs');
    await compareMain('settled.mjs');
  });

  it('"type" decides what a .js file is; .cjs is always CommonJS, .mjs always ESM; typeless .js with ESM syntax is detected', async function () {
    write({
      'typed/package.json': '{ "type": "module" }',
      'typed/a.js': 'export const kind = typeof require;',
      'typed/b.cjs': 'exports.kind = typeof require;',
      'typed/noext': 'export const kind = "extensionless";',
      'typed/c.mjs': 'export const kind = "mjs";',
      'commonjs/package.json': '{ "type": "commonjs" }',
      'commonjs/a.js': 'exports.kind = typeof require;',
      'typeless/a.js': 'export const kind = "detected";',
      'typeless/b.js': 'exports.kind = typeof require;',
      'types.mjs': `
        for (const f of ['./typed/a.js', './typed/b.cjs', './typed/noext', './typed/c.mjs', './commonjs/a.js', './typeless/a.js', './typeless/b.js']) {
          const ns = await import(f);
          console.log(f, Object.keys(ns), ns.kind);
        }
      `,
      'main-detected.js': 'import { kind } from "./typeless/a.js";\nconsole.log(kind, typeof require, import.meta.url.endsWith("main-detected.js"));\n',
    });
    await compareMain('types.mjs');
    await compareMain('main-detected.js');
    await compareMain('typed/a.js');
  });

  it('warns once per package.json without "type" when a .js file is detected as an ES module', async function () {
    write({
      'typeless-pkg/package.json': '{ "name": "typeless" }',
      'typeless-pkg/a.js': 'export const a = 1;',
      'typeless-pkg/b.js': 'export const b = 1;',
      'typeless-pkg/warn.mjs': 'await import("./a.js");\nawait import("./b.js");\nconsole.log("imported");\n',
    });
    const file = path.join(tmp, 'typeless-pkg', 'warn.mjs');
    const expected = await hostRun([file]);
    const r = await runMain(file, { cwd: tmp });
    const warning = (stderr: string) => clean(stderr).replace(/^\((node|ouro):\d+\) /gm, '').split('\n').filter((l) => !l.startsWith('(Use ')).join('\n');
    assert.strictEqual(r.stdout, expected.stdout);
    assert.strictEqual(warning(r.stderr), warning(expected.stderr));
  });

  it('require() of an ES module throws ERR_REQUIRE_ESM (node 20 without --experimental-require-module)', async function () {
    write({
      'esm/package.json': '{ "type": "module" }',
      'esm/a.js': 'export default 1;',
      'm.mjs': 'export const m = 1;',
      'require-esm.cjs': `
        for (const f of ['./esm/a.js', './m.mjs']) {
          try { require(f); console.log('loaded', f); } catch (e) { console.log(e.code, JSON.stringify(e.message)); }
        }
      `,
    });
    const file = path.join(tmp, 'require-esm.cjs');
    const expected = await hostRun(['--no-experimental-require-module', file]);
    const r = await runMain(file, { cwd: tmp });
    assert.strictEqual(clean(r.stdout), clean(expected.stdout), r.stderr);
  });

  it('with --experimental-require-module, require() loads an ES module synchronously (node 20.19+)', async function () {
    write({
      'esm/package.json': '{ "type": "module" }',
      'esm/a.js': 'export default 1; export const named = "n";',
      'm.mjs': 'export const m = 1;',
      'tla.mjs': 'await 1;\nexport const t = 1;',
      'req-throws.mjs': 'throw new Error("from esm");',
      'require-module.cjs': `
        console.log(require('./esm/a.js'), require('./m.mjs'), require('./m.mjs') === require('./m.mjs'));
        for (const f of ['./tla.mjs', './req-throws.mjs']) {
          try { require(f); } catch (e) { console.log(e.code, e.message.split(__dirname).join('<dir>')); }
        }
      `,
    });
    const file = path.join(tmp, 'require-module.cjs');
    const expected = await hostRun(['--experimental-require-module', file]);
    const r = await runOuro(['--experimental-require-module', file], { cwd: tmp });
    assert.strictEqual(clean(r.stdout), clean(expected.stdout), r.stderr);
  });

  it('import() from -e code resolves from the working directory', async function () {
    write({ 'from-eval.mjs': 'export default "from eval";' });
    const src = `import('./from-eval.mjs').then((ns) => console.log(ns.default, Object.keys(ns)));
      import('./nope.mjs').catch((e) => console.log(e.code, e.message.split(process.cwd()).join('<cwd>')));`;
    const expected = await hostRun(['-e', src]);
    const r = await runEval(src, { cwd: tmp });
    assert.strictEqual(r.stdout, expected.stdout, r.stderr);
  });

  it('-e code that only parses as a module runs as the ES module [eval1] (node 20.19+)', async function () {
    write({ 'for-eval.mjs': 'export const v = "v";' });
    const src = `import { v } from './for-eval.mjs';
      const rel = (u) => u.split(process.cwd()).join('<cwd>');
      console.log(v, rel(import.meta.url), rel(import.meta.filename), typeof require, this);
      await new Promise((r) => setTimeout(r, 1));
      console.log(Object.keys(await import('./for-eval.mjs')));`;
    const expected = await hostRun(['-e', src]);
    const r = await runEval(src, { cwd: tmp });
    assert.strictEqual(r.stdout, expected.stdout, r.stderr);
    const unsettled = 'await new Promise(() => {});';
    const u = await runEval(unsettled, { cwd: tmp });
    assert.deepStrictEqual(u.outcome, { kind: 'exit', code: (await hostRun(['-e', unsettled])).code });
  });

  it('builtins: default is module.exports, named exports its own enumerable keys (kept in step by syncBuiltinESMExports)', async function () {
    write({
      'builtins.mjs': `
        import * as events from 'events';
        import EventEmitter, { once } from 'node:events';
        import * as path from 'path';
        import { promisify } from 'util';
        import process2 from 'process';
        console.log(events.default === EventEmitter, typeof once, events.EventEmitter === EventEmitter);
        console.log(Object.keys(path).filter((k) => k !== 'default').join() === Object.keys(path.default).join(), 'default' in path);
        console.log(typeof promisify, process2 === process);
        const fsp = await import('fs/promises');
        console.log(typeof fsp.readFile, fsp.default === (await import('node:fs/promises')).default);
        const { default: util, inspect } = await import('util');
        const module = (await import('module')).default;
        const orig = util.inspect;
        util.inspect = () => 'patched';
        console.log(inspect === orig);
        module.syncBuiltinESMExports();
        console.log(inspect === orig, (await import('node:util')).inspect());
        util.inspect = orig;
        module.syncBuiltinESMExports();
      `,
    });
    await compareMain('builtins.mjs');
  });

  it('detects the exports of CommonJS sources as cjs-module-lexer does', function () {
    const cases: [string, string[], string[]][] = [
      ['exports.a = 1; exports["b"] = 2; module.exports.c = 3; module.exports["d"] = 4;', ['a', 'b', 'c', 'd'], []],
      ['Object.defineProperty(exports, "__esModule", { value: true }); Object.defineProperty(exports, "v", { value: 1 });', ['__esModule', 'v'], []],
      ['Object.defineProperty(exports, "g", { enumerable: true, get: function () { return q.p; } });', ['g'], []],
      ['Object.defineProperty(exports, "g", { enumerable: true, get: () => q });', [], []],
      ['Object.defineProperty(exports, "g", { enumerable: true, get() { return q.p.r; } });', [], []],
      ['Object.defineProperty(exports, "g", { configurable: true, get() { return q; } });', [], []],
      ['module.exports = { a, b: c, "d": e, ...f, g: h.i, j };', ['a', 'b', 'd', 'g'], []],
      ['module.exports = { a, b: 1 + 1, c };', ['a'], []],
      ['module.exports = require("./x");', [], ['./x']],
      ['__exportStar(require("./y"), exports); tslib.__exportStar(require("./z"), exports);', [], ['./y', './z']],
      ['var _x = require("./w"); Object.keys(_x).forEach(function (k) { exports[k] = _x[k]; });', [], ['./w']],
      ['this is not javascript', [], []],
    ];
    for (const [source, exports, reexports] of cases) {
      const r = parseCjsExports(source);
      assert.deepStrictEqual([[...r.exports].sort(), r.reexports], [[...exports].sort(), reexports], source);
    }
  });
});
