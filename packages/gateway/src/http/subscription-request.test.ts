import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { specifiedRules } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { schema } from '../schema/index.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { checkSubscriptionRequest } from './subscription-request.js';

const UPDATES = 'subscription($access: CustomerTicketAccessInput!) { ticketUpdates(access: $access) { __typename } }';

const codesOf = (check: ReturnType<typeof checkSubscriptionRequest>) => (check.ok ? [] : check.errors.map((error) => error.extensions.code));

// Found by the schema fuzzer: a subscription whose variables were missing or of the wrong type,
// or whose document did not validate, reached the client as INTERNAL_SERVER_ERROR (and an error
// log line) from the stream, and graphql-sse's own refusals carried no code at all.
describe('a subscription request is checked before a stream opens', () => {
  it('says what is wrong with a code', () => {
    const check = (request: unknown) => codesOf(checkSubscriptionRequest(schema, specifiedRules, request));
    assert.deepEqual(check({ query: UPDATES, variables: { access: { trackingCode: 'SAV-AAAA-BBBB', postalCode: '75011' } } }), []);
    assert.deepEqual(check('subscription { x }'), ['BAD_REQUEST']);
    assert.deepEqual(check({ query: 42 }), ['BAD_REQUEST']);
    assert.deepEqual(check({ query: UPDATES, variables: '{"access":{}}' }), ['BAD_REQUEST']);
    assert.deepEqual(check({ query: UPDATES, variables: {}, operationName: 7 }), ['BAD_REQUEST']);
    assert.deepEqual(check({ query: 'subscription {' }), ['GRAPHQL_PARSE_FAILED']);
    assert.deepEqual(check({ query: 'subscription { ticketUpdates(access: "text", notAnArgument: 1) { __typename } }' }), ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
    assert.deepEqual(check({ query: UPDATES, variables: {} }), ['BAD_USER_INPUT']);
    assert.deepEqual(check({ query: UPDATES, variables: { access: { trackingCode: 5 } } }), ['BAD_USER_INPUT']);
    assert.deepEqual(check({ query: UPDATES.replace('subscription(', 'subscription Updates('), operationName: 'Other', variables: {} }), ['BAD_REQUEST']);
  });

  describe('over HTTP and WebSocket', () => {
    let gateway: TestGateway;
    before(async () => {
      gateway = await startTestGateway();
    });
    after(() => gateway.close());

    const stream = async (body: string, contentType = 'application/json') => {
      const response = await fetch(`${gateway.url}/graphql/stream`, {
        method: 'POST',
        headers: { 'content-type': contentType, accept: 'text/event-stream', authorization: 'Bearer pk_demo' },
        body,
      });
      return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as { errors: { extensions: { code: string } }[] } };
    };

    it('refuses a stream with 400 or 415 and a code, never an internal error', async () => {
      const cases: [string, number, string, string?][] = [
        [JSON.stringify({ query: UPDATES }), 400, 'BAD_USER_INPUT'],
        [JSON.stringify({ query: UPDATES, variables: { access: 'text' } }), 400, 'BAD_USER_INPUT'],
        [JSON.stringify({ query: 'subscription { ticketUpdates(access: "text") { __typename } }' }), 400, 'GRAPHQL_VALIDATION_FAILED'],
        [JSON.stringify({ query: 'subscription { ticketUpdates(' }), 400, 'GRAPHQL_PARSE_FAILED'],
        [JSON.stringify({ query: UPDATES, variables: '{}' }), 400, 'BAD_REQUEST'],
        [JSON.stringify({ variables: {} }), 400, 'BAD_REQUEST'],
        [JSON.stringify({ query: UPDATES, variables: {} }), 415, 'UNSUPPORTED_MEDIA_TYPE', 'text/plain'],
      ];
      for (const [body, status, code, contentType] of cases) {
        const answer = await stream(body, contentType);
        assert.equal(answer.status, status, body);
        assert.match(answer.type ?? '', /application\/json/);
        assert.equal(answer.body.errors[0]?.extensions.code, code, body);
      }
      assert.ok(!gateway.logs.some((line) => JSON.parse(line).level === 'error'), 'nothing logged as an internal error');
    });

    it('refuses a WebSocket subscription with the same codes', async () => {
      const client = createClient({ url: `${gateway.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: 'Bearer pk_demo' }, retryAttempts: 0 });
      const codes: unknown[] = [];
      try {
        for (const payload of [{ query: UPDATES, variables: {} }, { query: 'subscription { ticketUpdates(access: "text") { __typename } }' }]) {
          const subscription = client.iterate(payload);
          try {
            await subscription.next();
          } catch (errors) {
            codes.push((errors as { extensions?: { code?: string } }[])[0]?.extensions?.code);
          }
        }
      } finally {
        await client.dispose();
      }
      assert.deepEqual(codes, ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);
      assert.ok(!gateway.logs.some((line) => JSON.parse(line).level === 'error'), 'nothing logged as an internal error');
    });
  });
});
