import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from './db/migrate.js';
import { seedDemo } from './db/seed.js';
import { openStore } from './db/store.js';
import { createGateway } from './http/gateway-server.js';
import { createLogger } from './http/logger.js';
import { startOutboxDispatcher } from './notifications/outbox-dispatcher.js';
import { senderFromConfig } from './notifications/senders.js';
import { startWebhookDispatcher } from './notifications/webhook-deliveries.js';
import { startPeriodicJob } from './background/periodic-job.js';
import { startRetention } from './privacy/retention.js';
import { pruneRateLimitWindows } from './tenancy/rate-limit.js';
import { elementsDistDir, examplesDir, invocationDir } from './paths.js';

/** `pnpm start`: open the store, migrate, seed the demo tenant into an empty store, serve. */
async function main(): Promise<void> {
  const logger = createLogger();
  const port = parsePort(process.env.PORT);
  const production = process.env.NODE_ENV === 'production';
  if (production && !/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) {
    process.stderr.write('NODE_ENV=production needs PostgreSQL: set DATABASE_URL=postgres://… (the embedded PGlite store is for one machine, not for production).\n');
    process.exit(2);
  }
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL, cwd: invocationDir() });
  const { applied } = await migrate(store);
  const { seeded } = await seedDemo(store.prisma);
  if (!existsSync(join(elementsDistDir, 'sav-elements.js'))) {
    logger.warn('elements.bundle_missing', { hint: 'run `pnpm build` to serve /sav-elements.js' });
  }
  const sender = senderFromConfig(process.env.SAV_MAIL, { cwd: invocationDir(), production });
  const dispatcher = sender ? startOutboxDispatcher(store, sender, logger) : null;
  const webhookDispatcher = startWebhookDispatcher(store, logger, { production });
  // Each tenant's retention period: personal data of tickets ended longer ago is anonymised, hourly.
  const retention = startRetention(store, logger);
  // Rate-limit windows are only needed for their minute: forget the old ones now and then.
  const pruning = startPeriodicJob(
    () => pruneRateLimitWindows({ store }, new Date()).then(
      () => {},
      (error: unknown) => logger.error('rate_limit.prune_failed', { error: String(error) }),
    ),
    10 * 60_000,
    { runAtStart: false },
  );
  if (!sender) logger.warn('outbox.no_sender', { hint: 'set SAV_MAIL to deliver messages to customers; they wait in the outbox until then' });
  const gateway = await createGateway({ store, staticRoots: [examplesDir, elementsDistDir], logger });
  const { url } = await gateway.listen(port);
  process.stdout.write(
    [
      '',
      `SAV is running (${store.kind} store: ${store.location}${applied.length ? `, ${applied.length} migration(s) applied` : ''}${seeded ? ', demo tenant seeded' : ''})`,
      `  GraphQL gateway:  ${url}/graphql   ${production ? '(production: your own keys, trusted documents only for publishable keys)' : '(demo keys: pk_demo, sk_demo)'}`,
      `  Health:           ${url}/healthz   readiness ${url}/readyz`,
      `  Example pages:    ${url}/retailer-product-page/  the repair tracker ${url}/retailer-my-repairs/  an installer platform ${url}/installer-platform/  a React shop ${url}/react-shop/app/  a Vue shop ${url}/vue-shop/app/  an Angular shop ${url}/angular-shop/app/  three brands ${url}/three-brands/${production ? '' : `  a back office's quality report ${url}/back-office/`}`,
      `  Customer messages: ${sender ? sender.description : 'not sent (set SAV_MAIL)'}`,
      '',
    ].join('\n'),
  );

  // A graceful stop: readiness turns to 503, new requests are refused, those in flight finish,
  // background work stops between two items, then the store closes. A signal repeated meanwhile
  // changes nothing (SIGKILL stops at once; a transaction cut short is rolled back by the database).
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('gateway.stopping', { signal, inFlight: gateway.inFlight() });
    await gateway.close();
    await pruning.stop();
    await dispatcher?.stop();
    await webhookDispatcher.stop();
    await retention.stop();
    await store.close();
    logger.info('gateway.stopped', { signal });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // A rejection nobody awaited is a bug: logged (without its data) so that it is seen, and the gateway serves on.
  process.on('unhandledRejection', (reason) => logger.error('process.unhandled_rejection', { error: reason instanceof Error ? `${reason.name}: ${reason.message}` : 'non-error rejection' }));
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`PORT must be a whole number from 0 to 65535; got "${value}".\n`);
    process.exit(2);
  }
  return port;
}

main().catch((error: unknown) => {
  process.stderr.write(`SAV could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
