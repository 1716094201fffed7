import type { TrackedTicket } from '@sav/client';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderFieldError } from '../../internal/fields.js';
import { formatCalendarDate, formatInstantDate } from './ticket-tracker.format.js';
import { renderActionFailure, say, sayCode, spinner, type TrackerView } from './ticket-tracker.view.js';

/** The scores a customer may give: the form offers these and nothing else. */
export const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * The outcome the technician recorded (repaired or not, in their words, and the follow-up call),
 * what the last rating did, and the ratings given.
 */
export function renderOutcome(view: TrackerView, ticket: TrackedTicket): TemplateResult | typeof nothing {
  const { tracker } = view;
  if (!ticket.outcome && ticket.ratings.length === 0 && !tracker.rated) return nothing;
  return html`<section part="outcome" class="card outcome" aria-labelledby="outcome-heading">
    <h3 id="outcome-heading">${sayCode(view, 'status', ticket.outcome ?? ticket.status)}</h3>
    ${ticket.outcome ? html`<p part="outcome-text">${sayCode(view, 'outcome', ticket.outcome)}</p>` : nothing}
    ${ticket.outcomeNote ? html`<p part="outcome-note">${say(view, 'outcome.note', { note: ticket.outcomeNote })}</p>` : nothing}
    ${ticket.followUpOn && ['FOLLOW_UP', 'REPAIRED', 'NOT_REPAIRABLE'].includes(ticket.status)
      ? html`<p part="follow-up">${say(view, 'outcome.followUp', { date: formatCalendarDate(view.clock, ticket.followUpOn) })}</p>`
      : nothing}
    ${tracker.rated
      ? html`<p id="rating-result" part="rating-result" class="notice ${tracker.rated.toLowerCase()}" tabindex="-1">${say(view, `rate.${tracker.rated}`)}</p>`
      : nothing}
    ${ticket.ratings.length > 0
      ? html`<h4>${say(view, 'ratings.title')}</h4>
          <ul part="ratings" class="ratings">
            ${ticket.ratings.map(
              (rating) => html`<li>
                ${say(view, 'ratings.item', { score: rating.score, date: formatInstantDate(view.clock, rating.at) })}
                ${rating.comment ? html`<q>${rating.comment}</q>` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
  </section>`;
}

/**
 * The rating form while the repair can be rated (seed 001, steps 6–7): a score from 1 to 5 as a
 * radio group (arrow keys move through it; nothing else can be chosen), an optional comment, send.
 */
export function renderRating(view: TrackerView, ticket: TrackedTicket): TemplateResult | typeof nothing {
  if (!ticket.canRate) return nothing;
  const { tracker } = view;
  const error = tracker.rateFieldError;
  return html`<form part="rating-form" class="card rating" novalidate aria-labelledby="rate-heading" @submit=${view.handlers.onRateSubmit}>
    <h3 id="rate-heading">${say(view, 'rate.title')}</h3>
    <fieldset part="rating-options" class="scores" aria-describedby=${error ? 'score-error' : nothing} aria-invalid=${error ? 'true' : nothing}>
      <legend part="label">${say(view, 'rate.legend')}</legend>
      <div class="score-list">
        ${SCORES.map(
          (score) => html`<label part="rating-option" class="score">
            <input
              type="radio"
              name="score"
              value=${score}
              id=${score === 1 ? 'score' : nothing}
              .checked=${live(view.score === score)}
              @change=${view.handlers.onScoreChange}
            />
            <span>${score}</span>
          </label>`,
        )}
      </div>
      ${renderFieldError('score', error)}
    </fieldset>
    <div part="field" class="field">
      <label part="label" for="comment">${say(view, 'rate.comment')}</label>
      <textarea part="textarea" id="comment" name="comment" rows="3" maxlength="2000" .value=${live(view.comment)} @input=${view.handlers.onCommentInput}></textarea>
    </div>
    ${renderActionFailure(tracker.rateFailure)}
    <div class="actions">
      <button part="submit-button rating-submit" class="submit" type="submit" ?disabled=${tracker.rateBusy}>
        ${tracker.rateBusy ? spinner() : nothing}<span>${say(view, tracker.rateBusy ? 'busy' : 'rate.submit')}</span>
      </button>
    </div>
  </form>`;
}
