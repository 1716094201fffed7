/** What `sav-booking-confirmed` tells the page: the ticket to follow, and when the visit is. */
export interface SavBookingConfirmedDetail {
  /** The ticket's tracking code, e.g. `SAV-7K3P-9QX2`. */
  trackingCode: string;
  /** The ticket's status: `SCHEDULED` when booked, `NEEDS_VERIFICATION` when kept for the service desk. */
  status: string;
  /** The start of the arrival window (an ISO instant, UTC); null when no technician's visit is booked (kept for verification, or a workshop drop-off). */
  arrivalWindowStart: string | null;
}

/**
 * Fired by `<sav-booking>` when the gateway has taken the request: booked, or kept for verification
 * (then `arrivalWindowStart` is null, as for a workshop drop-off). Bubbles and crosses shadow roots.
 */
export class SavBookingConfirmedEvent extends Event {
  static readonly eventName = 'sav-booking-confirmed' as const;
  readonly detail: SavBookingConfirmedDetail;

  constructor(detail: SavBookingConfirmedDetail) {
    super(SavBookingConfirmedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-booking-confirmed': SavBookingConfirmedEvent;
  }
}
