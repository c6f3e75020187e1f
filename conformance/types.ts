/** The shapes shared by the runner's parts (main thread and workers). */
import type { TestMeta } from './frontmatter';

/**
 * How a test is run: sloppy (non-strict script, also `raw` tests), strict ('"use strict";\n'
 * prepended) or module (flags: [module]).
 */
export type Mode = 'sloppy' | 'strict' | 'module';

export type Result = 'pass' | 'fail' | 'skip';

/** One test in one mode: the unit of the JSON report and of the expectation lists. */
export interface TestRecord {
  /** Path relative to the root, with forward slashes: 'test/language/...'. */
  file: string;
  mode: Mode;
  result: Result;
  /** Why it failed or was skipped; null for a pass. */
  error: string | null;
  /** Wall-clock time in the worker, for tests that ran. */
  ms?: number;
}

/** What a worker needs to run one test in one mode. */
export interface TestJob {
  file: string;
  mode: Mode;
  source: string;
  meta: TestMeta;
  /** Fuel for the whole run (harness, test and jobs). */
  fuel: number;
  /** Wall-clock deadline for the whole run, in ms. */
  timeoutMs: number;
}

/** What a worker reports for one job. */
export interface Outcome {
  result: 'pass' | 'fail' | 'skip';
  error: string | null;
  ms: number;
}
