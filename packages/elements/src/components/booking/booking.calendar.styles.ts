import { css } from 'lit';

/**
 * The arrival window picker: the calendar of days, the windows of the day chosen; the choice of a
 * visit or a drop-off and the workshops. Adopted with the steps after the first (booking.later.ts).
 */
export const calendarStyles = css`
  .window {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.25rem;
    cursor: pointer;
  }

  .workshop-name {
    display: block;
    font-weight: 600;
  }

  .remaining {
    color: var(--_warning);
    font-weight: 600;
    font-size: 0.875rem;
  }

  .calendar {
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0.25rem;
    width: 100%;
    max-width: 28rem;
    text-align: center;
  }

  .calendar caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }

  .calendar th {
    font-size: 0.8rem;
    color: var(--_muted);
    font-weight: 600;
  }

  .day {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    height: 2.75rem;
    cursor: pointer;
    position: relative;
    font-weight: 600;
  }

  .day .month {
    font-size: 0.7rem;
    font-weight: 400;
  }

  .day.open::after {
    content: '';
    position: absolute;
    left: 50%;
    bottom: 0.25rem;
    width: 0.35rem;
    height: 0.35rem;
    margin-left: -0.175rem;
    border-radius: 50%;
    background: var(--_success);
  }

  .day.closed {
    color: var(--_muted);
    font-weight: 400;
    border-style: dashed;
    cursor: not-allowed;
    text-decoration: line-through;
  }

  .day.selected {
    background: var(--_accent);
    color: var(--_on-primary);
    border-color: var(--_accent);
  }

  .day.selected::after {
    background: var(--_on-primary);
  }

  .day:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
`;
