import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const HELLO = '{ __typename }';

describe('gateway HTTP boundary', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway();
  });
  after(() => gateway.close());

  it('refuses a request without a key with 401 UNAUTHENTICATED', async () => {
    const response = await gateway.graphql(HELLO, {}, { key: null });
    assert.equal(response.status, 401);
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.match(response.body.errors?.[0]?.message ?? '', /Authorization: Bearer/);
  });

  it('refuses an unknown key and a malformed header alike, with 401', async () => {
    for (const headers of [{ authorization: 'Bearer pk_unknown' }, { authorization: 'Basic abc' }, { authorization: 'Bearer hello' }]) {
      const response = await gateway.graphql(HELLO, {}, { key: null, headers });
      assert.equal(response.status, 401, JSON.stringify(headers));
      assert.equal(response.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    }
  });

  it('serves a known key', async () => {
    const response = await gateway.graphql<{ __typename: string }>(HELLO);
    assert.equal(response.status, 200);
    assert.equal(response.body.data?.__typename, 'Query');
    assert.ok(response.headers.get('x-request-id'));
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await gateway.post('{"query": ', { authorization: 'Bearer pk_demo' });
    assert.equal(response.status, 400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]?.extensions.code, 'BAD_REQUEST');
  });

  it('answers a body over 1 MiB with 413', async () => {
    const response = await gateway.post(JSON.stringify({ query: HELLO, padding: 'x'.repeat(1024 * 1024) }), { authorization: 'Bearer pk_demo' });
    assert.equal(response.status, 413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]?.extensions.code, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a query that does not parse with 400 and a code, never a 500', async () => {
    const response = await gateway.graphql('{ warrantyCheck(', {});
    assert.equal(response.status, 400);
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'GRAPHQL_PARSE_FAILED');
    const unknownField = await gateway.graphql('{ nothingHere }', {});
    assert.equal(unknownField.status, 400);
    assert.equal(unknownField.body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('grants CORS to an origin the tenant allows, and only to it', async () => {
    const preflight = await fetch(`${gateway.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /authorization/);

    const allowed = await gateway.graphql(HELLO, {}, { headers: { origin: 'http://127.0.0.1:8000' } });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8000');

    const foreignPreflight = await fetch(`${gateway.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    assert.equal(foreignPreflight.status, 403);
    assert.equal(foreignPreflight.headers.get('access-control-allow-origin'), null);
    const foreign = await gateway.graphql(HELLO, {}, { headers: { origin: 'https://evil.example' } });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.body.errors?.[0]?.extensions?.code, 'FORBIDDEN_ORIGIN');
  });

  it('keeps CSRF prevention on: a simple cross-site GET is refused', async () => {
    const response = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent(HELLO)}`, { headers: { authorization: 'Bearer pk_demo' } });
    assert.equal(response.status, 400);
  });

  it('serves the example page and never a file outside its folders', async () => {
    const page = await fetch(`${gateway.url}/retailer-product-page/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await page.text(), /<sav-warranty-check/);
    const escape = await fetch(`${gateway.url}/..%2f..%2fpackage.json`);
    assert.equal(escape.status, 404);
  });

  it("lets a retailer's page of any origin load the components' scripts (module scripts are fetched in CORS mode), not its pages", async () => {
    const script = await fetch(`${gateway.url}/sav-warranty-check.js`, { headers: { origin: 'https://shop.example' } });
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('access-control-allow-origin'), '*');
    assert.equal(script.headers.get('cross-origin-resource-policy'), 'cross-origin');
    const page = await fetch(`${gateway.url}/retailer-product-page/`, { headers: { origin: 'https://shop.example' } });
    assert.equal(page.headers.get('access-control-allow-origin'), null);
  });

  it('logs refusals and typed errors by code, without the key, the body or personal data', async () => {
    gateway.logs.length = 0;
    await gateway.graphql(HELLO, {}, { key: null, headers: { authorization: 'Bearer pk_secretlooking123' } });
    await gateway.graphql('query($input: WarrantyCheckInput!) { warrantyCheck(input: $input) { __typename } }', { input: { serialNumber: 'JOHN-DOE-SERIAL-42' } });
    await gateway.graphql('query($input: WarrantyCheckInput!) { warrantyCheck(input: $input) { __typename } }', { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2099-01-01', city: 'Rue de la Paix 12' } });
    const text = gateway.logs.join('\n');
    assert.match(text, /"code":"UNAUTHENTICATED"/);
    assert.match(text, /"code":"PRODUCT_NOT_FOUND"/);
    assert.match(text, /"code":"PURCHASE_AFTER_JUDGING_DAY","field":\["purchaseDate"\]/);
    for (const secret of ['pk_secretlooking123', 'JOHN-DOE', 'Rue de la Paix', '2099-01-01']) assert.ok(!text.includes(secret), `${secret} was logged`);
  });
});
