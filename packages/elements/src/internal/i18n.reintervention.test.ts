import { expect } from '@open-wc/testing';
import { translations } from './i18n.js';
import { reinterventionSharedKeys, reinterventionText, reinterventionTranslations } from './i18n.reintervention.js';

const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('i18n of <sav-reintervention-terms>', () => {
  for (const language of ['fr', 'nl', 'zh'] as const) {
    it(`has a ${language} string for every key, with the same placeholders, and no key English lacks`, () => {
      const dictionary = reinterventionTranslations[language];
      const missing = Object.keys(reinterventionTranslations.en).filter((key) => !(key in dictionary));
      expect(missing, `${language} strings missing for: ${missing.join(', ')}`).to.deep.equal([]);
      const unknown = Object.keys(dictionary).filter((key) => !(key in reinterventionTranslations.en));
      expect(unknown, `${language} keys English lacks`).to.deep.equal([]);
      for (const [key, english] of Object.entries(reinterventionTranslations.en)) {
        expect(placeholders(dictionary[key as keyof typeof dictionary]), `${language} ${key}`).to.deep.equal(placeholders(english));
      }
    });
  }

  for (const language of ['fr', 'nl', 'zh'] as const) {
    it(`has a ${language} string for every shared string the component shows (configuration and request errors)`, () => {
      const missing = reinterventionSharedKeys.filter((key) => !(key in translations[language]));
      expect(missing, `${language} shared strings missing for: ${missing.join(', ')}`).to.deep.equal([]);
    });
  }

  it('falls back to English for a string a language lacks', () => {
    const saved = reinterventionTranslations.nl['calc.submit'];
    delete reinterventionTranslations.nl['calc.submit'];
    try {
      expect(reinterventionText('nl', 'calc.submit')).to.equal('Work out who pays');
    } finally {
      reinterventionTranslations.nl['calc.submit'] = saved;
    }
  });
});
