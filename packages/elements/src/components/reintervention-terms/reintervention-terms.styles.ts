import { css } from 'lit';

/**
 * `<sav-reintervention-terms>`'s own styles, after base.styles.ts and form.styles.ts. Private
 * variables fall back through the component's public variables, then the shared `--sav-*` tokens
 * (see base.styles.ts), then defaults that pass WCAG AA on white.
 */
export const styles = css`
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
