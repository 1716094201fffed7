import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSavClient, type FetchFunction } from './index.js';

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

const terms = {
  hourlyRate: { amount: '40.00', currency: 'EUR' },
  thresholdMinutes: 60,
  billableCauses: ['SUPPLIES', 'DESIGNER'],
  country: 'FR',
  vatRates: [{ country: 'FR', percent: '20' }],
  granularity: 'PER_MINUTE',
  effectiveFrom: '2026-01-01T00:00:00.000Z',
};

describe('the reintervention operations (seed 000)', () => {
  test('reinterventionTerms() asks for the terms in force now (at: null) with the shared fragment', async () => {
    const fetch = fakeFetch(() => Response.json({ data: { reinterventionTerms: { __typename: 'ReinterventionTerms', ...terms } } }));
    const client = createSavClient({ endpoint: 'https://sav.example/graphql', publishableKey: 'pk_test', fetch });
    const answer = await client.reinterventionTerms();
    assert.equal(answer.__typename, 'ReinterventionTerms');
    if (answer.__typename === 'ReinterventionTerms') assert.equal(answer.thresholdMinutes, 60);
    assert.deepEqual(fetch.calls[0]!.body.variables, { at: null });
    assert.match(fetch.calls[0]!.body.query, /fragment ReinterventionTermsFields on ReinterventionTerms/);
  });

  test('reinterventionQuote() sends the cause, the minutes and the country, in the client’s language', async () => {
    const fetch = fakeFetch(() =>
      Response.json({
        data: {
          reinterventionQuote: {
            __typename: 'InvalidInput',
            code: 'UNKNOWN_VAT_RATE',
            message: 'These terms have no VAT rate for US.',
            field: ['country'],
            problems: [{ field: 'country', code: 'UNKNOWN_VAT_RATE', message: 'These terms have no VAT rate for US.' }],
          },
        },
      }),
    );
    const client = createSavClient({ endpoint: 'https://sav.example/graphql', publishableKey: 'pk_test', language: 'fr', fetch });
    const answer = await client.reinterventionQuote({ cause: 'SUPPLIES', presenceMinutes: 90, country: 'US' });
    assert.equal(answer.__typename, 'InvalidInput');
    assert.deepEqual(fetch.calls[0]!.body.variables, { input: { cause: 'SUPPLIES', presenceMinutes: 90, country: 'US' } });
    assert.equal(new Headers(fetch.calls[0]!.init.headers).get('accept-language'), 'fr');
  });
});
