/**
 * Seed 000 (Wipoz!): an installer network's reintervention terms, and what a reintervention costs
 * and who pays, under the terms in force at an instant. The quote is public (a publishable key:
 * the terms are shown to designers and customers); changing the terms needs a secret key and
 * writes a new version, so that earlier jobs keep theirs.
 */
import {
  BILLING_GRANULARITIES, checkNetworkTerms, DEFECT_CAUSES, explainReintervention, type NetworkTerms, quoteReintervention, type ReinterventionQuote,
} from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { addTermsVersion, findTermsInForce, type NetworkTermsVersion } from '../reintervention/network-terms-records.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { builder } from './builder.js';
import { InvalidInputError, loggingTypedErrors } from './errors.js';
import { money, MoneyRef } from './money.js';

const DefectCauseEnum = builder.enumType('DefectCause', {
  description: "What caused the reintervention, set after diagnosis: the supplies, the kitchen designer's work, or the installer's own.",
  values: DEFECT_CAUSES,
});
const PayerEnum = builder.enumType('ReinterventionPayer', { description: 'Who pays: the supplier, the kitchen designer, or the installer (its own cost).', values: ['SUPPLIER', 'DESIGNER', 'INSTALLER'] as const });
const RuleEnum = builder.enumType('ReinterventionRule', {
  description: "The rule that decided: the installer's own cause, a presence within the threshold, a cause these terms do not bill, or billed.",
  values: ['INSTALLER_CAUSE', 'WITHIN_THRESHOLD', 'CAUSE_NOT_BILLABLE', 'BILLED'] as const,
});
const GranularityEnum = builder.enumType('BillingGranularity', {
  description: 'PER_MINUTE: the whole presence from the first minute, prorated; PER_STARTED_QUARTER_HOUR: each started quarter hour.',
  values: BILLING_GRANULARITIES,
});

/** "20" for 2000 basis points, "5.5" for 550. */
function percentText(basisPoints: number): string {
  return String(basisPoints / 100);
}

const VatRateRef = builder.objectRef<{ country: string; basisPoints: number }>('VatRate').implement({
  fields: (t) => ({
    country: t.exposeString('country'),
    percent: t.string({ description: 'The rate in percent, as a decimal string ("20", "5.5").', resolve: (rate) => percentText(rate.basisPoints) }),
  }),
});

const NetworkTermsRef = builder.objectRef<NetworkTermsVersion>('ReinterventionTerms').implement({
  description: "An installer network's terms for reinterventions, as in force from `effectiveFrom`.",
  fields: (t) => ({
    hourlyRate: t.field({ type: MoneyRef, description: 'Per hour, excluding tax.', resolve: (version) => money(version.terms.hourlyRateMinor, version.terms.currency) }),
    thresholdMinutes: t.int({ description: 'Billable only when the presence exceeds it.', resolve: (version) => version.terms.thresholdMinutes }),
    billableCauses: t.field({ type: [DefectCauseEnum], resolve: (version) => [...version.terms.billableCauses] }),
    country: t.string({ resolve: (version) => version.terms.country }),
    vatRates: t.field({ type: [VatRateRef], resolve: (version) => Object.entries(version.terms.vatRates).map(([country, basisPoints]) => ({ country, basisPoints })) }),
    granularity: t.field({ type: GranularityEnum, resolve: (version) => version.terms.granularity }),
    effectiveFrom: t.expose('effectiveFrom', { type: 'DateTime' }),
  }),
});

interface QuoteView {
  readonly quote: ReinterventionQuote;
  readonly version: NetworkTermsVersion;
}

const ReinterventionQuoteRef = builder.objectRef<QuoteView>('ReinterventionQuote').implement({
  description: 'What a reintervention costs and who pays, under the terms in force (seed 000).',
  fields: (t) => ({
    billable: t.boolean({ resolve: (view) => view.quote.billable }),
    amountExclTax: t.field({ type: MoneyRef, resolve: (view) => money(view.quote.amountExclTaxMinor, view.quote.currency) }),
    vat: t.field({ type: MoneyRef, resolve: (view) => money(view.quote.vatMinor, view.quote.currency) }),
    vatRate: t.string({ description: 'In percent ("20").', resolve: (view) => percentText(view.quote.vatRateBasisPoints) }),
    amountInclTax: t.field({ type: MoneyRef, resolve: (view) => money(view.quote.amountInclTaxMinor, view.quote.currency) }),
    payer: t.field({ type: PayerEnum, resolve: (view) => view.quote.payer }),
    rule: t.field({ type: RuleEnum, resolve: (view) => view.quote.rule }),
    cause: t.field({ type: DefectCauseEnum, resolve: (view) => view.quote.cause }),
    presenceMinutes: t.int({ resolve: (view) => view.quote.presenceMinutes }),
    billedMinutes: t.int({ description: 'The minutes billed: the whole presence, or its started quarter hours; 0 when not billable.', resolve: (view) => view.quote.billedMinutes }),
    country: t.string({ description: 'Whose VAT applies.', resolve: (view) => view.quote.country }),
    explanation: t.string({ description: 'In plain words, citing the rule that applied.', resolve: (view, _args, context) => explainReintervention(view.quote, view.version.terms, context.language) }),
    terms: t.field({ type: NetworkTermsRef, description: 'The terms the quote was made under.', resolve: (view) => view.version }),
  }),
});

async function termsInForce(context: GatewayContext, at: Date | null | undefined): Promise<NetworkTermsVersion> {
  const version = await findTermsInForce(context.store, context.tenant.id, at ?? context.now);
  if (!version) throw new InvalidInputError(`${context.tenant.name} had no reintervention terms in force then.`, 'NO_TERMS', ['at']);
  return version;
}

builder.queryField('reinterventionTerms', (t) =>
  t.field({
    type: NetworkTermsRef,
    description: "The network's reintervention terms in force at `at` (default now).",
    args: { at: t.arg({ type: 'DateTime', required: false }) },
    errors: { types: [InvalidInputError], union: { name: 'ReinterventionTermsResult' } },
    resolve: (_root, { at }, context) => loggingTypedErrors(context, 'reinterventionTerms', termsInForce(context, at)),
  }),
);

const ReinterventionQuoteInput = builder.inputType('ReinterventionQuoteInput', {
  fields: (t) => ({
    cause: t.field({ type: DefectCauseEnum, required: true }),
    presenceMinutes: t.int({ required: true, description: "Minutes at the customer's, from arrival to departure: 0 to 1440." }),
    country: t.string({ required: false, description: "Where the job is (its VAT); the network's own country by default." }),
    at: t.field({ type: 'DateTime', required: false, description: 'Judge under the terms in force then (a job keeps the terms of the day it was signed); default now.' }),
  }),
});

builder.queryField('reinterventionQuote', (t) =>
  t.field({
    type: ReinterventionQuoteRef,
    description: 'What a reintervention costs and who pays (seed 000).',
    args: { input: t.arg({ type: ReinterventionQuoteInput, required: true }) },
    errors: { types: [InvalidInputError], union: { name: 'ReinterventionQuoteResult' } },
    resolve: (_root, { input }, context) =>
      loggingTypedErrors(
        context,
        'reinterventionQuote',
        (async () => {
          const version = await termsInForce(context, input.at);
          const quote = quoteReintervention(version.terms, { cause: input.cause, presenceMinutes: input.presenceMinutes, country: input.country });
          if (!quote.ok) throw InvalidInputError.fromViolation(quote.violation);
          return { quote: quote.value, version };
        })(),
      ),
  }),
);

const VatRateInput = builder.inputType('VatRateInput', {
  fields: (t) => ({ country: t.string({ required: true }), basisPoints: t.int({ required: true, description: '2000 for 20 %.' }) }),
});

const UpdateReinterventionTermsInput = builder.inputType('UpdateReinterventionTermsInput', {
  description: 'A new version of the terms; fields left out keep their current value.',
  fields: (t) => ({
    hourlyRateMinor: t.int({ required: false, description: 'Excluding tax, in minor units (4000 = €40.00).' }),
    currency: t.string({ required: false }),
    thresholdMinutes: t.int({ required: false }),
    billableCauses: t.field({ type: [DefectCauseEnum], required: false }),
    country: t.string({ required: false }),
    vatRates: t.field({ type: [VatRateInput], required: false }),
    granularity: t.field({ type: GranularityEnum, required: false }),
    effectiveFrom: t.field({ type: 'DateTime', required: false, description: 'Now by default; never in the past (past jobs keep their terms).' }),
  }),
});

builder.mutationField('updateReinterventionTerms', (t) =>
  t.field({
    type: NetworkTermsRef,
    description: "Writes a new version of the network's reintervention terms (secret key); every field is checked, a refusal changes nothing.",
    args: { input: t.arg({ type: UpdateReinterventionTermsInput, required: true }) },
    errors: { types: [InvalidInputError], union: { name: 'UpdateReinterventionTermsResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'updateReinterventionTerms',
        (async () => {
          const effectiveFrom = input.effectiveFrom ?? context.now;
          if (effectiveFrom.getTime() < context.now.getTime() - 60_000) throw new InvalidInputError('effectiveFrom cannot be in the past: jobs already signed keep their terms.', 'IN_THE_PAST', ['effectiveFrom']);
          const current = (await findTermsInForce(context.store, context.tenant.id, effectiveFrom))?.terms;
          const base: Partial<NetworkTerms> = current ?? {};
          const next = {
            hourlyRateMinor: input.hourlyRateMinor ?? base.hourlyRateMinor,
            currency: input.currency?.trim().toUpperCase() ?? base.currency,
            thresholdMinutes: input.thresholdMinutes ?? base.thresholdMinutes,
            billableCauses: input.billableCauses ?? base.billableCauses,
            country: input.country?.trim().toUpperCase() ?? base.country,
            vatRates: input.vatRates ? Object.fromEntries(input.vatRates.map((rate) => [rate.country.trim().toUpperCase(), rate.basisPoints])) : base.vatRates,
            granularity: input.granularity ?? base.granularity,
          };
          const missing = Object.entries(next).filter(([, value]) => value === undefined).map(([name]) => name);
          if (missing.length > 0) throw new InvalidInputError(`The first terms need every field: ${missing.join(', ')}.`, 'MISSING_FIELDS', missing);
          const checked = checkNetworkTerms(next as NetworkTerms);
          if (!checked.ok) throw InvalidInputError.fromViolation(checked.violation);
          return addTermsVersion(context.store, context.tenant.id, checked.value, effectiveFrom);
        })(),
      );
    },
  }),
);
