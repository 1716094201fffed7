import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPostalCode, isPostalCode } from './postal-codes.js';

describe('postal codes', () => {
  it('accepts each country’s real format, in its usual written form', () => {
    const written: [string, string, string][] = [
      ['FR', ' 75011 ', '75011'], ['FR', '20000', '20000'], ['FR', '97400', '97400'], ['FR', '98000', '98000'],
      ['BE', '1000', '1000'], ['NL', '1234ab', '1234 AB'], ['NL', '1234 AB', '1234 AB'], ['DE', '10115', '10115'],
      ['ES', '28013', '28013'], ['IT', '00118', '00118'], ['LU', 'L-1234', '1234'], ['LU', '1234', '1234'],
      ['PT', '1000-001', '1000-001'], ['PT', '1000 001', '1000-001'], ['GB', 'sw1a1aa', 'SW1A 1AA'], ['GB', 'M1 1AE', 'M1 1AE'],
      ['GB', 'DN55 1PT', 'DN55 1PT'], ['GB', 'GIR 0AA', 'GIR 0AA'], ['IE', 'd02x285', 'D02 X285'], ['IE', 'D6W 1234', 'D6W 1234'],
      ['CH', '8001', '8001'], ['AT', '1010', '1010'], ['CN', '266000', '266000'], ['US', '10001', '10001'],
      ['US', '10001-1234', '10001-1234'], ['US', '100011234', '10001-1234'], ['JP', '100-0001', '100-0001'], ['se', '114 55', '114 55'],
    ];
    for (const [country, code, form] of written) assert.equal(formatPostalCode(country, code), form, `${country} ${code}`);
  });

  it('refuses codes that cannot exist there', () => {
    const wrong: [string, string][] = [
      ['FR', '00100'], ['FR', '99000'], ['FR', '7501'], ['FR', '750011'], ['FR', '2A000'], ['FR', '75-011'], ['BE', '0999'], ['NL', '1234 SA'],
      ['NL', '0123 AB'], ['DE', '00999'], ['ES', '53000'], ['PT', '0100-001'], ['GB', 'QQ1 1AA'], ['GB', 'SW1A'], ['GB', 'GIR 1AB'],
      ['IE', 'B02 X285'], ['CH', '800'], ['CN', '26600'], ['US', '1000'], ['US', '10001-12'], ['JP', 'A'], ['JP', '-100'], ['JP', '12345678901'], ['FR', ''],
    ];
    for (const [country, code] of wrong) assert.equal(isPostalCode(country, code), false, `${country} ${code}`);
  });
});
