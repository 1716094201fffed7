import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { unstorableTextPath } from './text-input.js';

// Found by the schema fuzzer: a NUL character (U+0000) in any text argument reached PostgreSQL,
// which cannot hold it ("invalid byte sequence for encoding UTF8: 0x00"), and the caller got an
// internal error. It is now refused where the request enters, before anything runs.
describe('text the store cannot hold', () => {
  it('names the first argument holding a NUL character as the API names input fields', () => {
    assert.equal(unstorableTextPath({ input: { trackingCode: 'SAV-\u0000' } }), 'trackingCode');
    assert.equal(unstorableTextPath({ input: { customer: { address: { line1: 'ok', city: 'Par\u0000is' } } } }), 'customer.address.city');
    assert.equal(unstorableTextPath({ input: { reserves: [{ description: 'ok' }, { description: '\u0000' }] } }), 'reserves.1.description');
    assert.equal(unstorableTextPath({ email: 'a\u0000@example.fr', option: 1 }), 'email');
    assert.equal(unstorableTextPath({ input: '\u0000' }), 'input');
    assert.equal(unstorableTextPath({ options: ['Yes', 'No \uD800'] }), 'options.1', 'half of a surrogate pair');
    assert.equal(unstorableTextPath({ question: '\uDFFFx' }), 'question');
    assert.equal(unstorableTextPath({ input: { trackingCode: 'SAV-AAAA-BBBB', note: 'Control characters \u0007, ☃ and 🧊 (a surrogate pair) are fine.' }, at: new Date() }), undefined);
  });

  describe('over HTTP', () => {
    let gateway: TestGateway;
    before(async () => {
      gateway = await startTestGateway();
    });
    after(() => gateway.close());

    const counts = async () => ({ tickets: await gateway.store.prisma.ticket.count(), jobs: await gateway.store.prisma.installationJob.count() });

    // Refused as GraphQL refuses a value of the wrong type: before the key's rights are looked at.
    it('answers a field with InvalidInput naming the field, and writes nothing', async () => {
      const before = await counts();
      const arrive = await gateway.graphql<{ arriveOnSite: { __typename: string; code?: string; field?: string[] } }>(
        'mutation($input: ArriveOnSiteInput!) { arriveOnSite(input: $input) { __typename ... on InvalidInput { code field } } }',
        { input: { trackingCode: 'abc\u0000def' } },
      );
      assert.equal(arrive.status, 200);
      assert.equal(arrive.body.errors, undefined, JSON.stringify(arrive.body));
      assert.deepEqual(arrive.body.data?.arriveOnSite, { __typename: 'InvalidInput', code: 'INVALID_CHARACTER', field: ['trackingCode'] });

      const job = await gateway.graphql<{ createInstallationJob: { __typename: string; field?: string[] } }>(
        'mutation($input: CreateInstallationJobInput!) { createInstallationJob(input: $input) { __typename ... on InvalidInput { field } } }',
        {
          input: {
            customerName: 'Camille Dupont', customerEmail: 'camille@example.fr', addressLine1: '12 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR',
            designerName: 'Cuisines Lumière', installerName: 'Karim Benali', supplies: ['Oak\u0000 units'], itemsDone: ['Units fitted'], reserves: [],
          },
        },
      );
      assert.deepEqual(job.body.data?.createInstallationJob, { __typename: 'InvalidInput', field: ['supplies.0'] });
      assert.deepEqual(await counts(), before);
    });

    it('answers a field without InvalidInput with a BAD_USER_INPUT error, never an internal one', async () => {
      const options = await gateway.graphql('query($model: String!) { repairOptions(productModel: $model) { __typename } }', { model: 'HRF-DEMO-1\u0000' });
      assert.ok(options.status < 500);
      assert.equal(options.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(options.body));
      assert.match(options.body.errors?.[0]?.message ?? '', /productModel contains a character no text may hold/);
      assert.ok(!gateway.logs.some((line) => JSON.parse(line).level === 'error'), 'nothing logged as an internal error');
    });

    it('refuses half of a surrogate pair in a list too', async () => {
      const survey = await gateway.graphql<{ createSurvey: { __typename: string; field?: string[] } }>(
        'mutation($q: String!, $o: [String!]!) { createSurvey(question: $q, options: $o) { __typename ... on InvalidInput { field } } }',
        { q: 'Paid before the visit?', o: ['Yes', 'No \uD800'] },
        { key: 'sk_demo' },
      );
      assert.deepEqual(survey.body.data?.createSurvey, { __typename: 'InvalidInput', field: ['options.1'] }, JSON.stringify(survey.body));
      assert.equal(await gateway.store.prisma.survey.count(), 0);
    });

    it('answers a subscription with its InvalidInput', async () => {
      const response = await fetch(`${gateway.url}/graphql/stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: 'Bearer pk_demo' },
        body: JSON.stringify({
          query: 'subscription($access: CustomerTicketAccessInput!) { ticketUpdates(access: $access) { __typename ... on InvalidInput { code field } } }',
          variables: { access: { trackingCode: 'SAV-AAAA-BBBB', postalCode: '75011\u0000' } },
        }),
      });
      const text = await response.text();
      const data = /^data: (.*)$/m.exec(text)?.[1];
      assert.deepEqual(JSON.parse(data ?? 'null'), { data: { ticketUpdates: { __typename: 'InvalidInput', code: 'INVALID_CHARACTER', field: ['access.postalCode'] } } });
    });
  });
});
