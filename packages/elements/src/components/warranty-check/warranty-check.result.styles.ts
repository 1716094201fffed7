import { css } from 'lit';

/**
 * The result's styles (status, coverages, remedies, legal rights, recourse), adopted with the
 * result's view when it arrives (LazyPart), after the component's own (warranty-check.styles.ts).
 */
export const resultStyles = css`
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
`;
