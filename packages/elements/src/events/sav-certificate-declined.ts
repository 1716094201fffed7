/** What `sav-certificate-declined` tells the page: which job's certificate the customer declined (the reason stays with the gateway). */
export interface SavCertificateDeclinedDetail {
  /** The installation job's reference (`JOB-…`). */
  reference: string;
}

/**
 * Fired by `<sav-completion-certificate>` when the gateway recorded the customer's refusal to sign,
 * with their reason. Bubbles and crosses shadow roots.
 */
export class SavCertificateDeclinedEvent extends Event {
  static readonly eventName = 'sav-certificate-declined' as const;
  readonly detail: SavCertificateDeclinedDetail;

  constructor(detail: SavCertificateDeclinedDetail) {
    super(SavCertificateDeclinedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-certificate-declined': SavCertificateDeclinedEvent;
  }
}
