import { catalog, sharedCatalog, textFrom, type SharedKey } from './i18n.js';
import type later from './i18n/booking.en.js';
import type { SupportedLanguage } from './language.js';

/**
 * `<sav-booking>`'s strings in English (the reference); French, Dutch and Chinese are chunks of
 * their own (i18n/booking.<language>.ts), fetched when the component speaks them. The strings it
 * shares with the other components are in i18n.ts. A test checks that every language has every
 * key with the same placeholders.
 * Here, what the first render shows; the rest of English (the steps after the first and the confirmation) is in i18n/booking.en.ts,
 * fetched with the code that shows it (see LazyPart).
 */
const en = {
  'booking.config.title': 'This repair booking is not set up correctly',
  'booking.config.invalidTimeZone': 'The time-zone attribute "{value}" is not a time zone such as Europe/Paris; it was ignored.',

  'booking.progress': 'Step {current} of {total}',
  'booking.progress.label': 'Progress',
  'booking.announce.step': 'Step {current} of {total}: {title}',
  'booking.step.product': 'Your appliance and its fault',
  'booking.step.address': 'Where is the appliance?',
  'booking.step.window': 'When can the technician come?',
  'booking.step.window.dropOff': 'When will you drop the device off?',
  'booking.step.contact': 'How can we reach you?',
  'booking.step.review': 'Check and confirm',
  'booking.stepShort.product': 'Appliance',
  'booking.stepShort.address': 'Address',
  'booking.stepShort.window': 'Arrival window',
  'booking.stepShort.window.dropOff': 'Drop-off',
  'booking.stepShort.contact': 'Contact',
  'booking.stepShort.review': 'Confirm',
  'booking.next': 'Continue',
  'booking.back': 'Back',
  'booking.busy': 'Please wait…',

  'booking.productModel': 'Model',
  'booking.productModel.hint': 'As written on your invoice or on the appliance’s label.',
  'booking.serialNumber': 'Serial number (optional)',
  'booking.serialNumber.hint': 'On the label inside the door or at the back. It helps us check the warranty.',
  'booking.purchaseDate': 'Purchase date',
  'booking.purchaseDate.hint': 'The date on your invoice. Optional when you give the serial number.',
  'booking.symptoms': 'What do you notice? (optional)',
  'booking.symptoms.loading': 'Loading the usual symptoms…',
  'booking.symptoms.unavailable': 'The list of symptoms could not be loaded: describe the fault below.',
  'booking.fault': 'Describe the fault',
  'booking.fault.hint': 'In your own words: what happens, since when, any message or code shown.',
  'booking.fault.counter': '{count} of {max} characters',

  'booking.day.windows': '{day}: {count} arrival windows',
  'booking.day.oneWindow': '{day}: 1 arrival window',
  'booking.day.none': '{day}: no arrival window',
  'booking.day.windows.dropOff': '{day}: {count} drop-off slots',
  'booking.day.oneWindow.dropOff': '{day}: 1 drop-off slot',
  'booking.day.none.dropOff': '{day}: no drop-off slot',
  'booking.windows.found': '{count} arrival windows open in the next {days} days.',
  'booking.windows.found.dropOff': '{count} drop-off slots open in the next {days} days.',
  'booking.slotUnavailable': 'The window you chose has just been taken. Please choose another one: the windows shown are up to date.',
  'booking.slotUnavailable.dropOff': 'The drop-off slot you chose has just been taken. Please choose another one: the slots shown are up to date.',

  'booking.confirm': 'Confirm the booking',
  'booking.confirming': 'Booking…',
  'booking.announce.confirming': 'Sending your request…',
  'booking.announce.done': '{title}. Tracking code: {code}.',

  'booking.booked.title': 'Your repair is booked',
  'booking.verification.title': 'Your request is received',

  'booking.invalid.required': 'This information is required.',
  'booking.invalid.tooShort': 'Write at least {min} characters.',
  'booking.invalid.tooLong': 'Write at most {max} characters.',
  'booking.invalid.date': 'Enter a real date.',
  'booking.invalid.futureDate': 'The purchase date cannot be in the future.',
  'booking.invalid.email': 'Enter an email address such as name@example.com.',
  'booking.invalid.phone': 'Enter a phone number, such as +33 6 12 34 56 78.',
  'booking.invalid.window': 'Choose a day, then an arrival window.',
  'booking.invalid.window.dropOff': 'Choose a day, then a drop-off slot.',
  'booking.invalid.workshop': 'Choose a workshop.',

  'booking.error.title': 'Something went wrong',
  'booking.error.submitTitle': 'Your request was not sent',
  'booking.error.retrySafe': 'Trying again never books twice.',
  'booking.error.productNotFound': 'We do not know this model. Check it as written on your invoice.',
} as const;

/** A key of the booking's strings. */
export type BookingKey = keyof typeof en | keyof typeof later;

/** The booking's strings: English here, the other languages fetched when spoken. */
export const bookingCatalog = catalog<BookingKey>(
  en,
  {
    fr: () => import('./i18n/booking.fr.js'),
    nl: () => import('./i18n/booking.nl.js'),
    zh: () => import('./i18n/booking.zh.js'),
  },
  // The rest of English, for what the component shows only after a user action: fetched with that part's code.
  () => import('./i18n/booking.en.js'),
);

/** A string of the booking's (or a shared one) in a language, English when the language lacks it, placeholders filled. */
export function bookingText(language: SupportedLanguage, key: BookingKey | SharedKey, parameters: Record<string, string | number> = {}): string {
  return textFrom([bookingCatalog, sharedCatalog], language, key, parameters);
}

/** Whether the booking's strings have a key built from a code the API sent (an enum value it may add later). */
export function hasBookingText(key: string): key is BookingKey {
  return key in en;
}

/** A key booking's text functions accept: its own or a shared one. */
export type BookingTextKey = BookingKey | SharedKey;
