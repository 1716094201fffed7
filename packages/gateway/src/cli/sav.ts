import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { migrate } from '../db/migrate.js';
import { seedDemo } from '../db/seed.js';
import { openStore, type Store } from '../db/store.js';
import { invocationDir } from '../paths.js';
import { CsvError } from './csv-reader.js';
import { DEFAULT_BATCH_SIZE, ImportBusyError, importSales, type ImportProgress, type ImportSummary, ImportUsageError } from './import-sales.js';
import { createTenant, issueKey, listKeys, listTenants, revokeKey, rotateKey, TenantAdminError } from '../tenancy/tenant-admin.js';

const HELP = `sav — administer a SAV gateway's store

Usage:
  sav migrate                         apply pending migrations
  sav seed                            seed the demo tenant into an empty store (never in production)
  sav tenant create --name NAME [--slug SLUG] [--time-zone ZONE] [--origin ORIGIN]...
  sav tenant list
  sav keys issue --tenant SLUG --kind publishable|secret [--label TEXT] [--scope SCOPE]... [--expires-in DURATION] [--partner PARTNER_ID]
  sav keys list --tenant SLUG
  sav keys rotate --tenant SLUG --key PREFIX|ID [--grace DURATION]
  sav keys revoke --tenant SLUG --key PREFIX|ID
  sav import sales FILE.csv --tenant SLUG [--report PATH] [--strict] [--batch-size N] [--no-wait]

Every command first applies pending migrations, so it works on a new store.

Importing sales (serial numbers sold, for warranty checks by serial and failure rates):
  FILE.csv is UTF-8 (with or without BOM), comma-separated, with a header line naming the columns,
  in any order: serial_number,product_model,purchase_date,country,city (the last two optional;
  other columns are ignored). purchase_date is YYYY-MM-DD, from 1900-01-01 to today; country an
  ISO code such as FR; product_model a model of the tenant's catalogue (any case); serials are
  printable ASCII, stored upper-cased. A serial already registered takes the file's values
  (counted "updated"; "unchanged" when they are the same): the same file twice gives the same
  table. A serial twice in a file: its last line wins (the file applies in order).
  Bad rows are skipped and written with their line number and reason to the report
  (default: FILE.rejected.csv beside the file; removed when a later import rejects nothing).
  Progress goes to standard error: a bar on a terminal, else a line every 10 seconds.
  Exit code 0 when the file was imported, even with rejected rows (1 with --strict);
  2 when nothing was imported: unknown tenant, unreadable file, missing column.
  One import into a tenant at a time (PostgreSQL): a second one waits for the first to end
  ("waiting for another import into SLUG…" on standard error), or with --no-wait stops at
  once, nothing imported, exit code 3.

Options:
  --database-url URL   the store (default: $DATABASE_URL, else PGlite in ./.sav/data);
                       a folder path, memory://, or postgres://…
  --json               print machine-readable JSON
  --scope SCOPE        a restricted key runs only these: query:*, mutation:*, subscription:*,
                       or one operation such as mutation:recordRepairOutcome (repeatable)
  --partner PARTNER_ID a partner workshop's key (secret only): it lists and moves only the
                       tickets routed to that partner (README, "Partner workshops")
  --expires-in, --grace  a duration: 90d, 24h, 30m or 0 (rotate: how long the old key
                       keeps working; default 24h)
  --report PATH        import: where rejected rows are written
  --strict             import: exit code 1 when any row was rejected
  --no-wait            import: exit code 3 at once if another import into the tenant runs
  --batch-size N       import: rows written per statement (default ${DEFAULT_BATCH_SIZE})
  -h, --help           this help

Examples:
  sav tenant create --name "Kitchen Pros" --origin https://kitchenpros.example
  sav keys issue --tenant kitchen-pros --kind publishable --label "web shop"
  sav keys issue --tenant kitchen-pros --kind secret --label reporting --scope 'query:*'
  sav keys issue --tenant kitchen-pros --kind secret --label "Atelier Froid" --partner 5f0c…   (a partner workshop's key)
  sav keys rotate --tenant kitchen-pros --key sk_AbCdEfGhI --grace 7d
  sav import sales ./sales-2026.csv --tenant kitchen-pros
`;

const DURATION = /^(\d{1,6})(d|h|m)$/;
const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000 } as const;

/** "90d", "24h", "30m" or "0", in milliseconds. */
function parseDuration(option: string, value: string): number {
  if (value.trim() === '0') return 0;
  const match = DURATION.exec(value.trim());
  if (!match) throw new UsageError(`--${option} must be a duration such as 90d, 24h or 30m; got "${value}".`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** A mistake in how the command was called: exit code 2, with the usage. */
class UsageError extends Error {}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** How a command reaches its store; tests hand it one they made. */
  openStore(databaseUrl: string | undefined): Promise<Store>;
  /** Where a long command shows its progress (standard error); none: no progress shown. */
  readonly progress?: { readonly isTTY: boolean; write(text: string): void };
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(text),
  openStore: (databaseUrl) => openStore({ databaseUrl, cwd: invocationDir() }),
  progress: { isTTY: Boolean(process.stderr.isTTY), write: (text) => process.stderr.write(text) },
};

/** On a terminal, one line redrawn 5 times a second; elsewhere (CI, a log) a line every 10 seconds. */
const TTY_REDRAW_MS = 200;
const LOG_EVERY_MS = 10_000;
const BAR_WIDTH = 24;

function importProgress(progress: NonNullable<CliIo['progress']>) {
  // The bar at once; a log's first line after its interval (a short import writes none).
  let last = progress.isTTY ? -Infinity : performance.now();
  let drawn = false;
  const figures = (p: ImportProgress) => {
    const share = p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : 1;
    const rate = p.seconds > 0 ? Math.round(p.rowsRead / p.seconds) : 0;
    return { share, text: `${p.rowsRead.toLocaleString('en')} rows read, ${rate.toLocaleString('en')} rows/s, ${(share * 100).toFixed(0)}% of the file` };
  };
  return {
    onProgress(p: ImportProgress) {
      const now = performance.now();
      if (now - last < (progress.isTTY ? TTY_REDRAW_MS : LOG_EVERY_MS)) return;
      last = now;
      const { share, text } = figures(p);
      if (progress.isTTY) {
        const filled = Math.round(share * BAR_WIDTH);
        progress.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${text}\x1b[K`);
        drawn = true;
      } else {
        progress.write(`sav import: ${text}\n`);
      }
    },
    /** Clears the bar before the summary. */
    done() {
      if (drawn) progress.write('\r\x1b[K');
    },
  };
}

function formatSummary(summary: ImportSummary): string {
  const count = (n: number) => n.toLocaleString('en').padStart(12);
  const lines = [
    `Imported ${summary.file} for ${summary.tenant} in ${summary.seconds.toFixed(1)} s (${Math.round(summary.rowsPerSecond).toLocaleString('en')} rows/s):`,
    `  read      ${count(summary.read)}`,
    `  inserted  ${count(summary.inserted)}`,
    `  updated   ${count(summary.updated)}`,
    `  unchanged ${count(summary.unchanged)}`,
    `  rejected  ${count(summary.rejected)}${summary.report ? `   (lines and reasons in ${summary.report})` : ''}`,
  ];
  if (summary.ignoredColumns.length > 0) lines.push(`Ignored columns: ${summary.ignoredColumns.join(', ')}.`);
  return lines.join('\n');
}

function keyState(key: { revokedAt: Date | null; expiresAt: Date | null }): string {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt) return key.expiresAt <= new Date() ? 'expired' : `expires ${key.expiresAt.toISOString()}`;
  return 'active';
}

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
        scope: { type: 'string', multiple: true },
        partner: { type: 'string' },
        'expires-in': { type: 'string' },
        grace: { type: 'string' },
        key: { type: 'string' },
        report: { type: 'string' },
        strict: { type: 'boolean' },
        'no-wait': { type: 'boolean' },
        'batch-size': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`sav: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  // `import sales FILE`: the file is an argument, not part of the command's name.
  const command = positionals[0] === 'import' ? positionals.slice(0, 2).join(' ') : positionals.join(' ');
  const commandArguments = positionals[0] === 'import' ? positionals.slice(2) : [];
  if (values.help || command === '' || command === 'help') {
    out(HELP);
    return values.help || command === 'help' ? 0 : 2;
  }
  const print = (human: string, data: unknown) => out(values.json ? JSON.stringify(data, null, 2) : human);
  const required = (name: 'name' | 'tenant' | 'kind' | 'key'): string => {
    const value = values[name];
    if (value === undefined || value.trim() === '') throw new UsageError(`"sav ${command}" needs --${name}.`);
    return value;
  };

  const known = ['migrate', 'seed', 'tenant create', 'tenant list', 'keys issue', 'keys list', 'keys rotate', 'keys revoke', 'import sales'];
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
    if (command === 'keys rotate' || command === 'keys revoke') required('key');
    let batchSize: number | undefined;
    if (command === 'import sales') {
      if (commandArguments.length !== 1) throw new UsageError(`"sav import sales" takes one file: sav import sales FILE.csv --tenant SLUG${commandArguments.length > 1 ? `; got ${commandArguments.length}` : ''}.`);
      required('tenant');
      if (values['batch-size'] !== undefined) {
        batchSize = Number(values['batch-size']);
        if (!/^\d+$/.test(values['batch-size'].trim()) || batchSize < 1 || batchSize > 50_000) throw new UsageError(`--batch-size must be a whole number from 1 to 50000; got "${values['batch-size']}".`);
      }
    }
    const expiresInMs = values['expires-in'] === undefined ? undefined : parseDuration('expires-in', values['expires-in']);
    const graceMs = values.grace === undefined ? 24 * 3_600_000 : parseDuration('grace', values.grace);
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
        const expiresAt = expiresInMs === undefined ? undefined : new Date(Date.now() + expiresInMs);
        const issued = await issueKey(store, required('tenant'), required('kind') as 'publishable' | 'secret', { label: values.label, scopes: values.scope, expiresAt, partnerId: values.partner });
        const limits = [issued.partnerId ? `for partner workshop ${issued.partnerId}: its tickets only` : '', issued.scopes.length ? `restricted to ${issued.scopes.join(', ')}` : '', issued.expiresAt ? `expires ${issued.expiresAt.toISOString()}` : ''].filter(Boolean).join('; ');
        print(`${issued.key}\n\nThis ${issued.kind.toLowerCase()} key${limits ? ` (${limits})` : ''} is shown once: store it now. SAV keeps only its hash.`, issued);
        break;
      }
      case 'keys rotate': {
        const rotated = await rotateKey(store, required('tenant'), required('key'), graceMs);
        print(
          `${rotated.key}\n\nThis key replaces ${rotated.replaces}, which ${graceMs === 0 ? 'is revoked now' : `keeps working until ${rotated.oldKeyEndsAt.toISOString()}`}. It is shown once: store it now.`,
          rotated,
        );
        break;
      }
      case 'keys revoke': {
        const revoked = await revokeKey(store, required('tenant'), required('key'));
        print(revoked.alreadyRevoked ? `${revoked.displayPrefix} was already revoked.` : `Revoked ${revoked.displayPrefix}: requests with it are refused from now on.`, revoked);
        break;
      }
      case 'import sales': {
        const progress = io.progress ? importProgress(io.progress) : undefined;
        let summary: ImportSummary;
        try {
          summary = await importSales({
            store,
            tenantSlug: required('tenant'),
            file: resolve(invocationDir(), commandArguments[0]!),
            reportPath: values.report === undefined ? undefined : resolve(invocationDir(), values.report),
            batchSize,
            onProgress: progress?.onProgress,
            wait: !values['no-wait'],
            onWaiting: (tenant) => io.err(`sav: waiting for another import into ${tenant}…\n`),
          });
        } finally {
          progress?.done();
        }
        print(formatSummary(summary), summary);
        return values.strict && summary.rejected > 0 ? 1 : 0;
      }
      case 'keys list': {
        const keys = await listKeys(store, required('tenant'));
        print(
          keys.length
            ? keys.map((k) => [k.displayPrefix, k.kind.toLowerCase(), k.label ?? '', keyState(k), `created ${k.createdAt.toISOString()}`, `last used ${k.lastUsedAt?.toISOString() ?? 'never'}`, k.scopes.join(' ') || 'all scopes', ...(k.partnerId ? [`partner ${k.partnerId}`] : []), k.id].join('\t')).join('\n')
            : 'This tenant has no keys.',
          keys,
        );
        break;
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ImportUsageError) {
      io.err(`sav: ${error.message}\n\nRun "sav --help" for usage.\n`);
      return 2;
    }
    if (error instanceof ImportBusyError) {
      io.err(`sav: ${error.message}\n`);
      return 3;
    }
    if (error instanceof CsvError) {
      io.err(`sav: ${error.message} The rows before it were imported; fix the file and import it again (nothing is duplicated).\n`);
      return 1;
    }
    if (error instanceof TenantAdminError) {
      io.err(`sav: ${error.message}\n`);
      // A --partner the tenant does not have is a mistake in the call, like a bad --kind.
      return error.field === 'partner' ? 2 : 1;
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
