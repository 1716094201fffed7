import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dropOffSlots, type WorkshopSchedule } from './drop-off-slots.js';

const workshop: WorkshopSchedule = {
  timeZone: 'Europe/Paris',
  openingHours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday: weekday as 1, start: '09:00', end: '12:00' })),
  daysOff: ['2026-04-22'],
  slotMinutes: 60,
  slotCapacity: 3,
};
const now = new Date('2026-04-20T10:00:00Z');

function slots(taken: { seat: number; start: Date; end: Date }[] = [], from = '2026-04-21', days = 1) {
  const decision = dropOffSlots({ workshop, taken, from, days, now });
  assert.ok(decision.ok);
  return decision.value;
}

describe('workshop drop-off slots', () => {
  it("cuts the opening hours into one-hour slots of three places, in the workshop's zone", () => {
    assert.deepEqual(slots().map((s) => [s.start.toISOString(), s.remaining, s.freeSeats]), [
      ['2026-04-21T07:00:00.000Z', 3, [1, 2, 3]],
      ['2026-04-21T08:00:00.000Z', 3, [1, 2, 3]],
      ['2026-04-21T09:00:00.000Z', 3, [1, 2, 3]],
    ]);
  });

  it('counts the places taken, and drops a full slot', () => {
    const start = new Date('2026-04-21T07:00:00.000Z');
    const end = new Date('2026-04-21T08:00:00.000Z');
    assert.deepEqual(slots([{ seat: 2, start, end }])[0]?.freeSeats, [1, 3]);
    const full = slots([1, 2, 3].map((seat) => ({ seat, start, end })));
    assert.equal(full[0]?.start.toISOString(), '2026-04-21T08:00:00.000Z');
  });

  it('is closed on days off and Sundays, and refuses an absurd capacity', () => {
    assert.deepEqual(slots([], '2026-04-22'), []);
    assert.deepEqual(slots([], '2026-04-26'), []);
    assert.equal(dropOffSlots({ workshop: { ...workshop, slotCapacity: 0 }, taken: [], from: '2026-04-21', days: 1, now }).ok, false);
  });
});
