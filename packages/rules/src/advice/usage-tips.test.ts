import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_FAULT_MAPPING } from '../booking/fault-mapping.js';
import { LANGUAGES } from '../language/language.js';
import { WARRANTY_PARTS } from '../warranty/policy.js';
import { MAX_TIP_LENGTH } from './usage-tip-input.js';
import { DEFAULT_USAGE_TIPS, defaultUsageTipsFor, GENERAL_CARE } from './usage-tips.js';

const everyTip = Object.entries(DEFAULT_USAGE_TIPS).flatMap(([category, tips]) => tips.map((tip) => ({ category, tip })));
const symptomCodes = (category: string) => new Set((DEFAULT_FAULT_MAPPING[category]?.symptoms ?? []).map((rule) => rule.code));

describe('default usage tips', () => {
  it('are written in every language, none empty, each short enough for a tenant to have written it', () => {
    for (const { category, tip } of everyTip) {
      for (const language of LANGUAGES) {
        const text = tip.text[language];
        assert.ok(text.trim().length > 0, `${category} ${tip.causes.join()} ${language}`);
        assert.ok([...text].length <= MAX_TIP_LENGTH, `${category} ${language}: ${text}`);
        assert.ok([...text].length <= 130, `one or two short sentences: ${text}`);
        assert.equal(text, text.trim());
      }
    }
  });

  it('are tied only to the part codes, the category symptom codes and GENERAL that exist', () => {
    for (const { category, tip } of everyTip) {
      assert.ok(tip.causes.length > 0);
      for (const cause of tip.causes) {
        const known = cause === GENERAL_CARE || (WARRANTY_PARTS as readonly string[]).includes(cause) || symptomCodes(category).has(cause);
        assert.ok(known, `${category}: ${cause}`);
      }
    }
  });

  it('part codes and symptom codes never share a name, so that a cause is one or the other', () => {
    for (const mapping of Object.values(DEFAULT_FAULT_MAPPING)) for (const rule of mapping.symptoms) assert.ok(!(WARRANTY_PARTS as readonly string[]).includes(rule.code), rule.code);
  });

  it('give every category general care to show before any repair', () => {
    for (const [category, tips] of Object.entries(DEFAULT_USAGE_TIPS)) assert.ok(tips.filter((tip) => tip.causes.includes(GENERAL_CARE)).length >= 2, category);
    assert.ok(defaultUsageTipsFor('toaster').some((tip) => tip.causes.includes(GENERAL_CARE)));
  });

  it('cover each default symptom of the fault mapping but OTHER', () => {
    for (const [category, mapping] of Object.entries(DEFAULT_FAULT_MAPPING)) {
      for (const rule of mapping.symptoms) {
        if (rule.code === 'OTHER') continue;
        assert.ok(DEFAULT_USAGE_TIPS[category]!.some((tip) => tip.causes.includes(rule.code)), `${category} ${rule.code}`);
      }
    }
  });

  it('are found by a category as the catalogue writes it, and a freezer is cared for as a fridge', () => {
    assert.equal(defaultUsageTipsFor(' refrigerator '), DEFAULT_USAGE_TIPS.REFRIGERATOR);
    assert.equal(defaultUsageTipsFor('fridge freezer'), DEFAULT_USAGE_TIPS.REFRIGERATOR);
    assert.equal(defaultUsageTipsFor('washer-dryer'), DEFAULT_USAGE_TIPS.WASHING_MACHINE);
    assert.notEqual(defaultUsageTipsFor('TOASTER'), DEFAULT_USAGE_TIPS.REFRIGERATOR);
  });

  it('say different things in one category', () => {
    for (const [category, tips] of Object.entries(DEFAULT_USAGE_TIPS)) {
      for (const language of LANGUAGES) assert.equal(new Set(tips.map((tip) => tip.text[language])).size, tips.length, `${category} ${language}`);
    }
  });
});
