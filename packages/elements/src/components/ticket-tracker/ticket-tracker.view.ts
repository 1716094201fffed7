import type { TrackedTicket } from '@sav/client';
import { html, nothing, type TemplateResult } from 'lit';
import { renderTextField, type FieldView } from '../../internal/fields.js';
import { hasTrackerText, trackerText, type TrackerKey } from '../../internal/i18n.tracker.js';
import type { SupportedLanguage } from '../../internal/language.js';
import type { LookupField, TrackerController } from './ticket-tracker.controller.js';
import { formatMoment, formatTime, initials, otherZoneCity, spacedCode, windowWords, type TrackerClock } from './ticket-tracker.format.js';
import type { LiveMode } from './ticket-tracker.live.js';

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

/** The ticket's heading, appliance, status headline (with whether it updates live), and the next step with who acts. */
export function renderSummary(view: TrackerView, ticket: TrackedTicket): TemplateResult {
  const { nextStep } = ticket;
  return html`<header class="summary">
      <h2 id="ticket-heading" part="heading" tabindex="-1">${say(view, 'heading', { code: ticket.trackingCode })}</h2>
      <p part="product" class="muted">${say(view, 'product', { model: ticket.productModel })}</p>
      <p part="status" class="status" data-status=${ticket.status}>${sayCode(view, 'status', ticket.status)}</p>
      ${view.live === 'off'
        ? nothing
        : html`<p part="live-status" class="live-status muted">
            <span class="dot ${view.live}" aria-hidden="true"></span>
            ${view.live === 'stream' ? say(view, 'live.stream') : say(view, 'live.polling', { seconds: view.pollSeconds })}
          </p>`}
    </header>
    <section part="next-step" class="card next-step" aria-labelledby="next-heading">
      <h3 id="next-heading">${say(view, 'next.title')}</h3>
      <p part="next-step-text">${sayCode(view, 'next', nextStep.code)}</p>
      ${nextStep.actor
        ? html`<p part="next-step-actor"><span class="muted">${say(view, 'next.who')}:</span> <strong>${sayCode(view, 'actor', nextStep.actor)}</strong></p>`
        : nothing}
    </section>`;
}

/**
 * The appointment in the ticket's zone: the visit's arrival window (with the expected arrival, the
 * delay's reason, the arrival) or the drop-off slot at the workshop, and the `.ics` download; then
 * the technician's card with the verification code to ask for at the door.
 */
export function renderAppointment(view: TrackerView, ticket: TrackedTicket): TemplateResult | typeof nothing {
  const { visit, dropOff } = ticket;
  if (!visit && !dropOff) return nothing;
  const { clock } = view;
  const city = otherZoneCity(clock);
  return html`<section part="appointment" class="card appointment" aria-labelledby="appointment-heading">
      <h3 id="appointment-heading">${say(view, 'visit.title')}</h3>
      ${visit
        ? html`<p part="visit-window"><strong>${say(view, 'visit.window', windowWords(clock, visit.arrivalWindowStart, visit.arrivalWindowEnd))}</strong></p>
            ${visit.expectedArrivalAt && !visit.arrivedAt
              ? html`<p part="expected-arrival">${say(view, 'visit.expected', { time: formatTime(clock, visit.expectedArrivalAt) })}</p>`
              : nothing}
            ${visit.delayReason && !visit.arrivedAt ? html`<p part="delay" class="delay">${say(view, 'visit.delay', { reason: visit.delayReason })}</p>` : nothing}
            ${visit.arrivedAt ? html`<p part="arrived">${say(view, 'visit.arrived', { time: formatMoment(clock, visit.arrivedAt) })}</p>` : nothing}`
        : nothing}
      ${dropOff
        ? html`<p part="drop-off-window"><strong>${say(view, 'dropOff.window', windowWords(clock, dropOff.slotStart, dropOff.slotEnd))}</strong></p>
            <p part="drop-off-workshop">${say(view, 'dropOff.workshop', dropOff.workshop)}</p>
            ${dropOff.receivedAt ? html`<p>${say(view, 'dropOff.received', { time: formatMoment(clock, dropOff.receivedAt) })}</p>` : nothing}`
        : nothing}
      ${city ? html`<p class="muted">${say(view, 'visit.zone', { zone: city })}</p>` : nothing}
      ${view.calendarUrl
        ? html`<a
            part="calendar-link"
            class="calendar-link"
            href=${view.calendarUrl}
            download="sav-${ticket.trackingCode}.ics"
            @click=${view.handlers.onCalendarDownload}
            >${say(view, 'calendar')}</a
          >`
        : nothing}
    </section>
    ${visit ? renderTechnician(view, ticket) : nothing}`;
}

/** Statuses in which the technician is still to come to the door, when the code is worth showing. */
const BEFORE_THE_DOOR = ['SCHEDULED', 'TECHNICIAN_EN_ROUTE', 'ON_SITE'];

function renderTechnician(view: TrackerView, ticket: TrackedTicket): TemplateResult {
  const visit = ticket.visit!;
  const { technician, verificationCode } = visit;
  return html`<section part="technician" class="card technician" aria-labelledby="technician-heading">
    <h3 id="technician-heading">${say(view, 'tech.title')}</h3>
    <div class="technician-identity">
      ${technician.photoUrl
        ? html`<img part="technician-photo" class="avatar" src=${technician.photoUrl} alt=${say(view, 'tech.photo', { name: technician.name })} />`
        : html`<span part="technician-initials" class="avatar initials" aria-hidden="true">${initials(technician.name)}</span>`}
      <div>
        <p part="technician-name" class="technician-name">${technician.name}</p>
        <p part="technician-badge">${say(view, 'tech.badge', { badge: technician.badgeNumber })}</p>
      </div>
    </div>
    ${verificationCode && BEFORE_THE_DOOR.includes(ticket.status)
      ? html`<div class="code-box">
          <p class="code-label">${say(view, 'code.label')}</p>
          <p part="verification-code" class="code">${spacedCode(verificationCode)}</p>
          <p part="verification-hint">${say(view, 'code.hint')}</p>
        </div>`
      : nothing}
  </section>`;
}
