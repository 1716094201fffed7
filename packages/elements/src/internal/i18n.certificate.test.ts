import { expect } from '@open-wc/testing';
import { certificateCatalog, certificateText } from './i18n.certificate.js';
import { allLanguages } from './testing.js';

/** The shared strings (i18n.ts) the component shows: the configuration and request errors. */

describe('i18n of <sav-completion-certificate>', () => {
  it('falls back to English for a string a language lacks', async () => {
    const dutch = (await allLanguages(certificateCatalog)).nl;
    const saved = dutch['sign.submit'];
    delete dutch['sign.submit'];
    try {
      expect(certificateText('nl', 'sign.submit')).to.equal('Sign');
    } finally {
      dutch['sign.submit'] = saved;
    }
    expect(certificateText('nl', 'sign.submit')).to.equal(saved);
  });
});
