/**
 * The back office drives seed 001's steps (secret key): diagnose, quote, travel with an ETA,
 * report a delay, arrive, repair or wait for parts, record the outcome. Each answers the ticket
 * as it now stands, or a typed error (an illegal step is ChangeNotAllowed with the lifecycle's
 * code, ILLEGAL_TRANSITION), with nothing changed.
 */
import type { GatewayContext } from '../context.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { arriveOnSite, diagnoseTicket, recordRepairOutcome, recordRepairProgress, reportDelay, startTravel } from '../tickets/field-service.js';
import { sendQuote } from '../tickets/quote-service.js';
import type { TicketView } from '../tickets/ticket-view.js';
import { normaliseTrackingCode } from '../tickets/tracking-code.js';
import { builder } from './builder.js';
import { ChangeNotAllowedError } from './change-errors.js';
import { InvalidInputError, loggingTypedErrors, TicketNotFoundError } from './errors.js';
import { RepairLocation } from './tickets.js';
import { RepairChangedRef } from './visit-changes.js';

const RepairProgressStatus = builder.enumType('RepairProgressStatus', { values: ['REPAIRING', 'AWAITING_PARTS'] as const });
const RepairOutcomeStatus = builder.enumType('RepairOutcome', { values: ['REPAIRED', 'NOT_REPAIRABLE'] as const });

type InputRef = Parameters<typeof builder.mutationField>[1] extends (t: infer T) => unknown ? T : never;

/** A back-office step: secret key, the ticket by tracking code, typed errors logged by code. */
function backOfficeStep<Input extends { trackingCode: string }>(
  name: string,
  description: string,
  input: ReturnType<typeof builder.inputType>,
  run: (context: GatewayContext, trackingCode: string, input: Input) => Promise<TicketView>,
): void {
  builder.mutationField(name, (t: InputRef) =>
    t.field({
      type: RepairChangedRef,
      description,
      args: { input: t.arg({ type: input, required: true }) },
      errors: { types: [TicketNotFoundError, ChangeNotAllowedError, InvalidInputError], union: { name: `${name[0]!.toUpperCase()}${name.slice(1)}Result` } },
      resolve: (_root, args, context) => {
        requireSecretKey(context);
        const given = args.input as unknown as Input;
        return loggingTypedErrors(context, name, run(context, normaliseTrackingCode(given.trackingCode), given).then((ticket) => ({ ticket })));
      },
    }),
  );
}

backOfficeStep<{ trackingCode: string; likelyParts: string[]; repairLocation: 'HOME' | 'WORKSHOP'; visitMinutes?: number | null; note: string }>(
  'diagnoseTicket',
  'Step 2: the parts likely needed, home or workshop, and the visit length. A verified or reopened ticket becomes DIAGNOSED; a later one keeps its status.',
  builder.inputType('DiagnoseTicketInput', {
    fields: (t) => ({
      trackingCode: t.string({ required: true }),
      likelyParts: t.stringList({ required: true, description: 'Part codes such as COMPRESSOR, at most 20.' }),
      repairLocation: t.field({ type: RepairLocation, required: true }),
      visitMinutes: t.int({ required: false, description: '15 to 480.' }),
      note: t.string({ required: true, description: 'What the diagnosis rests on, 1 to 2000 characters.' }),
    }),
  }),
  (context, trackingCode, input) => diagnoseTicket(context, trackingCode, input),
);

backOfficeStep<{ trackingCode: string; parts: string[]; labourMinutes: number; note?: string | null }>(
  'sendQuote',
  "Step 5: a quote from the tenant's price list for work the warranty does not cover; the customer accepts or declines it in the tracker. One quote waits at a time.",
  builder.inputType('SendQuoteInput', {
    fields: (t) => ({
      trackingCode: t.string({ required: true }),
      parts: t.stringList({ required: true, description: 'Part codes as priced in the price list.' }),
      labourMinutes: t.int({ required: true, description: '1 to 1440; labour is charged per started quarter hour.' }),
      note: t.string({ required: false }),
      outsideLegalGuarantee: t.string({
        required: false,
        description: "Why the fault is not one the seller's legal guarantee covers (misuse, an accident): required to charge while it runs.",
      }),
    }),
  }),
  (context, trackingCode, input) => sendQuote(context, trackingCode, input),
);

backOfficeStep<{ trackingCode: string; expectedArrivalAt: Date }>(
  'startTravel',
  'Step 3: the technician sets off; the customer sees the expected arrival time.',
  builder.inputType('StartTravelInput', {
    fields: (t) => ({ trackingCode: t.string({ required: true }), expectedArrivalAt: t.field({ type: 'DateTime', required: true, description: 'Within the next 24 hours.' }) }),
  }),
  (context, trackingCode, input) => startTravel(context, trackingCode, input.expectedArrivalAt),
);

backOfficeStep<{ trackingCode: string; reason: string; expectedArrivalAt: Date }>(
  'reportDelay',
  'Step 3: the technician is late; the customer is told why and the new time, in the tracker and by message.',
  builder.inputType('ReportDelayInput', {
    fields: (t) => ({
      trackingCode: t.string({ required: true }),
      reason: t.string({ required: true, description: 'Shown to the customer, 1 to 2000 characters.' }),
      expectedArrivalAt: t.field({ type: 'DateTime', required: true }),
    }),
  }),
  (context, trackingCode, input) => reportDelay(context, trackingCode, input.reason, input.expectedArrivalAt),
);

backOfficeStep<{ trackingCode: string }>(
  'arriveOnSite',
  "Step 4: the technician is at the customer's door.",
  builder.inputType('ArriveOnSiteInput', { fields: (t) => ({ trackingCode: t.string({ required: true }) }) }),
  (context, trackingCode) => arriveOnSite(context, trackingCode),
);

backOfficeStep<{ trackingCode: string; status: 'REPAIRING' | 'AWAITING_PARTS'; note?: string | null }>(
  'recordRepairProgress',
  'Step 5: repair under way, or waiting for parts (those days extend the warranty). Chargeable work waits for an accepted quote.',
  builder.inputType('RecordRepairProgressInput', {
    fields: (t) => ({ trackingCode: t.string({ required: true }), status: t.field({ type: RepairProgressStatus, required: true }), note: t.string({ required: false }) }),
  }),
  (context, trackingCode, input) => recordRepairProgress(context, trackingCode, input.status, input.note),
);

backOfficeStep<{ trackingCode: string; outcome: 'REPAIRED' | 'NOT_REPAIRABLE'; partsUsed: string[]; minutesOnSite: number; note: string }>(
  'recordRepairOutcome',
  "Step 6: the outcome, parts used and time on site. The follow-up is scheduled at once and the customer is asked to rate the repair.",
  builder.inputType('RecordRepairOutcomeInput', {
    fields: (t) => ({
      trackingCode: t.string({ required: true }),
      outcome: t.field({ type: RepairOutcomeStatus, required: true }),
      partsUsed: t.stringList({ required: true }),
      minutesOnSite: t.int({ required: true, description: '1 to 1440.' }),
      note: t.string({ required: true, description: 'What was done, 1 to 2000 characters; shown to the customer.' }),
    }),
  }),
  (context, trackingCode, input) => recordRepairOutcome(context, trackingCode, input),
);
