import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HAIER_SEED_001_POLICIES as POLICIES } from './reference-policies.js';
import { checkWarranty, type WarrantyAssessment, type WarrantyCheckRequest } from './warranty-check.js';

const FRIDGE = ['haier-refrigerator'];
const INVERTER_AC = ['haier-ac-inverter'];
const FLUORINE_FREE_AC = ['haier-ac-fluorine-free'];

function check(overrides: Partial<WarrantyCheckRequest>): WarrantyAssessment {
  const decision = checkWarranty({
    productLines: FRIDGE,
    purchaseDate: '2024-08-20',
    asOf: '2026-04-20',
    place: { country: 'FR', city: null },
    policies: POLICIES,
    servicePeriods: [],
    ...overrides,
  });
  if (!decision.ok) throw new Error(`refused: ${decision.violation.message}`);
  return decision.value;
}

const cover = (assessment: WarrantyAssessment, part: string) => {
  const found = assessment.coverages.find((c) => c.part === part);
  assert.ok(found, `no ${part} row`);
  return found;
};

describe('warranty check — refrigerator (seed 001)', () => {
  it('twenty months after purchase: whole unit expired, the main parts covered', () => {
    const result = check({ purchaseDate: '2024-08-20', asOf: '2026-04-20' });
    assert.equal(result.status, 'PARTLY_COVERED');
    assert.deepEqual(result.coverages.map((c) => c.part), [
      'WHOLE_UNIT', 'COMPRESSOR', 'EVAPORATOR', 'CONDENSER', 'SOLENOID_VALVE', 'MAIN_CONTROL_BOARD', 'CABINET', 'DOOR',
      'TEMPERATURE_CONTROLLER', 'FILTER', 'CAPILLARY_TUBE', 'FAN_MOTOR', 'DEFROST_HEATER', 'ICE_MAKER', 'TIMER',
    ]);
    assert.deepEqual(cover(result, 'WHOLE_UNIT'), {
      part: 'WHOLE_UNIT', startsOn: '2024-08-20', endsOn: '2025-08-19', active: false, daysLeft: 0, extendedByDays: 0,
      policyId: 'haier-refrigerator', policyName: 'Haier refrigerator warranty',
    });
    const compressor = cover(result, 'COMPRESSOR');
    assert.equal(compressor.endsOn, '2027-08-19');
    assert.equal(compressor.active, true);
    assert.equal(compressor.daysLeft, 487);
    assert.deepEqual(result.remedies, [{ kind: 'REPAIR', until: '2027-08-19' }]);
  });

  it('within 7 days: return, exchange or repair; within 15: exchange or repair', () => {
    assert.deepEqual(check({ purchaseDate: '2025-06-02', asOf: '2025-06-09' }).remedies, [
      { kind: 'RETURN', until: '2025-06-09' },
      { kind: 'EXCHANGE', until: '2025-06-17' },
      { kind: 'REPAIR', until: '2028-06-01' },
    ]);
    assert.deepEqual(check({ purchaseDate: '2025-06-02', asOf: '2025-06-10' }).remedies.map((r) => r.kind), ['EXCHANGE', 'REPAIR']);
    assert.deepEqual(check({ purchaseDate: '2025-06-02', asOf: '2025-06-18' }).remedies.map((r) => r.kind), ['REPAIR']);
  });

  it('covers everything in the first year, the day of purchase and the last day included', () => {
    assert.equal(check({ purchaseDate: '2024-08-20', asOf: '2024-08-20' }).status, 'COVERED');
    const lastDay = check({ purchaseDate: '2024-08-20', asOf: '2025-08-19' });
    assert.equal(lastDay.status, 'COVERED');
    assert.equal(cover(lastDay, 'WHOLE_UNIT').daysLeft, 1);
    assert.equal(check({ purchaseDate: '2024-08-20', asOf: '2025-08-20' }).status, 'PARTLY_COVERED');
  });

  it('expires after three years, and says paid repair remains', () => {
    const result = check({ purchaseDate: '2021-01-10', asOf: '2026-01-10' });
    assert.equal(result.status, 'EXPIRED');
    assert.deepEqual(result.remedies, []);
    assert.equal(result.paidRepairAvailable, true);
    assert.deepEqual(result.exclusions, ['NO_PROOF_OF_PURCHASE', 'ALTERED_INVOICE', 'ACCIDENT_OR_MISUSE', 'UNAUTHORISED_REPAIR']);
  });

  it('adds the days spent in repair or waiting for parts to every running cover', () => {
    const result = check({
      purchaseDate: '2024-08-20',
      asOf: '2025-08-25',
      servicePeriods: [
        { startsOn: '2025-03-03', endsOn: '2025-03-12' },
        { startsOn: '2025-03-10', endsOn: '2025-03-14' },
      ],
    });
    const wholeUnit = cover(result, 'WHOLE_UNIT');
    assert.equal(wholeUnit.extendedByDays, 12);
    assert.equal(wholeUnit.endsOn, '2025-08-31');
    assert.equal(wholeUnit.active, true);
    assert.equal(cover(result, 'COMPRESSOR').endsOn, '2027-08-31');
    assert.equal(result.status, 'COVERED');
  });

  it('ignores repair days after a cover ended', () => {
    const result = check({ purchaseDate: '2024-08-20', asOf: '2026-01-01', servicePeriods: [{ startsOn: '2025-09-01', endsOn: '2025-09-30' }] });
    assert.equal(cover(result, 'WHOLE_UNIT').extendedByDays, 0);
    assert.equal(cover(result, 'COMPRESSOR').extendedByDays, 30);
  });

  it('refuses a purchase after the judging day', () => {
    const decision = checkWarranty({
      productLines: FRIDGE, purchaseDate: '2026-05-01', asOf: '2026-04-20', place: { country: 'FR', city: null }, policies: POLICIES, servicePeriods: [],
    });
    assert.equal(decision.ok, false);
    assert.equal(!decision.ok && decision.violation.code, 'PURCHASE_AFTER_JUDGING_DAY');
    assert.deepEqual(!decision.ok && decision.violation.field, ['purchaseDate']);
  });

  it('refuses an impossible date', () => {
    const decision = checkWarranty({
      productLines: FRIDGE, purchaseDate: '2025-02-29', asOf: '2026-04-20', place: { country: 'FR', city: null }, policies: POLICIES, servicePeriods: [],
    });
    assert.equal(!decision.ok && decision.violation.code, 'INVALID_DATE');
  });
});

describe('warranty check — inverter air conditioners (seed 001)', () => {
  it('bought up to 30 December 2007: 3 years whole unit, 6 years compressor', () => {
    const result = check({ productLines: INVERTER_AC, purchaseDate: '2007-12-30', asOf: '2011-06-01', place: { country: 'CN', city: 'Beijing' } });
    assert.deepEqual(result.coverages.map((c) => [c.part, c.endsOn, c.active]), [
      ['WHOLE_UNIT', '2010-12-29', false],
      ['COMPRESSOR', '2013-12-29', true],
    ]);
    assert.equal(result.status, 'PARTLY_COVERED');
  });

  it('bought 31 December 2007 to 30 November 2009: 6 years including compressor and parts', () => {
    for (const purchaseDate of ['2007-12-31', '2009-11-30']) {
      const result = check({ productLines: INVERTER_AC, purchaseDate, asOf: '2010-01-01', place: { country: 'CN', city: null } });
      assert.deepEqual(result.coverages.map((c) => c.part), ['WHOLE_UNIT', 'COMPRESSOR', 'PARTS']);
      assert.ok(result.coverages.every((c) => c.endsOn === result.coverages[0]?.endsOn));
    }
    assert.equal(check({ productLines: INVERTER_AC, purchaseDate: '2008-06-15', asOf: '2010-01-01', place: { country: 'CN', city: null } }).coverages[0]?.endsOn, '2014-06-14');
  });

  it('from 1 December 2009 in the seven cities: 10 years; elsewhere no policy, and says why', () => {
    const qingdao = check({ productLines: INVERTER_AC, purchaseDate: '2012-05-10', asOf: '2020-01-01', place: { country: 'CN', city: 'qingdao ' } });
    assert.equal(qingdao.status, 'COVERED');
    assert.equal(qingdao.coverages[0]?.endsOn, '2022-05-09');
    const paris = check({ productLines: INVERTER_AC, purchaseDate: '2012-05-10', asOf: '2020-01-01', place: { country: 'FR', city: 'Paris' } });
    assert.equal(paris.status, 'NO_POLICY');
    assert.deepEqual(paris.coverages, []);
    assert.deepEqual(paris.remedies, []);
    assert.equal(paris.policiesOutsideRegion[0]?.id, 'haier-ac-inverter-2009-cities');
    const noCity = check({ productLines: INVERTER_AC, purchaseDate: '2012-05-10', asOf: '2020-01-01', place: { country: 'CN', city: null } });
    assert.equal(noCity.status, 'NO_POLICY');
  });

  it('fluorine-free household units from 1 January 2010: 10 years; before, no policy', () => {
    const result = check({ productLines: FLUORINE_FREE_AC, purchaseDate: '2021-04-01', asOf: '2026-04-01' });
    assert.equal(result.status, 'COVERED');
    assert.deepEqual(result.coverages.map((c) => [c.part, c.endsOn]), [
      ['WHOLE_UNIT', '2031-03-31'], ['COMPRESSOR', '2031-03-31'], ['PARTS', '2031-03-31'],
    ]);
    assert.equal(check({ productLines: FLUORINE_FREE_AC, purchaseDate: '2009-12-31', asOf: '2012-01-01' }).status, 'NO_POLICY');
  });

  it('a product with no policy line at all is NO_POLICY, never a guess', () => {
    const result = check({ productLines: ['unknown-line'] });
    assert.equal(result.status, 'NO_POLICY');
    assert.equal(result.paidRepairAvailable, false);
  });
});
