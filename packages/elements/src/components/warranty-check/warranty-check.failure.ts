import { html, nothing, type TemplateResult } from 'lit';
import { translate } from '../../internal/i18n.js';
import type { SupportedLanguage } from '../../internal/language.js';
import type { Failure } from '../../internal/request-failure.js';

/**
 * The error state: an alert with a focusable heading (`#error-heading`), the failure in plain words,
 * the server's own when they add something, and a "try again" button when trying again may help.
 */
export function renderFailure(failure: Failure, language: SupportedLanguage, onRetry: () => void): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <h2 id="error-heading" part="error-heading" class="error-heading" tabindex="-1">${translate(language, 'error.title')}</h2>
    <p>${failure.message}</p>
    ${failure.detail ? html`<p class="detail">${failure.detail}</p>` : nothing}
    ${failure.retry
      ? html`<button part="retry-button" class="retry" type="button" @click=${onRetry}>
          ${translate(language, 'error.retry')}
        </button>`
      : nothing}
  </div>`;
}
