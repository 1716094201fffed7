/**
 * What the customer's tracker reads and does (seed 001): the timeline, the next step and who
 * takes it, the technician at the door with the visit's verification code, the quote to accept or
 * decline, the advice to repair or replace, the rating; and the live feed of the ticket.
 * Access is the tracking code with the postal code, or the signed link; nothing else.
 */
import { wrapErrorIfMatches } from '@pothos/plugin-errors';
import { adviseRepairOrReplace, checkTicketFact, explainRepairAdvice, isReasonForCustomer, nextStep, type QuoteLineKind, type RepairAdvice, type TicketStatus as RulesTicketStatus } from '@sav/rules';
import { ticketStates } from '../live/ticket-change-feed.js';
import { findCustomerTicket } from '../tickets/customer-access.js';
import { answerQuote, storedAdvice } from '../tickets/quote-service.js';
import { rateRepair } from '../tickets/rating-service.js';
import { signTicketLink } from '../tickets/ticket-link.js';
import { trackerLinkFor } from '../notifications/outbox-messages.js';
import { TICKET_EVENT_KINDS } from '../tickets/ticket-events.js';
import { findTicketByCode, type QuoteView, type TicketEventView, type TicketView } from '../tickets/ticket-view.js';
import { toCalendarDate } from '../db/calendar-columns.js';
import { builder } from './builder.js';
import { ChangeNotAllowedError } from './change-errors.js';
import { InvalidInputError, loggingTypedErrors, TicketNotFoundError, TypedError } from './errors.js';
import { money, MoneyRef } from './money.js';
import { TicketRef, TicketStatus } from './tickets.js';
import { RepairChangedRef } from './visit-changes.js';

export const TicketActorEnum = builder.enumType('TicketActor', {
  description: 'Who takes a step: the customer, the service desk, the technician, or SAV itself.',
  values: ['CUSTOMER', 'SERVICE_DESK', 'TECHNICIAN', 'SYSTEM'] as const,
});

const TicketEventKind = builder.enumType('TicketEventKind', { values: TICKET_EVENT_KINDS });

const NextStepCode = builder.enumType('NextStepCode', {
  description: 'What happens next, as a code each page words in its own language.',
  values: ['VERIFY_REQUEST', 'DIAGNOSE', 'SCHEDULE_VISIT', 'BRING_DEVICE', 'AWAIT_VISIT', 'AWAIT_ARRIVAL', 'REPAIR', 'ANSWER_QUOTE', 'AWAIT_PARTS', 'RATE_REPAIR', 'NONE'] as const,
});

const TicketEventRef = builder.objectRef<TicketEventView>('TicketEvent').implement({
  description: 'One step of the ticket: the status it entered, when, who took it, and why.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: TicketEventKind, resolve: (event) => event.kind as (typeof TICKET_EVENT_KINDS)[number] }),
    status: t.field({ type: TicketStatus, resolve: (event) => event.toStatus as typeof TicketStatus.$inferType }),
    previousStatus: t.field({ type: TicketStatus, nullable: true, resolve: (event) => event.fromStatus as typeof TicketStatus.$inferType | null }),
    actor: t.field({ type: TicketActorEnum, resolve: (event) => event.actor as typeof TicketActorEnum.$inferType }),
    at: t.expose('at', { type: 'DateTime' }),
    by: t.string({
      nullable: true,
      description: 'The technician who took the step (name and badge); null for other actors, whose names stay in the back office.',
      resolve: (event) => (event.actor === 'TECHNICIAN' ? event.actorName : null),
    }),
    reason: t.string({
      nullable: true,
      description: "Why, in the words of whoever took the step, where it is meant for the customer: a delay's reason, the outcome, the quote's note, their own comment. Back-office notes stay in the back office.",
      resolve: (event) => (isReasonForCustomer(event) ? event.reason : null),
    }),
    expectedArrivalAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'For a delay or a departure: when the technician expects to arrive.',
      resolve: (event) => {
        const value = (event.details as { expectedArrivalAt?: unknown } | null)?.expectedArrivalAt;
        return typeof value === 'string' ? new Date(value) : null;
      },
    }),
  }),
});

const NextStepRef = builder.objectRef<ReturnType<typeof nextStep>>('NextStep').implement({
  fields: (t) => ({
    code: t.field({ type: NextStepCode, resolve: (step) => step.code }),
    actor: t.field({ type: TicketActorEnum, nullable: true, description: 'Who acts next; null when nothing remains.', resolve: (step) => step.actor }),
  }),
});

const RepairAdviceEnum = builder.enumType('RepairAdviceCode', { values: ['REPAIR', 'REPLACE'] as const });
const RepairAdviceReasonEnum = builder.enumType('RepairAdviceReason', { values: ['WORTH_REPAIRING', 'TOO_COSTLY', 'NOT_REPAIRABLE', 'NO_REPLACEMENT_PRICE'] as const });

const RepairAdviceRef = builder.objectRef<RepairAdvice>('RepairAdvice').implement({
  description: 'Repair or replace, and why (seed 004): replace when repair is impossible or costs more than the tenant\'s share of a new unit.',
  fields: (t) => ({
    advice: t.field({ type: RepairAdviceEnum, resolve: (advice) => advice.advice }),
    reason: t.field({ type: RepairAdviceReasonEnum, resolve: (advice) => advice.reason }),
    costPercent: t.exposeInt('costPercent', { nullable: true, description: 'The repair as a share of the replacement price, in percent.' }),
    explanation: t.string({ resolve: (advice, _args, context) => explainRepairAdvice(advice, context.language) }),
  }),
});

const QuoteStatusEnum = builder.enumType('QuoteStatus', { values: ['PENDING', 'ACCEPTED', 'DECLINED'] as const });
const QuoteLineKindEnum = builder.enumType('QuoteLineKind', {
  description: "REPAIR_BONUS: France's bonus réparation, deducted by a QualiRépar-labelled repairer (a negative amount).",
  values: ['CALL_OUT', 'LABOUR', 'PART', 'REPAIR_BONUS'] as const,
});

interface QuoteLineValue { kind: QuoteLineKind; part: string | null; amountMinor: number; covered: boolean; currency: string }

const QuoteLineRef = builder.objectRef<QuoteLineValue>('QuoteLine').implement({
  fields: (t) => ({
    kind: t.field({ type: QuoteLineKindEnum, resolve: (line) => line.kind }),
    part: t.exposeString('part', { nullable: true }),
    amount: t.field({ type: MoneyRef, resolve: (line) => money(line.amountMinor, line.currency) }),
    covered: t.exposeBoolean('covered', { description: 'The warranty pays this line: its amount is 0.' }),
  }),
});

const QuoteRef = builder.objectRef<QuoteView>('Quote').implement({
  description: 'The price of work the warranty does not cover, from the price list; nothing is charged before the customer accepts it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: QuoteStatusEnum, resolve: (quote) => quote.status }),
    lines: t.field({
      type: [QuoteLineRef],
      resolve: (quote) => (Array.isArray(quote.lines) ? (quote.lines as Omit<QuoteLineValue, 'currency'>[]) : []).map((line) => ({ ...line, currency: quote.currency })),
    }),
    total: t.field({ type: MoneyRef, resolve: (quote) => money(quote.totalMinor, quote.currency) }),
    note: t.exposeString('note', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    answeredAt: t.expose('answeredAt', { type: 'DateTime', nullable: true }),
    advice: t.field({ type: RepairAdviceRef, nullable: true, resolve: (quote) => storedAdvice(quote.advice) }),
  }),
});

const RatingRef = builder.objectRef<TicketView['ratings'][number]>('Rating').implement({
  fields: (t) => ({ score: t.exposeInt('score'), comment: t.exposeString('comment', { nullable: true }), at: t.expose('at', { type: 'DateTime' }) }),
});

/** The outcome the technician recorded last, read from the history. */
function lastOutcome(ticket: TicketView): string | null {
  return ticket.events.findLast((event) => event.toStatus === 'REPAIRED' || event.toStatus === 'NOT_REPAIRABLE')?.toStatus ?? null;
}

builder.objectFields(TicketRef, (t) => ({
  timeline: t.field({ type: [TicketEventRef], description: 'Every step, oldest first.', resolve: (ticket) => [...ticket.events] }),
  nextStep: t.field({
    type: NextStepRef,
    resolve: (ticket) => nextStep({ status: ticket.status as RulesTicketStatus, quotePending: ticket.quotes[0]?.status === 'PENDING', hasDropOff: ticket.dropOffs.length > 0 }),
  }),
  quote: t.field({ type: QuoteRef, nullable: true, description: 'The latest quote, if any.', resolve: (ticket) => ticket.quotes[0] ?? null }),
  repairAdvice: t.field({
    type: RepairAdviceRef,
    nullable: true,
    description: 'Repair or replace: when the repair proved impossible, or the latest quote compared its cost with a new unit.',
    resolve: (ticket) => {
      if (lastOutcome(ticket) === 'NOT_REPAIRABLE') return adviseRepairOrReplace({ repairable: false, repairMinor: null, replacementPriceMinor: null, limitPercent: 100 });
      const quote = ticket.quotes[0];
      return quote ? storedAdvice(quote.advice) : null;
    },
  }),
  outcome: t.field({ type: TicketStatus, nullable: true, description: 'REPAIRED or NOT_REPAIRABLE once the technician recorded it.', resolve: (ticket) => lastOutcome(ticket) as typeof TicketStatus.$inferType | null }),
  outcomeNote: t.exposeString('outcomeNote', { nullable: true, description: 'What the technician did, in their words.' }),
  partsUsed: t.stringList({ resolve: (ticket) => [...ticket.partsUsed] }),
  followUpOn: t.field({ type: 'Date', nullable: true, description: 'When the follow-up call is due (step 7).', resolve: (ticket) => (ticket.followUpOn ? toCalendarDate(ticket.followUpOn) : null) }),
  ratings: t.field({ type: [RatingRef], resolve: (ticket) => [...ticket.ratings] }),
  canRate: t.boolean({ description: 'The customer can rate the repair now.', resolve: (ticket) => checkTicketFact('RATING', ticket.status as RulesTicketStatus).ok }),
  updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  timeZone: t.string({ description: "The tenant's IANA time zone: where the visit's times are read.", resolve: (_ticket, _args, context) => context.tenant.timeZone }),
  link: t.string({
    description: "The signed link token of this ticket: opens it in the tracker without the postal code (ticketByLink, or the tracker's `link` attribute).",
    resolve: async (ticket, _args, context) => signTicketLink((await context.tenantSettings()).linkSecret, ticket.trackingCode),
  }),
  trackerUrl: t.string({
    nullable: true,
    description: "The tenant's tracker page opening this ticket, when the tenant set its address.",
    resolve: (ticket, _args, context) => trackerLinkFor(context, ticket.trackingCode),
  }),
}));

const CustomerTicketAccessInput = builder.inputType('CustomerTicketAccessInput', {
  description: 'How the customer reaches their ticket: the tracking code with the postal code of the address, or the signed link.',
  fields: (t) => ({
    trackingCode: t.string({ required: false }),
    postalCode: t.string({ required: false }),
    link: t.string({ required: false, description: 'The token of the confirmation link (Ticket.link).' }),
  }),
});

builder.queryField('ticketByLink', (t) =>
  t.field({
    type: TicketRef,
    description: 'A ticket by the signed link of its confirmation. A forged or altered link finds nothing.',
    args: { link: t.arg.string({ required: true }) },
    errors: { types: [TicketNotFoundError, InvalidInputError], union: { name: 'TicketByLinkResult' } },
    resolve: (_root, { link }, context) => loggingTypedErrors(context, 'ticketByLink', findCustomerTicket(context, { link })),
  }),
);

const AnswerQuoteInput = builder.inputType('AnswerQuoteInput', {
  fields: (t) => ({
    access: t.field({ type: CustomerTicketAccessInput, required: true }),
    quoteId: t.id({ required: true, description: 'The quote answered: an answer to an older quote changes nothing.' }),
    accept: t.boolean({ required: true }),
    note: t.string({ required: false }),
  }),
});

builder.mutationField('answerQuote', (t) =>
  t.field({
    type: RepairChangedRef,
    description: 'The customer accepts or declines the quote, once (seed 001, step 5).',
    args: { input: t.arg({ type: AnswerQuoteInput, required: true }) },
    errors: { types: [TicketNotFoundError, ChangeNotAllowedError, InvalidInputError], union: { name: 'AnswerQuoteResult' } },
    resolve: (_root, { input }, context) =>
      loggingTypedErrors(
        context,
        'answerQuote',
        (async () => {
          const ticket = await findCustomerTicket(context, input.access);
          return { ticket: await answerQuote(context, ticket.trackingCode, String(input.quoteId), input.accept, input.note) };
        })(),
      ),
  }),
);

const RateRepairInput = builder.inputType('RateRepairInput', {
  fields: (t) => ({
    access: t.field({ type: CustomerTicketAccessInput, required: true }),
    rating: t.int({ required: true, description: '1 to 5.' }),
    comment: t.string({ required: false, description: 'Up to 2000 characters.' }),
  }),
});

const RatingOutcome = builder.enumType('RatingOutcome', { values: ['CLOSED', 'REOPENED'] as const });

const RepairRatedRef = builder.objectRef<{ ticket: TicketView; outcome: 'CLOSED' | 'REOPENED' }>('RepairRated').implement({
  description: "The rating is recorded: the ticket is closed, or reopened when the rating is under the tenant's threshold.",
  fields: (t) => ({
    ticket: t.field({ type: TicketRef, resolve: (rated) => rated.ticket }),
    outcome: t.field({ type: RatingOutcome, resolve: (rated) => rated.outcome }),
  }),
});

builder.mutationField('rateRepair', (t) =>
  t.field({
    type: RepairRatedRef,
    description: 'The customer rates the repair from 1 to 5 (seed 001, steps 6–7).',
    args: { input: t.arg({ type: RateRepairInput, required: true }) },
    errors: { types: [TicketNotFoundError, ChangeNotAllowedError, InvalidInputError], union: { name: 'RateRepairResult' } },
    resolve: (_root, { input }, context) =>
      loggingTypedErrors(
        context,
        'rateRepair',
        (async () => {
          const ticket = await findCustomerTicket(context, input.access);
          return rateRepair(context, ticket.trackingCode, input.rating, input.comment);
        })(),
      ),
  }),
);

builder.subscriptionType({});

/** A stream of one answer. */
async function* oneAnswer<T>(answer: T): AsyncGenerator<T> {
  yield answer;
}

/**
 * The stream's answer: the ticket, or why there is none. Declared by hand rather than through the
 * errors plugin, whose wrapper around `subscribe` is an async generator: a tracker that closes
 * while waiting for the next change would only be let go after that change.
 */
const TicketUpdateResult = builder.unionType('TicketUpdateResult', {
  types: [TicketRef, TicketNotFoundError, InvalidInputError],
  // Refusals arrive wrapped by the errors plugin (a proxy GraphQL does not take for a thrown error).
  resolveType: (value) => ('problems' in value ? 'InvalidInput' : 'code' in value ? 'TicketNotFound' : 'Ticket'),
});

builder.subscriptionField('ticketUpdates', (t) =>
  t.field({
    type: TicketUpdateResult,
    description: 'The ticket now, then again after each change, from any gateway instance (SSE on /graphql/stream, or WebSocket on /graphql).',
    args: { access: t.arg({ type: CustomerTicketAccessInput, required: true }) },
    subscribe: async (_root, { access }, context): Promise<AsyncIterable<TicketView | TypedError>> => {
      let first: TicketView;
      try {
        first = await findCustomerTicket(context, access);
      } catch (error) {
        // A refusal is the stream's one answer, typed like the query's.
        if (error instanceof TicketNotFoundError || error instanceof InvalidInputError) return oneAnswer<TicketView | TypedError>(error);
        throw error;
      }
      let initial: TicketView | null = first;
      return ticketStates<TicketView | TypedError>(context.ticketChanges, context.tenant.id, first.trackingCode, async () => {
        if (initial) {
          const answer = initial;
          initial = null;
          return answer;
        }
        return (await findTicketByCode(context.store, context.tenant.id, first.trackingCode)) ?? new TicketNotFoundError();
      }, (state) => state instanceof TypedError || state.status === 'CANCELLED');
    },
    resolve: (payload: TicketView | TypedError) =>
      (payload instanceof TypedError ? wrapErrorIfMatches(payload, [TicketNotFoundError, InvalidInputError]) : payload) as TicketView | TicketNotFoundError | InvalidInputError,
  }),
);
