import { html, nothing, type TemplateResult } from 'lit';
import { hasBookingText, bookingText } from '../../internal/i18n.booking.js';
import type { SupportedLanguage } from '../../internal/language.js';
import type { BookingController, Outcome } from './booking.controller.js';
import type { BookingViewContext } from './booking.view.js';
import { slotWords } from './booking.window.js';

/** The name of the file "Add to calendar" downloads. */
export function calendarFileName(trackingCode: string): string {
  return `sav-${trackingCode}.ics`;
}

/**
 * The confirmation: booked (the window and who comes with their badge number, or the drop-off slot
 * and the workshop's name and address; "Add to calendar"), or kept for verification (why). Both give
 * the tracking code, with a button to copy it. The heading (`#step-heading`) takes the focus.
 */
export function renderConfirmation(context: BookingViewContext, outcome: Outcome): TemplateResult {
  const language = context.language;
  const { ticket } = outcome;
  const booked = outcome.kind === 'booked';
  const { visit, dropOff } = ticket;
  return html`<section part="confirmation" class="confirmation ${booked ? 'booked' : 'verification'}" aria-labelledby="step-heading">
    <h2 id="step-heading" part="step-heading confirmation-heading" class="step-heading" tabindex="-1">
      <span class="status-icon" aria-hidden="true">${booked ? '✓' : '…'}</span>
      ${bookingText(language, booked ? 'booking.booked.title' : 'booking.verification.title')}
    </h2>
    <div part="tracking" class="tracking">
      <span class="tracking-label">${bookingText(language, 'booking.trackingCode')}</span>
      <code part="tracking-code" class="tracking-code">${ticket.trackingCode}</code>
      <button part="copy-button" class="secondary" type="button" aria-label=${bookingText(language, 'booking.copyLabel')} @click=${context.handlers.onCopy}>
        ${bookingText(language, 'booking.copy')}
      </button>
    </div>
    ${booked && visit
      ? html`<p part="visit-window">
            ${bookingText(language, 'booking.booked.window', slotWords(context, visit.arrivalWindowStart, visit.arrivalWindowEnd))}
          </p>
          <p part="technician">
            ${bookingText(language, 'booking.booked.technician', { name: visit.technician.name, badge: visit.technician.badgeNumber })}
          </p>`
      : nothing}
    ${booked && dropOff
      ? html`<p part="drop-off-window">
            ${bookingText(language, 'booking.booked.window.dropOff', slotWords(context, dropOff.slotStart, dropOff.slotEnd))}
          </p>
          <p part="drop-off-workshop">${bookingText(language, 'booking.booked.workshop', dropOff.workshop)}</p>`
      : nothing}
    ${booked ? nothing : renderVerification(context, outcome)}
    <p>${bookingText(language, 'booking.booked.keep')}</p>
    ${context.calendarUrl
      ? html`<a part="calendar-link" class="calendar-link" href=${context.calendarUrl} download=${calendarFileName(ticket.trackingCode)}>
          ${bookingText(language, 'booking.addToCalendar')}
        </a>`
      : nothing}
  </section>`;
}

function renderVerification(context: BookingViewContext, outcome: Outcome): TemplateResult {
  const language = context.language;
  const reasons = outcome.reasons.map((reason) => `booking.verification.${reason}`).filter(hasBookingText);
  return html`<p part="verification">${bookingText(language, 'booking.verification.text')}</p>
    ${reasons.length > 0
      ? html`<p>${bookingText(language, 'booking.verification.reasons')}</p>
          <ul part="verification-reasons">
            ${reasons.map((key) => html`<li>${bookingText(language, key)}</li>`)}
          </ul>`
      : nothing}`;
}


/** Copies the tracking code; where the clipboard is refused, selects it for the customer to copy. */
export async function copyTrackingCode(host: { readonly language: SupportedLanguage; readonly renderRoot: ParentNode }, booking: BookingController): Promise<void> {
  const code = booking.outcome?.ticket.trackingCode;
  if (!code) return;
  try {
    await navigator.clipboard.writeText(code);
    booking.announce(bookingText(host.language, 'booking.copied'));
  } catch {
    const output = host.renderRoot.querySelector('[part~="tracking-code"]');
    if (output) getSelection()?.selectAllChildren(output);
    booking.announce(bookingText(host.language, 'booking.copyFailed'));
  }
}
