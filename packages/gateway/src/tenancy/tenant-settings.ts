import { checkFaultMapping, checkPriceList, DEFAULT_FAULT_MAPPING, type FaultMapping, type PriceList } from '@sav/rules';
import { cachedRead } from '../db/configuration-cache.js';
import type { Store } from '../db/store.js';

/** A tenant's service settings, read once per request: booking windows, cut-off, price list, fault mapping. */
export interface TenantSettings {
  readonly arrivalWindowMinutes: number;
  readonly travelBufferMinutes: number;
  readonly minimumNoticeMinutes: number;
  readonly changeCutoffMinutes: number;
  /** The charging standard; null when the tenant has none, or a stored one that does not hold. */
  readonly priceList: PriceList | null;
  /** The tenant's symptom mapping; SAV's defaults when it has none, or one that does not hold. */
  readonly faultMapping: FaultMapping;
  /** A rating at or above it closes a ticket; below, it reopens it. */
  readonly satisfactionThreshold: number;
  readonly followUpDays: number;
  /** Repair is advised against above this share (percent) of the replacement price. */
  readonly repairCostLimitPercent: number;
  /** Signs the customers' tracker links. */
  readonly linkSecret: string;
  /** The retailer's page with the tracker, where confirmation links point; null when unset. */
  readonly trackerUrl: string | null;
  /** Ticket lookups and warranty lookups by serial, each, per minute to one publishable key and client address. */
  readonly lookupsPerMinute: number;
  /** Booking requests (windows, repair requests) per minute to one publishable key and client address. */
  readonly bookingsPerMinute: number;
  /** Its repairers hold France's QualiRépar label: quotes deduct the bonus réparation where the law grants it. */
  readonly qualiReparLabelled: boolean;
  /** Days after a ticket is closed or cancelled before its customer's personal data is anonymised. */
  readonly personalDataRetentionDays: number;
}

/** The tenant's settings, from the running gateway's cache where there is one. */
export function loadTenantSettings(store: Store, tenantId: string): Promise<TenantSettings> {
  return cachedRead(store, 'tenant-settings', tenantId, () => readTenantSettings(store, tenantId), () => tenantId);
}

async function readTenantSettings(store: Store, tenantId: string): Promise<TenantSettings> {
  const row = await store.prisma.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: {
      arrivalWindowMinutes: true, travelBufferMinutes: true, minimumNoticeMinutes: true, changeCutoffMinutes: true, priceList: true, faultMapping: true,
      satisfactionThreshold: true, followUpDays: true, repairCostLimitPercent: true, linkSecret: true, trackerUrl: true, lookupsPerMinute: true, bookingsPerMinute: true, qualiReparLabelled: true,
      personalDataRetentionDays: true,
    },
  });
  const priceList = row.priceList !== null && typeof row.priceList === 'object' && !Array.isArray(row.priceList) ? checkPriceList(row.priceList as unknown as PriceList) : null;
  const faultMapping = row.faultMapping === null ? null : checkFaultMapping(row.faultMapping);
  return {
    arrivalWindowMinutes: row.arrivalWindowMinutes,
    travelBufferMinutes: row.travelBufferMinutes,
    minimumNoticeMinutes: row.minimumNoticeMinutes,
    changeCutoffMinutes: row.changeCutoffMinutes,
    priceList: priceList?.ok ? priceList.value : null,
    faultMapping: faultMapping?.ok ? faultMapping.value : DEFAULT_FAULT_MAPPING,
    satisfactionThreshold: row.satisfactionThreshold,
    followUpDays: row.followUpDays,
    repairCostLimitPercent: row.repairCostLimitPercent,
    linkSecret: row.linkSecret,
    trackerUrl: row.trackerUrl,
    lookupsPerMinute: row.lookupsPerMinute,
    bookingsPerMinute: row.bookingsPerMinute,
    qualiReparLabelled: row.qualiReparLabelled,
    personalDataRetentionDays: row.personalDataRetentionDays,
  };
}

/** Reads the settings on first use and hands the same answer to every later call of the request. */
export function memoisedTenantSettings(store: Store, tenantId: string): () => Promise<TenantSettings> {
  let settings: Promise<TenantSettings> | undefined;
  return () => (settings ??= loadTenantSettings(store, tenantId));
}
