// Prisma CLI configuration (Prisma 7 reads the datasource URL from here, not from the schema).
//
// On this project's machines the CLI's native schema engine cannot be downloaded: use
// `pnpm build` (scripts/prisma-generate.mjs) to generate the client and let the gateway migrate
// itself (src/db/migrate.ts). Where the native engine is reachable, `prisma migrate deploy` works
// on the same migrations, against the PostgreSQL server named by DATABASE_URL.
import { defineConfig } from 'prisma/config';

const databaseUrl = process.env.DATABASE_URL ?? '';
const isPostgresUrl = /^postgres(ql)?:\/\//.test(databaseUrl);

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // An embedded store (PGlite: empty DATABASE_URL or a folder path) is not reachable by the CLI.
  ...(isPostgresUrl ? { datasource: { url: databaseUrl } } : {}),
});
