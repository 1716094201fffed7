import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeExclusion, explainWarranty } from './explanation.js';
import { HAIER_SEED_001_POLICIES } from './reference-policies.js';
import { checkWarranty, type WarrantyCheckRequest } from './warranty-check.js';

function assess(overrides: Partial<WarrantyCheckRequest>) {
  const decision = checkWarranty({
    productLines: ['haier-refrigerator'], purchaseDate: '2024-08-20', asOf: '2026-04-20', place: { country: 'FR', city: null },
    policies: HAIER_SEED_001_POLICIES, servicePeriods: [], ...overrides,
  });
  assert.ok(decision.ok);
  return decision.value;
}

describe('warranty explanation', () => {
  it('says in plain words what is still covered, in English and French', () => {
    const partly = assess({});
    assert.equal(
      explainWarranty(partly, { productName: 'Haier refrigerator', language: 'en', locale: 'en-GB' }),
      'The cover of the whole unit ended on 19 August 2025, but 14 parts are still covered free of charge, until 19 August 2027 at the latest. Other repairs are charged.',
    );
    assert.match(explainWarranty(partly, { productName: 'réfrigérateur Haier', language: 'fr' }), /^La garantie de l'appareil complet a pris fin le 19 août 2025, mais 14 pièces restent couvertes/);
  });

  it('covers every status', () => {
    assert.match(explainWarranty(assess({ asOf: '2024-09-01' }), { productName: 'fridge', language: 'en' }), /fully covered free of charge until August 19, 2025/);
    assert.match(explainWarranty(assess({ asOf: '2028-01-01' }), { productName: 'fridge', language: 'en' }), /ended on August 19, 2027\. Paid repair remains available\./);
    const noPolicy = assess({ productLines: ['haier-ac-inverter'], purchaseDate: '2012-05-10', place: { country: 'CN', city: null } });
    assert.match(explainWarranty(noPolicy, { productName: 'air conditioner', language: 'en' }), /No configured warranty applies.*only to purchases made in Jinan, Qingdao/);
  });

  it('describes exclusions in plain words, and never hides an unknown code', () => {
    assert.equal(describeExclusion('ALTERED_INVOICE', 'en'), 'The invoice has been altered.');
    assert.equal(describeExclusion('ALTERED_INVOICE', 'fr'), 'La facture a été modifiée.');
    assert.equal(describeExclusion('WATER_DAMAGE', 'en'), 'water damage');
  });
});
