import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const QUOTE = `query($input: ReinterventionQuoteInput!) { reinterventionQuote(input: $input) { __typename
  ... on ReinterventionQuote { billable amountExclTax { amount currency } vat { amount } vatRate amountInclTax { amount } payer rule billedMinutes explanation terms { effectiveFrom } }
  ... on Error { code message } ... on InvalidInput { field } } }`;
const UPDATE = `mutation($input: UpdateReinterventionTermsInput!) { updateReinterventionTerms(input: $input) { __typename
  ... on ReinterventionTerms { hourlyRate { amount } thresholdMinutes billableCauses granularity effectiveFrom vatRates { country percent } }
  ... on InvalidInput { code field } } }`;

type Quote = { __typename: string; billable?: boolean; amountExclTax?: { amount: string }; vat?: { amount: string }; vatRate?: string; amountInclTax?: { amount: string }; payer?: string; rule?: string; billedMinutes?: number; explanation?: string; code?: string; field?: string[] };

describe("reintervention quotes through the API (seed 000's terms)", () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(() => gateway.close());
  const ask = async (input: Record<string, unknown>, key = 'pk_demo') => (await gateway.graphql<{ reinterventionQuote: Quote }>(QUOTE, { input }, { key })).body;

  it('bills a supplies defect beyond an hour to the supplier, from the first minute, with VAT, for a browser key too', async () => {
    const quote = (await ask({ cause: 'SUPPLIES', presenceMinutes: 90 })).data!.reinterventionQuote;
    assert.deepEqual(
      [quote.billable, quote.amountExclTax?.amount, quote.vat?.amount, quote.vatRate, quote.amountInclTax?.amount, quote.payer, quote.rule, quote.billedMinutes],
      [true, '60.00', '12.00', '20', '72.00', 'SUPPLIER', 'BILLED', 90],
    );
    assert.match(quote.explanation ?? '', /^Billable to the supplier/);
    const french = await gateway.graphql<{ reinterventionQuote: Quote }>(QUOTE, { input: { cause: 'SUPPLIES', presenceMinutes: 90 } }, { headers: { 'accept-language': 'fr' } });
    assert.match(french.body.data!.reinterventionQuote.explanation ?? '', /^Facturable au fournisseur/);
    const dutch = await gateway.graphql<{ reinterventionQuote: Quote }>(QUOTE, { input: { cause: 'SUPPLIES', presenceMinutes: 90 } }, { headers: { 'accept-language': 'nl-BE' } });
    assert.match(dutch.body.data!.reinterventionQuote.explanation ?? '', /^Factureerbaar aan de leverancier: .* incl\. btw\.$/);
    const chinese = await gateway.graphql<{ reinterventionQuote: Quote }>(QUOTE, { input: { cause: 'SUPPLIES', presenceMinutes: 90 } }, { headers: { 'accept-language': 'zh-CN' } });
    assert.match(chinese.body.data!.reinterventionQuote.explanation ?? '', /^向供应商计费：/);
  });

  it("keeps the installer's own defects and short visits at the installer's expense", async () => {
    const own = (await ask({ cause: 'INSTALLER', presenceMinutes: 240 })).data!.reinterventionQuote;
    assert.deepEqual([own.billable, own.amountExclTax?.amount, own.payer, own.rule], [false, '0.00', 'INSTALLER', 'INSTALLER_CAUSE']);
    const short = (await ask({ cause: 'DESIGNER', presenceMinutes: 60 })).data!.reinterventionQuote;
    assert.deepEqual([short.billable, short.rule], [false, 'WITHIN_THRESHOLD']);
  });

  it('refuses absurd minutes, an unknown cause and a country without a VAT rate, with typed errors', async () => {
    for (const presenceMinutes of [-5, 100_000]) {
      assert.deepEqual((await ask({ cause: 'SUPPLIES', presenceMinutes })).data!.reinterventionQuote.field, ['presenceMinutes']);
    }
    const unknownCause = await ask({ cause: 'PLUMBER', presenceMinutes: 90 });
    assert.equal(unknownCause.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual((await ask({ cause: 'SUPPLIES', presenceMinutes: 90, country: 'US' })).data!.reinterventionQuote.field, ['country']);
    assert.deepEqual((await ask({ cause: 'SUPPLIES', presenceMinutes: 90, at: '2020-01-01T00:00:00Z' })).data!.reinterventionQuote.field, ['at']);
  });

  it('versions the terms: a new rate applies from its day, earlier jobs keep theirs, and bad terms change nothing', async () => {
    const publishable = await gateway.graphql(UPDATE, { input: { hourlyRateMinor: 5000 } });
    assert.equal(publishable.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const refused = await gateway.graphql<{ updateReinterventionTerms: { code: string; field: string[] } }>(UPDATE, { input: { hourlyRateMinor: -1, billableCauses: ['SUPPLIES', 'INSTALLER'] } }, { key: 'sk_demo' });
    assert.deepEqual(refused.body.data?.updateReinterventionTerms.field, ['hourlyRateMinor', 'billableCauses']);
    const past = await gateway.graphql<{ updateReinterventionTerms: { code: string } }>(UPDATE, { input: { hourlyRateMinor: 5000, effectiveFrom: '2025-01-01T00:00:00Z' } }, { key: 'sk_demo' });
    assert.equal(past.body.data?.updateReinterventionTerms.code, 'IN_THE_PAST');

    const updated = await gateway.graphql<{ updateReinterventionTerms: { hourlyRate: { amount: string }; granularity: string; thresholdMinutes: number } }>(
      UPDATE, { input: { hourlyRateMinor: 5000, granularity: 'PER_STARTED_QUARTER_HOUR', effectiveFrom: '2026-05-01T00:00:00Z' } }, { key: 'sk_demo' },
    );
    const version = updated.body.data!.updateReinterventionTerms as unknown as { hourlyRate: { amount: string }; granularity: string; thresholdMinutes: number; effectiveFrom: string; billableCauses: string[] };
    assert.deepEqual([version.hourlyRate.amount, version.granularity, version.thresholdMinutes, version.effectiveFrom, version.billableCauses], ['50.00', 'PER_STARTED_QUARTER_HOUR', 60, '2026-05-01T00:00:00.000Z', ['SUPPLIES', 'DESIGNER']]);
    const before = (await ask({ cause: 'SUPPLIES', presenceMinutes: 61 })).data!.reinterventionQuote;
    assert.equal(before.amountExclTax?.amount, '40.67', 'today: the old terms');
    const later = (await ask({ cause: 'SUPPLIES', presenceMinutes: 61, at: '2026-05-02T09:00:00Z' })).data!.reinterventionQuote;
    assert.deepEqual([later.billedMinutes, later.amountExclTax?.amount], [75, '62.50']);
  });
});
