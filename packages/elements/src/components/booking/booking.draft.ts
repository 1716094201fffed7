import type { FormStep, TextFieldName } from './booking.steps.js';

/** An arrival window or a drop-off slot the customer chose: UTC instants as the gateway sent them. */
export interface ChosenWindow {
  start: string;
  end: string;
}

/** How the repair starts: a technician comes (`visit`), or the customer drops the device off at a workshop. */
export type RepairMode = 'visit' | 'workshop';

/** The workshop the customer chose to drop the device off at, as the gateway listed it. */
export interface ChosenWorkshop {
  id: string;
  name: string;
  address: string;
}

/**
 * What the customer has typed so far, kept in sessionStorage so a reload loses nothing. It never
 * holds the outcome of the submission: once booked, the draft is forgotten. `idempotencyKey` is
 * made once per draft and sent with every try, so a retry or a reload never books twice.
 */
export interface BookingDraft {
  version: 1;
  step: FormStep;
  values: Record<TextFieldName, string>;
  symptoms: string[];
  mode: RepairMode;
  /** The workshop chosen, in the `workshop` mode. */
  workshop: ChosenWorkshop | null;
  /** The arrival window, or the drop-off slot in the `workshop` mode. */
  slot: ChosenWindow | null;
  idempotencyKey: string;
}

const STORAGE_PREFIX = 'sav-booking:';

/** The sessionStorage key of a product model's draft. */
export function draftKey(productModel: string | undefined): string {
  return `${STORAGE_PREFIX}${productModel?.trim().toUpperCase() || '-'}`;
}

/** A new, empty draft with its own idempotency key. */
export function newDraft(): BookingDraft {
  return {
    version: 1,
    step: 'product',
    values: {
      productModel: '',
      serialNumber: '',
      purchaseDate: '',
      fault: '',
      line1: '',
      line2: '',
      postalCode: '',
      city: '',
      country: '',
      name: '',
      email: '',
      phone: '',
    },
    symptoms: [],
    mode: 'visit',
    workshop: null,
    slot: null,
    idempotencyKey: newIdempotencyKey(),
  };
}

/** A random UUID; `crypto.randomUUID` exists only on secure pages, so build one elsewhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const steps: readonly string[] = ['product', 'address', 'window', 'contact', 'review'];

/** The draft kept for a key, or undefined when there is none or it cannot be read. */
export function loadDraft(key: string): BookingDraft | undefined {
  let text: string | null;
  try {
    text = sessionStorage.getItem(key);
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  try {
    return readDraft(JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Keeps the draft (quietly does nothing where storage is refused, e.g. some private modes). */
export function saveDraft(key: string, draft: BookingDraft): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Without storage the form still works; only a reload loses it.
  }
}

export function forgetDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** A stored draft, checked field by field: anything malformed is dropped, not trusted. */
function readDraft(stored: unknown): BookingDraft | undefined {
  if (!isRecord(stored) || stored.version !== 1 || typeof stored.idempotencyKey !== 'string' || !stored.idempotencyKey) return undefined;
  const draft = newDraft();
  draft.idempotencyKey = stored.idempotencyKey;
  if (typeof stored.step === 'string' && steps.includes(stored.step)) draft.step = stored.step as FormStep;
  if (isRecord(stored.values)) {
    for (const name of Object.keys(draft.values) as TextFieldName[]) {
      const value = stored.values[name];
      if (typeof value === 'string') draft.values[name] = value;
    }
  }
  if (Array.isArray(stored.symptoms)) draft.symptoms = stored.symptoms.filter((code): code is string => typeof code === 'string');
  if (isRecord(stored.slot) && typeof stored.slot.start === 'string' && typeof stored.slot.end === 'string') {
    draft.slot = { start: stored.slot.start, end: stored.slot.end };
  }
  const workshop = stored.workshop;
  if (stored.mode === 'workshop') draft.mode = 'workshop';
  if (isRecord(workshop) && [workshop.id, workshop.name, workshop.address].every((value) => typeof value === 'string')) {
    draft.workshop = { id: String(workshop.id), name: String(workshop.name), address: String(workshop.address) };
  }
  return draft;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
