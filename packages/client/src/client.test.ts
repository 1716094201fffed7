import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSavClient, SavRequestError, WarrantyCheckDocument, type FetchFunction } from './index.js';

interface RecordedCall {
  url: string;
  init: RequestInit;
}

function fakeFetch(answer: (call: RecordedCall) => Response | Promise<Response>): FetchFunction & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetchFunction = async (input: string | URL, init: RequestInit) => {
    const call = { url: String(input), init };
    calls.push(call);
    return answer(call);
  };
  return Object.assign(fetchFunction, { calls });
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const covered = {
  __typename: 'WarrantyCheck',
  productModel: 'HRF-DEMO-1',
  purchaseDate: '2025-01-10',
  asOf: '2025-06-01',
  status: 'COVERED',
  paidRepairAvailable: true,
  explanation: 'Covered.',
  product: { model: 'HRF-DEMO-1', name: 'Refrigerator', brand: 'Haier', category: 'REFRIGERATOR' },
  coverages: [],
  remedies: [],
  exclusions: [],
  legalRights: [],
  recourse: [],
  legalNotice: 'This is general information about the law, not legal advice.',
} as const;

describe('createSavClient', () => {
  test('posts the operation with the key, the language and JSON headers', async () => {
    const fetchFunction = fakeFetch(() => json({ data: { warrantyCheck: covered } }));
    const client = createSavClient({ endpoint: 'https://sav.test/graphql', publishableKey: 'pk_demo', language: 'fr', fetch: fetchFunction });

    const result = await client.warrantyCheck({ productModel: 'HRF-DEMO-1', purchaseDate: '2025-01-10' });

    assert.equal(result.__typename, 'WarrantyCheck');
    assert.equal(fetchFunction.calls.length, 1);
    const [call] = fetchFunction.calls;
    assert.ok(call);
    assert.equal(call.url, 'https://sav.test/graphql');
    assert.equal(call.init.method, 'POST');
    const headers = new Headers(call.init.headers);
    assert.equal(headers.get('authorization'), 'Bearer pk_demo');
    assert.equal(headers.get('accept-language'), 'fr');
    assert.equal(headers.get('content-type'), 'application/json');
    const body = JSON.parse(String(call.init.body)) as { query: string; variables: unknown };
    assert.equal(body.query, WarrantyCheckDocument.toString());
    assert.match(body.query, /query WarrantyCheck\(\$input: WarrantyCheckInput!\)/);
    assert.deepEqual(body.variables, { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2025-01-10' } });
  });

  test('defaults Accept-Language to English and lets a request override it', async () => {
    const fetchFunction = fakeFetch(() => json({ data: { warrantyCheck: covered } }));
    const client = createSavClient({ endpoint: '/graphql', publishableKey: 'pk_demo', fetch: fetchFunction });
    await client.warrantyCheck({ serialNumber: 'SN-1' });
    await client.warrantyCheck({ serialNumber: 'SN-1' }, { language: 'fr-FR' });
    assert.equal(new Headers(fetchFunction.calls[0]?.init.headers).get('accept-language'), 'en');
    assert.equal(new Headers(fetchFunction.calls[1]?.init.headers).get('accept-language'), 'fr-FR');
  });

  test('resolves typed errors (ProductNotFound, InvalidInput) as answers, not exceptions', async () => {
    const invalid = { __typename: 'InvalidInput', message: 'In the future', code: 'INVALID_INPUT', field: ['purchaseDate'] };
    const client = createSavClient({
      endpoint: '/graphql',
      publishableKey: 'pk_demo',
      fetch: fakeFetch(() => json({ data: { warrantyCheck: invalid } })),
    });
    const result = await client.warrantyCheck({ productModel: 'X', purchaseDate: '2999-01-01' });
    assert.equal(result.__typename, 'InvalidInput');
    if (result.__typename === 'InvalidInput') assert.deepEqual(result.field, ['purchaseDate']);
  });

  test('request() is typed by the document and returns data', async () => {
    const client = createSavClient({
      endpoint: '/graphql',
      publishableKey: 'pk_demo',
      fetch: fakeFetch(() => json({ data: { warrantyCheck: covered } })),
    });
    const data = await client.request(WarrantyCheckDocument, { input: { serialNumber: 'SN-1' } });
    assert.equal(data.warrantyCheck.__typename, 'WarrantyCheck');
  });

  test('an HTTP error with a GraphQL body throws its extensions.code and status', async () => {
    const client = createSavClient({
      endpoint: '/graphql',
      publishableKey: 'pk_wrong',
      fetch: fakeFetch(() => json({ errors: [{ message: 'Unknown key', extensions: { code: 'UNAUTHENTICATED' } }] }, 401)),
    });
    await assert.rejects(client.warrantyCheck({ serialNumber: 'SN-1' }), (error: unknown) => {
      assert.ok(error instanceof SavRequestError);
      assert.equal(error.status, 401);
      assert.equal(error.code, 'UNAUTHENTICATED');
      assert.equal(error.message, 'Unknown key');
      return true;
    });
  });

  test('an HTTP error without a GraphQL body throws HTTP_<status>', async () => {
    const client = createSavClient({
      endpoint: '/graphql',
      publishableKey: 'pk_demo',
      fetch: fakeFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' })),
    });
    await assert.rejects(client.warrantyCheck({ serialNumber: 'SN-1' }), (error: unknown) => {
      assert.ok(error instanceof SavRequestError);
      assert.equal(error.status, 502);
      assert.equal(error.code, 'HTTP_502');
      assert.equal(error.message, 'HTTP 502 Bad Gateway');
      return true;
    });
  });

  test('a 429 carries Retry-After', async () => {
    const client = createSavClient({
      endpoint: '/graphql',
      publishableKey: 'pk_demo',
      fetch: fakeFetch(() => json({ errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED' } }] }, 429, { 'retry-after': '30' })),
    });
    await assert.rejects(client.warrantyCheck({ serialNumber: 'SN-1' }), (error: unknown) => {
      assert.ok(error instanceof SavRequestError);
      assert.equal(error.code, 'RATE_LIMITED');
      assert.equal(error.retryAfterSeconds, 30);
      return true;
    });
  });

  test('top-level GraphQL errors with HTTP 200 throw, with or without a code', async () => {
    const withCode = createSavClient({
      endpoint: '/graphql',
      publishableKey: 'pk_demo',
      fetch: fakeFetch(() => json({ data: null, errors: [{ message: 'Too deep', extensions: { code: 'QUERY_TOO_DEEP' } }] })),
    });
    await assert.rejects(withCode.warrantyCheck({ serialNumber: 'SN-1' }), { name: 'SavRequestError', code: 'QUERY_TOO_DEEP', status: 200 });
    const withoutCode = createSavClient({
      endpoint: '/graphql',
      publishableKey: 'pk_demo',
      fetch: fakeFetch(() => json({ errors: [{ message: 'Boom' }] })),
    });
    await assert.rejects(withoutCode.warrantyCheck({ serialNumber: 'SN-1' }), { code: 'GRAPHQL_ERROR', message: 'Boom' });
  });

  test('a network failure throws NETWORK_ERROR with status 0', async () => {
    const client = createSavClient({
      endpoint: '/graphql',
      publishableKey: 'pk_demo',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await assert.rejects(client.warrantyCheck({ serialNumber: 'SN-1' }), (error: unknown) => {
      assert.ok(error instanceof SavRequestError);
      assert.equal(error.code, 'NETWORK_ERROR');
      assert.equal(error.status, 0);
      assert.equal(error.message, 'Failed to fetch');
      assert.ok(error.cause instanceof TypeError);
      return true;
    });
  });

  test('a 200 answer that is not GraphQL throws INVALID_RESPONSE', async () => {
    const client = createSavClient({
      endpoint: '/graphql',
      publishableKey: 'pk_demo',
      fetch: fakeFetch(() => new Response('not json', { status: 200 })),
    });
    await assert.rejects(client.warrantyCheck({ serialNumber: 'SN-1' }), { code: 'INVALID_RESPONSE' });
  });

  test('passes the signal to fetch, and an abort rejects with the abort, not a SavRequestError', async () => {
    const controller = new AbortController();
    const fetchFunction = fakeFetch(
      (call) =>
        new Promise<Response>((_resolve, reject) => {
          call.init.signal?.addEventListener('abort', () => reject(call.init.signal?.reason));
        }),
    );
    const client = createSavClient({ endpoint: '/graphql', publishableKey: 'pk_demo', fetch: fetchFunction });
    const pending = client.warrantyCheck({ serialNumber: 'SN-1' }, { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, (error: unknown) => {
      assert.ok(!(error instanceof SavRequestError));
      assert.equal((error as Error).name, 'AbortError');
      return true;
    });
    assert.equal(fetchFunction.calls[0]?.init.signal, controller.signal);
  });

  test('uses the global fetch when none is given, read at request time', async () => {
    const original = globalThis.fetch;
    const fetchFunction = fakeFetch(() => json({ data: { warrantyCheck: covered } }));
    const client = createSavClient({ endpoint: 'https://sav.test/graphql', publishableKey: 'pk_demo' });
    globalThis.fetch = fetchFunction as typeof globalThis.fetch;
    try {
      await client.warrantyCheck({ serialNumber: 'SN-1' });
    } finally {
      globalThis.fetch = original;
    }
    assert.equal(fetchFunction.calls.length, 1);
  });
});
