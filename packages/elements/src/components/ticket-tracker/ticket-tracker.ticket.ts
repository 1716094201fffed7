import type { TrackedTicket } from '@sav/client';
import { html, nothing, type TemplateResult } from 'lit';
import { renderUsageAdvice, usageAdviceStyles } from '../../internal/usage-advice.js';
import { renderAdvice, renderQuote } from './ticket-tracker.quote.js';
import { renderOutcome, renderRating } from './ticket-tracker.rating.js';
import { ticketStyles } from './ticket-tracker.ticket.styles.js';
import { renderTimeline } from './ticket-tracker.timeline.js';
import { renderAppointment, renderSummary } from './ticket-tracker.summary.js';
import { say, type TrackerView } from './ticket-tracker.view.js';

// The ticket's view (the quote to answer, the rating, the timeline) and its live updates: fetched
// once the lookup is shown (LazyPart), not with the component; a found ticket waits for them.
export { LiveTicket } from './ticket-tracker.live.js';

/** Adopted into the tracker's shadow root when the part arrives. */
export const partStyles = [ticketStyles, usageAdviceStyles];

/** A ticket: its summary, the quote and advice, the outcome and rating, the appointment, tips against breakdowns, the timeline. */
export function renderTicket(view: TrackerView, ticket: TrackedTicket): TemplateResult {
  return html`<article part="ticket" class="ticket" aria-labelledby="ticket-heading">
    ${renderSummary(view, ticket)} ${renderQuote(view, ticket)} ${renderOutcome(view, ticket)} ${renderAdvice(view, ticket)}
    ${renderRating(view, ticket)} ${renderAppointment(view, ticket)} ${renderTips(view, ticket)} ${renderTimeline(view, ticket)}
  </article>`;
}

/** How to avoid breakdowns with the ticket's model (usage advice); nothing when the gateway has none. */
function renderTips(view: TrackerView, ticket: TrackedTicket): TemplateResult | typeof nothing {
  const heading = { title: say(view, 'usageAdvice.title'), intro: say(view, 'usageAdvice.intro', { product: ticket.productModel }) };
  return renderUsageAdvice(ticket.usageAdvice, heading, view.language);
}
