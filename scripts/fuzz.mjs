#!/usr/bin/env node
// `pnpm fuzz -- --runs 2000 --seed N`: the schema fuzzer (packages/gateway/src/testing/schema-fuzzer.ts)
// for as long as you like, against a real gateway over HTTP on a fresh seeded store in this process
// (in-memory PGlite; SAV_TEST_DATABASE_URL=postgres://… runs it on PostgreSQL instead).
//
//   --runs N       requests per operation (default 200)
//   --seed N       fast-check's seed (default: a random one, printed)
//   --only A,B     only these operations (Query.ticket, Mutation.requestRepair, Subscription.ticketUpdates, …)
//   --path P       replays one counterexample path, with --only naming its operation
//   --shrink       shrinks a failure to a smaller request (slower)
//   --list         lists the operations and exits
//
// Prints per-operation counts of what came back, then each failure with its seed, path and the request.
// Exits 1 on any failure.
import { register } from 'tsx/esm/api';

const usage = 'Usage: pnpm fuzz -- [--runs N] [--seed N] [--only Query.ticket,…] [--path P] [--shrink] [--list]';

function parseArguments(argv) {
  const options = { runs: 200, seed: undefined, only: [], path: undefined, shrink: false, list: false };
  const args = argv.filter((arg) => arg !== '--');
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const next = inline ?? args[++index];
      if (next === undefined) throw new Error(`${name} needs a value. ${usage}`);
      return next;
    };
    const whole = (text) => {
      const number = Number(text);
      if (!Number.isSafeInteger(number)) throw new Error(`${name} must be a whole number; got "${text}".`);
      return number;
    };
    switch (name) {
      case '--runs': options.runs = whole(value()); break;
      case '--seed': options.seed = whole(value()); break;
      case '--only': options.only.push(...value().split(',').map((entry) => entry.trim()).filter(Boolean)); break;
      case '--path': options.path = value(); break;
      case '--shrink': options.shrink = true; break;
      case '--list': options.list = true; break;
      case '--help': case '-h': process.stdout.write(`${usage}\n`); process.exit(0); break;
      default: throw new Error(`Unknown argument "${arg}". ${usage}`);
    }
  }
  if (options.runs < 1) throw new Error('--runs must be at least 1.');
  if (options.path && options.only.length !== 1) throw new Error('--path replays one operation: name it with --only.');
  return options;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const seed = options.seed ?? (Math.random() * 2 ** 31) | 0;
  // The limiter is not under test: its counts stay in the store, which the fuzzer clears between requests.
  delete process.env.REDIS_URL;
  register();
  const { schema } = await import('../packages/gateway/src/schema/index.ts');
  const fuzzer = await import('../packages/gateway/src/testing/schema-fuzzer.ts');
  if (options.list) {
    for (const { root, field } of fuzzer.rootFields(schema)) process.stdout.write(`${root}.${field.name}\n`);
    return 0;
  }
  const { startTestGateway } = await import('../packages/gateway/src/testing/gateway-harness.ts');
  const started = Date.now();
  const gateway = await startTestGateway();
  try {
    const known = await fuzzer.seedFuzzFixtures(gateway);
    process.stdout.write(`Fuzzing ${gateway.url} with seed ${seed}, ${options.runs} runs per operation (${gateway.store.kind} store)\n`);
    const report = await fuzzer.runSchemaFuzz({
      target: gateway,
      schema,
      known,
      seed,
      runsPerOperation: options.runs,
      only: options.only,
      path: options.path,
      shrink: options.shrink,
      progress: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(`\nOutcomes per operation (${report.runs} requests in ${((Date.now() - started) / 1000).toFixed(1)} s):\n${fuzzer.describeOutcomes(report.outcomes)}\n\n`);
    for (const failure of report.failures) process.stdout.write(`${fuzzer.describeFailure(failure)}\n\n`);
    for (const problem of report.processProblems) process.stdout.write(`✖ in the process: ${problem}\n`);
    const failed = report.failures.length + report.processProblems.length;
    process.stdout.write(failed === 0 ? `✔ no failure (seed ${seed})\n` : `✖ ${report.failures.length} failing operation(s) (seed ${seed}); rerun with: pnpm fuzz -- --runs ${options.runs} --seed ${seed}\n`);
    return failed === 0 ? 0 : 1;
  } finally {
    await gateway.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
