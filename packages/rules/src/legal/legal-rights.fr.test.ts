import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { remedy, repair, rightOf, rightsFor } from './legal-rights.fixtures.js';

/** France, from the Code de la consommation and the Code civil: dates on both sides of each boundary. */
describe('legal rights in France', () => {
  describe('the legal guarantee of conformity', () => {
    const cases = [
      // purchase, condition, rule, ends on, presumption ends on
      { purchase: '2024-08-20', condition: 'NEW', rule: 'FR-CONFORMITY-2022', endsOn: '2026-08-20', presumption: '2026-08-20' },
      { purchase: '2024-08-20', condition: 'USED', rule: 'FR-CONFORMITY-2022', endsOn: '2026-08-20', presumption: '2025-08-20' },
      { purchase: '2024-02-29', condition: 'NEW', rule: 'FR-CONFORMITY-2022', endsOn: '2026-02-28', presumption: '2026-02-28' },
      { purchase: '2021-12-31', condition: 'NEW', rule: 'FR-CONFORMITY-2016', endsOn: '2023-12-31', presumption: '2023-12-31' },
      { purchase: '2021-12-31', condition: 'USED', rule: 'FR-CONFORMITY-2016', endsOn: '2023-12-31', presumption: '2022-06-30' },
      { purchase: '2022-01-01', condition: 'NEW', rule: 'FR-CONFORMITY-2022', endsOn: '2024-01-01', presumption: '2024-01-01' },
      { purchase: '2016-03-17', condition: 'NEW', rule: 'FR-CONFORMITY-2005', endsOn: '2018-03-17', presumption: '2016-09-17' },
      { purchase: '2016-03-18', condition: 'NEW', rule: 'FR-CONFORMITY-2016', endsOn: '2018-03-18', presumption: '2018-03-18' },
      { purchase: '2026-07-30', condition: 'NEW', rule: 'FR-CONFORMITY-2022', endsOn: '2028-07-30', presumption: '2028-07-30' },
      { purchase: '2026-07-31', condition: 'NEW', rule: 'FR-CONFORMITY-2026', endsOn: '2028-07-31', presumption: '2028-07-31' },
    ] as const;
    for (const c of cases) {
      it(`${c.condition.toLowerCase()} goods bought on ${c.purchase}: ${c.rule}, to ${c.endsOn}, presumed to ${c.presumption}`, () => {
        const right = rightOf(rightsFor({ country: 'FR', purchaseDate: c.purchase, asOf: c.purchase, condition: c.condition }), 'CONFORMITY');
        assert.equal(right?.ruleId, c.rule);
        assert.equal(right?.jurisdiction, 'FR');
        assert.equal(right?.liable, 'SELLER');
        assert.equal(right?.endsOn, c.endsOn);
        assert.equal(right?.presumptionEndsOn, c.presumption);
      });
    }

    it('is active on its last day and not the day after, counted from delivery', () => {
      const on = (asOf: string) => rightOf(rightsFor({ country: 'FR', purchaseDate: '2024-08-10', deliveredOn: '2024-08-20', asOf }), 'CONFORMITY');
      assert.equal(on('2026-08-20')?.active, true);
      assert.equal(on('2026-08-21')?.active, false);
      assert.equal(on('2026-08-21')?.remedies.every((r) => !r.available), true);
    });

    it('is not shown by the EU floor as well: the national text says more', () => {
      const rights = rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf: '2024-09-01' });
      assert.equal(rights.filter((r) => r.kind === 'CONFORMITY').length, 1);
    });

    it('a free repair under it adds 6 months once, for sales before 31 July 2026', () => {
      const repairs = [repair('2025-03-01', '2025-03-10'), repair('2025-06-01', '2025-06-02', { fault: ['DOOR'] })];
      const right = rightOf(rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf: '2026-12-01', repairs }), 'CONFORMITY');
      assert.equal(right?.endsOn, '2027-02-20');
      assert.deepEqual(right?.extension, { kind: 'REPAIR', months: 6, repairedOn: '2025-03-10' });
      assert.equal(right?.active, true);
    });

    it('a repair under it adds 12 months once for sales from 31 July 2026 (Directive 2024/1799)', () => {
      const right = rightOf(rightsFor({ country: 'FR', purchaseDate: '2026-08-01', asOf: '2027-02-01', repairs: [repair('2027-01-05', '2027-01-10')] }), 'CONFORMITY');
      assert.equal(right?.endsOn, '2029-08-01');
    });

    it('a repair the customer paid for, or asked for after the guarantee, extends nothing', () => {
      const paid = rightOf(rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf: '2025-01-01', repairs: [repair('2024-12-01', '2024-12-02', { paidByCustomer: true })] }), 'CONFORMITY');
      assert.equal(paid?.endsOn, '2026-08-20');
      const late = rightOf(rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf: '2026-09-01', repairs: [repair('2026-08-21', '2026-08-25')] }), 'CONFORMITY');
      assert.equal(late?.endsOn, '2026-08-20');
      const lastDay = rightOf(rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf: '2026-09-01', repairs: [repair('2026-08-20', '2026-08-25')] }), 'CONFORMITY');
      assert.equal(lastDay?.endsOn, '2027-02-20');
    });

    it('a repair not done within 30 days opens a price reduction or a refund on the 31st day', () => {
      const on = (asOf: string) => rightOf(rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf, repairs: [repair('2025-01-01', null)] }), 'CONFORMITY');
      assert.equal(remedy(on('2025-01-31'), 'REFUND')?.available, false);
      assert.equal(remedy(on('2025-02-01'), 'REFUND')?.available, true);
      assert.equal(remedy(on('2025-02-01'), 'PRICE_REDUCTION')?.available, true);
      assert.equal(remedy(on('2025-01-31'), 'REPAIR')?.available, true);
    });

    it('a repair that could not be done, or a fault that came back, opens a refund; a new replacement guarantee is said', () => {
      const impossible = rightOf(rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf: '2025-02-01', repairs: [repair('2025-01-01', null, { notRepairable: true })] }), 'CONFORMITY');
      assert.equal(remedy(impossible, 'REFUND')?.available, true);
      assert.equal(impossible?.renewsOnReplacementAfterRepair, true);
      const cameBack = rightOf(rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf: '2025-03-01', repairs: [repair('2025-01-01', '2025-01-03'), repair('2025-02-20', null)] }), 'CONFORMITY');
      assert.equal(remedy(cameBack, 'REFUND')?.available, true);
      const otherFault = rightOf(rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf: '2025-02-21', repairs: [repair('2025-01-01', '2025-01-03'), repair('2025-02-20', null, { fault: ['DOOR'] })] }), 'CONFORMITY');
      assert.equal(remedy(otherFault, 'REFUND')?.available, false);
    });
  });

  describe('hidden defects (Code civil)', () => {
    it('has no fixed end, but cannot be used later than twenty years after the sale', () => {
      const on = (asOf: string) => rightOf(rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf }), 'HIDDEN_DEFECTS');
      assert.equal(on('2030-01-01')?.endsOn, null);
      assert.equal(on('2030-01-01')?.longStopOn, '2044-08-20');
      assert.equal(on('2044-08-20')?.active, true);
      assert.equal(on('2044-08-21')?.active, false);
      assert.deepEqual(on('2030-01-01')?.remedies.map((r) => r.kind), ['REFUND', 'PRICE_REDUCTION']);
    });
  });

  describe('the repair bonus (2024 scale)', () => {
    it('starts the day after the last guarantee ends, never while one covers the unit', () => {
      const on = (asOf: string) =>
        rightOf(rightsFor({ country: 'FR', category: 'WASHING_MACHINE', purchaseDate: '2022-05-10', asOf, commercialCoverEndsOn: '2024-05-09' }), 'REPAIR_BONUS');
      assert.equal(on('2024-05-10')?.startsOn, '2024-05-11');
      assert.equal(on('2024-05-10')?.active, false);
      assert.equal(on('2024-05-11')?.active, true);
      assert.equal(on('2024-05-11')?.bonus?.amountMinor, 5000);
      assert.equal(on('2024-05-11')?.liable, 'MANUFACTURER');
    });

    it('waits for a longer maker warranty', () => {
      const right = rightOf(rightsFor({ country: 'FR', category: 'REFRIGERATOR', purchaseDate: '2022-05-10', asOf: '2025-01-01', commercialCoverEndsOn: '2025-05-09' }), 'REPAIR_BONUS');
      assert.equal(right?.startsOn, '2025-05-10');
      assert.equal(right?.active, false);
      assert.equal(right?.bonus?.amountMinor, 2500);
    });

    it('is counted by category and by the scale in force on the judging day', () => {
      const vacuum = rightOf(rightsFor({ country: 'FR', category: 'vacuum cleaner', purchaseDate: '2020-01-01', asOf: '2024-01-01' }), 'REPAIR_BONUS');
      assert.equal(vacuum?.bonus?.amountMinor, 4000);
      assert.equal(rightOf(rightsFor({ country: 'FR', category: 'VACUUM_CLEANER', purchaseDate: '2020-01-01', asOf: '2023-12-31' }), 'REPAIR_BONUS'), undefined);
      assert.equal(rightOf(rightsFor({ country: 'FR', category: 'AIR_CONDITIONER', purchaseDate: '2020-01-01', asOf: '2025-01-01' }), 'REPAIR_BONUS'), undefined);
      assert.equal(rightOf(rightsFor({ country: 'DE', category: 'WASHING_MACHINE', purchaseDate: '2020-01-01', asOf: '2025-01-01' }), 'REPAIR_BONUS'), undefined);
    });
  });

  describe("the manufacturer's duty to repair (Directive 2024/1799, Annex II)", () => {
    it('exists from 31 July 2026, whatever the purchase date, for Annex II goods only', () => {
      const on = (asOf: string, category = 'WASHING_MACHINE') => rightOf(rightsFor({ country: 'FR', category, purchaseDate: '2020-01-01', asOf }), 'MANUFACTURER_REPAIR');
      assert.equal(on('2026-07-30'), undefined);
      assert.equal(on('2026-07-31')?.startsOn, '2026-07-31');
      assert.equal(on('2026-07-31')?.liable, 'MANUFACTURER');
      assert.equal(on('2026-07-31')?.jurisdiction, 'EU');
      assert.equal(on('2026-07-31')?.endsOn, null);
      assert.equal(on('2026-07-31', 'AIR_CONDITIONER'), undefined);
      assert.ok(on('2027-01-01', 'MOBILE_PHONE'));
    });
  });
});
