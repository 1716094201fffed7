import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessLegalRights } from './legal-rights.js';
import { legalRequest, remedy, repair, rightOf, rightsFor } from './legal-rights.fixtures.js';
import { STATUTORY_RULES, type StatutoryRule } from './statutory-rules.js';

/** Member states without a rule set of their own get the directive's floor, and say so. */
describe('legal rights: the EU floor', () => {
  const cases = [
    { country: 'DE', purchase: '2024-08-20', condition: 'NEW', rule: 'EU-2019-771-CONFORMITY', endsOn: '2026-08-20', presumption: '2025-08-20' },
    { country: 'IT', purchase: '2024-08-20', condition: 'USED', rule: 'EU-2019-771-CONFORMITY', endsOn: '2025-08-20', presumption: '2025-08-20' },
    { country: 'es', purchase: '2024-02-29', condition: 'NEW', rule: 'EU-2019-771-CONFORMITY', endsOn: '2026-02-28', presumption: '2025-02-28' },
    { country: 'BE', purchase: '2021-12-31', condition: 'NEW', rule: 'EU-1999-44-CONFORMITY', endsOn: '2023-12-31', presumption: '2022-06-30' },
    { country: 'BE', purchase: '2022-01-01', condition: 'NEW', rule: 'EU-2019-771-CONFORMITY', endsOn: '2024-01-01', presumption: '2023-01-01' },
    { country: 'AT', purchase: '2026-07-30', condition: 'NEW', rule: 'EU-2019-771-CONFORMITY', endsOn: '2028-07-30', presumption: '2027-07-30' },
    { country: 'AT', purchase: '2026-07-31', condition: 'NEW', rule: 'EU-2019-771-CONFORMITY-2026', endsOn: '2028-07-31', presumption: '2027-07-31' },
  ] as const;
  for (const c of cases) {
    it(`${c.country}, ${c.condition.toLowerCase()}, bought ${c.purchase}: ${c.rule} to ${c.endsOn}, presumed to ${c.presumption}`, () => {
      const right = rightOf(rightsFor({ country: c.country, purchaseDate: c.purchase, asOf: c.purchase, condition: c.condition }), 'CONFORMITY');
      assert.equal(right?.ruleId, c.rule);
      assert.equal(right?.jurisdiction, 'EU');
      assert.equal(right?.liable, 'SELLER');
      assert.equal(right?.floorOnly, true);
      assert.equal(right?.endsOn, c.endsOn);
      assert.equal(right?.presumptionEndsOn, c.presumption);
    });
  }

  it('nothing before the first directive applied, and nothing outside the EU without a rule set', () => {
    assert.deepEqual(rightsFor({ country: 'DE', purchaseDate: '2001-12-31', asOf: '2002-01-01' }), []);
    assert.deepEqual(rightsFor({ country: 'US', purchaseDate: '2024-08-20', asOf: '2024-08-21' }), []);
    assert.deepEqual(rightsFor({ country: 'CH', purchaseDate: '2024-08-20', asOf: '2024-08-21' }), []);
    assert.deepEqual(rightsFor({ country: null, purchaseDate: '2024-08-20', asOf: '2024-08-21' }), []);
  });

  it('a repair adds 12 months once for sales from 31 July 2026, nothing before', () => {
    const after = rightOf(rightsFor({ country: 'DE', purchaseDate: '2026-08-01', asOf: '2027-03-01', repairs: [repair('2027-01-01', '2027-01-04'), repair('2027-02-01', '2027-02-02', { fault: ['DOOR'] })] }), 'CONFORMITY');
    assert.equal(after?.endsOn, '2029-08-01');
    const before = rightOf(rightsFor({ country: 'DE', purchaseDate: '2026-07-30', asOf: '2027-03-01', repairs: [repair('2027-01-01', '2027-01-04')] }), 'CONFORMITY');
    assert.equal(before?.endsOn, '2028-07-30');
    assert.equal(before?.extension, null);
  });

  it('price reduction and refund open only once a repair failed or could not be done', () => {
    const fresh = rightOf(rightsFor({ country: 'DE', purchaseDate: '2025-01-01', asOf: '2025-06-01' }), 'CONFORMITY');
    assert.deepEqual(fresh?.remedies.map((r) => [r.kind, r.available]), [['REPAIR', true], ['REPLACEMENT', true], ['PRICE_REDUCTION', false], ['REFUND', false]]);
    // No fixed deadline in the directive: an open request alone does not open a refund.
    const waiting = rightOf(rightsFor({ country: 'DE', purchaseDate: '2025-01-01', asOf: '2025-06-01', repairs: [repair('2025-02-01', null)] }), 'CONFORMITY');
    assert.equal(remedy(waiting, 'REFUND')?.available, false);
    const impossible = rightOf(rightsFor({ country: 'DE', purchaseDate: '2025-01-01', asOf: '2025-06-01', repairs: [repair('2025-02-01', null, { notRepairable: true })] }), 'CONFORMITY');
    assert.equal(remedy(impossible, 'REFUND')?.available, true);
  });

  it('beside a national rule, the floor is shown when it says more', () => {
    const weak: StatutoryRule = { ...STATUTORY_RULES.find((r) => r.id === 'FR-CONFORMITY-2022')!, id: 'XX-WEAK', presumptionMonths: { NEW: 6, USED: 6 } };
    const rules = [...STATUTORY_RULES.filter((r) => r.jurisdiction !== 'FR' || r.kind !== 'CONFORMITY'), weak];
    const rights = rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf: '2024-09-01', rules });
    assert.deepEqual(rights.filter((r) => r.kind === 'CONFORMITY').map((r) => [r.ruleId, r.floorOnly]), [['XX-WEAK', false], ['EU-2019-771-CONFORMITY', false]]);
  });

  it('refuses a delivery before the purchase and days that do not exist, by field', () => {
    const early = assessLegalRights(legalRequest({ country: 'DE', purchaseDate: '2024-08-20', deliveredOn: '2024-08-19', asOf: '2024-09-01' }));
    assert.equal(early.ok, false);
    assert.deepEqual(!early.ok && [early.violation.code, early.violation.field], ['DELIVERY_BEFORE_PURCHASE', ['deliveredOn']]);
    const bad = assessLegalRights(legalRequest({ country: 'DE', purchaseDate: '2024-02-30', asOf: '2024-09-01' }));
    assert.deepEqual(!bad.ok && [bad.violation.code, bad.violation.field], ['INVALID_DATE', ['purchaseDate']]);
  });
});
