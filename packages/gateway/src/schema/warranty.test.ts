import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { WARRANTY_CHECK } from '../testing/warranty-fixtures.js';

interface CheckResult {
  warrantyCheck: {
    __typename: string;
    status?: string;
    message?: string;
    code?: string;
    field?: string[] | null;
    purchaseDate?: string;
    asOf?: string;
    explanation?: string;
    coverages?: { part: string; startsOn: string; endsOn: string; active: boolean; daysLeft: number; extendedByDays: number }[];
    remedies?: { kind: string; until: string }[];
    exclusions?: { code: string; description: string }[];
  };
}

describe('warrantyCheck over HTTP', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(() => gateway.close());

  const check = async (input: Record<string, unknown>, options?: { key?: string | null; headers?: Record<string, string> }) => {
    const response = await gateway.graphql<CheckResult>(WARRANTY_CHECK, { input }, options);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const result = response.body.data?.warrantyCheck;
    assert.ok(result, JSON.stringify(response.body));
    return result;
  };

  it('the demo fridge bought 20 months ago: whole unit expired, compressor covered, with the right dates', async () => {
    const result = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20', country: 'FR' });
    assert.equal(result.__typename, 'WarrantyCheck');
    assert.equal(result.status, 'PARTLY_COVERED');
    assert.equal(result.asOf, '2026-04-20', "today in the tenant's zone");
    const byPart = new Map(result.coverages?.map((c) => [c.part, c]));
    assert.equal(byPart.size, 15);
    assert.deepEqual(byPart.get('WHOLE_UNIT'), { part: 'WHOLE_UNIT', startsOn: '2024-08-20', endsOn: '2025-08-19', active: false, daysLeft: 0, extendedByDays: 0, policyName: 'Haier refrigerator warranty' });
    assert.equal(byPart.get('COMPRESSOR')?.endsOn, '2027-08-19');
    assert.equal(byPart.get('COMPRESSOR')?.active, true);
    assert.deepEqual(result.remedies, [{ kind: 'REPAIR', until: '2027-08-19' }]);
    assert.equal(result.exclusions?.length, 4);
    assert.match(result.explanation ?? '', /whole unit ended on August 19, 2025/);
  });

  it('answers in the language the request asks for', async () => {
    const result = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20' }, { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
    assert.match(result.explanation ?? '', /a pris fin le 19 août 2025/);
    const british = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20' }, { headers: { 'accept-language': 'en-GB' } });
    assert.match(british.explanation ?? '', /whole unit ended on 19 August 2025/);
    assert.equal(result.exclusions?.find((e) => e.code === 'ALTERED_INVOICE')?.description, 'La facture a été modifiée.');
  });

  it('answers in Dutch and in Chinese, with no English words of its own', async () => {
    const dutch = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20' }, { headers: { 'accept-language': 'nl-BE' } });
    assert.equal(
      dutch.explanation,
      'De garantie op het volledige toestel is op 19 augustus 2025 afgelopen, maar 14 onderdelen blijven gratis gedekt, uiterlijk tot 19 augustus 2027. Andere reparaties zijn niet gratis.',
    );
    assert.equal(dutch.exclusions?.find((e) => e.code === 'ALTERED_INVOICE')?.description, 'De factuur is gewijzigd.');
    const chinese = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20' }, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    assert.equal(chinese.explanation, '整机保修已于2025年8月19日到期，但仍有14个部件享受免费保修，最晚至2027年8月19日。其他维修需要付费。');
    assert.equal(chinese.exclusions?.find((e) => e.code === 'NO_PROOF_OF_PURCHASE')?.description, '您无法出示保修卡或发票。');
    const covered = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2025-09-01' }, { headers: { 'accept-language': 'nl' } });
    assert.match(covered.explanation ?? '', /^Uw .* is volledig en gratis gedekt tot 31 augustus 2026\.$/);
  });

  it('by serial number: the registered purchase, extended by its days in repair', async () => {
    const result = await check({ serialNumber: 'hrf1-2024-0001' });
    assert.equal(result.purchaseDate, '2024-08-20');
    const wholeUnit = result.coverages?.find((c) => c.part === 'WHOLE_UNIT');
    assert.equal(wholeUnit?.extendedByDays, 10);
    assert.equal(wholeUnit?.endsOn, '2025-08-29');
  });

  it('judges on another day with asOf, and the 7- and 15-day remedies run from the purchase', async () => {
    const result = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2026-04-15', asOf: '2026-04-20' });
    assert.equal(result.status, 'COVERED');
    assert.deepEqual(result.remedies?.map((r) => `${r.kind}:${r.until}`), ['RETURN:2026-04-22', 'EXCHANGE:2026-04-30', 'REPAIR:2029-04-14']);
  });

  it('air conditioners by purchase date and city, and NO_POLICY where none applies', async () => {
    const qingdao = await check({ serialNumber: 'HAC-INV-QD-0001' });
    assert.equal(qingdao.status, 'EXPIRED');
    assert.deepEqual(qingdao.coverages?.map((c) => [c.part, c.endsOn]), [['WHOLE_UNIT', '2022-05-09'], ['COMPRESSOR', '2022-05-09'], ['PARTS', '2022-05-09']]);
    const paris = await check({ productModel: 'HAC-DEMO-INV', purchaseDate: '2019-03-01', country: 'FR', city: 'Paris' });
    assert.equal(paris.status, 'NO_POLICY');
    assert.deepEqual(paris.coverages, []);
    assert.match(paris.explanation ?? '', /only to purchases made in Jinan/);
    const fluorineFree = await check({ productModel: 'HAC-DEMO-FF', purchaseDate: '2021-04-01' });
    assert.equal(fluorineFree.status, 'COVERED');
    assert.equal(fluorineFree.coverages?.[0]?.endsOn, '2031-03-31');
  });

  it('typed errors: unknown model, unknown serial, purchase after the judging day, missing fields', async () => {
    const unknownModel = await check({ productModel: 'NOPE-1', purchaseDate: '2024-08-20' });
    assert.equal(unknownModel.__typename, 'ProductNotFound');
    assert.equal(unknownModel.code, 'PRODUCT_NOT_FOUND');
    const unknownSerial = await check({ serialNumber: 'NOT-A-SERIAL' });
    assert.equal(unknownSerial.__typename, 'ProductNotFound');
    const future = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2026-05-01' });
    assert.equal(future.__typename, 'InvalidInput');
    assert.equal(future.code, 'PURCHASE_AFTER_JUDGING_DAY');
    assert.deepEqual(future.field, ['purchaseDate']);
    const missing = await check({ productModel: 'HRF-DEMO-1' });
    assert.deepEqual(missing.field, ['purchaseDate']);
    const badCountry = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20', country: 'France' });
    assert.deepEqual(badCountry.field, ['country']);
  });

  it('an impossible date is refused before execution with a 400 and a code', async () => {
    const response = await gateway.graphql(WARRANTY_CHECK, { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2025-02-29' } });
    assert.equal(response.status, 400);
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(response.body.errors?.[0]?.message ?? '', /real calendar day/);
  });
});
