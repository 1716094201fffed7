import type { Coverage, LegalRemedy, Remedy } from '@sav/rules';
import { type LegalRightView, type RecourseView, runWarrantyCheck, type WarrantyCheckView } from '../warranty/warranty-check-service.js';
import type { ProductRecord } from '../warranty/warranty-records.js';
import { builder } from './builder.js';
import { money, MoneyRef } from './money.js';
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

const LegalRemedyKind = builder.enumType('LegalRemedyKind', {
  description: 'What the law lets the customer ask for: RETURN and EXCHANGE (China, in the first days), REPAIR, REPLACEMENT, PRICE_REDUCTION, REFUND.',
  values: ['RETURN', 'EXCHANGE', 'REPAIR', 'REPLACEMENT', 'PRICE_REDUCTION', 'REFUND'] as const,
});

const LegalRemedyRef = builder.objectRef<LegalRemedy>('LegalRemedy').implement({
  description: 'A remedy of a statutory right and whether it is open on the judging day.',
  fields: (t) => ({
    kind: t.expose('kind', { type: LegalRemedyKind }),
    available: t.exposeBoolean('available', { description: 'Whether the customer may ask for it on `asOf` (a refund, for instance, once repair failed or was impossible).' }),
    until: t.expose('until', { type: 'Date', nullable: true, description: 'Last day, included; null where the law sets no fixed end.' }),
  }),
});

const LegalRightRef = builder.objectRef<LegalRightView>('LegalRight').implement({
  description: 'A statutory right where the product was bought, with its source. Information, not legal advice.',
  fields: (t) => ({
    jurisdiction: t.exposeString('jurisdiction', { description: 'EU for the directive floor; FR, NL, CN, … for a national rule set.' }),
    kind: t.exposeString('kind', { description: 'CONFORMITY, HIDDEN_DEFECTS, THREE_GUARANTEES, MANUFACTURER_REPAIR or REPAIR_BONUS.' }),
    ruleSet: t.exposeString('ruleId', { description: 'The dated rule set applied, e.g. FR-CONFORMITY-2022.' }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date', nullable: true, description: 'Last day, included, counted as the law counts; null where the law sets no fixed end (NL: the expected life).' }),
    presumptionEndsOn: t.expose('presumptionEndsOn', { type: 'Date', nullable: true, description: 'Until when a defect is presumed to have existed at delivery.' }),
    extendedByRepair: t.boolean({ description: 'The end was moved by a repair under this right, recorded on a ticket.', resolve: (right) => right.extension?.kind === 'REPAIR' }),
    active: t.exposeBoolean('active'),
    liable: t.exposeString('liable', { description: 'SELLER or MANUFACTURER: who answers for it.' }),
    remedies: t.field({ type: [LegalRemedyRef], resolve: (right) => [...right.remedies] }),
    repairBonus: t.field({
      type: MoneyRef,
      nullable: true,
      description: "REPAIR_BONUS: what a labelled repairer deducts from the bill.",
      resolve: (right) => (right.bonus ? money(right.bonus.amountMinor, right.bonus.currency) : null),
    }),
    source: t.exposeString('source', { description: 'The law and article.' }),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true }),
    explanation: t.exposeString('explanation', { description: "Plain words, in the request's language (en, fr, nl or zh)." }),
  }),
});

const RecourseLayer = builder.enumType('RecourseLayer', { values: ['LEGAL_GUARANTEE', 'COMMERCIAL_WARRANTY', 'MANUFACTURER_REPAIR', 'REPAIR_BONUS', 'PAID_REPAIR'] as const });
const RecourseParty = builder.enumType('RecourseParty', {
  description: "SELLER: the shop that sold it; WARRANTOR: the maker's service (this one); MANUFACTURER; LABELLED_REPAIRER: a QualiRépar repairer.",
  values: ['SELLER', 'WARRANTOR', 'MANUFACTURER', 'LABELLED_REPAIRER'] as const,
});

const RecourseRef = builder.objectRef<RecourseView>('Recourse').implement({
  description: 'A way to have a fault put right on the judging day: which layer answers and who to turn to.',
  fields: (t) => ({
    layer: t.expose('layer', { type: RecourseLayer }),
    turnTo: t.expose('turnTo', { type: RecourseParty }),
    legalKind: t.exposeString('legalKind', { nullable: true }),
    until: t.expose('until', { type: 'Date', nullable: true }),
    proofNeeded: t.exposeBoolean('proofNeeded', { description: 'The customer may have to show the defect was there at delivery.' }),
    free: t.exposeBoolean('free'),
    explanation: t.exposeString('explanation'),
  }),
});

const GoodsCondition = builder.enumType('GoodsCondition', { values: ['NEW', 'USED'] as const });

export const ProductRef = builder.objectRef<ProductRecord>('Product').implement({
  fields: (t) => ({
    model: t.exposeString('model'),
    name: t.exposeString('name'),
    brand: t.exposeString('brand'),
    category: t.exposeString('category'),
  }),
});

export const WarrantyCheckRef = builder.objectRef<WarrantyCheckView>('WarrantyCheck').implement({
  description: 'What a purchase is covered for, judged on `asOf`.',
  fields: (t) => ({
    productModel: t.exposeString('productModel'),
    product: t.field({ type: ProductRef, resolve: (check) => check.product }),
    purchaseDate: t.expose('purchaseDate', { type: 'Date' }),
    asOf: t.expose('asOf', { type: 'Date' }),
    status: t.expose('status', { type: WarrantyStatus }),
    coverages: t.field({ type: [CoverageRef], resolve: (check) => [...check.coverages] }),
    remedies: t.field({ type: [RemedyRef], description: 'What the customer may ask for as of `asOf`.', resolve: (check) => [...check.remedies] }),
    legalRights: t.field({ type: [LegalRightRef], description: 'The statutory layer where the product was bought, each with its source.', resolve: async (check) => [...(await check.legalRights())] }),
    recourse: t.field({ type: [RecourseRef], description: 'Who to turn to for a fault today, the best first; empty when nothing is open.', resolve: async (check) => [...(await check.recourse())] }),
    legalNotice: t.exposeString('legalNotice', { description: 'That the legal layer is information, not legal advice.' }),
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
    deliveredOn: t.field({ type: 'Date', required: false, description: 'When the goods were delivered, if later than the purchase: the law counts from delivery.' }),
    condition: t.field({ type: GoodsCondition, required: false, description: 'NEW by default; some laws give used goods shorter periods.' }),
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
