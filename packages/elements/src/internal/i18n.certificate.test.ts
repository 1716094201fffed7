import { expect } from '@open-wc/testing';
import { translations } from './i18n.js';
import { certificateSharedKeys, certificateText, certificateTranslations } from './i18n.certificate.js';

const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('i18n of <sav-completion-certificate>', () => {
  for (const language of ['fr', 'nl', 'zh'] as const) {
    it(`has a ${language} string for every key, with the same placeholders, and no key English lacks`, () => {
      const dictionary = certificateTranslations[language];
      const missing = Object.keys(certificateTranslations.en).filter((key) => !(key in dictionary));
      expect(missing, `${language} strings missing for: ${missing.join(', ')}`).to.deep.equal([]);
      const unknown = Object.keys(dictionary).filter((key) => !(key in certificateTranslations.en));
      expect(unknown, `${language} keys English lacks`).to.deep.equal([]);
      for (const [key, english] of Object.entries(certificateTranslations.en)) {
        expect(placeholders(dictionary[key as keyof typeof dictionary]), `${language} ${key}`).to.deep.equal(placeholders(english));
      }
    });
  }

  for (const language of ['fr', 'nl', 'zh'] as const) {
    it(`has a ${language} string for every shared string the component shows (configuration and request errors)`, () => {
      const missing = certificateSharedKeys.filter((key) => !(key in translations[language]));
      expect(missing, `${language} shared strings missing for: ${missing.join(', ')}`).to.deep.equal([]);
    });
  }

  it('falls back to English for a string a language lacks', () => {
    const saved = certificateTranslations.nl['sign.submit'];
    delete certificateTranslations.nl['sign.submit'];
    try {
      expect(certificateText('nl', 'sign.submit')).to.equal('Sign');
    } finally {
      certificateTranslations.nl['sign.submit'] = saved;
    }
  });
});
