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

  it('completes the Dutch and Chinese labels a mapping leaves out, and refuses empty ones', () => {
    const symptom = (code: string, labels: object) => ({ code, labels, likelyParts: [], keywords: [] });
    const decision = checkFaultMapping({
      REFRIGERATOR: { location: 'HOME', visitMinutes: 60, symptoms: [symptom('NOISY', { en: 'Loud', fr: 'Bruyant' }), symptom('SMOKES', { en: 'Smokes', fr: 'Fume', zh: '冒烟' })] },
      MICROWAVE: { location: 'WORKSHOP', visitMinutes: 30, symptoms: [symptom('NOT_HEATING', { en: 'Cold food', fr: 'Ne chauffe pas', nl: 'Warmt niet op' })] },
    });
    assert.ok(decision.ok);
    const [noisy, smokes] = decision.value.REFRIGERATOR?.symptoms ?? [];
    assert.deepEqual(noisy?.labels, { en: 'Loud', fr: 'Bruyant', nl: 'Maakt lawaai', zh: '噪音大' }, "the default mapping's words for the same symptom");
    assert.deepEqual(smokes?.labels, { en: 'Smokes', fr: 'Fume', nl: 'Smokes', zh: '冒烟' }, 'English when no default has that symptom');
    assert.deepEqual(decision.value.MICROWAVE?.symptoms[0]?.labels, { en: 'Cold food', fr: 'Ne chauffe pas', nl: 'Warmt niet op', zh: '不制热' }, 'another category\'s default words for the same code');
    const refused = checkFaultMapping({ WASHER: { location: 'HOME', visitMinutes: 60, symptoms: [symptom('LEAK', { en: 'Leak', fr: 'Fuite', nl: '' })] } });
    assert.ok(!refused.ok);
    assert.deepEqual(refused.violation.field, ['WASHER.symptoms[0].labels.nl']);
  });
});
