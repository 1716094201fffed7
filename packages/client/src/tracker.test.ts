import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSavClient, defaultStreamEndpoint, EventStreamParser, SavRequestError, type FetchFunction, type TrackedTicket } from './index.js';

interface RecordedCall {
  url: string;
  init: RequestInit;
  body: { query: string; variables: Record<string, unknown> };
}

function fakeFetch(answer: (call: RecordedCall) => Response): FetchFunction & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetchFunction = async (input: string | URL, init: RequestInit) => {
    const call = { url: String(input), init, body: JSON.parse(String(init.body)) as RecordedCall['body'] };
    calls.push(call);
    return answer(call);
  };
  return Object.assign(fetchFunction, { calls });
}

/** An event-stream response whose body arrives in the chunks given. */
function eventStream(chunks: readonly string[], status = 200): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { status, headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
}

const ticket = { __typename: 'Ticket', trackingCode: 'SAV-7K3P-9QX2', status: 'SCHEDULED' } as unknown as TrackedTicket;
const next = (value: unknown) => `event: next\ndata: ${JSON.stringify({ data: { ticketUpdates: value } })}\n\n`;

describe('EventStreamParser', () => {
  test('reads events however the chunks are cut, skipping comments and keep-alives', () => {
    const text = ':\n\nevent: next\r\ndata: {"a":1}\r\n\r\n: keep-alive\n\nevent: next\ndata: line one\ndata: line two\n\nevent: complete\ndata:\n\n';
    for (let cut = 0; cut <= text.length; cut += 1) {
      const parser = new EventStreamParser();
      const events = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut))];
      assert.deepEqual(
        events,
        [
          { event: 'next', data: '{"a":1}' },
          { event: 'next', data: 'line one\nline two' },
          { event: 'complete', data: '' },
        ],
        `cut at ${cut}`,
      );
    }
  });

  test('keeps a lone CR as a line end, and gives a typeless event the type message', () => {
    const parser = new EventStreamParser();
    assert.deepEqual(parser.push('data: x\r\r'), [{ event: 'message', data: 'x' }]);
  });
});

describe('the tracker operations', () => {
  test('ticket() sends the tracking code and postal code, and answers the typed result', async () => {
    const fetch = fakeFetch(() => Response.json({ data: { ticket: { __typename: 'TicketNotFound', code: 'TICKET_NOT_FOUND', message: 'No ticket.' } } }));
    const client = createSavClient({ endpoint: 'https://sav.example/graphql', publishableKey: 'pk_test', fetch });
    const answer = await client.ticket('SAV-7K3P-9QX2', '75011');
    assert.equal(answer.__typename, 'TicketNotFound');
    assert.deepEqual(fetch.calls[0]!.body.variables, { trackingCode: 'SAV-7K3P-9QX2', postalCode: '75011' });
    assert.match(fetch.calls[0]!.body.query, /fragment TrackedTicket on Ticket/);
  });

  test('answerQuote() and rateRepair() send their input with the access', async () => {
    const fetch = fakeFetch((call) =>
      Response.json({
        data: call.body.query.includes('answerQuote')
          ? { answerQuote: { __typename: 'ChangeNotAllowed', code: 'QUOTE_ALREADY_ANSWERED', message: 'This quote was already answered.' } }
          : { rateRepair: { __typename: 'InvalidInput', code: 'OUT_OF_RANGE', message: 'A rating is a whole number from 1 to 5.', field: ['rating'], problems: [] } },
      }),
    );
    const client = createSavClient({ endpoint: 'https://sav.example/graphql', publishableKey: 'pk_test', fetch });
    const access = { link: 'SAV-7K3P-9QX2.signature' };
    const answered = await client.answerQuote({ access, quoteId: 'q1', accept: true });
    assert.equal(answered.__typename === 'ChangeNotAllowed' && answered.code, 'QUOTE_ALREADY_ANSWERED');
    const rated = await client.rateRepair({ access, rating: 6 });
    assert.equal(rated.__typename, 'InvalidInput');
    assert.deepEqual(fetch.calls.map((call) => call.body.variables), [
      { input: { access, quoteId: 'q1', accept: true } },
      { input: { access, rating: 6 } },
    ]);
  });
});

describe('ticketUpdates over Server-Sent Events', () => {
  test('posts the subscription to <endpoint>/stream and yields each ticket until complete', async () => {
    const fetch = fakeFetch(() => eventStream([':\n\n', next(ticket).slice(0, 20), next(ticket).slice(20), next({ ...ticket, status: 'ON_SITE' }), 'event: complete\ndata:\n\n']));
    const client = createSavClient({ endpoint: 'https://sav.example/graphql', publishableKey: 'pk_test', language: 'fr', fetch });
    const statuses: string[] = [];
    for await (const update of client.ticketUpdates({ trackingCode: 'SAV-7K3P-9QX2', postalCode: '75011' })) {
      statuses.push(update.__typename === 'Ticket' ? update.status : update.code);
    }
    assert.deepEqual(statuses, ['SCHEDULED', 'ON_SITE']);
    const call = fetch.calls[0]!;
    assert.equal(call.url, 'https://sav.example/graphql/stream');
    const headers = new Headers(call.init.headers);
    assert.equal(headers.get('accept'), 'text/event-stream');
    assert.equal(headers.get('authorization'), 'Bearer pk_test');
    assert.equal(headers.get('accept-language'), 'fr');
    assert.match(call.body.query, /subscription TicketUpdates/);
    assert.deepEqual(call.body.variables, { access: { trackingCode: 'SAV-7K3P-9QX2', postalCode: '75011' } });
  });

  test('a refused stream rejects with its status and code; a rate limit with its Retry-After', async () => {
    const notFound = createSavClient({ endpoint: 'https://sav.example/graphql', publishableKey: 'pk_test', fetch: fakeFetch(() => new Response('Not found', { status: 404 })) });
    await assert.rejects(notFound.ticketUpdates({ link: 'x' }).next(), (error: unknown) => error instanceof SavRequestError && error.code === 'HTTP_404');
    const limited = createSavClient({
      endpoint: 'https://sav.example/graphql',
      publishableKey: 'pk_test',
      fetch: fakeFetch(() => Response.json({ errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }] }, { status: 429, headers: { 'retry-after': '12' } })),
    });
    await assert.rejects(limited.ticketUpdates({ link: 'x' }).next(), (error: unknown) => error instanceof SavRequestError && error.code === 'RATE_LIMITED' && error.retryAfterSeconds === 12);
  });

  test('a stream that is not an event stream, or that breaks off, rejects', async () => {
    const json = createSavClient({ endpoint: 'https://sav.example/graphql', publishableKey: 'pk_test', fetch: fakeFetch(() => Response.json({ data: {} })) });
    await assert.rejects(json.ticketUpdates({ link: 'x' }).next(), (error: unknown) => error instanceof SavRequestError && error.code === 'INVALID_RESPONSE');
    const cut = createSavClient({ endpoint: 'https://sav.example/graphql', publishableKey: 'pk_test', fetch: fakeFetch(() => eventStream([next(ticket)])) });
    const updates = cut.ticketUpdates({ link: 'x' });
    assert.equal((await updates.next()).value?.__typename, 'Ticket');
    await assert.rejects(updates.next(), (error: unknown) => error instanceof SavRequestError && error.code === 'NETWORK_ERROR');
  });

  test('the stream endpoint sits beside the GraphQL endpoint', () => {
    assert.equal(defaultStreamEndpoint('https://sav.example/graphql').href, 'https://sav.example/graphql/stream');
    assert.equal(defaultStreamEndpoint('https://sav.example/api/graphql/?tenant=a').href, 'https://sav.example/api/graphql/stream?tenant=a');
  });
});
