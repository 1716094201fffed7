import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QualityReportDocument } from '@sav/client/documents';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { DEMO_BACK_OFFICE_PATH } from './demo-back-office.js';

interface Answer {
  status: number;
  body: { data?: { qualityReport?: { __typename: string; tickets?: number; unitsSold?: number; code?: string } } | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Posts a GraphQL request to the demo back office's endpoint, as `<sav-quality-report>` does: no key. */
async function backOffice(gateway: TestGateway, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${gateway.url}${DEMO_BACK_OFFICE_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') ? (JSON.parse(text) as Answer['body']) : {} };
}

describe('the demo back office’s endpoint (POST /demo/back-office/graphql)', () => {
  describe('outside production', () => {
    let gateway: TestGateway;
    before(async () => {
      gateway = await startTestGateway();
    });
    after(() => gateway.close());

    it('answers the quality report of the demo tenant for a page that sends no key, as its server adds the demo secret key', async () => {
      const answer = await backOffice(gateway, String(QualityReportDocument), { input: {} });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.equal(answer.body.data?.qualityReport?.__typename, 'QualityReport');
      const direct = await gateway.graphql<{ qualityReport: { tickets: number; unitsSold: number } }>(String(QualityReportDocument), { input: {} }, { key: 'sk_demo' });
      assert.deepEqual(
        [answer.body.data?.qualityReport?.tickets, answer.body.data?.qualityReport?.unitsSold],
        [direct.body.data?.qualityReport.tickets, direct.body.data?.qualityReport.unitsSold],
        'the same report as with the secret key on /graphql',
      );
    });

    it('uses the demo secret key whatever Authorization the page sent', async () => {
      const answer = await backOffice(gateway, String(QualityReportDocument), { input: {} }, { authorization: 'Bearer pk_demo' });
      assert.equal(answer.body.data?.qualityReport?.__typename, 'QualityReport');
    });

    it('answers a refused filter with the typed InvalidInput', async () => {
      const answer = await backOffice(gateway, String(QualityReportDocument), { input: { from: '2026-03-31', to: '2026-03-01' } });
      assert.equal(answer.status, 200);
      assert.deepEqual([answer.body.data?.qualityReport?.__typename, answer.body.data?.qualityReport?.code], ['InvalidInput', 'INVALID_RANGE']);
    });

    it('forwards the quality report only: any other operation is refused with 403 FORBIDDEN_SCOPE', async () => {
      const read = await backOffice(gateway, '{ reinterventionTerms { __typename } }');
      assert.equal(read.status, 403);
      assert.equal(read.body.errors?.[0]?.extensions?.code, 'FORBIDDEN_SCOPE');
      const write = await backOffice(gateway, 'mutation { eraseCustomerData(input: { email: "a@b.c", reason: "test" }) { __typename } }');
      assert.equal(write.status, 403);
      assert.equal(write.body.errors?.[0]?.extensions?.code, 'FORBIDDEN_SCOPE');
    });

    it('leaves /graphql as it was: a request without a key is refused', async () => {
      const response = await gateway.graphql('{ __typename }', {}, { key: null });
      assert.equal(response.status, 401);
    });
  });

  describe('in production', () => {
    let gateway: TestGateway;
    before(async () => {
      gateway = await startTestGateway({ production: true });
    });
    after(() => gateway.close());

    it('does not exist: 404', async () => {
      const answer = await backOffice(gateway, String(QualityReportDocument), { input: {} });
      assert.equal(answer.status, 404);
      assert.equal(answer.body.data, undefined);
    });
  });
});
