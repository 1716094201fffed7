import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rightsFor, repair } from './legal-rights.fixtures.js';
import type { LegalRight } from './legal-rights.js';
import { explainLegalRight, explainRecourse, LEGAL_LANGUAGES, legalDisclaimer } from './legal-words.js';
import { recoursesFor } from './recourse.js';

/** One of every kind of right, active and ended, to say in every language. */
const samples: { name: string; rights: LegalRight[]; asOf: string; country: string }[] = [
  { name: 'FR, new, with repair', rights: rightsFor({ country: 'FR', category: 'WASHING_MACHINE', purchaseDate: '2026-08-01', asOf: '2027-03-01', repairs: [repair('2027-01-01', '2027-01-03')] }), asOf: '2027-03-01', country: 'FR' },
  { name: 'FR, ended, bonus', rights: rightsFor({ country: 'FR', category: 'LAPTOP', purchaseDate: '2020-01-01', asOf: '2025-01-01' }), asOf: '2025-01-01', country: 'FR' },
  { name: 'DE floor, past presumption', rights: rightsFor({ country: 'DE', purchaseDate: '2024-01-01', asOf: '2025-06-01' }), asOf: '2025-06-01', country: 'DE' },
  { name: 'NL', rights: rightsFor({ country: 'NL', purchaseDate: '2024-01-01', asOf: '2024-06-01' }), asOf: '2024-06-01', country: 'NL' },
  { name: 'CN, in the return window', rights: rightsFor({ country: 'CN', purchaseDate: '2024-08-20', asOf: '2024-08-22', servicePeriods: [] }), asOf: '2024-08-22', country: 'CN' },
  { name: 'CN, ended', rights: rightsFor({ country: 'CN', purchaseDate: '2020-08-20', asOf: '2024-08-22' }), asOf: '2024-08-22', country: 'CN' },
];

describe('the legal layer in plain words', () => {
  for (const sample of samples) {
    for (const language of LEGAL_LANGUAGES) {
      it(`${sample.name}, in ${language}: every right is said, with no gaps`, () => {
        assert.ok(sample.rights.length > 0);
        for (const right of sample.rights) {
          const text = explainLegalRight(right, { language, asOf: sample.asOf, country: sample.country });
          assert.ok(text.length > (language === 'zh' ? 15 : 40), `${right.ruleId}: "${text}"`);
          assert.doesNotMatch(text, /undefined|NaN|null|\$\{/);
          if (language === 'zh') assert.match(text, /[\u4e00-\u9fff]/);
          if (language !== 'en') assert.notEqual(text, explainLegalRight(right, { language: 'en', asOf: sample.asOf, country: sample.country }));
        }
      });
    }
  }

  it('names the dates and amounts in the reader\'s language', () => {
    const [conformity] = rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf: '2024-09-01' });
    assert.match(explainLegalRight(conformity!, { language: 'fr', locale: 'fr-FR', asOf: '2024-09-01', country: 'FR' }), /20 août 2026/);
    assert.match(explainLegalRight(conformity!, { language: 'nl', locale: 'nl-NL', asOf: '2024-09-01', country: 'FR' }), /20 augustus 2026/);
    assert.match(explainLegalRight(conformity!, { language: 'zh', locale: 'zh-CN', asOf: '2024-09-01', country: 'FR' }), /2026年8月20日/);
    const bonus = rightsFor({ country: 'FR', category: 'LAPTOP', purchaseDate: '2020-01-01', asOf: '2025-01-01' }).find((r) => r.kind === 'REPAIR_BONUS')!;
    const text = explainLegalRight(bonus, { language: 'fr', locale: 'fr-FR', asOf: '2025-01-01', country: 'FR' });
    assert.match(text, /50,00\s€/);
    assert.match(text, /150,00\s€/);
  });

  it('says when the EU floor stands in for a country, naming it', () => {
    const [floor] = rightsFor({ country: 'DE', purchaseDate: '2024-01-01', asOf: '2024-06-01' });
    assert.match(explainLegalRight(floor!, { language: 'en', asOf: '2024-06-01', country: 'DE' }), /Germany.*European Union's minimum/);
    assert.match(explainLegalRight(floor!, { language: 'fr', asOf: '2024-06-01', country: 'DE' }), /Allemagne/);
  });

  it('says who to turn to, and that it is not legal advice, in every language', () => {
    const rights = rightsFor({ country: 'FR', purchaseDate: '2024-08-20', asOf: '2024-09-01' });
    const recourses = recoursesFor({ asOf: '2024-09-01', commercialActiveUntil: '2025-08-19', paidRepairAvailable: true, legalRights: rights });
    for (const language of LEGAL_LANGUAGES) {
      for (const recourse of recourses) assert.ok(explainRecourse(recourse, { language }).length > 20);
      assert.ok(legalDisclaimer(language).length > 10);
    }
    assert.match(explainRecourse(recourses[0]!, { language: 'en' }), /seller/);
  });
});
