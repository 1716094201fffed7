import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRoutingRules, ROUTING_RULE_LIMITS } from './routing-rules-validation.js';

const partners = new Set(['p1', 'p2']);

describe('checkRoutingRules', () => {
  it('accepts and normalises good rules, in their order', () => {
    const checked = checkRoutingRules(
      [
        { category: ' refrigerator ', partnerId: 'p1' },
        { country: 'fr', postalCodePrefixes: ['69', ' 38 ', '69'], partnerId: 'p2' },
        { category: 'AIR_CONDITIONER', country: 'NL', postalCodePrefixes: ['1012 a'], partnerId: 'p1' },
      ],
      partners,
    );
    assert.deepEqual(checked, {
      ok: true,
      value: [
        { category: 'REFRIGERATOR', country: null, postalCodePrefixes: [], partnerId: 'p1' },
        { category: null, country: 'FR', postalCodePrefixes: ['69', '38'], partnerId: 'p2' },
        { category: 'AIR_CONDITIONER', country: 'NL', postalCodePrefixes: ['1012A'], partnerId: 'p1' },
      ],
    });
  });

  it('accepts an empty list: every ticket stays with the tenant', () => {
    assert.deepEqual(checkRoutingRules([], partners), { ok: true, value: [] });
  });

  it('names every problem with its input path', () => {
    const checked = checkRoutingRules(
      [
        { category: 'REFRIGERATOR', partnerId: 'p1' },
        { country: 'France', partnerId: 'p1' },
        { country: 'FR', postalCodePrefixes: ['69', '6?', ''], partnerId: 'elsewhere' },
        { partnerId: 'p2' },
        { category: 'fridge!', postalCodePrefixes: ['75'], partnerId: 'p2' },
      ],
      partners,
    );
    assert.equal(checked.ok, false);
    if (checked.ok) return;
    assert.deepEqual(
      checked.violation.problems.map((problem) => [problem.field, problem.code]),
      [
        ['rules.1.country', 'INVALID_COUNTRY'],
        ['rules.2.postalCodePrefixes.1', 'INVALID_POSTAL_CODE_PREFIX'],
        ['rules.2.postalCodePrefixes.2', 'INVALID_POSTAL_CODE_PREFIX'],
        ['rules.2.partnerId', 'UNKNOWN_PARTNER'],
        ['rules.3', 'EMPTY_RULE'],
        ['rules.4.category', 'INVALID_CATEGORY'],
        ['rules.4.postalCodePrefixes', 'PREFIXES_WITHOUT_COUNTRY'],
      ],
    );
    assert.equal(checked.violation.code, 'INVALID_INPUT');
  });

  it('gives a single problem its own code', () => {
    const checked = checkRoutingRules([{ country: 'FR', partnerId: 'p3' }], partners);
    assert.ok(!checked.ok);
    assert.equal(checked.violation.code, 'UNKNOWN_PARTNER');
    assert.deepEqual(checked.violation.field, ['rules.0.partnerId']);
  });

  it('refuses too many rules or a prefix too long', () => {
    const many = Array.from({ length: ROUTING_RULE_LIMITS.rules + 1 }, () => ({ country: 'FR', partnerId: 'p1' }));
    const tooMany = checkRoutingRules(many, partners);
    assert.ok(!tooMany.ok);
    assert.deepEqual(tooMany.violation.field, ['rules']);
    const long = checkRoutingRules([{ country: 'FR', postalCodePrefixes: ['12345678901'], partnerId: 'p1' }], partners);
    assert.ok(!long.ok);
    assert.deepEqual(long.violation.field, ['rules.0.postalCodePrefixes.0']);
  });
});
