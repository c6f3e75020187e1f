/**
 * child_process (stdlib/child_process.ts over runtime/bindings/spawn.ts): the same programs run in
 * an ouro runtime of this process and on the host node, and print the same thing; a restricted
 * runtime may not start children; process.execPath inside the CLI starts ouro.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Permissions } from '../../runtime/permissions';
import { runEval, hostNode } from './node-runtime';
import { runOuro } from '../e2e/run-ouro';

/** Runs source in ouro and on the host node; both print the same lines. */
async function sameAsNode(source: string, cwd?: string): Promise<string> {
  const r = await runEval(source, { cwd, env: { PATH: process.env.PATH } });
  assert.deepStrictEqual(r.outcome, { kind: 'exit', code: 0 }, r.stderr);
  const expected = hostNode(['-e', source], { cwd });
  assert.strictEqual(r.stdout, expected);
  return r.stdout;
}

describe('child_process', function () {
  this.timeout(60_000);
  let tmp: string;

  before(function () {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ouro-cp-')));
  });
  after(function () {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('spawnSync: node\'s result object, with Buffers or strings, status and signal', async function () {
    await sameAsNode(`
      const cp = require('child_process');
      const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
      console.log(Object.keys(r), r.status, r.signal, r.pid > 0, r.output[0], Buffer.isBuffer(r.stdout), String(r.stdout), String(r.stderr));
      const s = cp.spawnSync('sh', ['-c', 'printf "%s" "$X"; pwd'], { encoding: 'utf8', env: { X: 'env-value' }, cwd: '/' });
      console.log(JSON.stringify(s.stdout), typeof s.stderr, s.output);
      console.log(cp.spawnSync('cat', { input: 'fed in' }).stdout.toString());
      console.log(cp.spawnSync('cat', { input: Buffer.from('bytes'), encoding: 'latin1' }).stdout);
      const k = cp.spawnSync('sh', ['-c', 'kill -9 $$']);
      console.log(k.status, k.signal);
      const sh = cp.spawnSync('echo $((6 * 7))', { shell: true, encoding: 'utf8' });
      console.log(sh.stdout);
    `);
  });

  it('spawnSync: errors as node reports them (ENOENT, ETIMEDOUT) and argument validation', async function () {
    await sameAsNode(`
      const cp = require('child_process');
      const e = cp.spawnSync('ouro-no-such-command', ['a', 'b']);
      console.log(Object.keys(e), e.error.message, e.error.code, e.error.errno, e.error.syscall, e.error.path, e.error.spawnargs, e.status, e.output, e.pid);
      const t = cp.spawnSync('sleep', ['5'], { timeout: 50 });
      console.log(t.error.code, t.error.syscall, t.status, t.signal, t.stdout.length);
      console.log(cp.spawnSync('echo', ['x'], { stdio: ['pipe', 99, 'pipe'] }).error.code);
      for (const f of [
        () => cp.spawnSync(''),
        () => cp.spawnSync(1),
        () => cp.spawnSync('x', 'y'),
        () => cp.spawnSync('x', [], { timeout: -1 }),
        () => cp.spawnSync('x', [], { stdio: 'nope' }),
        () => cp.spawnSync('x', [], { shell: 1 }),
        () => cp.spawnSync('x', ['a\\u0000b']),
        () => cp.spawnSync('x', [], { killSignal: 'SIGNOPE' }),
        () => cp.spawnSync('x', [], { maxBuffer: -1 }),
        () => cp.spawnSync('cat', { input: 5 }),
      ]) {
        try { f(); console.log('no throw'); } catch (err) { console.log(err.name, err.code, err.message); }
      }
    `);
  });

  it('execSync / execFileSync: stdout, and node\'s error for a failed command', async function () {
    await sameAsNode(`
      const cp = require('child_process');
      console.log(cp.execSync('echo hi').toString(), cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }));
      try { cp.execFileSync('sh', ['-c', 'echo bad >&2; exit 2'], { stdio: 'pipe' }); } catch (e) {
        console.log(JSON.stringify(e.message), e.status, e.signal, String(e.stderr), Object.keys(e));
      }
      try { cp.execSync('exit 4', { stdio: 'pipe' }); } catch (e) { console.log(JSON.stringify(e.message), e.status); }
      try { cp.execFileSync('ouro-no-such-command'); } catch (e) { console.log(e.code, e.message, e.status, Object.keys(e)); }
    `);
  });

  it("the child's inherited output goes to the runtime's stdout and stderr", async function () {
    const r = await runEval(`
      const cp = require('child_process');
      console.log('before');
      const s = cp.spawnSync('sh', ['-c', 'echo sync-out; echo sync-err >&2'], { stdio: 'inherit' });
      console.log('after', s.status, s.output);
      cp.spawn('sh', ['-c', 'echo async-out'], { stdio: 'inherit' }).on('close', (c) => console.log('closed', c));
    `, { env: { PATH: process.env.PATH } });
    assert.deepStrictEqual(r.outcome, { kind: 'exit', code: 0 }, r.stderr);
    assert.strictEqual(r.stdout, 'before\nsync-out\nafter 0 [ null, null, null ]\nasync-out\nclosed 0\n');
    assert.strictEqual(r.stderr, 'sync-err\n');
  });

  it('spawn: events in node\'s order, stdout data and end, stdin write/end', async function () {
    await sameAsNode(`
      const cp = require('child_process');
      const c = cp.spawn('cat');
      const log = [];
      c.on('spawn', () => log.push('spawn'));
      c.stdout.setEncoding('utf8');
      c.stdout.on('data', (d) => log.push('data ' + d));
      c.stdout.on('end', () => log.push('end'));
      c.on('exit', (code, sig) => log.push('exit ' + code + ' ' + sig));
      c.on('close', (code, sig) => {
        log.push('close ' + code + ' ' + sig);
        // exit and the end of stdout may come in either order; close is last.
        console.log(log.filter((x) => !x.startsWith('exit')).join('|'), log.includes('exit 0 null'), c.exitCode, c.signalCode, typeof c.pid);
      });
      c.stdin.write('hello ');
      c.stdin.end('world');
    `);
  });

  it('spawn: ENOENT is an error event then close; kill ends the child with the signal', async function () {
    await sameAsNode(`
      const cp = require('child_process');
      const e = cp.spawn('ouro-no-such-command', ['x']);
      console.log(e.pid, e.stdout !== null);
      e.on('spawn', () => console.log('spawned?'));
      e.on('error', (err) => console.log('error', err.message, err.code, err.errno, err.syscall, err.path, err.spawnargs));
      e.on('close', (code, sig) => {
        console.log('close', code, sig);
        const s = cp.spawn('sleep', ['10']);
        s.on('exit', (code, sig) => console.log('exit', code, sig, s.killed, s.signalCode, s.exitCode));
        s.on('spawn', () => console.log('kill', s.kill()));
      });
    `);
  });

  it('exec / execFile: callback results, failure errors, timeout and maxBuffer, promisify', async function () {
    await sameAsNode(`
      const cp = require('child_process');
      const util = require('util');
      cp.exec('echo hello; echo warn >&2', (err, out, errout) => {
        console.log('exec', err, JSON.stringify(out), JSON.stringify(errout));
        cp.execFile('sh', ['-c', 'exit 7'], (err2, o2) => {
          console.log('execFile', JSON.stringify(err2.message), err2.code, err2.killed, err2.signal, err2.cmd, JSON.stringify(o2));
          cp.exec('sleep 5', { timeout: 50 }, (err3) => {
            console.log('timeout', err3.killed, err3.signal, err3.code, err3.cmd);
            cp.exec('echo 1234567890', { maxBuffer: 4, encoding: 'buffer' }, (err4, o4) => {
              console.log('maxBuffer', err4.code, err4.message, o4);
              util.promisify(cp.exec)('echo p').then((r) => console.log('promisified', r));
            });
          });
        });
      });
    `);
  });

  it('a runtime without the child permission may not start a child (ERR_ACCESS_DENIED)', async function () {
    const r = await runEval(`
      const cp = require('child_process');
      for (const f of [() => cp.spawnSync('echo', ['x']), () => cp.spawn('echo', ['x']), () => cp.execSync('echo x'), () => cp.exec('echo x')]) {
        try { f(); console.log('started'); } catch (e) { console.log(e.code, e.permission, e.message); }
      }
    `, { permissions: Permissions.restricted({}) });
    assert.strictEqual(r.stdout, 'ERR_ACCESS_DENIED ChildProcess Access to this API has been restricted\n'.repeat(4), r.stderr);
    const ok = await runEval(`console.log(require('child_process').execFileSync('echo', ['allowed'], { encoding: 'utf8' }))`, {
      permissions: Permissions.restricted({ childProcess: true }), env: { PATH: process.env.PATH },
    });
    assert.strictEqual(ok.stdout, 'allowed\n\n', ok.stderr);
  });

  it('process.execPath starts ouro, even without PATH in the child\'s environment', async function () {
    const r = await runOuro(['-e', `
      const { spawnSync, execFileSync } = require('child_process');
      const r = spawnSync(process.execPath, ['-e', 'console.log(process.versions.ouro !== undefined, process.argv.slice(1))', 'a', 'b'], { env: {} });
      console.log(r.status, String(r.stdout).trim(), String(r.stderr));
      console.log(execFileSync(process.execPath, ['-p', '6 * 7'], { encoding: 'utf8' }).trim());
    `]);
    assert.strictEqual(r.stdout, "0 true [ 'a', 'b' ] \n42\n", r.stderr);
  });

  it('an unreferenced child does not keep the process alive', async function () {
    const start = Date.now();
    const r = await runEval(`
      const c = require('child_process').spawn('sleep', ['5'], { stdio: 'ignore' });
      c.unref();
      console.log(typeof c.pid);
    `, { env: { PATH: process.env.PATH } });
    assert.strictEqual(r.stdout, 'number\n');
    assert.ok(Date.now() - start < 4000);
  });
});
