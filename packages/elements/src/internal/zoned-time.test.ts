import { expect } from '@open-wc/testing';
import { formatMoney } from './money.js';
import { calendarDays, dateInZone, firstDayOfWeek, formatDay, formatTimeRange, isTimeZone, todayInZone, zoneCity } from './zoned-time.js';

/** Intl puts no-break and thin spaces in times and amounts: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('zoned time', () => {
  it('reads an instant’s calendar date in the tenant’s zone, never the host’s', () => {
    expect(dateInZone('2026-03-02T23:30:00Z', 'Europe/Paris')).to.equal('2026-03-03');
    expect(dateInZone('2026-03-02T23:30:00Z', 'UTC')).to.equal('2026-03-02');
    expect(dateInZone('2026-03-02T10:00:00Z', 'America/New_York')).to.equal('2026-03-02');
    expect(todayInZone('Asia/Tokyo', new Date('2026-03-02T16:00:00Z'))).to.equal('2026-03-03');
  });

  it('writes a window’s times in the page’s locale and the zone, across daylight saving', () => {
    expect(plain(formatTimeRange('2026-03-03T07:00:00Z', '2026-03-03T09:00:00Z', 'en', 'Europe/Paris'))).to.equal('8:00 – 10:00 AM');
    expect(plain(formatTimeRange('2026-07-03T06:00:00Z', '2026-07-03T08:00:00Z', 'en', 'Europe/Paris'))).to.equal('8:00 – 10:00 AM');
    expect(plain(formatTimeRange('2026-03-03T07:00:00Z', '2026-03-03T09:00:00Z', 'fr', 'Europe/Paris'))).to.equal('08:00 – 10:00');
    expect(plain(formatTimeRange('2026-03-03T12:00:00Z', '2026-03-03T14:00:00Z', 'en-GB', 'Europe/Paris'))).to.equal('13:00–15:00');
  });

  it('names days, counts them across months, and knows zones and week starts', () => {
    expect(formatDay('2026-03-03', 'en')).to.equal('Tuesday, March 3');
    expect(formatDay('2026-03-03', 'fr')).to.equal('mardi 3 mars');
    expect(calendarDays('2026-02-27', 3)).to.deep.equal(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(isTimeZone('Europe/Paris')).to.equal(true);
    expect(isTimeZone('Mars/Olympus')).to.equal(false);
    expect(zoneCity('America/New_York')).to.equal('New York');
    expect(firstDayOfWeek('fr')).to.equal(1);
    expect(firstDayOfWeek('en-US')).to.equal(7);
  });
});

describe('money', () => {
  it('formats decimal strings exactly, in the reader’s conventions', () => {
    expect(plain(formatMoney({ amount: '224.00', currency: 'EUR' }, 'en'))).to.equal('€224.00');
    expect(plain(formatMoney({ amount: '224.00', currency: 'EUR' }, 'fr'))).to.equal('224,00 €');
    expect(plain(formatMoney({ amount: '90071992547409.93', currency: 'EUR' }, 'en'))).to.equal('€90,071,992,547,409.93');
    expect(formatMoney({ amount: 'lots', currency: 'EUR' }, 'en')).to.equal('lots EUR');
  });
});
