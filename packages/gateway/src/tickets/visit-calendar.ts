/** A visit as an iCalendar file (RFC 5545) the customer adds to their calendar. */
export interface CalendarVisit {
  readonly trackingCode: string;
  readonly productModel: string;
  readonly windowStart: Date;
  readonly windowEnd: Date;
  readonly technicianName: string;
  readonly badgeNumber: string;
  readonly stampedAt: Date;
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values escape backslashes, semicolons, commas and line breaks. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded: CRLF and one space, never inside a UTF-8 sequence. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function visitCalendar(visit: CalendarVisit): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SAV//After-sales service//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${visit.trackingCode}-${utcStamp(visit.windowStart)}@sav`,
    `DTSTAMP:${utcStamp(visit.stampedAt)}`,
    `DTSTART:${utcStamp(visit.windowStart)}`,
    `DTEND:${utcStamp(visit.windowEnd)}`,
    `SUMMARY:${text(`Repair visit: ${visit.productModel} (${visit.trackingCode})`)}`,
    `DESCRIPTION:${text(`${visit.technicianName} (badge ${visit.badgeNumber}) arrives within this window. Ask for the badge at the door. Tracking code: ${visit.trackingCode}.`)}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
