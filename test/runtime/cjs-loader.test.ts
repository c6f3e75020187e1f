/**
 * The CommonJS loader (stdlib/internal/modules/cjs/loader.ts) against the host node: the same
 * program resolves and requires the same specifiers in test/fixtures/node_modules-tree under
 * both, and must print the same results (resolved paths, exports, error codes and messages).
 */
import * as assert from 'assert';
import * as path from 'path';
import { FIXTURES, hostNode, runEval, runMain } from './node-runtime';

const TREE = path.join(FIXTURES, 'node_modules-tree');
const APP = path.join(TREE, 'app');

/** A program printing one JSON line per case: the value, or the error's code (and message). */
function program(cases: string[], withMessage = true): string {
  return `
    const out = [];
    for (const c of ${JSON.stringify(cases)}) {
      try {
        const v = (0, eval)('(require) => ' + c)(require);
        out.push([c, 'ok', typeof v === 'string' ? v.split(${JSON.stringify(TREE)}).join('<tree>') : v]);
      } catch (e) {
        out.push([c, 'error', e.code, ${withMessage} ? String(e.message).split(${JSON.stringify(TREE)}).join('<tree>') : undefined]);
      }
    }
    for (const line of out) console.log(JSON.stringify(line));
  `;
}

async function compare(cases: string[], o: { withMessage?: boolean; env?: Record<string, string>; nodeArgs?: string[] } = {}): Promise<void> {
  const src = program(cases, o.withMessage !== false);
  const env = { PATH: process.env.PATH, ...o.env };
  const expected = hostNode([...(o.nodeArgs ?? []), '-e', src], { cwd: APP, env });
  const r = await runEval(src, { cwd: APP, env });
  assert.deepStrictEqual(r.outcome, { kind: 'exit', code: 0 }, r.stderr);
  const a = r.stdout.trim().split('\n');
  const e = expected.trim().split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) assert.strictEqual(a[i], e[i], `case ${i}: ${cases[i]}`);
}

describe('CommonJS loader (compared with the host node)', function () {
  this.timeout(60_000);

  it('resolves relative files, extensions, directories, index files and package "main"', async function () {
    await compare([
      "require.resolve('./lib/util')",
      "require.resolve('./lib/util.js')",
      "require.resolve('./lib/data')",
      "require.resolve('./lib/dir')",
      "require.resolve('./lib/dir/')",
      "require.resolve('./lib/pkgdir')",
      "require.resolve('./lib/nope')",
      "require.resolve('./lib/dir/nope.js')",
      "require.resolve('dep-ext/file')",
      "require.resolve(" + JSON.stringify(path.join(APP, 'lib', 'util')) + ')',
      "require.resolve('./main')",
    ]);
  });

  it('finds packages in node_modules up the tree, scoped packages, and reports misses with the require stack', async function () {
    await compare([
      "require.resolve('dep-main')",
      "require.resolve('dep-index')",
      "require.resolve('@scope/pkg')",
      "require('nested')",
      "require.resolve('nope')",
      "require.resolve('nope/sub')",
      "require('dep-bad-main')",
      "require.resolve.paths('x').slice(0, 4)",
      "require.resolve.paths('./x')",
      "require.resolve.paths('fs')",
    ]);
  });

  it('applies package "exports" with the require, node and default conditions, patterns and null targets', async function () {
    await compare([
      "require.resolve('dep-exports')",
      "require('dep-exports')",
      "require.resolve('dep-exports/feature')",
      "require.resolve('dep-exports/sub/a')",
      "require.resolve('dep-exports/sub/private/x')",
      "require.resolve('dep-exports/hidden')",
      "require.resolve('dep-exports/hidden.js')",
      "require.resolve('dep-exports/package.json')",
      "require('dep-sugar')",
      "require('dep-conditions')",
      "require.resolve('dep-sugar/other')",
    ]);
  });

  it('resolves a package by its own name ("exports" self-reference) and "#imports"', async function () {
    await compare([
      "require.resolve('app')",
      "require.resolve('app/self')",
      "require.resolve('app/nope')",
      "require('#internal')",
      "require('#utils/util')",
      "require('#dep')",
      "require('#cond')",
      "require.resolve('#missing')",
    ]);
  });

  it('builtins: bare and node: ids resolve to themselves, internal ones are not reachable', async function () {
    await compare([
      "require.resolve('fs')",
      "require.resolve('node:fs')",
      "require.resolve('node:test')",
      "require.resolve('test')",
      "require('node:nope')",
      "require('internal/util')",
      "require('node:internal/util')",
      "require('fs') === require('node:fs')",
      "typeof require('module').builtinModules",
      "require('module').isBuiltin('node:path') && !require('module').isBuiltin('nope')",
    ]);
  });

  it('loads JSON, runs cycles with partial exports, keeps require.cache, module.children and require.main', async function () {
    await compare([
      "require('./lib/data.json')",
      "require('./lib/cycle-a')",
      "Object.keys(require.cache).filter((k) => !k.includes('[eval]')).map((k) => require('path').basename(k)).sort().join()",
      "require('./lib/util') === require('./lib/util.js')",
      "module.children.map((m) => require('path').basename(m.id)).join()",
      "require.main === undefined",
      "typeof require.extensions['.js']",
    ]);
  });

  it('a failed load leaves the cache clean, so the next require runs the file again', async function () {
    await compare([
      "(() => { try { require('./lib/throws') } catch {} try { require('./lib/throws') } catch (e) { return e.message + ' ' + globalThis.__loadCount } })()",
      "Object.keys(require.cache).some((k) => k.endsWith('throws.js'))",
    ]);
  });

  it('ERR_REQUIRE_ESM for .mjs files and "type": "module" packages, as node 20 words it', async function () {
    // node 20.19+ loads ES modules with require() by default; the flag gives node 20's error.
    await compare([
      "require('dep-esm')",
      "require('dep-esm/plain.js')",
      "require('./node_modules/dep-mjs/index.mjs')",
      "require('dep-mjs')",
      "require('dep-exports/esm.mjs')",
    ], { nodeArgs: ['--no-experimental-require-module'] });
  });

  it('leaves out the node-addons condition (native addons cannot run in ouro)', async function () {
    const r = await runEval("console.log(require('dep-addons'))", { cwd: APP });
    assert.strictEqual(r.stdout, 'default\n', r.stderr);
  });

  it('native addons and syntax errors fail with node\'s codes', async function () {
    await compare([
      "require('./node_modules/dep-native/addon.node')",
      "require('./lib/syntax-error')",
    ], { withMessage: false });
  });

  it('NODE_PATH adds folders to search', async function () {
    await compare(["require('np-module')"], { env: { NODE_PATH: path.join(TREE, 'node_path_dir') } });
  });

  it('the Module API: _nodeModulePaths, wrap, _resolveLookupPaths, _compile, custom extensions, a patched _load', async function () {
    const extra = path.join(require('os').tmpdir(), `ouro-ext-${process.pid}.txt`);
    await compare([
      "require('module')._nodeModulePaths('/a/node_modules/b/c')",
      "require('module')._nodeModulePaths('/')",
      "require('module')._nodeModulePaths('/node_modules/x')",
      "require('module').wrap('x')",
      "require('module').wrapper",
      "[require('module')._resolveLookupPaths('./x', null), require('module')._resolveLookupPaths('fs', null)]",
      "(() => { const M = require('module'); const m = new M('/virtual/x.js', null); m.filename = '/virtual/x.js'; m.paths = M._nodeModulePaths('/virtual'); m._compile('module.exports = { v: 42, dir: __dirname, req: typeof require, self: this === module.exports }', '/virtual/x.js'); return m.exports })()",
      `(() => { require('fs').writeFileSync(${JSON.stringify(extra)}, 'text module\\n'); require.extensions['.txt'] = (m, f) => { m.exports = require('fs').readFileSync(f, 'utf8').trim() }; return require(${JSON.stringify(extra)}) })()`,
      "(() => { const k = require.resolve('./lib/util'); require(k); delete require.cache[k]; require(k); return require.cache[k] !== undefined })()",
      "(() => { const M = require('module'); const orig = M._load; M._load = function (r, p, m) { return r === 'virtual-pkg' ? { virtual: true } : orig.apply(this, arguments) }; try { return require('virtual-pkg') } finally { M._load = orig } })()",
      "require.resolve('dep-main', { paths: [process.cwd()] })",
      "require.resolve('dep-main', { paths: ['/'] })",
      "require('')",
      "require(1)",
    ]);
    require('fs').rmSync(extra, { force: true });
  });

  it('the main module: this is module.exports, vars are module-local, __filename and __dirname, require.main', async function () {
    const file = path.join(APP, 'main-check.js');
    const fs = await import('fs');
    fs.writeFileSync(file, [
      'var local = 1;',
      'console.log(this === module.exports, typeof globalThis.local, __filename === module.filename, __dirname === require("path").dirname(__filename));',
      'console.log(require.main === module, module.id, process.mainModule === module, module.loaded);',
      'setTimeout(() => console.log(module.loaded));',
    ].join('\n'));
    try {
      const expected = hostNode([file], { cwd: APP });
      const r = await runMain(file, { cwd: APP });
      assert.strictEqual(r.stdout, expected);
    } finally {
      fs.unlinkSync(file);
    }
  });
});
