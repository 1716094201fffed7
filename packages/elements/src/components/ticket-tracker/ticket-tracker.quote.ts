import type { RepairAdvice, TrackedTicket } from '@sav/client';
import { html, nothing, type TemplateResult } from 'lit';
import { partName } from '../../internal/i18n.js';
import { LANGUAGES } from '../../internal/language.js';
import { formatMoney } from '../../internal/money.js';
import { formatInstantDate } from './ticket-tracker.format.js';
import { renderActionFailure, say, sayCode, spinner, type TrackerView } from './ticket-tracker.view.js';

/**
 * The quote (seed 001, step 5): its lines and total in the reader's conventions, the desk's note,
 * whether repair is worth it, and the Accept / Decline buttons while it waits; an answered quote
 * says the answer and when. A refused answer (e.g. already answered) is said under the buttons,
 * which stay as they were.
 */
export function renderQuote(view: TrackerView, ticket: TrackedTicket): TemplateResult | typeof nothing {
  const { quote } = ticket;
  if (!quote) return nothing;
  const { tracker } = view;
  const money = (amount: { amount: string; currency: string }) => formatMoney(amount, view.clock.locale, LANGUAGES);
  const pending = quote.status === 'PENDING';
  return html`<section part="quote" class="card quote ${pending ? 'pending' : ''}" aria-labelledby="quote-heading">
    <h3 id="quote-heading">${say(view, 'quote.title')}</h3>
    ${pending ? html`<p>${say(view, 'quote.intro')}</p>` : nothing}
    <table part="quote-lines" class="lines">
      <thead>
        <tr>
          <th scope="col">${say(view, 'quote.item')}</th>
          <th scope="col" class="amount">${say(view, 'quote.amount')}</th>
        </tr>
      </thead>
      <tbody>
        ${quote.lines.map(
          (line) => html`<tr>
            <td>
              ${line.kind === 'PART' && line.part
                ? say(view, 'line.PART', { part: partName(view.language, line.part) })
                : sayCode(view, 'line', line.kind)}${line.covered ? html` <span class="muted">(${say(view, 'quote.covered')})</span>` : nothing}
            </td>
            <td class="amount">${money(line.amount)}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${say(view, 'quote.total')}</th>
          <td part="quote-total" class="amount total">${money(quote.total)}</td>
        </tr>
      </tfoot>
    </table>
    ${quote.note ? html`<p part="quote-note">${say(view, 'quote.note', { note: quote.note })}</p>` : nothing}
    ${quote.advice ? renderAdviceWords(view, quote.advice) : nothing}
    ${pending
      ? html`<div class="actions quote-actions">
          <button part="accept-button" class="submit" type="button" ?disabled=${tracker.quoteBusy} @click=${() => view.handlers.onAnswerQuote(true)}>
            ${tracker.quoteBusy ? spinner() : nothing}${say(view, 'quote.accept')}
          </button>
          <button part="decline-button" type="button" ?disabled=${tracker.quoteBusy} @click=${() => view.handlers.onAnswerQuote(false)}>
            ${say(view, 'quote.decline')}
          </button>
        </div>`
      : html`<p id="quote-answer" part="quote-answer" class="answer ${quote.status.toLowerCase()}" tabindex="-1">
          ${say(view, quote.status === 'ACCEPTED' ? 'quote.ACCEPTED' : 'quote.DECLINED', {
            date: quote.answeredAt ? formatInstantDate(view.clock, quote.answeredAt) : '',
          })}
        </p>`}
    ${renderActionFailure(tracker.quoteFailure)}
  </section>`;
}

/**
 * Repair or replace, in plain words (seed 004), when the ticket's advice is not the one its quote
 * already gives (e.g. the appliance proved impossible to repair).
 */
export function renderAdvice(view: TrackerView, ticket: TrackedTicket): TemplateResult | typeof nothing {
  const advice = ticket.repairAdvice;
  const quoted = ticket.quote?.advice;
  if (!advice || (quoted && quoted.advice === advice.advice && quoted.reason === advice.reason && quoted.costPercent === advice.costPercent)) {
    return nothing;
  }
  return html`<section part="advice" class="card advice" aria-labelledby="advice-heading">
    <h3 id="advice-heading">${say(view, 'advice.title')}</h3>
    ${renderAdviceWords(view, advice)}
  </section>`;
}

/**
 * The advice: the gateway's explanation where it speaks the reader's language (English, French),
 * else the tracker's own words by reason and cost share.
 */
function renderAdviceWords(view: TrackerView, advice: RepairAdvice): TemplateResult {
  const ownWords = view.language === 'nl' || view.language === 'zh' || !advice.explanation;
  return html`<div part="advice-text" class="advice-text" data-advice=${advice.advice}>
    <p><strong>${sayCode(view, 'advice', advice.advice)}</strong></p>
    <p>${ownWords ? sayCode(view, 'reason', advice.reason, { percent: advice.costPercent ?? 0 }) : advice.explanation}</p>
  </div>`;
}
