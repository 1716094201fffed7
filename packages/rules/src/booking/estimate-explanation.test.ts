import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGUAGES } from '../language/language.js';
import { ESTIMATE_WORDS, explainRepairEstimate } from './estimate-explanation.js';

describe("the repair estimate's explanation", () => {
  it('is written in every language, every sentence', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(ESTIMATE_WORDS[language])) {
        assert.ok(text.trim() !== '', `${language}.${key}`);
        if (language !== 'en') assert.notEqual(text, ESTIMATE_WORDS.en[key as keyof typeof ESTIMATE_WORDS.en], `${language}.${key} is translated`);
      }
    }
  });

  it('says who pays, in English, Dutch and Chinese', () => {
    assert.equal(explainRepairEstimate({ warrantyKnown: true, covered: true, priced: true }, 'en'), 'The warranty covers this repair: you pay nothing. The technician confirms it on site.');
    assert.equal(
      explainRepairEstimate({ warrantyKnown: true, covered: false, priced: true }, 'nl'),
      'De garantie dekt deze reparatie niet. Dit is de prijslijst die van toepassing is; de technicus bevestigt de prijs met u voordat er betaald werk gebeurt.',
    );
    assert.equal(explainRepairEstimate({ warrantyKnown: false, covered: false, priced: false }, 'zh'), '没有购买日期，我们无法核实保修情况。在进行任何付费维修之前，售后服务部门会告知您价格。');
  });
});
