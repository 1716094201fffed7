import { catalog, sharedCatalog, textFrom, type SharedKey } from './i18n.js';
import type later from './i18n/tracker.en.js';
import type { SupportedLanguage } from './language.js';

/**
 * `<sav-ticket-tracker>`'s strings in English (the reference), short, in plain words; French, Dutch
 * and Chinese are chunks of their own (i18n/tracker.<language>.ts), fetched when the tracker speaks
 * them. The API sends codes (statuses, next steps, actors, event kinds, quote lines, advice reasons)
 * and the tracker words them here. A test checks that every language has every key with the same
 * placeholders.
 * Here, what the first render shows; the rest of English (a ticket) is in i18n/tracker.en.ts,
 * fetched with the code that shows it (see LazyPart).
 */
const en = {
  'config.title': 'This repair tracker is not set up correctly',
  'config.pollInterval': 'The poll-interval attribute "{value}" is not a number of seconds of at least 5; {seconds} is used.',

  'lookup.title': 'Follow your repair',
  'lookup.intro': 'Enter the tracking code from your confirmation and the postal code of the address.',
  'lookup.code': 'Tracking code',
  'lookup.code.hint': 'For example SAV-7K3P-9QX2.',
  'lookup.code.missing': 'Enter the tracking code.',
  'lookup.postal': 'Postal code',
  'lookup.postal.missing': 'Enter the postal code of the address.',
  'lookup.submit': 'Show my repair',
  'lookup.busy': 'Searching…',
  'lookup.notFound': 'No repair matches this tracking code and postal code. Check both on your confirmation.',
  'lookup.linkNotFound': 'This link does not open a repair. Enter your tracking code and postal code.',
  loading: 'Loading your repair…',
  'error.title': 'Your repair could not be shown',

  heading: 'Repair {code}',
  product: 'Appliance: {model}',
  'live.stream': 'Live updates',
  'live.polling': 'Checked every {seconds} s',
  'announce.status': 'Your repair: {status}.',

  'status.RECEIVED': 'Request received',
  'status.NEEDS_VERIFICATION': 'We are checking your request',
  'status.VERIFIED': 'Request checked',
  'status.DIAGNOSED': 'Fault analysed',
  'status.SCHEDULED': 'Appointment booked',
  'status.TECHNICIAN_EN_ROUTE': 'The technician is on the way',
  'status.ON_SITE': 'The technician is with you',
  'status.AWAITING_PARTS': 'Waiting for spare parts',
  'status.REPAIRING': 'Repair under way',
  'status.REPAIRED': 'Repaired',
  'status.NOT_REPAIRABLE': 'Could not be repaired',
  'status.FOLLOW_UP': 'Repair done: your opinion counts',
  'status.CLOSED': 'Closed',
  'status.REOPENED': 'Reopened: we are on it',
  'status.CANCELLED': 'Cancelled',

  'visit.title': 'Appointment',
  'visit.window': '{day}, {window}',
  'visit.zone': 'Times in {zone} time.',
  'visit.expected': 'Expected arrival: {time}',
  'visit.delay': 'Running late: {reason}',
  'visit.arrived': 'Arrived at {time}',
  'dropOff.window': 'Drop-off: {day}, {window}',
  'dropOff.workshop': 'At {name}, {address}',
  'dropOff.received': 'Received at the workshop: {time}',
  calendar: 'Add to my calendar (.ics)',

  'code.label': 'Verification code',
  'code.hint': 'Ask the technician for this code at the door. Do not let in anyone who cannot give it.',

  'quote.title': 'Quote',
  'quote.intro': 'The warranty does not cover all the work. Nothing is charged unless you accept.',
  'quote.item': 'Item',
  'quote.amount': 'Amount',
  'quote.total': 'Total',
  'quote.note': 'From the service desk: {note}',
  'quote.covered': 'covered by the warranty',
  'quote.accept': 'Accept the quote',
  'quote.decline': 'Decline the quote',
  'quote.ACCEPTED': 'You accepted this quote on {date}.',
  'quote.DECLINED': 'You declined this quote on {date}.',
  'quote.failed': 'Your answer was not recorded',
  'quote.QUOTE_ALREADY_ANSWERED': 'This quote was already answered.',
  'quote.NOT_CURRENT_QUOTE': 'This quote is no longer the current one.',
  busy: 'Sending…',

  'reason.NOT_REPAIRABLE': 'The technician could not repair this appliance.',
  'reason.TOO_COSTLY': 'The repair would cost about {percent}% of the price of a new appliance.',
  'reason.WORTH_REPAIRING': 'The repair costs about {percent}% of the price of a new appliance.',
  'reason.NO_REPLACEMENT_PRICE': 'We have no price of a new appliance to compare with.',

  'outcome.REPAIRED': 'Your appliance was repaired.',
  'outcome.NOT_REPAIRABLE': 'Your appliance could not be repaired.',
  'outcome.note': 'What the technician did: {note}',
  'outcome.followUp': 'We will call you on {date} to check that all is well.',

  'rate.title': 'How did the repair go?',
  'rate.legend': 'Your rating, from 1 (very unhappy) to 5 (very happy)',
  'rate.comment': 'Comment (optional)',
  'rate.submit': 'Send my rating',
  'rate.missing': 'Choose a rating from 1 to 5.',
  'rate.failed': 'Your rating was not recorded',
  'rate.NOT_RATEABLE': 'The repair can be rated once the visit is over.',
  'rate.CLOSED': 'Thank you! Your repair is closed.',
  'rate.REOPENED': 'We are sorry. Your repair is reopened and the service desk will contact you.',
} as const;

/** A key of the tracker's strings. */
export type TrackerKey = keyof typeof en | keyof typeof later;

/** The tracker's strings: English here, the other languages fetched when spoken. */
export const trackerCatalog = catalog<TrackerKey>(
  en,
  {
    fr: () => import('./i18n/tracker.fr.js'),
    nl: () => import('./i18n/tracker.nl.js'),
    zh: () => import('./i18n/tracker.zh.js'),
  },
  // The rest of English, for what the component shows only after a user action: fetched with that part's code.
  () => import('./i18n/tracker.en.js'),
);

/** A string of the tracker's (or a shared one) in a language, English when the language lacks it, placeholders filled. */
export function trackerText(language: SupportedLanguage, key: TrackerKey | SharedKey, parameters: Record<string, string | number> = {}): string {
  return textFrom([trackerCatalog, sharedCatalog], language, key, parameters);
}

/** Whether the tracker's strings have a key built from a code the API sent (an enum value it may add later). */
export function hasTrackerText(key: string): key is TrackerKey {
  return key in en;
}
