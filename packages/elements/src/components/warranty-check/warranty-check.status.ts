import type { WarrantyStatus } from '@sav/client';
import type { WarrantyTextKey } from '../../internal/i18n.warranty.js';

/** The heading and the plain-words sentence of each status. */
export const statusWords: Record<WarrantyStatus, { title: WarrantyTextKey; summary: WarrantyTextKey }> = {
  COVERED: { title: 'status.COVERED.title', summary: 'status.COVERED.summary' },
  PARTLY_COVERED: { title: 'status.PARTLY_COVERED.title', summary: 'status.PARTLY_COVERED.summary' },
  EXPIRED: { title: 'status.EXPIRED.title', summary: 'status.EXPIRED.summary' },
  NO_POLICY: { title: 'status.NO_POLICY.title', summary: 'status.NO_POLICY.summary' },
};

/** A status as the `status` attribute, the custom states and the result's class name it: `partly-covered`. */
export function statusName(status: WarrantyStatus): string {
  return status.toLowerCase().replace('_', '-');
}

/** Every status name, for the custom states to switch off the others. */
export const statusNames: readonly string[] = ['covered', 'partly-covered', 'expired', 'no-policy'];

/** The symbol beside the result's heading (decorative: the heading says it in words). */
export function statusIcon(status: WarrantyStatus): string {
  return status === 'COVERED' ? '✓' : status === 'PARTLY_COVERED' ? '◐' : status === 'EXPIRED' ? '✕' : '?';
}
