/** What `sav-ticket-action-failed` tells the page: which action failed, and why (a code). */
export interface SavTicketActionFailedDetail {
  /** `lookup` (finding the ticket), `answer-quote` or `rate`. */
  action: 'lookup' | 'answer-quote' | 'rate';
  /**
   * The typed error's code (`TICKET_NOT_FOUND`, `QUOTE_ALREADY_ANSWERED`, `NOT_RATEABLE`,
   * `OUT_OF_RANGE` …) or the request's (`NETWORK_ERROR`, `RATE_LIMITED` …).
   */
  code: string;
}

/**
 * Fired by `<sav-ticket-tracker>` when a customer's action did not go through: nothing changed.
 * Bubbles and crosses shadow roots.
 */
export class SavTicketActionFailedEvent extends Event {
  static readonly eventName = 'sav-ticket-action-failed' as const;
  readonly detail: SavTicketActionFailedDetail;

  constructor(detail: SavTicketActionFailedDetail) {
    super(SavTicketActionFailedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-ticket-action-failed': SavTicketActionFailedEvent;
  }
}
