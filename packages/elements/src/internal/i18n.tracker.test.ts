import { expect } from '@open-wc/testing';
import { loadLanguage, sharedCatalog, translate } from './i18n.js';
import { trackerCatalog, trackerText } from './i18n.tracker.js';
import { formattingLocale, LANGUAGES, supportedLanguage } from './language.js';
import { allLanguages } from './testing.js';

/** The shared strings (i18n.ts) the tracker shows: the configuration and request errors and the parts' names. */

describe('i18n of <sav-ticket-tracker>', () => {
  it('has no Dutch or Chinese shared key that English lacks', async () => {
    const shared = await allLanguages(sharedCatalog);
    for (const language of ['nl', 'zh'] as const) {
      expect(Object.keys(shared[language]).filter((key) => !(key in shared.en))).to.deep.equal([]);
    }
  });

  it('falls back to English for a string Dutch or Chinese lacks', async () => {
    await loadLanguage([sharedCatalog], 'nl');
    expect(translate('nl', 'error.retry')).to.equal('Opnieuw proberen');
    const { nl: dutch, zh: chinese } = await allLanguages(trackerCatalog);
    const saved = chinese['lookup.submit'];
    delete chinese['lookup.submit'];
    try {
      expect(trackerText('zh', 'lookup.submit')).to.equal('Show my repair');
    } finally {
      chinese['lookup.submit'] = saved;
    }
    const savedDutch = dutch['lookup.title'];
    delete dutch['lookup.title'];
    try {
      expect(trackerText('nl', 'lookup.title')).to.equal('Follow your repair');
    } finally {
      dutch['lookup.title'] = savedDutch;
    }
    expect(trackerText('nl', 'lookup.title')).to.equal('Volg uw reparatie');
  });

  it('chooses Dutch and Chinese by their regional tags, for every component; anything else is English', () => {
    expect(supportedLanguage('nl-BE', LANGUAGES)).to.equal('nl');
    expect(supportedLanguage('zh-Hans-CN', LANGUAGES)).to.equal('zh');
    expect(supportedLanguage('de', LANGUAGES)).to.equal('en');
    expect(supportedLanguage('nl-BE')).to.equal('nl', 'the default is every language');
    expect(formattingLocale('nl-BE', LANGUAGES)).to.equal('nl-BE');
    expect(formattingLocale('nl-BE')).to.equal('nl-BE');
    expect(formattingLocale('de-DE')).to.equal('en', 'no German strings: English words and English dates, not a mix');
    expect(supportedLanguage('only', [])).to.equal('en');
  });
});
