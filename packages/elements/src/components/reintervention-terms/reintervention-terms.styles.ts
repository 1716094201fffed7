import { css } from 'lit';
import { reservedSpace } from '../../internal/reserved-space.styles.js';

/**
 * `<sav-reintervention-terms>`'s own styles, after base.styles.ts and form.styles.ts. Private
 * variables fall back through the component's public variables, then the shared `--sav-*` tokens
 * (see base.styles.ts), then defaults that pass WCAG AA on white.
 */
export const styles = css`
  /* The space of its first view, so the page does not move as it renders (reserved-space.ts). */
  ${reservedSpace('sav-reintervention-terms')}

  :host {
    --_accent: var(--sav-reintervention-terms-accent, var(--_primary));
    --_max-width: var(--sav-reintervention-terms-max-width, 44rem);
    --_field-max-width: 7rem;
    max-width: var(--_max-width);
  }

  .base,
  .terms,
  .calculator,
  .result {
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
  }

  h3 {
    font-size: 1rem;
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .muted {
    color: var(--_muted);
  }
`;
