import { catalog, sharedCatalog, textFrom, type SharedKey } from './i18n.js';
import type later from './i18n/certificate.en.js';
import type { SupportedLanguage } from './language.js';

/**
 * `<sav-completion-certificate>`'s strings in English (the reference): the certificate of
 * completion of a kitchen installation (seed 000, Wipoz!) as its customer reviews, signs or
 * declines it. French, Dutch and Chinese are chunks of their own (i18n/certificate.<language>.ts),
 * fetched when the component speaks them. The API sends codes (who must act, the certificate's
 * status) and the component words them here. A test checks that every language has every key with
 * the same placeholders.
 * Here, what the first render shows; the rest of English (the job and its certificate) is in i18n/certificate.en.ts,
 * fetched with the code that shows it (see LazyPart).
 */
const en = {
  'config.title': 'This certificate of completion is not set up correctly',
  'config.invalidTimeZone': 'The time-zone attribute "{value}" is not an IANA time zone; {zone} is used.',

  'noLink.title': 'No certificate to show',
  'noLink.text': 'Open the link you received from your installer to review and sign the certificate of completion.',
  loading: 'Loading the certificate…',
  'error.title': 'The certificate could not be shown',
  'notFound.title': 'This link is not valid',
  'notFound.text': 'It does not open a certificate of completion. Ask your installer for a new link.',

  title: 'Certificate of completion',
  reference: 'Job {reference}, recorded on {date}',
  'done.title': 'Work done',
  'done.none': 'No item listed.',

  'sign.title': 'Sign the certificate',
  'sign.intro': 'Check the work done and the remaining items above. Signing confirms the installation as described; the remaining items stay due by the dates shown.',
  'sign.onSite': 'You are signing at your home, with the installer.',
  'sign.remote': 'You are signing remotely.',
  'sign.name': 'Your full name',
  'sign.name.missing': 'Enter your full name.',
  'sign.name.tooLong': 'Enter at most 200 characters.',
  'sign.place': 'Place',
  'sign.place.hint': 'The town where you are signing.',
  'sign.place.missing': 'Enter where you are signing.',
  'sign.place.tooLong': 'Enter at most 200 characters.',
  'sign.how': 'How do you sign?',
  'sign.typed': 'Type my name',
  'sign.drawn': 'Draw my signature',
  'sign.typedField': 'Your name as your signature',
  'sign.typed.hint': 'Type your full name exactly as above.',
  'sign.typed.missing': 'Type your name to sign.',
  'sign.typed.mismatch': 'Type your name exactly as above: {name}.',
  'sign.pad': 'Signature pad: draw with a finger, a pen or the mouse',
  'sign.pad.hint': 'Draw your signature in the box. With a keyboard, choose “Type my name” instead.',
  'sign.pad.missing': 'Draw your signature in the box, or choose “Type my name”.',
  'sign.pad.invalid': 'This drawing cannot be used as a signature: clear it and draw again.',
  'sign.clear': 'Clear the drawing',
  'sign.cleared': 'Drawing cleared.',
  'sign.agree': 'I have reviewed the work done and the remaining items',
  'sign.agree.missing': 'Tick the box to confirm you have reviewed the work done and the remaining items.',
  'sign.submit': 'Sign',
  'sign.busy': 'Signing…',
  'sign.failed': 'The certificate could not be signed',
  'decline.open': 'Decline',
  'decline.title': 'Decline to sign',
  'decline.reason': 'Why do you decline to sign?',
  'decline.reason.hint': 'Say what is wrong or missing: the installer and the network read it.',
  'decline.reason.missing': 'Say why you decline to sign.',
  'decline.reason.tooLong': 'Enter at most 2000 characters.',
  'decline.counter': '{count} of {max} characters',
  'decline.submit': 'Send my refusal',
  'decline.busy': 'Sending…',
  'decline.cancel': 'Back to signing',
  'decline.failed': 'The refusal could not be sent',
  'answered.SIGNED': 'This certificate was already signed: here it is as it stands.',
  'answered.DECLINED': 'This certificate was already declined: here it is as it stands.',

  'outcome.SIGNED': 'Signed',
  'outcome.DECLINED': 'Declined',
  'outcome.signedBy': 'Signed by {name} on {date} at {time} in {place}.',
  'outcome.zone': 'Times in {zone} time.',
  'outcome.onSite': 'Signed at the customer’s, with the installer.',
  'outcome.remote': 'Signed remotely, through the link.',
  'outcome.signature': 'Signature',
  'outcome.drawing': 'Signature drawn by {name}',
  'outcome.declined': 'The customer declined to sign the certificate.',
  'outcome.reason': 'Reason: {reason}',
  'announce.signed': 'Certificate signed by {name}.',
  'announce.declined': 'Certificate declined.',
} as const;

/** A key of the component's strings. */
export type CertificateKey = keyof typeof en | keyof typeof later;

/** The component's strings: English here, the other languages fetched when spoken. */
export const certificateCatalog = catalog<CertificateKey>(
  en,
  {
    fr: () => import('./i18n/certificate.fr.js'),
    nl: () => import('./i18n/certificate.nl.js'),
    zh: () => import('./i18n/certificate.zh.js'),
  },
  // The rest of English, for what the component shows only after a user action: fetched with that part's code.
  () => import('./i18n/certificate.en.js'),
);

/** A string of the component's (or a shared one) in a language, English when the language lacks it, placeholders filled. */
export function certificateText(language: SupportedLanguage, key: CertificateKey | SharedKey, parameters: Record<string, string | number> = {}): string {
  return textFrom([certificateCatalog, sharedCatalog], language, key, parameters);
}

/** Whether the component's strings have a key built from a code the API sent (an enum value it may add later). */
export function hasCertificateText(key: string): key is CertificateKey {
  return key in en;
}
