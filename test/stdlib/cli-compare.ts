/**
 * Cases compared with the host node through the ouro CLI: the cases run in order as one CommonJS
 * program under `ouro` and under the host `node`; each case's result (its return value, or what it
 * threw: name, code, message) is one JSON line, and each case is one mocha test. Node is the oracle.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runOuro } from '../e2e/run-ouro';

export interface CliCase {
  name: string;
  /** Body of an async function with `require` (and the prelude's names) in scope; its return value is compared. */
  src: string;
}

/** The program: the prelude, then the cases in order, one JSON line per case. */
function program(list: CliCase[], prelude: string): string {
  return `'use strict';
${prelude}
const __cases = [${list.map((c) => `async () => {\n${c.src}\n}`).join(',\n')}];
(async () => {
  for (const c of __cases) {
    let r;
    try { r = { value: await c() }; } catch (e) { r = { thrown: { name: e && e.name, code: e && e.code, message: e && e.message } }; }
    console.log(JSON.stringify(r, (k, v) => v === undefined ? '<undefined>' : v));
  }
})();
`;
}

/** A mocha suite `title` with one test per case, each comparing ouro's result with node's. */
export function describeComparedWithNode(title: string, cases: CliCase[], prelude = ''): void {
  describe(title, () => {
    let host: string[] = [];
    let guest: string[] = [];
    before(async function () {
      this.timeout(120000);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ouro-compare-'));
      const file = path.join(dir, 'cases.js');
      fs.writeFileSync(file, program(cases, prelude));
      try {
        host = execFileSync(process.execPath, ['--no-warnings', file], { encoding: 'utf8' }).trim().split('\n');
        const r = await runOuro(['--no-warnings', file], { timeoutMs: 110000 });
        guest = r.stdout.trim().split('\n');
        if (guest.length < cases.length) guest.push(`stderr: ${r.stderr}`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
    cases.forEach((c, i) => {
      it(c.name, () => {
        assert.strictEqual(host.length, cases.length);
        assert.deepStrictEqual(JSON.parse(guest[i] ?? 'null'), JSON.parse(host[i]));
      });
    });
  });
}
