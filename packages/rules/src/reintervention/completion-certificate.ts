/**
 * Seed 000: the installer finalises the work with a Certificate of Completion, with the customer
 * present where possible: what was done, what remains ("reserves", each with who must act and by
 * when), and the customer's signature, drawn or typed, with the date and place. Checked here,
 * every bad field at once.
 */
import { acceptInput, type FieldProblem, type InputDecision, refuseProblems } from '../booking/input-problems.js';
import { isCalendarDate } from '../calendar/calendar-date.js';

export const RESERVE_PARTIES = ['INSTALLER', 'DESIGNER', 'SUPPLIER', 'CUSTOMER'] as const;
export type ReserveParty = (typeof RESERVE_PARTIES)[number];

export interface Reserve {
  readonly description: string;
  /** Who must act. */
  readonly party: ReserveParty;
  /** By when (a calendar date, YYYY-MM-DD). */
  readonly dueOn: string;
}

export interface CertificateContent {
  readonly itemsDone: readonly string[];
  readonly reserves: readonly Reserve[];
  readonly photoUrls: readonly string[];
}

const MAX_ITEMS = 100;
const MAX_TEXT = 500;
const MAX_PHOTOS = 20;

function text(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

export function checkCertificateContent(content: CertificateContent): InputDecision<CertificateContent> {
  const problems: FieldProblem[] = [];
  const itemsDone = content.itemsDone.map(text);
  if (itemsDone.length < 1 || itemsDone.length > MAX_ITEMS) problems.push({ field: 'itemsDone', code: 'OUT_OF_RANGE', message: `List 1 to ${MAX_ITEMS} items done.` });
  else if (itemsDone.some((item) => item.length < 1 || item.length > MAX_TEXT)) problems.push({ field: 'itemsDone', code: 'OUT_OF_RANGE', message: `Each item done is 1 to ${MAX_TEXT} characters.` });
  if (content.reserves.length > MAX_ITEMS) problems.push({ field: 'reserves', code: 'OUT_OF_RANGE', message: `At most ${MAX_ITEMS} reserves.` });
  const reserves = content.reserves.map((reserve, index) => {
    const description = text(reserve.description);
    if (description.length < 1 || description.length > MAX_TEXT) problems.push({ field: `reserves.${index}.description`, code: 'OUT_OF_RANGE', message: `A reserve says what remains, in 1 to ${MAX_TEXT} characters.` });
    if (!(RESERVE_PARTIES as readonly string[]).includes(reserve.party)) problems.push({ field: `reserves.${index}.party`, code: 'UNKNOWN_PARTY', message: `Who must act is one of ${RESERVE_PARTIES.join(', ')}.` });
    if (!isCalendarDate(reserve.dueOn)) problems.push({ field: `reserves.${index}.dueOn`, code: 'INVALID_DATE', message: 'By when is a real day, YYYY-MM-DD.' });
    return { description, party: reserve.party, dueOn: reserve.dueOn };
  });
  if (content.photoUrls.length > MAX_PHOTOS || content.photoUrls.some((url) => !/^https:\/\/[^\s]{1,2000}$/.test(url))) {
    problems.push({ field: 'photoUrls', code: 'INVALID_URL', message: `At most ${MAX_PHOTOS} photos, each an https:// address.` });
  }
  return problems.length > 0 ? refuseProblems(problems) : acceptInput({ itemsDone, reserves, photoUrls: [...content.photoUrls] });
}

export type SignatureKind = 'TYPED' | 'DRAWN';

export interface SignatureInput {
  readonly signerName: string;
  readonly kind: SignatureKind;
  /** TYPED: the name as typed; DRAWN: the SVG path data of the strokes. */
  readonly signature: string;
  readonly place: string;
}

/** SVG path data: moves, lines and curves, numbers, spaces and commas only (no markup, no script). */
const PATH_DATA = /^[MLHVCSQTAZmlhvcsqtaz0-9 ,.\-e]+$/;
const MAX_DRAWING = 100_000;

export function checkSignature(input: SignatureInput): InputDecision<SignatureInput> {
  const problems: FieldProblem[] = [];
  const signerName = text(input.signerName);
  const place = text(input.place);
  const signature = input.kind === 'TYPED' ? text(input.signature) : input.signature.trim();
  if (signerName.length < 1 || signerName.length > 200) problems.push({ field: 'signerName', code: 'OUT_OF_RANGE', message: 'The name of who signs, 1 to 200 characters.' });
  if (place.length < 1 || place.length > 200) problems.push({ field: 'place', code: 'OUT_OF_RANGE', message: 'Where it is signed, 1 to 200 characters.' });
  if (input.kind === 'TYPED') {
    if (signature.toLocaleLowerCase() !== signerName.toLocaleLowerCase()) problems.push({ field: 'signature', code: 'SIGNATURE_MISMATCH', message: 'A typed signature is the signer\'s name, as given.' });
  } else if (signature.length < 10 || signature.length > MAX_DRAWING || !PATH_DATA.test(signature) || !/^[Mm]/.test(signature)) {
    problems.push({ field: 'signature', code: 'INVALID_DRAWING', message: 'A drawn signature is SVG path data (M… L… C…), up to 100000 characters.' });
  }
  return problems.length > 0 ? refuseProblems(problems) : acceptInput({ signerName, kind: input.kind, signature, place });
}
