import type { DefectCause, ReinterventionPayer } from '@sav/client';

/** What `sav-reintervention-quoted` tells the page: the visit worked out, who pays, and how much. */
export interface SavReinterventionQuotedDetail {
  /** What caused the return visit: `SUPPLIES`, `DESIGNER` or `INSTALLER`. */
  cause: DefectCause;
  /** The time at the customer's, in minutes (0 to 1440). */
  presenceMinutes: number;
  /** Whether someone other than the installer is billed. */
  billable: boolean;
  /** Who pays: `SUPPLIER`, `DESIGNER`, or `INSTALLER` (its own cost, whenever not billable). */
  payer: ReinterventionPayer;
  /** The amount billed, VAT included: a decimal string (`"72.00"`, `"0.00"` when not billable) and its ISO 4217 currency. */
  amountInclTax: { amount: string; currency: string };
}

/**
 * Fired by `<sav-reintervention-terms>` when the calculator shows a result (not on a refused or
 * failed request). Bubbles and crosses shadow roots.
 */
export class SavReinterventionQuotedEvent extends Event {
  static readonly eventName = 'sav-reintervention-quoted' as const;
  readonly detail: SavReinterventionQuotedDetail;

  constructor(detail: SavReinterventionQuotedDetail) {
    super(SavReinterventionQuotedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-reintervention-quoted': SavReinterventionQuotedEvent;
  }
}
