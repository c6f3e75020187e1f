/**
 * Helpers for tests of the Node runtime in this process (no worker, no child process): run a
 * program through runtime/bootstrap.ts with its output captured, and run the same program under
 * the host node to compare.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { NodeRuntime, type Limits, type RunOutcome } from '../../runtime/bootstrap';
import { Permissions } from '../../runtime/permissions';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  argv?: string[];
  limits?: Limits;
  permissions?: Permissions;
}

export interface Result {
  stdout: string;
  stderr: string;
  outcome: RunOutcome;
}

function create(o: RunOptions, out: { stdout: string; stderr: string }, main?: string): NodeRuntime {
  const text = (s: string | Uint8Array) => (typeof s === 'string' ? s : Buffer.from(s).toString('utf8'));
  return NodeRuntime.create({
    argv: ['/usr/local/bin/ouro', ...(main !== undefined ? [main] : []), ...(o.argv ?? [])],
    execArgv: [],
    execPath: '/usr/local/bin/ouro',
    argv0: 'ouro',
    env: o.env ?? { PATH: process.env.PATH },
    cwd: o.cwd ?? ROOT,
    permissions: o.permissions ?? Permissions.all(),
    stdout: (s) => { out.stdout += text(s); },
    stderr: (s) => { out.stderr += text(s); },
  }, o.limits);
}

/** Runs source as `ouro -e` would. */
export async function runEval(source: string, o: RunOptions = {}): Promise<Result> {
  const out = { stdout: '', stderr: '' };
  const rt = create(o, out);
  const outcome = await rt.runEval(source, '[eval]', false);
  return { ...out, outcome };
}

/** Runs a main file as `ouro file` would. */
export async function runMain(file: string, o: RunOptions = {}): Promise<Result> {
  const out = { stdout: '', stderr: '' };
  const rt = create(o, out, file);
  const outcome = await rt.runMain(file);
  return { ...out, outcome };
}

/** The stdout of `node -e source` (the host node), or of node with a file. */
export function hostNode(args: string[], o: { cwd?: string; env?: Record<string, string | undefined> } = {}): string {
  return execFileSync(process.execPath, args, { cwd: o.cwd ?? ROOT, env: o.env ?? { PATH: process.env.PATH }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}
