import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ArrivalWindow, type ArrivalWindowsQuery, arrivalWindows, reservedRange, windowsPerVisit } from './availability.js';
import { eligibleTechnicians, type TechnicianProfile } from './service-area.js';
import { localDate, localTime } from './zoned-time.js';

/** The demo tenant's kind of technician: Paris, 08:00–18:00 Monday to Friday. */
function parisTechnician(id: string, overrides: Partial<TechnicianProfile> = {}): TechnicianProfile {
  return {
    id,
    name: `Technician ${id}`,
    timeZone: 'Europe/Paris',
    skills: ['REFRIGERATOR'],
    country: 'FR',
    postalCodes: ['75011', '75012'],
    workingHours: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
    daysOff: [],
    ...overrides,
  };
}

const sundayNights = (id: string) => parisTechnician(id, { workingHours: [{ weekday: 7, start: '00:00', end: '06:00' }] });

function windows(query: Partial<ArrivalWindowsQuery> & Pick<ArrivalWindowsQuery, 'technicians' | 'from' | 'days'>): ArrivalWindow[] {
  const decision = arrivalWindows({ booked: [], visitMinutes: 60, travelBufferMinutes: 30, now: new Date('2026-03-01T00:00:00Z'), ...query });
  assert.ok(decision.ok, decision.ok ? '' : decision.violation.message);
  return decision.value;
}

const starts = (list: readonly ArrivalWindow[]) => list.map((w) => w.start.toISOString().slice(0, 16));
const on = (list: readonly ArrivalWindow[], date: string) => list.filter((w) => localDate(w.start, 'Europe/Paris') === date);

describe('arrival windows across daylight-saving changes', () => {
  it('offers 08:00–18:00 Paris at +01:00 on the Friday before the spring change and at +02:00 on the Monday after', () => {
    const list = windows({ technicians: [parisTechnician('a')], from: '2026-03-27', days: 4 });
    assert.deepEqual(starts(on(list, '2026-03-27')), ['2026-03-27T07:00', '2026-03-27T09:00', '2026-03-27T11:00', '2026-03-27T13:00', '2026-03-27T15:00']);
    assert.deepEqual(starts(on(list, '2026-03-30')), ['2026-03-30T06:00', '2026-03-30T08:00', '2026-03-30T10:00', '2026-03-30T12:00', '2026-03-30T14:00']);
    assert.equal(list.length, 10, 'nothing on the weekend');
    assert.equal(list.at(-1)?.end.toISOString(), '2026-03-30T16:00:00.000Z', 'the last window ends at 18:00 local');
  });

  it('offers them at +02:00 on the Friday before the autumn change and at +01:00 on the Monday after', () => {
    const list = windows({ technicians: [parisTechnician('a')], from: '2026-10-23', days: 4, now: new Date('2026-10-01T00:00:00Z') });
    assert.deepEqual(starts(on(list, '2026-10-23')), ['2026-10-23T06:00', '2026-10-23T08:00', '2026-10-23T10:00', '2026-10-23T12:00', '2026-10-23T14:00']);
    assert.deepEqual(starts(on(list, '2026-10-26')), ['2026-10-26T07:00', '2026-10-26T09:00', '2026-10-26T11:00', '2026-10-26T13:00', '2026-10-26T15:00']);
    assert.equal(list.length, 10);
  });

  it('starts no window inside the spring gap on a Sunday night shift', () => {
    const list = windows({ technicians: [sundayNights('n')], from: '2026-03-29', days: 1, windowMinutes: 60, visitMinutes: 30, travelBufferMinutes: 0 });
    // 00:00 +01:00 to 06:00 +02:00 is five hours of work.
    assert.deepEqual(starts(list), ['2026-03-28T23:00', '2026-03-29T00:00', '2026-03-29T01:00', '2026-03-29T02:00', '2026-03-29T03:00']);
    assert.deepEqual(list.map((w) => localTime(w.start, 'Europe/Paris')), ['00:00', '01:00', '03:00', '04:00', '05:00']);
    assert.ok(list.every((w) => w.end.getTime() - w.start.getTime() === 3_600_000));
    const twoHours = windows({ technicians: [sundayNights('n')], from: '2026-03-29', days: 1, travelBufferMinutes: 0 });
    assert.deepEqual(starts(twoHours), ['2026-03-28T23:00', '2026-03-29T01:00']);
  });

  it('offers the repeated autumn hour twice, as two distinct instants, with no duplicate or negative window', () => {
    const now = new Date('2026-10-01T00:00:00Z');
    const list = windows({ technicians: [sundayNights('n')], from: '2026-10-25', days: 1, windowMinutes: 60, visitMinutes: 30, travelBufferMinutes: 0, now });
    // 00:00 +02:00 to 06:00 +01:00 is seven hours of work.
    assert.deepEqual(starts(list), ['2026-10-24T22:00', '2026-10-24T23:00', '2026-10-25T00:00', '2026-10-25T01:00', '2026-10-25T02:00', '2026-10-25T03:00', '2026-10-25T04:00']);
    assert.deepEqual(list.map((w) => localTime(w.start, 'Europe/Paris')), ['00:00', '01:00', '02:00', '02:00', '03:00', '04:00', '05:00']);
    assert.equal(new Set(list.map((w) => w.start.getTime())).size, list.length);
    assert.ok(list.every((w, i) => w.end > w.start && (i === 0 || list[i - 1]!.end <= w.start)));
    const twoHours = windows({ technicians: [sundayNights('n')], from: '2026-10-25', days: 1, travelBufferMinutes: 0, now });
    assert.deepEqual(starts(twoHours), ['2026-10-24T22:00', '2026-10-25T00:00', '2026-10-25T02:00']);
  });
});

describe('arrival window capacity', () => {
  const monday = '2026-03-30';
  const firstWindow = new Date('2026-03-30T06:00:00Z');

  it('counts every free technician, and one fewer once one is booked', () => {
    const team = [parisTechnician('a'), parisTechnician('b'), parisTechnician('c')];
    const free = windows({ technicians: team, from: monday, days: 1 });
    assert.ok(free.every((w) => w.remaining === 3));
    const range = reservedRange(firstWindow, 120, 60, 30);
    const booked = windows({ technicians: team, from: monday, days: 1, booked: [{ technicianId: 'b', ...range }] });
    assert.equal(booked[0]?.remaining, 2);
    assert.deepEqual(booked[0]?.freeTechnicianIds, ['a', 'c']);
    assert.ok(booked.slice(1).every((w) => w.remaining === 3), 'the next windows are untouched');
  });

  it('drops a window once nobody is free in it', () => {
    const range = reservedRange(firstWindow, 120, 60, 30);
    const list = windows({ technicians: [parisTechnician('a')], from: monday, days: 1, booked: [{ technicianId: 'a', ...range }] });
    assert.equal(list.length, 4);
    assert.equal(list[0]?.start.toISOString(), '2026-03-30T08:00:00.000Z');
  });

  it('lets a long visit with its travel buffer reserve two windows, and a booking block every window its range overlaps', () => {
    assert.equal(windowsPerVisit(120, 150, 30), 2);
    assert.equal(windowsPerVisit(120, 60, 30), 1);
    assert.equal(windowsPerVisit(120, 1, 0), 1);
    const ten = new Date('2026-03-30T08:00:00Z');
    assert.deepEqual(reservedRange(ten, 120, 150, 30), { start: ten, end: new Date('2026-03-30T12:00:00Z') });
    const tech = [parisTechnician('a')];
    // A visit of 150 minutes plus 30 of travel: 16:00 would run to 20:00, after the day ends.
    assert.deepEqual(starts(windows({ technicians: tech, from: monday, days: 1, visitMinutes: 150 })), ['2026-03-30T06:00', '2026-03-30T08:00', '2026-03-30T10:00', '2026-03-30T12:00']);
    const longVisit = { technicianId: 'a', ...reservedRange(ten, 120, 150, 30) };
    // Its range 10:00–14:00 local blocks the long visits arriving at 08:00, 10:00 and 12:00…
    assert.deepEqual(starts(windows({ technicians: tech, from: monday, days: 1, visitMinutes: 150, booked: [longVisit] })), ['2026-03-30T12:00']);
    // …and short visits at 10:00 and 12:00 only.
    assert.deepEqual(starts(windows({ technicians: tech, from: monday, days: 1, booked: [longVisit] })), ['2026-03-30T06:00', '2026-03-30T12:00', '2026-03-30T14:00']);
  });

  it('ignores bookings of other technicians and empty ranges', () => {
    const list = windows({
      technicians: [parisTechnician('a')],
      from: monday,
      days: 1,
      booked: [
        { technicianId: 'z', start: firstWindow, end: new Date('2026-03-30T16:00:00Z') },
        { technicianId: 'a', start: new Date('2026-03-30T09:00:00Z'), end: new Date('2026-03-30T09:00:00Z') },
      ],
    });
    assert.equal(list.length, 5);
  });

  it('counts a technician listed twice once', () => {
    assert.ok(windows({ technicians: [parisTechnician('a'), parisTechnician('a')], from: monday, days: 1 }).every((w) => w.remaining === 1));
  });
});

describe('arrival windows: who, when and how far ahead', () => {
  it('skips days off', () => {
    const list = windows({ technicians: [parisTechnician('a', { daysOff: ['2026-03-31'] })], from: '2026-03-30', days: 3 });
    assert.deepEqual([...new Set(list.map((w) => localDate(w.start, 'Europe/Paris')))], ['2026-03-30', '2026-04-01']);
  });

  it('counts only the technicians who serve the place and the product', () => {
    const team = [
      parisTechnician('a'),
      parisTechnician('b', { postalCodes: ['75020'] }),
      parisTechnician('c', { skills: ['AIR_CONDITIONER'] }),
      parisTechnician('d', { country: 'BE' }),
    ];
    const eligible = eligibleTechnicians(team, { category: 'refrigerator', country: 'fr', postalCode: ' 75 011 ' });
    assert.deepEqual(eligible.map((t) => t.id), ['a']);
    assert.ok(windows({ technicians: eligible, from: '2026-03-30', days: 1 }).every((w) => w.remaining === 1 && w.freeTechnicianIds[0] === 'a'));
    assert.deepEqual(windows({ technicians: [], from: '2026-03-30', days: 1 }), []);
  });

  it('keeps the minimum notice, two hours by default, and never offers the past', () => {
    const now = new Date('2026-03-30T07:30:00Z'); // 09:30 in Paris
    assert.deepEqual(starts(windows({ technicians: [parisTechnician('a')], from: '2026-03-30', days: 1, now })), ['2026-03-30T10:00', '2026-03-30T12:00', '2026-03-30T14:00']);
    assert.deepEqual(starts(windows({ technicians: [parisTechnician('a')], from: '2026-03-30', days: 1, now, minimumNoticeMinutes: 0 })), ['2026-03-30T08:00', '2026-03-30T10:00', '2026-03-30T12:00', '2026-03-30T14:00']);
    const past = windows({ technicians: [parisTechnician('a')], from: '2026-03-23', days: 7, now, minimumNoticeMinutes: 0 });
    assert.deepEqual(past, [], 'a week that is over has nothing to offer');
  });

  it('stays within the days asked for', () => {
    const list = windows({ technicians: [parisTechnician('a')], from: '2026-03-30', days: 1 });
    assert.ok(list.every((w) => localDate(w.start, 'Europe/Paris') === '2026-03-30'));
    const week = windows({ technicians: [parisTechnician('a')], from: '2026-03-30', days: 5 });
    assert.equal(week.length, 25);
    assert.equal(localDate(week.at(-1)!.start, 'Europe/Paris'), '2026-04-03');
    assert.equal(windows({ technicians: [parisTechnician('a')], from: '2027-03-01', days: 31 }).length, 23 * 5, 'a month a year ahead');
  });

  it('refuses what it cannot plan with, naming the field', () => {
    const base: ArrivalWindowsQuery = { technicians: [parisTechnician('a')], booked: [], from: '2026-03-30', days: 1, visitMinutes: 60, travelBufferMinutes: 30, now: new Date('2026-03-01T00:00:00Z') };
    const field = (query: ArrivalWindowsQuery) => {
      const decision = arrivalWindows(query);
      return decision.ok ? undefined : decision.violation.field;
    };
    assert.deepEqual(field({ ...base, days: 0 }), ['days']);
    assert.deepEqual(field({ ...base, days: 32 }), ['days']);
    assert.deepEqual(field({ ...base, days: 1.5 }), ['days']);
    assert.deepEqual(field({ ...base, from: '2026-02-30' }), ['from']);
    assert.deepEqual(field({ ...base, windowMinutes: 29 }), ['windowMinutes']);
    assert.deepEqual(field({ ...base, windowMinutes: 481 }), ['windowMinutes']);
    assert.deepEqual(field({ ...base, visitMinutes: 0 }), ['visitMinutes']);
    assert.deepEqual(field({ ...base, visitMinutes: 601 }), ['visitMinutes']);
    assert.deepEqual(field({ ...base, travelBufferMinutes: -1 }), ['travelBufferMinutes']);
    assert.deepEqual(field({ ...base, travelBufferMinutes: 241 }), ['travelBufferMinutes']);
    assert.deepEqual(field({ ...base, now: new Date('not a date') }), ['now']);
    assert.deepEqual(field({ ...base, technicians: [parisTechnician('a', { timeZone: 'Paris' })] }), ['technicians']);
    assert.deepEqual(field({ ...base, technicians: [parisTechnician('a', { workingHours: [{ weekday: 1, start: '18:00', end: '08:00' }] })] }), ['technicians']);
    assert.equal(field({ ...base, days: 31, windowMinutes: 480, visitMinutes: 600, travelBufferMinutes: 240 }), undefined);
  });
});

describe('technician profiles judged by arrival windows', () => {
  const query = { from: '2026-03-02', days: 2, booked: [], visitMinutes: 60, travelBufferMinutes: 30, now: new Date('2026-03-01T00:00:00Z') };

  it('judges a profile that may still change anew each time', () => {
    const technician = parisTechnician('a') as { -readonly [K in keyof TechnicianProfile]: TechnicianProfile[K] };
    assert.equal(arrivalWindows({ ...query, technicians: [technician] }).ok, true);
    technician.timeZone = 'Europe/Atlantis';
    const refused = arrivalWindows({ ...query, technicians: [technician] });
    assert.equal(refused.ok ? null : refused.violation.code, 'INVALID_TECHNICIAN');
  });

  it('checks a frozen profile once, and offers it the same windows as an unfrozen copy', () => {
    const hours = parisTechnician('b').workingHours.map((h) => Object.freeze({ ...h }));
    const frozen = Object.freeze({ ...parisTechnician('b'), workingHours: Object.freeze(hours), daysOff: Object.freeze(['2026-03-03']) });
    const copy = { ...parisTechnician('b'), daysOff: ['2026-03-03'] };
    const first = windows({ ...query, technicians: [frozen] });
    assert.deepEqual(windows({ ...query, technicians: [frozen] }), first);
    assert.deepEqual(windows({ ...query, technicians: [copy] }), first);
    assert.deepEqual(new Set(first.map((w) => localDate(w.start, 'Europe/Paris'))), new Set(['2026-03-02']));
  });
});
