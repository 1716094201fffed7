import { css } from 'lit';

/**
 * `<sav-warranty-check>`'s own styles, after base.styles.ts and form.styles.ts. Private variables
 * fall back through the component's public variables, then the shared `--sav-*` tokens (see
 * base.styles.ts), then defaults that pass WCAG AA on white.
 */
export const styles = css`
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

  .result {
    --_status: var(--_accent);
    border: 1px solid var(--_border);
    border-top: 6px solid var(--_status);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .result.covered {
    --_status: var(--_success);
  }

  .result.partly-covered {
    --_status: var(--_warning);
  }

  .result.expired {
    --_status: var(--_danger);
  }

  .result.no-policy {
    --_status: var(--_muted);
  }

  .result-heading {
    font-size: 1.35rem;
    color: var(--_status);
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  .result-heading:focus {
    outline: none;
  }

  .result-heading:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .product {
    color: var(--_muted);
  }

  .summary {
    font-weight: 600;
    font-size: 1.05rem;
  }

  .coverages {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95rem;
  }

  .coverages caption {
    text-align: start;
    font-weight: 600;
    font-size: 1.05rem;
    padding-bottom: 0.5rem;
  }

  .coverages th,
  .coverages td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.5rem 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }

  .coverages thead th {
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .coverages tbody th {
    font-weight: 600;
  }

  .badge {
    display: inline-flex;
    gap: 0.25rem;
    font-weight: 600;
    margin-inline-end: 0.5rem;
  }

  .coverage.active .badge {
    color: var(--_success);
  }

  .coverage.ended .badge {
    color: var(--_danger);
  }

  .time-left,
  .extension {
    display: inline-block;
  }

  .extension {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }

  .paid-repair {
    font-weight: 600;
  }

  .legal {
    display: grid;
    gap: 0.5rem;
    margin-block-start: 1rem;
    padding-block-start: 0.75rem;
    border-block-start: 2px solid var(--_border, currentColor);
  }

  .legal-intro,
  .legal-notice {
    color: var(--_muted);
    font-size: 0.875rem;
    margin: 0;
  }

  .recourse h4,
  .legal-right-name {
    margin: 0;
    font-size: 1rem;
  }

  .recourse p {
    margin: 0.25rem 0 0;
    font-weight: 600;
  }

  .legal-rights {
    display: grid;
    gap: 0.75rem;
    padding: 0;
    margin: 0;
    list-style: none;
  }

  .legal-right {
    display: grid;
    gap: 0.125rem;
  }

  .legal-right p {
    margin: 0;
  }

  .legal-right .meta {
    color: var(--_muted);
    font-size: 0.875rem;
    margin: 0;
    padding-inline-start: 1rem;
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
