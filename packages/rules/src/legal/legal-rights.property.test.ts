import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, fromDayNumber, statutoryAnniversary, toDayNumber } from '../calendar/calendar-date.js';
import { EU_MEMBER_STATES } from './jurisdictions.js';
import { assessLegalRights, type LegalRight, type RecordedRepair } from './legal-rights.js';
import { legalRequest } from './legal-rights.fixtures.js';

const day = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
const country = fc.constantFrom(...EU_MEMBER_STATES, 'CN', 'US', 'fr', 'nl');
const category = fc.constantFrom('REFRIGERATOR', 'WASHING_MACHINE', 'AIR_CONDITIONER', 'MOBILE_PHONE', 'TELEVISION', 'GARDEN_GNOME');
const condition = fc.constantFrom('NEW' as const, 'USED' as const);
const recordedRepair: fc.Arbitrary<RecordedRepair> = fc
  .record({ requested: day('2002-01-01', '2032-12-31'), after: fc.option(fc.integer({ min: 0, max: 60 })), notRepairable: fc.boolean(), paid: fc.boolean(), fault: fc.subarray(['NOT_COOLING', 'NOISE', 'DOOR'], { minLength: 1 }) })
  .map((r) => ({ requestedOn: r.requested, repairedOn: r.after === null ? null : addDays(r.requested, r.after), notRepairable: r.notRepairable, paidByCustomer: r.paid, fault: r.fault }));
const purchase = fc.record({
  country,
  category,
  condition,
  purchaseDate: day('2002-01-01', '2030-12-31'),
  deliveryDelay: fc.integer({ min: 0, max: 30 }),
  judgedAfter: fc.integer({ min: 0, max: 6000 }),
  repairs: fc.array(recordedRepair, { maxLength: 5 }),
  servicePeriods: fc.array(fc.tuple(day('2002-01-01', '2032-12-31'), fc.integer({ min: 0, max: 60 })).map(([s, n]) => ({ startsOn: s, endsOn: addDays(s, n) })), { maxLength: 3 }),
  commercialCoverEndsOn: fc.option(day('2002-01-01', '2040-12-31')),
});

type Purchase = typeof purchase extends fc.Arbitrary<infer T> ? T : never;

function assess(p: Purchase, repairs = p.repairs): LegalRight[] {
  const deliveredOn = addDays(p.purchaseDate, p.deliveryDelay);
  const decision = assessLegalRights(
    legalRequest({ ...p, deliveredOn, asOf: addDays(p.purchaseDate, p.judgedAfter), repairs }),
  );
  assert.ok(decision.ok);
  return decision.value;
}

/** null is "no fixed end": later than any date. */
const atLeast = (a: string | null, b: string | null) => a === null || (b !== null && a >= b);

describe('legal rights: properties', () => {
  it("inside the EU, the seller's guarantee for new goods is never shorter than two years from delivery", () => {
    fc.assert(
      fc.property(purchase, (p) => {
        if (!EU_MEMBER_STATES.has(p.country.toUpperCase()) || p.condition !== 'NEW') return;
        const conformity = assess(p).filter((r) => r.kind === 'CONFORMITY');
        assert.ok(conformity.length >= 1);
        const minimum = statutoryAnniversary(addDays(p.purchaseDate, p.deliveryDelay), 24);
        assert.ok(conformity.some((r) => atLeast(r.endsOn, minimum)), `${p.country} ${p.purchaseDate}: ${conformity.map((r) => r.endsOn).join(', ')}`);
        // Presumed for at least six months (1999/44/EC), a year from 2022 (2019/771).
        const presumedMonths = p.purchaseDate >= '2022-01-01' ? 12 : 6;
        assert.ok(conformity.some((r) => atLeast(r.presumptionEndsOn, statutoryAnniversary(r.startsOn, presumedMonths))));
      }),
      { numRuns: 400 },
    );
  });

  it('a recorded repair never shortens any right, and never removes one', () => {
    fc.assert(
      fc.property(purchase, recordedRepair, (p, extra) => {
        const before = assess(p);
        const after = assess(p, [...p.repairs, extra]);
        for (const right of before) {
          const same = after.find((r) => r.ruleId === right.ruleId);
          assert.ok(same, `${right.ruleId} disappeared`);
          assert.ok(atLeast(same.endsOn, right.endsOn), `${right.ruleId}: ${right.endsOn} → ${same.endsOn}`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a right never ends before it starts, is active exactly between its dates, and its remedies are open only while it is', () => {
    fc.assert(
      fc.property(purchase, (p) => {
        const asOf = addDays(p.purchaseDate, p.judgedAfter);
        for (const right of assess(p)) {
          assert.ok(right.endsOn === null || right.endsOn >= right.startsOn);
          assert.ok(right.presumptionEndsOn === null || right.endsOn === null || right.presumptionEndsOn <= right.endsOn);
          const end = right.longStopOn ?? right.endsOn;
          assert.equal(right.active, asOf >= right.startsOn && (end === null || asOf <= end), right.ruleId);
          for (const r of right.remedies) if (r.available) assert.ok(r.until === null || asOf <= r.until, `${right.ruleId} ${r.kind}`);
          assert.ok(right.source.length > 0);
        }
      }),
      { numRuns: 400 },
    );
  });
});
