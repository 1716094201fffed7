// Writes trusted-documents.json: every operation the components send, by the sha256 of its exact
// text, in the shape of Apollo's persisted-query manifests. The gateway, in production, runs only
// these for a publishable key. Run by `pnpm --filter @sav/client codegen`; a test keeps it current.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { trustedDocumentsManifest } from '../src/trusted-documents.js';

const path = fileURLToPath(new URL('../trusted-documents.json', import.meta.url));
await writeFile(path, `${JSON.stringify(trustedDocumentsManifest(), null, 2)}\n`);
process.stdout.write(`Wrote ${path}\n`);
