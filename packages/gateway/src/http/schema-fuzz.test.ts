/**
 * The schema fuzzer (src/testing/schema-fuzzer.ts), bounded for CI: every root field of the
 * schema, driven with valid-shaped and hostile arguments and with each kind of key, against a
 * real gateway over HTTP. No 5xx, no INTERNAL_SERVER_ERROR, no unhandled rejection, no error log
 * line, and nothing written by a refusal.
 *
 * Two runs, each on a fresh seeded store: a fixed seed (the same requests every time) and a new
 * random seed (printed on failure). SAV_FUZZ_SEED=N replays a random run; SAV_FUZZ_RUNS=N changes
 * the runs per operation of both. For a longer run: pnpm fuzz -- --runs 2000 --seed N.
 */
import assert from 'node:assert/strict';
import { after, describe, it, type TestContext } from 'node:test';
import fc from 'fast-check';
import { getOperationAST, getVariableValues, parse, validate } from 'graphql';
import { schema } from '../schema/index.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { describeFailure, describeOutcomes, operationArbitraries, rootFields, runSchemaFuzz, seedFuzzFixtures, type FuzzReport } from '../testing/schema-fuzzer.js';

const FIXED_SEED = 20_260_420;
const FIXED_RUNS = Number(process.env.SAV_FUZZ_RUNS ?? 30);
const RANDOM_RUNS = Number(process.env.SAV_FUZZ_RUNS ?? 20);
const randomSeed = process.env.SAV_FUZZ_SEED === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.SAV_FUZZ_SEED);

// The limiter is not under test: its counts stay in the store, which the fuzzer clears between requests.
delete process.env.REDIS_URL;

async function fuzz(t: TestContext, seed: number, runsPerOperation: number, gateways: TestGateway[]): Promise<FuzzReport> {
  const gateway = await startTestGateway();
  gateways.push(gateway);
  const known = await seedFuzzFixtures(gateway);
  const report = await runSchemaFuzz({ target: gateway, schema, known, seed, runsPerOperation });
  t.diagnostic(`seed ${seed}: ${report.runs} requests\n${describeOutcomes(report.outcomes)}`);
  const failures = [...report.failures.map(describeFailure), ...report.processProblems.map((problem) => `✖ in the process: ${problem}`)];
  assert.equal(failures.length, 0, `The schema fuzzer failed with seed ${seed} (rerun: SAV_FUZZ_SEED=${seed} node --import tsx --test src/http/schema-fuzz.test.ts, or pnpm fuzz -- --seed ${seed}):\n\n${failures.join('\n\n')}`);
  return report;
}

describe('the schema fuzzer', () => {
  const gateways: TestGateway[] = [];
  after(async () => {
    for (const gateway of gateways) await gateway.close();
  });

  it('builds, from the schema, requests for every root field; valid-shaped ones pass validation and coercion', () => {
    const arbitraries = operationArbitraries(schema);
    assert.deepEqual([...arbitraries.keys()], rootFields(schema).map(({ root, field }) => `${root}.${field.name}`));
    for (const [operation, arbitrary] of arbitraries) {
      const valid = arbitrary.filter((fuzzCase) => fuzzCase.mode === 'valid' && fuzzCase.style === 'variables');
      for (const fuzzCase of fc.sample(valid, { seed: FIXED_SEED, numRuns: 8 })) {
        const document = parse(fuzzCase.query);
        assert.deepEqual(validate(schema, document).map((error) => error.message), [], `${operation}: ${fuzzCase.query}`);
        const definitions = getOperationAST(document)?.variableDefinitions ?? [];
        const coerced = getVariableValues(schema, definitions, fuzzCase.variables as Record<string, unknown>);
        assert.equal(coerced.errors, undefined, `${operation}: ${JSON.stringify(fuzzCase.variables)}: ${coerced.errors?.map((error) => error.message).join('; ')}`);
      }
    }
  });

  it(`keeps every promise on a fixed seed (${FIXED_SEED}), reaching every operation's resolver`, async (t) => {
    const report = await fuzz(t, FIXED_SEED, FIXED_RUNS, gateways);
    // The generator must not be refused wholesale (by validation, the cost limit or a key): each
    // operation is answered by its resolver (HTTP 200: a result, a typed error or FORBIDDEN) at least once.
    const unreached = rootFields(schema)
      .map(({ root, field }) => `${root}.${field.name}`)
      .filter((operation) => ![...(report.outcomes.get(operation) ?? new Map<string, number>()).keys()].some((outcome) => !/^\d{3}\b/.test(outcome) || outcome.startsWith('200 ')));
    assert.deepEqual(unreached, [], `operations never answered by their resolver:\n${describeOutcomes(report.outcomes)}`);
  });

  it('keeps every promise on a random seed', async (t) => {
    await fuzz(t, randomSeed, RANDOM_RUNS, gateways);
  });
});
