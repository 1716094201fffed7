import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { repair, rightOf, rightsFor } from './legal-rights.fixtures.js';

/** The Netherlands, Burgerlijk Wetboek book 7: conformity for the expected life, a 12-month presumption. */
describe('legal rights in the Netherlands', () => {
  it('has no fixed end: shown as such, never as a date', () => {
    const right = rightOf(rightsFor({ country: 'NL', purchaseDate: '2024-08-20', asOf: '2040-01-01' }), 'CONFORMITY');
    assert.equal(right?.ruleId, 'NL-CONFORMITY-2022');
    assert.equal(right?.jurisdiction, 'NL');
    assert.equal(right?.endsOn, null);
    assert.equal(right?.active, true);
    assert.ok(right?.remedies.every((r) => r.until === null));
  });

  const presumptions = [
    { purchase: '2024-08-20', presumption: '2025-08-20' },
    { purchase: '2022-01-01', presumption: '2023-01-01' },
    { purchase: '2021-12-31', presumption: '2022-06-30' },
    { purchase: '2021-08-31', presumption: '2022-02-28' },
  ];
  for (const c of presumptions) {
    it(`bought on ${c.purchase}: a defect is presumed until ${c.presumption}`, () => {
      assert.equal(rightOf(rightsFor({ country: 'NL', purchaseDate: c.purchase, asOf: c.purchase }), 'CONFORMITY')?.presumptionEndsOn, c.presumption);
    });
  }

  it('the EU floor is not repeated beside it, and a repair moves no date', () => {
    const rights = rightsFor({ country: 'NL', purchaseDate: '2026-08-01', asOf: '2027-03-01', repairs: [repair('2027-01-01', '2027-01-03')] });
    assert.deepEqual(rights.filter((r) => r.kind === 'CONFORMITY').map((r) => r.ruleId), ['NL-CONFORMITY-2022']);
    assert.equal(rights[0]?.extension, null);
    assert.equal(rightOf(rights, 'HIDDEN_DEFECTS'), undefined);
  });

  it('Annex II goods may be repaired by the manufacturer from 31 July 2026', () => {
    assert.ok(rightOf(rightsFor({ country: 'NL', category: 'DISHWASHER', purchaseDate: '2025-01-01', asOf: '2026-07-31' }), 'MANUFACTURER_REPAIR'));
    assert.equal(rightOf(rightsFor({ country: 'NL', category: 'DISHWASHER', purchaseDate: '2025-01-01', asOf: '2026-07-30' }), 'MANUFACTURER_REPAIR'), undefined);
  });
});
