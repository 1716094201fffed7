import { html, nothing, type TemplateResult } from 'lit';
import { renderFailure } from '../../internal/failure.js';
import type { FieldView } from '../../internal/fields.js';
import { bookingText, type BookingTextKey } from '../../internal/i18n.booking.js';
import type { SupportedLanguage } from '../../internal/language.js';
import type { BookingController } from './booking.controller.js';
import type { BookingDraft, RepairMode } from './booking.draft.js';
import { fieldIds, formSteps, renderProgress, stepTitle, type FormStep, type TextFieldName } from './booking.steps.js';
import type { Offered } from './booking.days.js';

/** What the customer does, as the views report it to the component. */
export interface BookingHandlers {
  onFieldInput(field: TextFieldName, event: Event): void;
  onFieldBlur(field: TextFieldName): void;
  onSymptomChange(event: Event): void;
  onModeChange(event: Event): void;
  onWorkshopChange(event: Event): void;
  onDropOffInstead(): void;
  onCalendarKeyDown(event: KeyboardEvent): void;
  onDayPick(date: string): void;
  onWindowChange(event: Event): void;
  onBackToAddress(): void;
  onEdit(step: FormStep): void;
  onCopy(): void;
  onSubmit(event: SubmitEvent): void;
  onBack(): void;
}

/** Everything a step's view reads: the language, the zone, the draft, what is offered, the gateway's answers. */
export interface BookingViewContext {
  language: SupportedLanguage;
  languageTag: string | undefined;
  /** The locale dates, times and amounts are written in (e.g. `en-GB`, `fr`). */
  locale: string;
  /** The IANA zone times are shown in: the page's, else the API's (the tenant's, or the workshop's). */
  timeZone: string;
  draft: BookingDraft;
  /** A technician's visit, or a drop-off at a workshop. */
  mode: RepairMode;
  /** The arrival windows, or the chosen workshop's drop-off slots, once they arrived. */
  offered: Offered | undefined;
  booking: BookingController;
  /** The calendar's day with the keyboard focus, and the day whose windows are shown. */
  focusedDay: string | undefined;
  selectedDay: string | undefined;
  /** Where a blob URL of the visit's iCalendar text is ready to download. */
  calendarUrl: string | undefined;
  handlers: BookingHandlers;
}

/** A text field of the draft as the shared field renderer takes it. */
export function fieldView(context: BookingViewContext, field: TextFieldName, labelKey: BookingTextKey, hintKey?: BookingTextKey): FieldView {
  return {
    id: fieldIds[field],
    name: field,
    label: bookingText(context.language, labelKey),
    hint: hintKey ? bookingText(context.language, hintKey) : undefined,
    value: context.draft.values[field],
    error: context.booking.fieldErrors[field],
    onInput: (event: Event) => context.handlers.onFieldInput(field, event),
    onBlur: () => context.handlers.onFieldBlur(field),
  };
}

/**
 * A step: the progress, its heading (`#step-heading`, focused when the step opens), a failure to
 * retry, the step's own content, and Back / Continue (or Confirm). Each step is its own native form,
 * checked by the component (`novalidate`: messages in the reader's language, beside each field).
 */
export function renderStep(
  context: BookingViewContext,
  step: FormStep,
  content: TemplateResult,
  options: { submitLabel?: string; busyLabel?: string; submitDisabled?: boolean; busy?: boolean; hideSubmit?: boolean } = {},
): TemplateResult {
  const language = context.language;
  const failure = context.booking.failure;
  const busy = options.busy ?? false;
  const first = formSteps.indexOf(step) === 0;
  return html`${renderProgress(step, language, context.mode)}
    <form
      part="form"
      class="form"
      novalidate
      aria-labelledby="step-heading"
      aria-describedby="progress-text"
      aria-busy=${busy ? 'true' : 'false'}
      data-step=${step}
      @submit=${context.handlers.onSubmit}
    >
      <h2 id="step-heading" part="step-heading" class="step-heading" tabindex="-1">${stepTitle(step, language, context.mode)}</h2>
      ${failure
        ? renderFailure(failure.failure, {
            title: failure.title,
            retryLabel: bookingText(language, 'error.retry'),
            onRetry: failure.retry,
            headingLevel: 3,
          })
        : nothing}
      ${content}
      <div part="actions" class="actions">
        ${options.hideSubmit
          ? nothing
          : html`<button part="submit-button" class="submit" type="submit" ?disabled=${busy || (options.submitDisabled ?? false)}>
              ${busy ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}
              <span>${busy ? (options.busyLabel ?? bookingText(language, 'booking.busy')) : (options.submitLabel ?? bookingText(language, 'booking.next'))}</span>
            </button>`}
        ${first
          ? nothing
          : html`<button part="back-button" class="back" type="button" @click=${context.handlers.onBack}>
              ${bookingText(language, 'booking.back')}
            </button>`}
      </div>
    </form>`;
}
