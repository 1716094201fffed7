import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_FAULT_MAPPING } from './fault-mapping.js';
import { checkFaultMapping } from './fault-mapping-validation.js';

describe('a tenant fault mapping', () => {
  it('accepts the defaults', () => {
    assert.equal(checkFaultMapping(DEFAULT_FAULT_MAPPING).ok, true);
    assert.equal(checkFaultMapping(JSON.parse(JSON.stringify(DEFAULT_FAULT_MAPPING))).ok, true);
  });

  it('names the first problem by its path', () => {
    const refusal = (mapping: unknown) => {
      const decision = checkFaultMapping(mapping);
      assert.equal(decision.ok, false);
      return decision.ok ? undefined : decision.violation;
    };
    assert.equal(refusal([])?.code, 'INVALID_MAPPING');
    assert.deepEqual(refusal({ fridge: { location: 'HOME', visitMinutes: 60, symptoms: [] } })?.field, ['fridge']);
    assert.deepEqual(refusal({ WASHER: { location: 'GARDEN', visitMinutes: 60, symptoms: [] } })?.field, ['WASHER.location']);
    const symptom = { code: 'LEAK', labels: { en: 'Leak', fr: 'Fuite' }, likelyParts: [], keywords: [] };
    assert.deepEqual(refusal({ WASHER: { location: 'HOME', visitMinutes: 60, symptoms: [symptom, symptom] } })?.field, ['WASHER.symptoms[1].code']);
    assert.deepEqual(refusal({ WASHER: { location: 'HOME', visitMinutes: 60, symptoms: [{ ...symptom, labels: { en: 'Leak' } }] } })?.field, ['WASHER.symptoms[0].labels']);
    assert.equal(refusal({ WASHER: { location: 'HOME', visitMinutes: 0, symptoms: [] } })?.code, 'OUT_OF_RANGE');
  });
});
