import { css } from 'lit';

/**
 * `<sav-booking>`'s own styles. Private variables fall back through the component's public
 * variables, then the shared `--sav-*` tokens (see base.styles.ts), then defaults that pass WCAG AA
 * on white.
 */
export const styles = css`
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

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75) calc(var(--_space) * 0.75);
  }

  legend,
  .field label {
    font-weight: 600;
  }

  legend {
    padding: 0 0.25rem;
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  .hint,
  .counter,
  .detail {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .counter.over {
    color: var(--_danger);
  }

  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.625rem;
    min-height: 2.75rem;
    width: 100%;
    max-width: 28rem;
  }

  textarea {
    max-width: none;
    resize: vertical;
  }

  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_accent);
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    flex: none;
  }

  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }

  [aria-invalid='true']:not([type='radio']) {
    border-color: var(--_danger);
    border-width: 2px;
  }

  .field-error {
    color: var(--_danger);
    font-weight: 600;
    font-size: 0.925rem;
  }

  .field-error::before {
    content: '⚠ ';
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    flex-direction: row-reverse;
    justify-content: flex-end;
    gap: var(--_space);
    align-items: center;
  }

  button,
  .calendar-link {
    font: inherit;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    text-decoration: none;
    justify-self: start;
  }

  .submit {
    background: var(--_accent);
    color: var(--_on-primary);
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

  .spinner {
    width: 1rem;
    height: 1rem;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }

  .config-error,
  .error,
  .warning,
  .notice {
    border: 1px solid var(--_danger);
    border-left-width: 6px;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    display: grid;
    gap: 0.5rem;
  }

  .warning,
  .notice {
    border-color: var(--_warning);
  }

  .error-heading {
    color: var(--_danger);
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
`;
