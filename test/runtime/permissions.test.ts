/**
 * Permissions (runtime/permissions.ts) as the guest meets them through the bindings: a restricted
 * runtime reads and writes only the paths it was given, sees only the allowed environment, and
 * has process.permission; an unrestricted one (the CLI's default) has no process.permission.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Permissions } from '../../runtime/permissions';
import { runEval } from './node-runtime';

describe('permissions', function () {
  this.timeout(30_000);
  let tmp: string;
  let allowed: string;
  let secret: string;

  before(function () {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ouro-perm-')));
    allowed = path.join(tmp, 'allowed');
    fs.mkdirSync(allowed);
    fs.writeFileSync(path.join(allowed, 'a.txt'), 'ok');
    secret = path.join(tmp, 'secret.txt');
    fs.writeFileSync(secret, 'no');
  });
  after(function () {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('Permissions.has: paths inside an allowed folder, exact entries, prefixes with *', function () {
    const p = Permissions.restricted({ fsRead: ['/a/b', '/c/d*'], env: ['HOME'] });
    assert.strictEqual(p.has('fs.read', '/a/b'), true);
    assert.strictEqual(p.has('fs.read', '/a/b/c.txt'), true);
    assert.strictEqual(p.has('fs.read', '/a/bc'), false);
    assert.strictEqual(p.has('fs.read', '/c/dx/y'), true);
    assert.strictEqual(p.has('fs.write', '/a/b'), false);
    assert.strictEqual(p.has('child'), false);
    assert.deepStrictEqual(p.filterEnv({ HOME: '/h', SECRET: 's' }), { HOME: '/h' });
    assert.strictEqual(Permissions.all().has('fs.write', '/anything'), true);
    assert.strictEqual(Permissions.all().enabled, false);
  });

  it('a restricted runtime reads only allowed paths; the error is node\'s ERR_ACCESS_DENIED', async function () {
    const permissions = Permissions.restricted({ fsRead: [allowed] });
    const r = await runEval(`
      const fs = require('fs');
      console.log(fs.readFileSync(${JSON.stringify(path.join(allowed, 'a.txt'))}, 'utf8'));
      try { fs.readFileSync(${JSON.stringify(secret)}) } catch (e) { console.log(e.code, e.permission, e.resource === ${JSON.stringify(secret)}, e.message) }
      try { fs.writeFileSync(${JSON.stringify(path.join(allowed, 'b.txt'))}, 'x') } catch (e) { console.log(e.code, e.permission) }
      fs.readFile(${JSON.stringify(secret)}, (e) => console.log('async', e.code));
      console.log(process.permission.has('fs.read', ${JSON.stringify(allowed)}), process.permission.has('fs.write'), process.permission.has('child'));
    `, { cwd: tmp, permissions });
    assert.deepStrictEqual(r.outcome, { kind: 'exit', code: 0 }, r.stderr);
    assert.strictEqual(r.stdout, [
      'ok',
      'ERR_ACCESS_DENIED FileSystemRead true Access to this API has been restricted',
      'ERR_ACCESS_DENIED FileSystemWrite',
      'true false false',
      'async ERR_ACCESS_DENIED',
      '',
    ].join('\n'));
    assert.strictEqual(fs.existsSync(path.join(allowed, 'b.txt')), false);
  });

  it('require of a file outside the allowed paths is not found', async function () {
    const r = await runEval(`try { require(${JSON.stringify(secret)}) } catch (e) { console.log(e.code) }`, {
      cwd: tmp, permissions: Permissions.restricted({ fsRead: [allowed] }),
    });
    assert.strictEqual(r.stdout, 'MODULE_NOT_FOUND\n');
  });

  it('the environment is filtered; chdir needs read access', async function () {
    const r = await runEval(`
      console.log(JSON.stringify(process.env));
      try { process.chdir('/') } catch (e) { console.log(e.code) }
      process.chdir(${JSON.stringify(allowed)}); console.log(process.cwd() === ${JSON.stringify(allowed)});
    `, { cwd: tmp, env: { HOME: '/home/x', TOKEN: 'secret' }, permissions: Permissions.restricted({ fsRead: [allowed], env: ['HOME'] }) });
    assert.strictEqual(r.stdout, '{"HOME":"/home/x"}\nERR_ACCESS_DENIED\ntrue\n', r.stderr);
  });

  it('an unrestricted runtime has no process.permission (node without --permission)', async function () {
    const r = await runEval("console.log(typeof process.permission, 'permission' in process)");
    assert.strictEqual(r.stdout, 'undefined false\n');
  });
});
