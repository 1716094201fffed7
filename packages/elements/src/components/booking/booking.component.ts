import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { appearanceController, type SavAppearance, type SavTheme } from '../../internal/appearance.js';
import { baseStyles } from '../../internal/base.styles.js';
import { attachInternalsIfSupported, setCustomStates } from '../../internal/custom-states.js';
import { formStyles } from '../../internal/form.styles.js';
import { bookingText, bookingCatalog } from '../../internal/i18n.booking.js';
import { sharedCatalog } from '../../internal/i18n.js';
import { LanguageController } from '../../internal/language-controller.js';
import { completeWithParts, LazyPart } from '../../internal/lazy-part.js';
import { formattingLocale, LANGUAGES, type SupportedLanguage } from '../../internal/language.js';
import { readConfiguration, type Configuration } from './booking.attributes.js';
import { BookingController } from './booking.controller.js';
import { BookingFlow } from './booking.flow.js';
import { renderProductStep } from './booking.product.js';
import type { FormStep } from './booking.steps.js';
import { styles } from './booking.styles.js';
import { renderStep, type BookingViewContext } from './booking.view.js';

/** The appearance's types, for a page's script (see SavAppearance). */
export type { SavAppearance, SavAppearanceVariables, SavTheme } from '../../internal/appearance.js';

/** Where the component stands; reflected as the `state` attribute and as custom states. */
export type BookingState = FormStep | 'booked' | 'needs-verification';

const states: readonly BookingState[] = ['product', 'address', 'window', 'contact', 'review', 'booked', 'needs-verification'];

/**
 * @tagname sav-booking
 * @summary Lets a customer book a repair, one step at a time: the appliance and its fault, the
 * address, then a technician's arrival window or, where a workshop takes the product in that
 * country, a drop-off slot at a workshop (also offered when no technician serves the address), the
 * contact, then a review with the coverage and, when the warranty does not pay, the price before
 * confirming. Ends with the tracking code, who comes (name and badge number) or where to bring the
 * device (the workshop's name and address), and an "Add to calendar" file. A reload keeps what was
 * typed (sessionStorage, per product model), and a request is never booked twice (one idempotency
 * key per draft). A field the gateway refuses shows its own message beside it, on its step.
 * Form-associated: inside a `<form>`, its value (under its `name`) is the tracking code once booked.
 *
 * @attr api - The GraphQL endpoint. Default: `/graphql` on the page's origin.
 * @attr publishable-key - Required. The tenant's publishable key (`pk_…`); a secret key is refused.
 * @attr product-model - Prefills the model (e.g. on a product page); also names the kept draft.
 * @attr serial-number - Prefills the serial number.
 * @attr purchase-date - Prefills the purchase date (`YYYY-MM-DD`, not in the future).
 * @attr country - The address's country to preselect (ISO 3166-1 alpha-2); default from the language (fr → FR).
 * @attr time-zone - An IANA zone (e.g. `Europe/Paris`) to show every time in, overriding the gateway's.
 *   Unset (the usual case), times are shown in the zone the gateway gives: the tenant's for arrival
 *   windows, the workshop's for drop-off slots (`Europe/Paris` until one is known). An unknown zone is
 *   ignored, with a warning.
 * @attr lang - The language (`en`, `fr`, `nl` or `zh`); default: the closest `lang` up the page, else English.
 * @attr name - The name of the tracking code in a host form's data.
 * @attr theme - `light` (default), `dark`, or `auto` (dark while the system prefers it, followed live): the
 *   same as `appearance.theme`, for a page without script. The `appearance` property (`{ theme, variables }`)
 *   sets the theme and the `--sav-*` tokens from script; see SavAppearance.
 * @attr state - Reflected, read-only: `product`, `address`, `window`, `contact`, `review`, `booked` or
 *   `needs-verification` (also the custom states `:state(product)` … and `:state(busy)` while a request runs).
 *
 * @event {SavBookingSubmittedEvent} sav-booking-submitted - The customer confirmed; the request is sent.
 *   `event.detail`: `{ productModel }`. Bubbles, composed.
 * @event {SavBookingConfirmedEvent} sav-booking-confirmed - The gateway took the request (booked, or
 *   kept for verification). `event.detail`: `{ trackingCode, status, arrivalWindowStart }` (null
 *   without a technician's visit, e.g. for a drop-off). Bubbles, composed.
 * @event {SavBookingFailedEvent} sav-booking-failed - A confirmed request was not booked (window taken,
 *   a field refused, network). `event.detail`: `{ code }`. Bubbles, composed.
 *
 * @csspart base - The component's wrapper.
 * @csspart progress - The progress indicator.
 * @csspart progress-text - "Step 2 of 5".
 * @csspart progress-step - Each step of the progress list (the current one has `aria-current="step"`).
 * @csspart form - Each step's form.
 * @csspart step-heading - Each step's heading (focused when the step opens), and the confirmation's.
 * @csspart field - Each field's wrapper (label, hint, control, error).
 * @csspart label - Each field's label, and the symptoms' legend.
 * @csspart hint - Help text.
 * @csspart input - Each text, date, email or phone input.
 * @csspart textarea - The fault's description.
 * @csspart counter - The fault's character counter.
 * @csspart select - The country select.
 * @csspart symptoms - The symptoms' fieldset.
 * @csspart symptom - Each symptom (a label wrapping a checkbox).
 * @csspart field-error - The message under a field that is wrong.
 * @csspart calendar - The calendar of days (a grid).
 * @csspart calendar-caption - The calendar's caption.
 * @csspart modes - The choice between a technician's visit and a workshop drop-off (a radio group),
 *   shown where a workshop takes the product.
 * @csspart mode - Each of the two (a label wrapping a radio).
 * @csspart workshops - The workshops to drop the device off at (a radio group).
 * @csspart workshop - Each workshop (a label wrapping a radio).
 * @csspart workshop-name - A workshop's name.
 * @csspart workshop-address - A workshop's address.
 * @csspart day - Each day of the calendar; also `day-open` (has windows) and `day-selected`.
 * @csspart windows - The chosen day's arrival windows, or drop-off slots (a radio group).
 * @csspart window - Each window or slot (a label wrapping a radio).
 * @csspart window-time - A window's times.
 * @csspart remaining - "1 place left", when few places remain.
 * @csspart outside - The message when no technician serves the address.
 * @csspart back-to-address - Its button back to the address.
 * @csspart drop-off-instead - Its button choosing a workshop drop-off instead (when a workshop takes the product).
 * @csspart notice - A message about the windows (one just taken, none open).
 * @csspart loading - A "loading…" line.
 * @csspart review - The review of what was typed.
 * @csspart review-section - Each section of it.
 * @csspart edit-button - Each section's "Change" button.
 * @csspart coverage - The coverage and price section.
 * @csspart coverage-status - The warranty status.
 * @csspart coverage-summary - Covered (free) or paid.
 * @csspart price - The estimated price table.
 * @csspart price-total - The estimated total.
 * @csspart price-list - The tenant's price list.
 * @csspart actions - The step's buttons.
 * @csspart submit-button - Continue, or Confirm on the review.
 * @csspart back-button - Back.
 * @csspart spinner - The busy indicator inside the submit button.
 * @csspart error - A failed request (role=alert), with its heading `error-heading` and `retry-button`.
 * @csspart error-heading - Its heading.
 * @csspart retry-button - Its "try again" button.
 * @csspart config-error - The message shown when the attributes are wrong.
 * @csspart warning - A non-blocking message about an ignored attribute.
 * @csspart confirmation - The confirmation.
 * @csspart confirmation-heading - Its heading.
 * @csspart tracking - The tracking code line.
 * @csspart tracking-code - The tracking code.
 * @csspart copy-button - The button copying it.
 * @csspart visit-window - The booked arrival window.
 * @csspart technician - Who comes, with their badge number.
 * @csspart drop-off-window - The booked drop-off slot.
 * @csspart drop-off-workshop - Where to bring the device: the workshop's name and address.
 * @csspart verification - Why the request is kept for verification.
 * @csspart verification-reasons - What will be checked.
 * @csspart calendar-link - The "Add to calendar" download (an .ics file).
 *
 * @cssproperty --sav-color-primary - Buttons, focus rings, the selected day. Default #0b5cad.
 * @cssproperty --sav-color-on-primary - Text on the primary colour. Default #ffffff.
 * @cssproperty --sav-color-text - Text. Default #1f2328.
 * @cssproperty --sav-color-muted - Secondary text, days without windows. Default #57606a.
 * @cssproperty --sav-color-surface - Background. Default #ffffff.
 * @cssproperty --sav-color-border - Borders of fields and of the calendar. Default #6e7781.
 * @cssproperty --sav-color-success - "Booked", "covered". Default #1a7f37.
 * @cssproperty --sav-color-warning - Few places left, a paid repair. Default #8a5300.
 * @cssproperty --sav-color-danger - Errors. Default #b42318.
 * @cssproperty --sav-radius - Corner radius. Default 6px.
 * @cssproperty --sav-font-family - Font. Default the system's.
 * @cssproperty --sav-spacing - The base spacing unit. Default 1rem.
 * @cssproperty --sav-booking-accent - This component's accent, over --sav-color-primary.
 * @cssproperty --sav-booking-max-width - The component's maximum width. Default 40rem.
 */
export class SavBooking extends LitElement {
  static override styles = [baseStyles, formStyles, styles];
  static formAssociated = true;

  static override properties = {
    appearance: { attribute: false },
    theme: {},
    api: { type: String },
    publishableKey: { type: String, attribute: 'publishable-key' },
    productModel: { type: String, attribute: 'product-model' },
    serialNumber: { type: String, attribute: 'serial-number' },
    purchaseDate: { type: String, attribute: 'purchase-date' },
    country: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
  };

  /** `lang` is the element's own attribute; watching it re-renders in the new language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The GraphQL endpoint; default `/graphql` on the page's origin. */
  declare api: string | undefined;
  /** The tenant's publishable key (`pk_…`). */
  declare publishableKey: string | undefined;
  /** The model to prefill; also names the draft kept in sessionStorage. */
  declare productModel: string | undefined;
  /** A serial number to prefill. */
  declare serialNumber: string | undefined;
  /** A purchase date (`YYYY-MM-DD`) to prefill. */
  declare purchaseDate: string | undefined;
  /** The address's country to preselect. */
  declare country: string | undefined;
  /** An IANA zone to show times in instead of the gateway's (the tenant's, or the workshop's). */
  declare timeZone: string | undefined;

  readonly #internals = attachInternalsIfSupported(this);
  readonly #languages = new LanguageController(this, LANGUAGES, [bookingCatalog, sharedCatalog]);
  readonly #booking = new BookingController(this);
  readonly #flow = new BookingFlow(this, this.#booking, {
    configuration: () => this.#configuration(),
    setFormValue: (value) => this.#internals?.setFormValue(value),
  });
  /** The steps after the first and the confirmation, fetched once the first step is shown. */
  readonly #later = new LazyPart(this, () => import('./booking.later.js'), [bookingCatalog]);
  /** The look (theme and design tokens) set from a script; see SavAppearance. */
  declare appearance: SavAppearance | undefined;
  /** `light` (default), `dark` or `auto` (follows the system): the `theme` attribute, for a page without script. */
  declare theme: SavTheme | undefined;
  /** Applies `appearance` and `theme` (their code is fetched only once one is set). */
  readonly #appearance = appearanceController(this);

  /** The language tag in force (own `lang`, closest ancestor's, the document's), if any. */
  get languageTag(): string | undefined {
    return this.#languages.tag;
  }

  /** The language the component speaks: `en`, `fr`, `nl` or `zh`. */
  get language(): SupportedLanguage {
    return this.#languages.language;
  }

  /** The tracking code once the request is taken (booked or kept for verification); empty before. */
  get value(): string {
    return this.#booking.outcome?.ticket.trackingCode ?? '';
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals?.form ?? null;
  }

  /** Holds each update until the strings of the language in force are here (see LanguageController). */
  /** Holds the first render until the steps after the first are here too, when a restored draft opens at one. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // The draft (and so the step) is known before the first render (willUpdate does it too).
    if (!this.hasUpdated && this.#configuration().fatal === undefined) this.#flow.prepare(false);
    const waits = [this.#languages.stringsReady(), this.#later.hold(this.#state() !== 'product')].filter(Boolean);
    return waits.length ? Promise.all(waits).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves once the step a render asked for has arrived and is shown. */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeWithParts(() => super.getUpdateComplete(), [this.#later]);
  }

  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    super.attributeChangedCallback(name, oldValue, newValue);
    if (name === 'lang' && oldValue !== newValue) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#flow.prepare(changed.has('productModel'));
  }

  protected override firstUpdated(): void {
    // After this first render settles, so the requests' updates are ordinary ones.
    if (this.#configuration().fatal === undefined) void this.updateComplete.then(() => this.#flow.resume());
  }

  protected override updated(): void {
    const state = this.#state();
    this.setAttribute('state', state);
    setCustomStates(this.#internals, [...states, 'busy'], [state, this.#booking.busy.size > 0 ? 'busy' : undefined]);
    this.#flow.afterRender();
  }

  #state(): BookingState {
    const outcome = this.#booking.outcome;
    if (outcome) return outcome.kind === 'booked' ? 'booked' : 'needs-verification';
    return this.#flow.draft.step;
  }

  #configuration(): Configuration {
    return readConfiguration(this, this.language);
  }

  protected override render(): TemplateResult {
    const language = this.language;
    const configuration = this.#configuration();
    if (configuration.fatal !== undefined) {
      return html`<div part="base" class="base">
        <div part="config-error" class="config-error" role="alert">
          <p><strong>${bookingText(language, 'booking.config.title')}</strong></p>
          <p>${configuration.fatal}</p>
        </div>
      </div>`;
    }
    const schedule = this.#flow.schedule;
    const context: BookingViewContext = {
      language,
      languageTag: this.languageTag,
      locale: formattingLocale(this.languageTag, LANGUAGES),
      timeZone: schedule.timeZone,
      draft: this.#flow.draft,
      mode: schedule.mode,
      offered: schedule.offered,
      booking: this.#booking,
      focusedDay: schedule.picker.focusedDay,
      selectedDay: schedule.picker.selectedDay,
      calendarUrl: this.#flow.calendarUrl,
      handlers: this.#flow.handlers,
    };
    return html`<div part="base" class="base" lang=${language}>
      ${configuration.warnings.map((warning) => html`<p part="warning" class="warning" role="alert">${warning}</p>`)}
      ${this.#renderStep(context)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#booking.announcement}</div>
    </div>`;
  }

  #renderStep(context: BookingViewContext): TemplateResult | typeof nothing {
    const booking = this.#booking;
    const step = context.draft.step;
    if (step === 'product' && !booking.outcome) {
      return renderStep(context, step, renderProductStep(context), { busy: booking.busy.has('options') && this.#flow.advancing });
    }
    const later = this.#later.module;
    // The step's code is on its way (it rarely is: it is fetched once the first step is shown).
    if (!later) return renderStep(context, step, html`<p part="loading" class="loading">${bookingText(context.language, 'booking.busy')}</p>`, { busy: true });
    const { renderAddressStep, renderContactStep, renderReviewStep, renderWindowStep } = later;
    if (booking.outcome) return later.renderConfirmation(context, booking.outcome);
    switch (step) {
      case 'product':
        return nothing; // shown above
      case 'address':
        return renderStep(context, step, renderAddressStep(context), { busy: booking.busy.has('slots') || booking.busy.has('workshops') });
      case 'window':
        return renderStep(context, step, renderWindowStep(context), {
          hideSubmit: booking.outsideServiceArea && context.mode === 'visit',
          submitDisabled: booking.busy.has('slots') || booking.busy.has('dropOff'),
        });
      case 'contact':
        return renderStep(context, step, renderContactStep(context));
      case 'review':
        return renderStep(context, step, renderReviewStep(context), {
          submitLabel: bookingText(context.language, 'booking.confirm'),
          busyLabel: bookingText(context.language, 'booking.confirming'),
          submitDisabled: booking.busy.has('estimate') || !booking.estimate,
          busy: booking.busy.has('submit'),
        });
    }
  }
}
