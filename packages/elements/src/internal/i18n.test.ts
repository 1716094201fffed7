import { expect } from '@open-wc/testing';
import { catalog, humanise, loadLanguage, loadLaterEnglish, partName, sharedCatalog, textFrom, translate } from './i18n.js';
import { warrantyCatalog, warrantyText } from './i18n.warranty.js';
import { canonicalLocale, formattingLocale, supportedLanguage } from './language.js';
import { allLanguages } from './testing.js';

describe('i18n', () => {
  // Every catalogue's completeness in every language: i18n.catalogs.test.ts.

  it('falls back to English for a string French lacks', async () => {
    const { fr } = await allLanguages(warrantyCatalog);
    const saved = fr['form.submit'];
    delete fr['form.submit'];
    try {
      expect(warrantyText('fr', 'form.submit')).to.equal('Check my warranty');
    } finally {
      fr['form.submit'] = saved;
    }
    expect(warrantyText('fr', 'form.submit')).to.equal('Vérifier ma garantie');
  });

  it('fills placeholders and leaves unknown ones as they are', async () => {
    // The result's English (remedies.*) arrives with the result's view.
    await loadLaterEnglish(warrantyCatalog);
    expect(warrantyText('en', 'remedies.REPAIR', { date: 'August 19, 2027' })).to.equal(
      'Have it repaired free of charge, until August 19, 2027.',
    );
    expect(warrantyText('en', 'remedies.REPAIR')).to.contain('{date}');
  });

  it('chooses French for fr and its regional tags, English for anything else', () => {
    expect(supportedLanguage('fr')).to.equal('fr');
    expect(supportedLanguage('fr-BE')).to.equal('fr');
    expect(supportedLanguage('en-GB')).to.equal('en');
    expect(supportedLanguage('de')).to.equal('en');
    expect(supportedLanguage(undefined)).to.equal('en');
    expect(formattingLocale('en-GB')).to.equal('en-GB');
    expect(formattingLocale('de-DE')).to.equal('en');
    expect(canonicalLocale('not a tag!')).to.equal(undefined);
  });

  it('names every documented part in both languages and humanises unknown codes', async () => {
    await loadLanguage([sharedCatalog], 'fr');
    const parts = [
      'WHOLE_UNIT', 'COMPRESSOR', 'EVAPORATOR', 'CONDENSER', 'SOLENOID_VALVE', 'MAIN_CONTROL_BOARD', 'CABINET', 'DOOR',
      'TEMPERATURE_CONTROLLER', 'FILTER', 'CAPILLARY_TUBE', 'FAN_MOTOR', 'DEFROST_HEATER', 'ICE_MAKER', 'TIMER', 'PARTS',
    ];
    for (const part of parts) {
      expect(partName('en', part)).not.to.equal(humanise(part).toUpperCase());
      expect(Object.keys(sharedCatalog.en)).to.include(`part.${part}`);
    }
    expect(partName('fr', 'COMPRESSOR')).to.equal('Compresseur');
    expect(partName('en', 'WATER_DISPENSER')).to.equal('Water dispenser');
    expect(partName('fr', 'WATER_DISPENSER')).to.equal('Water dispenser');
  });

  describe('languages fetched when spoken', () => {
    const english = { greeting: 'Hello {name}', farewell: 'Goodbye' } as const;

    it('has nothing to wait for in English, nor once a language has arrived', async () => {
      const strings = catalog(english, { fr: async () => ({ default: { greeting: 'Bonjour {name}' } }) });
      expect(loadLanguage([strings], 'en')).to.equal(undefined);
      const loading = loadLanguage([strings], 'fr');
      expect(loading).to.be.instanceOf(Promise);
      await loading;
      expect(loadLanguage([strings], 'fr')).to.equal(undefined);
      expect(textFrom([strings], 'fr', 'greeting', { name: 'Ada' })).to.equal('Bonjour Ada');
    });

    it('speaks English until the language arrives, then the language, with English for what it lacks', async () => {
      let arrive: (module: { default: Partial<Record<keyof typeof english, string>> }) => void = () => {};
      const strings = catalog(english, { nl: () => new Promise((resolve) => (arrive = resolve)) });
      const loading = loadLanguage([strings], 'nl')!;
      expect(textFrom([strings], 'nl', 'greeting', { name: 'Ada' })).to.equal('Hello Ada');
      arrive({ default: { greeting: 'Hallo {name}' } });
      await loading;
      expect(textFrom([strings], 'nl', 'greeting', { name: 'Ada' })).to.equal('Hallo Ada');
      expect(textFrom([strings], 'nl', 'farewell')).to.equal('Goodbye');
    });

    it('fetches each language once, however many components ask at the same time', async () => {
      let fetches = 0;
      const strings = catalog(english, { fr: async () => ((fetches += 1), { default: { farewell: 'Au revoir' } }) });
      await Promise.all([loadLanguage([strings], 'fr'), loadLanguage([strings], 'fr'), loadLanguage([strings], 'fr')]);
      expect(fetches).to.equal(1);
    });

    it('keeps English when a chunk cannot be fetched, and tries again next time', async () => {
      let attempts = 0;
      const strings = catalog(english, {
        zh: async () => {
          attempts += 1;
          if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
          return { default: { farewell: '再见' } };
        },
      });
      await loadLanguage([strings], 'zh');
      expect(textFrom([strings], 'zh', 'farewell')).to.equal('Goodbye');
      await loadLanguage([strings], 'zh');
      expect(textFrom([strings], 'zh', 'farewell')).to.equal('再见');
      expect(attempts).to.equal(2);
    });

    it('speaks English for a language a catalog has no strings for', () => {
      const strings = catalog(english, { fr: async () => ({ default: { farewell: 'Au revoir' } }) });
      expect(loadLanguage([strings], 'nl')).to.equal(undefined);
      expect(textFrom([strings, sharedCatalog], 'nl', 'farewell')).to.equal('Goodbye');
    });

    it('fetches the real chunks: French shared strings and the warranty check’s', async () => {
      await loadLanguage([warrantyCatalog, sharedCatalog], 'fr');
      expect(warrantyText('fr', 'form.title')).to.equal('Vérifier votre garantie');
      expect(translate('fr', 'error.retry')).to.equal('Réessayer');
    });
  });
});
