import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { trustedDocumentsPath } from '../paths.js';
import { createTenant, issueKey } from '../tenancy/tenant-admin.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const manifest = JSON.parse(readFileSync(trustedDocumentsPath, 'utf8')) as { operations: { id: string; name: string; body: string }[] };
const warrantyCheck = manifest.operations.find((operation) => operation.name === 'WarrantyCheck')!;
const variables = { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2025-01-10', country: 'FR' } };

describe('production mode', () => {
  let gateway: TestGateway;
  let pk: string;
  let sk: string;
  before(async () => {
    gateway = await startTestGateway({ production: true });
    // The demo tenant's keys are refused in production: a tenant of its own, with its own keys, as an operator would make.
    await createTenant(gateway.store, { name: 'Prod Shop', slug: 'prod-shop' });
    pk = (await issueKey(gateway.store, 'prod-shop', 'publishable')).key;
    sk = (await issueKey(gateway.store, 'prod-shop', 'secret')).key;
  });
  after(() => gateway.close());

  const code = (response: { body: { errors?: { extensions?: { code?: string } }[] } }) => response.body.errors?.[0]?.extensions?.code;

  it("runs a component's registered operation for a publishable key, by its text or by its hash alone", async () => {
    const byText = await gateway.graphql<{ warrantyCheck: { __typename: string } }>(warrantyCheck.body, variables, { key: pk });
    assert.equal(byText.status, 200, JSON.stringify(byText.body));
    assert.equal(byText.body.data?.warrantyCheck.__typename, 'ProductNotFound');

    const byHash = await gateway.post(JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: warrantyCheck.id } } }), { authorization: `Bearer ${pk}` });
    assert.equal(byHash.status, 200);
    assert.equal(((await byHash.json()) as { data: { warrantyCheck: { __typename: string } } }).data.warrantyCheck.__typename, 'ProductNotFound');

    const unknownHash = await gateway.post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }), { authorization: `Bearer ${pk}` });
    assert.equal(unknownHash.status, 400);
    assert.equal(((await unknownHash.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code, 'PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses any other document for a publishable key, even a one-character change, with 400 UNTRUSTED_DOCUMENT', async () => {
    for (const query of ['{ __typename }', `${warrantyCheck.body} `, '{ serviceSettings { lookupsPerMinute } }']) {
      const response = await gateway.graphql(query, variables, { key: pk });
      assert.equal(response.status, 400, query);
      assert.equal(code(response), 'UNTRUSTED_DOCUMENT');
    }
    const get = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { authorization: `Bearer ${pk}`, 'apollo-require-preflight': 'true' } });
    assert.equal(get.status, 400);
  });

  it('runs any document for a secret key, with introspection off and no field suggestions', async () => {
    const hello = await gateway.graphql<{ __typename: string }>('{ __typename }', {}, { key: sk });
    assert.equal(hello.status, 200);
    const introspection = await gateway.graphql('{ __schema { types { name } } }', {}, { key: sk });
    assert.equal(introspection.status, 400);
    const typo = await gateway.graphql('{ warrantyChek(input: {}) { __typename } }', {}, { key: sk });
    assert.equal(typo.status, 400);
    assert.doesNotMatch(JSON.stringify(typo.body), /Did you mean/);
  });

  it('keeps suggestions outside production, where they help a developer', async () => {
    const development = await startTestGateway();
    try {
      const typo = await development.graphql('{ warrantyChek(input: {}) { __typename } }', {}, { key: 'sk_demo' });
      assert.match(JSON.stringify(typo.body), /Did you mean/);
    } finally {
      await development.close();
    }
  });

  it('answers liveness and readiness', async () => {
    const live = await fetch(`${gateway.url}/healthz`);
    assert.equal(live.status, 200);
    assert.deepEqual(await live.json(), { status: 'ok' });
    const ready = await fetch(`${gateway.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', checks: { database: 'ok', rateLimits: 'ok' } });
  });
});
