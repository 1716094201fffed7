import { expect } from '@open-wc/testing';
import { reinterventionCatalog, reinterventionText } from './i18n.reintervention.js';
import { allLanguages } from './testing.js';

/** The shared strings (i18n.ts) the component shows: the configuration and request errors. */

describe('i18n of <sav-reintervention-terms>', () => {
  it('falls back to English for a string a language lacks', async () => {
    const dutch = (await allLanguages(reinterventionCatalog)).nl;
    const saved = dutch['calc.submit'];
    delete dutch['calc.submit'];
    try {
      expect(reinterventionText('nl', 'calc.submit')).to.equal('Work out who pays');
    } finally {
      dutch['calc.submit'] = saved;
    }
    expect(reinterventionText('nl', 'calc.submit')).to.equal(saved);
  });
});
