// Writes the schema as the code defines it to schema.graphql (`pnpm --filter @sav/gateway schema:print`).
import { writeFileSync } from 'node:fs';
import { printSortedSchema } from '../src/schema/index.js';

writeFileSync(new URL('../schema.graphql', import.meta.url), printSortedSchema());
process.stdout.write('Wrote packages/gateway/schema.graphql\n');
