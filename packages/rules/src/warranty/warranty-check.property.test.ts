import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from '../calendar/calendar-date.js';
import type { DateRange } from '../calendar/date-range.js';
import { coverPeriod } from './coverage.js';
import { HAIER_SEED_001_POLICIES } from './reference-policies.js';
import { checkWarranty } from './warranty-check.js';

const FROM = toDayNumber('2000-01-01');
const TO = toDayNumber('2040-12-31');
const calendarDate = fc.integer({ min: FROM, max: TO }).map(fromDayNumber);
const servicePeriod: fc.Arbitrary<DateRange> = fc
  .tuple(calendarDate, fc.integer({ min: 0, max: 120 }))
  .map(([startsOn, length]) => ({ startsOn, endsOn: addDays(startsOn, length) }));
const servicePeriods = fc.array(servicePeriod, { maxLength: 6 });
const months = fc.integer({ min: 1, max: 240 });
const productLines = fc.subarray(['haier-refrigerator', 'haier-ac-inverter', 'haier-ac-fluorine-free', 'other']);
const place = fc.record({
  country: fc.constantFrom('FR', 'CN', 'NL', null),
  city: fc.constantFrom('Qingdao', 'Paris', 'wuhan', null),
});

describe('warranty properties', () => {
  it('a cover never ends before it starts', () => {
    fc.assert(
      fc.property(calendarDate, months, servicePeriods, (startsOn, m, periods) => {
        const cover = coverPeriod(startsOn, m, periods);
        assert.ok(cover.endsOn >= cover.startsOn);
        assert.ok(cover.extendedByDays >= 0);
      }),
    );
  });

  it('an extension never shortens cover, and more repair days never shorten it either', () => {
    fc.assert(
      fc.property(calendarDate, months, servicePeriods, servicePeriod, (startsOn, m, periods, extra) => {
        const without = coverPeriod(startsOn, m, []);
        const withPeriods = coverPeriod(startsOn, m, periods);
        const withMore = coverPeriod(startsOn, m, [...periods, extra]);
        assert.ok(withPeriods.endsOn >= without.endsOn);
        assert.ok(withMore.endsOn >= withPeriods.endsOn);
      }),
    );
  });

  it('an extension adds no more days than were spent in service', () => {
    fc.assert(
      fc.property(calendarDate, months, servicePeriods, (startsOn, m, periods) => {
        const spent = periods.reduce((sum, p) => sum + toDayNumber(p.endsOn) - toDayNumber(p.startsOn) + 1, 0);
        assert.ok(coverPeriod(startsOn, m, periods).extendedByDays <= spent);
      }),
    );
  });

  it('a later judging day never revives an expired cover, nor a later status', () => {
    const rank = { COVERED: 2, PARTLY_COVERED: 1, EXPIRED: 0, NO_POLICY: -1 } as const;
    fc.assert(
      fc.property(productLines, calendarDate, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }), place, servicePeriods,
        (lines, purchaseDate, firstOffset, laterOffset, where, periods) => {
          const judge = (asOf: string) => {
            const decision = checkWarranty({ productLines: lines, purchaseDate, asOf, place: where, policies: HAIER_SEED_001_POLICIES, servicePeriods: periods });
            assert.ok(decision.ok);
            return decision.value;
          };
          const earlier = judge(addDays(purchaseDate, firstOffset));
          const later = judge(addDays(purchaseDate, firstOffset + laterOffset));
          earlier.coverages.forEach((c, i) => {
            if (!c.active) assert.equal(later.coverages[i]?.active, false);
          });
          assert.ok(rank[later.status] <= rank[earlier.status]);
        }),
    );
  });

  it('every applicable policy gives a WHOLE_UNIT row, and the status agrees with the rows', () => {
    fc.assert(
      fc.property(productLines, calendarDate, fc.integer({ min: 0, max: 5000 }), place, (lines, purchaseDate, offset, where) => {
        const decision = checkWarranty({ productLines: lines, purchaseDate, asOf: addDays(purchaseDate, offset), place: where, policies: HAIER_SEED_001_POLICIES, servicePeriods: [] });
        assert.ok(decision.ok);
        const { appliedPolicies, coverages, status, remedies } = decision.value;
        for (const policy of appliedPolicies) assert.ok(coverages.some((c) => c.policyId === policy.id && c.part === 'WHOLE_UNIT'));
        const active = coverages.filter((c) => c.active).length;
        if (appliedPolicies.length === 0) assert.equal(status, 'NO_POLICY');
        else if (active === 0) assert.equal(status, 'EXPIRED');
        else assert.equal(status, active === coverages.length ? 'COVERED' : 'PARTLY_COVERED');
        assert.equal(remedies.some((r) => r.kind === 'REPAIR'), active > 0);
      }),
    );
  });
});
