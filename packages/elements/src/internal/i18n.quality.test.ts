import { expect } from '@open-wc/testing';
import { hasQualityText, qualityCatalog, qualityText } from './i18n.quality.js';
import { allLanguages } from './testing.js';

describe('i18n of <sav-quality-report>', () => {
  it('falls back to English for a string a language lacks', async () => {
    const dutch = (await allLanguages(qualityCatalog)).nl;
    const saved = dutch['export.button'];
    delete dutch['export.button'];
    try {
      expect(qualityText('nl', 'export.button')).to.equal('Export CSV');
    } finally {
      dutch['export.button'] = saved;
    }
    expect(qualityText('nl', 'export.button')).to.equal(saved);
  });

  it('words the refusals it knows, and only those', () => {
    expect(hasQualityText('refused.INVALID_RANGE')).to.equal(true);
    expect(hasQualityText('refused.SOMETHING_NEW')).to.equal(false);
  });
});
