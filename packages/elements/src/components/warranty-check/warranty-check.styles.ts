import { css } from 'lit';
import { reservedSpace } from '../../internal/reserved-space.styles.js';

/**
 * `<sav-warranty-check>`'s own styles, after base.styles.ts and form.styles.ts. Private variables
 * fall back through the component's public variables, then the shared `--sav-*` tokens (see
 * base.styles.ts), then defaults that pass WCAG AA on white.
 */
export const styles = css`
  /* The space of its first view, so the page does not move as it renders (reserved-space.ts). */
  ${reservedSpace('sav-warranty-check')}

  :host {
    --_accent: var(--sav-warranty-check-accent, var(--_primary));
    --_max-width: var(--sav-warranty-check-max-width, 48rem);
    --_field-max-width: 24rem;
    max-width: var(--_max-width);
  }

  .base {
    background: var(--_surface);
    color: var(--_text);
    display: grid;
    gap: var(--_space);
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }

  .form-title {
    font-size: 1.25rem;
  }

  h3 {
    font-size: 1.05rem;
    margin-top: calc(var(--_space) * 0.5);
  }

  p {
    margin: 0;
  }

  .form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .mode {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
  }

  .mode-option {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    cursor: pointer;
  }

  .submit:disabled {
    cursor: progress;
    opacity: 0.85;
  }

  .error-heading {
    font-size: 1.1rem;
  }

  .detail {
    color: var(--_muted);
    font-size: 0.925rem;
  }

  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }

  a {
    color: var(--_accent);
  }

  @media (forced-colors: active) {
    .submit,
    .retry,
    .result {
      border-color: CanvasText;
    }
  }
`;
