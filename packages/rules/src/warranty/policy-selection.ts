import type { CalendarDate } from '../calendar/calendar-date.js';
import { contains } from '../calendar/date-range.js';
import type { WarrantyPolicy } from './policy.js';

export interface PlaceOfPurchase {
  readonly country: string | null;
  readonly city: string | null;
}

/** Folds case, accents, spaces and hyphens so "Qingdao", " qingdao " and "QING-DAO" match. */
export function normaliseCity(city: string): string {
  return city
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_'’.]/g, '');
}

function inRegion(policy: WarrantyPolicy, place: PlaceOfPurchase): boolean {
  if (policy.country !== null && policy.country !== place.country) return false;
  if (policy.cities.length === 0) return true;
  if (place.city === null) return false;
  const city = normaliseCity(place.city);
  return policy.cities.some((c) => normaliseCity(c) === city);
}

export interface PolicySelection {
  readonly applicable: WarrantyPolicy[];
  /**
   * Policies of the product's lines that would apply to this purchase date but are limited to a
   * region the purchase is not known to be in: what a customer may need to hear about.
   */
  readonly outsideRegion: WarrantyPolicy[];
}

/** The policies of the product's lines in force for a purchase on `purchaseDate` at `place`. */
export function selectPolicies(
  policies: readonly WarrantyPolicy[],
  productLines: readonly string[],
  purchaseDate: CalendarDate,
  place: PlaceOfPurchase,
): PolicySelection {
  const inForce = policies.filter(
    (p) => productLines.includes(p.productLine) && contains({ startsOn: p.purchasedFrom, endsOn: p.purchasedUntil }, purchaseDate),
  );
  return {
    applicable: inForce.filter((p) => inRegion(p, place)),
    outsideRegion: inForce.filter((p) => !inRegion(p, place)),
  };
}
