import { type CalendarDate, isCalendarDate } from '../calendar/calendar-date.js';
import type { GoodsCondition } from '../legal/statutory-rules.js';
import { accept, type Decision, refuse } from '../rule-violation.js';

/** What a customer typed to check a warranty, before any lookup. */
export interface WarrantyCheckQuestion {
  readonly serialNumber?: string | null;
  readonly productModel?: string | null;
  readonly purchaseDate?: string | null;
  readonly country?: string | null;
  readonly city?: string | null;
  readonly asOf?: string | null;
  /** When the goods were delivered, if not on the purchase date: the law counts from delivery. */
  readonly deliveredOn?: string | null;
  /** NEW unless said: the law gives used goods shorter periods in places. */
  readonly condition?: GoodsCondition | null;
}

/** What every question carries besides the product. */
interface Circumstances {
  readonly country: string | null;
  readonly city: string | null;
  readonly asOf: CalendarDate | null;
  readonly deliveredOn: CalendarDate | null;
  readonly condition: GoodsCondition;
}

/** The question made plain: trimmed, upper-cased where codes are, every field checked. */
export type NormalisedWarrantyQuestion =
  | ({ readonly by: 'serial'; readonly serialNumber: string; readonly productModel: string | null; readonly purchaseDate: CalendarDate | null } & Circumstances)
  | ({ readonly by: 'model'; readonly productModel: string; readonly purchaseDate: CalendarDate } & Circumstances);

const MAX_TEXT = 100;
const COUNTRY = /^[A-Z]{2}$/;

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Checks a warranty question and says which field is wrong, before anything is looked up. */
export function normaliseWarrantyQuestion(question: WarrantyCheckQuestion): Decision<NormalisedWarrantyQuestion> {
  const serialNumber = clean(question.serialNumber)?.toUpperCase() ?? null;
  const productModel = clean(question.productModel)?.toUpperCase() ?? null;
  const purchaseDate = clean(question.purchaseDate);
  const country = clean(question.country)?.toUpperCase() ?? null;
  const city = clean(question.city);
  const asOf = clean(question.asOf);
  const deliveredOn = clean(question.deliveredOn);
  const condition = question.condition ?? 'NEW';

  for (const [field, value] of [['serialNumber', serialNumber], ['productModel', productModel], ['city', city]] as const) {
    if (value !== null && value.length > MAX_TEXT) return refuse('TOO_LONG', `${field} is longer than ${MAX_TEXT} characters.`, [field]);
  }
  if (serialNumber === null && productModel === null) {
    return refuse('REQUIRED', 'Give the serial number, or the product model with its purchase date.', ['serialNumber', 'productModel']);
  }
  if (serialNumber === null && purchaseDate === null) {
    return refuse('REQUIRED', 'Give the purchase date (the date on the invoice) with the product model.', ['purchaseDate']);
  }
  for (const [field, value] of [['purchaseDate', purchaseDate], ['asOf', asOf], ['deliveredOn', deliveredOn]] as const) {
    if (value !== null && !isCalendarDate(value)) return refuse('INVALID_DATE', `${field} "${value}" is not a real day (YYYY-MM-DD).`, [field]);
  }
  if (country !== null && !COUNTRY.test(country)) {
    return refuse('INVALID_COUNTRY', `country "${country}" is not an ISO 3166-1 alpha-2 code such as FR or CN.`, ['country']);
  }
  if (condition !== 'NEW' && condition !== 'USED') return refuse('INVALID_CONDITION', `condition "${String(condition)}" is NEW or USED.`, ['condition']);
  if (deliveredOn !== null && purchaseDate !== null && deliveredOn < purchaseDate) {
    return refuse('DELIVERY_BEFORE_PURCHASE', `The delivery date ${deliveredOn} comes before the purchase date ${purchaseDate}.`, ['deliveredOn']);
  }
  const circumstances: Circumstances = { country, city, asOf, deliveredOn, condition };
  if (serialNumber !== null) return accept({ by: 'serial', serialNumber, productModel, purchaseDate, ...circumstances });
  return accept({ by: 'model', productModel: productModel as string, purchaseDate: purchaseDate as string, ...circumstances });
}
