import { parseArgs } from 'node:util';
import { migrate } from '../db/migrate.js';
import { seedDemo } from '../db/seed.js';
import { openStore, type Store } from '../db/store.js';
import { invocationDir } from '../paths.js';
import { createTenant, issueKey, listKeys, listTenants, TenantAdminError } from '../tenancy/tenant-admin.js';

const HELP = `sav — administer a SAV gateway's store

Usage:
  sav migrate                         apply pending migrations
  sav seed                            seed the demo tenant into an empty store (never in production)
  sav tenant create --name NAME [--slug SLUG] [--time-zone ZONE] [--origin ORIGIN]...
  sav tenant list
  sav keys issue --tenant SLUG --kind publishable|secret [--label TEXT]
  sav keys list --tenant SLUG

Every command first applies pending migrations, so it works on a new store.

Options:
  --database-url URL   the store (default: $DATABASE_URL, else PGlite in ./.sav/data);
                       a folder path, memory://, or postgres://…
  --json               print machine-readable JSON
  -h, --help           this help

Examples:
  sav tenant create --name "Kitchen Pros" --origin https://kitchenpros.example
  sav keys issue --tenant kitchen-pros --kind publishable --label "web shop"
`;

/** A mistake in how the command was called: exit code 2, with the usage. */
class UsageError extends Error {}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** How a command reaches its store; tests hand it one they made. */
  openStore(databaseUrl: string | undefined): Promise<Store>;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(text),
  openStore: (databaseUrl) => openStore({ databaseUrl, cwd: invocationDir() }),
};

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const out = io.out;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'database-url': { type: 'string' },
        name: { type: 'string' },
        slug: { type: 'string' },
        'time-zone': { type: 'string' },
        origin: { type: 'string', multiple: true },
        tenant: { type: 'string' },
        kind: { type: 'string' },
        label: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`sav: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals.join(' ');
  if (values.help || command === '' || command === 'help') {
    out(HELP);
    return values.help || command === 'help' ? 0 : 2;
  }
  const print = (human: string, data: unknown) => out(values.json ? JSON.stringify(data, null, 2) : human);
  const required = (name: 'name' | 'tenant' | 'kind'): string => {
    const value = values[name];
    if (value === undefined || value.trim() === '') throw new UsageError(`"sav ${command}" needs --${name}.`);
    return value;
  };

  const known = ['migrate', 'seed', 'tenant create', 'tenant list', 'keys issue', 'keys list'];
  if (!known.includes(command)) {
    io.err(`sav: unknown command "${command}".\n\n${HELP}`);
    return 2;
  }

  let store: Store | undefined;
  try {
    if (command === 'keys issue') {
      const kind = required('kind');
      if (kind !== 'publishable' && kind !== 'secret') throw new UsageError(`--kind must be publishable or secret; got "${kind}".`);
    }
    store = await io.openStore(values['database-url'] ?? process.env.DATABASE_URL);
    // Every command works on an up-to-date store, as `pnpm start` does; a no-op when it is.
    const { applied } = await migrate(store);
    switch (command) {
      case 'migrate': {
        print(applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}` : 'The store is up to date.', { applied });
        break;
      }
      case 'seed': {
        const { seeded } = await seedDemo(store.prisma);
        print(seeded ? 'Seeded the demo tenant "Demo Appliances" (keys pk_demo and sk_demo).' : 'Nothing seeded: the store already has tenants, or NODE_ENV is production.', { seeded });
        break;
      }
      case 'tenant create': {
        const tenant = await createTenant(store, { name: required('name'), slug: values.slug, timeZone: values['time-zone'], allowedOrigins: values.origin });
        print(`Created tenant "${tenant.name}" (slug ${tenant.slug}). Issue its keys with: sav keys issue --tenant ${tenant.slug} --kind publishable`, tenant);
        break;
      }
      case 'tenant list': {
        const tenants = await listTenants(store);
        print(tenants.length ? tenants.map((t) => `${t.slug}\t${t.name}\t${t.timeZone}\t${t.allowedOrigins.join(' ') || '(no browser origins)'}`).join('\n') : 'No tenants yet.', tenants);
        break;
      }
      case 'keys issue': {
        const issued = await issueKey(store, required('tenant'), required('kind') as 'publishable' | 'secret', values.label);
        print(`${issued.key}\n\nThis ${issued.kind.toLowerCase()} key is shown once: store it now. SAV keeps only its hash.`, issued);
        break;
      }
      case 'keys list': {
        const keys = await listKeys(store, required('tenant'));
        print(
          keys.length
            ? keys.map((k) => `${k.displayPrefix}\t${k.kind.toLowerCase()}\t${k.label ?? ''}\t${k.revokedAt ? 'revoked' : 'active'}\tcreated ${k.createdAt.toISOString()}`).join('\n')
            : 'This tenant has no keys.',
          keys,
        );
        break;
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`sav: ${error.message}\n\nRun "sav --help" for usage.\n`);
      return 2;
    }
    if (error instanceof TenantAdminError) {
      io.err(`sav: ${error.message}\n`);
      return 1;
    }
    io.err(`sav: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}

if (process.argv[1] && /sav\.(mjs|ts)$/.test(process.argv[1])) {
  process.exitCode = await runCli(process.argv.slice(2));
}
