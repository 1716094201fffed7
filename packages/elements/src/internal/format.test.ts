import { expect } from '@open-wc/testing';
import { calendarDifference, coverTimeLeft, formatDate, formatDuration, localToday, parseCalendarDate } from './format.js';
import { loadLanguage, sharedCatalog } from './i18n.js';

/** Intl puts no-break spaces between a number and its unit: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('dates', () => {
  // French is fetched when first spoken, as a component would.
  before(() => loadLanguage([sharedCatalog], 'fr'));

  it('parses only real YYYY-MM-DD dates', () => {
    expect(parseCalendarDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2025-02-29')).to.equal(undefined);
    expect(parseCalendarDate('2025-2-1')).to.equal(undefined);
    expect(parseCalendarDate('yesterday')).to.equal(undefined);
    expect(parseCalendarDate(null)).to.equal(undefined);
  });

  it('formats a calendar date in UTC, so no host zone shifts it a day', () => {
    expect(formatDate('2025-08-19', 'en')).to.equal('August 19, 2025');
    expect(formatDate('2025-08-19', 'en-GB')).to.equal('19 August 2025');
    expect(formatDate('2025-08-19', 'fr')).to.equal('19 août 2025');
    expect(formatDate('2025-01-01', 'en')).to.equal('January 1, 2025');
    expect(formatDate('not-a-date', 'en')).to.equal('not-a-date');
  });

  it('gives today as the local calendar date', () => {
    expect(localToday(new Date(2025, 0, 31, 23, 59))).to.equal('2025-01-31');
    expect(localToday(new Date(2025, 1, 1, 0, 1))).to.equal('2025-02-01');
  });

  it('counts calendar differences in years, months and days', () => {
    const diff = (a: string, b: string) => calendarDifference(parseCalendarDate(a)!, parseCalendarDate(b)!);
    expect(diff('2024-08-20', '2025-08-20')).to.deep.equal({ years: 1, months: 0, days: 0 });
    expect(diff('2025-12-20', '2027-08-20')).to.deep.equal({ years: 1, months: 8, days: 0 });
    expect(diff('2025-01-31', '2025-03-01')).to.deep.equal({ years: 0, months: 1, days: 1 });
    expect(diff('2024-02-29', '2025-02-28')).to.deep.equal({ years: 1, months: 0, days: 0 });
    expect(diff('2025-03-01', '2025-01-31')).to.deep.equal({ years: 0, months: 0, days: 0 });
  });

  it('writes durations with their largest units, in English and French', () => {
    const duration = (years: number, months: number, days: number, tag: string) =>
      plain(formatDuration({ years, months, days }, tag));
    expect(duration(1, 4, 12, 'en')).to.equal('1 year 4 months');
    expect(duration(2, 0, 3, 'en')).to.equal('2 years');
    expect(duration(0, 2, 5, 'en')).to.equal('2 months 5 days');
    expect(duration(0, 5, 5, 'en')).to.equal('5 months');
    expect(duration(0, 0, 1, 'en')).to.equal('1 day');
    expect(duration(1, 4, 0, 'fr')).to.equal('1 an 4 mois');
    expect(duration(0, 0, 12, 'fr')).to.equal('12 jours');
  });

  it('says how long a cover has left or since when it ended, its end day included', () => {
    const timeLeft = (endsOn: string, active: boolean, asOf: string, tag: string) =>
      plain(coverTimeLeft({ endsOn, active }, asOf, tag));
    expect(timeLeft('2027-08-19', true, '2025-12-20', 'en')).to.equal('1 year 8 months left');
    expect(timeLeft('2025-08-19', false, '2025-12-20', 'en')).to.equal('ended 4 months ago');
    expect(timeLeft('2025-12-20', true, '2025-12-20', 'en')).to.equal('last day today');
    expect(timeLeft('2025-12-21', true, '2025-12-20', 'en')).to.equal('2 days left');
    expect(timeLeft('2025-12-19', false, '2025-12-20', 'en')).to.equal('ended 1 day ago');
    expect(timeLeft('2027-08-19', true, '2025-12-20', 'fr')).to.equal('encore 1 an 8 mois');
    expect(timeLeft('2025-08-19', false, '2025-12-20', 'fr')).to.equal('terminé il y a 4 mois');
  });
});
