// The job's view (the job, the certificate, the signing and declining forms with the signature
// pad, the outcome): fetched once the loading line is shown (LazyPart), not with the component;
// a loaded job waits for it.
import { jobStyles } from './completion-certificate.job.styles.js';

export { SignaturePad } from './completion-certificate.signature.js';
export { renderCertificate, renderDeclining, renderJob, renderOutcome, renderSigning } from './completion-certificate.view.js';

/** Adopted into the component's shadow root when the part arrives. */
export const partStyles = [jobStyles];
