import { css } from 'lit';

/**
 * The form look the components share, after base.styles.ts and before a component's own styles:
 * fields (see fields.ts), radios, buttons, the busy spinner and the message boxes (see failure.ts).
 * It uses the component's private `--_accent`; `--_field-max-width` caps the text fields (default
 * 28rem).
 */
/** A button's look (outlined in the accent), for a link that should read as a button too. */
export const buttonLook = css`
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
  justify-self: start;
`;

export const formStyles = css`
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
  .counter {
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
    max-width: var(--_field-max-width, 28rem);
  }

  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_accent);
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    flex: none;
  }

  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
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
    gap: var(--_space);
    align-items: center;
  }

  button {
    ${buttonLook}
  }

  .submit {
    background: var(--_accent);
    color: var(--_on-primary);
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
`;
