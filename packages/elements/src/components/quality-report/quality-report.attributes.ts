import type { QualityReportInput } from '@sav/client';
import { isCountryCode } from '../../internal/countries.js';
import { parseCalendarDate } from '../../internal/format.js';
import { translate } from '../../internal/i18n.js';
import { qualityText } from '../../internal/i18n.quality.js';
import type { SupportedLanguage } from '../../internal/language.js';

/** The attributes a page sets on `<sav-quality-report>`, as properties. */
export interface QualityReportAttributes {
  readonly api: string | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly category: string | undefined;
  readonly country: string | undefined;
  readonly productModels: string | undefined;
  readonly repeatThreshold: string | undefined;
}

/** The report's filters as the gateway takes them (what was wrong left out), and a warning for each value left out. */
export interface Filters {
  readonly input: QualityReportInput;
  readonly warnings: readonly string[];
}

/** Where to ask for the report (the back office's own endpoint), or why the page's attributes do not allow it. */
export type Endpoint = { readonly endpoint: URL; readonly fatal?: undefined } | { readonly fatal: string };

/** The gateway's bounds on `repeatThreshold` (rules: MIN_REPEAT_THRESHOLD, MAX_REPEAT_THRESHOLD). */
const THRESHOLD = { min: 2, max: 10_000 } as const;
const CATEGORY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const MODEL = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/;

/**
 * Reads `api`: the back office's own endpoint, which adds the secret key on its server. Relative to
 * the page (`/back-office/sav`); an http(s) URL. There is no key attribute: a page never holds one.
 */
export function readEndpoint(api: string | undefined, language: SupportedLanguage): Endpoint {
  const asked = api?.trim();
  if (!asked) return { fatal: qualityText(language, 'config.missingApi') };
  let endpoint: URL | undefined;
  try {
    endpoint = new URL(asked, document.baseURI);
  } catch {
    endpoint = undefined;
  }
  if (!endpoint || (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:')) return { fatal: translate(language, 'config.invalidApi', { value: asked }) };
  return { endpoint };
}

/**
 * Reads the filters; never throws: a wrong value is left out, with a message in the reader's
 * language. `product-models` is a list separated by commas or spaces; each wrong code is left out
 * on its own.
 */
export function readFilters(attributes: QualityReportAttributes, language: SupportedLanguage): Filters {
  const input: { -readonly [K in keyof QualityReportInput]: QualityReportInput[K] } = {};
  const warnings: string[] = [];
  for (const name of ['from', 'to'] as const) {
    const value = attributes[name]?.trim();
    if (!value) continue;
    if (parseCalendarDate(value)) input[name] = value;
    else warnings.push(qualityText(language, 'config.invalidDate', { name, value }));
  }
  const category = attributes.category?.trim();
  if (category) {
    if (CATEGORY.test(category)) input.category = category.toUpperCase();
    else warnings.push(qualityText(language, 'config.invalidCategory', { value: category }));
  }
  const country = attributes.country?.trim();
  if (country) {
    if (isCountryCode(country)) input.country = country.toUpperCase();
    else warnings.push(translate(language, 'config.invalidCountry', { value: country }));
  }
  const models: string[] = [];
  for (const model of (attributes.productModels ?? '').split(/[\s,]+/).filter(Boolean)) {
    if (!MODEL.test(model)) warnings.push(qualityText(language, 'config.invalidModel', { value: model }));
    else if (!models.includes(model.toUpperCase())) models.push(model.toUpperCase());
  }
  if (models.length) input.productModels = models;
  const threshold = attributes.repeatThreshold?.trim();
  if (threshold) {
    const value = /^\d{1,5}$/.test(threshold) ? Number(threshold) : NaN;
    if (value >= THRESHOLD.min && value <= THRESHOLD.max) input.repeatThreshold = value;
    else warnings.push(qualityText(language, 'config.invalidThreshold', { value: threshold }));
  }
  return { input, warnings };
}
