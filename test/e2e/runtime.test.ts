/**
 * The Node runtime through the `ouro` command: process.argv/execPath/execArgv, the event loop
 * under limits, how errors from callbacks and required modules are reported, exit codes.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { OURO, runOuro } from './run-ouro';

describe('ouro runtime (through the CLI)', function () {
  this.timeout(60_000);
  let tmp: string;

  before(function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ouro-rt-'));
  });
  after(function () {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const write = (name: string, text: string): string => {
    const file = path.join(tmp, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };

  describe('process', function () {
    it('argv is [execPath, the main file, ...arguments]; execArgv holds the options before the script', async function () {
      const file = write('argv.js', 'console.log(JSON.stringify({ argv: process.argv, execArgv: process.execArgv, execPath: process.execPath }))');
      const r = await runOuro(['--stack-depth=5000', file, 'a', '--b'], { cwd: tmp });
      assert.strictEqual(r.code, 0, r.stderr);
      const o = JSON.parse(r.stdout);
      assert.deepStrictEqual(o.argv, [OURO, file, 'a', '--b']);
      assert.deepStrictEqual(o.execArgv, ['--stack-depth=5000']);
      assert.strictEqual(o.execPath, OURO);
    });

    it('a relative main path is resolved; with -e, argv holds only execPath and the arguments', async function () {
      write('rel/main.js', 'console.log(process.argv[1])');
      const r = await runOuro(['rel/main.js'], { cwd: tmp });
      assert.strictEqual(r.stdout, `${path.join(tmp, 'rel', 'main.js')}\n`);
      const e = await runOuro(['-e', 'console.log(JSON.stringify(process.argv.slice(1)))', 'x', 'y']);
      assert.strictEqual(e.stdout, '["x","y"]\n');
    });

    it('process.execPath starts ouro: an executable with a node shebang', async function () {
      const r = await runOuro(['-p', 'process.execPath']);
      const execPath = r.stdout.trim();
      assert.strictEqual(execPath, OURO);
      fs.accessSync(execPath, fs.constants.X_OK);
      assert.match(fs.readFileSync(execPath, 'utf8').split('\n')[0], /^#!\/usr\/bin\/env node$/);
      const out = execFileSync(execPath, ['-p', '6 * 7'], { encoding: 'utf8' });
      assert.strictEqual(out, '42\n');
    });

    it('-e and -p code can require modules, as with node', async function () {
      const r = await runOuro(['-p', "require('path').basename('/a/b.txt', '.txt') + ' ' + typeof module + ' ' + __filename"]);
      assert.strictEqual(r.stdout, 'b object [eval]\n');
      const s = await runOuro(['-'], { input: "console.log(require('path').sep, __filename)" });
      assert.strictEqual(s.stdout, '/ [stdin]\n');
    });

    it('process.exitCode and process.exit(code) set the exit code', async function () {
      assert.strictEqual((await runOuro(['-e', 'process.exitCode = 7'])).code, 7);
      assert.strictEqual((await runOuro(['-e', 'setTimeout(() => process.exit(5), 1); setTimeout(() => {}, 10000)'])).code, 5);
    });
  });

  describe('the event loop under limits', function () {
    it('--deadline ends a program waiting on a long timer, at the deadline', async function () {
      const r = await runOuro(['--deadline=300', '-e', "console.log('waiting'); setTimeout(() => console.log('never'), 60000)"]);
      assert.strictEqual(r.code, 124);
      assert.strictEqual(r.stdout, 'waiting\n');
      assert.match(r.stderr, /deadline exceeded/);
      assert.ok(r.ms < 20_000, `took ${r.ms} ms`);
    });

    it('--deadline ends an endless setInterval; --fuel ends an endless chain of immediates', async function () {
      const a = await runOuro(['--deadline=300', '-e', 'setInterval(() => {}, 1)']);
      assert.strictEqual(a.code, 124);
      const b = await runOuro(['--fuel=200000', '-e', 'const f = () => setImmediate(f); f()']);
      assert.strictEqual(b.code, 123);
    });
  });

  describe('errors', function () {
    it('an uncaught exception in a timer is reported like node, with the source line, and ends with 1', async function () {
      const file = write('timer-throws.js', "setTimeout(() => {\n  throw new Error('late');\n}, 1);\n");
      const r = await runOuro([file]);
      assert.strictEqual(r.code, 1);
      const lines = r.stderr.split('\n');
      assert.deepStrictEqual(lines.slice(0, 5), [`${file}:2`, "  throw new Error('late');", '  ^', '', 'Error: late']);
    });

    it('a syntax error in a required file is reported with that file\'s line', async function () {
      const bad = write('mods/bad.js', 'module.exports = 1;\nconst = 2;\n');
      const main = write('mods/main.js', "require('./bad');\n");
      const r = await runOuro([main]);
      assert.strictEqual(r.code, 1);
      const lines = r.stderr.split('\n');
      assert.deepStrictEqual(lines.slice(0, 4), [`${bad}:2`, 'const = 2;', '      ^', '']);
      assert.match(lines[4], /^SyntaxError: /);
    });

    it('a missing module reports the require stack and MODULE_NOT_FOUND', async function () {
      const main = write('missing.js', "require('./nope');\n");
      const r = await runOuro([main]);
      assert.strictEqual(r.code, 1);
      assert.match(r.stderr, new RegExp(`Error: Cannot find module './nope'\\nRequire stack:\\n- ${main.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
      assert.match(r.stderr, /code: 'MODULE_NOT_FOUND'/);
    });

    it('an unhandled rejection with a non-error reason prints node 20\'s message', async function () {
      const r = await runOuro(['-e', "Promise.reject({ why: 'x' })"]);
      assert.strictEqual(r.code, 1);
      assert.match(r.stderr, /\[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with \.catch\(\)\. The promise rejected with the reason "#<Object>"\.\] \{\n  code: 'ERR_UNHANDLED_REJECTION'\n\}/);
    });

    it('an error thrown by an uncaughtException listener ends the process with 7', async function () {
      const r = await runOuro(['-e', "process.on('uncaughtException', () => { throw new Error('in handler') }); throw new Error('first')"]);
      assert.strictEqual(r.code, 7);
      assert.match(r.stderr, /Error: in handler/);
    });

    it('native addons cannot load: ERR_DLOPEN_FAILED', async function () {
      const addon = write('addon.node', 'binary');
      const r = await runOuro(['-e', `try { require(${JSON.stringify(addon)}) } catch (e) { console.log(e.code) }`]);
      assert.strictEqual(r.stdout, 'ERR_DLOPEN_FAILED\n');
    });
  });
});
