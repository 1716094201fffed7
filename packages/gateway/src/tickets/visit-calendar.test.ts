import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { visitCalendar } from './visit-calendar.js';

describe('visit calendar file', () => {
  const calendar = visitCalendar({
    trackingCode: 'SAV-ABCD-EFGH',
    productModel: 'HRF-DEMO-1',
    windowStart: new Date('2026-04-21T06:00:00Z'),
    windowEnd: new Date('2026-04-21T08:00:00Z'),
    technicianName: 'Zoë Ñúñez; Martin, Jr.',
    badgeNumber: 'DEMO-TECH-001',
    stampedAt: new Date('2026-04-20T10:00:00.123Z'),
  });

  it('is one event in UTC, lines ended by CRLF', () => {
    assert.ok(calendar.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(calendar.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n'));
    assert.match(calendar, /\r\nDTSTART:20260421T060000Z\r\n/);
    assert.match(calendar, /\r\nDTEND:20260421T080000Z\r\n/);
    assert.match(calendar, /\r\nDTSTAMP:20260420T100000Z\r\n/);
    assert.equal(calendar.split('\r\n').filter((line) => line === 'BEGIN:VEVENT').length, 1);
  });

  it('escapes text and folds long lines at 75 octets', () => {
    const unfolded = calendar.replace(/\r\n /g, '');
    assert.match(unfolded, /DESCRIPTION:Zoë Ñúñez\\; Martin\\, Jr\. \(badge DEMO-TECH-001\)/);
    for (const line of calendar.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  });
});
