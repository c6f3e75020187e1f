import * as assert from 'assert';
import { createRealm } from '../../../interpreter/index';

/** Evaluates src in ouro and in the host, and compares the results. */
export function sameAsHost(src: string): void {
  // eslint-disable-next-line no-eval
  const expected = (0, eval)(src);
  assert.deepStrictEqual(createRealm().evaluate(src), expected, src);
}

/** Evaluates src in a fresh realm; returns the host copy of its completion value. */
export function ev(src: string): unknown {
  return createRealm().evaluate(src);
}
