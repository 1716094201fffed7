import { css } from 'lit';
import { buttonLook } from '../../internal/form.styles.js';
import { reservedSpace } from '../../internal/reserved-space.styles.js';

/**
 * `<sav-booking>`'s own styles, after base.styles.ts and form.styles.ts. Private variables fall
 * back through the component's public variables, then the shared `--sav-*` tokens (see
 * base.styles.ts), then defaults that pass WCAG AA on white.
 */
export const styles = css`
  /* The first step's space (with the model's symptoms), so the page does not move as it renders; not held in later steps. */
  ${reservedSpace('sav-booking', "[state='product']")}

  /* Until the model's symptoms arrive, what follows them waits unseen in its place: it appears once,
     where it stays, rather than being pushed down by the list (a layout shift). */
  .symptoms.loading ~ * {
    visibility: hidden;
  }

  :host {
    --_accent: var(--sav-booking-accent, var(--_primary));
    --_max-width: var(--sav-booking-max-width, 40rem);
    max-width: var(--_max-width);
  }

  .base,
  .form,
  .confirmation,
  .review,
  .windows,
  .symptoms,
  .coverage {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .base {
    background: var(--_surface);
    color: var(--_text);
    gap: var(--_space);
  }

  h2,
  h3,
  p {
    margin: 0;
  }

  h2 {
    font-size: 1.25rem;
    line-height: 1.25;
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }

  h3 {
    font-size: 1.05rem;
  }

  .step-heading:focus {
    outline: none;
  }

  .step-heading:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .progress {
    display: grid;
    gap: 0.375rem;
  }

  .progress-text {
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 600;
  }

  .progress-steps {
    display: grid;
    grid-template-columns: repeat(5, 1fr);
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.75rem;
    color: var(--_muted);
  }

  .progress-steps li {
    border-top: 4px solid var(--_border);
    padding-top: 0.25rem;
  }

  .progress-steps .done,
  .progress-steps .current {
    border-color: var(--_accent);
  }

  .progress-steps .current {
    color: var(--_text);
    font-weight: 600;
  }

  .detail {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  textarea {
    max-width: none;
    resize: vertical;
  }

  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }

  .actions {
    flex-wrap: wrap;
    flex-direction: row-reverse;
    justify-content: flex-end;
  }

  .calendar-link {
    ${buttonLook}
    text-decoration: none;
  }

  .submit:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }

  button.link {
    border: none;
    padding: 0;
    min-height: 1.5rem;
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    .day.selected {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }

    button,
    .coverage,
    .confirmation {
      border-color: CanvasText;
    }
  }

  /* The first step's symptoms (the windows of the window step look the same: booking.calendar.styles.ts). */
  .symptom {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.25rem;
    cursor: pointer;
  }
`;
