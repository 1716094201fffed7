import type { Coverage, LegalRight, Remedy, WarrantyCheck } from '@sav/client';
import { html, nothing, type TemplateResult } from 'lit';
import { coverTimeLeft, formatDate } from '../../internal/format.js';
import { humanise, partName } from '../../internal/i18n.js';
import { hasWarrantyText, warrantyText, type WarrantyTextKey } from '../../internal/i18n.warranty.js';
import { formatMoney } from '../../internal/money.js';
import { LANGUAGES, type SupportedLanguage } from '../../internal/language.js';
import { renderUsageAdvice, usageAdviceStyles } from '../../internal/usage-advice.js';
import { resultStyles } from './warranty-check.result.styles.js';
import { statusIcon, statusName, statusWords } from './warranty-check.status.js';

/** Adopted into the component's shadow root when the result's view arrives (LazyPart). */
export const partStyles = [resultStyles, usageAdviceStyles];

/** The order a customer reads remedies in: the strongest (money back) first. */
const remedyOrder: Record<Remedy['kind'], number> = { RETURN: 0, EXCHANGE: 1, REPAIR: 2 };

/**
 * The result, in plain words: the status and its sentence, the product, the gateway's explanation,
 * the covers part by part, what the customer may ask for now, what voids free service, tips to
 * avoid breakdowns, and the legal rights. Its heading (`#result-heading`) is focusable, to take the reader there.
 */
export function renderResult(result: WarrantyCheck, language: SupportedLanguage, languageTag: string | undefined): TemplateResult {
  const words = statusWords[result.status];
  return html`<section part="result" class="result ${statusName(result.status)}" aria-labelledby="result-heading">
    <h2 id="result-heading" part="result-heading" class="result-heading" tabindex="-1">
      <span class="status-icon" aria-hidden="true">${statusIcon(result.status)}</span>
      ${warrantyText(language, words.title)}
    </h2>
    <p part="product" class="product">
      ${productLine(result)}.
      ${warrantyText(language, 'result.purchasedOn', {
        date: formatDate(result.purchaseDate, languageTag, LANGUAGES),
        asOf: formatDate(result.asOf, languageTag, LANGUAGES),
      })}
    </p>
    <p part="summary" class="summary">${warrantyText(language, words.summary)}</p>
    ${result.explanation ? html`<p part="explanation" class="explanation">${result.explanation}</p>` : nothing}
    ${result.coverages.length > 0 ? renderCoverages(result, language, languageTag) : nothing}
    ${renderRemedies(result.remedies, language, languageTag)}
    ${renderExclusions(result, language)}
    ${renderUsageAdvice(
      result.usageAdvice,
      { title: warrantyText(language, 'usageAdvice.title'), intro: warrantyText(language, 'usageAdvice.intro', { product: result.product.name }) },
      language,
    )}
    ${result.legalRights.length > 0 ? renderLegalLayer(result, language, languageTag) : nothing}
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
    <caption>${warrantyText(language, 'coverages.title')}</caption>
    <thead>
      <tr>
        <th scope="col">${warrantyText(language, 'coverages.part')}</th>
        <th scope="col">${warrantyText(language, 'coverages.until')}</th>
        <th scope="col">${warrantyText(language, 'coverages.state')}</th>
      </tr>
    </thead>
    <tbody>
      ${coverages.map(
        (coverage) => html`<tr part="coverage-row" class="coverage ${coverage.active ? 'active' : 'ended'}" data-part=${coverage.part}>
          <th scope="row" part="part-name">${partName(language, coverage.part)}</th>
          <td><time datetime=${coverage.endsOn}>${formatDate(coverage.endsOn, languageTag, LANGUAGES)}</time></td>
          <td>
            <span part="badge" class="badge">
              <span aria-hidden="true">${coverage.active ? '✓' : '✕'}</span>
              ${warrantyText(language, coverage.active ? 'coverages.active' : 'coverages.ended')}</span
            >
            <span part="time-left" class="time-left">${coverTimeLeft(coverage, result.asOf, languageTag, LANGUAGES)}</span>
            ${coverage.extendedByDays > 0
              ? html`<span part="extension" class="extension">
                  ${coverage.extendedByDays === 1
                    ? warrantyText(language, 'coverages.extendedOne')
                    : warrantyText(language, 'coverages.extended', { days: coverage.extendedByDays })}
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
  return html`<h3 part="section-heading">${warrantyText(language, 'remedies.title')}</h3>
    ${ordered.length > 0
      ? html`<ul part="remedies" class="remedies">
          ${ordered.map(
            (remedy) =>
              html`<li part="remedy" class="remedy">
                ${warrantyText(language, `remedies.${remedy.kind}`, { date: formatDate(remedy.until, languageTag, LANGUAGES) })}
              </li>`,
          )}
        </ul>`
      : html`<p part="remedies" class="remedies none">${warrantyText(language, 'remedies.none')}</p>`}`;
}

/** What voids free service, and that paid repair stays available; nothing when neither applies. */
function renderExclusions(result: WarrantyCheck, language: SupportedLanguage): TemplateResult | typeof nothing {
  if (result.exclusions.length === 0 && !result.paidRepairAvailable) return nothing;
  return html`<h3 part="section-heading">${warrantyText(language, 'exclusions.title')}</h3>
    ${result.exclusions.length > 0
      ? html`<p>${warrantyText(language, 'exclusions.intro')}</p>
          <ul part="exclusions" class="exclusions">
            ${result.exclusions.map(
              (exclusion) => html`<li part="exclusion" class="exclusion" data-code=${exclusion.code}>${exclusion.description}</li>`,
            )}
          </ul>`
      : nothing}
    ${result.paidRepairAvailable
      ? html`<p part="paid-repair" class="paid-repair">${warrantyText(language, 'paidRepair.available')}</p>`
      : nothing}`;
}

/**
 * The law's layer, apart from the maker's warranty: each statutory right with its dates, who
 * answers for it, what may be asked now and its source; who to turn to now; and that this is
 * information, not legal advice.
 */
function renderLegalLayer(result: WarrantyCheck, language: SupportedLanguage, languageTag: string | undefined): TemplateResult {
  const [advice] = result.recourse;
  return html`<section part="legal" class="legal" aria-labelledby="legal-heading">
    <h3 id="legal-heading" part="section-heading legal-heading">${warrantyText(language, 'legal.title')}</h3>
    <p part="legal-intro" class="legal-intro">${warrantyText(language, 'legal.intro')}</p>
    ${advice
      ? html`<div part="recourse" class="recourse" data-layer=${advice.layer}>
          <h4>${warrantyText(language, 'recourse.title')}</h4>
          <p>${advice.explanation}</p>
        </div>`
      : nothing}
    <ul part="legal-rights" class="legal-rights">
      ${result.legalRights.map((right) => renderLegalRight(right, language, languageTag))}
    </ul>
    <p part="legal-notice" class="legal-notice">${result.legalNotice}</p>
  </section>`;
}

function renderLegalRight(right: LegalRight, language: SupportedLanguage, languageTag: string | undefined): TemplateResult {
  const open = right.remedies.filter((remedy) => remedy.available).map((remedy) => warrantyText(language, `legal.remedy.${remedy.kind}` as WarrantyTextKey));
  const kindKey = `legal.kind.${right.kind}`;
  return html`<li part="legal-right" class="legal-right ${right.active ? 'active' : 'inactive'}" data-kind=${right.kind} data-jurisdiction=${right.jurisdiction}>
    <h4 part="legal-right-name" class="legal-right-name">
      ${hasWarrantyText(kindKey) ? warrantyText(language, kindKey) : humanise(right.kind)}
      <span class="jurisdiction">· ${jurisdictionName(right.jurisdiction, language, languageTag)}</span>
    </h4>
    <p>${right.explanation}</p>
    <ul class="meta">
      <li>
        ${right.endsOn === null
          ? warrantyText(language, 'legal.noEnd')
          : warrantyText(language, right.active ? 'legal.until' : 'legal.endedOn', { date: formatDate(right.endsOn, languageTag, LANGUAGES) })}
        ${right.extendedByRepair ? warrantyText(language, 'legal.extendedByRepair') : nothing}
      </li>
      ${right.active && right.presumptionEndsOn
        ? html`<li>${warrantyText(language, 'legal.presumedUntil', { date: formatDate(right.presumptionEndsOn, languageTag, LANGUAGES) })}</li>`
        : nothing}
      <li>${warrantyText(language, right.liable === 'MANUFACTURER' ? 'legal.liable.MANUFACTURER' : 'legal.liable.SELLER')}</li>
      ${open.length > 0 ? html`<li part="legal-remedies">${warrantyText(language, 'legal.remediesOpen', { remedies: listOf(open, languageTag ?? language) })}</li>` : nothing}
      ${right.repairBonus ? html`<li>${warrantyText(language, 'legal.bonus', { amount: formatMoney(right.repairBonus, languageTag, LANGUAGES) })}</li>` : nothing}
      <li class="source">
        ${isWebAddress(right.sourceUrl)
          ? html`<a href=${right.sourceUrl} target="_blank" rel="noopener noreferrer">${warrantyText(language, 'legal.source', { source: right.source })}</a>`
          : warrantyText(language, 'legal.source', { source: right.source })}
      </li>
    </ul>
  </li>`;
}

/** "European Union", or the country's name in the reader's language ("France", "Frankrijk", "法国"). */
function jurisdictionName(code: string, language: SupportedLanguage, languageTag: string | undefined): string {
  if (code === 'EU') return warrantyText(language, 'legal.jurisdiction.EU');
  try {
    return new Intl.DisplayNames([languageTag ?? language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function listOf(words: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(words);
  } catch {
    return words.join(', ');
  }
}

function isWebAddress(text: string | null): text is string {
  return typeof text === 'string' && /^https?:\/\//i.test(text);
}
