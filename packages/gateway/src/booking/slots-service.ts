import { countRequest } from '../tenancy/rate-limit.js';
import { analyseFault, isCalendarDate, isPostalCode } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { InvalidInputError, ProductNotFoundError } from '../schema/errors.js';
import { findProduct } from '../warranty/warranty-records.js';
import { routingFor } from '../tickets/partner-routing.js';
import { searchArrivalWindows } from './window-search.js';

export interface AvailableSlotsQuestion {
  readonly productModel: string;
  readonly postalCode: string;
  readonly country: string;
  readonly from: string;
  readonly days: number;
  readonly symptoms?: readonly string[] | null;
}

export interface AvailableSlotsView {
  readonly slots: readonly { start: Date; end: Date; remaining: number }[];
  readonly visitMinutes: number;
  readonly repairLocation: string;
}

/**
 * The arrival windows open for a product at a postal code, for `days` days from `from`: those of
 * the partner workshop the request would be routed to, or of the tenant's own technicians.
 */
export async function runAvailableSlots(question: AvailableSlotsQuestion, context: GatewayContext): Promise<AvailableSlotsView> {
  await countRequest(context, 'booking');
  const country = question.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw new InvalidInputError(`country "${question.country}" is not an ISO 3166-1 alpha-2 code such as FR.`, 'INVALID_COUNTRY', ['country']);
  if (!isPostalCode(country, question.postalCode)) throw new InvalidInputError(`"${question.postalCode}" is not a postal code of ${country}.`, 'INVALID_POSTAL_CODE', ['postalCode']);
  if (!Number.isInteger(question.days) || question.days < 1 || question.days > 31) throw new InvalidInputError('days must be a whole number from 1 to 31.', 'OUT_OF_RANGE', ['days']);
  if (!isCalendarDate(question.from)) throw new InvalidInputError(`from "${question.from}" is not a real day.`, 'INVALID_DATE', ['from']);
  const product = await findProduct(context.store, context.tenant.id, question.productModel.trim());
  if (!product) throw new ProductNotFoundError(`${context.tenant.name} has no product model ${question.productModel.trim()} in its catalogue.`);
  const settings = await context.tenantSettings();
  const analysis = analyseFault({ category: product.category, symptoms: question.symptoms ?? [], faultText: '' }, settings.faultMapping);
  // The windows of whoever would repair it: the partner the tenant's rules route it to, else the tenant.
  const place = { category: product.category, country, postalCode: question.postalCode };
  const routing = await routingFor(context, place);
  const { windows } = await searchArrivalWindows(context.store, context.tenant.id, {
    ...place,
    pool: { partnerId: routing?.partnerId ?? null },
    from: question.from,
    days: question.days,
    visitMinutes: analysis.visitMinutes,
    now: context.now,
  }, settings);
  return {
    slots: windows.map((window) => ({ start: window.start, end: window.end, remaining: window.remaining })),
    visitMinutes: analysis.visitMinutes,
    repairLocation: analysis.location,
  };
}
