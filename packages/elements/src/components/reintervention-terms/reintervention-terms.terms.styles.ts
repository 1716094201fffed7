import { css } from 'lit';

/**
 * The terms' styles (the terms in words, the calculator, its result), adopted with the terms' view
 * when it arrives (LazyPart), after the component's own (reintervention-terms.styles.ts).
 */
export const termsStyles = css`
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }

  .terms-list,
  .causes {
    margin: 0;
    padding-left: 1.25rem;
    display: grid;
    gap: 0.375rem;
  }

  .causes {
    margin-top: 0.375rem;
  }

  .options {
    display: grid;
    gap: 0.5rem;
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .duration {
    display: grid;
    gap: 0.5rem;
  }

  .duration-fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: start;
  }

  .verdict {
    font-size: 1.25rem;
    font-weight: 700;
    color: var(--_warning);
  }

  .verdict[data-billable='true'] {
    color: var(--_success);
  }

  .result {
    border-left-width: 6px;
    border-left-color: var(--_warning);
  }

  .result.billable {
    border-left-color: var(--_success);
  }

  .amounts {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    max-width: 24rem;
  }

  .amounts div {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
  }

  .amounts dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  .amounts .total {
    font-weight: 700;
    border-top: 1px solid var(--_border);
    padding-top: 0.25rem;
  }
`;
