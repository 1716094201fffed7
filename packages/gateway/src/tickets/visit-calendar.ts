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

/** One event as an iCalendar file. */
export function calendarEvent(event: { uid: string; start: Date; end: Date; summary: string; description: string; location?: string; stampedAt: Date }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SAV//After-sales service//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stampedAt)}`,
    `DTSTART:${utcStamp(event.start)}`,
    `DTEND:${utcStamp(event.end)}`,
    `SUMMARY:${text(event.summary)}`,
    `DESCRIPTION:${text(event.description)}`,
    ...(event.location ? [`LOCATION:${text(event.location)}`] : []),
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

export function visitCalendar(visit: CalendarVisit): string {
  return calendarEvent({
    uid: `${visit.trackingCode}-${utcStamp(visit.windowStart)}@sav`,
    start: visit.windowStart,
    end: visit.windowEnd,
    summary: `Repair visit: ${visit.productModel} (${visit.trackingCode})`,
    description: `${visit.technicianName} (badge ${visit.badgeNumber}) arrives within this window. Ask for the badge at the door. Tracking code: ${visit.trackingCode}.`,
    stampedAt: visit.stampedAt,
  });
}

export interface CalendarDropOff {
  readonly trackingCode: string;
  readonly productModel: string;
  readonly slotStart: Date;
  readonly slotEnd: Date;
  readonly workshopName: string;
  readonly workshopAddress: string;
  readonly stampedAt: Date;
}

export function dropOffCalendar(dropOff: CalendarDropOff): string {
  return calendarEvent({
    uid: `${dropOff.trackingCode}-dropoff-${utcStamp(dropOff.slotStart)}@sav`,
    start: dropOff.slotStart,
    end: dropOff.slotEnd,
    summary: `Drop off ${dropOff.productModel} for repair (${dropOff.trackingCode})`,
    description: `Bring the device, its invoice and this tracking code to ${dropOff.workshopName}: ${dropOff.trackingCode}.`,
    location: `${dropOff.workshopName}, ${dropOff.workshopAddress}`,
    stampedAt: dropOff.stampedAt,
  });
}
