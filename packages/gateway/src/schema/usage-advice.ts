/**
 * Usage advice (issue 10, seed 004): a few plain-words tips against what fails most on a model,
 * shown by the warranty check and on the customer's ticket; and the tenant's own tips per model
 * (secret key). The tips are chosen only when a query selects them: a check that does not ask
 * pays nothing, and one that does reads a cached ranking (see advice/failure-ranking.ts).
 */
import { LANGUAGES, MAX_TENANT_TIPS, MAX_TIP_LENGTH, type TenantUsageTip } from '@sav/rules';
import { setUsageAdvice, type UsageAdviceSet, usageAdviceFor, usageAdviceForModelCode, type UsageTipView } from '../advice/usage-advice-service.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { builder } from './builder.js';
import { InvalidInputError, loggingTypedErrors } from './errors.js';
import { TicketRef } from './tickets.js';
import { WarrantyCheckRef } from './warranty.js';

const UsageTipReason = builder.enumType('UsageTipReason', {
  description: 'FREQUENT_FAILURE: against a frequent cause of repairs on this model; GOOD_CARE: worth doing before anything fails.',
  values: ['FREQUENT_FAILURE', 'GOOD_CARE'] as const,
});

const UsageTipSource = builder.enumType('UsageTipSource', {
  description: "TENANT: the tenant's own words for this model (setUsageAdvice); SAV: SAV's default library.",
  values: ['TENANT', 'SAV'] as const,
});

const UsageTipRef = builder.objectRef<UsageTipView>('UsageTip').implement({
  description: 'A short tip, in plain words, on using the appliance so that it does not break down.',
  fields: (t) => ({
    text: t.exposeString('text', { description: "In the request's language; in English where the tenant did not write that language." }),
    language: t.exposeString('language', { description: 'The language `text` is written in (en, fr, nl or zh).' }),
    cause: t.exposeString('cause', { description: 'What it helps avoid: a part code (DOOR, FILTER…), a symptom code (ICE_BUILDUP…), or GENERAL.' }),
    reason: t.field({ type: UsageTipReason, resolve: (tip) => tip.reason }),
    why: t.exposeString('why', { description: "Why it is shown, in plain words and the request's language." }),
    source: t.field({ type: UsageTipSource, resolve: (tip) => tip.source }),
  }),
});

const USAGE_ADVICE_DESCRIPTION = "At most three tips against what fails most on this model, from the tenant's repairs; SAV's general care when there are none yet.";

builder.objectFields(WarrantyCheckRef, (t) => ({
  usageAdvice: t.field({
    type: [UsageTipRef],
    description: USAGE_ADVICE_DESCRIPTION,
    resolve: async (check, _args, context) => [...(await usageAdviceFor(context, check.product))],
  }),
}));

builder.objectFields(TicketRef, (t) => ({
  usageAdvice: t.field({
    type: [UsageTipRef],
    description: `${USAGE_ADVICE_DESCRIPTION} Empty when the model is not in the tenant's catalogue.`,
    resolve: async (ticket, _args, context) => [...(await usageAdviceForModelCode(context, ticket.productModel))],
  }),
}));

const UsageTipTextInput = builder.inputType('UsageTipTextInput', {
  fields: (t) => ({
    language: t.string({ required: true, description: `One of ${LANGUAGES.join(', ')}.` }),
    text: t.string({ required: true, description: `One or two short sentences, at most ${MAX_TIP_LENGTH} characters, in words a customer uses.` }),
  }),
});

const UsageTipInput = builder.inputType('UsageTipInput', {
  fields: (t) => ({
    cause: t.string({ required: true, description: "What it helps avoid: a part code (WARRANTY_PARTS), a symptom code of the model's category, or GENERAL." }),
    texts: t.field({ type: [UsageTipTextInput], required: true, description: 'English always; French, Dutch and Chinese when written (readers of a missing language get the English).' }),
  }),
});

const SetUsageAdviceInput = builder.inputType('SetUsageAdviceInput', {
  fields: (t) => ({
    productModel: t.string({ required: true, description: "A model of the tenant's catalogue." }),
    tips: t.field({ type: [UsageTipInput], required: true, description: `The model's tips (at most ${MAX_TENANT_TIPS}), replacing the previous ones; an empty list goes back to SAV's defaults.` }),
  }),
});

const UsageTipTextRef = builder.objectRef<{ language: string; text: string }>('UsageTipText').implement({
  fields: (t) => ({ language: t.exposeString('language'), text: t.exposeString('text') }),
});

const StoredUsageTipRef = builder.objectRef<TenantUsageTip>('StoredUsageTip').implement({
  description: "One of the tenant's own tips for a model, in every language it was written in.",
  fields: (t) => ({
    cause: t.exposeString('cause'),
    texts: t.field({
      type: [UsageTipTextRef],
      resolve: (tip) => LANGUAGES.flatMap((language) => (tip.text[language] ? [{ language, text: tip.text[language] }] : [])),
    }),
  }),
});

const UsageAdviceSetRef = builder.objectRef<UsageAdviceSet>('UsageAdviceSet').implement({
  fields: (t) => ({
    productModel: t.exposeString('productModel'),
    tips: t.field({ type: [StoredUsageTipRef], resolve: (set) => [...set.tips] }),
  }),
});

builder.mutationField('setUsageAdvice', (t) =>
  t.field({
    type: UsageAdviceSetRef,
    description: "Writes the tenant's own usage tips for one of its models (secret key): they come before SAV's for the same cause.",
    args: { input: t.arg({ type: SetUsageAdviceInput, required: true }) },
    errors: { types: [InvalidInputError], union: { name: 'SetUsageAdviceResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(context, 'setUsageAdvice', setUsageAdvice(context, input));
    },
  }),
);
