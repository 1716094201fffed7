import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../calendar/calendar-date.js';
import { isoWeekday, isWallClockTime, localDate, localTime, minutesOfDay, zonedInstant } from './zoned-time.js';

const at = (date: string, time: string, zone = 'Europe/Paris') => zonedInstant(date, time, zone).toISOString();

describe('zoned time', () => {
  it('reads 08:00 in Paris at +01:00 in winter and +02:00 in summer', () => {
    assert.equal(at('2026-03-27', '08:00'), '2026-03-27T07:00:00.000Z', 'Friday before the spring change');
    assert.equal(at('2026-03-30', '08:00'), '2026-03-30T06:00:00.000Z', 'Monday after it');
    assert.equal(at('2026-10-23', '08:00'), '2026-10-23T06:00:00.000Z', 'Friday before the autumn change');
    assert.equal(at('2026-10-26', '08:00'), '2026-10-26T07:00:00.000Z', 'Monday after it');
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    assert.equal(at('2026-03-29', '02:30'), '2026-03-29T01:30:00.000Z');
    assert.equal(localTime(zonedInstant('2026-03-29', '02:30', 'Europe/Paris'), 'Europe/Paris'), '03:30');
    assert.equal(at('2026-03-29', '02:00'), at('2026-03-29', '03:00'));
    assert.equal(at('2026-03-08', '02:30', 'America/New_York'), '2026-03-08T07:30:00.000Z');
    assert.equal(at('2026-10-04', '02:15', 'Australia/Lord_Howe'), '2026-10-03T15:45:00.000Z', 'a half-hour gap');
  });

  it('takes the first occurrence of a time repeated when clocks fall back', () => {
    assert.equal(at('2026-10-25', '02:30'), '2026-10-25T00:30:00.000Z');
    assert.equal(localTime(new Date('2026-10-25T01:30:00Z'), 'Europe/Paris'), '02:30', 'the second occurrence exists too');
    assert.equal(at('2026-11-01', '01:30', 'America/New_York'), '2026-11-01T05:30:00.000Z');
  });

  it('handles zones without daylight saving and with odd offsets', () => {
    assert.equal(at('2026-07-01', '09:00', 'Asia/Shanghai'), '2026-07-01T01:00:00.000Z');
    assert.equal(at('2026-07-01', '09:00', 'Asia/Kolkata'), '2026-07-01T03:30:00.000Z');
    assert.equal(at('2026-01-15', '09:00', 'America/St_Johns'), '2026-01-15T12:30:00.000Z');
    assert.equal(at('2026-07-01', '09:00', 'UTC'), '2026-07-01T09:00:00.000Z');
  });

  it('reads 24:00 as the next midnight', () => {
    assert.equal(at('2026-03-28', '24:00'), at('2026-03-29', '00:00'));
    assert.equal(minutesOfDay('24:00'), 1440);
    assert.equal(isWallClockTime('24:00'), false);
    assert.equal(isWallClockTime('24:00', { endOfDay: true }), true);
  });

  it('refuses what is not a date, a time or a zone', () => {
    assert.throws(() => zonedInstant('2026-02-30', '08:00', 'Europe/Paris'), { code: 'INVALID_DATE' });
    assert.throws(() => zonedInstant('2026-03-02', '8:00', 'Europe/Paris'), RangeError);
    assert.throws(() => zonedInstant('2026-03-02', '08:60', 'Europe/Paris'), RangeError);
    assert.throws(() => zonedInstant('2026-03-02', '08:00', 'Europe/Lutece'), RangeError);
  });

  it('tells the local date and ISO weekday', () => {
    assert.equal(localDate(new Date('2026-03-01T23:30:00Z'), 'Europe/Paris'), '2026-03-02');
    assert.equal(localDate(new Date('2026-03-01T23:30:00Z'), 'America/New_York'), '2026-03-01');
    assert.equal(isoWeekday('2026-03-30'), 1);
    assert.equal(isoWeekday('2026-03-29'), 7);
    assert.equal(isoWeekday('1970-01-01'), 4);
    assert.equal(isoWeekday('1969-12-29'), 1);
  });

  const zones = fc.constantFrom('Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Shanghai', 'America/St_Johns', 'Pacific/Chatham');
  const minutesSince1970 = (iso: string) => Date.parse(iso) / 60_000;
  const nearChange = (iso: string) => fc.integer({ min: minutesSince1970(iso) - 240, max: minutesSince1970(iso) + 240 });
  const minuteInstants = fc
    .oneof(
      fc.integer({ min: minutesSince1970('2000-01-01T00:00:00Z'), max: minutesSince1970('2040-12-31T00:00:00Z') }),
      // Around the 2026 changes of Paris, New York and Lord Howe, where the hours repeat or vanish.
      ...['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-04-04T15:00:00Z', '2026-10-03T15:30:00Z'].map(nearChange),
    )
    .map((minutes) => new Date(minutes * 60_000));

  it('round-trips an instant through its local date and time (the earlier occurrence when repeated)', () => {
    fc.assert(
      fc.property(zones, minuteInstants, (zone, instant) => {
        const back = zonedInstant(localDate(instant, zone), localTime(instant, zone), zone);
        assert.ok(back.getTime() <= instant.getTime());
        assert.ok(instant.getTime() - back.getTime() <= 3_600_000);
        assert.equal(localDate(back, zone), localDate(instant, zone));
        assert.equal(localTime(back, zone), localTime(instant, zone));
      }),
    );
  });

  it('a later wall-clock time on a day never happens earlier', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2026-01-01', n));
    const minutes = fc.integer({ min: 0, max: 1439 });
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    fc.assert(
      fc.property(zones, day, minutes, minutes, (zone, date, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        assert.ok(zonedInstant(date, hhmm(early), zone).getTime() <= zonedInstant(date, hhmm(late), zone).getTime());
      }),
    );
  });
});
