import { expect } from '@open-wc/testing';
import { loadLanguage, sharedCatalog, translate, type SharedKey } from './i18n.js';
import { bookingText } from './i18n.booking.js';
import { trackerCatalog, trackerText } from './i18n.tracker.js';
import { formattingLocale, LANGUAGES, supportedLanguage } from './language.js';
import { allLanguages } from './testing.js';

const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** The shared strings (i18n.ts) the tracker shows: the configuration and request errors and the parts' names. */
const trackerSharedKeys: readonly SharedKey[] = [
  'config.missingKey', 'config.secretKey', 'config.invalidKey', 'config.invalidApi',
  'error.network', 'error.unauthenticated', 'error.rateLimited', 'error.server', 'error.retry',
  'part.WHOLE_UNIT', 'part.COMPRESSOR', 'part.EVAPORATOR', 'part.CONDENSER', 'part.SOLENOID_VALVE', 'part.MAIN_CONTROL_BOARD',
  'part.CABINET', 'part.DOOR', 'part.TEMPERATURE_CONTROLLER', 'part.FILTER', 'part.CAPILLARY_TUBE', 'part.FAN_MOTOR',
  'part.DEFROST_HEATER', 'part.ICE_MAKER', 'part.TIMER', 'part.PARTS',
];

describe('i18n of <sav-ticket-tracker>', () => {
  for (const language of ['fr', 'nl', 'zh'] as const) {
    it(`has a ${language} string for every tracker key, with the same placeholders, and no key English lacks`, async () => {
      const dictionaries = await allLanguages(trackerCatalog);
      const dictionary = dictionaries[language];
      const missing = Object.keys(dictionaries.en).filter((key) => !(key in dictionary));
      expect(missing, `${language} strings missing for: ${missing.join(', ')}`).to.deep.equal([]);
      const unknown = Object.keys(dictionary).filter((key) => !(key in dictionaries.en));
      expect(unknown, `${language} keys English lacks`).to.deep.equal([]);
      for (const [key, english] of Object.entries(dictionaries.en)) {
        expect(placeholders(dictionary[key as keyof typeof dictionary]), `${language} ${key}`).to.deep.equal(placeholders(english as string));
      }
    });
  }

  for (const language of ['nl', 'zh'] as const) {
    it(`has a ${language} string for every shared string the tracker shows (errors, parts)`, async () => {
      const shared = await allLanguages(sharedCatalog);
      const missing = trackerSharedKeys.filter((key) => !(key in shared[language]));
      expect(missing, `${language} shared strings missing for: ${missing.join(', ')}`).to.deep.equal([]);
      for (const key of trackerSharedKeys) expect(placeholders(shared[language][key]), `${language} ${key}`).to.deep.equal(placeholders(shared.en[key]));
    });
  }

  it('has no Dutch or Chinese shared key that English lacks', async () => {
    const shared = await allLanguages(sharedCatalog);
    for (const language of ['nl', 'zh'] as const) {
      expect(Object.keys(shared[language]).filter((key) => !(key in shared.en))).to.deep.equal([]);
    }
  });

  it('falls back to English for a string Dutch or Chinese lacks, such as the other components’', async () => {
    await loadLanguage([sharedCatalog], 'nl');
    expect(bookingText('nl', 'booking.next')).to.equal('Continue');
    expect(bookingText('zh', 'booking.confirm')).to.equal(bookingText('en', 'booking.confirm'));
    expect(translate('nl', 'error.retry')).to.equal('Opnieuw proberen');
    const chinese = (await allLanguages(trackerCatalog)).zh;
    const saved = chinese['lookup.submit'];
    delete chinese['lookup.submit'];
    try {
      expect(trackerText('zh', 'lookup.submit')).to.equal('Show my repair');
    } finally {
      chinese['lookup.submit'] = saved;
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
