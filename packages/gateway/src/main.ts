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
import { pruneRateLimitWindows } from './tenancy/rate-limit.js';
import { elementsDistDir, examplesDir, invocationDir } from './paths.js';

/** `pnpm start`: open the store, migrate, seed the demo tenant into an empty store, serve. */
async function main(): Promise<void> {
  const logger = createLogger();
  const port = parsePort(process.env.PORT);
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL, cwd: invocationDir() });
  const { applied } = await migrate(store);
  const { seeded } = await seedDemo(store.prisma);
  if (!existsSync(join(elementsDistDir, 'sav-elements.js'))) {
    logger.warn('elements.bundle_missing', { hint: 'run `pnpm build` to serve /sav-elements.js' });
  }
  const production = process.env.NODE_ENV === 'production';
  const sender = senderFromConfig(process.env.SAV_MAIL, { cwd: invocationDir(), production });
  const dispatcher = sender ? startOutboxDispatcher(store, sender, logger) : null;
  const webhookDispatcher = startWebhookDispatcher(store, logger, { production });
  // Rate-limit windows are only needed for their minute: forget the old ones now and then.
  const pruning = setInterval(() => {
    pruneRateLimitWindows({ store }, new Date()).catch((error: unknown) => logger.error('rate_limit.prune_failed', { error: String(error) }));
  }, 10 * 60_000);
  pruning.unref();
  if (!sender) logger.warn('outbox.no_sender', { hint: 'set SAV_MAIL to deliver messages to customers; they wait in the outbox until then' });
  const gateway = await createGateway({ store, staticRoots: [examplesDir, elementsDistDir], logger });
  const { url } = await gateway.listen(port);
  process.stdout.write(
    [
      '',
      `SAV is running (${store.kind} store: ${store.location}${applied.length ? `, ${applied.length} migration(s) applied` : ''}${seeded ? ', demo tenant seeded' : ''})`,
      `  GraphQL gateway:  ${url}/graphql   (demo keys: pk_demo, sk_demo)`,
      `  Example pages:    ${url}/retailer-product-page/  the repair tracker ${url}/retailer-my-repairs/  an installer platform ${url}/installer-platform/`,
      `  Customer messages: ${sender ? sender.description : 'not sent (set SAV_MAIL)'}`,
      '',
    ].join('\n'),
  );

  const stop = async (signal: string) => {
    logger.info('gateway.stopping', { signal });
    clearInterval(pruning);
    await gateway.close();
    await dispatcher?.stop();
    await webhookDispatcher.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
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
