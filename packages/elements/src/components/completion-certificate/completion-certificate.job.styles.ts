import { css } from 'lit';

/**
 * The job's styles (the facts, reserves, photos, the signing and declining forms, the pad, the
 * outcome), adopted with the job's view when it arrives (LazyPart), after the component's own
 * (completion-certificate.styles.ts).
 */
export const jobStyles = css`
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }

  .facts {
    display: grid;
    gap: 0.375rem;
    margin: 0;
  }

  .facts div {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr;
    gap: var(--_space);
  }

  .facts dt {
    color: var(--_muted);
  }

  .facts dd {
    margin: 0;
  }

  .plain-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .list {
    margin: 0;
    padding-left: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }

  .reserves {
    width: 100%;
    border-collapse: collapse;
  }

  .reserves th,
  .reserves td {
    text-align: left;
    vertical-align: top;
    padding: 0.375rem 0.5rem 0.375rem 0;
    border-bottom: 1px solid var(--_border);
  }

  .photos {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .photos img {
    display: block;
    width: 8rem;
    height: 6rem;
    object-fit: cover;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .option,
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    cursor: pointer;
  }

  .option {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .pad {
    display: block;
    width: 100%;
    max-width: 36rem;
    aspect-ratio: 3 / 1;
    height: auto;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    /* The pad takes every touch: no scrolling or zooming while signing. */
    touch-action: none;
    cursor: crosshair;
  }

  .pad[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }

  .danger {
    background: var(--_danger);
    border-color: var(--_danger);
  }

  .outcome {
    border-left-width: 6px;
    border-left-color: var(--_success);
  }

  .outcome.declined {
    border-left-color: var(--_warning);
  }

  .verdict {
    font-size: 1.25rem;
    color: var(--_success);
    margin: 0;
  }

  .declined .verdict {
    color: var(--_warning);
  }

  .signature .typed {
    font-family: 'Brush Script MT', 'Segoe Script', cursive;
    font-size: 1.75rem;
  }

  .drawing {
    display: block;
    width: 100%;
    max-width: 24rem;
    height: auto;
    color: var(--_text);
  }

  .pdf-link {
    font-weight: 600;
    color: var(--_accent);
  }
`;
