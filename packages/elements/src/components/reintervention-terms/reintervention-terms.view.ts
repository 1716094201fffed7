import type { DefectCause, ReinterventionTerms } from '@sav/client';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { countryName } from '../../internal/countries.js';
import { renderFieldError } from '../../internal/fields.js';
import { CAUSES, type CalculatorField, type ReinterventionController, type ShownQuote } from './reintervention-terms.controller.js';
import type { DurationField, DurationInput } from './reintervention-terms.duration.js';
import { duration, headlineOf, money, percent, say, sayCode, whyOf, type Voice } from './reintervention-terms.words.js';

export { CAUSES, calculatorFieldId } from './reintervention-terms.controller.js';

/** Who pays for a billable cause. */
const PAYER_OF: Record<DefectCause, string> = { SUPPLIES: 'SUPPLIER', DESIGNER: 'DESIGNER', INSTALLER: 'INSTALLER' };

/** What the templates read: the voice, the controller's state, the calculator's values, the handlers. */
export interface ReinterventionView extends Voice {
  controller: ReinterventionController;
  /** The job's country from the `country` attribute, if any (its VAT applies). */
  country: string | undefined;
  cause: DefectCause | undefined;
  duration: DurationInput;
  handlers: {
    onSubmit: (event: SubmitEvent) => void;
    onCauseChange: (event: Event) => void;
    onDurationInput: (field: DurationField, event: Event) => void;
  };
}

/** The busy indicator of a button. */
function spinner(): TemplateResult {
  return html`<span part="spinner" class="spinner" aria-hidden="true"></span>`;
}

/** The VAT rate the terms give for a country (the job's, else the network's own). */
function vatRateOf(terms: ReinterventionTerms, country: string | undefined): { country: string; percent: string } | undefined {
  const wanted = country ?? terms.country;
  return terms.vatRates.find((rate) => rate.country === wanted);
}

/**
 * The network's terms in plain words (seed 000): the rate excl. tax, the threshold, who pays by
 * cause (the installer's own defects never billed), how time is counted, the VAT rate.
 */
export function renderTerms(view: ReinterventionView, terms: ReinterventionTerms): TemplateResult {
  const threshold = duration(view, terms.thresholdMinutes);
  const vat = vatRateOf(terms, view.country);
  return html`<section part="terms" class="terms" aria-labelledby="terms-heading">
    <h2 id="terms-heading" part="heading">${say(view, 'terms.title')}</h2>
    <p part="intro">${say(view, 'terms.intro')}</p>
    <ul part="terms-list" class="terms-list">
      <li part="rate">${say(view, 'terms.rate', { rate: money(view, terms.hourlyRate) })}</li>
      <li part="threshold">${say(view, 'terms.threshold', { duration: threshold })}</li>
      <li part="causes">
        ${say(view, 'terms.causes', { duration: threshold })}
        <ul class="causes">
          ${CAUSES.map((cause) => {
            const words = sayCode(view, 'cause', cause);
            const text =
              cause === 'INSTALLER'
                ? say(view, 'terms.installer', { cause: words })
                : terms.billableCauses.includes(cause)
                  ? say(view, 'terms.billedTo', { cause: words, payer: sayCode(view, 'payer', PAYER_OF[cause]) })
                  : say(view, 'terms.notBilled', { cause: words });
            return html`<li part="cause" data-cause=${cause} data-billed=${terms.billableCauses.includes(cause) ? 'true' : 'false'}>${text}</li>`;
          })}
        </ul>
      </li>
      <li part="counting">${sayCode(view, 'count', terms.granularity)}</li>
      ${vat
        ? html`<li part="vat">${say(view, 'terms.vat', { percent: percent(view, vat.percent), country: countryName(vat.country, view.locale) })}</li>`
        : nothing}
    </ul>
  </section>`;
}

/**
 * The calculator: the cause as a radio group (arrow keys move through it), the time at the
 * customer's in hours and minutes (or minutes only), each field with its own message, and send.
 */
export function renderCalculator(view: ReinterventionView): TemplateResult {
  const { controller } = view;
  const errors = controller.fieldErrors;
  const busy = controller.busy;
  const durationField = (field: DurationField, label: 'calc.hours' | 'calc.minutes'): TemplateResult => {
    const error = errors[field];
    const describedBy = ['duration-hint', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div part="field" class="field duration-field">
      <label part="label" for=${field}>${say(view, label)}</label>
      <input
        part="input"
        id=${field}
        name=${field}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        maxlength="5"
        size="5"
        .value=${live(view.duration[field])}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${describedBy}
        @input=${(event: Event) => view.handlers.onDurationInput(field, event)}
      />
      ${renderFieldError(field, error)}
    </div>`;
  };
  return html`<form part="calculator" class="calculator card" novalidate aria-labelledby="calculator-heading" @submit=${view.handlers.onSubmit}>
    <h2 id="calculator-heading" part="calculator-heading">${say(view, 'calc.title')}</h2>
    <fieldset part="cause-options" class="causes-field" aria-describedby=${errors.cause ? 'cause-error' : nothing} aria-invalid=${errors.cause ? 'true' : nothing}>
      <legend part="label">${say(view, 'calc.cause')}</legend>
      <div class="options">
        ${CAUSES.map(
          (cause) => html`<label part="cause-option" class="option">
            <input
              type="radio"
              name="cause"
              id="cause-${cause}"
              value=${cause}
              .checked=${live(view.cause === cause)}
              @change=${view.handlers.onCauseChange}
            />
            <span>${sayCode(view, 'cause', cause)}</span>
          </label>`,
        )}
      </div>
      ${renderFieldError('cause', errors.cause)}
    </fieldset>
    <fieldset part="duration" class="duration">
      <legend part="label">${say(view, 'calc.duration')}</legend>
      <p id="duration-hint" part="hint" class="hint">${say(view, 'calc.duration.hint')}</p>
      <div class="duration-fields">${durationField('hours', 'calc.hours')} ${durationField('minutes', 'calc.minutes')}</div>
    </fieldset>
    ${controller.quoteFailure
      ? html`<div part="action-error" class="error" role="alert">
          <p class="error-heading"><strong>${controller.quoteFailure.title}</strong></p>
          <p>${controller.quoteFailure.message}</p>
        </div>`
      : nothing}
    <div class="actions">
      <button part="submit-button" class="submit" type="submit" ?disabled=${busy}>
        ${busy ? spinner() : nothing}<span>${say(view, busy ? 'calc.busy' : 'calc.submit')}</span>
      </button>
    </div>
  </form>`;
}

/** The result: billable or not, who pays, the time billed, the amounts excl. tax / VAT / incl. tax, and why. */
export function renderResult(view: ReinterventionView, shown: ShownQuote, terms: ReinterventionTerms): TemplateResult {
  const { quote } = shown;
  return html`<section part="result" class="result card ${quote.billable ? 'billable' : 'not-billable'}" data-rule=${quote.rule} aria-labelledby="result-heading">
    <h2 id="result-heading" part="result-heading" tabindex="-1">${say(view, 'result.title')}</h2>
    <p part="verdict" class="verdict" data-billable=${quote.billable ? 'true' : 'false'} data-payer=${quote.payer}>${headlineOf(quote, view)}</p>
    <p part="time">
      ${quote.billable
        ? say(view, 'result.time', { presence: duration(view, quote.presenceMinutes), billed: duration(view, quote.billedMinutes) })
        : say(view, 'result.timeNone', { presence: duration(view, quote.presenceMinutes) })}
    </p>
    ${quote.billable
      ? html`<dl part="amounts" class="amounts">
          <div part="amount-excl-tax"><dt>${say(view, 'result.exclTax')}</dt><dd>${money(view, quote.amountExclTax)}</dd></div>
          <div part="amount-vat"><dt>${say(view, 'result.vat', { percent: percent(view, quote.vatRate) })}</dt><dd>${money(view, quote.vat)}</dd></div>
          <div part="amount-incl-tax" class="total"><dt>${say(view, 'result.inclTax')}</dt><dd>${money(view, quote.amountInclTax)}</dd></div>
        </dl>`
      : nothing}
    <h3 class="why-heading">${say(view, 'result.why')}</h3>
    <p part="explanation">${whyOf(quote, terms, view, shown.language)}</p>
  </section>`;
}
