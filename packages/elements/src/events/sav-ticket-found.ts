/** What `sav-ticket-found` tells the page: the ticket the customer opened. */
export interface SavTicketFoundDetail {
  /** The ticket's tracking code, e.g. `SAV-7K3P-9QX2`. */
  trackingCode: string;
  /** Its status (a `TicketStatus` code such as `SCHEDULED`). */
  status: string;
  /** How the customer reached it: with the tracking code and postal code, or with the signed link. */
  access: 'code' | 'link';
}

/**
 * Fired by `<sav-ticket-tracker>` when it shows a ticket: found with the tracking code and postal
 * code, or opened by a link. Bubbles and crosses shadow roots.
 */
export class SavTicketFoundEvent extends Event {
  static readonly eventName = 'sav-ticket-found' as const;
  readonly detail: SavTicketFoundDetail;

  constructor(detail: SavTicketFoundDetail) {
    super(SavTicketFoundEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-ticket-found': SavTicketFoundEvent;
  }
}
