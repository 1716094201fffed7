import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validatePolicy } from './policy-validation.js';
import { HAIER_SEED_001_POLICIES } from './reference-policies.js';

describe('policy validation', () => {
  it('accepts every reference policy of seed 001', () => {
    for (const policy of HAIER_SEED_001_POLICIES) assert.deepEqual(validatePolicy(policy), [], policy.id);
  });

  it('names each problem and its field', () => {
    const base = HAIER_SEED_001_POLICIES[0];
    assert.ok(base);
    const problems = validatePolicy({
      ...base,
      name: ' ',
      purchasedFrom: '2010-01-01',
      purchasedUntil: '2009-12-31',
      country: 'France',
      terms: [{ part: 'COMPRESSOR', months: 0 }, { part: 'COMPRESSOR', months: 12 }],
      returnDays: -1,
    });
    assert.deepEqual(problems.map((p) => p.code).sort(), ['DUPLICATE_PART', 'EMPTY_PERIOD', 'INVALID_COUNTRY', 'INVALID_DAYS', 'INVALID_TERM', 'REQUIRED', 'WHOLE_UNIT_REQUIRED']);
  });
});
