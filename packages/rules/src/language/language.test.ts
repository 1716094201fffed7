import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatLongDate, LANGUAGES, resolveLanguage, resolveLocale } from './language.js';

describe('language', () => {
  it('picks the best supported language from Accept-Language', () => {
    assert.equal(resolveLanguage('fr-FR,fr;q=0.9,en;q=0.8'), 'fr');
    assert.equal(resolveLanguage('de-DE,fr;q=0.5,en;q=0.7'), 'en');
    assert.equal(resolveLanguage('de, fr;q=0.4'), 'fr');
    assert.equal(resolveLanguage('fr;q=0'), 'en');
    assert.equal(resolveLanguage(''), 'en');
    assert.equal(resolveLanguage(undefined), 'en');
    assert.equal(resolveLanguage('FR'), 'fr');
  });

  it('speaks Dutch and Chinese as the web components do', () => {
    assert.deepEqual(LANGUAGES, ['en', 'fr', 'nl', 'zh']);
    assert.deepEqual(resolveLocale('nl-BE,nl;q=0.9,en;q=0.8'), { language: 'nl', locale: 'nl-BE' });
    assert.deepEqual(resolveLocale('zh-CN,zh;q=0.9'), { language: 'zh', locale: 'zh-CN' });
    assert.deepEqual(resolveLocale('de-DE, nl;q=0.5, fr;q=0.4'), { language: 'nl', locale: 'nl' });
    assert.equal(resolveLanguage('zh-Hans-CN'), 'zh');
    assert.equal(resolveLanguage('de-DE'), 'en');
    assert.equal(formatLongDate('2025-08-19', 'nl-BE'), '19 augustus 2025');
    assert.equal(formatLongDate('2025-08-19', 'zh-CN'), '2025年8月19日');
  });

  it('keeps the regional tag asked for, to format dates as the reader expects', () => {
    assert.deepEqual(resolveLocale('en-GB,en;q=0.9'), { language: 'en', locale: 'en-GB' });
    assert.deepEqual(resolveLocale('de-DE, fr-ca;q=0.5'), { language: 'fr', locale: 'fr-CA' });
    assert.deepEqual(resolveLocale('en-'), { language: 'en', locale: 'en' });
    assert.deepEqual(resolveLocale(null), { language: 'en', locale: 'en' });
  });

  it('writes dates in plain words without shifting them', () => {
    assert.equal(formatLongDate('2025-08-19', 'en'), 'August 19, 2025');
    assert.equal(formatLongDate('2025-08-19', 'en-GB'), '19 August 2025');
    assert.equal(formatLongDate('2025-08-19', 'fr'), '19 août 2025');
  });
});
