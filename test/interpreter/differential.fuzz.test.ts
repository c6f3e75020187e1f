/**
 * The long differential run (`npm run fuzz`): OURO_FUZZ_RUNS cases (default 50,000) split between
 * expression programs and statement programs, deeper than in npm test.
 * OURO_FUZZ_SEED=<n> replays a run.
 */
import fc from 'fast-check';
import { agree, expressionProgramArb, fcParams, programArb } from './differential-gen';

const RUNS = Number(process.env.OURO_FUZZ_RUNS ?? 50_000);

describe(`differential fuzz: ouro agrees with node (${RUNS} cases)`, function () {
  this.timeout(0);

  it('expressions, nesting depth 4', function () {
    fc.assert(fc.property(expressionProgramArb({ depth: 4 }), agree), fcParams(Math.ceil(RUNS / 2)));
  });

  it('programs, nesting depth 3', function () {
    fc.assert(fc.property(programArb({ depth: 3 }), agree), fcParams(Math.floor(RUNS / 2)));
  });
});
