/**
 * The engine adapter interface and the registry of adapters (one file each under engines/).
 *
 * An adapter only names its npm package here; it `require`s the package inside `load`, so the
 * parent process (which never evaluates anything) can list every engine without loading any.
 */
import * as fs from 'fs';
import * as path from 'path';
import { native } from './engines/native';
import { ouro } from './engines/ouro';
import { sval } from './engines/sval';
import { quickjs } from './engines/quickjs';
import { jsInterpreter } from './engines/js-interpreter';
import { engine262 } from './engines/engine262';
import { eval5 } from './engines/eval5';

export interface LoadOptions {
  /** ouro only: run with this fuel limit (the fuel-overhead measurement). */
  fuel?: number;
}

/** One loaded engine with a fresh global environment, ready to evaluate one program. */
export interface EngineInstance {
  /**
   * Evaluates a script (parse + run + drain the engine's promise-job queue) and returns the
   * guest's global `__result` as a host value (a number, string, boolean, null or undefined).
   * A guest error is thrown as a host Error whose message names it.
   */
  evaluate(source: string): unknown | Promise<unknown>;
}

export interface EngineAdapter {
  /** The name used on the command line and in the tables. */
  readonly name: string;
  /** The npm package it needs (its version is reported); absent for the built-in ones. */
  readonly packageName?: string;
  /** One line: how the engine runs code. */
  readonly description: string;
  /** Very slow engines get fewer runs and a shorter timeout (see --slow-runs / --slow-timeout). */
  readonly slow?: boolean;
  /** Loads the package and creates a fresh realm/context (not timed as evaluation). */
  load(options: LoadOptions): Promise<EngineInstance>;
}

/** Every adapter, in the default column order. */
export const ENGINES: readonly EngineAdapter[] = [native, ouro, quickjs, sval, eval5, jsInterpreter, engine262];

export function findEngine(name: string): EngineAdapter | undefined {
  return ENGINES.find((e) => e.name === name);
}

/** The repository root (bench/ sources compile to dist/bench/). */
export const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The installed version of an adapter's package, or undefined when it is not installed. Read from
 * node_modules directly: some packages' `exports` maps hide their package.json from `require`.
 */
export function packageVersion(packageName: string): string | undefined {
  let dir: string;
  try {
    dir = path.dirname(require.resolve(packageName, { paths: [ROOT] }));
  } catch {
    return undefined;
  }
  for (; ; dir = path.dirname(dir)) {
    const p = path.join(dir, 'package.json');
    if (fs.existsSync(p)) {
      try {
        const json = JSON.parse(fs.readFileSync(p, 'utf8'));
        if (json.name === packageName) return String(json.version);
      } catch {
        // not JSON: keep walking up
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Requires a peer package from the repository's node_modules (untyped: peers ship no usable types). */
export function requirePeer(packageName: string): any {
  return require(require.resolve(packageName, { paths: [ROOT] }));
}

/** A resolved promise whose continuation runs after every microtask queued so far and those they queue. */
export function drainHostMicrotasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
