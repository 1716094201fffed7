import type { SignatureKind } from '@sav/client';

/** What `sav-certificate-signed` tells the page: which job's certificate, signed by whom, how and where. */
export interface SavCertificateSignedDetail {
  /** The installation job's reference (`JOB-…`). */
  reference: string;
  /** The name of who signed, as they typed it. */
  signerName: string;
  /** `TYPED` (their name typed) or `DRAWN` (SVG path data drawn on the pad). */
  signatureKind: SignatureKind;
  /** Signed at the customer's with the installer present (the `on-site` attribute), rather than remotely. */
  onSite: boolean;
}

/**
 * Fired by `<sav-completion-certificate>` when the gateway recorded the customer's signature (not
 * on a refused or failed request). Bubbles and crosses shadow roots.
 */
export class SavCertificateSignedEvent extends Event {
  static readonly eventName = 'sav-certificate-signed' as const;
  readonly detail: SavCertificateSignedDetail;

  constructor(detail: SavCertificateSignedDetail) {
    super(SavCertificateSignedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sav-certificate-signed': SavCertificateSignedEvent;
  }
}
