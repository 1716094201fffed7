import { expect } from '@open-wc/testing';
import { translate, translations } from './i18n.js';
import { trackerSharedKeys, trackerText, trackerTranslations } from './i18n.tracker.js';
import { formattingLocale, LANGUAGES, supportedLanguage } from './language.js';

const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('i18n of <sav-ticket-tracker>', () => {
  for (const language of ['fr', 'nl', 'zh'] as const) {
    it(`has a ${language} string for every tracker key, with the same placeholders, and no key English lacks`, () => {
      const dictionary = trackerTranslations[language];
      const missing = Object.keys(trackerTranslations.en).filter((key) => !(key in dictionary));
      expect(missing, `${language} strings missing for: ${missing.join(', ')}`).to.deep.equal([]);
      const unknown = Object.keys(dictionary).filter((key) => !(key in trackerTranslations.en));
      expect(unknown, `${language} keys English lacks`).to.deep.equal([]);
      for (const [key, english] of Object.entries(trackerTranslations.en)) {
        expect(placeholders(dictionary[key as keyof typeof dictionary]), `${language} ${key}`).to.deep.equal(placeholders(english));
      }
    });
  }

  for (const language of ['nl', 'zh'] as const) {
    it(`has a ${language} string for every shared string the tracker shows (errors, parts)`, () => {
      const missing = trackerSharedKeys.filter((key) => !(key in translations[language]));
      expect(missing, `${language} shared strings missing for: ${missing.join(', ')}`).to.deep.equal([]);
      for (const key of trackerSharedKeys) expect(placeholders(translations[language][key]), `${language} ${key}`).to.deep.equal(placeholders(translations.en[key]));
    });
  }

  it('has no Dutch or Chinese shared key that English lacks', () => {
    for (const language of ['nl', 'zh'] as const) {
      expect(Object.keys(translations[language]).filter((key) => !(key in translations.en))).to.deep.equal([]);
    }
  });

  it('falls back to English for a string Dutch or Chinese lacks, such as the other components’', () => {
    expect(translate('nl', 'booking.next')).to.equal('Continue');
    expect(translate('zh', 'booking.confirm')).to.equal(translate('en', 'booking.confirm'));
    expect(translate('nl', 'error.retry')).to.equal('Opnieuw proberen');
    const saved = trackerTranslations.zh['lookup.submit'];
    delete trackerTranslations.zh['lookup.submit'];
    try {
      expect(trackerText('zh', 'lookup.submit')).to.equal('Show my repair');
    } finally {
      trackerTranslations.zh['lookup.submit'] = saved;
    }
  });

  it('the tracker chooses Dutch and Chinese by their regional tags; the other components keep English there', () => {
    expect(supportedLanguage('nl-BE', LANGUAGES)).to.equal('nl');
    expect(supportedLanguage('zh-Hans-CN', LANGUAGES)).to.equal('zh');
    expect(supportedLanguage('de', LANGUAGES)).to.equal('en');
    expect(supportedLanguage('nl-BE')).to.equal('en');
    expect(formattingLocale('nl-BE', LANGUAGES)).to.equal('nl-BE');
    expect(formattingLocale('nl-BE')).to.equal('en');
  });
});
