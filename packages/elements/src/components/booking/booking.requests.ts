import type { AvailableSlotsInput, DropOffSlotsInput, RepairEstimateInput, RequestRepairInput } from '@sav/client';
import type { BookingDraft } from './booking.draft.js';

/** How many days of arrival windows (or drop-off slots) the calendar offers, from today in the tenant's zone. */
export const WINDOW_DAYS = 14;

const text = (value: string) => value.trim();
const optional = (value: string) => value.trim() || null;

/** The windows to ask for: the product at the address, for the symptoms chosen, from `from`. */
export function availableSlotsInput(draft: BookingDraft, from: string): AvailableSlotsInput {
  return {
    productModel: text(draft.values.productModel),
    postalCode: text(draft.values.postalCode),
    country: text(draft.values.country),
    from,
    days: WINDOW_DAYS,
    symptoms: draft.symptoms,
  };
}

/** A workshop's drop-off slots to ask for, from `from`. */
export function dropOffSlotsInput(workshopId: string, from: string): DropOffSlotsInput {
  return { workshopId, from, days: WINDOW_DAYS };
}

/** What the review asks the gateway to estimate: coverage and price for this product, fault and place. */
export function repairEstimateInput(draft: BookingDraft): RepairEstimateInput {
  return {
    productModel: text(draft.values.productModel),
    serialNumber: optional(draft.values.serialNumber),
    purchaseDate: optional(draft.values.purchaseDate),
    symptoms: draft.symptoms,
    fault: optional(draft.values.fault),
    country: optional(draft.values.country),
    city: optional(draft.values.city),
  };
}

/**
 * The request itself, with the draft's idempotency key (the same on every try); in the `workshop`
 * mode, the workshop, `slotStart` being the start of its drop-off slot.
 */
export function requestRepairInput(draft: BookingDraft): RequestRepairInput {
  const values = draft.values;
  return {
    productModel: text(values.productModel),
    serialNumber: optional(values.serialNumber),
    purchaseDate: optional(values.purchaseDate),
    fault: text(values.fault),
    symptoms: draft.symptoms,
    customer: {
      name: text(values.name),
      email: text(values.email),
      phone: text(values.phone),
      address: {
        line1: text(values.line1),
        line2: optional(values.line2),
        postalCode: text(values.postalCode),
        city: text(values.city),
        country: text(values.country),
      },
    },
    slotStart: draft.slot?.start ?? '',
    ...(draft.mode === 'workshop' && draft.workshop ? { workshopId: draft.workshop.id } : {}),
    idempotencyKey: draft.idempotencyKey,
  };
}
