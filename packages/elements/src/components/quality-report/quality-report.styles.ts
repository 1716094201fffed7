import { css } from 'lit';
import { reservedSpace } from '../../internal/reserved-space.styles.js';

/**
 * `<sav-quality-report>`'s own styles for its first view (the set-up's messages, loading, a
 * failure), after base.styles.ts and form.styles.ts; the report's own (figures, charts, tables)
 * come with it (quality-report.report.styles.ts). Private variables fall back through the
 * component's public variables, then the shared `--sav-*` tokens, then defaults that pass WCAG AA
 * on white.
 */
export const styles = css`
  /* Room for the report's first figures and chart while it loads (reserved-space.ts). */
  ${reservedSpace('sav-quality-report')}

  :host {
    --_accent: var(--sav-quality-report-accent, var(--_primary));
    --_max-width: var(--sav-quality-report-max-width, 64rem);
    --_field-max-width: 11rem;
    max-width: var(--_max-width);
  }

  .base {
    display: grid;
    gap: var(--_space);
    background: var(--_surface);
    color: var(--_text);
  }

  h2,
  h3,
  p {
    margin: 0;
  }

  h2 {
    font-size: 1.375rem;
    line-height: 1.25;
  }

  h3 {
    font-size: 1.0625rem;
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
