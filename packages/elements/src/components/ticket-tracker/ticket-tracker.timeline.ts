import type { TicketEvent, TrackedTicket } from '@sav/client';
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoment, formatTime } from './ticket-tracker.format.js';
import { say, sayCode, type TrackerView } from './ticket-tracker.view.js';

/** What an event says: its kind in words, or for a change of status the status it entered. */
function eventWords(view: TrackerView, event: TicketEvent): string {
  return event.kind === 'STATUS_CHANGED' ? sayCode(view, 'status', event.status) : sayCode(view, 'event', event.kind);
}

/**
 * The timeline, oldest first: each step in plain words, when (in the ticket's zone), who took it
 * (the technician by name and badge),
 * the expected arrival a departure or a delay gave, and the reason in the words of whoever gave it.
 */
export function renderTimeline(view: TrackerView, ticket: TrackedTicket): TemplateResult {
  const events = [...ticket.timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return html`<section part="timeline" class="card timeline" aria-labelledby="timeline-heading">
    <h3 id="timeline-heading">${say(view, 'timeline.title')}</h3>
    <ol class="events">
      ${events.map(
        (event) => html`<li part="timeline-event" class="event" data-kind=${event.kind}>
          <p class="event-title"><strong>${eventWords(view, event)}</strong></p>
          <p part="timeline-meta" class="muted">
            <time datetime=${event.at}>${formatMoment(view.clock, event.at)}</time> · ${sayCode(view, 'actor', event.actor)}${event.by ? ` · ${event.by}` : ''}
          </p>
          ${event.expectedArrivalAt
            ? html`<p>${say(view, 'visit.expected', { time: formatTime(view.clock, event.expectedArrivalAt) })}</p>`
            : nothing}
          ${event.reason ? html`<p part="timeline-reason" class="reason"><q>${event.reason}</q></p>` : nothing}
        </li>`,
      )}
    </ol>
  </section>`;
}
