/**
 * stdlib/async_hooks, stdlib/domain and stdlib/test: AsyncLocalStorage across timers, immediates
 * and nextTick, the hooks' order, domains catching errors thrown in them and in callbacks made in
 * them, and node:test's outcome — each program's output compared with the host node's.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runOuro } from '../e2e/run-ouro';

const programs: Record<string, string> = {
  'AsyncLocalStorage follows timers, immediates and nextTick': `
    const { AsyncLocalStorage, executionAsyncId, AsyncResource } = require('async_hooks');
    const als = new AsyncLocalStorage();
    als.run({ a: 1 }, () => {
      setTimeout(() => console.log('timeout', als.getStore()), 1);
      setImmediate(() => {
        console.log('immediate', als.getStore());
        als.run(2, () => process.nextTick(() => console.log('nested tick', als.getStore())));
      });
      process.nextTick(() => console.log('tick', als.getStore()));
      als.exit(() => console.log('exit', als.getStore()));
    });
    console.log('outside', als.getStore(), executionAsyncId());
    const r = new AsyncResource('X');
    r.runInAsyncScope(() => console.log('in scope', executionAsyncId() === r.asyncId()));
    const snap = als.run('s', () => AsyncLocalStorage.snapshot());
    console.log('snapshot', snap(() => als.getStore()));`,
  'createHook sees init, before and after of timers': `
    const { createHook } = require('async_hooks');
    const seen = [];
    const hook = createHook({
      init(id, type) { seen.push('init ' + type); },
      before() { seen.push('before'); },
      after() { seen.push('after'); },
    }).enable();
    setTimeout(() => {
      seen.push('cb');
      hook.disable();
      setImmediate(() => console.log(seen.join(',')));
    }, 1);`,
  'domain: errors of run() and of callbacks made in it': `
    const domain = require('domain');
    const EventEmitter = require('events');
    const d = domain.create();
    d.on('error', (e) => console.log('caught', e.message, e.domain === d, process.domain === undefined || process.domain === null));
    d.run(() => { setTimeout(() => { throw new Error('in timer'); }, 1); });
    const d2 = domain.create();
    d2.on('error', (e) => console.log('emitter error', e.message, e.domainEmitter === ee, e.domainThrown));
    const ee = new EventEmitter();
    d2.add(ee);
    ee.emit('error', new Error('unhandled'));
    console.log('active', domain.active, process.domain);`,
  'node:test reports passes and failures': `
    const { describe, it, test, before, after } = require('node:test');
    const log = [];
    describe('suite', () => {
      before(() => log.push('before'));
      after(() => log.push('after'));
      it('passes', () => log.push('a'));
      it('async', async () => { await null; log.push('b'); });
      it('done', (t, done) => { log.push('c'); setImmediate(done); });
    });
    test('fails', () => { throw new Error('boom'); });
    process.on('exit', (code) => console.log('exit code', code, log.join(',')));`,
};

const verdict = (l: string): boolean => /^\s*(not )?ok \d|^exit code/.test(l);

function lines(out: string): string[] {
  // node:test's TAP lines with durations and stacks differ between runtimes: keep the verdicts.
  return out.split('\n').filter((l) => !/duration_ms|^\s+(at |stack:|---|\.\.\.|error:|code:|type:)|^\s*$/.test(l));
}

describe('async_hooks, domain, node:test (compared with node)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ouro-ah-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [name, src] of Object.entries(programs)) {
    it(name, async function () {
      this.timeout(60000);
      const file = path.join(dir, `${Object.keys(programs).indexOf(name)}.js`);
      fs.writeFileSync(file, src);
      let host: string;
      try {
        host = execFileSync(process.execPath, [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      } catch (e: any) {
        host = e.stdout;
      }
      const r = await runOuro([file]);
      if (/node:test/.test(src)) assert.deepStrictEqual(lines(r.stdout).filter(verdict), lines(host).filter(verdict));
      else assert.strictEqual(r.stdout, host);
    });
  }
});
