import { expect } from '@open-wc/testing';
import { humanise, partName, translate, translations } from './i18n.js';
import { canonicalLocale, formattingLocale, supportedLanguage } from './language.js';

describe('i18n', () => {
  it('has a French string for every English key', () => {
    const missing = Object.keys(translations.en).filter((key) => !(key in translations.fr));
    expect(missing, `French strings missing for: ${missing.join(', ')}`).to.deep.equal([]);
  });

  it('has no French key that English lacks (a typo would never be used)', () => {
    const unknown = Object.keys(translations.fr).filter((key) => !(key in translations.en));
    expect(unknown).to.deep.equal([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(translations.en)) {
      const french = translations.fr[key as keyof typeof translations.en];
      expect(placeholders(french), key).to.deep.equal(placeholders(english));
    }
  });

  it('falls back to English for a string French lacks', () => {
    const saved = translations.fr['form.submit'];
    delete translations.fr['form.submit'];
    try {
      expect(translate('fr', 'form.submit')).to.equal('Check my warranty');
    } finally {
      translations.fr['form.submit'] = saved;
    }
    expect(translate('fr', 'form.submit')).to.equal('Vérifier ma garantie');
  });

  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(translate('en', 'remedies.REPAIR', { date: 'August 19, 2027' })).to.equal(
      'Have it repaired free of charge, until August 19, 2027.',
    );
    expect(translate('en', 'remedies.REPAIR')).to.contain('{date}');
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

  it('names every documented part in both languages and humanises unknown codes', () => {
    const parts = [
      'WHOLE_UNIT', 'COMPRESSOR', 'EVAPORATOR', 'CONDENSER', 'SOLENOID_VALVE', 'MAIN_CONTROL_BOARD', 'CABINET', 'DOOR',
      'TEMPERATURE_CONTROLLER', 'FILTER', 'CAPILLARY_TUBE', 'FAN_MOTOR', 'DEFROST_HEATER', 'ICE_MAKER', 'TIMER', 'PARTS',
    ];
    for (const part of parts) {
      expect(partName('en', part)).not.to.equal(humanise(part).toUpperCase());
      expect(Object.keys(translations.en)).to.include(`part.${part}`);
    }
    expect(partName('fr', 'COMPRESSOR')).to.equal('Compresseur');
    expect(partName('en', 'WATER_DISPENSER')).to.equal('Water dispenser');
    expect(partName('fr', 'WATER_DISPENSER')).to.equal('Water dispenser');
  });
});
