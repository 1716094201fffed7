/**
 * The steps the service desk and the technicians take through the back office (seed 001, steps
 * 2–6): diagnose, travel, report a delay, arrive, repair or wait for parts, record the outcome.
 * Each loads the ticket, lets the rules decide, and writes the step and its event together.
 */
import { addDays, checkTicketFact, checkWorkMayProceed, coveringLegalGuarantee, diagnosisMovesTo, type TicketActor, type TicketFact, type TicketStatus, todayIn } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { fromCalendarDate } from '../db/calendar-columns.js';
import { rateRepairRow, technicianDelayedRow } from '../notifications/outbox-messages.js';
import { ChangeNotAllowedError } from '../schema/change-errors.js';
import { InvalidInputError } from '../schema/errors.js';
import { findLifecycleTicket, type LifecycleTicket, messageTicketOf } from './lifecycle-records.js';
import { checkTicketWarranty } from './ticket-warranty.js';
import { recordTicketEvent, type TicketEventInput, type TransactionClient } from './ticket-events.js';
import { TICKET_VIEW_SELECT, type TicketView } from './ticket-view.js';

const MAX_NOTE = 2000;

/** A required note, trimmed, 1 to 2000 characters. */
export function requiredNote(value: string, field: string): string {
  const note = value.trim();
  if (note.length < 1 || note.length > MAX_NOTE) throw new InvalidInputError(`${field} must be 1 to ${MAX_NOTE} characters.`, 'OUT_OF_RANGE', [field]);
  return note;
}

/** The technician of the visit under way, by badge: who the event names. */
function technicianName(ticket: LifecycleTicket): string | null {
  return ticket.visit ? `${ticket.visit.technicianName} (${ticket.visit.technicianBadge})` : null;
}

async function step(context: GatewayContext, ticket: LifecycleTicket, event: TicketEventInput, also?: (tx: TransactionClient) => Promise<void>): Promise<TicketView> {
  return context.store.prisma.$transaction(async (tx) => {
    await recordTicketEvent(tx, context, ticket, event);
    if (also) await also(tx);
    return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: TICKET_VIEW_SELECT });
  });
}

/** The lifecycle's word on recording `fact` on this ticket, as a typed refusal. */
export function checkFact(fact: TicketFact, ticket: { status: string }): void {
  const decision = checkTicketFact(fact, ticket.status as TicketStatus);
  if (!decision.ok) throw new ChangeNotAllowedError(decision.violation.message, decision.violation.code);
}

function requireVisit(ticket: LifecycleTicket): NonNullable<LifecycleTicket['visit']> {
  if (!ticket.visit) throw new ChangeNotAllowedError('This ticket has no booked visit.', 'NO_VISIT');
  return ticket.visit;
}

const PART_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

function partCodes(parts: readonly string[], field: string): string[] {
  if (parts.length > 20) throw new InvalidInputError('At most 20 parts.', 'OUT_OF_RANGE', [field]);
  const codes = parts.map((part) => part.trim().toUpperCase().replaceAll(/[\s-]+/g, '_'));
  const bad = codes.find((code) => !PART_CODE.test(code));
  if (bad !== undefined) throw new InvalidInputError(`"${bad}" is not a part code such as COMPRESSOR.`, 'INVALID_PART', [field]);
  return [...new Set(codes)];
}

export interface Diagnosis {
  readonly likelyParts: readonly string[];
  readonly repairLocation: 'HOME' | 'WORKSHOP';
  readonly visitMinutes?: number | null;
  readonly note: string;
}

/** Step 2: the desk records its diagnosis; a verified or reopened ticket becomes DIAGNOSED. */
export async function diagnoseTicket(context: GatewayContext, trackingCode: string, diagnosis: Diagnosis): Promise<TicketView> {
  const note = requiredNote(diagnosis.note, 'note');
  const likelyParts = partCodes(diagnosis.likelyParts, 'likelyParts');
  if (diagnosis.visitMinutes != null && (!Number.isInteger(diagnosis.visitMinutes) || diagnosis.visitMinutes < 15 || diagnosis.visitMinutes > 480)) {
    throw new InvalidInputError('visitMinutes must be a whole number from 15 to 480.', 'OUT_OF_RANGE', ['visitMinutes']);
  }
  const ticket = await findLifecycleTicket(context, trackingCode);
  checkFact('DIAGNOSIS', ticket);
  const movesTo = diagnosisMovesTo(ticket.status as TicketStatus);
  return step(context, ticket, {
    kind: movesTo ? 'STATUS_CHANGED' : 'DIAGNOSIS_UPDATED',
    to: movesTo ?? undefined,
    actor: 'SERVICE_DESK',
    reason: note,
    details: { likelyParts, repairLocation: diagnosis.repairLocation },
    ticketData: {
      diagnosisNote: note,
      likelyParts,
      repairLocation: diagnosis.repairLocation,
      ...(diagnosis.visitMinutes != null ? { visitMinutes: diagnosis.visitMinutes } : {}),
    },
  });
}

function checkArrivalTime(context: GatewayContext, expectedArrivalAt: Date): void {
  const hours = (expectedArrivalAt.getTime() - context.now.getTime()) / 3_600_000;
  if (hours < -1 || hours > 24) throw new InvalidInputError('expectedArrivalAt must be within the next 24 hours.', 'OUT_OF_RANGE', ['expectedArrivalAt']);
}

/** Step 3: the technician sets off, with the time they expect to arrive. */
export async function startTravel(context: GatewayContext, trackingCode: string, expectedArrivalAt: Date): Promise<TicketView> {
  checkArrivalTime(context, expectedArrivalAt);
  const ticket = await findLifecycleTicket(context, trackingCode);
  const visit = requireVisit(ticket);
  return step(context, ticket, { kind: 'STATUS_CHANGED', to: 'TECHNICIAN_EN_ROUTE', actor: 'TECHNICIAN', actorName: technicianName(ticket), details: { expectedArrivalAt: expectedArrivalAt.toISOString() } }, async (tx) => {
    await tx.visit.update({ where: { id: visit.id }, data: { travelStartedAt: context.now, expectedArrivalAt } });
  });
}

/** Step 3: a late technician tells the customer why, and when they now expect to arrive. */
export async function reportDelay(context: GatewayContext, trackingCode: string, reasonInput: string, expectedArrivalAt: Date): Promise<TicketView> {
  const reason = requiredNote(reasonInput, 'reason');
  checkArrivalTime(context, expectedArrivalAt);
  const ticket = await findLifecycleTicket(context, trackingCode);
  checkFact('DELAY', ticket);
  const visit = requireVisit(ticket);
  const messageTicket = await messageTicketOf(context, ticket);
  return step(context, ticket, { kind: 'DELAY_REPORTED', actor: 'TECHNICIAN', actorName: technicianName(ticket), reason, details: { expectedArrivalAt: expectedArrivalAt.toISOString() } }, async (tx) => {
    await tx.visit.update({ where: { id: visit.id }, data: { expectedArrivalAt, delayReason: reason } });
    await tx.outboxMessage.create({ data: { ...technicianDelayedRow(context, messageTicket, { reason, expectedArrivalAt }), ticketId: ticket.id } });
  });
}

/** Step 4: the technician is at the door (and states the visit's verification code). */
export async function arriveOnSite(context: GatewayContext, trackingCode: string): Promise<TicketView> {
  const ticket = await findLifecycleTicket(context, trackingCode);
  const visit = requireVisit(ticket);
  return step(context, ticket, { kind: 'STATUS_CHANGED', to: 'ON_SITE', actor: 'TECHNICIAN', actorName: technicianName(ticket) }, async (tx) => {
    await tx.visit.update({ where: { id: visit.id }, data: { arrivedAt: context.now } });
  });
}

async function checkWorkAuthorised(context: GatewayContext, ticket: LifecycleTicket): Promise<void> {
  const facts = { warrantyStatus: ticket.warrantyStatus, latestQuote: ticket.latestQuote?.status ?? null };
  if (checkWorkMayProceed(facts).ok) return;
  // Only when the maker's warranty and a quote leave it open: does the law make the repair free?
  const legalGuaranteeCovers = coveringLegalGuarantee((await (await checkTicketWarranty(context, ticket))?.legalRights()) ?? []) !== undefined;
  const decision = checkWorkMayProceed({ ...facts, legalGuaranteeCovers });
  if (!decision.ok) throw new ChangeNotAllowedError(decision.violation.message, decision.violation.code);
}

/** Step 5: the repair starts or resumes, or waits for parts. Chargeable work waits for an accepted quote. */
export async function recordRepairProgress(context: GatewayContext, trackingCode: string, status: 'REPAIRING' | 'AWAITING_PARTS', noteInput: string | null | undefined): Promise<TicketView> {
  const note = noteInput == null || noteInput.trim() === '' ? null : requiredNote(noteInput, 'note');
  const ticket = await findLifecycleTicket(context, trackingCode);
  if (status === 'REPAIRING') await checkWorkAuthorised(context, ticket);
  return step(context, ticket, { kind: 'STATUS_CHANGED', to: status, actor: 'TECHNICIAN', actorName: technicianName(ticket), reason: note });
}

export interface RepairOutcome {
  readonly outcome: 'REPAIRED' | 'NOT_REPAIRABLE';
  readonly partsUsed: readonly string[];
  readonly minutesOnSite: number;
  readonly note: string;
  readonly actor?: TicketActor;
}

/**
 * Step 6: the outcome, the parts used and the time on site. The follow-up is scheduled at once
 * (step 7): the ticket waits for the customer's rating, and the customer is asked for it.
 */
export async function recordRepairOutcome(context: GatewayContext, trackingCode: string, outcome: RepairOutcome): Promise<TicketView> {
  const note = requiredNote(outcome.note, 'note');
  const partsUsed = partCodes(outcome.partsUsed, 'partsUsed');
  if (!Number.isInteger(outcome.minutesOnSite) || outcome.minutesOnSite < 1 || outcome.minutesOnSite > 24 * 60) {
    throw new InvalidInputError('minutesOnSite must be a whole number from 1 to 1440.', 'OUT_OF_RANGE', ['minutesOnSite']);
  }
  if (outcome.outcome === 'NOT_REPAIRABLE' && partsUsed.length > 0) throw new InvalidInputError('A repair that was not done used no parts.', 'INCONSISTENT', ['partsUsed']);
  const ticket = await findLifecycleTicket(context, trackingCode);
  if (outcome.outcome === 'REPAIRED') await checkWorkAuthorised(context, ticket);
  const settings = await context.tenantSettings();
  const followUpOn = addDays(todayIn(context.tenant.timeZone, context.now), settings.followUpDays);
  const messageTicket = await messageTicketOf(context, ticket);
  const actorName = technicianName(ticket);
  return context.store.prisma.$transaction(async (tx) => {
    const done = await recordTicketEvent(tx, context, ticket, {
      kind: 'STATUS_CHANGED',
      to: outcome.outcome,
      actor: 'TECHNICIAN',
      actorName,
      reason: note,
      details: { partsUsed, minutesOnSite: outcome.minutesOnSite },
      ticketData: { partsUsed, minutesOnSite: outcome.minutesOnSite, outcomeNote: note, followUpOn: fromCalendarDate(followUpOn) },
    });
    if (ticket.visit) await tx.visit.update({ where: { id: ticket.visit.id }, data: { departedAt: context.now } });
    await recordTicketEvent(tx, context, { ...ticket, status: done.status }, { kind: 'STATUS_CHANGED', to: 'FOLLOW_UP', actor: 'SYSTEM', details: { followUpOn } });
    await tx.outboxMessage.create({ data: { ...rateRepairRow(context, messageTicket, { repaired: outcome.outcome === 'REPAIRED' }), ticketId: ticket.id } });
    return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: TICKET_VIEW_SELECT });
  });
}
