import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REQUEST_REPAIR, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const OPTIONS = /* GraphQL */ `
  query Options($productModel: String!) {
    repairOptions(productModel: $productModel) {
      __typename
      ... on RepairOptions { product { name } symptoms { code label } priceList { currency callOut { amount currency } labourPerHour { amount } } }
      ... on Error { code }
    }
  }
`;

const ESTIMATE = /* GraphQL */ `
  query Estimate($input: RepairEstimateInput!) {
    repairEstimate(input: $input) {
      __typename
      ... on RepairEstimate {
        warrantyStatus covered likelyParts repairLocation visitMinutes pricedPart explanation
        callOut { amount currency } labour { amount } parts { amount } total { amount currency }
      }
      ... on Error { code message }
      ... on InvalidInput { field }
    }
  }
`;

interface Estimate {
  __typename: string;
  warrantyStatus?: string | null;
  covered?: boolean;
  likelyParts?: string[];
  pricedPart?: string | null;
  explanation?: string;
  callOut?: { amount: string; currency: string } | null;
  labour?: { amount: string } | null;
  parts?: { amount: string } | null;
  total?: { amount: string; currency: string } | null;
  field?: string[];
}

describe('before booking: repair options and the price estimate', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(() => gateway.close());

  const estimate = async (input: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await gateway.graphql<{ repairEstimate: Estimate }>(ESTIMATE, { input: { productModel: 'HRF-DEMO-1', ...input } }, { headers });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.data!.repairEstimate;
  };

  it("lists the product's symptoms in the request's language, and the price list", async () => {
    const english = await gateway.graphql<{ repairOptions: { symptoms: { code: string; label: string }[]; priceList: { currency: string; callOut: { amount: string } } } }>(OPTIONS, { productModel: 'hrf-demo-1' });
    const options = english.body.data!.repairOptions;
    assert.ok(options.symptoms.some((s) => s.code === 'NOT_COOLING'));
    assert.deepEqual(options.priceList.callOut, { amount: '49.00', currency: 'EUR' });
    const french = await gateway.graphql<{ repairOptions: { symptoms: { code: string; label: string }[] } }>(OPTIONS, { productModel: 'HRF-DEMO-1' }, { headers: { 'accept-language': 'fr' } });
    assert.notEqual(french.body.data!.repairOptions.symptoms[0]?.label, options.symptoms[0]?.label);
    const unknown = await gateway.graphql<{ repairOptions: { __typename: string } }>(OPTIONS, { productModel: 'NOPE' });
    assert.equal(unknown.body.data!.repairOptions.__typename, 'ProductNotFound');
  });

  it('speaks Dutch and Chinese: symptom labels and the estimate in the words of the request', async () => {
    const dutch = await gateway.graphql<{ repairOptions: { symptoms: { code: string; label: string }[] } }>(OPTIONS, { productModel: 'HRF-DEMO-1' }, { headers: { 'accept-language': 'nl-BE,nl;q=0.9' } });
    const labels = new Map(dutch.body.data!.repairOptions.symptoms.map((s) => [s.code, s.label]));
    assert.equal(labels.get('NOT_COOLING'), 'Koelt niet meer');
    assert.equal(labels.get('OTHER'), 'Iets anders');
    const chinese = await gateway.graphql<{ repairOptions: { symptoms: { code: string; label: string }[] } }>(OPTIONS, { productModel: 'HRF-DEMO-1' }, { headers: { 'accept-language': 'zh-CN' } });
    assert.equal(chinese.body.data!.repairOptions.symptoms.find((s) => s.code === 'LEAKING_WATER')?.label, '漏水');
    const covered = await estimate({ purchaseDate: '2025-09-01', symptoms: ['NOT_COOLING'] }, { 'accept-language': 'nl-BE' });
    assert.equal(covered.explanation, 'De garantie dekt deze reparatie: u betaalt niets. De technicus bevestigt dit ter plaatse.');
    const unknown = await estimate({ fault: 'Mijn koelkast koelt niet meer' }, { 'accept-language': 'nl' });
    assert.ok(unknown.likelyParts?.includes('FAN_MOTOR'), 'Dutch words reveal the symptom');
    assert.equal(unknown.explanation, 'Zonder aankoopdatum kunnen wij de garantie niet controleren. Dit is de prijslijst die van toepassing is; de technicus bevestigt de prijs met u voordat er betaald werk gebeurt.');
    const inChinese = await estimate({ fault: '冰箱不制冷了' }, { 'accept-language': 'zh-CN' });
    assert.ok(inChinese.likelyParts?.includes('FAN_MOTOR'), 'Chinese words reveal the symptom');
    assert.equal(inChinese.explanation, '没有购买日期，我们无法核实保修情况。以下是适用的价目表；在进行任何付费维修之前，技术人员会与您确认价格。');
  });

  it('a covered repair costs nothing, and says so', async () => {
    const result = await estimate({ purchaseDate: '2025-09-01', symptoms: ['NOT_COOLING'] });
    assert.equal(result.warrantyStatus, 'COVERED');
    assert.equal(result.covered, true);
    assert.deepEqual(result.total, { amount: '0.00', currency: 'EUR' });
    assert.match(result.explanation ?? '', /you pay nothing/);
  });

  it('an uncovered repair shows the price list before booking', async () => {
    const result = await estimate({ purchaseDate: '2020-01-10', symptoms: ['NOT_COOLING'] });
    assert.equal(result.warrantyStatus, 'EXPIRED');
    assert.equal(result.covered, false);
    assert.equal(result.callOut?.amount, '49.00');
    const total = Number(result.callOut!.amount) + Number(result.labour!.amount) + Number(result.parts!.amount);
    assert.equal(result.total?.amount, total.toFixed(2));
    assert.ok(result.pricedPart && result.likelyParts?.includes(result.pricedPart));
    assert.match(result.explanation ?? '', /does not cover/);
  });

  it('without a purchase date the warranty is unknown, and a bad input is typed', async () => {
    const unknown = await estimate({ symptoms: ['NOISY'] });
    assert.equal(unknown.warrantyStatus, null);
    assert.equal(unknown.covered, false);
    assert.match(unknown.explanation ?? '', /Without a purchase date/);
    assert.deepEqual((await estimate({ fault: 'x'.repeat(2001) })).field, ['fault']);
    assert.equal((await estimate({ productModel: 'NOPE' })).__typename, 'ProductNotFound');
  });

  it("a booked ticket carries its visit as an iCalendar file", async () => {
    const response = await gateway.graphql<{ requestRepair: { ticket: { calendar: string } } }>(
      REQUEST_REPAIR.replace('warrantyStatus visit {', 'warrantyStatus calendar visit {'),
      { input: repairRequest() },
    );
    const calendar = response.body.data!.requestRepair.ticket.calendar;
    assert.match(calendar, /^BEGIN:VCALENDAR\r\n/);
    assert.match(calendar, /\r\nDTSTART:20260421T060000Z\r\n/);
  });

  it("uses the tenant's own symptoms when it has them, SAV's defaults otherwise", async () => {
    const own = {
      REFRIGERATOR: {
        location: 'HOME',
        visitMinutes: 45,
        symptoms: [{ code: 'WOBBLY_SHELF', labels: { en: 'A shelf wobbles', fr: 'Une clayette bouge' }, likelyParts: ['CABINET'], keywords: ['shelf'], visitMinutes: 30 }],
      },
    };
    await gateway.configure((prisma) => prisma.tenant.update({ where: { slug: 'demo' }, data: { faultMapping: own } }));
    const listed = await gateway.graphql<{ repairOptions: { symptoms: { code: string; label: string }[] } }>(OPTIONS, { productModel: 'HRF-DEMO-1' }, { headers: { 'accept-language': 'fr' } });
    assert.deepEqual(listed.body.data!.repairOptions.symptoms, [{ code: 'WOBBLY_SHELF', label: 'Une clayette bouge' }]);
    const dutch = await gateway.graphql<{ repairOptions: { symptoms: { code: string; label: string }[] } }>(OPTIONS, { productModel: 'HRF-DEMO-1' }, { headers: { 'accept-language': 'nl' } });
    assert.deepEqual(dutch.body.data!.repairOptions.symptoms, [{ code: 'WOBBLY_SHELF', label: 'A shelf wobbles' }], 'a tenant symptom without a Dutch label, unknown to the defaults, is shown in English');
    const analysed = await estimate({ fault: 'The top shelf is loose' });
    assert.deepEqual(analysed.likelyParts, ['CABINET']);
    await gateway.configure((prisma) => prisma.tenant.update({ where: { slug: 'demo' }, data: { faultMapping: { REFRIGERATOR: { location: 'MOON' } } } }));
    const fallback = await gateway.graphql<{ repairOptions: { symptoms: { code: string }[] } }>(OPTIONS, { productModel: 'HRF-DEMO-1' });
    assert.ok(fallback.body.data!.repairOptions.symptoms.some((s) => s.code === 'NOT_COOLING'), 'a mapping that does not hold falls back to the defaults');
  });
});
