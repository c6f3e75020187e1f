/**
 * Differential tests: generated programs must give the same result in ouro as in node (same value,
 * or errors of the same name). 2,000 cases; `npm run fuzz` runs many more
 * (differential.fuzz.test.ts). A failure prints the program, both outcomes and fast-check's seed.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { agree, expressionProgramArb, fcParams, programArb, runHost, runOuro, sameStructure } from './differential-gen';

describe('differential: ouro agrees with node on generated programs', function () {
  this.timeout(120_000);

  it('the comparison treats NaN as equal to itself and tells -0 from 0', function () {
    assert.ok(sameStructure([NaN, { a: -0 }], [NaN, { a: -0 }]));
    assert.ok(!sameStructure([0], [-0]));
    assert.ok(!sameStructure([, 1], [undefined, 1]));
    assert.ok(sameStructure({ a: 1, b: 2 }, { b: 2, a: 1 }));
  });

  it('a hand-written program gives the same result on both sides', function () {
    const src = '(function () { let v0 = [1, 2], v1 = { a: 1 }; v1.b = v0.length + "x"; return [v0, v1, -0, NaN, typeof v1]; })()';
    const host = runHost(src);
    assert.strictEqual(host.kind, 'value');
    const ouro = runOuro(src);
    assert.deepStrictEqual(ouro, host);
  });

  it('a disagreement is reported with the program and both outcomes', function () {
    // Stack traces differ by design (V8 names its own frames): a guaranteed disagreement.
    assert.throws(() => agree('new Error("x").stack'), /ouro and node disagree on\nnew Error\("x"\)\.stack\n  node: returns .*\n  ouro: returns /);
  });

  it('expressions over numbers, strings, BigInts, objects and arrays (1,000 cases)', function () {
    fc.assert(fc.property(expressionProgramArb(), agree), fcParams(1000));
  });

  it('programs with assignments, property writes, conditionals, bounded loops and try/catch (1,000 cases)', function () {
    fc.assert(fc.property(programArb(), agree), fcParams(1000));
  });
});
