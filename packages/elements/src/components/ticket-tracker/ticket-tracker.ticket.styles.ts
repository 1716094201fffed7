import { css } from 'lit';
import { buttonLook } from '../../internal/form.styles.js';

/**
 * The ticket's styles (its summary, quote, rating, timeline), adopted with the ticket's view when it
 * arrives (LazyPart), after the component's own (ticket-tracker.styles.ts).
 */
export const ticketStyles = css`
  .summary {
    gap: 0.25rem;
  }

  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }

  .status {
    font-size: 1.375rem;
    font-weight: 700;
    color: var(--_accent);
  }

  .status[data-status='REPAIRED'],
  .status[data-status='CLOSED'] {
    color: var(--_success);
  }

  .status[data-status='NEEDS_VERIFICATION'],
  .status[data-status='AWAITING_PARTS'],
  .status[data-status='REOPENED'],
  .status[data-status='FOLLOW_UP'] {
    color: var(--_warning);
  }

  .status[data-status='CANCELLED'],
  .status[data-status='NOT_REPAIRABLE'] {
    color: var(--_danger);
  }

  .live-status {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    font-size: 0.875rem;
  }

  .dot {
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    background: var(--_muted);
  }

  .dot.stream {
    background: var(--_success);
  }

  .next-step,
  .quote.pending {
    border-left: 6px solid var(--_accent);
  }

  .delay {
    color: var(--_warning);
    font-weight: 600;
  }

  .calendar-link {
    ${buttonLook}
    text-decoration: none;
  }

  .technician-identity {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }

  .avatar {
    width: 4rem;
    height: 4rem;
    border-radius: 50%;
    object-fit: cover;
    flex: none;
  }

  .initials {
    display: grid;
    place-items: center;
    background: var(--_accent);
    color: var(--_on-primary);
    font-weight: 700;
    font-size: 1.25rem;
  }

  .technician-name {
    font-weight: 700;
    font-size: 1.1rem;
  }

  .code-box {
    display: grid;
    gap: 0.25rem;
    border: 2px dashed var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }

  .code-label {
    font-weight: 600;
  }

  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 2rem;
    font-weight: 700;
    letter-spacing: 0.15em;
    color: var(--_text);
  }

  .lines {
    border-collapse: collapse;
    width: 100%;
  }

  .lines th,
  .lines td {
    text-align: start;
    padding: 0.375rem 0.5rem 0.375rem 0;
    border-bottom: 1px solid var(--_border);
  }

  .lines .amount {
    text-align: end;
    white-space: nowrap;
  }

  .lines tfoot th,
  .lines .total {
    font-weight: 700;
    border-bottom: none;
  }

  .answer.accepted,
  .notice.closed {
    color: var(--_success);
    font-weight: 600;
  }

  .answer.declined {
    font-weight: 600;
  }

  .scores {
    display: grid;
    gap: 0.5rem;
  }

  .score-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .score {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-width: 3rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    font-weight: 600;
  }

  .score:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  textarea {
    max-width: none;
    resize: vertical;
  }

  .ratings {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .event {
    position: relative;
    padding-inline-start: 1.25rem;
    border-inline-start: 2px solid var(--_border);
  }

  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4375rem;
    top: 0.375rem;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: var(--_accent);
  }

  .reason q {
    font-style: italic;
  }

  @media (forced-colors: active) {
    .initials,
    .event::before,
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }

    .card,
    .code-box {
      border-color: CanvasText;
    }
  }

  /* Usage advice (internal/usage-advice.ts), framed like the other cards. */
  .usage-advice {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
`;
