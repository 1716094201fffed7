import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { trustedDocumentsManifest } from './trusted-documents.js';

describe('trusted documents', () => {
  it('trusted-documents.json holds exactly the operations the client sends (run `pnpm --filter @sav/client codegen` after changing one)', () => {
    const committed = JSON.parse(readFileSync(new URL('../trusted-documents.json', import.meta.url), 'utf8')) as unknown;
    assert.deepEqual(committed, trustedDocumentsManifest());
  });

  it('names every operation once, by the sha256 of its exact text', () => {
    const { operations } = trustedDocumentsManifest();
    assert.ok(operations.some((operation) => operation.name === 'WarrantyCheck' && operation.type === 'query'));
    assert.ok(operations.some((operation) => operation.name === 'TicketUpdates' && operation.type === 'subscription'));
    assert.equal(new Set(operations.map((operation) => operation.id)).size, operations.length);
    for (const operation of operations) assert.match(operation.id, /^[0-9a-f]{64}$/);
  });
});
