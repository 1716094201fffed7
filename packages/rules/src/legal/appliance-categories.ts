/**
 * The catalogue's product categories (ProductModel.category) that the law names. A category the
 * law does not name gets only the rights every good has.
 */

/**
 * Directive (EU) 2024/1799, Annex II: goods whose manufacturer must offer repair after the legal
 * guarantee, as catalogue categories.
 */
export const ANNEX_II_CATEGORIES: ReadonlySet<string> = new Set([
  'WASHING_MACHINE', 'WASHER_DRYER', 'DISHWASHER',
  'REFRIGERATOR', 'FREEZER', 'FRIDGE_FREEZER', 'WINE_COOLER',
  'DISPLAY', 'TELEVISION', 'MONITOR',
  'WELDING_EQUIPMENT', 'VACUUM_CLEANER', 'SERVER', 'DATA_STORAGE',
  'MOBILE_PHONE', 'CORDLESS_PHONE', 'TABLET',
  'TUMBLE_DRYER', 'LIGHT_VEHICLE_BATTERY',
]);

/** Upper case, spaces and hyphens as underscores: "fridge freezer" and "FRIDGE-FREEZER" are one category. */
export function normaliseCategory(category: string): string {
  return category.trim().toUpperCase().replace(/[\s-]+/g, '_');
}
