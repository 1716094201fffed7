import { expect } from '@open-wc/testing';
import { type Catalog, sharedCatalog } from './i18n.js';
import { bookingCatalog } from './i18n.booking.js';
import { certificateCatalog } from './i18n.certificate.js';
import { qualityCatalog } from './i18n.quality.js';
import { reinterventionCatalog } from './i18n.reintervention.js';
import { trackerCatalog } from './i18n.tracker.js';
import { warrantyCatalog } from './i18n.warranty.js';
import { allLanguages } from './testing.js';

const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** Every catalogue of strings: the shared one and each component's. */
const catalogs: readonly (readonly [string, Catalog<string>])[] = [
  ['shared', sharedCatalog as Catalog<string>],
  ['warranty check', warrantyCatalog as Catalog<string>],
  ['booking', bookingCatalog as Catalog<string>],
  ['ticket tracker', trackerCatalog as Catalog<string>],
  ['reintervention terms', reinterventionCatalog as Catalog<string>],
  ['completion certificate', certificateCatalog as Catalog<string>],
  ['quality report', qualityCatalog as Catalog<string>],
];

describe('translations', () => {
  for (const [name, strings] of catalogs) {
    for (const language of ['fr', 'nl', 'zh'] as const) {
      it(`the ${name} strings have every English key in ${language}, with the same placeholders, and no key English lacks`, async () => {
        const dictionaries = await allLanguages(strings);
        const dictionary = dictionaries[language];
        const missing = Object.keys(dictionaries.en).filter((key) => !(key in dictionary));
        expect(missing, `${name}: ${language} strings missing for: ${missing.join(', ')}`).to.deep.equal([]);
        const unknown = Object.keys(dictionary).filter((key) => !(key in dictionaries.en));
        expect(unknown, `${name}: ${language} keys English lacks`).to.deep.equal([]);
        for (const [key, english] of Object.entries(dictionaries.en)) {
          expect(placeholders(dictionary[key]), `${name} ${language} ${key}`).to.deep.equal(placeholders(english as string));
          expect((dictionary[key] ?? '').trim(), `${name} ${language} ${key} is empty`).to.not.equal('');
        }
      });
    }
  }
});
