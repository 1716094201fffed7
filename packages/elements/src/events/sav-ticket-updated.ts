/** What `sav-ticket-updated` tells the page: the ticket changed while it was shown. */
export interface SavTicketUpdatedDetail {
  trackingCode: string;
  /** The status now. */
  status: string;
  /** The status shown before the change (the same when something else changed, e.g. a delay). */
  previousStatus: string;
}

/**
 * Fired by `<sav-ticket-tracker>` when the ticket shown changes without a reload (pushed over the
 * live stream, or found by polling). Bubbles and crosses shadow roots.
 */
export class SavTicketUpdatedEvent extends Event {
  static readonly eventName = 'sav-ticket-updated' as const;
  readonly detail: SavTicketUpdatedDetail;

  constructor(detail: SavTicketUpdatedDetail) {
    super(SavTicketUpdatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-ticket-updated': SavTicketUpdatedEvent;
  }
}
