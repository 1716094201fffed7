import type { Coverage, Remedy } from '@sav/rules';
import { runWarrantyCheck, type WarrantyCheckView } from '../warranty/warranty-check-service.js';
import type { ProductRecord } from '../warranty/warranty-records.js';
import { builder } from './builder.js';
import { InvalidInputError, loggingTypedErrors, ProductNotFoundError } from './errors.js';

export const WarrantyStatus = builder.enumType('WarrantyStatus', {
  description: 'COVERED: every cover active; PARTLY_COVERED: some; EXPIRED: a policy applies, none active; NO_POLICY: no configured policy applies.',
  values: ['COVERED', 'PARTLY_COVERED', 'EXPIRED', 'NO_POLICY'] as const,
});

const RemedyKind = builder.enumType('RemedyKind', {
  values: ['RETURN', 'EXCHANGE', 'REPAIR'] as const,
});

const CoverageRef = builder.objectRef<Coverage>('Coverage').implement({
  description: "One part's commercial cover. `endsOn` is the last day covered, days in repair included.",
  fields: (t) => ({
    part: t.exposeString('part', { description: 'WHOLE_UNIT, COMPRESSOR, … or PARTS for air conditioners.' }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    active: t.exposeBoolean('active'),
    daysLeft: t.exposeInt('daysLeft', { description: 'Days of cover left, the judging day included; 0 when not active.' }),
    extendedByDays: t.exposeInt('extendedByDays', { description: 'Days added for time spent in repair or awaiting parts.' }),
    policyName: t.exposeString('policyName'),
  }),
});

const RemedyRef = builder.objectRef<Remedy>('Remedy').implement({
  description: 'What the customer may ask for, until `until` included.',
  fields: (t) => ({
    kind: t.expose('kind', { type: RemedyKind }),
    until: t.expose('until', { type: 'Date' }),
  }),
});

const ExclusionRef = builder.objectRef<{ code: string; description: string }>('Exclusion').implement({
  description: 'A circumstance that takes the product out of free service (paid repair may remain).',
  fields: (t) => ({
    code: t.exposeString('code'),
    description: t.exposeString('description', { description: "Plain words, in the request's language." }),
  }),
});

interface LegalRightShape {
  jurisdiction: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
  presumptionEndsOn: string | null;
  active: boolean;
  liable: string;
  source: string;
  sourceUrl: string | null;
  explanation: string;
}

const LegalRightRef = builder.objectRef<LegalRightShape>('LegalRight').implement({
  description: 'A statutory guarantee that applies where the product was bought, with its source.',
  fields: (t) => ({
    jurisdiction: t.exposeString('jurisdiction'),
    kind: t.exposeString('kind'),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date', nullable: true }),
    presumptionEndsOn: t.expose('presumptionEndsOn', { type: 'Date', nullable: true }),
    active: t.exposeBoolean('active'),
    liable: t.exposeString('liable'),
    source: t.exposeString('source'),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true }),
    explanation: t.exposeString('explanation'),
  }),
});

export const ProductRef = builder.objectRef<ProductRecord>('Product').implement({
  fields: (t) => ({
    model: t.exposeString('model'),
    name: t.exposeString('name'),
    brand: t.exposeString('brand'),
    category: t.exposeString('category'),
  }),
});

const WarrantyCheckRef = builder.objectRef<WarrantyCheckView>('WarrantyCheck').implement({
  description: 'What a purchase is covered for, judged on `asOf`.',
  fields: (t) => ({
    productModel: t.exposeString('productModel'),
    product: t.field({ type: ProductRef, resolve: (check) => check.product }),
    purchaseDate: t.expose('purchaseDate', { type: 'Date' }),
    asOf: t.expose('asOf', { type: 'Date' }),
    status: t.expose('status', { type: WarrantyStatus }),
    coverages: t.field({ type: [CoverageRef], resolve: (check) => [...check.coverages] }),
    remedies: t.field({ type: [RemedyRef], description: 'What the customer may ask for as of `asOf`.', resolve: (check) => [...check.remedies] }),
    legalRights: t.field({ type: [LegalRightRef], description: 'The statutory layer, each with its source.', resolve: () => [] }),
    exclusions: t.field({ type: [ExclusionRef], resolve: (check) => [...check.exclusions] }),
    paidRepairAvailable: t.exposeBoolean('paidRepairAvailable', { description: 'Whether paid repair stays available outside free cover.' }),
    explanation: t.exposeString('explanation', { description: "Plain words, in the request's language." }),
  }),
});

const WarrantyCheckInput = builder.inputType('WarrantyCheckInput', {
  description: 'A registered serial number, or a model with its purchase date.',
  fields: (t) => ({
    serialNumber: t.string({ required: false, description: 'A registered sale of the tenant.' }),
    productModel: t.string({ required: false, description: 'Or a model with a purchase date.' }),
    purchaseDate: t.field({ type: 'Date', required: false }),
    country: t.string({ required: false, description: 'ISO 3166-1 alpha-2 country where bought.' }),
    city: t.string({ required: false, description: 'City where bought, for regional policies.' }),
    asOf: t.field({ type: 'Date', required: false, description: "The day to judge on; default today in the tenant's zone." }),
  }),
});

builder.queryField('warrantyCheck', (t) =>
  t.field({
    type: WarrantyCheckRef,
    description: 'What a product is covered for, what the customer may ask for now, and what voids free service.',
    args: { input: t.arg({ type: WarrantyCheckInput, required: true }) },
    errors: { types: [ProductNotFoundError, InvalidInputError], union: { name: 'WarrantyCheckResult' } },
    resolve: (_root, { input }, context) => loggingTypedErrors(context, 'warrantyCheck', runWarrantyCheck(input, context)),
  }),
);
