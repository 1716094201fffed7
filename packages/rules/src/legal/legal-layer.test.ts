import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkQuoteUnderTheLaw, coveringLegalGuarantee, judgeLegalLayer } from './legal-layer.js';
import { legalRequest, rightsFor } from './legal-rights.fixtures.js';

describe("the law's layer beside the maker's warranty", () => {
  it("starts the bonus after the maker's whole-unit cover, and advises the warranty while any part is covered", () => {
    const request = legalRequest({ country: 'FR', category: 'WASHING_MACHINE', purchaseDate: '2020-01-01', asOf: '2025-06-01' });
    const layer = judgeLegalLayer(request, {
      coverages: [
        { part: 'WHOLE_UNIT', endsOn: '2024-12-31', active: false },
        { part: 'COMPRESSOR', endsOn: '2026-12-31', active: true },
      ],
      paidRepairAvailable: true,
    });
    assert.ok(layer.ok);
    assert.equal(layer.value.rights.find((r) => r.kind === 'REPAIR_BONUS')?.startsOn, '2025-01-01');
    assert.deepEqual(layer.value.recourse.map((r) => [r.layer, r.until]), [
      ['COMMERCIAL_WARRANTY', '2026-12-31'],
      ['LEGAL_GUARANTEE', null],
      ['REPAIR_BONUS', null],
      ['PAID_REPAIR', null],
    ]);
  });

  it('passes on a refusal of the dates', () => {
    const layer = judgeLegalLayer(legalRequest({ country: 'FR', purchaseDate: '2020-01-01', deliveredOn: '2019-12-31', asOf: '2025-06-01' }), { coverages: [], paidRepairAvailable: false });
    assert.deepEqual(!layer.ok && layer.violation.code, 'DELIVERY_BEFORE_PURCHASE');
  });
});

describe('charging for a repair under the law', () => {
  const underGuarantee = rightsFor({ country: 'FR', purchaseDate: '2025-01-10', asOf: '2026-04-20' });
  const outOfEverything = rightsFor({ country: 'FR', category: 'REFRIGERATOR', purchaseDate: '2019-01-10', asOf: '2026-04-20' });

  it('is refused while the legal guarantee covers the unit, unless the desk says why the fault is outside it', () => {
    assert.equal(coveringLegalGuarantee(underGuarantee)?.kind, 'CONFORMITY');
    const refused = checkQuoteUnderTheLaw(underGuarantee, { outsideLegalGuarantee: null, labelledRepairer: true });
    assert.deepEqual(!refused.ok && [refused.violation.code, refused.violation.field], ['LEGAL_GUARANTEE_COVERS', ['outsideLegalGuarantee']]);
    const outside = checkQuoteUnderTheLaw(underGuarantee, { outsideLegalGuarantee: 'Dropped during a move.', labelledRepairer: true });
    assert.deepEqual(outside, { ok: true, value: { repairBonus: null } }, 'no bonus inside the legal guarantee, whatever the fault');
  });

  it('deducts the bonus for a labelled repairer once nothing covers the unit, and only then', () => {
    assert.equal(coveringLegalGuarantee(outOfEverything), undefined);
    const labelled = checkQuoteUnderTheLaw(outOfEverything, { outsideLegalGuarantee: null, labelledRepairer: true });
    assert.equal(labelled.ok && labelled.value.repairBonus?.amountMinor, 2500);
    assert.deepEqual(checkQuoteUnderTheLaw(outOfEverything, { outsideLegalGuarantee: null, labelledRepairer: false }), { ok: true, value: { repairBonus: null } });
    const china = rightsFor({ country: 'CN', purchaseDate: '2019-01-10', asOf: '2026-04-20' });
    assert.deepEqual(checkQuoteUnderTheLaw(china, { outsideLegalGuarantee: null, labelledRepairer: true }), { ok: true, value: { repairBonus: null } });
  });
});
