/**
 * os (stdlib/os.ts over runtime/bindings/os.ts), net's address checks, tty and worker_threads:
 * the same programs in an ouro runtime of this process and on the host node print the same.
 */
import * as assert from 'assert';
import { Permissions } from '../../runtime/permissions';
import { runEval, hostNode } from './node-runtime';

async function sameAsNode(source: string): Promise<string> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME ?? '/root', TMPDIR: '/tmp/x/' };
  const r = await runEval(source, { env });
  assert.deepStrictEqual(r.outcome, { kind: 'exit', code: 0 }, r.stderr);
  assert.strictEqual(r.stdout, hostNode(['-e', source], { env }));
  return r.stdout;
}

describe('os, net, tty, worker_threads', function () {
  this.timeout(60_000);

  it('os: the documented API, with node\'s values and shapes', async function () {
    await sameAsNode(`
      const os = require('os');
      console.log(Object.keys(os));
      console.log(JSON.stringify(os.EOL), os.arch(), os.platform(), os.type(), os.release(), os.version(), os.machine());
      console.log(os.hostname(), os.homedir(), os.tmpdir(), os.endianness(), os.devNull, os.availableParallelism());
      console.log(\`\${os.hostname} \${os.arch} \${os.tmpdir} \${os.endianness}\`);
      const cpus = os.cpus();
      console.log(cpus.length, Object.keys(cpus[0]), Object.keys(cpus[0].times), typeof cpus[0].speed);
      console.log(typeof os.totalmem(), os.totalmem() > os.freemem() * 0, typeof os.uptime(), os.loadavg().length);
      const ni = os.networkInterfaces();
      console.log(Object.keys(ni), Object.keys(ni.lo[0]));
      const u = os.userInfo();
      console.log(Object.keys(u), u.username, u.uid, u.homedir, Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));
      console.log(os.getPriority(), Object.isFrozen(os.constants.signals), os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_LOW);
      console.log(Object.getOwnPropertyDescriptor(os, 'EOL'), Object.getOwnPropertyDescriptor(os, 'constants').configurable);
      for (const f of [() => os.setPriority('x'), () => os.setPriority(0, 100), () => os.getPriority('x'), () => os.getPriority(2 ** 31 - 1)]) {
        try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
      }
    `);
  });

  it('os.setPriority needs the child permission in a restricted runtime', async function () {
    const r = await runEval(`try { require('os').setPriority(0) } catch (e) { console.log(e.code, e.permission) }`, {
      permissions: Permissions.restricted({}),
    });
    assert.strictEqual(r.stdout, 'ERR_ACCESS_DENIED ChildProcess\n', r.stderr);
  });

  it('net: isIP, isIPv4, isIPv6, the auto-select-family defaults, the classes exist', async function () {
    await sameAsNode(`
      const net = require('net');
      for (const a of ['127.0.0.1', '256.0.0.1', '::1', 'fe80::1%eth0', '::ffff:1.2.3.4', '1:2:3:4:5:6:7:8', '1::2::3', 'x', '', 5, undefined]) {
        console.log(JSON.stringify(a), net.isIP(a), net.isIPv4(a), net.isIPv6(a));
      }
      console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
      net.setDefaultAutoSelectFamilyAttemptTimeout(5);
      console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
      try { net.setDefaultAutoSelectFamilyAttemptTimeout(0) } catch (e) { console.log(e.code, e.message) }
      console.log(typeof net.Socket, typeof net.Server, typeof net.createServer, typeof net.connect, net.Stream === net.Socket);
      const s = net.createServer(() => {});
      console.log(s instanceof net.Server, s instanceof require('events'), s.listening);
    `);
  });

  it('tty: isatty of bad fds; worker_threads on the main thread', async function () {
    await sameAsNode(`
      const tty = require('tty');
      console.log(tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'), tty.isatty(12345), typeof tty.ReadStream, typeof tty.WriteStream);
      const wt = require('worker_threads');
      console.log(wt.isMainThread, wt.parentPort, wt.threadId, wt.workerData, wt.resourceLimits, wt.SHARE_ENV);
      const o = {};
      wt.markAsUntransferable(o);
      wt.setEnvironmentData('k', 1);
      console.log(wt.getEnvironmentData('k'), typeof wt.Worker);
    `);
  });
});
