import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rightsFor } from './legal-rights.fixtures.js';
import { recoursesFor } from './recourse.js';

describe('which layer answers, and who to turn to', () => {
  const layers = (country: string, purchaseDate: string, asOf: string, commercialActiveUntil: string | null, category = 'REFRIGERATOR') =>
    recoursesFor({ asOf, commercialActiveUntil, paidRepairAvailable: true, legalRights: rightsFor({ country, category, purchaseDate, asOf }) }).map((r) => `${r.layer}:${r.turnTo}${r.proofNeeded ? ':proof' : ''}`);

  it('in the presumption period, the seller under the legal guarantee comes first, then the maker', () => {
    assert.deepEqual(layers('DE', '2024-01-01', '2024-12-31', '2024-12-31'), ['LEGAL_GUARANTEE:SELLER', 'COMMERCIAL_WARRANTY:WARRANTOR', 'PAID_REPAIR:WARRANTOR']);
  });

  it('after it, the maker first, then the seller with proof', () => {
    assert.deepEqual(layers('DE', '2024-01-01', '2025-01-02', '2026-12-31'), ['COMMERCIAL_WARRANTY:WARRANTOR', 'LEGAL_GUARANTEE:SELLER:proof', 'PAID_REPAIR:WARRANTOR']);
  });

  it('out of every guarantee in France: hidden defects, the manufacturer, the bonus, then paid repair', () => {
    assert.deepEqual(layers('FR', '2020-01-01', '2026-09-01', null, 'WASHING_MACHINE'), [
      'LEGAL_GUARANTEE:SELLER:proof',
      'MANUFACTURER_REPAIR:MANUFACTURER',
      'REPAIR_BONUS:LABELLED_REPAIRER',
      'PAID_REPAIR:WARRANTOR',
    ]);
  });

  it('in China the three guarantees need no proof of the defect', () => {
    assert.deepEqual(layers('CN', '2024-08-20', '2025-03-01', null), ['LEGAL_GUARANTEE:SELLER', 'PAID_REPAIR:WARRANTOR']);
  });

  it('nothing open without any cover or paid repair', () => {
    assert.deepEqual(recoursesFor({ asOf: '2030-01-01', commercialActiveUntil: null, paidRepairAvailable: false, legalRights: [] }), []);
  });
});
