import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalisePhone } from './phone-number.js';

describe('phone numbers', () => {
  it('makes international numbers plain E.164, whatever the separators', () => {
    assert.equal(normalisePhone('+33 6 12 34 56 78', 'FR'), '+33612345678');
    assert.equal(normalisePhone('+33.6.12.34.56.78', 'BE'), '+33612345678');
    assert.equal(normalisePhone('+33 (0)6 12-34-56-78', 'FR'), '+33612345678');
    assert.equal(normalisePhone('0033 612 345 678', 'NL'), '+33612345678');
    assert.equal(normalisePhone('+1 (212) 555-1234', 'FR'), '+12125551234');
    assert.equal(normalisePhone('+86 138 0013 8000', 'FR'), '+8613800138000');
  });

  it('reads national numbers in the customer’s country', () => {
    const national: [string, string, string][] = [
      ['06 12 34 56 78', 'FR', '+33612345678'], ['01.23.45.67.89', 'fr', '+33123456789'], ['0470 12 34 56', 'BE', '+32470123456'],
      ['02 123 45 67', 'BE', '+3221234567'], ['06-12345678', 'NL', '+31612345678'], ['030 1234567', 'DE', '+49301234567'],
      ['0171 1234567', 'DE', '+491711234567'], ['020 7946 0958', 'GB', '+442079460958'], ['07700 900123', 'GB', '+447700900123'],
      ['612 345 678', 'ES', '+34612345678'], ['06 1234 5678', 'IT', '+390612345678'], ['347 123 4567', 'IT', '+393471234567'],
      ['138 0013 8000', 'CN', '+8613800138000'], ['010 1234 5678', 'CN', '+861012345678'], ['(212) 555-1234', 'US', '+12125551234'],
    ];
    for (const [raw, country, e164] of national) assert.equal(normalisePhone(raw, country), e164, `${country} ${raw}`);
  });

  it('refuses what cannot be a number', () => {
    const wrong: [string, string][] = [
      ['', 'FR'], ['abc', 'FR'], ['+1234', 'FR'], ['06 12 34 56', 'FR'], ['612345678', 'FR'], ['+33 6 12 34 56 78 9', 'FR'],
      ['++33612345678', 'FR'], ['+33 6 12 34 56 78 ext 2', 'FR'], ['+0123456789', 'FR'], ['0612345678', 'XX'], ['1234567890123456', 'US'],
      ['038 0013 8000', 'ES'], ['+3361234567812345678', 'FR'],
    ];
    for (const [raw, country] of wrong) assert.equal(normalisePhone(raw, country), null, `${country} ${raw}`);
  });
});
