/**
 * Runs the same snippets on the host node and in an ouro realm (test/stdlib/load.ts) and gives both
 * results, so a test states no expected values of its own: node is the oracle.
 *
 * A snippet is the body of an async function with `require` in scope (the host's require, with
 * --expose-internals so that 'internal/errors' resolves as in ouro). Its return value is
 * serialised as JSON (undefined, bigints, symbols and functions spelled out); a throw gives
 * `{ thrown: { name, code, message } }`. The snippets of one file run in order in one host
 * process and in one realm, so state they leave (defaultMaxListeners...) matches on both sides.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { loadStdlib, type StdlibEnv } from './load';

export interface Case {
  name: string;
  /** Body of an async function; its return value is compared. */
  src: string;
  /** Milliseconds to let host timers run before the result is read (AbortSignal.timeout). */
  wait?: number;
}

// Shared by both sides (guest source text and host eval): how a result is written down.
const SERIALIZE = String.raw`
  function __describe(e) {
    if (e === null || (typeof e !== 'object' && typeof e !== 'function')) return { thrown: __plain(e) };
    return { thrown: { name: e.name, code: e.code, message: e.message } };
  }
  function __plain(v) {
    return JSON.parse(JSON.stringify({ v }, (k, x) =>
      x === undefined ? '<undefined>' :
      typeof x === 'bigint' ? x + 'n' :
      typeof x === 'symbol' ? '<' + x.toString() + '>' :
      typeof x === 'function' ? '<function ' + x.name + '>' :
      typeof x === 'number' && !Number.isFinite(x) ? '<' + x + '>' : x)).v;
  }
  async function __run(body) {
    try {
      return { value: __plain(await body()) };
    } catch (e) {
      return __describe(e);
    }
  }
`;

const HOST_DRIVER = String.raw`
  ${SERIALIZE}
  process.on('warning', () => {});
  const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  (async () => {
    const out = [];
    for (const c of cases) {
      const body = new Function('require', 'return (async () => {\n' + c.src + '\n})();');
      const p = __run(() => body(require));
      if (c.wait) await new Promise((r) => setTimeout(r, c.wait));
      out.push(await p);
    }
    process.stdout.write(JSON.stringify(out));
  })();
`;

/** The results of the cases on the host node, in order. */
export function hostResults(cases: Case[]): unknown[] {
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', '-e', HOST_DRIVER], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    timeout: 30000,
  });
  if (r.status !== 0) throw new Error(`host node failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Sets up the serialiser in a realm made by loadStdlib. */
export function guestEnv(): StdlibEnv {
  const env = loadStdlib();
  env.run(`${SERIALIZE}; globalThis.__run = __run;`);
  return env;
}

/** The result of one case in the realm. */
export async function guestResult(env: StdlibEnv, c: Case): Promise<unknown> {
  env.run(`globalThis.__result = undefined;
    __run(() => (async () => {\n${c.src}\n})()).then((r) => { globalThis.__result = r; });`);
  if (c.wait) await new Promise((r) => setTimeout(r, c.wait));
  // Let the timers the case started (and those they start) fire.
  await env.waitTimers((c.wait ?? 0) + 2000);
  return env.run('__result');
}

/**
 * A mocha suite: one test per case, each comparing the realm's result with the host's. The host
 * runs all cases first (one process); the realm runs them in order as the tests run.
 */
export function compareWithNode(title: string, cases: Case[]): void {
  describe(title, function () {
    let host: unknown[] = [];
    let env: StdlibEnv;
    before(function () {
      this.timeout(60000);
      host = hostResults(cases);
      env = guestEnv();
    });
    cases.forEach((c, i) => {
      it(c.name, async function () {
        if (c.wait) this.timeout(c.wait + 5000);
        assert.deepStrictEqual(await guestResult(env, c), host[i]);
      });
    });
  });
}
