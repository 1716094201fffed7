import { type PriceList, symptomsFor } from '@sav/rules';
import { runRepairEstimate, type RepairEstimateView } from '../booking/repair-estimate-service.js';
import type { ProductRecord } from '../warranty/warranty-records.js';
import { findProduct } from '../warranty/warranty-records.js';
import { builder } from './builder.js';
import { InvalidInputError, loggingTypedErrors, ProductNotFoundError } from './errors.js';
import { money, MoneyRef } from './money.js';
import { RepairLocation } from './tickets.js';
import { ProductRef, WarrantyStatus } from './warranty.js';

const SymptomRef = builder.objectRef<{ code: string; label: string }>('Symptom').implement({
  description: 'A symptom a customer can pick for this kind of product.',
  fields: (t) => ({
    code: t.exposeString('code'),
    label: t.exposeString('label', { description: "In the request's language." }),
  }),
});

const PriceListRef = builder.objectRef<PriceList>('PriceList').implement({
  description: 'The charging standard shown before any charge (seed 001, step 5).',
  fields: (t) => ({
    currency: t.exposeString('currency'),
    callOut: t.field({ type: MoneyRef, resolve: (list) => money(list.callOutMinor, list.currency) }),
    labourPerHour: t.field({ type: MoneyRef, resolve: (list) => money(list.labourPerHourMinor, list.currency) }),
  }),
});

interface RepairOptionsView {
  readonly product: ProductRecord;
  readonly symptoms: readonly { code: string; label: string }[];
  readonly priceList: PriceList | null;
}

const RepairOptionsRef = builder.objectRef<RepairOptionsView>('RepairOptions').implement({
  description: 'What a repair form needs for a product: its symptoms and the price list.',
  fields: (t) => ({
    product: t.field({ type: ProductRef, resolve: (options) => options.product }),
    symptoms: t.field({ type: [SymptomRef], resolve: (options) => [...options.symptoms] }),
    priceList: t.field({ type: PriceListRef, nullable: true, description: 'Null when the tenant has not published one.', resolve: (options) => options.priceList }),
    timeZone: t.string({ description: "The IANA zone the tenant's times are shown in.", resolve: (_options, _args, context) => context.tenant.timeZone }),
  }),
});

builder.queryField('repairOptions', (t) =>
  t.field({
    type: RepairOptionsRef,
    args: { productModel: t.arg.string({ required: true }) },
    errors: { types: [ProductNotFoundError], union: { name: 'RepairOptionsResult' } },
    resolve: (_root, { productModel }, context) =>
      loggingTypedErrors(
        context,
        'repairOptions',
        (async () => {
          const product = await findProduct(context.store, context.tenant.id, productModel.trim());
          if (!product) throw new ProductNotFoundError(`${context.tenant.name} has no product model ${productModel.trim()} in its catalogue.`);
          const settings = await context.tenantSettings();
          const symptoms = symptomsFor(product.category, settings.faultMapping).map((symptom) => ({ code: symptom.code, label: symptom.labels[context.language] }));
          return { product, symptoms, priceList: settings.priceList };
        })(),
      ),
  }),
);

const RepairEstimateRef = builder.objectRef<RepairEstimateView>('RepairEstimate').implement({
  description: 'What the customer will pay before booking. Amounts are null when the tenant has no price list.',
  fields: (t) => {
    const amount = (pick: (estimate: NonNullable<RepairEstimateView['estimate']>) => number) =>
      t.field({ type: MoneyRef, nullable: true, resolve: (view: RepairEstimateView) => (view.estimate ? money(pick(view.estimate), view.estimate.currency) : null) });
    return {
      warrantyStatus: t.field({ type: WarrantyStatus, nullable: true, resolve: (view) => view.warrantyStatus }),
      covered: t.exposeBoolean('covered', { description: 'True when the warranty pays for the likely parts.' }),
      likelyParts: t.stringList({ resolve: (view) => [...view.likelyParts] }),
      repairLocation: t.field({ type: RepairLocation, resolve: (view) => (view.repairLocation === 'WORKSHOP' ? 'WORKSHOP' : 'HOME') }),
      visitMinutes: t.exposeInt('visitMinutes'),
      callOut: amount((estimate) => estimate.callOutMinor),
      labour: amount((estimate) => estimate.labourMinor),
      parts: amount((estimate) => estimate.partsMinor),
      total: amount((estimate) => estimate.totalMinor),
      pricedPart: t.string({ nullable: true, description: 'The likely part whose typical price is counted.', resolve: (view) => view.estimate?.part ?? null }),
      priceList: t.field({ type: PriceListRef, nullable: true, resolve: (view) => view.estimate?.priceList ?? null }),
      explanation: t.exposeString('explanation', { description: "Plain words, in the request's language." }),
    };
  },
});

const RepairEstimateInput = builder.inputType('RepairEstimateInput', {
  fields: (t) => ({
    productModel: t.string({ required: true }),
    serialNumber: t.string({ required: false }),
    purchaseDate: t.field({ type: 'Date', required: false }),
    symptoms: t.stringList({ required: false }),
    fault: t.string({ required: false }),
    country: t.string({ required: false }),
    city: t.string({ required: false }),
  }),
});

builder.queryField('repairEstimate', (t) =>
  t.field({
    type: RepairEstimateRef,
    description: 'Before booking: is the repair covered, and if not, what it will cost by the price list.',
    args: { input: t.arg({ type: RepairEstimateInput, required: true }) },
    errors: { types: [ProductNotFoundError, InvalidInputError], union: { name: 'RepairEstimateResult' } },
    resolve: (_root, { input }, context) => loggingTypedErrors(context, 'repairEstimate', runRepairEstimate(input, context)),
  }),
);
