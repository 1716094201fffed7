import { html, nothing, type TemplateResult } from 'lit';
import type { Failure } from './request-failure.js';

/** How a failure is titled and offered again. */
export interface FailureView {
  /** The heading, e.g. "The warranty check did not work". */
  title: string;
  /** The "try again" button's words. */
  retryLabel: string;
  onRetry: () => void;
  /** The heading's level where it stands (2 by default). */
  headingLevel?: 2 | 3;
}

/**
 * The error state: an alert with a focusable heading (`#error-heading`), the failure in plain words,
 * the server's own when they add something, and a "try again" button when trying again may help.
 */
export function renderFailure(failure: Failure, view: FailureView): TemplateResult {
  const heading =
    view.headingLevel === 3
      ? html`<h3 id="error-heading" part="error-heading" class="error-heading" tabindex="-1">${view.title}</h3>`
      : html`<h2 id="error-heading" part="error-heading" class="error-heading" tabindex="-1">${view.title}</h2>`;
  return html`<div part="error" class="error" role="alert">
    ${heading}
    <p>${failure.message}</p>
    ${failure.detail ? html`<p class="detail">${failure.detail}</p>` : nothing}
    ${failure.retry
      ? html`<button part="retry-button" class="retry" type="button" @click=${view.onRetry}>${view.retryLabel}</button>`
      : nothing}
  </div>`;
}
