import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

describe('demo keys in production', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ production: true });
  });
  after(() => gateway.close());

  it('refuses pk_demo and sk_demo where NODE_ENV=production, even in a store seeded before', async () => {
    for (const key of ['pk_demo', 'sk_demo']) {
      const response = await gateway.graphql('{ __typename }', {}, { key });
      assert.equal(response.status, 401);
      assert.equal(response.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
      assert.match(response.body.errors?.[0]?.message ?? '', /Demo keys are refused/);
    }
  });

  it('turns introspection off', async () => {
    await gateway.configure((prisma) => prisma.tenant.update({ where: { slug: 'demo' }, data: { demo: false } }));
    // With a secret key: a publishable key would be refused earlier, its document not being a trusted one.
    const response = await gateway.graphql('{ __schema { types { name } } }', {}, { key: 'sk_demo' });
    assert.equal(response.status, 400);
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });
});
