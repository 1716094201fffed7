import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPartnerWorkshop } from './partner-workshop-input.js';

const lyon = { name: ' Atelier Froid Lyon ', contactEmail: 'atelier@froid-lyon.example', contactPhone: '04 78 00 00 00', addressLine1: '3 rue du Froid', postalCode: '69007', city: 'Lyon', country: 'fr' };

describe('checkPartnerWorkshop', () => {
  it('accepts a new partner, normalised', () => {
    assert.deepEqual(checkPartnerWorkshop(lyon, null), {
      ok: true,
      value: { name: 'Atelier Froid Lyon', addressLine1: '3 rue du Froid', city: 'Lyon', country: 'FR', postalCode: '69007', contactEmail: 'atelier@froid-lyon.example', contactPhone: '+33478000000' },
    });
  });

  it('requires every field of a new partner but the phone', () => {
    const checked = checkPartnerWorkshop({}, null);
    assert.ok(!checked.ok);
    assert.deepEqual(checked.violation.field, ['name', 'addressLine1', 'city', 'country', 'postalCode', 'contactEmail']);
  });

  it('names each bad field', () => {
    const checked = checkPartnerWorkshop({ ...lyon, contactEmail: 'nobody', postalCode: '6900', contactPhone: '12', name: '' }, null);
    assert.ok(!checked.ok);
    assert.deepEqual(checked.violation.problems.map((problem) => [problem.field, problem.code]), [
      ['name', 'OUT_OF_RANGE'],
      ['postalCode', 'INVALID_POSTAL_CODE'],
      ['contactEmail', 'INVALID_EMAIL'],
      ['contactPhone', 'INVALID_PHONE'],
    ]);
  });

  it('checks only what an update gives, reading a new postal code in the stored country', () => {
    assert.deepEqual(checkPartnerWorkshop({ city: 'Villeurbanne' }, { country: 'FR', postalCode: '69007' }), { ok: true, value: { city: 'Villeurbanne' } });
    const belgian = checkPartnerWorkshop({ postalCode: '1000 AB' }, { country: 'FR', postalCode: '69007' });
    assert.ok(!belgian.ok);
    assert.deepEqual(belgian.violation.field, ['postalCode']);
    // A new country must still hold the stored postal code.
    const moved = checkPartnerWorkshop({ country: 'BE' }, { country: 'FR', postalCode: '69007' });
    assert.ok(!moved.ok);
    assert.deepEqual(moved.violation.field, ['postalCode']);
    assert.deepEqual(checkPartnerWorkshop({ contactPhone: '' }, { country: 'FR', postalCode: '69007' }), { ok: true, value: { contactPhone: null } });
  });
});
