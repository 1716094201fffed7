/** What `sav-repair-rated` tells the page: the rating and what it did to the ticket. */
export interface SavRepairRatedDetail {
  trackingCode: string;
  /** 1 to 5. */
  rating: number;
  /** `CLOSED`, or `REOPENED` when the rating is under the tenant's threshold (the ticket stays tracked). */
  outcome: 'CLOSED' | 'REOPENED';
}

/**
 * Fired by `<sav-ticket-tracker>` when the gateway recorded the customer's rating. Bubbles and
 * crosses shadow roots.
 */
export class SavRepairRatedEvent extends Event {
  static readonly eventName = 'sav-repair-rated' as const;
  readonly detail: SavRepairRatedDetail;

  constructor(detail: SavRepairRatedDetail) {
    super(SavRepairRatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-repair-rated': SavRepairRatedEvent;
  }
}
