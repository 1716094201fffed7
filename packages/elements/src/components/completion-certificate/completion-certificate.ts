import { define } from '../../internal/define.js';
import { SavCompletionCertificate } from './completion-certificate.component.js';

export * from './completion-certificate.component.js';
export * from '../../events/sav-certificate-signed.js';
export * from '../../events/sav-certificate-declined.js';
export * from '../../events/sav-certificate-action-failed.js';

define('sav-completion-certificate', SavCompletionCertificate);

declare global {
  interface HTMLElementTagNameMap {
    'sav-completion-certificate': SavCompletionCertificate;
  }
}
