import type { Coverage, LegalRight, Remedy, WarrantyCheck } from '@sav/client';
import { html, nothing, type TemplateResult } from 'lit';
import { coverTimeLeft, formatDate } from '../../internal/format.js';
import { partName, translate } from '../../internal/i18n.js';
import type { SupportedLanguage } from '../../internal/language.js';
import { statusIcon, statusName, statusWords } from './warranty-check.status.js';

/** The order a customer reads remedies in: the strongest (money back) first. */
const remedyOrder: Record<Remedy['kind'], number> = { RETURN: 0, EXCHANGE: 1, REPAIR: 2 };

/**
 * The result, in plain words: the status and its sentence, the product, the gateway's explanation,
 * the covers part by part, what the customer may ask for now, what voids free service, and the
 * legal rights. Its heading (`#result-heading`) is focusable, to take the reader there.
 */
export function renderResult(result: WarrantyCheck, language: SupportedLanguage, languageTag: string | undefined): TemplateResult {
  const words = statusWords[result.status];
  return html`<section part="result" class="result ${statusName(result.status)}" aria-labelledby="result-heading">
    <h2 id="result-heading" part="result-heading" class="result-heading" tabindex="-1">
      <span class="status-icon" aria-hidden="true">${statusIcon(result.status)}</span>
      ${translate(language, words.title)}
    </h2>
    <p part="product" class="product">
      ${productLine(result)}.
      ${translate(language, 'result.purchasedOn', {
        date: formatDate(result.purchaseDate, languageTag),
        asOf: formatDate(result.asOf, languageTag),
      })}
    </p>
    <p part="summary" class="summary">${translate(language, words.summary)}</p>
    ${result.explanation ? html`<p part="explanation" class="explanation">${result.explanation}</p>` : nothing}
    ${result.coverages.length > 0 ? renderCoverages(result, language, languageTag) : nothing}
    ${renderRemedies(result.remedies, language, languageTag)}
    ${renderExclusions(result, language)}
    ${result.legalRights.length > 0 ? renderLegalRights(result.legalRights, language, languageTag) : nothing}
  </section>`;
}

/** "Haier Refrigerator HRF-DEMO-1", without saying the brand or the model twice. */
function productLine(result: WarrantyCheck): string {
  const product = result.product;
  const line = product.name.toLowerCase().startsWith(product.brand.toLowerCase()) ? product.name : `${product.brand} ${product.name}`;
  return line.includes(result.productModel) ? line : `${line} · ${result.productModel}`;
}

/** The table of covers, the whole appliance first: until when, covered or ended, time left, extensions. */
function renderCoverages(result: WarrantyCheck, language: SupportedLanguage, languageTag: string | undefined): TemplateResult {
  const coverages: Coverage[] = [...result.coverages].sort(
    (a, b) => Number(b.part === 'WHOLE_UNIT') - Number(a.part === 'WHOLE_UNIT'),
  );
  return html`<table part="coverages" class="coverages">
    <caption>${translate(language, 'coverages.title')}</caption>
    <thead>
      <tr>
        <th scope="col">${translate(language, 'coverages.part')}</th>
        <th scope="col">${translate(language, 'coverages.until')}</th>
        <th scope="col">${translate(language, 'coverages.state')}</th>
      </tr>
    </thead>
    <tbody>
      ${coverages.map(
        (coverage) => html`<tr part="coverage-row" class="coverage ${coverage.active ? 'active' : 'ended'}" data-part=${coverage.part}>
          <th scope="row" part="part-name">${partName(language, coverage.part)}</th>
          <td><time datetime=${coverage.endsOn}>${formatDate(coverage.endsOn, languageTag)}</time></td>
          <td>
            <span part="badge" class="badge">
              <span aria-hidden="true">${coverage.active ? '✓' : '✕'}</span>
              ${translate(language, coverage.active ? 'coverages.active' : 'coverages.ended')}</span
            >
            <span part="time-left" class="time-left">${coverTimeLeft(coverage, result.asOf, languageTag)}</span>
            ${coverage.extendedByDays > 0
              ? html`<span part="extension" class="extension">
                  ${coverage.extendedByDays === 1
                    ? translate(language, 'coverages.extendedOne')
                    : translate(language, 'coverages.extended', { days: coverage.extendedByDays })}
                </span>`
              : nothing}
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** What the customer may ask for now (return, exchange, repair) and until when, or that nothing free applies. */
function renderRemedies(remedies: readonly Remedy[], language: SupportedLanguage, languageTag: string | undefined): TemplateResult {
  const ordered = [...remedies].sort((a, b) => remedyOrder[a.kind] - remedyOrder[b.kind]);
  return html`<h3 part="section-heading">${translate(language, 'remedies.title')}</h3>
    ${ordered.length > 0
      ? html`<ul part="remedies" class="remedies">
          ${ordered.map(
            (remedy) =>
              html`<li part="remedy" class="remedy">
                ${translate(language, `remedies.${remedy.kind}`, { date: formatDate(remedy.until, languageTag) })}
              </li>`,
          )}
        </ul>`
      : html`<p part="remedies" class="remedies none">${translate(language, 'remedies.none')}</p>`}`;
}

/** What voids free service, and that paid repair stays available; nothing when neither applies. */
function renderExclusions(result: WarrantyCheck, language: SupportedLanguage): TemplateResult | typeof nothing {
  if (result.exclusions.length === 0 && !result.paidRepairAvailable) return nothing;
  return html`<h3 part="section-heading">${translate(language, 'exclusions.title')}</h3>
    ${result.exclusions.length > 0
      ? html`<p>${translate(language, 'exclusions.intro')}</p>
          <ul part="exclusions" class="exclusions">
            ${result.exclusions.map(
              (exclusion) => html`<li part="exclusion" class="exclusion" data-code=${exclusion.code}>${exclusion.description}</li>`,
            )}
          </ul>`
      : nothing}
    ${result.paidRepairAvailable
      ? html`<p part="paid-repair" class="paid-repair">${translate(language, 'paidRepair.available')}</p>`
      : nothing}`;
}

/** The legal rights (e.g. the seller's legal guarantee of conformity), until when, and their source. */
function renderLegalRights(rights: readonly LegalRight[], language: SupportedLanguage, languageTag: string | undefined): TemplateResult {
  return html`<h3 part="section-heading">${translate(language, 'legal.title')}</h3>
    <ul part="legal-rights" class="legal-rights">
      ${rights.map(
        (right) => html`<li part="legal-right" class="legal-right ${right.active ? 'active' : 'ended'}">
          <p>${right.explanation}</p>
          <p class="meta">
            ${right.endsOn
              ? translate(language, 'legal.until', { date: formatDate(right.endsOn, languageTag) })
              : translate(language, 'legal.noEnd')}
            ${isWebAddress(right.sourceUrl)
              ? html`<a href=${right.sourceUrl} target="_blank" rel="noopener noreferrer"
                  >${translate(language, 'legal.source', { source: right.source })}</a
                >`
              : translate(language, 'legal.source', { source: right.source })}
          </p>
        </li>`,
      )}
    </ul>`;
}

function isWebAddress(text: string | null): text is string {
  return typeof text === 'string' && /^https?:\/\//i.test(text);
}
