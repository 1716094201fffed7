import {
  savRequest,
  type CertificateJob,
  type SavClientOptions,
  type SignCompletionCertificateResult,
  type SignatureKind,
} from '@sav/client';
import {
  CompletionCertificateDocument,
  CompletionCertificatePdfDocument,
  DeclineCompletionCertificateDocument,
  SignCompletionCertificateDocument,
} from '@sav/client/documents';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SavCertificateActionFailedEvent, type SavCertificateActionFailedDetail } from '../../events/sav-certificate-action-failed.js';
import { SavCertificateDeclinedEvent } from '../../events/sav-certificate-declined.js';
import { SavCertificateSignedEvent } from '../../events/sav-certificate-signed.js';
import { certificateText, type CertificateKey } from '../../internal/i18n.certificate.js';
import { messagesAtFault } from '../../internal/invalid-input.js';
import type { SupportedLanguage } from '../../internal/language.js';
import { describeRequestFailure, type Failure } from '../../internal/request-failure.js';
import { isSignaturePath } from './completion-certificate.path.js';

/** Where the component stands; reflected as the `state` attribute and as custom states. */
export type CertificatePhase = 'no-link' | 'loading' | 'awaiting-signature' | 'sending' | 'signed' | 'declined' | 'not-found' | 'error';

/** The fields of the signing and declining forms, named as the API names them (the agreement is the component's own). */
export type CertificateField = 'signerName' | 'place' | 'signature' | 'agreed' | 'reason';

/** What the customer has filled in so far. */
export interface SigningDraft {
  signerName: string;
  place: string;
  signatureKind: SignatureKind;
  /** The typed signature (their name again). */
  typedSignature: string;
  /** The drawn signature as SVG path data ('' while nothing is drawn). */
  drawing: string;
  agreed: boolean;
  reason: string;
}

/** Where and as whom to call the gateway, with which link, signed on site or not. */
export interface CertificateConnection {
  endpoint: URL;
  publishableKey: string;
  link: string;
  onSite: boolean;
}

/** The element the controller serves: it re-renders, hears the events, speaks a language. */
export type CertificateHost = ReactiveControllerHost & EventTarget & { readonly language: SupportedLanguage; readonly locale: string };

/** The PDF of an answered certificate: being prepared, ready as an object URL to download, or failed. */
export type CertificatePdf = { readonly state: 'loading' } | { readonly state: 'ready'; readonly url: string; readonly fileName: string } | { readonly state: 'failed' };

/** What to focus after an action: the outcome, the not-valid message, a field at fault, the failure. */
export type FocusTarget = 'outcome' | 'not-found' | 'failure' | CertificateField;

/** Names and places as the gateway compares them: trimmed, runs of white space made one. */
const normalised = (text: string) => text.trim().replace(/\s+/g, ' ');
const MAX_NAME = 200;
const MAX_REASON = 2000;

/** The id of the control to focus for a field at fault. */
export function fieldId(field: CertificateField, view: { readonly draft: SigningDraft }): string {
  if (field === 'signature') return view.draft.signatureKind === 'TYPED' ? 'typed-signature' : 'clear-drawing';
  return { signerName: 'signer-name', place: 'place', agreed: 'agreed', reason: 'reason' }[field];
}

/**
 * Talks to the gateway for `<sav-completion-certificate>` (through `@sav/client`) and holds what it
 * answered: the job and its certificate, or why none is shown; the forms' field messages (its own
 * checks, then the API's), a refused action, and the PDF once the certificate is answered. Fires
 * `sav-certificate-signed`, `sav-certificate-declined` and `sav-certificate-action-failed`.
 */
export class CertificateController implements ReactiveController {
  phase: CertificatePhase = 'loading';
  job: CertificateJob | undefined = undefined;
  failure: Failure | undefined = undefined;
  fieldErrors: Partial<Record<CertificateField, string>> = {};
  /** A sign or decline refused or failed, shown above the form's buttons. */
  actionFailure: { title: string; message: string } | undefined = undefined;
  /** The certificate had been answered meanwhile (CERTIFICATE_ALREADY_ANSWERED): said above the outcome. */
  notice: string | undefined = undefined;
  pdf: CertificatePdf | undefined = undefined;
  /** The action being sent, for the buttons' busy state. */
  sending: 'sign' | 'decline' | undefined = undefined;
  announcement = '';

  readonly #host: CertificateHost;
  #request: AbortController | undefined;
  /** The last signature sent, to word the gateway's refusal of it. */
  #sentSignature: { kind: SignatureKind; signerName: string } | undefined;
  #pdfRequest: AbortController | undefined;

  constructor(host: CertificateHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#request?.abort();
    this.#pdfRequest?.abort();
    this.#forgetPdf();
  }

  get busy(): boolean {
    return this.phase === 'sending';
  }

  /** No link given: nothing to load. */
  showNoLink(): void {
    this.#request?.abort();
    this.job = undefined;
    this.phase = 'no-link';
    this.#host.requestUpdate();
  }

  /** Opens the certificate by its link. Resolves with what to focus once shown; undefined when replaced. */
  async load(connection: CertificateConnection, jobView?: () => Promise<unknown>): Promise<FocusTarget | undefined> {
    this.#request?.abort();
    const abort = new AbortController();
    this.#request = abort;
    this.phase = 'loading';
    this.failure = undefined;
    this.#host.requestUpdate();
    try {
      const { completionCertificate: answer } = await savRequest(this.#client(connection), CompletionCertificateDocument, { link: connection.link }, { signal: abort.signal });
      if (abort.signal.aborted) return undefined;
      if (answer.__typename === 'InstallationJob') {
        // The job's view, when it is still on its way, before the job (loading meanwhile).
        await jobView?.();
        if (abort.signal.aborted) return undefined;
        this.#show(answer, connection);
        return 'outcome';
      }
      this.#notFound(answer.code, 'load');
      return 'not-found';
    } catch (error) {
      if (abort.signal.aborted) return undefined;
      this.job = undefined;
      this.phase = 'error';
      this.failure = describeRequestFailure(error, this.#language);
      this.#failed('load', error);
      return 'failure';
    } finally {
      if (this.#request === abort) this.#request = undefined;
      this.#host.requestUpdate();
    }
  }

  /**
   * The signing form's own checks, before anything is sent: a name and a place (1 to 200
   * characters), a typed signature equal to the name (letter case aside) or a drawing, and the
   * agreement ticked. Returns the fields at fault, in the form's order (none: send).
   */
  checkSigning(draft: SigningDraft): CertificateField[] {
    const say = (key: CertificateKey, parameters: Record<string, string> = {}) => certificateText(this.#language, key, parameters);
    const errors: Partial<Record<CertificateField, string>> = {};
    const name = normalised(draft.signerName);
    const place = normalised(draft.place);
    if (!name) errors.signerName = say('sign.name.missing');
    else if ([...name].length > MAX_NAME) errors.signerName = say('sign.name.tooLong');
    if (!place) errors.place = say('sign.place.missing');
    else if ([...place].length > MAX_NAME) errors.place = say('sign.place.tooLong');
    if (draft.signatureKind === 'TYPED') {
      const typed = normalised(draft.typedSignature);
      if (!typed) errors.signature = say('sign.typed.missing');
      else if (name && typed.toLocaleLowerCase() !== name.toLocaleLowerCase()) errors.signature = say('sign.typed.mismatch', { name });
    } else if (!draft.drawing) errors.signature = say('sign.pad.missing');
    else if (!isSignaturePath(draft.drawing)) errors.signature = say('sign.pad.invalid');
    if (!draft.agreed) errors.agreed = say('sign.agree.missing');
    return this.#setErrors(errors, ['signerName', 'place', 'signature', 'agreed']);
  }

  /** The declining form's own check: a reason of 1 to 2000 characters. Returns the fields at fault. */
  checkDeclining(draft: SigningDraft): CertificateField[] {
    const reason = draft.reason.trim();
    const errors: Partial<Record<CertificateField, string>> = {};
    if (!reason) errors.reason = certificateText(this.#language, 'decline.reason.missing');
    else if ([...reason].length > MAX_REASON) errors.reason = certificateText(this.#language, 'decline.reason.tooLong');
    return this.#setErrors(errors, ['reason']);
  }

  /** Signs the certificate (after `checkSigning`). Resolves with what to focus; undefined when replaced. */
  async sign(connection: CertificateConnection, draft: SigningDraft): Promise<FocusTarget | undefined> {
    const signerName = normalised(draft.signerName);
    const signature = draft.signatureKind === 'TYPED' ? normalised(draft.typedSignature) : draft.drawing;
    this.#sentSignature = { kind: draft.signatureKind, signerName };
    return this.#answer('sign', connection, async (client, signal) =>
      (
        await savRequest(
          client,
          SignCompletionCertificateDocument,
          { input: { link: connection.link, signerName, signatureKind: draft.signatureKind, signature, place: normalised(draft.place), onSite: connection.onSite } },
          { signal },
        )
      ).signCompletionCertificate,
    );
  }

  /** Declines the certificate with the reason (after `checkDeclining`). Resolves with what to focus; undefined when replaced. */
  async decline(connection: CertificateConnection, draft: SigningDraft): Promise<FocusTarget | undefined> {
    return this.#answer('decline', connection, async (client, signal) =>
      (await savRequest(client, DeclineCompletionCertificateDocument, { link: connection.link, reason: draft.reason.trim() }, { signal })).declineCompletionCertificate,
    );
  }

  /** Forgets a field's message while it is corrected. */
  clearFieldError(field: CertificateField): void {
    if (!(field in this.fieldErrors)) return;
    const { [field]: _cleared, ...rest } = this.fieldErrors;
    this.fieldErrors = rest;
    this.#host.requestUpdate();
  }

  /** Forgets every message (leaving the declining form for the signing one, and back). */
  clearMessages(): void {
    this.fieldErrors = {};
    this.actionFailure = undefined;
    this.#host.requestUpdate();
  }

  async #answer(
    action: 'sign' | 'decline',
    connection: CertificateConnection,
    send: (client: SavClientOptions, signal: AbortSignal) => Promise<SignCompletionCertificateResult>,
  ): Promise<FocusTarget | undefined> {
    this.#request?.abort();
    const abort = new AbortController();
    this.#request = abort;
    const language = this.#language;
    const title = certificateText(language, action === 'sign' ? 'sign.failed' : 'decline.failed');
    this.phase = 'sending';
    this.sending = action;
    this.actionFailure = undefined;
    this.announcement = '';
    this.#host.requestUpdate();
    try {
      const answer = await send(this.#client(connection), abort.signal);
      if (abort.signal.aborted) return undefined;
      if (answer.__typename === 'InstallationJob') {
        this.#show(answer, connection);
        const reference = answer.reference;
        if (action === 'sign') {
          const certificate = answer.certificate;
          this.announcement = certificateText(language, 'announce.signed', { name: certificate?.signerName ?? '' });
          this.#host.dispatchEvent(
            new SavCertificateSignedEvent({ reference, signerName: certificate?.signerName ?? '', signatureKind: certificate?.signatureKind ?? 'TYPED', onSite: connection.onSite }),
          );
        } else {
          this.announcement = certificateText(language, 'announce.declined');
          this.#host.dispatchEvent(new SavCertificateDeclinedEvent({ reference }));
        }
        return 'outcome';
      }
      this.phase = 'awaiting-signature';
      this.#failed(action, answer.code);
      if (answer.__typename === 'JobNotFound') {
        this.#notFound(answer.code);
        return 'not-found';
      }
      if (answer.__typename === 'ChangeNotAllowed' && answer.code === 'CERTIFICATE_ALREADY_ANSWERED') {
        // Answered meanwhile (another tab, the installer's tablet): read it again and say so.
        this.#request = undefined;
        const shown = await this.load(connection);
        const status = this.job?.certificate?.status;
        if (shown === 'outcome' && (status === 'SIGNED' || status === 'DECLINED')) {
          this.notice = certificateText(language, `answered.${status}`);
          this.announcement = this.notice;
        }
        return shown;
      }
      if (answer.__typename === 'InvalidInput') {
        const shownFields: CertificateField[] = action === 'sign' ? ['signerName', 'place', 'signature'] : ['reason'];
        const errors = messagesAtFault(answer, shownFields);
        // A refused signature the component words itself, in the reader's language; the other fields keep the gateway's words.
        const sent = this.#sentSignature;
        if (errors.signature && sent) {
          errors.signature = sent.kind === 'DRAWN' ? certificateText(language, 'sign.pad.invalid') : certificateText(language, 'sign.typed.mismatch', { name: sent.signerName });
        }
        const wrong = this.#setErrors(errors, shownFields);
        if (wrong.length > 0) return wrong[0];
      }
      this.actionFailure = { title, message: answer.message };
      return 'failure';
    } catch (error) {
      if (abort.signal.aborted) return undefined;
      this.phase = 'awaiting-signature';
      this.actionFailure = { title, message: describeRequestFailure(error, language).message };
      this.#failed(action, error);
      return 'failure';
    } finally {
      this.sending = undefined;
      if (this.#request === abort) this.#request = undefined;
      this.#host.requestUpdate();
    }
  }

  get #language(): SupportedLanguage {
    return this.#host.language;
  }

  #client(connection: { endpoint: URL; publishableKey: string }): SavClientOptions {
    return { endpoint: connection.endpoint, publishableKey: connection.publishableKey, language: this.#host.locale };
  }

  #setErrors(errors: Partial<Record<CertificateField, string>>, order: readonly CertificateField[]): CertificateField[] {
    this.fieldErrors = errors;
    this.actionFailure = undefined;
    this.#host.requestUpdate();
    return order.filter((field) => field in errors);
  }

  #show(job: CertificateJob, connection: CertificateConnection): void {
    this.job = job;
    this.failure = undefined;
    this.fieldErrors = {};
    this.actionFailure = undefined;
    this.notice = undefined;
    const status = job.certificate?.status ?? 'AWAITING_SIGNATURE';
    this.phase = status === 'SIGNED' ? 'signed' : status === 'DECLINED' ? 'declined' : 'awaiting-signature';
    if (this.phase !== 'awaiting-signature' && this.pdf?.state !== 'ready') void this.#loadPdf(connection);
  }

  #notFound(code: string, action?: 'load'): void {
    this.job = undefined;
    this.phase = 'not-found';
    this.announcement = certificateText(this.#language, 'notFound.title');
    if (action) this.#failed(action, code);
  }

  #failed(action: SavCertificateActionFailedDetail['action'], reason: unknown): void {
    const code = typeof reason === 'string' ? reason : ((reason as { code?: string } | undefined)?.code ?? 'NETWORK_ERROR');
    this.#host.dispatchEvent(new SavCertificateActionFailedEvent({ action, code }));
  }

  /** Fetches the answered certificate's PDF (in the reader's language where the gateway has it) and keeps it as an object URL. */
  async #loadPdf(connection: CertificateConnection): Promise<void> {
    this.#pdfRequest?.abort();
    const abort = new AbortController();
    this.#pdfRequest = abort;
    this.#forgetPdf();
    this.pdf = { state: 'loading' };
    this.#host.requestUpdate();
    try {
      const { completionCertificate: answer } = await savRequest(this.#client(connection), CompletionCertificatePdfDocument, { link: connection.link }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      if (answer.__typename !== 'InstallationJob') {
        this.pdf = { state: 'failed' };
        return;
      }
      const bytes = Uint8Array.from(atob(answer.certificatePdf), (character) => character.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
      this.pdf = { state: 'ready', url, fileName: `certificate-${answer.reference}.pdf` };
    } catch {
      if (abort.signal.aborted) return;
      this.pdf = { state: 'failed' };
    } finally {
      if (this.#pdfRequest === abort) this.#pdfRequest = undefined;
      this.#host.requestUpdate();
    }
  }

  #forgetPdf(): void {
    if (this.pdf?.state === 'ready') URL.revokeObjectURL(this.pdf.url);
    this.pdf = undefined;
  }
}
