import type { CertificateJob, CompletionCertificate, ReserveParty } from '@sav/client';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { countryName } from '../../internal/countries.js';
import { renderFieldError, renderTextArea, renderTextField } from '../../internal/fields.js';
import { certificateText, hasCertificateText, type CertificateKey } from '../../internal/i18n.certificate.js';
import type { SupportedLanguage } from '../../internal/language.js';
import { zoneCity } from '../../internal/zoned-time.js';
import type { CertificateController, SigningDraft } from './completion-certificate.controller.js';
import { PAD_HEIGHT, PAD_WIDTH, type SignaturePad } from './completion-certificate.signature.js';

export { fieldId } from './completion-certificate.controller.js';

/** What the templates read: the voice, the controller's state, the draft, the pad, the handlers. */
export interface CertificateView {
  language: SupportedLanguage;
  locale: string;
  /** The IANA zone the signing time is shown in. */
  timeZone: string;
  /** Signed on the installer's tablet at the customer's, rather than remotely. */
  onSite: boolean;
  controller: CertificateController;
  draft: SigningDraft;
  /** The declining form is open (instead of the signing one). */
  declining: boolean;
  pad: SignaturePad;
  handlers: {
    onSign: (event: SubmitEvent) => void;
    onDecline: (event: SubmitEvent) => void;
    onInput: (field: 'signerName' | 'place' | 'typedSignature' | 'reason', event: Event) => void;
    onKindChange: (event: Event) => void;
    onAgreedChange: (event: Event) => void;
    onClear: () => void;
    onOpenDecline: () => void;
    onCancelDecline: () => void;
  };
}

const say = (view: Pick<CertificateView, 'language'>, key: CertificateKey, parameters: Record<string, string | number> = {}) =>
  certificateText(view.language, key, parameters);

/** Who must act on a remaining item, in words (the code itself for one the component does not know yet). */
function partyWords(view: CertificateView, party: ReserveParty): string {
  const key = `party.${party}`;
  return hasCertificateText(key) ? say(view, key) : party;
}

/** A calendar date (`YYYY-MM-DD`, no zone) in words, never shifted by the reader's zone. */
function calendarDate(view: CertificateView, date: string): string {
  const instant = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(instant) ? date : new Intl.DateTimeFormat(view.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
}

/** An instant's day and time in the component's zone. */
function dayAndTime(view: CertificateView, instant: string): { date: string; time: string } {
  const moment = new Date(instant);
  return {
    date: new Intl.DateTimeFormat(view.locale, { dateStyle: 'long', timeZone: view.timeZone }).format(moment),
    time: new Intl.DateTimeFormat(view.locale, { hour: 'numeric', minute: '2-digit', timeZone: view.timeZone }).format(moment),
  };
}

function spinner(): TemplateResult {
  return html`<span part="spinner" class="spinner" aria-hidden="true"></span>`;
}

/** The job: who, where, designer, installer, supplier, supplies. */
export function renderJob(view: CertificateView, job: CertificateJob): TemplateResult {
  const row = (label: CertificateKey, value: TemplateResult | string, name: string) =>
    html`<div part="job-${name}"><dt>${say(view, label)}</dt><dd>${value}</dd></div>`;
  return html`<div part="header" class="header">
      <h2 id="certificate-heading" part="heading" tabindex="-1">${say(view, 'title')}</h2>
      <p part="reference" class="muted">${say(view, 'reference', { reference: job.reference, date: dayAndTime(view, job.createdAt).date })}</p>
    </div>
    <section part="job" class="card" aria-labelledby="job-heading">
      <h3 id="job-heading">${say(view, 'job.title')}</h3>
      <dl class="facts">
        ${row('job.customer', job.customerName, 'customer')}
        ${row('job.address', html`${job.addressLine1}<br />${job.postalCode} ${job.city}, ${countryName(job.country, view.locale)}`, 'address')}
        ${row('job.designer', job.designerName, 'designer')} ${row('job.installer', job.installerName, 'installer')}
        ${job.supplierName ? row('job.supplier', job.supplierName, 'supplier') : nothing}
        ${job.supplies.length > 0
          ? row('job.supplies', html`<ul class="plain-list">${job.supplies.map((supply) => html`<li>${supply}</li>`)}</ul>`, 'supplies')
          : nothing}
      </dl>
    </section>`;
}

/** The items done, the reserves (what, who must act, by when) and the photos, if any. */
export function renderCertificate(view: CertificateView, certificate: CompletionCertificate): TemplateResult {
  const photos = certificate.photoUrls;
  return html`<section part="items-done" class="card" aria-labelledby="done-heading">
      <h3 id="done-heading">${say(view, 'done.title')}</h3>
      ${certificate.itemsDone.length > 0
        ? html`<ul class="list">${certificate.itemsDone.map((item) => html`<li part="item-done">${item}</li>`)}</ul>`
        : html`<p class="muted">${say(view, 'done.none')}</p>`}
    </section>
    <section part="reserves" class="card" aria-labelledby="reserves-heading">
      <h3 id="reserves-heading">${say(view, 'reserves.title')}</h3>
      ${certificate.reserves.length > 0
        ? html`<table class="reserves">
            <thead>
              <tr>
                <th scope="col">${say(view, 'reserves.what')}</th>
                <th scope="col">${say(view, 'reserves.who')}</th>
                <th scope="col">${say(view, 'reserves.when')}</th>
              </tr>
            </thead>
            <tbody>
              ${certificate.reserves.map(
                (reserve) => html`<tr part="reserve" data-party=${reserve.party} data-due-on=${reserve.dueOn}>
                  <td>${reserve.description}</td>
                  <td part="reserve-party">${partyWords(view, reserve.party)}</td>
                  <td part="reserve-due"><time datetime=${reserve.dueOn}>${calendarDate(view, reserve.dueOn)}</time></td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p class="muted">${say(view, 'reserves.none')}</p>`}
    </section>
    ${photos.length > 0
      ? html`<section part="photos" class="card" aria-labelledby="photos-heading">
          <h3 id="photos-heading">${say(view, 'photos.title')}</h3>
          <ul class="photos">
            ${photos.map(
              (url, index) => html`<li>
                <a href=${url} target="_blank" rel="noopener noreferrer"
                  ><img part="photo" src=${url} loading="lazy" alt=${say(view, 'photos.alt', { index: index + 1, count: photos.length })}
                /></a>
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}`;
}

function renderActionFailure(view: CertificateView): TemplateResult | typeof nothing {
  const failure = view.controller.actionFailure;
  return failure
    ? html`<div part="action-error" class="error" role="alert" id="action-error" tabindex="-1">
        <p class="error-heading"><strong>${failure.title}</strong></p>
        <p>${failure.message}</p>
      </div>`
    : nothing;
}

/**
 * The signing form: the name, the place, typed or drawn (the pad works with a mouse, a finger or a
 * pen; a keyboard user types), the agreement, Sign; and Decline, which opens the declining form.
 */
export function renderSigning(view: CertificateView): TemplateResult {
  const { controller, draft, handlers } = view;
  const errors = controller.fieldErrors;
  const busy = controller.busy;
  const typed = draft.signatureKind === 'TYPED';
  return html`<form part="sign-form" class="sign card" novalidate aria-labelledby="sign-heading" @submit=${handlers.onSign}>
    <h3 id="sign-heading">${say(view, 'sign.title')}</h3>
    <p part="intro">${say(view, 'sign.intro')}</p>
    <p part="mode" class="muted">${say(view, view.onSite ? 'sign.onSite' : 'sign.remote')}</p>
    ${renderTextField(
      { id: 'signer-name', name: 'signerName', label: say(view, 'sign.name'), value: draft.signerName, error: errors.signerName, onInput: (event) => handlers.onInput('signerName', event) },
      { autocomplete: 'name', maxlength: 200, required: true },
    )}
    ${renderTextField(
      { id: 'place', name: 'place', label: say(view, 'sign.place'), hint: say(view, 'sign.place.hint'), value: draft.place, error: errors.place, onInput: (event) => handlers.onInput('place', event) },
      { autocomplete: 'address-level2', maxlength: 200, required: true },
    )}
    <fieldset part="signature-kind" class="kinds">
      <legend part="label">${say(view, 'sign.how')}</legend>
      <div class="options">
        ${(['TYPED', 'DRAWN'] as const).map(
          (kind) => html`<label part="signature-option" class="option">
            <input type="radio" name="signatureKind" id="kind-${kind}" value=${kind} .checked=${live(draft.signatureKind === kind)} @change=${handlers.onKindChange} />
            <span>${say(view, kind === 'TYPED' ? 'sign.typed' : 'sign.drawn')}</span>
          </label>`,
        )}
      </div>
    </fieldset>
    ${typed
      ? renderTextField(
          {
            id: 'typed-signature',
            name: 'signature',
            label: say(view, 'sign.typedField'),
            hint: say(view, 'sign.typed.hint'),
            value: draft.typedSignature,
            error: errors.signature,
            onInput: (event) => handlers.onInput('typedSignature', event),
          },
          { autocomplete: 'off', maxlength: 200, required: true },
        )
      : html`<div part="pad-field" class="field">
          <p part="label" class="label" id="pad-label">${say(view, 'sign.pad')}</p>
          <p part="hint" class="hint" id="pad-hint">${say(view, 'sign.pad.hint')}</p>
          <canvas
            part="pad"
            class="pad"
            width=${PAD_WIDTH}
            height=${PAD_HEIGHT}
            role="img"
            aria-labelledby="pad-label"
            aria-describedby=${errors.signature ? 'pad-hint pad-error' : 'pad-hint'}
            aria-invalid=${errors.signature ? 'true' : nothing}
            ${ref((canvas) => view.pad.attach(canvas))}
            @pointerdown=${view.pad.onPointerDown}
            @pointermove=${view.pad.onPointerMove}
            @pointerup=${view.pad.onPointerUp}
            @pointercancel=${view.pad.onPointerUp}
          ></canvas>
          <div class="actions">
            <button part="clear-button" id="clear-drawing" type="button" aria-describedby=${errors.signature ? 'pad-error' : nothing} @click=${handlers.onClear}>
              ${say(view, 'sign.clear')}
            </button>
          </div>
          ${renderFieldError('pad', errors.signature)}
        </div>`}
    <div part="agreement" class="field agreement">
      <label class="check">
        <input
          type="checkbox"
          id="agreed"
          name="agreed"
          .checked=${live(draft.agreed)}
          aria-invalid=${errors.agreed ? 'true' : nothing}
          aria-describedby=${errors.agreed ? 'agreed-error' : nothing}
          @change=${handlers.onAgreedChange}
        />
        <span>${say(view, 'sign.agree')}</span>
      </label>
      ${renderFieldError('agreed', errors.agreed)}
    </div>
    ${renderActionFailure(view)}
    <div class="actions">
      <button part="sign-button" class="submit" type="submit" ?disabled=${busy}>
        ${busy ? spinner() : nothing}<span>${say(view, busy ? 'sign.busy' : 'sign.submit')}</span>
      </button>
      <button part="decline-button" type="button" ?disabled=${busy} @click=${handlers.onOpenDecline}>${say(view, 'decline.open')}</button>
    </div>
  </form>`;
}

/** The declining form: the reason (1 to 2000 characters, with a counter), send, or back to signing. */
export function renderDeclining(view: CertificateView): TemplateResult {
  const { controller, draft, handlers } = view;
  const busy = controller.busy;
  return html`<form part="decline-form" class="sign card" novalidate aria-labelledby="decline-heading" @submit=${handlers.onDecline}>
    <h3 id="decline-heading" tabindex="-1">${say(view, 'decline.title')}</h3>
    ${renderTextArea(
      {
        id: 'reason',
        name: 'reason',
        label: say(view, 'decline.reason'),
        hint: say(view, 'decline.reason.hint'),
        value: draft.reason,
        error: controller.fieldErrors.reason,
        onInput: (event) => handlers.onInput('reason', event),
      },
      { required: true, minlength: 1, maxlength: 2000, counter: (count, max) => say(view, 'decline.counter', { count, max }) },
    )}
    ${renderActionFailure(view)}
    <div class="actions">
      <button part="send-decline-button" class="submit danger" type="submit" ?disabled=${busy}>
        ${busy ? spinner() : nothing}<span>${say(view, busy ? 'decline.busy' : 'decline.submit')}</span>
      </button>
      <button part="cancel-decline-button" type="button" ?disabled=${busy} @click=${handlers.onCancelDecline}>${say(view, 'decline.cancel')}</button>
    </div>
  </form>`;
}

/** The outcome once answered: signed (by whom, when, where, how, the signature) or declined (why), and the PDF. */
export function renderOutcome(view: CertificateView, certificate: CompletionCertificate): TemplateResult {
  const signed = certificate.status === 'SIGNED';
  const { controller } = view;
  const pdf = controller.pdf;
  const name = certificate.signerName ?? '';
  const when = certificate.signedAt ? dayAndTime(view, certificate.signedAt) : undefined;
  const ownZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return html`<section part="outcome" class="card outcome ${signed ? 'signed' : 'declined'}" data-status=${certificate.status} aria-labelledby="outcome-heading">
    ${controller.notice ? html`<p part="notice" class="notice" role="alert">${controller.notice}</p>` : nothing}
    <h3 id="outcome-heading" part="outcome-heading" class="verdict" tabindex="-1">${say(view, signed ? 'outcome.SIGNED' : 'outcome.DECLINED')}</h3>
    ${signed
      ? html`<p part="signed-by">${say(view, 'outcome.signedBy', { name, date: when?.date ?? '', time: when?.time ?? '', place: certificate.signedPlace ?? '' })}</p>
          ${ownZone !== view.timeZone ? html`<p class="muted">${say(view, 'outcome.zone', { zone: zoneCity(view.timeZone) })}</p>` : nothing}
          <p part="signed-how">${say(view, certificate.signedRemotely ? 'outcome.remote' : 'outcome.onSite')}</p>
          <div part="signature" class="signature" data-kind=${certificate.signatureKind ?? nothing}>
            <p class="muted">${say(view, 'outcome.signature')}</p>
            ${certificate.signatureKind === 'DRAWN' && certificate.signature
              ? html`<svg class="drawing" viewBox="0 0 ${PAD_WIDTH} ${PAD_HEIGHT}" role="img" aria-label=${say(view, 'outcome.drawing', { name })}>
                  ${svg`<path d=${certificate.signature} fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"></path>`}
                </svg>`
              : html`<p class="typed">${certificate.signature ?? name}</p>`}
          </div>`
      : html`<p>${say(view, 'outcome.declined')}</p>
          ${certificate.declineReason ? html`<p part="decline-reason">${say(view, 'outcome.reason', { reason: certificate.declineReason })}</p>` : nothing}`}
    <div part="pdf" class="pdf">
      ${pdf?.state === 'ready'
        ? html`<a part="pdf-link" class="pdf-link" href=${pdf.url} download=${pdf.fileName} type="application/pdf">${say(view, 'pdf.download')}</a>
            <p part="hint" class="hint">${say(view, 'pdf.hint')}</p>`
        : pdf?.state === 'failed'
          ? html`<p class="muted">${say(view, 'pdf.failed')}</p>`
          : html`<p class="muted">${say(view, 'pdf.loading')}</p>`}
    </div>
  </section>`;
}
