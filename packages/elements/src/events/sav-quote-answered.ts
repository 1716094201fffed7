/** What `sav-quote-answered` tells the page: the customer's answer to the quote. */
export interface SavQuoteAnsweredDetail {
  trackingCode: string;
  quoteId: string;
  /** True when the customer accepted the quote, false when they declined it. */
  accepted: boolean;
}

/**
 * Fired by `<sav-ticket-tracker>` when the gateway recorded the customer's answer to a quote.
 * Bubbles and crosses shadow roots.
 */
export class SavQuoteAnsweredEvent extends Event {
  static readonly eventName = 'sav-quote-answered' as const;
  readonly detail: SavQuoteAnsweredDetail;

  constructor(detail: SavQuoteAnsweredDetail) {
    super(SavQuoteAnsweredEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-quote-answered': SavQuoteAnsweredEvent;
  }
}
