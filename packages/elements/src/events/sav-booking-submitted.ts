/** What `sav-booking-submitted` tells the page: which model a repair is being requested for. */
export interface SavBookingSubmittedDetail {
  /** The model as the customer confirmed it. */
  productModel: string;
}

/**
 * Fired by `<sav-booking>` when the customer confirms and the request leaves for the gateway
 * (once per try). Bubbles and crosses shadow roots.
 */
export class SavBookingSubmittedEvent extends Event {
  static readonly eventName = 'sav-booking-submitted' as const;
  readonly detail: SavBookingSubmittedDetail;

  constructor(detail: SavBookingSubmittedDetail) {
    super(SavBookingSubmittedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-booking-submitted': SavBookingSubmittedEvent;
  }
}
