import { css } from 'lit';
import { buttonLook } from '../../internal/form.styles.js';
import { reservedSpace } from '../../internal/reserved-space.styles.js';

/**
 * `<sav-ticket-tracker>`'s own styles, after base.styles.ts and form.styles.ts. Private variables
 * fall back through the component's public variables, then the shared `--sav-*` tokens (see
 * base.styles.ts), then defaults that pass WCAG AA on white.
 */
export const styles = css`
  /* The space of its first view, so the page does not move as it renders (reserved-space.ts). */
  ${reservedSpace('sav-ticket-tracker')}

  :host {
    --_accent: var(--sav-ticket-tracker-accent, var(--_primary));
    --_max-width: var(--sav-ticket-tracker-max-width, 44rem);
    --_field-max-width: 20rem;
    max-width: var(--_max-width);
  }

  .base,
  .lookup,
  .ticket,
  .card,
  .summary {
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
  h4,
  p {
    margin: 0;
  }

  h2 {
    font-size: 1.25rem;
    line-height: 1.25;
  }

  h3 {
    font-size: 1.05rem;
  }

  h4 {
    font-size: 1rem;
  }

  h2:focus,
  [tabindex='-1']:focus {
    outline: none;
  }

  h2:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .muted {
    color: var(--_muted);
  }

  .actions {
    flex-wrap: wrap;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }

  .notice {
    display: block;
  }

  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }
`;
