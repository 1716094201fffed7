/** What `sav-calendar-downloaded` tells the page: which ticket's appointment was saved. */
export interface SavCalendarDownloadedDetail {
  trackingCode: string;
}

/**
 * Fired by `<sav-ticket-tracker>` when the customer downloads the appointment's `.ics` file.
 * Bubbles and crosses shadow roots.
 */
export class SavCalendarDownloadedEvent extends Event {
  static readonly eventName = 'sav-calendar-downloaded' as const;
  readonly detail: SavCalendarDownloadedDetail;

  constructor(detail: SavCalendarDownloadedDetail) {
    super(SavCalendarDownloadedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-calendar-downloaded': SavCalendarDownloadedEvent;
  }
}
