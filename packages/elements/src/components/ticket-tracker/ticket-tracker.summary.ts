import type { TrackedTicket } from '@sav/client';
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoment, formatTime, initials, otherZoneCity, spacedCode, windowWords } from './ticket-tracker.format.js';
import { say, sayCode, type TrackerView } from './ticket-tracker.view.js';

// The ticket's summary and appointment, with the ticket's view (ticket-tracker.ticket.ts).

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
