import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HAIER_SEED_001_POLICIES } from '../warranty/reference-policies.js';
import { checkWarranty } from '../warranty/warranty-check.js';
import { isRepairCovered } from './repair-coverage.js';

function assess(productLines: string[], purchaseDate: string, asOf: string) {
  const decision = checkWarranty({ productLines, purchaseDate, asOf, place: { country: 'FR', city: null }, policies: HAIER_SEED_001_POLICIES, servicePeriods: [] });
  assert.ok(decision.ok);
  return decision.value;
}

describe('is the repair covered?', () => {
  it('the first year, whatever the part', () => {
    assert.equal(isRepairCovered(assess(['haier-refrigerator'], '2025-06-01', '2026-01-01'), []), true);
  });

  it('after the first year, only a main part in its 3 years', () => {
    const fridge = assess(['haier-refrigerator'], '2024-08-20', '2026-04-20');
    assert.equal(isRepairCovered(fridge, ['COMPRESSOR']), true);
    assert.equal(isRepairCovered(fridge, ['COMPRESSOR', 'DOOR']), true);
    assert.equal(isRepairCovered(fridge, ['COMPRESSOR', 'LIGHT_BULB']), false);
    assert.equal(isRepairCovered(fridge, []), false, 'an unknown fault is not assumed covered');
  });

  it('a PARTS cover covers any part; nothing is covered once every cover ended or none applies', () => {
    const earlyAc = assess(['haier-ac-inverter'], '2007-06-01', '2012-01-01');
    assert.equal(isRepairCovered(earlyAc, ['COMPRESSOR']), true);
    assert.equal(isRepairCovered(earlyAc, ['FAN_MOTOR']), false);
    assert.equal(isRepairCovered(assess(['haier-ac-fluorine-free'], '2012-01-01', '2015-01-01'), ['FAN_MOTOR']), true);
    assert.equal(isRepairCovered(assess(['haier-refrigerator'], '2010-01-01', '2020-01-01'), ['COMPRESSOR']), false);
    assert.equal(isRepairCovered(assess(['none'], '2020-01-01', '2021-01-01'), ['COMPRESSOR']), false);
  });
});
