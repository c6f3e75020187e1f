/**
 * The `ouro` command line: flags, output, exit codes and the node-style report of an uncaught
 * exception. (Limits through the CLI: test/interpreter/limits.test.ts.)
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { OURO, ROOT, runOuro } from './run-ouro';
import { parseArgs } from '../../runtime/cli';

const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

describe('ouro CLI', function () {
  this.timeout(60_000);
  let tmp: string;

  before(function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ouro-cli-'));
  });
  after(function () {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const write = (name: string, text: string) => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, text);
    return file;
  };

  describe('flags', function () {
    it('--version and -v print v + the package version', async function () {
      for (const flag of ['--version', '-v']) {
        const r = await runOuro([flag]);
        assert.strictEqual(r.stdout, `v${VERSION}\n`);
        assert.strictEqual(r.code, 0);
      }
    });

    it('--help and -h print a usage text listing every flag', async function () {
      for (const flag of ['--help', '-h']) {
        const r = await runOuro([flag]);
        assert.strictEqual(r.code, 0);
        assert.match(r.stdout, /^Usage: ouro /);
        for (const f of ['-e, --eval', '-p, --print', '-v, --version', '-h, --help', '--fuel=N', '--deadline=MS', '--stack-depth=N']) {
          assert.ok(r.stdout.includes(f), `help lacks ${f}`);
        }
      }
    });

    it('an unknown flag prints one line like node and exits with 9', async function () {
      const r = await runOuro(['--frobnicate']);
      assert.strictEqual(r.stderr, 'ouro: bad option: --frobnicate\n');
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(r.code, 9);
    });

    it('a flag without its value, or a bad limit value, exits with 9', async function () {
      for (const args of [['-e'], ['--print'], ['--fuel=abc', '-e', '1'], ['--deadline=-5', '-e', '1'], ['--stack-depth=0', '-e', '1']]) {
        const r = await runOuro(args);
        assert.strictEqual(r.code, 9, args.join(' '));
        assert.strictEqual(r.stderr.split('\n').length, 2, r.stderr);
        assert.match(r.stderr, /^ouro: /);
      }
    });

    it('parses flags like node: values after = or as the next argument, script arguments left alone', function () {
      const p = parseArgs(['--fuel', '10', '--deadline=20', '--stack-depth=30', '-e', 'code', 'a', '--b'], false);
      assert.ok(p.kind === 'run');
      assert.deepStrictEqual(p.request, { mode: 'eval', source: 'code', filename: '[eval]', args: ['a', '--b'], fuel: 10, deadlineMs: 20, stackDepth: 30 });
      const q = parseArgs(['-p', '1', '--', 'x'], false);
      assert.ok(q.kind === 'run' && q.request.mode === 'print' && q.request.source === '1');
      const f = parseArgs([path.join(ROOT, 'examples', 'hello.js'), '--fuel=5'], false);
      assert.ok(f.kind === 'run' && f.request.mode === 'file' && f.request.fuel === undefined);
      assert.deepStrictEqual(f.kind === 'run' && f.request.args, ['--fuel=5']);
    });
  });

  describe('running code', function () {
    it('-e and --eval run a script; console.log goes to stdout, console.error to stderr', async function () {
      for (const flag of ['-e', '--eval']) {
        const r = await runOuro([flag, "console.log('out', 1 + 1); console.error('err')"]);
        assert.strictEqual(r.stdout, 'out 2\n');
        assert.strictEqual(r.stderr, 'err\n');
        assert.strictEqual(r.code, 0);
      }
      const r = await runOuro(['--eval=console.log([1, 2].map(x => x * 3))']);
      assert.strictEqual(r.stdout, '[ 3, 6 ]\n');
    });

    it('-p and --print print the completion value like node (strings raw, other values inspected)', async function () {
      const cases: [string, string][] = [['1 + 2', '3\n'], ["'str'", 'str\n'], ['({ a: [1, { b: 2 }] })', '{ a: [ 1, { b: 2 } ] }\n'],
        ['undefined', 'undefined\n'], ['[1, , 3]', '[ 1, <1 empty item>, 3 ]\n'], ['-0', '-0\n'], ['10n ** 20n', '100000000000000000000n\n']];
      for (const [code, out] of cases) {
        const r = await runOuro(['-p', code]);
        assert.strictEqual(r.stdout, out, code);
        assert.strictEqual(r.code, 0);
      }
      assert.strictEqual((await runOuro(['--print', '"x".repeat(3)'])).stdout, 'xxx\n');
    });

    it('runs a file, and promise jobs after the script', async function () {
      const file = write('jobs.js', "Promise.resolve().then(() => console.log('job')); console.log('script');\n");
      const r = await runOuro([file]);
      assert.strictEqual(r.stdout, 'script\njob\n');
      assert.strictEqual(r.code, 0);
    });

    it('runs examples/hello.js', async function () {
      const r = await runOuro([path.join(ROOT, 'examples', 'hello.js')]);
      assert.strictEqual(r.stderr, '');
      assert.strictEqual(r.code, 0);
      assert.match(r.stdout, /^Hello, world!\n/);
    });

    it('reads the script from standard input with - or when stdin is not a terminal', async function () {
      for (const args of [['-'], []]) {
        const r = await runOuro(args, { input: "console.log('from stdin', typeof globalThis)" });
        assert.strictEqual(r.stdout, 'from stdin object\n', args.join(' '));
        assert.strictEqual(r.code, 0);
      }
    });

    it('ignores a leading byte-order mark and accepts a hashbang line', async function () {
      const file = write('bom.js', "\ufeff#!/usr/bin/env ouro\nconsole.log('ok')\n");
      const r = await runOuro([file]);
      assert.strictEqual(r.stdout, 'ok\n', r.stderr);
    });

    it('keeps stdout and stderr in order', function () {
      const out = execFileSync('sh', ['-c', `"${process.execPath}" "${OURO}" -e "for (let i = 0; i < 5; i++) { console.log('o' + i); console.error('e' + i) }" 2>&1`], { encoding: 'utf8' });
      assert.strictEqual(out, 'o0\ne0\no1\ne1\no2\ne2\no3\ne3\no4\ne4\n');
    });

    it('a missing file is reported like node, exit code 1', async function () {
      const r = await runOuro([path.join(tmp, 'nope.js')]);
      assert.strictEqual(r.code, 1);
      assert.match(r.stderr, /Cannot find module '.*nope\.js'/);
    });

    it('prints large output completely', async function () {
      const r = await runOuro(['-e', "for (let i = 0; i < 20000; i++) console.log('line ' + i)"]);
      const lines = r.stdout.split('\n');
      assert.strictEqual(lines.length, 20001);
      assert.strictEqual(lines[19999], 'line 19999');
    });
  });

  describe('uncaught exceptions', function () {
    it('an uncaught error prints file:line, the source line, a caret, a blank line and the stack; exit code 1', async function () {
      const file = write('throws.js', "console.log('before');\nfunction f() {\n  throw new TypeError('boom');\n}\nf();\n");
      const r = await runOuro([file]);
      assert.strictEqual(r.stdout, 'before\n');
      assert.strictEqual(r.code, 1);
      const lines = r.stderr.split('\n');
      assert.deepStrictEqual(lines.slice(0, 5), [`${file}:3`, "  throw new TypeError('boom');", '  ^', '', 'TypeError: boom']);
      assert.match(lines[5], new RegExp(`^    at f \\(${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+\\)$`));
      assert.ok(!r.stderr.includes('Node.js v'), 'no Node.js version line');
    });

    it('an error from the engine points at the failing expression', async function () {
      const r = await runOuro(['-e', 'let a = 1;\nlet o = null;\no.prop;']);
      assert.strictEqual(r.code, 1);
      const lines = r.stderr.split('\n');
      assert.strictEqual(lines[0], '[eval]:3');
      assert.strictEqual(lines[1], 'o.prop;');
      assert.match(lines[2], /^ *\^$/);
      assert.strictEqual(lines[4], "TypeError: Cannot read properties of null (reading 'prop')");
    });

    it('an error with extra properties and a cause prints them after the stack, as node does', async function () {
      const r = await runOuro(['-e', "const e = new Error('x', { cause: 5 }); e.code = 'E1'; throw e;"]);
      assert.strictEqual(r.code, 1);
      assert.match(r.stderr, /\n\nError: x\n    at [^\n]* \{\n  code: 'E1',\n  \[cause\]: 5\n\}\n$/);
    });

    it('a thrown value that is not an error prints the context and the inspected value', async function () {
      const r = await runOuro(['-e', "throw { code: 42, list: [1, 'a'] };"]);
      assert.strictEqual(r.code, 1);
      assert.strictEqual(r.stderr, "\n[eval]:1\nthrow { code: 42, list: [1, 'a'] };\n^\n{ code: 42, list: [ 1, 'a' ] }\n");
      const s = await runOuro(['-e', "throw 'just a string'"]);
      assert.strictEqual(s.stderr, "\n[eval]:1\nthrow 'just a string'\n^\njust a string\n");
    });

    it('a syntax error prints the context with the caret at the error column; nothing runs', async function () {
      const file = write('bad.js', "console.log('never');\nlet x = ;\n");
      const r = await runOuro([file]);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(r.code, 1);
      const lines = r.stderr.split('\n');
      assert.deepStrictEqual(lines.slice(0, 4), [`${file}:2`, 'let x = ;', '        ^', '']);
      assert.match(lines[4], /^SyntaxError: /);
    });

    it('an unhandled promise rejection ends with exit code 1 after the pending jobs', async function () {
      const r = await runOuro(['-e', "Promise.reject(new RangeError('nobody')); Promise.resolve().then(() => console.log('job ran'))"]);
      assert.strictEqual(r.stdout, 'job ran\n');
      assert.strictEqual(r.code, 1);
      assert.match(r.stderr, /RangeError: nobody/);
      const s = await runOuro(['-e', 'Promise.reject(42)']);
      assert.strictEqual(s.code, 1);
      assert.match(s.stderr, /The promise rejected with the reason "42"/);
    });

    it('a rejection handled later in the same run is not reported', async function () {
      const r = await runOuro(['-e', "const p = Promise.reject(new Error('late')); Promise.resolve().then(() => p.catch(() => console.log('handled')))"]);
      assert.strictEqual(r.stdout, 'handled\n');
      assert.strictEqual(r.stderr, '');
      assert.strictEqual(r.code, 0);
    });
  });
});
