import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { documentModules } from '../scripts/documents.js';
import * as documents from './documents/index.js';
import * as generated from './generated/graphql.js';
import { savRequest } from './index.js';

const directory = fileURLToPath(new URL('./documents/', import.meta.url));

test('src/documents matches what `pnpm codegen` would write now', () => {
  const expected = documentModules();
  assert.deepEqual(readdirSync(directory).sort(), [...expected.keys()].sort(), 'run `pnpm --filter @sav/client codegen`');
  for (const [file, content] of expected) assert.equal(readFileSync(`${directory}${file}`, 'utf8'), content, `src/documents/${file} is stale: run \`pnpm --filter @sav/client codegen\``);
});

test('every document of @sav/client/documents is the generated one, byte for byte (the text the gateway trusts)', () => {
  const entries = Object.entries(documents);
  assert.equal(entries.length, Object.values(generated).filter((value) => value instanceof generated.TypedDocumentString && !/^\s*fragment\s/.test(value.toString())).length);
  for (const [name, text] of entries) assert.equal(text, String((generated as Record<string, unknown>)[name]), name);
});

test('savRequest sends a document of @sav/client/documents as the generated text, and resolves with its data', async () => {
  const sent: unknown[] = [];
  const data = await savRequest(
    {
      endpoint: 'https://sav.example/graphql',
      publishableKey: 'pk_test',
      fetch: async (_url, init) => {
        sent.push(JSON.parse(String(init.body)));
        return new Response(JSON.stringify({ data: { reinterventionTerms: { __typename: 'InvalidInput' } } }), { headers: { 'content-type': 'application/json' } });
      },
    },
    documents.ReinterventionTermsDocument,
    { at: null },
  );
  assert.deepEqual(sent, [{ query: generated.ReinterventionTermsDocument.toString(), variables: { at: null } }]);
  assert.equal(data.reinterventionTerms.__typename, 'InvalidInput');
});
