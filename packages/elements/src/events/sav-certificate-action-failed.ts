/** What `sav-certificate-action-failed` tells the page: which action failed, and why (a code). */
export interface SavCertificateActionFailedDetail {
  /** `load` (opening the certificate by its link), `sign` or `decline`. */
  action: 'load' | 'sign' | 'decline';
  /**
   * The typed error's code (`JOB_NOT_FOUND`, `CERTIFICATE_ALREADY_ANSWERED`, `OUT_OF_RANGE` …) or
   * the request's (`NETWORK_ERROR`, `UNAUTHENTICATED` …).
   */
  code: string;
}

/**
 * Fired by `<sav-completion-certificate>` when opening, signing or declining the certificate did
 * not go through: nothing changed. Not fired for the component's own checks (nothing was sent).
 * Bubbles and crosses shadow roots.
 */
export class SavCertificateActionFailedEvent extends Event {
  static readonly eventName = 'sav-certificate-action-failed' as const;
  readonly detail: SavCertificateActionFailedDetail;

  constructor(detail: SavCertificateActionFailedDetail) {
    super(SavCertificateActionFailedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-certificate-action-failed': SavCertificateActionFailedEvent;
  }
}
