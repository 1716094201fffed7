import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseWarrantyQuestion } from './warranty-check-input.js';

const refusal = (question: Parameters<typeof normaliseWarrantyQuestion>[0]) => {
  const decision = normaliseWarrantyQuestion(question);
  assert.equal(decision.ok, false);
  return decision.ok ? undefined : decision.violation;
};

describe('warranty question', () => {
  it('takes a serial number alone, trimmed and upper-cased', () => {
    assert.deepEqual(normaliseWarrantyQuestion({ serialNumber: ' hrf1-2024-0001 ' }), {
      ok: true,
      value: { by: 'serial', serialNumber: 'HRF1-2024-0001', productModel: null, purchaseDate: null, country: null, city: null, asOf: null },
    });
  });

  it('takes a model with its purchase date and place', () => {
    const decision = normaliseWarrantyQuestion({ productModel: 'hrf-demo-1', purchaseDate: '2024-08-20', country: 'fr', city: ' Paris ' });
    assert.deepEqual(decision.ok && decision.value, { by: 'model', productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20', country: 'FR', city: 'Paris', asOf: null });
  });

  it('names the field at fault', () => {
    assert.deepEqual(refusal({})?.field, ['serialNumber', 'productModel']);
    assert.deepEqual(refusal({ productModel: 'HRF-DEMO-1' })?.field, ['purchaseDate']);
    assert.deepEqual(refusal({ productModel: 'HRF-DEMO-1', purchaseDate: '2024-02-30' })?.field, ['purchaseDate']);
    assert.deepEqual(refusal({ serialNumber: 'X', asOf: '2024-13-01' })?.field, ['asOf']);
    assert.deepEqual(refusal({ serialNumber: 'X', country: 'France' })?.field, ['country']);
    assert.equal(refusal({ serialNumber: 'X'.repeat(101) })?.code, 'TOO_LONG');
    assert.equal(refusal({ serialNumber: '   ', productModel: '' })?.code, 'REQUIRED');
  });
});
