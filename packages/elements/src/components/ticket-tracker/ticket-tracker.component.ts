import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { SavCalendarDownloadedEvent } from '../../events/sav-calendar-downloaded.js';
import { appearanceController, type SavAppearance, type SavTheme } from '../../internal/appearance.js';
import { baseStyles } from '../../internal/base.styles.js';
import { attachInternalsIfSupported, setCustomStates } from '../../internal/custom-states.js';
import { renderFailure } from '../../internal/failure.js';
import { formStyles } from '../../internal/form.styles.js';
import { translate, sharedCatalog } from '../../internal/i18n.js';
import { trackerText, trackerCatalog } from '../../internal/i18n.tracker.js';
import { LanguageController } from '../../internal/language-controller.js';
import { completeWithParts, LazyPart } from '../../internal/lazy-part.js';
import { LANGUAGES, type SupportedLanguage } from '../../internal/language.js';
import { readConfiguration, sameAccess, type Configuration, type TicketAccess } from './ticket-tracker.attributes.js';
import { TrackerController, type GatewayConnection, type LookupField, type TrackerPhase } from './ticket-tracker.controller.js';
import { clockOf } from './ticket-tracker.format.js';
import type { LiveTicket } from './ticket-tracker.live.js';
import { styles } from './ticket-tracker.styles.js';
import { lookupFieldId, renderLookup, type TrackerView } from './ticket-tracker.view.js';

/** The appearance's types, for a page's script (see SavAppearance). */
export type { SavAppearance, SavAppearanceVariables, SavTheme } from '../../internal/appearance.js';

const phases: readonly TrackerPhase[] = ['lookup', 'loading', 'tracking', 'error'];

/**
 * @tagname sav-ticket-tracker
 * @summary Lets a customer follow their repair live from the retailer's site (seed 001, steps 1 to
 * 7): the status in plain words, the next step and who takes it, the appointment in the tenant's
 * time zone with an "Add to calendar" file, the technician's card (photo or initials, name, badge
 * number) with the visit's verification code to ask for at the door, the late technician's reason
 * and new time, the quote to accept or decline, the advice to repair or replace, the outcome, the
 * rating form (1 to 5) and the timeline. Access is the tracking code with the postal code, or the
 * signed link of the confirmation, and nothing else; without either it shows a small lookup form, and
 * a lookup that finds nothing says only that no ticket matches both. The ticket changes without a
 * reload: a GraphQL subscription over Server-Sent Events, and polling while the stream is blocked.
 * English, French, Dutch and Chinese. (No invoice is shown: the API has none yet.)
 *
 * @attr api - The GraphQL endpoint. Default: `/graphql` on the page's origin. The live stream is at `<api>/stream`.
 * @attr publishable-key - Required. The tenant's publishable key (`pk_…`); a secret key is refused.
 * @attr api-key - The same as `publishable-key` (an alias; `publishable-key` wins when both are set).
 * @attr tracking-code - With `postal-code`, opens this ticket at once.
 * @attr postal-code - The postal code of the ticket's address.
 * @attr link - The signed link token of the confirmation (`Ticket.link`, e.g. `SAV-7K3P-9QX2.x8…`); opens
 *   the ticket without the postal code. When no access attribute is set, the page address's `sav-ticket`
 *   query parameter is read instead.
 * @attr poll-interval - Seconds between two checks while the live stream is blocked (default 30, at least 5).
 * @attr lang - The language (`en`, `fr`, `nl` or `zh`); default: the closest `lang` up the page, else English.
 * @attr theme - `light` (default), `dark`, or `auto` (dark while the system prefers it, followed live): the
 *   same as `appearance.theme`, for a page without script. The `appearance` property (`{ theme, variables }`)
 *   sets the theme and the `--sav-*` tokens from script; see SavAppearance.
 * @attr state - Reflected, read-only: `lookup`, `loading`, `tracking` or `error` (also the custom states
 *   `:state(lookup)` …, and `:state(busy)` while an answer or a rating is sent).
 * @attr live - Reflected, read-only, while a ticket is shown: `stream` (live) or `polling` (the stream is
 *   blocked); also the custom states `:state(live-stream)` and `:state(live-polling)`.
 *
 * @event {SavTicketFoundEvent} sav-ticket-found - A ticket is shown. `event.detail`: `{ trackingCode, status, access }`
 *   (`access`: `code` or `link`). Bubbles, composed.
 * @event {SavTicketUpdatedEvent} sav-ticket-updated - The ticket shown changed without a reload (live or polled).
 *   `event.detail`: `{ trackingCode, status, previousStatus }`. Bubbles, composed.
 * @event {SavQuoteAnsweredEvent} sav-quote-answered - The customer's answer to the quote is recorded.
 *   `event.detail`: `{ trackingCode, quoteId, accepted }`. Bubbles, composed.
 * @event {SavRepairRatedEvent} sav-repair-rated - The customer's rating is recorded. `event.detail`:
 *   `{ trackingCode, rating, outcome }` (`outcome`: `CLOSED`, or `REOPENED` under the tenant's threshold). Bubbles, composed.
 * @event {SavCalendarDownloadedEvent} sav-calendar-downloaded - The customer downloaded the appointment's `.ics`.
 *   `event.detail`: `{ trackingCode }`. Bubbles, composed.
 * @event {SavTicketActionFailedEvent} sav-ticket-action-failed - A lookup, an answer to the quote or a rating did
 *   not go through; nothing changed. `event.detail`: `{ action, code }` (e.g. `TICKET_NOT_FOUND`,
 *   `QUOTE_ALREADY_ANSWERED`, `NETWORK_ERROR`). Bubbles, composed.
 *
 * @csspart base - The component's wrapper.
 * @csspart config-error - The message shown when the attributes are wrong.
 * @csspart warning - A non-blocking message about an ignored attribute.
 * @csspart lookup - The lookup form (tracking code and postal code).
 * @csspart lookup-heading - Its heading.
 * @csspart not-found - "No repair matches…" (role=alert).
 * @csspart field - Each field's wrapper (label, hint, control, error).
 * @csspart label - Each field's label, and the rating's legend.
 * @csspart hint - Help text.
 * @csspart input - The lookup's text inputs.
 * @csspart field-error - The message under a field that is wrong.
 * @csspart submit-button - The lookup's and the rating's submit buttons.
 * @csspart spinner - The busy indicator inside a button.
 * @csspart loading - "Loading your repair…".
 * @csspart error - A failed lookup (role=alert), with `error-heading` and `retry-button`.
 * @csspart error-heading - Its heading.
 * @csspart retry-button - Its "try again" button.
 * @csspart ticket - The ticket, once shown.
 * @csspart heading - "Repair SAV-…" (focused after a lookup).
 * @csspart product - The appliance's model.
 * @csspart status - The status headline (with `data-status`, the status code).
 * @csspart live-status - "Live updates", or "Checked every 30 s" while polling.
 * @csspart next-step - The next step and who acts.
 * @csspart next-step-text - The next step.
 * @csspart next-step-actor - Who acts.
 * @csspart appointment - The visit's window or the drop-off slot, and the calendar file.
 * @csspart visit-window - The arrival window, in the tenant's zone.
 * @csspart expected-arrival - When the technician on the way expects to arrive.
 * @csspart delay - Why the technician is late.
 * @csspart arrived - When the technician arrived.
 * @csspart drop-off-window - The drop-off slot.
 * @csspart drop-off-workshop - The workshop's name and address.
 * @csspart calendar-link - The "Add to my calendar" download (an .ics file).
 * @csspart technician - The technician's card.
 * @csspart technician-photo - Their photo, when the tenant gave one.
 * @csspart technician-initials - Their initials, without a photo.
 * @csspart technician-name - Their name.
 * @csspart technician-badge - Their badge number.
 * @csspart verification-code - The code to ask for at the door (before and during the visit).
 * @csspart verification-hint - The line telling the customer to ask for it.
 * @csspart quote - The quote.
 * @csspart quote-lines - Its table of lines.
 * @csspart quote-total - Its total.
 * @csspart quote-note - The service desk's note.
 * @csspart advice-text - The advice to repair or replace, in words.
 * @csspart accept-button - "Accept the quote".
 * @csspart decline-button - "Decline the quote".
 * @csspart quote-answer - The answer given, once answered.
 * @csspart action-error - An answer or a rating refused or failed (role=alert); nothing changed.
 * @csspart advice - Repair or replace, when the ticket's advice is not the quote's.
 * @csspart outcome - What the technician recorded, the follow-up, and the ratings.
 * @csspart outcome-text - Repaired, or could not be repaired.
 * @csspart outcome-note - What the technician did.
 * @csspart follow-up - When the follow-up call is due.
 * @csspart rating-result - What the last rating did (closed, or reopened).
 * @csspart ratings - The ratings given.
 * @csspart rating-form - The rating form.
 * @csspart rating-options - The scores' radio group.
 * @csspart rating-option - Each score (a label wrapping a radio).
 * @csspart textarea - The rating's comment.
 * @csspart rating-submit - The rating's submit button.
 * @csspart timeline - The history.
 * @csspart timeline-event - Each step of it.
 * @csspart timeline-meta - When and by whom.
 * @csspart timeline-reason - The reason given, in the words of whoever took the step.
 * @csspart usage-advice - How to avoid breakdowns: a few tips against what fails most on the model (absent when there are none).
 * @csspart usage-advice-heading - That section's heading.
 * @csspart usage-advice-intro - The sentence naming the product.
 * @csspart usage-tips - The list of tips.
 * @csspart usage-tip - One tip (`data-cause`, `data-reason`: FREQUENT_FAILURE or GOOD_CARE).
 * @csspart usage-tip-text - A tip's words (with a `lang` when the tenant wrote it in another language only).
 * @csspart usage-tip-why - Why the tip is shown.
 *
 * @cssproperty --sav-color-primary - Buttons, focus rings, the status headline. Default #0b5cad.
 * @cssproperty --sav-color-on-primary - Text on the primary colour. Default #ffffff.
 * @cssproperty --sav-color-text - Text. Default #1f2328.
 * @cssproperty --sav-color-muted - Secondary text. Default #57606a.
 * @cssproperty --sav-color-surface - Background. Default #ffffff.
 * @cssproperty --sav-color-border - Borders of cards and fields. Default #6e7781.
 * @cssproperty --sav-color-success - Repaired, closed, a live stream. Default #1a7f37.
 * @cssproperty --sav-color-warning - A delay, waiting for parts, reopened. Default #8a5300.
 * @cssproperty --sav-color-danger - Errors, cancelled. Default #b42318.
 * @cssproperty --sav-radius - Corner radius. Default 6px.
 * @cssproperty --sav-font-family - Font. Default the system's.
 * @cssproperty --sav-spacing - The base spacing unit. Default 1rem.
 * @cssproperty --sav-ticket-tracker-accent - This component's accent, over --sav-color-primary.
 * @cssproperty --sav-ticket-tracker-max-width - The component's maximum width. Default 44rem.
 */
export class SavTicketTracker extends LitElement {
  static override styles = [baseStyles, formStyles, styles];

  static override properties = {
    appearance: { attribute: false },
    theme: {},
    api: { type: String },
    publishableKey: { type: String, attribute: 'publishable-key' },
    apiKey: { type: String, attribute: 'api-key' },
    trackingCode: { type: String, attribute: 'tracking-code' },
    postalCode: { type: String, attribute: 'postal-code' },
    link: { type: String },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    lookup: { state: true },
    score: { state: true },
    comment: { state: true },
  };

  /** `lang` is the element's own attribute; watching it re-renders in the new language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The GraphQL endpoint; default `/graphql` on the page's origin. */
  declare api: string | undefined;
  /** The tenant's publishable key (`pk_…`). */
  declare publishableKey: string | undefined;
  /** An alias of `publishableKey`. */
  declare apiKey: string | undefined;
  /** With `postalCode`, the ticket to open at once. */
  declare trackingCode: string | undefined;
  /** The postal code of the ticket's address. */
  declare postalCode: string | undefined;
  /** The signed link token of the confirmation. */
  declare link: string | undefined;
  /** Seconds between two checks while the live stream is blocked (default 30, at least 5). */
  declare pollInterval: number | undefined;

  declare protected lookup: Record<LookupField, string>;
  declare protected score: number | undefined;
  declare protected comment: string;

  readonly #internals = attachInternalsIfSupported(this);
  readonly #languages = new LanguageController(this, LANGUAGES, [trackerCatalog, sharedCatalog]);
  readonly #tracker = new TrackerController(this);
  /** The ticket's view and its live updates, fetched once the lookup is shown (a found ticket waits for them). */
  readonly #ticketView = new LazyPart(this, () => import('./ticket-tracker.ticket.js'), [trackerCatalog]);
  /** The look (theme and design tokens) set from a script; see SavAppearance. */
  declare appearance: SavAppearance | undefined;
  /** `light` (default), `dark` or `auto` (follows the system): the `theme` attribute, for a page without script. */
  declare theme: SavTheme | undefined;
  /** Applies `appearance` and `theme` (their code is fetched only once one is set). */
  readonly #appearance = appearanceController(this);
  #live: LiveTicket | undefined;
  /** The access the attributes gave when last read, to open it again only when it changes. */
  #attributeAccess: TicketAccess | undefined;
  #attributesRead = false;
  /** The locale the ticket was fetched in (its explanations are in that language). */
  #fetchedLocale = '';
  #lookingUp = false;
  #calendarText: string | null = null;
  #calendarUrl: string | undefined;

  constructor() {
    super();
    this.lookup = { trackingCode: '', postalCode: '' };
    this.score = undefined;
    this.comment = '';
  }

  /** The language tag in force (own `lang`, closest ancestor's, the document's), if any. */
  get languageTag(): string | undefined {
    return this.#languages.tag;
  }

  /** The language the component speaks: `en`, `fr`, `nl` or `zh`. */
  get language(): SupportedLanguage {
    return this.#languages.language;
  }

  /** The locale dates and amounts are written in (the page's tag when the tracker speaks its language). */
  get locale(): string {
    return this.#languages.locale;
  }

  /** The tracking code of the ticket shown; empty before. */
  get value(): string {
    return this.#tracker.ticket?.trackingCode ?? '';
  }

  /** Holds each update until the strings of the language in force are here (see LanguageController). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.#languages.stringsReady();
    return strings ? strings.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves once the ticket's view, when a render was waiting for it, has arrived and is shown. */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeWithParts(() => super.getUpdateComplete(), [this.#ticketView]);
  }

  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    super.attributeChangedCallback(name, oldValue, newValue);
    if (name === 'lang' && oldValue !== newValue) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#setCalendar(null);
  }

  protected override willUpdate(): void {
    // The lookup form starts with what the page gave (e.g. a tracking code without its postal code).
    if (!this.#attributesRead) {
      this.lookup = { trackingCode: this.trackingCode?.trim() ?? '', postalCode: this.postalCode?.trim() ?? '' };
    }
    this.#setCalendar(this.#tracker.ticket?.calendar ?? null);
  }

  protected override updated(): void {
    const phase = this.#tracker.phase;
    const live = phase === 'tracking' ? (this.#live?.mode ?? 'off') : 'off';
    this.setAttribute('state', phase);
    if (live === 'off') this.removeAttribute('live');
    else this.setAttribute('live', live);
    const busy = this.#tracker.quoteBusy || this.#tracker.rateBusy;
    setCustomStates(this.#internals, [...phases, 'live-stream', 'live-polling', 'busy'], [phase, live === 'off' ? undefined : `live-${live}`, busy ? 'busy' : undefined]);

    const configuration = this.#configuration();
    // A tracker taken out of the page opens nothing (it may still render once).
    if (configuration.fatal !== undefined || !this.isConnected) return;
    // Opens what the attributes give, once, and again when they change (after this render settles).
    const access = configuration.access;
    if (!this.#attributesRead || !sameAccess(access, this.#attributeAccess)) {
      this.#attributesRead = true;
      this.#attributeAccess = access;
      if (access) void this.updateComplete.then(() => this.#open(access, { moveFocus: false }));
      else if (this.#tracker.ticket) {
        this.#live?.stop();
        this.#tracker.reset();
      }
      return;
    }
    // The page's language changed: the gateway's explanations follow it.
    const shown = this.#tracker.access;
    if (shown && phase === 'tracking' && this.#fetchedLocale && this.#fetchedLocale !== this.locale) {
      void this.updateComplete.then(() => this.#open(shown, { moveFocus: false }));
    }
  }

  #configuration(): Configuration {
    return readConfiguration(this, this.language);
  }

  #connection(): GatewayConnection | undefined {
    const configuration = this.#configuration();
    return configuration.fatal === undefined ? { endpoint: configuration.endpoint, publishableKey: configuration.publishableKey } : undefined;
  }

  /** Opens a ticket, then follows it live. */
  async #open(access: TicketAccess, options: { moveFocus: boolean }): Promise<void> {
    const configuration = this.#configuration();
    if (configuration.fatal !== undefined || !this.isConnected) return;
    this.#live?.stop();
    this.#fetchedLocale = this.locale;
    const found = await this.#tracker.open(configuration, access, () => this.#ticketView.load());
    this.#lookingUp = false;
    if (!found || !this.isConnected) {
      this.requestUpdate();
      if (options.moveFocus && this.#tracker.phase === 'lookup') this.#focusAfterUpdate(`#${lookupFieldId('trackingCode')}`);
      else if (options.moveFocus && this.#tracker.phase === 'error') this.#focusAfterUpdate('#error-heading');
      return;
    }
    const part = this.#ticketView.module;
    this.#live ??= part && new part.LiveTicket(this, (answer) => this.#tracker.receive(answer));
    this.#live?.start({
      endpoint: configuration.endpoint,
      publishableKey: configuration.publishableKey,
      access,
      language: this.locale,
      pollSeconds: configuration.pollSeconds,
    });
    if (options.moveFocus) this.#focusAfterUpdate('#ticket-heading');
  }

  #focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #setCalendar(calendar: string | null): void {
    if (calendar === this.#calendarText && (calendar === null || this.#calendarUrl)) return;
    if (this.#calendarUrl) URL.revokeObjectURL(this.#calendarUrl);
    this.#calendarText = calendar;
    this.#calendarUrl = calendar && this.isConnected ? URL.createObjectURL(new Blob([calendar], { type: 'text/calendar;charset=utf-8' })) : undefined;
  }

  readonly #handlers: TrackerView['handlers'] = {
    onLookupSubmit: (event) => {
      event.preventDefault();
      if (this.#tracker.phase === 'loading') return;
      const wrong = this.#tracker.checkLookup(this.lookup);
      if (wrong.length > 0) {
        this.#focusAfterUpdate(`#${lookupFieldId(wrong[0]!)}`);
        return;
      }
      this.#lookingUp = true;
      void this.#open({ trackingCode: this.lookup.trackingCode.trim(), postalCode: this.lookup.postalCode.trim() }, { moveFocus: true });
    },
    onLookupInput: (field, event) => {
      this.lookup = { ...this.lookup, [field]: (event.target as HTMLInputElement).value };
      this.#tracker.clearFieldError(field);
    },
    onAnswerQuote: async (accept) => {
      const connection = this.#connection();
      if (!connection) return;
      const answered = await this.#tracker.answerQuote(connection, accept);
      if (answered) this.#focusAfterUpdate('#quote-answer');
    },
    onRateSubmit: async (event) => {
      event.preventDefault();
      const connection = this.#connection();
      if (!connection) return;
      const rated = await this.#tracker.rate(connection, this.score, this.comment);
      if (rated) {
        this.score = undefined;
        this.comment = '';
        this.#focusAfterUpdate('#rating-result');
      } else if (this.#tracker.rateFieldError) {
        this.#focusAfterUpdate(this.score ? `input[name="score"][value="${this.score}"]` : '#score');
      }
    },
    onScoreChange: (event) => {
      this.score = Number((event.target as HTMLInputElement).value);
      this.#tracker.rateFieldError = undefined;
    },
    onCommentInput: (event) => {
      this.comment = (event.target as HTMLTextAreaElement).value;
    },
    onCalendarDownload: () => {
      const trackingCode = this.#tracker.ticket?.trackingCode;
      if (trackingCode) this.dispatchEvent(new SavCalendarDownloadedEvent({ trackingCode }));
    },
  };

  readonly #onRetry = (): void => {
    const access = this.#tracker.access ?? this.#attributeAccess;
    if (access) void this.#open(access, { moveFocus: true });
    else this.#tracker.reset();
  };

  protected override render(): TemplateResult {
    const language = this.language;
    const configuration = this.#configuration();
    if (configuration.fatal !== undefined) {
      return html`<div part="base" class="base">
        <div part="config-error" class="config-error" role="alert">
          <p><strong>${trackerText(language, 'config.title')}</strong></p>
          <p>${configuration.fatal}</p>
        </div>
      </div>`;
    }
    const tracker = this.#tracker;
    const ticket = tracker.ticket;
    const view: TrackerView = {
      language,
      clock: clockOf(this.locale, ticket?.timeZone),
      tracker,
      live: this.#live?.mode ?? 'off',
      pollSeconds: configuration.pollSeconds,
      calendarUrl: this.#calendarUrl,
      lookup: this.lookup,
      score: this.score,
      comment: this.comment,
      handlers: this.#handlers,
    };
    let content: TemplateResult | typeof nothing = nothing;
    if (tracker.phase === 'tracking' && ticket) {
      // The ticket's view is here (a found ticket waits for it), unless its fetch failed.
      content = this.#ticketView.module?.renderTicket(view, ticket) ?? html`<p part="loading" class="muted">${trackerText(language, 'loading')}</p>`;
    } else if (tracker.phase === 'error' && tracker.failure) {
      content = renderFailure(tracker.failure, { title: trackerText(language, 'error.title'), retryLabel: translate(language, 'error.retry'), onRetry: this.#onRetry });
    } else if (tracker.phase === 'loading' && !this.#lookingUp) {
      content = html`<p part="loading" class="muted">${trackerText(language, 'loading')}</p>`;
    } else {
      content = renderLookup(view);
    }
    return html`<div part="base" class="base" lang=${language}>
      ${configuration.warnings.map((warning) => html`<p part="warning" class="warning" role="alert">${warning}</p>`)} ${content}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${tracker.announcement}</div>
    </div>`;
  }
}
