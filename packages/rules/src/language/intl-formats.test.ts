import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateTimeFormat, displayNames, numberFormat } from './intl-formats.js';

describe('shared Intl formatters', () => {
  it('hands back the same formatter for the same locale and options, and formats as a new one would', () => {
    const first = dateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
    assert.equal(dateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }), first);
    assert.equal(first.format(new Date('2025-03-01T00:00:00Z')), '1 mars 2025');
    assert.equal(numberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(12.5), '€12.50');
    assert.equal(displayNames('nl', { type: 'region' }).of('FR'), 'Frankrijk');
  });

  it('keeps formatters of different locales or options apart', () => {
    assert.notEqual(dateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }), dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }));
    assert.notEqual(dateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }), dateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'UTC' }));
  });

  it('throws as the constructor does and remembers nothing for a bad time zone or currency', () => {
    assert.throws(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus' }), RangeError);
    assert.throws(() => numberFormat('en', { style: 'currency', currency: 'EURO' }), RangeError);
  });

  it('stays bounded when every request brings new options: an old formatter is built again', () => {
    const first = numberFormat('en-GB', { minimumIntegerDigits: 1 });
    for (let i = 0; i < 600; i += 1) numberFormat('en-GB', { minimumIntegerDigits: (i % 21) + 1, maximumSignificantDigits: (Math.floor(i / 21) % 21) + 1, useGrouping: i >= 441 });
    const again = numberFormat('en-GB', { minimumIntegerDigits: 1 });
    assert.notEqual(again, first, 'the first was dropped past the cap');
    assert.equal(again.format(1234.5), first.format(1234.5));
  });
});
