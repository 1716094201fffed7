/**
 * A property-based fuzzer of the whole GraphQL API, driven by the executable schema itself.
 *
 * For every root field (Query, Mutation, and Subscription over POST /graphql/stream) it builds a
 * fast-check arbitrary of requests: an operation document whose variables (or inline literals)
 * follow the field's arguments through input objects, lists, nullability, enums and scalars,
 * mixing valid-shaped values (the demo catalogue, Paris postal codes, tracking codes, links and ids
 * seeded before the run) with hostile ones (empty, huge, unicode, control characters, SQL- and
 * HTML-looking text, out-of-range numbers and dates, wrong types, missing and extra fields,
 * nulls); a selection set that asks for every scalar of the result (union members through inline
 * fragments, nested objects as far as a cost budget allows); and a key: publishable, secret, none
 * or a bogus one.
 *
 * Each case draws a mode: `valid` (every value well-shaped), `oneFault` (exactly one hostile spot:
 * a bad leaf, a null or missing required field, an extra field, a bad list item, a wrong type) or
 * `chaos` (hostile values anywhere). Objects naming a ticket are made coherent half of the time
 * (a seeded ticket's code with its own postal code, or its link), so that found-ticket paths run.
 *
 * Each request is checked against what api.md promises: never an HTTP 5xx, never an error without
 * a code or with INTERNAL_SERVER_ERROR, never an unhandled rejection or uncaught exception in the
 * process, never a log line of level error, and nothing written by a refusal (a status of 400 or
 * more, top-level `errors`, or a result whose type implements `Error`, NeedsVerification aside):
 * every table is fingerprinted (see `fingerprintQuery`) before and after each request, and must
 * not change when the answer is a refusal. Successes may write.
 *
 * Used by src/http/schema-fuzz.test.ts (bounded, for CI) and scripts/fuzz.mjs (`pnpm fuzz`).
 */
import { inspect } from 'node:util';
import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import type { Store } from '../db/store.js';
import { type FuzzCase, operationArbitraries } from './fuzz/cases.js';
import { fingerprintQuery } from './fuzz/fingerprint.js';
import type { KnownValues } from './fuzz/values.js';
import { type Answer, FuzzChecker, type FuzzTarget, FuzzViolation, ProcessWatch, abbreviate } from './fuzz/requests.js';

export { operationArbitraries, rootFields, type FuzzCase } from './fuzz/cases.js';
export { seedFuzzFixtures } from './fuzz/fixtures.js';
export type { KnownValues } from './fuzz/values.js';

export interface FuzzRunOptions {
  readonly target: FuzzTarget;
  readonly schema: GraphQLSchema;
  readonly known: KnownValues;
  readonly seed: number;
  readonly runsPerOperation: number;
  /** Only these operations (Query.ticket, …); all by default. */
  readonly only?: readonly string[];
  /** Replays one counterexample (fast-check's path), with `only` naming its operation. */
  readonly path?: string;
  /** Shrink a failure to a smaller case (slower on failure). */
  readonly shrink?: boolean;
  readonly progress?: (line: string) => void;
}

export interface FuzzFailure {
  readonly operation: string;
  readonly seed: number;
  readonly path: string | undefined;
  readonly counterexample: FuzzCase | undefined;
  readonly problems: readonly string[];
  readonly answer: Answer | undefined;
}

export interface FuzzReport {
  readonly seed: number;
  readonly runs: number;
  readonly outcomes: Map<string, Map<string, number>>;
  readonly failures: FuzzFailure[];
  /** Unhandled rejections and uncaught exceptions that surfaced after the last request. */
  readonly processProblems: string[];
}

/** Runs every operation's property in turn against one gateway; failures are collected, not thrown. */
export async function runSchemaFuzz(options: FuzzRunOptions): Promise<FuzzReport> {
  const watch = new ProcessWatch().install();
  const checker = new FuzzChecker(options.target, watch, options.schema);
  const failures: FuzzFailure[] = [];
  let runs = 0;
  try {
    await checker.prepare();
    const arbitraries = operationArbitraries(options.schema, options.known);
    const unknown = (options.only ?? []).filter((name) => !arbitraries.has(name));
    if (unknown.length > 0) throw new Error(`Unknown operation(s): ${unknown.join(', ')}. Known: ${[...arbitraries.keys()].join(', ')}`);
    for (const [operation, arbitrary] of arbitraries) {
      if (options.only && options.only.length > 0 && !options.only.includes(operation)) continue;
      const started = Date.now();
      const details = await fc.check(
        fc.asyncProperty(arbitrary, async (fuzzCase) => {
          runs += 1;
          await checker.check(fuzzCase);
        }),
        { seed: options.seed, numRuns: options.runsPerOperation, endOnFailure: !options.shrink, ...(options.path ? { path: options.path } : {}) },
      );
      if (details.failed) {
        const error = details.errorInstance;
        failures.push({
          operation,
          seed: details.seed,
          path: details.counterexamplePath ?? undefined,
          counterexample: details.counterexample?.[0],
          problems: error instanceof FuzzViolation ? error.problems : [inspect(error, { depth: 3 })],
          answer: error instanceof FuzzViolation ? error.answer : undefined,
        });
      }
      options.progress?.(`${details.failed ? '✖' : '✔'} ${operation}: ${details.numRuns} runs in ${Date.now() - started} ms`);
    }
    // A rejection from the last request may surface a moment later.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    watch.uninstall();
  }
  return { seed: options.seed, runs, outcomes: checker.outcomes, failures, processProblems: watch.problems.slice(checker.attributedProblems) };
}

/** A failure as a person reads it: what broke, the request to replay, and how to rerun it. */
export function describeFailure(failure: FuzzFailure): string {
  const replay = `pnpm fuzz -- --seed ${failure.seed} --only ${failure.operation}${failure.path ? ` --path ${failure.path}` : ''}`;
  const request = failure.counterexample;
  return [
    `✖ ${failure.operation} (seed ${failure.seed}${failure.path ? `, path ${failure.path}` : ''})`,
    ...failure.problems.map((problem) => `  - ${problem}`),
    request ? `  request (${request.root === 'Subscription' ? 'POST /graphql/stream' : 'POST /graphql'}, key ${request.key}${request.acceptLanguage ? `, Accept-Language ${JSON.stringify(abbreviate(request.acceptLanguage, 40))}` : ''}):` : '',
    request ? `    query: ${request.query}` : '',
    request && request.variables !== undefined ? `    variables (long strings cut): ${JSON.stringify(abbreviate(request.variables, 200))}` : '',
    failure.answer ? `  answer: HTTP ${failure.answer.status} ${JSON.stringify(abbreviate(failure.answer.body, 300))}` : '',
    // The operation's run again on a fresh store; earlier operations' writes are not replayed.
    `  replay: ${replay}`,
  ].filter(Boolean).join('\n');
}

/** The per-operation counts of outcomes, one line per operation. */
export function describeOutcomes(outcomes: Map<string, Map<string, number>>): string {
  return [...outcomes]
    .map(([operation, counts]) => {
      const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
      const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([outcome, count]) => `${outcome} ${count}`);
      return `${operation.padEnd(42)} ${String(total).padStart(5)}  ${parts.join(', ')}`;
    })
    .join('\n');
}

