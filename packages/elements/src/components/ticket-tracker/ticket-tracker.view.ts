import { html, nothing, type TemplateResult } from 'lit';
import { renderTextField, type FieldView } from '../../internal/fields.js';
import { hasTrackerText, trackerText, type TrackerKey } from '../../internal/i18n.tracker.js';
import type { SupportedLanguage } from '../../internal/language.js';
import type { LookupField, TrackerController } from './ticket-tracker.controller.js';
import type { TrackerClock } from './ticket-tracker.format.js';
import type { LiveMode } from './ticket-tracker.fetch.js';

/** What the tracker's templates read: the language, the ticket's clock, the controller's state, the handlers. */
export interface TrackerView {
  language: SupportedLanguage;
  clock: TrackerClock;
  tracker: TrackerController;
  live: LiveMode;
  pollSeconds: number;
  calendarUrl: string | undefined;
  lookup: Record<LookupField, string>;
  score: number | undefined;
  comment: string;
  handlers: {
    onLookupSubmit: (event: SubmitEvent) => void;
    onLookupInput: (field: LookupField, event: Event) => void;
    onAnswerQuote: (accept: boolean) => void;
    onRateSubmit: (event: SubmitEvent) => void;
    onScoreChange: (event: Event) => void;
    onCommentInput: (event: Event) => void;
    onCalendarDownload: () => void;
  };
}

/** The tracker's words for a key in the view's language. */
export function say(view: Pick<TrackerView, 'language'>, key: TrackerKey, parameters: Record<string, string | number> = {}): string {
  return trackerText(view.language, key, parameters);
}

/** The words for a code the API sends (`status.ON_SITE`, `actor.TECHNICIAN` …), or the code itself for one added since. */
export function sayCode(view: Pick<TrackerView, 'language'>, prefix: string, code: string, parameters: Record<string, string | number> = {}): string {
  const key = `${prefix}.${code}`;
  return hasTrackerText(key) ? trackerText(view.language, key, parameters) : code;
}

/** The busy indicator of a button. */
export function spinner(): TemplateResult {
  return html`<span part="spinner" class="spinner" aria-hidden="true"></span>`;
}

/** A customer's action that did not go through (role=alert), beside where it was taken. */
export function renderActionFailure(failure: { title: string; message: string } | undefined): TemplateResult | typeof nothing {
  return failure
    ? html`<div part="action-error" class="error" role="alert">
        <p class="error-heading"><strong>${failure.title}</strong></p>
        <p>${failure.message}</p>
      </div>`
    : nothing;
}

const lookupFieldIds: Record<LookupField, string> = { trackingCode: 'tracking-code', postalCode: 'postal-code' };

/** The id of a lookup field's control, to focus it. */
export function lookupFieldId(field: LookupField): string {
  return lookupFieldIds[field];
}

/**
 * Without access: the form that finds a ticket by its tracking code and postal code, each field
 * with its own message; a lookup that found nothing says only that no ticket matches both.
 */
export function renderLookup(view: TrackerView): TemplateResult {
  const { tracker } = view;
  const busy = tracker.phase === 'loading';
  const field = (name: LookupField, label: TrackerKey, hint: TrackerKey | undefined): FieldView => ({
    id: lookupFieldIds[name],
    name,
    label: say(view, label),
    hint: hint ? say(view, hint) : undefined,
    value: view.lookup[name],
    error: tracker.fieldErrors[name],
    onInput: (event: Event) => view.handlers.onLookupInput(name, event),
  });
  return html`<form part="lookup" class="lookup" novalidate aria-labelledby="lookup-heading" @submit=${view.handlers.onLookupSubmit}>
    <h2 id="lookup-heading" part="lookup-heading" tabindex="-1">${say(view, 'lookup.title')}</h2>
    <p>${say(view, 'lookup.intro')}</p>
    ${tracker.lookupMessage ? html`<p id="not-found" part="not-found" class="notice" role="alert">${tracker.lookupMessage}</p>` : nothing}
    ${renderTextField(field('trackingCode', 'lookup.code', 'lookup.code.hint'), { required: true, maxlength: 40, autocomplete: 'off' })}
    ${renderTextField(field('postalCode', 'lookup.postal', undefined), { required: true, maxlength: 20, autocomplete: 'postal-code' })}
    <div class="actions">
      <button part="submit-button" class="submit" type="submit" ?disabled=${busy}>
        ${busy ? spinner() : nothing}<span>${say(view, busy ? 'lookup.busy' : 'lookup.submit')}</span>
      </button>
    </div>
  </form>`;
}
