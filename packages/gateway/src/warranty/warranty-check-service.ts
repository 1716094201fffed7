import { countRequest } from '../tenancy/rate-limit.js';
import {
  checkWarranty,
  checkLegalDates,
  explainLegalRight,
  explainRecourse,
  type LegalRight,
  judgeLegalLayer,
  legalDisclaimer,
  type Recourse,
  recordedRepairs,
  type Coverage,
  describeExclusion,
  explainWarranty,
  normaliseWarrantyQuestion,
  type Remedy,
  todayIn,
  type WarrantyCheckQuestion,
  type WarrantyStatus,
} from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { InvalidInputError, ProductNotFoundError } from '../schema/errors.js';
import { findPolicies, findProduct, findRepairHistory, findSale, type ProductRecord } from './warranty-records.js';

export interface WarrantyCheckView {
  readonly productModel: string;
  readonly product: ProductRecord;
  readonly purchaseDate: string;
  readonly asOf: string;
  readonly status: WarrantyStatus;
  readonly coverages: readonly Coverage[];
  readonly remedies: readonly Remedy[];
  readonly exclusions: readonly { code: string; description: string }[];
  readonly paidRepairAvailable: boolean;
  readonly explanation: string;
  /** The statutory layer, judged when first asked for (a check by serial reads the unit's repairs for it). */
  legalRights(): Promise<readonly LegalRightView[]>;
  recourse(): Promise<readonly RecourseView[]>;
  /** "Information, not legal advice", in the legal texts' language. */
  readonly legalNotice: string;
}

export type LegalRightView = LegalRight & { readonly explanation: string };
export type RecourseView = Recourse & { readonly explanation: string };

/** Loads the purchase and the tenant's policies, lets the rules judge, and shapes the answer. */
export async function runWarrantyCheck(question: WarrantyCheckQuestion, context: GatewayContext): Promise<WarrantyCheckView> {
  const normalised = normaliseWarrantyQuestion(question);
  if (!normalised.ok) throw InvalidInputError.fromViolation(normalised.violation);
  const input = normalised.value;
  const { tenant, store, language } = context;

  let product: ProductRecord;
  let purchaseDate: string;
  let country = input.country;
  let city = input.city;
  let servicePeriods: readonly { startsOn: string; endsOn: string }[] = [];
  if (input.by === 'serial') {
    // A serial is a value one could guess: lookups by serial are limited, as ticket lookups are.
    await countRequest(context, 'warranty-lookup');
    const sale = await findSale(store, tenant.id, input.serialNumber);
    if (!sale) throw new ProductNotFoundError(`No product with the serial number ${input.serialNumber} was sold by ${tenant.name}. Check the number on the rating plate, or check by model and purchase date.`);
    if (input.productModel !== null && input.productModel !== sale.product.model.toUpperCase()) {
      throw new InvalidInputError(`The serial number ${input.serialNumber} belongs to another model than ${input.productModel}.`, 'SERIAL_MODEL_MISMATCH', ['productModel']);
    }
    product = sale.product;
    purchaseDate = sale.purchaseDate;
    country = sale.country ?? country;
    city = sale.city ?? city;
    servicePeriods = sale.servicePeriods;
  } else {
    const found = await findProduct(store, tenant.id, input.productModel);
    if (!found) throw new ProductNotFoundError(`${tenant.name} has no product model ${input.productModel} in its catalogue.`);
    product = found;
    purchaseDate = input.purchaseDate;
  }

  const asOf = input.asOf ?? todayIn(tenant.timeZone, context.now);
  const policies = await findPolicies(store, tenant.id, product.productLines);
  const decision = checkWarranty({ productLines: product.productLines, purchaseDate, asOf, place: { country, city }, policies, servicePeriods });
  if (!decision.ok) throw new InvalidInputError(decision.violation.message, decision.violation.code, decision.violation.field);
  const assessment = decision.value;

  // The legal question is refused here or never (its only refusals are about its dates), so that a
  // refusal stays a typed answer; the law itself is judged, and its words written, only for the
  // fields the query asks for, once.
  const legalQuestion = { country, category: product.category, purchaseDate, deliveredOn: input.deliveredOn ?? purchaseDate, asOf, condition: input.condition, servicePeriods };
  const dates = checkLegalDates(legalQuestion);
  if (!dates.ok) throw InvalidInputError.fromViolation(dates.violation);
  const words = { ...context.legalLocale, asOf, country };
  const legalLayer = once(async () => {
    const repairs = input.by === 'serial' ? recordedRepairs(await findRepairHistory(store, tenant.id, input.serialNumber, tenant.timeZone)) : [];
    const legal = judgeLegalLayer({ ...legalQuestion, repairs }, assessment);
    if (!legal.ok) throw InvalidInputError.fromViolation(legal.violation);
    return {
      rights: legal.value.rights.map((right) => withExplanation(right, () => explainLegalRight(right, words))),
      recourse: legal.value.recourse.map((r) => withExplanation(r, () => explainRecourse(r, context.legalLocale))),
    };
  });
  const view: WarrantyCheckView = {
    legalRights: async () => (await legalLayer()).rights,
    recourse: async () => (await legalLayer()).recourse,
    get legalNotice() {
      return legalDisclaimer(context.legalLocale.language);
    },
    productModel: product.model,
    product,
    purchaseDate,
    asOf,
    status: assessment.status,
    coverages: assessment.coverages,
    remedies: assessment.remedies,
    get exclusions() {
      const value = assessment.exclusions.map((code) => ({ code, description: describeExclusion(code, language) }));
      Object.defineProperty(this, 'exclusions', { value });
      return value;
    },
    paidRepairAvailable: assessment.paidRepairAvailable,
    get explanation() {
      const value = explainWarranty(assessment, { productName: product.name, language, locale: context.locale });
      Object.defineProperty(this, 'explanation', { value });
      return value;
    },
  };
  return view;
}

/** `compute`'s answer, computed on the first call only. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let answer: Promise<T> | undefined;
  return () => (answer ??= compute());
}

/** `item` with an `explanation` written when first read. */
function withExplanation<T extends object>(item: T, explain: () => string): T & { readonly explanation: string } {
  return Object.defineProperty({ ...item }, 'explanation', {
    enumerable: true,
    configurable: true,
    get() {
      const value = explain();
      Object.defineProperty(this, 'explanation', { value, enumerable: true });
      return value;
    },
  }) as T & { readonly explanation: string };
}
