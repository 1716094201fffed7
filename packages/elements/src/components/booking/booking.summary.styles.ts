import { css } from 'lit';

/** The review (coverage and price) and the confirmation. */
export const summaryStyles = css`
  .review-section {
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.5rem;
    display: grid;
    gap: 0.125rem;
  }

  .coverage {
    border: 1px solid var(--_border);
    border-top: 6px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .coverage.covered {
    border-top-color: var(--_success);
  }

  .coverage.paid {
    border-top-color: var(--_warning);
  }

  .summary {
    font-weight: 600;
  }

  .price {
    border-collapse: collapse;
    width: 100%;
    max-width: 28rem;
  }

  .price caption {
    text-align: start;
    font-weight: 600;
  }

  .price th,
  .price td {
    text-align: start;
    padding: 0.375rem 0.5rem 0.375rem 0;
    border-bottom: 1px solid var(--_border);
    font-weight: 400;
  }

  .price td {
    text-align: end;
  }

  .price tfoot th,
  .price tfoot td {
    font-weight: 700;
  }

  .confirmation {
    border: 1px solid var(--_border);
    border-top: 6px solid var(--_success);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .confirmation.verification {
    border-top-color: var(--_warning);
  }

  .tracking {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }

  .tracking-label {
    font-weight: 600;
  }

  .tracking-code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.25rem;
    font-weight: 700;
    letter-spacing: 0.05em;
    user-select: all;
  }

  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;
