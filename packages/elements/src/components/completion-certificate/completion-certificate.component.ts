import type { CompletionCertificate } from '@sav/client';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { appearanceController, type SavAppearance, type SavTheme } from '../../internal/appearance.js';
import { baseStyles } from '../../internal/base.styles.js';
import { attachInternalsIfSupported, setCustomStates } from '../../internal/custom-states.js';
import { renderFailure } from '../../internal/failure.js';
import { formStyles } from '../../internal/form.styles.js';
import { translate, sharedCatalog } from '../../internal/i18n.js';
import { certificateText, certificateCatalog } from '../../internal/i18n.certificate.js';
import { LanguageController } from '../../internal/language-controller.js';
import { completeWithParts, LazyPart } from '../../internal/lazy-part.js';
import { LANGUAGES, type SupportedLanguage } from '../../internal/language.js';
import { readConfiguration, type Configuration } from './completion-certificate.attributes.js';
import {
  CertificateController,
  fieldId,
  type CertificateConnection,
  type CertificatePhase,
  type FocusTarget,
  type SigningDraft,
} from './completion-certificate.controller.js';
import type { SignaturePad } from './completion-certificate.signature.js';
import { styles } from './completion-certificate.styles.js';
import type { CertificateView } from './completion-certificate.view.js';

/** The appearance's types, for a page's script (see SavAppearance). */
export type { SavAppearance, SavAppearanceVariables, SavTheme } from '../../internal/appearance.js';

const phases: readonly CertificatePhase[] = ['no-link', 'loading', 'awaiting-signature', 'sending', 'signed', 'declined', 'not-found', 'error'];

/** A job recorded without its certificate (the gateway always gives one): nothing done or remaining, awaiting a signature. */
const noCertificate: CompletionCertificate = {
  itemsDone: [], reserves: [], photoUrls: [], status: 'AWAITING_SIGNATURE',
  signerName: null, signatureKind: null, signature: null, signedAt: null, signedPlace: null, signedRemotely: null, declineReason: null,
};

const emptyDraft = (): SigningDraft => ({ signerName: '', place: '', signatureKind: 'TYPED', typedSignature: '', drawing: '', agreed: false, reason: '' });

/**
 * @tagname sav-completion-certificate
 * @summary The certificate of completion of a kitchen installation (seed 000, Wipoz!), for its
 * customer to review and sign, on the installer's tablet at their home or remotely through the
 * signed link they received. It shows the job (customer, address, kitchen designer, installer,
 * supplier, supplies), the work done, the remaining items (what, who must act, by when — calendar
 * dates, never shifted by a time zone) and the photos; then, while the certificate awaits a
 * signature, the signer's name, the place, a typed name or a signature drawn on a pad (mouse,
 * finger or pen; a keyboard user types), the agreement "I have reviewed the work done and the
 * remaining items", Sign, and Decline with a reason. Every field is checked before anything is
 * sent, each with its own message; the gateway's refusals are shown in place (already answered:
 * said, and the certificate read again; a link that opens nothing: "not valid", nothing more).
 * Once signed or declined: who, when, where, and "Download the PDF". Results are announced in a
 * polite live region and focus moves to them. English, French, Dutch and Chinese.
 *
 * @attr api - The GraphQL endpoint. Default: `/graphql` on the page's origin.
 * @attr publishable-key - Required. The network's publishable key (`pk_…`); a secret key is refused.
 * @attr link - The certificate's signed link (`InstallationJob.certificateLink`). Default: the page address's `?sav-certificate=`.
 * @attr on-site - Boolean: signed on the installer's tablet at the customer's, with the installer present. Default: remotely.
 * @attr time-zone - The IANA zone the signing time is shown in. Default `Europe/Paris`.
 * @attr lang - The language (`en`, `fr`, `nl` or `zh`); default: the closest `lang` up the page, else English.
 * @attr theme - `light` (default), `dark`, or `auto` (dark while the system prefers it, followed live): the
 *   same as `appearance.theme`, for a page without script. The `appearance` property (`{ theme, variables }`)
 *   sets the theme and the `--sav-*` tokens from script; see SavAppearance.
 * @attr state - Reflected, read-only: `no-link`, `loading`, `awaiting-signature`, `sending`, `signed`, `declined`,
 *   `not-found` or `error` (also the custom states `:state(signed)` …).
 *
 * @event {SavCertificateSignedEvent} sav-certificate-signed - The gateway recorded the signature. `event.detail`:
 *   `{ reference, signerName, signatureKind, onSite }`. Bubbles, composed.
 * @event {SavCertificateDeclinedEvent} sav-certificate-declined - The gateway recorded the refusal. `event.detail`:
 *   `{ reference }`. Bubbles, composed.
 * @event {SavCertificateActionFailedEvent} sav-certificate-action-failed - Opening, signing or declining did not go
 *   through; nothing changed. `event.detail`: `{ action: 'load' | 'sign' | 'decline', code }`. Bubbles, composed.
 *
 * @csspart base - The component's wrapper.
 * @csspart config-error - The message shown when the attributes are wrong.
 * @csspart warning - A non-blocking message about an ignored attribute.
 * @csspart no-link - Without a link: what to open.
 * @csspart loading - "Loading the certificate…".
 * @csspart not-found - The link is not valid (role=alert).
 * @csspart error - The certificate could not be loaded (role=alert), with `error-heading` and `retry-button`.
 * @csspart error-heading - Its heading.
 * @csspart retry-button - Its "try again" button.
 * @csspart header - The title and the job's reference.
 * @csspart heading - The title.
 * @csspart reference - The job's reference and the day it was recorded.
 * @csspart job - Who, where, designer, installer, supplier, supplies (`job-customer`, `job-address`, `job-designer`,
 *   `job-installer`, `job-supplier`, `job-supplies` for each line).
 * @csspart items-done - The work done, with an `item-done` per item.
 * @csspart item-done - One item done.
 * @csspart reserves - The remaining items' table.
 * @csspart reserve - One remaining item's row (with `data-party` and `data-due-on`).
 * @csspart reserve-party - Who must act.
 * @csspart reserve-due - By when.
 * @csspart photos - The photos, if any.
 * @csspart photo - Each photo.
 * @csspart sign-form - The signing form.
 * @csspart intro - What signing means.
 * @csspart mode - Signed on site or remotely.
 * @csspart field - Each field's wrapper (label, control, error).
 * @csspart label - The fields' labels and legends.
 * @csspart hint - Help text.
 * @csspart input - The text inputs.
 * @csspart field-error - The message under a field that is wrong.
 * @csspart signature-kind - "How do you sign?": typed or drawn.
 * @csspart signature-option - Each choice (a label wrapping a radio).
 * @csspart pad-field - The drawing pad with its label and "clear".
 * @csspart pad - The drawing pad (a canvas).
 * @csspart clear-button - "Clear the drawing".
 * @csspart agreement - The agreement checkbox.
 * @csspart action-error - A sign or decline refused or failed (role=alert).
 * @csspart sign-button - "Sign".
 * @csspart decline-button - "Decline" (opens the declining form).
 * @csspart decline-form - The declining form.
 * @csspart textarea - The reason.
 * @csspart counter - The reason's character counter.
 * @csspart send-decline-button - "Send my refusal".
 * @csspart cancel-decline-button - "Back to signing".
 * @csspart spinner - The busy indicator inside a button.
 * @csspart outcome - The outcome once answered (with `data-status`).
 * @csspart notice - The certificate had already been answered (role=alert).
 * @csspart outcome-heading - "Signed" or "Declined" (focused when shown).
 * @csspart signed-by - Who signed, when, where.
 * @csspart signed-how - On site or remotely.
 * @csspart signature - The signature (typed name or drawing; with `data-kind`).
 * @csspart decline-reason - Why it was declined.
 * @csspart pdf - The PDF's area.
 * @csspart pdf-link - "Download the PDF".
 *
 * @cssproperty --sav-color-primary - Buttons, focus rings, accents. Default #0b5cad.
 * @cssproperty --sav-color-on-primary - Text on the primary colour. Default #ffffff.
 * @cssproperty --sav-color-text - Text and the drawn signature. Default #1f2328.
 * @cssproperty --sav-color-muted - Secondary text. Default #57606a.
 * @cssproperty --sav-color-surface - Background, and the pad's. Default #ffffff.
 * @cssproperty --sav-color-border - Borders of cards, fields and the pad. Default #6e7781.
 * @cssproperty --sav-color-success - A signed certificate. Default #1a7f37.
 * @cssproperty --sav-color-warning - A declined certificate, an already answered one. Default #8a5300.
 * @cssproperty --sav-color-danger - Errors, "Send my refusal". Default #b42318.
 * @cssproperty --sav-radius - Corner radius. Default 6px.
 * @cssproperty --sav-font-family - Font. Default the system's.
 * @cssproperty --sav-spacing - The base spacing unit. Default 1rem.
 * @cssproperty --sav-completion-certificate-accent - This component's accent, over --sav-color-primary.
 * @cssproperty --sav-completion-certificate-max-width - The component's maximum width. Default 48rem.
 */
export class SavCompletionCertificate extends LitElement {
  static override styles = [baseStyles, formStyles, styles];

  static override properties = {
    appearance: { attribute: false },
    theme: {},
    api: { type: String },
    publishableKey: { type: String, attribute: 'publishable-key' },
    link: { type: String },
    onSite: { type: Boolean, attribute: 'on-site' },
    timeZone: { type: String, attribute: 'time-zone' },
    draft: { state: true },
    declining: { state: true },
  };

  /** `lang` is the element's own attribute; watching it re-renders in the new language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The GraphQL endpoint; default `/graphql` on the page's origin. */
  declare api: string | undefined;
  /** The network's publishable key (`pk_…`). */
  declare publishableKey: string | undefined;
  /** The certificate's signed link; default the page address's `?sav-certificate=`. */
  declare link: string | undefined;
  /** Signed on the installer's tablet at the customer's (default: remotely). */
  declare onSite: boolean;
  /** The IANA zone the signing time is shown in (default `Europe/Paris`). */
  declare timeZone: string | undefined;

  declare protected draft: SigningDraft;
  declare protected declining: boolean;

  readonly #internals = attachInternalsIfSupported(this);
  readonly #languages = new LanguageController(this, LANGUAGES, [certificateCatalog, sharedCatalog]);
  readonly #controller = new CertificateController(this);
  /** The job's view and the signature pad, fetched once the loading line is shown (a loaded job waits for them). */
  readonly #jobView = new LazyPart(this, () => import('./completion-certificate.job.js'), [certificateCatalog]);
  /** The look (theme and design tokens) set from a script; see SavAppearance. */
  declare appearance: SavAppearance | undefined;
  /** `light` (default), `dark` or `auto` (follows the system): the `theme` attribute, for a page without script. */
  declare theme: SavTheme | undefined;
  /** Applies `appearance` and `theme` (their code is fetched only once one is set). */
  readonly #appearance = appearanceController(this);
  #pad: SignaturePad | undefined;
  /** The endpoint, key and link the certificate was loaded with, to load it again only when they change. */
  #loadedFrom = '';

  constructor() {
    super();
    this.onSite = false;
    this.draft = emptyDraft();
    this.declining = false;
  }

  /** The language the component speaks: `en`, `fr`, `nl` or `zh`. */
  get language(): SupportedLanguage {
    return this.#languages.language;
  }

  /** The locale dates are written in (the page's tag when the component speaks its language). */
  get locale(): string {
    return this.#languages.locale;
  }

  /** Holds each update until the strings of the language in force are here (see LanguageController). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.#languages.stringsReady();
    return strings ? strings.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves once the job's view, when a render was waiting for it, has arrived and is shown. */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeWithParts(() => super.getUpdateComplete(), [this.#jobView]);
  }

  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    super.attributeChangedCallback(name, oldValue, newValue);
    if (name === 'lang' && oldValue !== newValue) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back on the page: load the certificate again (a request in flight was aborted on leaving).
    this.#loadedFrom = '';
  }

  protected override updated(): void {
    const phase = this.#controller.phase;
    this.setAttribute('state', phase);
    setCustomStates(this.#internals, phases, [phase]);
    const configuration = this.#configuration();
    if (configuration.fatal !== undefined || !this.isConnected) return;
    const source = `${configuration.endpoint.href} ${configuration.publishableKey} ${configuration.link ?? ''}`;
    if (source === this.#loadedFrom) return;
    this.#loadedFrom = source;
    const connection = this.#connection(configuration);
    void this.updateComplete.then(() => {
      if (connection) void this.#controller.load(connection, () => this.#jobView.load());
      else this.#controller.showNoLink();
    });
  }

  #configuration(): Configuration {
    return readConfiguration(this, this.language);
  }

  #connection(configuration = this.#configuration()): CertificateConnection | undefined {
    if (configuration.fatal !== undefined || !configuration.link) return undefined;
    return { endpoint: configuration.endpoint, publishableKey: configuration.publishableKey, link: configuration.link, onSite: configuration.onSite };
  }

  #focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #focus(target: FocusTarget | undefined): void {
    if (!target) return;
    if (target === 'outcome') this.#focusAfterUpdate(this.#controller.job?.certificate?.status === 'AWAITING_SIGNATURE' ? '#certificate-heading' : '#outcome-heading');
    else if (target === 'not-found') this.#focusAfterUpdate('#not-found-heading');
    else if (target === 'failure') this.#focusAfterUpdate('#action-error, #error-heading');
    else this.#focusAfterUpdate(`#${fieldId(target, { draft: this.draft })}`);
  }

  readonly #handlers: CertificateView['handlers'] = {
    onSign: async (event) => {
      event.preventDefault();
      const controller = this.#controller;
      const connection = this.#connection();
      if (controller.busy || !connection) return;
      const wrong = controller.checkSigning(this.draft);
      if (wrong.length > 0) return this.#focus(wrong[0]);
      this.#focus(await controller.sign(connection, this.draft));
    },
    onDecline: async (event) => {
      event.preventDefault();
      const controller = this.#controller;
      const connection = this.#connection();
      if (controller.busy || !connection) return;
      const wrong = controller.checkDeclining(this.draft);
      if (wrong.length > 0) return this.#focus(wrong[0]);
      this.#focus(await controller.decline(connection, this.draft));
    },
    onInput: (field, event) => {
      this.draft = { ...this.draft, [field]: (event.target as HTMLInputElement | HTMLTextAreaElement).value };
      this.#controller.clearFieldError(field === 'typedSignature' ? 'signature' : field);
    },
    onKindChange: (event) => {
      this.draft = { ...this.draft, signatureKind: (event.target as HTMLInputElement).value === 'DRAWN' ? 'DRAWN' : 'TYPED' };
      this.#controller.clearFieldError('signature');
    },
    onAgreedChange: (event) => {
      this.draft = { ...this.draft, agreed: (event.target as HTMLInputElement).checked };
      this.#controller.clearFieldError('agreed');
    },
    onClear: () => {
      this.#pad?.clear();
      this.#controller.announcement = certificateText(this.language, 'sign.cleared');
      this.requestUpdate();
    },
    onOpenDecline: () => {
      this.declining = true;
      this.#controller.clearMessages();
      this.#focusAfterUpdate('#reason');
    },
    onCancelDecline: () => {
      this.declining = false;
      this.#controller.clearMessages();
      this.#focusAfterUpdate('[part~="decline-button"]');
    },
  };

  readonly #onRetry = (): void => {
    const connection = this.#connection();
    if (connection) void this.#controller.load(connection, () => this.#jobView.load()).then((target) => this.#focus(target));
  };

  protected override render(): TemplateResult {
    const language = this.language;
    const configuration = this.#configuration();
    if (configuration.fatal !== undefined) {
      return html`<div part="base" class="base">
        <div part="config-error" class="config-error" role="alert">
          <p><strong>${certificateText(language, 'config.title')}</strong></p>
          <p>${configuration.fatal}</p>
        </div>
      </div>`;
    }
    const controller = this.#controller;
    const { job, phase } = controller;
    let content: TemplateResult | typeof nothing = nothing;
    if (phase === 'no-link') {
      content = html`<div part="no-link" class="notice">
        <p><strong>${certificateText(language, 'noLink.title')}</strong></p>
        <p>${certificateText(language, 'noLink.text')}</p>
      </div>`;
    } else if (phase === 'not-found') {
      content = html`<div part="not-found" class="error" role="alert">
        <h2 id="not-found-heading" class="error-heading" tabindex="-1">${certificateText(language, 'notFound.title')}</h2>
        <p>${certificateText(language, 'notFound.text')}</p>
      </div>`;
    } else if (phase === 'error' && controller.failure) {
      content = renderFailure(controller.failure, { title: certificateText(language, 'error.title'), retryLabel: translate(language, 'error.retry'), onRetry: this.#onRetry });
    } else if (job && phase !== 'loading' && this.#jobView.module) {
      // The job's view is here (a loaded job waits for it), unless its fetch failed: loading, then.
      const { renderCertificate, renderDeclining, renderJob, renderOutcome, renderSigning, SignaturePad } = this.#jobView.module;
      const pad = (this.#pad ??= new SignaturePad(() => {
        this.draft = { ...this.draft, drawing: pad.pathData };
        this.#controller.clearFieldError('signature');
      }));
      const view: CertificateView = {
        language,
        locale: this.locale,
        timeZone: configuration.timeZone,
        onSite: configuration.onSite,
        controller,
        draft: this.draft,
        declining: this.declining,
        pad,
        handlers: this.#handlers,
      };
      const certificate = job.certificate ?? noCertificate;
      const answered = certificate.status === 'SIGNED' || certificate.status === 'DECLINED';
      content = html`${renderJob(view, job)} ${renderCertificate(view, certificate)}
      ${answered ? renderOutcome(view, certificate) : this.declining ? renderDeclining(view) : renderSigning(view)}`;
    } else {
      content = html`<p part="loading" class="muted">${certificateText(language, 'loading')}</p>`;
    }
    return html`<div part="base" class="base" lang=${language}>
      ${configuration.warnings.map((warning) => html`<p part="warning" class="warning" role="alert">${warning}</p>`)} ${content}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${controller.announcement}</div>
    </div>`;
  }
}
