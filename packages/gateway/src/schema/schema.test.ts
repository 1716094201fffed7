import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { printSortedSchema } from './index.js';

describe('schema.graphql', () => {
  it('is the schema the code defines (run `pnpm --filter @sav/gateway schema:print` after a change)', () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    assert.equal(committed, printSortedSchema());
  });

  it('keeps the public names of docs/api.md', () => {
    const printed = printSortedSchema();
    for (const name of ['warrantyCheck(input: WarrantyCheckInput!): WarrantyCheckResult!', 'union WarrantyCheckResult = InvalidInput | ProductNotFound | WarrantyCheck', 'interface Error', 'enum WarrantyStatus', 'enum RemedyKind']) {
      assert.ok(printed.includes(name), `missing: ${name}`);
    }
  });
});
