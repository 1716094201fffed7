import { type DateRange, type TicketRepairHistory, todayIn, type WarrantyPolicy } from '@sav/rules';
import { toCalendarDate, toCalendarDateOrNull } from '../db/calendar-columns.js';
import { cachedRead } from '../db/configuration-cache.js';
import type { Store } from '../db/store.js';

/** Loads what a warranty check needs from the store, as the rules package's plain data. */
export interface ProductRecord {
  /** The catalogue row's id (tickets keep it: the quality report counts by it). */
  readonly id: string;
  readonly model: string;
  readonly name: string;
  readonly brand: string;
  readonly category: string;
  readonly productLines: readonly string[];
  /** What a new unit costs, in minor units of the price list's currency; null when unknown. */
  readonly replacementPriceMinor: number | null;
}

export interface SaleRecord {
  readonly serialNumber: string;
  readonly product: ProductRecord;
  readonly purchaseDate: string;
  readonly country: string | null;
  readonly city: string | null;
  readonly servicePeriods: readonly DateRange[];
}

const PRODUCT_FIELDS = { id: true, model: true, name: true, brand: true, category: true, productLines: true, replacementPriceMinor: true } as const;

/** A model of the tenant's catalogue, as customers type it (any case); from the gateway's cache where there is one. */
export function findProduct(store: Store, tenantId: string, model: string): Promise<ProductRecord | null> {
  return cachedRead(
    store,
    'product-model',
    `${tenantId}\u0000${model.toUpperCase()}`,
    () => store.prisma.productModel.findFirst({ where: { tenantId, model: { equals: model, mode: 'insensitive' } }, select: PRODUCT_FIELDS }),
    () => tenantId,
  );
}

export async function findSale(store: Store, tenantId: string, serialNumber: string): Promise<SaleRecord | null> {
  const sale = await store.prisma.sale.findUnique({
    // Stored upper-cased (a check constraint holds it): an exact match on the unique index, whatever the number of sales.
    where: { tenantId_serialNumber: { tenantId, serialNumber: serialNumber.toUpperCase() } },
    select: {
      serialNumber: true,
      purchaseDate: true,
      country: true,
      city: true,
      productModel: { select: PRODUCT_FIELDS },
      servicePeriods: { select: { startsOn: true, endsOn: true } },
    },
  });
  if (!sale) return null;
  return {
    serialNumber: sale.serialNumber,
    product: sale.productModel,
    purchaseDate: toCalendarDate(sale.purchaseDate),
    country: sale.country,
    city: sale.city,
    servicePeriods: sale.servicePeriods.map((p) => ({ startsOn: toCalendarDate(p.startsOn), endsOn: toCalendarDate(p.endsOn) })),
  };
}

/** The tenant's warranty policies of these product lines, oldest first; from the gateway's cache where there is one. */
export function findPolicies(store: Store, tenantId: string, productLines: readonly string[]): Promise<readonly WarrantyPolicy[]> {
  const lines = [...new Set(productLines)].sort();
  return cachedRead(store, 'warranty-policies', `${tenantId}\u0000${lines.join('\u0000')}`, () => readPolicies(store, tenantId, lines), () => tenantId);
}

async function readPolicies(store: Store, tenantId: string, productLines: readonly string[]): Promise<WarrantyPolicy[]> {
  const policies = await store.prisma.warrantyPolicy.findMany({
    where: { tenantId, productLine: { in: [...productLines] } },
    include: { parts: { select: { part: true, months: true } } },
    orderBy: [{ purchasedFrom: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
  });
  return policies.map((p) => ({
    id: p.id,
    name: p.name,
    productLine: p.productLine,
    purchasedFrom: toCalendarDateOrNull(p.purchasedFrom),
    purchasedUntil: toCalendarDateOrNull(p.purchasedUntil),
    country: p.country,
    cities: p.cities,
    terms: p.parts,
    returnDays: p.returnDays,
    exchangeDays: p.exchangeDays,
    exclusions: p.exclusions,
    paidRepairAfterExpiry: p.paidRepairAfterExpiry,
  }));
}

/**
 * The repair history of one unit, from the tenant's tickets for its serial number: statuses with
 * their day in the tenant's zone, whether the customer paid, and what failed.
 */
export async function findRepairHistory(store: Store, tenantId: string, serialNumber: string, timeZone: string): Promise<TicketRepairHistory[]> {
  const tickets = await store.prisma.ticket.findMany({
    // Tickets store serials upper-cased (intake and verification both do): an exact match uses the index.
    where: { tenantId, serialNumber: serialNumber.toUpperCase() },
    select: {
      createdAt: true,
      fault: true,
      symptoms: true,
      partsUsed: true,
      events: { select: { toStatus: true, at: true }, orderBy: { position: 'asc' } },
      quotes: { where: { status: 'ACCEPTED', totalMinor: { gt: 0 } }, select: { id: true } },
    },
    orderBy: { createdAt: 'asc' },
    take: 200,
  });
  const day = (instant: Date) => todayIn(timeZone, instant);
  return tickets.map((ticket) => {
    const codes = [...ticket.symptoms, ...ticket.partsUsed];
    return {
      // The first event is the request, at the instant the gateway judged it (the row's own stamp is the database's clock).
      requestedOn: day(ticket.events[0]?.at ?? ticket.createdAt),
      statuses: ticket.events.map((event) => ({ status: event.toStatus, on: day(event.at) })),
      paidByCustomer: ticket.quotes.length > 0,
      fault: codes.length > 0 ? codes : [ticket.fault.trim().toLowerCase()],
    };
  });
}
