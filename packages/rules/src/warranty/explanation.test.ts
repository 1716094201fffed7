import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGUAGES } from '../language/language.js';
import { describeExclusion, explainWarranty, WARRANTY_WORDS } from './explanation.js';
import { EXCLUSION_CODES } from './policy.js';
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

  it('says the same in Dutch and Chinese, word for word', () => {
    const partly = assess({});
    assert.equal(
      explainWarranty(partly, { productName: 'koelkast van Haier', language: 'nl', locale: 'nl-BE' }),
      'De garantie op het volledige toestel is op 19 augustus 2025 afgelopen, maar 14 onderdelen blijven gratis gedekt, uiterlijk tot 19 augustus 2027. Andere reparaties zijn niet gratis.',
    );
    assert.equal(
      explainWarranty(partly, { productName: '海尔冰箱', language: 'zh', locale: 'zh-CN' }),
      '整机保修已于2025年8月19日到期，但仍有14个部件享受免费保修，最晚至2027年8月19日。其他维修需要付费。',
    );
    assert.equal(explainWarranty(assess({ asOf: '2024-09-01' }), { productName: 'koelkast', language: 'nl' }), 'Uw koelkast is volledig en gratis gedekt tot 19 augustus 2025.');
    assert.equal(explainWarranty(assess({ asOf: '2028-01-01' }), { productName: '冰箱', language: 'zh' }), '免费保修已于2027年8月19日到期。您仍可选择付费维修。');
    const noPolicy = assess({ productLines: ['haier-ac-inverter'], purchaseDate: '2012-05-10', place: { country: 'CN', city: null } });
    assert.match(explainWarranty(noPolicy, { productName: '空调', language: 'zh' }), /^没有已配置的保修政策适用于2012年5月10日购买的空调，.*仅适用于在Jinan、Qingdao、/);
    assert.match(explainWarranty(noPolicy, { productName: 'airco', language: 'nl' }), /^Er is geen ingestelde garantie van toepassing op een airco gekocht op 10 mei 2012.* geldt alleen voor aankopen in Jinan, Qingdao, /);
  });

  it('has every sentence in every language, with the same facts in each', () => {
    const facts = (text: string) => ['⟨P⟩', '⟨D1⟩', '⟨D2⟩', '⟨N⟩', '7'].filter((marker) => text.includes(marker));
    for (const language of LANGUAGES) {
      const words = WARRANTY_WORDS[language];
      const english = WARRANTY_WORDS.en;
      for (const [key, value] of Object.entries(words)) {
        if (typeof value === 'string' && key !== 'listSeparator') assert.ok(value.trim() !== '', `${language}.${key}`);
      }
      const samples: [string, (w: typeof words) => string][] = [
        ['covered', (w) => w.covered('⟨P⟩', '⟨D1⟩')],
        ['wholeUnitEnded', (w) => w.wholeUnitEnded('⟨D1⟩')],
        ['partsStillCovered', (w) => w.partsStillCovered(7, '⟨D2⟩')],
        ['expired', (w) => w.expired('⟨D1⟩')],
        ['noPolicy', (w) => w.noPolicy('⟨P⟩', '⟨D1⟩')],
        ['regionalHint', (w) => w.regionalHint('⟨P⟩', '⟨N⟩')],
      ];
      for (const [key, sample] of samples) assert.deepEqual(facts(sample(words)), facts(sample(english)), `${language}.${key} says the same facts`);
      for (const code of EXCLUSION_CODES) {
        assert.ok(describeExclusion(code, language).trim() !== '', `${code} in ${language}`);
        if (language !== 'en') assert.notEqual(describeExclusion(code, language), describeExclusion(code, 'en'), `${code} is translated into ${language}`);
      }
    }
    assert.equal(describeExclusion('NO_PROOF_OF_PURCHASE', 'nl'), 'U kunt het garantiebewijs noch de factuur voorleggen.');
    assert.equal(describeExclusion('ALTERED_INVOICE', 'zh'), '发票已被修改。');
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
