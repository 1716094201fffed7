/** Issue 10, quality analytics for a distributor's back office (secret key): see analytics/quality-report.ts for what each figure is made of. */
import { DEFAULT_REPEAT_THRESHOLD, MAX_REPORT_YEARS, normaliseQualityReportQuestion } from '@sav/rules';
import {
  type DurationStats,
  type FirstTimeFix,
  MAX_REPEATED_ROWS,
  type ModelFailureRate,
  type PartFailureRate,
  type PurchaseMonthFailureRate,
  type QualityReport,
  qualityReport,
  type RepeatedPartDefect,
  type RepeatedUnitRepair,
  type Satisfaction,
} from '../analytics/quality-report.js';
import { MAX_REPEATS_PAGE, readPageRequest, repeatedPartDefectsPage, type RepeatsPage, repeatedUnitRepairsPage } from '../analytics/repeated-defects.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { builder } from './builder.js';
import { InvalidInputError, loggingTypedErrors } from './errors.js';

const RATE = 'Tickets over units sold, in percent, as a decimal string with two decimals ("2.50"); null when no unit was sold.';

const QualityReportInput = builder.inputType('QualityReportInput', {
  description: `What a quality report covers: tickets created from \`from\` to \`to\` (both included, in the tenant's zone; at most ${MAX_REPORT_YEARS} years), of the models, category and country given (none: all).`,
  fields: (t) => ({
    from: t.field({ type: 'Date', required: false, description: 'First day of ticket creation covered; none: from the first ticket.' }),
    to: t.field({ type: 'Date', required: false, description: 'Last day covered, included; none: up to now. Units sold count up to this day.' }),
    productModels: t.stringList({ required: false, description: 'Catalogue model codes (HRF-DEMO-1…); none: every model.' }),
    category: t.string({ required: false, description: 'A product category (REFRIGERATOR, AIR_CONDITIONER…).' }),
    country: t.string({ required: false, description: 'ISO 3166-1 alpha-2: tickets repaired there, units sold there.' }),
    repeatThreshold: t.int({ required: false, description: `A part replaced on this many different units of one model, or more, is a repeated defect; default ${DEFAULT_REPEAT_THRESHOLD}.` }),
  }),
});

const ModelFailureRateRef = builder.objectRef<ModelFailureRate>('ModelFailureRate').implement({
  description: 'Repairs requested on one catalogue model over its units sold.',
  fields: (t) => ({
    productModel: t.exposeString('productModel'),
    name: t.exposeString('name'),
    category: t.exposeString('category'),
    unitsSold: t.exposeInt('unitsSold'),
    tickets: t.exposeInt('tickets'),
    failureRatePercent: t.exposeString('failureRatePercent', { nullable: true, description: RATE }),
  }),
});

const PartFailureRateRef = builder.objectRef<PartFailureRate>('PartFailureRate').implement({
  description: 'Tickets whose repair replaced this part (the parts recorded with the repair outcome) over the units sold in scope.',
  fields: (t) => ({
    part: t.exposeString('part'),
    unitsSold: t.exposeInt('unitsSold'),
    tickets: t.exposeInt('tickets'),
    failureRatePercent: t.exposeString('failureRatePercent', { nullable: true, description: RATE }),
  }),
});

const PurchaseMonthFailureRateRef = builder.objectRef<PurchaseMonthFailureRate>('PurchaseMonthFailureRate').implement({
  description: 'Units bought in one month, and the tickets on units bought that month.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM.' }),
    unitsSold: t.exposeInt('unitsSold'),
    tickets: t.exposeInt('tickets'),
    failureRatePercent: t.exposeString('failureRatePercent', { nullable: true, description: RATE }),
  }),
});

const RepeatedPartDefectRef = builder.objectRef<RepeatedPartDefect>('RepeatedPartDefect').implement({
  description: 'One part replaced on at least `repeatThreshold` different units of one model.',
  fields: (t) => ({
    productModel: t.exposeString('productModel'),
    part: t.exposeString('part'),
    units: t.exposeInt('units', { description: 'Different units (serial numbers; a ticket without one counts as a unit).' }),
    tickets: t.exposeInt('tickets'),
  }),
});

const RepeatedUnitRepairRef = builder.objectRef<RepeatedUnitRepair>('RepeatedUnitRepair').implement({
  description: 'One unit (serial number) repaired twice or more for the same part.',
  fields: (t) => ({
    serialNumber: t.exposeString('serialNumber'),
    productModel: t.exposeString('productModel'),
    part: t.exposeString('part'),
    repairs: t.exposeInt('repairs', { description: 'Tickets on this unit that replaced this part.' }),
  }),
});

const DurationStatsRef = builder.objectRef<DurationStats>('DurationStats').implement({
  description: 'A delay over the tickets that have it: median and 90th percentile, in hours as decimal strings with two decimals ("26.50"); null without any ticket.',
  fields: (t) => ({
    tickets: t.exposeInt('tickets', { description: 'The tickets measured.' }),
    medianHours: t.exposeString('medianHours', { nullable: true }),
    p90Hours: t.exposeString('p90Hours', { nullable: true }),
  }),
});

const FirstTimeFixRef = builder.objectRef<FirstTimeFix>('FirstTimeFix').implement({
  description: 'Closed tickets that had a visit, and those closed after exactly one visit.',
  fields: (t) => ({
    closedTickets: t.exposeInt('closedTickets'),
    fixedFirstTime: t.exposeInt('fixedFirstTime'),
    ratePercent: t.exposeString('ratePercent', { nullable: true, description: 'fixedFirstTime over closedTickets, in percent, two decimals; null when none is closed.' }),
  }),
});

const TechnicianSatisfactionRef = builder.objectRef<Satisfaction>('TechnicianSatisfaction').implement({
  description: "Customers' ratings of the repairs a technician visited for (the ticket's latest visit before the rating).",
  fields: (t) => ({
    name: t.exposeString('name'),
    badgeNumber: t.exposeString('detail'),
    ratings: t.exposeInt('ratings'),
    averageScore: t.exposeString('averageScore', { description: 'Out of 5, two decimals ("4.50").' }),
  }),
});

const WorkshopSatisfactionRef = builder.objectRef<Satisfaction>('WorkshopSatisfaction').implement({
  description: "Customers' ratings of the repairs a workshop received the device for.",
  fields: (t) => ({
    name: t.exposeString('name'),
    city: t.exposeString('detail'),
    ratings: t.exposeInt('ratings'),
    averageScore: t.exposeString('averageScore', { description: 'Out of 5, two decimals ("4.50").' }),
  }),
});

const QualityReportRef = builder.objectRef<QualityReport>('QualityReport').implement({
  description: 'The real quality of the products, learnt from their repairs (secret key). Figures are computed when asked.',
  fields: (t) => ({
    from: t.field({ type: 'Date', nullable: true, resolve: (report) => report.scope.from }),
    to: t.field({ type: 'Date', nullable: true, resolve: (report) => report.scope.to }),
    repeatThreshold: t.int({ resolve: (report) => report.scope.repeatThreshold }),
    tickets: t.exposeInt('tickets', { description: 'Repairs requested on catalogue models in scope (cancelled requests left out).' }),
    unitsSold: t.exposeInt('unitsSold', { description: 'Registered units of the models in scope, bought up to `to`.' }),
    failureRatePercent: t.exposeString('failureRatePercent', { nullable: true, description: RATE }),
    byModel: t.field({ type: [ModelFailureRateRef], resolve: (report) => [...report.byModel] }),
    byPart: t.field({ type: [PartFailureRateRef], resolve: (report) => [...report.byPart] }),
    byPurchaseMonth: t.field({ type: [PurchaseMonthFailureRateRef], resolve: (report) => [...report.byPurchaseMonth] }),
    repeatedPartDefects: t.field({ type: [RepeatedPartDefectRef], description: `The worst ${MAX_REPEATED_ROWS} at most; all of them, a page at a time: Query.repeatedPartDefects.`, resolve: (report) => [...report.repeatedPartDefects] }),
    repeatedUnitRepairs: t.field({ type: [RepeatedUnitRepairRef], description: `The worst ${MAX_REPEATED_ROWS} at most; all of them, a page at a time: Query.repeatedUnitRepairs.`, resolve: (report) => [...report.repeatedUnitRepairs] }),
    timeToFirstVisit: t.field({ type: DurationStatsRef, description: "From the request to the first visit's arrival window start.", resolve: (report) => report.timeToFirstVisit }),
    timeToRepair: t.field({ type: DurationStatsRef, description: 'From the request to the repair being done (status REPAIRED).', resolve: (report) => report.timeToRepair }),
    firstTimeFix: t.field({ type: FirstTimeFixRef, resolve: (report) => report.firstTimeFix }),
    satisfactionByTechnician: t.field({ type: [TechnicianSatisfactionRef], resolve: (report) => [...report.satisfactionByTechnician] }),
    satisfactionByWorkshop: t.field({ type: [WorkshopSatisfactionRef], resolve: (report) => [...report.satisfactionByWorkshop] }),
  }),
});

builder.queryField('qualityReport', (t) =>
  t.field({
    type: QualityReportRef,
    description: 'Failure rates by model, part and purchase month, repeated defects, delays, first-time fix and satisfaction, from the repairs (secret key).',
    args: { input: t.arg({ type: QualityReportInput, required: true }) },
    errors: { types: [InvalidInputError], union: { name: 'QualityReportResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      const report = async () => {
        const decision = normaliseQualityReportQuestion(input);
        if (!decision.ok) throw InvalidInputError.fromViolation(decision.violation);
        return qualityReport(context.store, context.tenant, decision.value);
      };
      return loggingTypedErrors(context, 'qualityReport', report());
    },
  }),
);

// The two lists of repeats, whole, a page at a time (keyset pagination: analytics/repeated-defects.ts).

const RepeatsPageInfoRef = builder.objectRef<RepeatsPage<unknown>['pageInfo']>('RepeatsPageInfo').implement({
  fields: (t) => ({ hasNextPage: t.exposeBoolean('hasNextPage'), endCursor: t.exposeString('endCursor', { nullable: true }) }),
});

const RepeatedPartDefectEdgeRef = builder.objectRef<RepeatsPage<RepeatedPartDefect>['edges'][number]>('RepeatedPartDefectEdge').implement({
  fields: (t) => ({ cursor: t.exposeString('cursor'), node: t.field({ type: RepeatedPartDefectRef, resolve: (edge) => edge.node }) }),
});
const RepeatedPartDefectConnectionRef = builder.objectRef<RepeatsPage<RepeatedPartDefect>>('RepeatedPartDefectConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [RepeatedPartDefectEdgeRef], resolve: (page) => page.edges }),
    pageInfo: t.field({ type: RepeatsPageInfoRef, resolve: (page) => page.pageInfo }),
  }),
});

const RepeatedUnitRepairEdgeRef = builder.objectRef<RepeatsPage<RepeatedUnitRepair>['edges'][number]>('RepeatedUnitRepairEdge').implement({
  fields: (t) => ({ cursor: t.exposeString('cursor'), node: t.field({ type: RepeatedUnitRepairRef, resolve: (edge) => edge.node }) }),
});
const RepeatedUnitRepairConnectionRef = builder.objectRef<RepeatsPage<RepeatedUnitRepair>>('RepeatedUnitRepairConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [RepeatedUnitRepairEdgeRef], resolve: (page) => page.edges }),
    pageInfo: t.field({ type: RepeatsPageInfoRef, resolve: (page) => page.pageInfo }),
  }),
});

const PAGE_ARGS = `\`first\` is 1 to ${MAX_REPEATS_PAGE}; \`after\` is the endCursor of the previous page, for the same input (another input's cursor, or another tenant's, is refused: InvalidInput INVALID_CURSOR).`;

builder.queryField('repeatedPartDefects', (t) =>
  t.field({
    type: RepeatedPartDefectConnectionRef,
    description: `Every repeated part defect of a quality report's scope, worst first (most units, then model and part), a page at a time (secret key). ${PAGE_ARGS}`,
    args: { input: t.arg({ type: QualityReportInput, required: true }), first: t.arg.int({ required: true }), after: t.arg.string({ required: false }) },
    errors: { types: [InvalidInputError], union: { name: 'RepeatedPartDefectsResult' } },
    resolve: (_root, { input, first, after }, context) => {
      requireSecretKey(context);
      const page = async () => {
        const decision = normaliseQualityReportQuestion(input);
        if (!decision.ok) throw InvalidInputError.fromViolation(decision.violation);
        const request = readPageRequest(context.tenant.id, 'parts', decision.value, first, after ?? null);
        if ('refused' in request) throw new InvalidInputError(request.refused.message, request.refused.code, [request.refused.field]);
        return repeatedPartDefectsPage(context.store, context.tenant, decision.value, first, request.position);
      };
      return loggingTypedErrors(context, 'repeatedPartDefects', page());
    },
  }),
);

builder.queryField('repeatedUnitRepairs', (t) =>
  t.field({
    type: RepeatedUnitRepairConnectionRef,
    description: `Every unit of a quality report's scope repaired twice or more for the same part, worst first (most repairs, then model, serial number and part), a page at a time (secret key). ${PAGE_ARGS}`,
    args: { input: t.arg({ type: QualityReportInput, required: true }), first: t.arg.int({ required: true }), after: t.arg.string({ required: false }) },
    errors: { types: [InvalidInputError], union: { name: 'RepeatedUnitRepairsResult' } },
    resolve: (_root, { input, first, after }, context) => {
      requireSecretKey(context);
      const page = async () => {
        const decision = normaliseQualityReportQuestion(input);
        if (!decision.ok) throw InvalidInputError.fromViolation(decision.violation);
        const request = readPageRequest(context.tenant.id, 'units', decision.value, first, after ?? null);
        if ('refused' in request) throw new InvalidInputError(request.refused.message, request.refused.code, [request.refused.field]);
        return repeatedUnitRepairsPage(context.store, context.tenant, decision.value, first, request.position);
      };
      return loggingTypedErrors(context, 'repeatedUnitRepairs', page());
    },
  }),
);
