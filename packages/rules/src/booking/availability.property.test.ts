import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from '../calendar/calendar-date.js';
import { type ArrivalWindow, type ArrivalWindowsQuery, arrivalWindows, type BookedRange, reservedRange } from './availability.js';
import type { TechnicianProfile, WorkingHours } from './service-area.js';
import { type IsoWeekday, localDate } from './zoned-time.js';

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Asia/Kolkata'] as const;

/** A week of hours: one or two spans (half-hour aligned, possibly to 24:00) on some weekdays. */
const week: fc.Arbitrary<WorkingHours[]> = fc
  .record({
    weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[], { minLength: 3 }),
    spans: fc.array(fc.record({ start: fc.integer({ min: 0, max: 44 }), length: fc.integer({ min: 2, max: 24 }) }), { minLength: 1, maxLength: 2 }),
  })
  .map(({ weekdays, spans }) =>
    weekdays.flatMap((weekday) => spans.map(({ start, length }) => ({ weekday, start: hhmm(start * 30), end: hhmm(Math.min(48, start + length) * 30) }))),
  );

/** A team that often shares a zone and hours, so that windows merge; sometimes not. */
const team: fc.Arbitrary<TechnicianProfile[]> = fc
  .record({ zone: fc.constantFrom(...ZONES), hours: week, count: fc.integer({ min: 1, max: 3 }) })
  .chain(({ zone, hours, count }) =>
    fc.tuple(
      ...Array.from({ length: count }, (_, i) =>
        fc
          .record({
            timeZone: fc.oneof({ weight: 3, arbitrary: fc.constant(zone) }, { weight: 1, arbitrary: fc.constantFrom(...ZONES) }),
            workingHours: fc.oneof({ weight: 3, arbitrary: fc.constant(hours) }, { weight: 1, arbitrary: week }),
            // Days off among the days asked for (scenarios start from 2026-03-20 onwards).
            daysOff: fc.array(fc.integer({ min: toDayNumber('2026-03-20'), max: toDayNumber('2026-11-10') }).map(fromDayNumber), { maxLength: 40 }),
          })
          .map(({ timeZone, workingHours, daysOff }): TechnicianProfile => ({ id: `t${i}`, name: `t${i}`, timeZone, skills: ['REFRIGERATOR'], country: 'FR', postalCodes: ['75011'], workingHours, daysOff })),
      ),
    ),
  );

const RUNS = 300;
// Dates around 2026's daylight-saving changes (March, April, October, November).
const from = fc.integer({ min: toDayNumber('2026-03-20'), max: toDayNumber('2026-11-05') }).map(fromDayNumber);

const scenario = fc
  .record({
    technicians: team,
    from,
    days: fc.integer({ min: 1, max: 5 }),
    windowMinutes: fc.constantFrom(30, 60, 90, 120, 180),
    visitMinutes: fc.integer({ min: 1, max: 300 }),
    travelBufferMinutes: fc.integer({ min: 0, max: 120 }),
    minimumNoticeMinutes: fc.integer({ min: 0, max: 240 }),
    nowOffsetMinutes: fc.integer({ min: -3 * 1440, max: 1440 }),
    bookings: fc.array(fc.record({ technician: fc.integer({ min: 0, max: 2 }), offsetMinutes: fc.integer({ min: -720, max: 5 * 1440 }), minutes: fc.integer({ min: 0, max: 600 }) }), { maxLength: 16 }),
  })
  .map((s): ArrivalWindowsQuery => {
    const origin = Date.parse(`${s.from}T00:00:00Z`);
    const booked: BookedRange[] = s.bookings.map((b) => ({
      technicianId: `t${b.technician}`,
      start: new Date(origin + b.offsetMinutes * 60_000),
      end: new Date(origin + (b.offsetMinutes + b.minutes) * 60_000),
    }));
    return { ...s, technicians: [...s.technicians], booked, now: new Date(origin + s.nowOffsetMinutes * 60_000) };
  });

const extraBooking = fc.record({ technician: fc.integer({ min: 0, max: 2 }), offsetMinutes: fc.integer({ min: -1440, max: 7 * 1440 }), minutes: fc.integer({ min: 1, max: 600 }) });

function offered(query: ArrivalWindowsQuery): ArrivalWindow[] {
  const decision = arrivalWindows(query);
  assert.ok(decision.ok, decision.ok ? '' : decision.violation.message);
  return decision.value;
}

const key = (w: ArrivalWindow) => `${w.start.getTime()}/${w.end.getTime()}`;
const overlaps = (a: { start: Date; end: Date }, b: { start: Date; end: Date }) => a.start < b.end && b.start < a.end;

describe('arrival window properties', () => {
  it('every window has room, ends after it starts, is sorted and starts after now and the notice', () => {
    fc.assert(
      fc.property(scenario, (query) => {
        const list = offered(query);
        const earliest = query.now.getTime() + (query.minimumNoticeMinutes ?? 120) * 60_000;
        list.forEach((w, i) => {
          assert.ok(w.end > w.start);
          assert.equal(w.end.getTime() - w.start.getTime(), (query.windowMinutes ?? 120) * 60_000);
          assert.ok(w.remaining >= 1);
          assert.equal(w.remaining, new Set(w.freeTechnicianIds).size);
          assert.equal(w.remaining, w.freeTechnicianIds.length);
          assert.ok(w.start.getTime() >= earliest && w.start >= query.now);
          for (const id of w.freeTechnicianIds) {
            const day = localDate(w.start, query.technicians.find((t) => t.id === id)!.timeZone);
            assert.ok(day >= query.from && day < addDays(query.from, query.days), `${day} is outside the days asked for`);
          }
          if (i > 0) assert.ok(list[i - 1]!.start <= w.start);
        });
        assert.equal(new Set(list.map(key)).size, list.length, 'windows are merged');
      }),
      { numRuns: RUNS },
    );
  });

  it("a technician's windows never overlap each other nor the technician's booked ranges", () => {
    fc.assert(
      fc.property(scenario, (query) => {
        const list = offered(query);
        for (const t of query.technicians) {
          const own = list.filter((w) => w.freeTechnicianIds.includes(t.id));
          own.forEach((w, i) => {
            if (i > 0) assert.ok(own[i - 1]!.end <= w.start, `${t.id}: ${own[i - 1]!.start.toISOString()} and ${w.start.toISOString()}`);
            const reserved = reservedRange(w.start, query.windowMinutes ?? 120, query.visitMinutes, query.travelBufferMinutes);
            for (const range of query.booked.filter((b) => b.technicianId === t.id && b.end > b.start)) assert.ok(!overlaps(reserved, range));
          });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a team offers exactly what its technicians offer alone, merged, free technicians in the team's order", () => {
    fc.assert(
      fc.property(scenario, (query) => {
        const alone = new Map<string, { start: number; end: number; free: string[] }>();
        for (const technician of query.technicians) {
          for (const w of offered({ ...query, technicians: [technician] })) {
            const merged = alone.get(key(w)) ?? { start: w.start.getTime(), end: w.end.getTime(), free: [] };
            merged.free.push(...w.freeTechnicianIds);
            alone.set(key(w), merged);
          }
        }
        const together = offered(query).map((w) => ({ start: w.start.getTime(), end: w.end.getTime(), free: w.freeTechnicianIds }));
        assert.deepEqual(together, [...alone.values()].sort((a, b) => a.start - b.start || a.end - b.end));
      }),
      { numRuns: RUNS },
    );
  });

  it('a day off takes away that local day of the technician, and nothing else', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (query, pick) => {
        const technician = query.technicians[pick % query.technicians.length]!;
        const working = { ...technician, daysOff: [] };
        const own = offered({ ...query, technicians: [working] });
        fc.pre(own.length > 0);
        const dayOff = localDate(own[pick % own.length]!.start, technician.timeZone);
        const resting = offered({ ...query, technicians: [{ ...working, daysOff: [dayOff] }] });
        assert.deepEqual(resting.map(key), own.filter((w) => localDate(w.start, technician.timeZone) !== dayOff).map(key));
      }),
      { numRuns: RUNS },
    );
  });

  it('adding a booking never adds a window nor increases any remaining', () => {
    fc.assert(
      fc.property(scenario, extraBooking, (query, extra) => {
        const origin = Date.parse(`${query.from}T00:00:00Z`);
        const booking = { technicianId: `t${extra.technician}`, start: new Date(origin + extra.offsetMinutes * 60_000), end: new Date(origin + (extra.offsetMinutes + extra.minutes) * 60_000) };
        const before = new Map(offered(query).map((w) => [key(w), w.remaining]));
        for (const w of offered({ ...query, booked: [...query.booked, booking] })) {
          const was = before.get(key(w));
          assert.ok(was !== undefined && w.remaining <= was);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('booking an offered window for one of its free technicians takes exactly one place', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (query, pick) => {
        const list = offered(query);
        fc.pre(list.length > 0);
        const window = list[pick % list.length]!;
        const technicianId = window.freeTechnicianIds[pick % window.remaining]!;
        const range = reservedRange(window.start, query.windowMinutes ?? 120, query.visitMinutes, query.travelBufferMinutes);
        const after = offered({ ...query, booked: [...query.booked, { technicianId, ...range }] }).find((w) => key(w) === key(window));
        assert.equal(after?.remaining ?? 0, window.remaining - 1);
        assert.ok(!after?.freeTechnicianIds.includes(technicianId));
      }),
      { numRuns: RUNS },
    );
  });
});
