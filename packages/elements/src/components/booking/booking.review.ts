import type { Money, RepairEstimate } from '@sav/client';
import { html, nothing, type TemplateResult } from 'lit';
import { countryName } from '../../internal/countries.js';
import { formatDate } from '../../internal/format.js';
import { partName } from '../../internal/i18n.js';
import { bookingText, type BookingTextKey } from '../../internal/i18n.booking.js';
import { LANGUAGES } from '../../internal/language.js';
import { formatMoney } from '../../internal/money.js';
import { modeKey, type FormStep } from './booking.steps.js';
import type { BookingViewContext } from './booking.view.js';
import { slotWords } from './booking.window.js';

const statusTitles: Record<string, BookingTextKey> = {
  COVERED: 'status.COVERED.title',
  PARTLY_COVERED: 'status.PARTLY_COVERED.title',
  EXPIRED: 'status.EXPIRED.title',
  NO_POLICY: 'status.NO_POLICY.title',
};

/**
 * Step 5: everything typed, section by section with a way back to change it (the arrival window,
 * or the workshop with its name and address and the drop-off slot); then the coverage
 * and, when the warranty does not pay, the estimated price and the price list (seed 001, step 5:
 * the charging standard before any charge). The step's submit button confirms.
 */
export function renderReviewStep(context: BookingViewContext): TemplateResult {
  const { draft, language, locale, mode } = context;
  const values = draft.values;
  const labels = new Map(context.booking.options?.symptoms.map((symptom) => [symptom.code, symptom.label]));
  const slot = draft.slot;
  const when = slot && slotWords(context, slot.start, slot.end);
  const workshop = mode === 'workshop' ? draft.workshop : null;
  return html`<div part="review" class="review">
      ${renderSection(context, 'product', 'booking.review.appliance', [
        values.productModel.trim(),
        values.serialNumber.trim() ? bookingText(language, 'booking.review.serial', { serial: values.serialNumber.trim() }) : '',
        values.purchaseDate ? bookingText(language, 'booking.review.purchased', { date: formatDate(values.purchaseDate, context.languageTag, LANGUAGES) }) : '',
      ])}
      ${renderSection(context, 'product', 'booking.review.fault', [
        draft.symptoms.map((code) => labels.get(code) ?? code).join(', '),
        values.fault.trim(),
      ])}
      ${renderSection(context, 'address', 'booking.review.address', [
        values.line1.trim(),
        values.line2.trim(),
        `${values.postalCode.trim()} ${values.city.trim()}`,
        values.country ? countryName(values.country, locale) : '',
      ])}
      ${renderSection(context, 'window', modeKey('booking.review.window', mode), [
        workshop?.name ?? '',
        workshop?.address ?? '',
        when ? `${when.day}, ${when.window}` : '',
      ])}
      ${renderSection(context, 'contact', 'booking.review.contact', [values.name.trim(), values.email.trim(), values.phone.trim()])}
    </div>
    ${renderCoverage(context)}`;
}

function renderSection(context: BookingViewContext, step: FormStep, titleKey: BookingTextKey, lines: readonly string[]): TemplateResult {
  const title = bookingText(context.language, titleKey);
  return html`<section part="review-section" class="review-section" aria-label=${title}>
    <h3 class="review-title">${title}</h3>
    ${lines.filter((line) => line.trim()).map((line) => html`<p class="review-line">${line}</p>`)}
    <button
      part="edit-button"
      class="link"
      type="button"
      aria-label=${bookingText(context.language, 'booking.review.changeLabel', { section: title })}
      @click=${() => context.handlers.onEdit(step)}
    >
      ${bookingText(context.language, 'booking.review.change')}
    </button>
  </section>`;
}

function renderCoverage(context: BookingViewContext): TemplateResult {
  const { booking, language } = context;
  const estimate = booking.estimate;
  return html`<section part="coverage" class="coverage ${estimate ? (estimate.covered ? 'covered' : 'paid') : ''}" aria-labelledby="coverage-title">
    <h3 id="coverage-title" class="review-title">${bookingText(language, 'booking.coverage.title')}</h3>
    ${booking.busy.has('estimate')
      ? html`<p part="loading" class="loading">${bookingText(language, 'booking.coverage.loading')}</p>`
      : estimate
        ? renderEstimate(context, estimate)
        : nothing}
  </section>`;
}

function renderEstimate(context: BookingViewContext, estimate: RepairEstimate): TemplateResult {
  const { language, languageTag } = context;
  const status = estimate.warrantyStatus ? statusTitles[estimate.warrantyStatus] : undefined;
  return html`${status ? html`<p part="coverage-status">${bookingText(language, 'booking.coverage.status', { status: bookingText(language, status) })}</p>` : nothing}
    <p part="coverage-summary" class="summary">
      ${bookingText(language, estimate.covered ? 'booking.coverage.covered' : 'booking.coverage.notCovered')}
    </p>
    <p class="detail">${bookingText(language, `booking.location.${estimate.repairLocation}`)} ${estimate.explanation}</p>
    ${estimate.covered ? nothing : renderPrice(context, estimate, (amount) => formatMoney(amount, languageTag, LANGUAGES))}`;
}

/** The estimated price, line by line, and the price list it comes from; or why there is none. */
function renderPrice(context: BookingViewContext, estimate: RepairEstimate, money: (amount: Money) => string): TemplateResult {
  const language = context.language;
  const { callOut, labour, parts, total } = estimate;
  const priceList = estimate.priceList ?? context.booking.options?.priceList;
  if (!callOut || !labour || !parts || !total) {
    return html`<p part="price-list" class="detail">${bookingText(language, 'booking.price.none')}</p>`;
  }
  const part = estimate.pricedPart ?? estimate.likelyParts[0];
  return html`<table part="price" class="price">
      <caption>${bookingText(language, 'booking.price.caption')}</caption>
      <tbody>
        <tr><th scope="row">${bookingText(language, 'booking.price.callOut')}</th><td>${money(callOut)}</td></tr>
        <tr>
          <th scope="row">${bookingText(language, 'booking.price.labour', { minutes: estimate.visitMinutes })}</th>
          <td>${money(labour)}</td>
        </tr>
        <tr>
          <th scope="row">
            ${part ? bookingText(language, 'booking.price.part', { part: partName(language, part) }) : bookingText(language, 'booking.price.parts')}
          </th>
          <td>${money(parts)}</td>
        </tr>
      </tbody>
      <tfoot>
        <tr><th scope="row">${bookingText(language, 'booking.price.total')}</th><td part="price-total">${money(total)}</td></tr>
      </tfoot>
    </table>
    ${priceList
      ? html`<p part="price-list" class="detail">
          ${bookingText(language, 'booking.price.list', { callOut: money(priceList.callOut), labour: money(priceList.labourPerHour) })}
        </p>`
      : nothing}
    <p class="detail">${bookingText(language, 'booking.price.note')}</p>`;
}
