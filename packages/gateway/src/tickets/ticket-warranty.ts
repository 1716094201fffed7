import type { GatewayContext } from '../context.js';
import { toCalendarDate } from '../db/calendar-columns.js';
import { runWarrantyCheck, type WarrantyCheckView } from '../warranty/warranty-check-service.js';

/** What a ticket knows of the purchase. */
export interface TicketPurchase {
  readonly serialNumber: string | null;
  readonly productModel: string;
  readonly purchaseDate: Date | null;
  readonly country: string;
  readonly city: string;
}

/**
 * The warranty as it stands today for a ticket's product: by its registered sale when the serial
 * was sold (its own purchase date and repair days), else by model and purchase date; null when
 * neither can be judged.
 */
export async function checkTicketWarranty(context: GatewayContext, purchase: TicketPurchase): Promise<WarrantyCheckView | null> {
  if (purchase.serialNumber) {
    const bySale = await runWarrantyCheck({ serialNumber: purchase.serialNumber }, context).catch(() => null);
    if (bySale) return bySale;
  }
  if (!purchase.purchaseDate) return null;
  return runWarrantyCheck({ productModel: purchase.productModel, purchaseDate: toCalendarDate(purchase.purchaseDate), country: purchase.country, city: purchase.city }, context).catch(() => null);
}
