import { expect } from '@open-wc/testing';
import { sharedCatalog, type SharedKey } from './i18n.js';
import { certificateCatalog, certificateText } from './i18n.certificate.js';
import { allLanguages } from './testing.js';

const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** The shared strings (i18n.ts) the component shows: the configuration and request errors. */
const sharedKeys: readonly SharedKey[] = [
  'config.missingKey', 'config.secretKey', 'config.invalidKey', 'config.invalidApi',
  'error.network', 'error.unauthenticated', 'error.rateLimited', 'error.server', 'error.retry',
];

describe('i18n of <sav-completion-certificate>', () => {
  for (const language of ['fr', 'nl', 'zh'] as const) {
    it(`has a ${language} string for every key, with the same placeholders, and no key English lacks`, async () => {
      const dictionaries = await allLanguages(certificateCatalog);
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

  for (const language of ['fr', 'nl', 'zh'] as const) {
    it(`has a ${language} string for every shared string the component shows (configuration and request errors)`, async () => {
      const shared = (await allLanguages(sharedCatalog))[language];
      const missing = sharedKeys.filter((key) => !(key in shared));
      expect(missing, `${language} shared strings missing for: ${missing.join(', ')}`).to.deep.equal([]);
    });
  }

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
