import { css } from 'lit';
import { reservedSpace } from '../../internal/reserved-space.styles.js';

/**
 * `<sav-completion-certificate>`'s own styles, after base.styles.ts and form.styles.ts. Private
 * variables fall back through the component's public variables, then the shared `--sav-*` tokens
 * (see base.styles.ts), then defaults that pass WCAG AA on white.
 */
export const styles = css`
  /* The space of a certificate awaiting its signature, so the page does not move as it loads (reserved-space.ts). */
  ${reservedSpace('sav-completion-certificate', ":not([state='no-link'])")}

  :host {
    --_accent: var(--sav-completion-certificate-accent, var(--_primary));
    --_max-width: var(--sav-completion-certificate-max-width, 48rem);
    max-width: var(--_max-width);
  }

  .base,
  .header,
  .sign,
  .outcome,
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .base {
    background: var(--_surface);
    color: var(--_text);
    gap: var(--_space);
  }

  .field {
    gap: 0.375rem;
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
    margin-bottom: 0.5rem;
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .muted,
  .hint {
    color: var(--_muted);
  }
`;
