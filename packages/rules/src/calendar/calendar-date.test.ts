import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  commercialAnniversary,
  daysBetween,
  fromDayNumber,
  isCalendarDate,
  parseCalendarDate,
  statutoryAnniversary,
  todayIn,
  toDayNumber,
} from './calendar-date.js';
import { mergeRanges } from './date-range.js';

describe('calendar dates', () => {
  it('accepts real days and refuses impossible ones', () => {
    assert.equal(isCalendarDate('2024-02-29'), true);
    assert.equal(isCalendarDate('2023-02-29'), false);
    assert.equal(isCalendarDate('2024-04-31'), false);
    assert.equal(isCalendarDate('2024-13-01'), false);
    assert.equal(isCalendarDate('2024-8-20'), false);
    assert.equal(isCalendarDate('20 August 2024'), false);
    assert.throws(() => parseCalendarDate('2024-02-30'), { code: 'INVALID_DATE' });
  });

  it('counts days across months, leap years and zones', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2024-02-29', 1), '2024-03-01');
    assert.equal(addDays('2025-01-01', -1), '2024-12-31');
    assert.equal(daysBetween('2024-08-20', '2025-08-20'), 365);
    assert.equal(daysBetween('2025-03-30', '2025-03-31'), 1, 'a daylight-saving change is still one day');
  });

  it('counts a maker anniversary as the same day, or the 1st of the next month when it is missing', () => {
    assert.equal(commercialAnniversary('2024-08-20', 12), '2025-08-20');
    assert.equal(commercialAnniversary('2024-02-29', 12), '2025-03-01');
    assert.equal(commercialAnniversary('2024-01-31', 1), '2024-03-01');
    assert.equal(commercialAnniversary('2024-12-15', 1), '2025-01-15');
  });

  it('counts a statutory period to the same date, or the last day of a shorter month', () => {
    assert.equal(statutoryAnniversary('2024-08-20', 24), '2026-08-20');
    assert.equal(statutoryAnniversary('2024-02-29', 12), '2025-02-28');
    assert.equal(statutoryAnniversary('2024-01-31', 1), '2024-02-29');
  });

  it("tells today's date in a zone, not the host's", () => {
    const instant = new Date('2026-03-01T23:30:00Z');
    assert.equal(todayIn('Europe/Paris', instant), '2026-03-02');
    assert.equal(todayIn('America/New_York', instant), '2026-03-01');
  });

  it("tells today's date right however instants follow one another (it remembers the last minute's answer)", () => {
    const reference = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' });
    // Around midnight in Kolkata (UTC+05:30): the same minute asked twice, then the next, then back, then historic instants.
    const midnight = Date.parse('2026-03-01T18:30:00Z');
    const instants = [midnight - 1, midnight - 30_000, midnight, midnight + 1, midnight - 1, midnight + 59_999, Date.parse('1900-01-01T18:38:00Z'), Date.parse('1900-01-01T18:39:00Z')];
    for (const instant of instants) assert.equal(todayIn('Asia/Kolkata', new Date(instant)), reference.format(new Date(instant)), new Date(instant).toISOString());
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.integer({ min: -120_000, max: 120_000 }), (instant, step) => {
        for (const at of [instant, instant + step, instant]) assert.equal(todayIn('Asia/Kolkata', new Date(at)), reference.format(new Date(at)));
      }),
    );
  });

  it('day numbers round-trip for any date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
        const date = fromDayNumber(n);
        assert.equal(isCalendarDate(date), true);
        assert.equal(toDayNumber(date), n);
      }),
    );
  });

  it('day numbers agree with the Gregorian calendar from year 1 to 9999', () => {
    const reference = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    const first = toDayNumber('0001-01-01');
    const last = toDayNumber('9999-12-31');
    assert.equal(reference(first), '0001-01-01');
    assert.equal(reference(last), '9999-12-31');
    for (const [date, n] of [['1970-01-01', 0], ['1969-12-31', -1], ['2000-02-29', 11_016], ['2000-03-01', 11_017], ['1900-03-01', -25_508], ['1600-02-29', -135_081]] as const) {
      assert.equal(toDayNumber(date), n, date);
      assert.equal(fromDayNumber(n), date);
      assert.equal(reference(n), date);
    }
    fc.assert(fc.property(fc.integer({ min: first, max: last }), (n) => assert.equal(fromDayNumber(n), reference(n))), { numRuns: 20_000 });
  });

  it('refuses dates with anything but digits in their places', () => {
    for (const text of ['2024-0a-01', '+024-01-01', ' 024-01-01', '2024/01/01', '2024-01-01 ', '0000-01-01', '2024-00-10', '2024-01-00', '２０２４-01-01']) {
      assert.equal(isCalendarDate(text), false, text);
      assert.throws(() => parseCalendarDate(text), { code: 'INVALID_DATE' });
    }
    assert.throws(() => addDays('2024-1-01', 1), { code: 'INVALID_DATE' });
  });

  it('merges overlapping and touching ranges', () => {
    assert.deepEqual(
      mergeRanges([
        { startsOn: '2025-03-10', endsOn: '2025-03-12' },
        { startsOn: '2025-03-01', endsOn: '2025-03-05' },
        { startsOn: '2025-03-06', endsOn: '2025-03-07' },
        { startsOn: '2025-03-11', endsOn: '2025-03-20' },
        { startsOn: '2025-04-02', endsOn: '2025-04-01' },
      ]),
      [
        { startsOn: '2025-03-01', endsOn: '2025-03-07' },
        { startsOn: '2025-03-10', endsOn: '2025-03-20' },
      ],
    );
  });
});
