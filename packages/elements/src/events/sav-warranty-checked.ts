import type { WarrantyStatus } from '@sav/client';

/** What `sav-warranty-checked` tells the page: enough to react (analytics, a booking offer), no more. */
export interface SavWarrantyCheckedDetail {
  /** The model the check was about, as the gateway names it. */
  productModel: string;
  /** COVERED, PARTLY_COVERED, EXPIRED or NO_POLICY. */
  status: WarrantyStatus;
  /** The purchase date the check used, `YYYY-MM-DD`. */
  purchaseDate: string;
}

/**
 * Fired by `<sav-warranty-check>` when a check answers with a result (not on an error).
 * Bubbles and crosses shadow roots.
 */
export class SavWarrantyCheckedEvent extends Event {
  static readonly eventName = 'sav-warranty-checked' as const;
  readonly detail: SavWarrantyCheckedDetail;

  constructor(detail: SavWarrantyCheckedDetail) {
    super(SavWarrantyCheckedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-warranty-checked': SavWarrantyCheckedEvent;
  }
}
