/** What `sav-booking-failed` tells the page: why the confirmed request was not booked. */
export interface SavBookingFailedDetail {
  /**
   * The gateway's error code (`SLOT_UNAVAILABLE`, `PRODUCT_NOT_FOUND`, an `InvalidInput` code such
   * as `INVALID_PHONE`), or the transport's (`NETWORK_ERROR`, `RATE_LIMITED`, `HTTP_502` …).
   */
  code: string;
}

/**
 * Fired by `<sav-booking>` when a confirmed request is not booked; the component shows the customer
 * what to do (choose another window, correct a field, try again). Bubbles and crosses shadow roots.
 */
export class SavBookingFailedEvent extends Event {
  static readonly eventName = 'sav-booking-failed' as const;
  readonly detail: SavBookingFailedDetail;

  constructor(detail: SavBookingFailedDetail) {
    super(SavBookingFailedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-booking-failed': SavBookingFailedEvent;
  }
}
