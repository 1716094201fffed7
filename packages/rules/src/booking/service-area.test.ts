import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkTechnicianProfile, eligibleTechnicians, normalisePostalCode, type TechnicianProfile } from './service-area.js';

const technician = (id: string, overrides: Partial<TechnicianProfile> = {}): TechnicianProfile => ({
  id,
  name: id,
  timeZone: 'Europe/Paris',
  skills: ['REFRIGERATOR', 'AIR_CONDITIONER'],
  country: 'FR',
  postalCodes: ['75011', '75012'],
  workingHours: [{ weekday: 1, start: '08:00', end: '18:00' }],
  daysOff: [],
  ...overrides,
});

describe('service area', () => {
  it('compares postal codes trimmed, upper-case and without spaces', () => {
    assert.equal(normalisePostalCode(' 75 011 '), '75011');
    assert.equal(normalisePostalCode('sw1a 1aa'), 'SW1A1AA');
  });

  it('keeps the technicians with the skill who serve that postal code in that country', () => {
    const team = [
      technician('paris-11'),
      technician('paris-20', { postalCodes: ['75020'] }),
      technician('ac-only', { skills: ['AIR_CONDITIONER'] }),
      technician('brussels', { country: 'BE', postalCodes: ['1000', '75011'] }),
      technician('london', { country: 'GB', postalCodes: ['SW1A 1AA'] }),
    ];
    assert.deepEqual(eligibleTechnicians(team, { category: 'REFRIGERATOR', country: 'FR', postalCode: '75011' }).map((t) => t.id), ['paris-11']);
    assert.deepEqual(eligibleTechnicians(team, { category: 'air_conditioner', country: 'fr', postalCode: ' 75 011' }).map((t) => t.id), ['paris-11', 'ac-only']);
    assert.deepEqual(eligibleTechnicians(team, { category: 'REFRIGERATOR', country: 'GB', postalCode: 'sw1a1aa' }).map((t) => t.id), ['london']);
    assert.deepEqual(eligibleTechnicians(team, { category: 'WASHING_MACHINE', country: 'FR', postalCode: '75011' }), []);
    assert.deepEqual(eligibleTechnicians(team, { category: 'REFRIGERATOR', country: 'FR', postalCode: '69001' }), []);
  });

  it('checks a stored profile: zone, hours and days off', () => {
    assert.equal(checkTechnicianProfile(technician('ok', { workingHours: [{ weekday: 7, start: '00:00', end: '24:00' }] })).ok, true);
    const code = (t: TechnicianProfile) => {
      const decision = checkTechnicianProfile(t);
      return decision.ok ? 'ok' : `${decision.violation.code} ${decision.violation.field.join()}`;
    };
    assert.equal(code(technician('x', { timeZone: 'CET+1' })), 'INVALID_TECHNICIAN timeZone');
    assert.equal(code(technician('x', { workingHours: [{ weekday: 1, start: '18:00', end: '08:00' }] })), 'INVALID_TECHNICIAN workingHours');
    assert.equal(code(technician('x', { workingHours: [{ weekday: 1, start: '8:00', end: '18:00' }] })), 'INVALID_TECHNICIAN workingHours');
    assert.equal(code(technician('x', { workingHours: [{ weekday: 8 as 1, start: '08:00', end: '18:00' }] })), 'INVALID_TECHNICIAN workingHours');
    assert.equal(code(technician('x', { daysOff: ['2026-02-30'] })), 'INVALID_TECHNICIAN daysOff');
    assert.equal(code(technician(' ')), 'INVALID_TECHNICIAN id');
  });
});
