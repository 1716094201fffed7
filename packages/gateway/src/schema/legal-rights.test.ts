import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REQUEST_REPAIR, type RepairAnswer, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const CHECK = /* GraphQL */ `
  query Check($input: WarrantyCheckInput!) {
    warrantyCheck(input: $input) {
      __typename
      ... on WarrantyCheck {
        status legalNotice
        legalRights {
          jurisdiction kind ruleSet startsOn endsOn presumptionEndsOn extendedByRepair active liable
          remedies { kind available until }
          repairBonus { amount currency }
          source sourceUrl explanation
        }
        recourse { layer turnTo legalKind until proofNeeded free explanation }
      }
      ... on Error { code message }
      ... on InvalidInput { field }
    }
  }
`;

interface Right {
  jurisdiction: string; kind: string; ruleSet: string; startsOn: string; endsOn: string | null; presumptionEndsOn: string | null;
  extendedByRepair: boolean; active: boolean; liable: string; remedies: { kind: string; available: boolean; until: string | null }[];
  repairBonus: { amount: string; currency: string } | null; source: string; sourceUrl: string | null; explanation: string;
}
interface Check {
  __typename: string; code?: string; field?: string[]; status?: string; legalNotice?: string;
  legalRights?: Right[]; recourse?: { layer: string; turnTo: string; legalKind: string | null; until: string | null; proofNeeded: boolean; free: boolean; explanation: string }[];
}

describe('warrantyCheck: the legal layer beside the maker’s warranty', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(() => gateway.close());

  const check = async (input: Record<string, unknown>, language = 'en'): Promise<Check> => {
    const response = await gateway.graphql<{ warrantyCheck: Check }>(CHECK, { input }, { headers: { 'accept-language': language } });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.data!.warrantyCheck;
  };

  it('France: the legal guarantee to the day the law counts, hidden defects, each cited, in French', async () => {
    const result = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20', country: 'FR' }, 'fr-FR,fr;q=0.9');
    assert.equal(result.__typename, 'WarrantyCheck');
    const [conformity, hidden] = result.legalRights!;
    assert.deepEqual(
      [conformity?.jurisdiction, conformity?.kind, conformity?.ruleSet, conformity?.startsOn, conformity?.endsOn, conformity?.presumptionEndsOn, conformity?.active, conformity?.liable],
      ['FR', 'CONFORMITY', 'FR-CONFORMITY-2022', '2024-08-20', '2026-08-20', '2026-08-20', true, 'SELLER'],
    );
    assert.match(conformity!.source, /L217-3/);
    assert.match(conformity!.sourceUrl!, /^https:\/\/www\.legifrance\.gouv\.fr\//);
    assert.match(conformity!.explanation, /Jusqu'au 20 août 2026, le vendeur doit remédier gratuitement/);
    assert.deepEqual(conformity!.remedies.map((r) => [r.kind, r.available]), [['REPAIR', true], ['REPLACEMENT', true], ['PRICE_REDUCTION', false], ['REFUND', false]]);
    assert.equal(hidden?.kind, 'HIDDEN_DEFECTS');
    assert.equal(hidden?.endsOn, null);
    assert.match(result.legalNotice!, /pas un conseil juridique/);
    // The maker's whole-unit cover ended; the seller's legal guarantee, presumed, is the first recourse.
    assert.deepEqual(result.recourse!.map((r) => [r.layer, r.turnTo, r.proofNeeded]), [
      ['LEGAL_GUARANTEE', 'SELLER', false],
      ['COMMERCIAL_WARRANTY', 'WARRANTOR', false],
      ['LEGAL_GUARANTEE', 'SELLER', true],
      ['PAID_REPAIR', 'WARRANTOR', false],
    ]);
    assert.match(result.recourse![0]!.explanation, /vendeur/);
  });

  it('speaks Dutch and Chinese too, and English by default', async () => {
    const input = { productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20', country: 'NL' };
    const dutch = await check(input, 'nl-NL');
    assert.equal(dutch.legalRights![0]!.endsOn, null, 'the Netherlands: the expected life, no fixed date');
    assert.equal(dutch.legalRights![0]!.presumptionEndsOn, '2025-08-20');
    assert.match(dutch.legalRights![0]!.explanation, /redelijkerwijs/);
    assert.match(dutch.legalNotice!, /geen juridisch advies/);
    const chinese = await check(input, 'zh-CN');
    assert.match(chinese.legalRights![0]!.explanation, /[\u4e00-\u9fff]/);
    const english = await check(input, 'de-DE');
    assert.match(english.legalRights![0]!.explanation, /reasonably be expected to last/);
  });

  it('a member state without a rule set of its own gets the EU floor, and says so', async () => {
    const result = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2025-06-01', country: 'DE' });
    const [floor] = result.legalRights!;
    assert.deepEqual([floor?.jurisdiction, floor?.ruleSet, floor?.endsOn, floor?.presumptionEndsOn, floor?.liable], ['EU', 'EU-2019-771-CONFORMITY', '2027-06-01', '2026-06-01', 'SELLER']);
    assert.match(floor!.explanation, /Germany/);
    assert.match(floor!.sourceUrl!, /eur-lex\.europa\.eu/);
  });

  it('China: the three guarantees, with the return and exchange windows of seed 001', async () => {
    const result = await check({ productModel: 'HAC-DEMO-INV', purchaseDate: '2026-04-10', country: 'CN', city: 'Qingdao' });
    const three = result.legalRights!.find((r) => r.kind === 'THREE_GUARANTEES')!;
    assert.equal(three.endsOn, '2027-04-10');
    assert.deepEqual(three.remedies.filter((r) => r.kind === 'RETURN' || r.kind === 'EXCHANGE').map((r) => [r.kind, r.available, r.until]), [
      ['RETURN', false, '2026-04-17'],
      ['EXCHANGE', true, '2026-04-25'],
    ]);
    assert.equal(result.legalRights!.length, 1);
  });

  it('counts from a later delivery, shortens the presumption for used goods, and refuses a delivery before the purchase', async () => {
    const used = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2025-01-10', deliveredOn: '2025-01-20', condition: 'USED', country: 'FR' });
    assert.deepEqual([used.legalRights![0]!.startsOn, used.legalRights![0]!.endsOn, used.legalRights![0]!.presumptionEndsOn], ['2025-01-20', '2027-01-20', '2026-01-20']);
    const early = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2025-01-10', deliveredOn: '2025-01-09', country: 'FR' });
    assert.deepEqual([early.__typename, early.code, early.field], ['InvalidInput', 'DELIVERY_BEFORE_PURCHASE', ['deliveredOn']]);
    const unknownCountry = await check({ productModel: 'HRF-DEMO-1', purchaseDate: '2025-01-10' });
    assert.deepEqual(unknownCountry.legalRights, []);
  });

  it("a repair recorded on the unit's ticket extends the legal guarantee as the law says", async () => {
    const serial = { serialNumber: 'HRF1-2024-0001' };
    const before = await check(serial);
    assert.equal(before.legalRights![0]!.endsOn, '2026-08-20');
    assert.equal(before.legalRights![0]!.extendedByRepair, false);

    const booked = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest(serial) });
    const trackingCode = booked.body.data!.requestRepair.ticket!.trackingCode;
    const desk = async (name: string, inputType: string, input: Record<string, unknown>) => {
      const response = await gateway.graphql<Record<string, { __typename: string; code?: string }>>(
        `mutation($input: ${inputType}!) { ${name}(input: $input) { __typename ... on Error { code } } }`,
        { input: { trackingCode, ...input } },
        { key: 'sk_demo' },
      );
      assert.equal(response.body.data?.[name]?.__typename, 'RepairChanged', `${name}: ${JSON.stringify(response.body)}`);
    };
    gateway.setNow(new Date('2026-04-21T08:00:00Z'));
    await desk('arriveOnSite', 'ArriveOnSiteInput', {});
    await desk('recordRepairOutcome', 'RecordRepairOutcomeInput', { outcome: 'REPAIRED', partsUsed: ['COMPRESSOR'], minutesOnSite: 60, note: 'Compressor replaced.' });

    const after = await check(serial);
    const conformity = after.legalRights![0]!;
    assert.equal(conformity.endsOn, '2027-02-20', 'six more months after a repair under the legal guarantee (L217-13)');
    assert.equal(conformity.extendedByRepair, true);
    assert.match(conformity.explanation, /extended by 6 months/);
  });

  it("a QualiRépar-labelled repairer's quote deducts the bonus réparation once nothing covers the unit, and only then", async () => {
    const quoteLines = async (labelled: boolean) => {
      const settings = await gateway.graphql<{ updateServiceSettings: { settings?: { qualiReparLabelled: boolean } } }>(
        `mutation($input: UpdateServiceSettingsInput!) { updateServiceSettings(input: $input) { ... on ServiceSettingsUpdated { settings { qualiReparLabelled } } } }`,
        { input: { qualiReparLabelled: labelled } },
        { key: 'sk_demo' },
      );
      assert.equal(settings.body.data?.updateServiceSettings.settings?.qualiReparLabelled, labelled);
      // Bought in France in 2019: the maker's warranty and the legal guarantee have both ended.
      const booked = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest({ purchaseDate: '2019-01-10', slotStart: '2026-04-22T06:00:00.000Z' }) });
      const trackingCode = booked.body.data!.requestRepair.ticket!.trackingCode;
      await gateway.graphql(`mutation($input: ArriveOnSiteInput!) { arriveOnSite(input: $input) { __typename } }`, { input: { trackingCode } }, { key: 'sk_demo' });
      const quoted = await gateway.graphql<{ sendQuote: { ticket?: { quote: { lines: { kind: string; amount: { amount: string } }[]; total: { amount: string } } } } }>(
        `mutation($input: SendQuoteInput!) { sendQuote(input: $input) { ... on RepairChanged { ticket { quote { lines { kind amount { amount } } total { amount } } } } ... on Error { code message } } }`,
        { input: { trackingCode, parts: ['FILTER'], labourMinutes: 30 } },
        { key: 'sk_demo' },
      );
      const quote = quoted.body.data?.sendQuote.ticket?.quote;
      assert.ok(quote, JSON.stringify(quoted.body));
      return { lines: quote.lines.map((line) => [line.kind, line.amount.amount]), total: quote.total.amount };
    };
    const unlabelled = await quoteLines(false);
    assert.equal(unlabelled.lines.some(([kind]) => kind === 'REPAIR_BONUS'), false);
    const labelled = await quoteLines(true);
    assert.deepEqual(labelled.lines.at(-1), ['REPAIR_BONUS', '-25.00'], 'the 2024 scale for a refrigerator');
    assert.equal(Number(labelled.total), Number(unlabelled.total) - 25);
  });
});
