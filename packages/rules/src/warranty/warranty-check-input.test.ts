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
      value: { by: 'serial', serialNumber: 'HRF1-2024-0001', productModel: null, purchaseDate: null, country: null, city: null, asOf: null, deliveredOn: null, condition: 'NEW' },
    });
  });

  it('takes a model with its purchase date and place', () => {
    const decision = normaliseWarrantyQuestion({ productModel: 'hrf-demo-1', purchaseDate: '2024-08-20', country: 'fr', city: ' Paris ' });
    assert.deepEqual(decision.ok && decision.value, { by: 'model', productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20', country: 'FR', city: 'Paris', asOf: null, deliveredOn: null, condition: 'NEW' });
  });

  it('takes the delivery day and the condition of used goods', () => {
    const decision = normaliseWarrantyQuestion({ productModel: 'M', purchaseDate: '2024-08-20', deliveredOn: ' 2024-08-25 ', condition: 'USED' });
    assert.deepEqual(decision.ok && [decision.value.deliveredOn, decision.value.condition], ['2024-08-25', 'USED']);
  });

  it('names the field at fault', () => {
    assert.deepEqual(refusal({})?.field, ['serialNumber', 'productModel']);
    assert.deepEqual(refusal({ productModel: 'HRF-DEMO-1' })?.field, ['purchaseDate']);
    assert.deepEqual(refusal({ productModel: 'HRF-DEMO-1', purchaseDate: '2024-02-30' })?.field, ['purchaseDate']);
    assert.deepEqual(refusal({ serialNumber: 'X', asOf: '2024-13-01' })?.field, ['asOf']);
    assert.deepEqual(refusal({ serialNumber: 'X', country: 'France' })?.field, ['country']);
    assert.equal(refusal({ serialNumber: 'X'.repeat(101) })?.code, 'TOO_LONG');
    assert.equal(refusal({ serialNumber: '   ', productModel: '' })?.code, 'REQUIRED');
    assert.deepEqual(refusal({ serialNumber: 'X', deliveredOn: '2024-02-30' })?.field, ['deliveredOn']);
    assert.equal(refusal({ productModel: 'M', purchaseDate: '2024-08-20', deliveredOn: '2024-08-19' })?.code, 'DELIVERY_BEFORE_PURCHASE');
    assert.equal(refusal({ serialNumber: 'X', condition: 'BROKEN' as never })?.code, 'INVALID_CONDITION');
  });
});
