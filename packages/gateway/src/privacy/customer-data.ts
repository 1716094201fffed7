/**
 * Everything SAV holds about one customer of a tenant, found by their e-mail address: their
 * tickets (with events, visits, drop-offs, quotes, ratings and the messages sent to them), their
 * installation jobs (with the certificate they signed and the reinterventions they asked for) and
 * their survey answers. Read it whole (the GDPR export, articles 15 and 20), or anonymise it
 * (article 17): the customer's name, contact details, address, their own words and their
 * signature go; the facts the business must keep (statuses, dates, parts, money, counts) stay.
 *
 * The same anonymisation serves the tenant's retention period (retention.ts).
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client.js';
import type { Store } from '../db/store.js';
import { toCalendarDateOrNull } from '../db/calendar-columns.js';
import { respondentHash } from '../reintervention/surveys.js';

type Db = Prisma.TransactionClient;

/**
 * Who an erasure was about, without their address: an HMAC of the normalised e-mail address under
 * the tenant's link secret. It lets a repeated request be recognised (and answered as already
 * done) and cannot be reversed, nor compared across tenants, without that secret.
 */
export function subjectHash(tenantSecret: string, normalisedEmail: string): string {
  return createHmac('sha256', tenantSecret).update(`data-subject\0${normalisedEmail}`).digest('hex');
}

/** The rows that hold one customer's personal data, by id. */
export interface CustomerRecords {
  readonly ticketIds: readonly string[];
  readonly jobIds: readonly string[];
  readonly surveyAnswerIds: readonly string[];
  /** Messages to the customer: those of their tickets and any other sent to their address. */
  readonly messageIds: readonly string[];
}

export function holdsNothing(records: CustomerRecords): boolean {
  return records.ticketIds.length + records.jobIds.length + records.surveyAnswerIds.length + records.messageIds.length === 0;
}

/** Finds the customer's rows. `email` is normalised (trimmed, lower case); stored addresses are compared the same way. */
export async function findCustomerRecords(db: Db, tenantId: string, email: string): Promise<CustomerRecords> {
  // Compared in SQL (lower/btrim), not with Prisma's case-insensitive mode: that one is ILIKE,
  // where an address's `_` would match any character.
  const tickets = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM tickets WHERE "tenantId" = ${tenantId} AND lower(btrim("customerEmail")) = ${email} ORDER BY "createdAt", id`;
  const jobs = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM installation_jobs WHERE "tenantId" = ${tenantId} AND lower(btrim("customerEmail")) = ${email} ORDER BY "createdAt", id`;
  const addressed = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM outbox_messages WHERE "tenantId" = ${tenantId} AND lower(btrim(recipient)) = ${email}`;
  const ticketIds = tickets.map((row) => row.id);
  const messages = await db.outboxMessage.findMany({
    where: { tenantId, OR: [{ ticketId: { in: ticketIds } }, { id: { in: addressed.map((row) => row.id) } }] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  const surveys = await db.survey.findMany({ where: { tenantId }, select: { id: true } });
  const answers = surveys.length === 0
    ? []
    : await db.surveyAnswer.findMany({ where: { respondentHash: { in: surveys.map((survey) => respondentHash(survey.id, email)) } }, orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { id: true } });
  return { ticketIds, jobIds: jobs.map((row) => row.id), surveyAnswerIds: answers.map((row) => row.id), messageIds: messages.map((row) => row.id) };
}

// --- The export ------------------------------------------------------------------------------

export interface ExportedAddress {
  readonly line1: string;
  readonly line2: string | null;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
}

export interface ExportedTicketEvent {
  readonly kind: string;
  readonly fromStatus: string | null;
  readonly toStatus: string;
  readonly actor: string;
  readonly actorName: string | null;
  readonly reason: string | null;
  readonly details: string | null;
  readonly at: string;
}

export interface ExportedVisit {
  readonly arrivalWindowStart: string;
  readonly arrivalWindowEnd: string;
  readonly status: string;
  readonly technicianName: string;
  readonly expectedArrivalAt: string | null;
  readonly delayReason: string | null;
  readonly arrivedAt: string | null;
  readonly departedAt: string | null;
  readonly createdAt: string;
}

export interface ExportedDropOff {
  readonly workshopName: string;
  readonly slotStart: string;
  readonly slotEnd: string;
  readonly status: string;
  readonly receivedAt: string | null;
}

export interface ExportedQuote {
  readonly status: string;
  readonly currency: string;
  readonly totalMinor: number;
  readonly lines: string;
  readonly advice: string;
  readonly note: string | null;
  readonly createdAt: string;
  readonly answeredAt: string | null;
  readonly answerNote: string | null;
}

export interface ExportedRating {
  readonly score: number;
  readonly comment: string | null;
  readonly at: string;
}

export interface ExportedMessage {
  readonly kind: string;
  readonly trackingCode: string | null;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  readonly calendar: string | null;
  readonly status: string;
  readonly createdAt: string;
  readonly sentAt: string | null;
}

export interface ExportedTicket {
  readonly trackingCode: string;
  readonly status: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly language: string;
  readonly customerName: string;
  readonly customerEmail: string;
  readonly customerPhone: string;
  readonly address: ExportedAddress;
  readonly productModel: string;
  readonly serialNumber: string | null;
  readonly purchaseDate: string | null;
  readonly fault: string;
  readonly symptoms: readonly string[];
  readonly warrantyStatus: string | null;
  readonly verificationNote: string | null;
  readonly cancellationReason: string | null;
  readonly diagnosisNote: string | null;
  readonly partsUsed: readonly string[];
  readonly minutesOnSite: number | null;
  readonly outcomeNote: string | null;
  readonly followUpOn: string | null;
  readonly events: readonly ExportedTicketEvent[];
  readonly visits: readonly ExportedVisit[];
  readonly dropOffs: readonly ExportedDropOff[];
  readonly quotes: readonly ExportedQuote[];
  readonly ratings: readonly ExportedRating[];
  /** The messages sent (or to be sent) to the customer about this ticket. */
  readonly messages: readonly ExportedMessage[];
}

export interface ExportedCertificate {
  readonly status: string;
  readonly itemsDone: readonly string[];
  readonly reserves: string;
  readonly photoUrls: readonly string[];
  readonly signerName: string | null;
  readonly signatureKind: string | null;
  readonly signature: string | null;
  readonly signedAt: string | null;
  readonly signedPlace: string | null;
  readonly signedRemotely: boolean | null;
  readonly declineReason: string | null;
  readonly declinedAt: string | null;
}

export interface ExportedReintervention {
  readonly reportedProblem: string;
  readonly cause: string | null;
  readonly openedAt: string;
  readonly arrivedAt: string | null;
  readonly departedAt: string | null;
  readonly presenceMinutes: number | null;
  readonly billable: boolean | null;
  readonly payer: string | null;
  readonly currency: string | null;
  readonly amountInclTaxMinor: number | null;
}

export interface ExportedInstallationJob {
  readonly reference: string;
  readonly createdAt: string;
  readonly customerName: string;
  readonly customerEmail: string;
  readonly address: ExportedAddress;
  readonly designerName: string;
  readonly installerName: string;
  readonly supplierName: string | null;
  readonly supplies: readonly string[];
  readonly certificate: ExportedCertificate | null;
  readonly reinterventions: readonly ExportedReintervention[];
}

export interface ExportedSurveyAnswer {
  readonly question: string;
  readonly option: string;
  readonly role: string;
  readonly at: string;
}

export interface ExportedErasure {
  readonly id: string;
  readonly trigger: string;
  readonly erasedAt: string;
  readonly tickets: number;
  readonly installationJobs: number;
  readonly messages: number;
  readonly surveyAnswers: number;
}

/** One customer's data, whole; every instant an ISO string, so that it is also its own JSON document. */
export interface CustomerDataExport {
  readonly email: string;
  readonly tenant: string;
  readonly generatedAt: string;
  readonly tickets: readonly ExportedTicket[];
  readonly installationJobs: readonly ExportedInstallationJob[];
  readonly surveyAnswers: readonly ExportedSurveyAnswer[];
  /** Messages to the customer that belong to none of the tickets above. */
  readonly otherMessages: readonly ExportedMessage[];
  /** Earlier erasures of this customer's data, on request: what went, and when. */
  readonly erasures: readonly ExportedErasure[];
}

const iso = (instant: Date): string => instant.toISOString();
const isoOrNull = (instant: Date | null): string | null => (instant === null ? null : instant.toISOString());
const jsonOrNull = (value: Prisma.JsonValue | null): string | null => (value === null ? null : JSON.stringify(value));

function exportedMessage(message: {
  kind: string; recipient: string; subject: string; body: string; calendar: string | null; status: string; createdAt: Date; sentAt: Date | null; ticket: { trackingCode: string } | null;
}): ExportedMessage {
  return {
    kind: message.kind,
    trackingCode: message.ticket?.trackingCode ?? null,
    recipient: message.recipient,
    subject: message.subject,
    body: message.body,
    calendar: message.calendar,
    status: message.status,
    createdAt: iso(message.createdAt),
    sentAt: isoOrNull(message.sentAt),
  };
}

const MESSAGE_SELECT = { kind: true, recipient: true, subject: true, body: true, calendar: true, status: true, createdAt: true, sentAt: true, ticketId: true, ticket: { select: { trackingCode: true } } } as const;

/**
 * The export of one customer's data, or null when the tenant holds nothing about them and never
 * erased anything of theirs. `email` is normalised.
 */
export async function exportCustomerData(store: Store, tenant: { id: string; name: string; secret: string }, email: string, now: Date): Promise<CustomerDataExport | null> {
  const db = store.prisma;
  const records = await findCustomerRecords(db, tenant.id, email);
  const erasures = await db.personalDataErasure.findMany({ where: { tenantId: tenant.id, subjectHash: subjectHash(tenant.secret, email) }, orderBy: [{ erasedAt: 'asc' }, { id: 'asc' }] });
  if (holdsNothing(records) && erasures.length === 0) return null;

  const tickets = await db.ticket.findMany({
    where: { id: { in: [...records.ticketIds] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: {
      events: { orderBy: { position: 'asc' } },
      visits: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { technician: { select: { name: true } } } },
      dropOffs: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { workshop: { select: { name: true } } } },
      quotes: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      ratings: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
    },
  });
  const messages = await db.outboxMessage.findMany({ where: { id: { in: [...records.messageIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: MESSAGE_SELECT });
  const jobs = await db.installationJob.findMany({
    where: { id: { in: [...records.jobIds] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { certificate: true, reinterventions: { orderBy: [{ openedAt: 'asc' }, { id: 'asc' }] } },
  });
  const answers = await db.surveyAnswer.findMany({ where: { id: { in: [...records.surveyAnswerIds] } }, orderBy: [{ at: 'asc' }, { id: 'asc' }], include: { survey: { select: { question: true, options: true } } } });
  const ticketIds = new Set(records.ticketIds);

  return {
    email,
    tenant: tenant.name,
    generatedAt: iso(now),
    tickets: tickets.map((ticket): ExportedTicket => ({
      trackingCode: ticket.trackingCode,
      status: ticket.status,
      createdAt: iso(ticket.createdAt),
      updatedAt: iso(ticket.updatedAt),
      language: ticket.language,
      customerName: ticket.customerName,
      customerEmail: ticket.customerEmail,
      customerPhone: ticket.customerPhone,
      address: { line1: ticket.addressLine1, line2: ticket.addressLine2, postalCode: ticket.postalCode, city: ticket.city, country: ticket.country },
      productModel: ticket.productModel,
      serialNumber: ticket.serialNumber,
      purchaseDate: toCalendarDateOrNull(ticket.purchaseDate),
      fault: ticket.fault,
      symptoms: ticket.symptoms,
      warrantyStatus: ticket.warrantyStatus,
      verificationNote: ticket.verificationNote,
      cancellationReason: ticket.cancellationReason,
      diagnosisNote: ticket.diagnosisNote,
      partsUsed: ticket.partsUsed,
      minutesOnSite: ticket.minutesOnSite,
      outcomeNote: ticket.outcomeNote,
      followUpOn: toCalendarDateOrNull(ticket.followUpOn),
      events: ticket.events.map((event) => ({
        kind: event.kind, fromStatus: event.fromStatus, toStatus: event.toStatus, actor: event.actor, actorName: event.actorName, reason: event.reason, details: jsonOrNull(event.details), at: iso(event.at),
      })),
      visits: ticket.visits.map((visit) => ({
        arrivalWindowStart: iso(visit.windowStart), arrivalWindowEnd: iso(visit.windowEnd), status: visit.status, technicianName: visit.technician.name,
        expectedArrivalAt: isoOrNull(visit.expectedArrivalAt), delayReason: visit.delayReason, arrivedAt: isoOrNull(visit.arrivedAt), departedAt: isoOrNull(visit.departedAt), createdAt: iso(visit.createdAt),
      })),
      dropOffs: ticket.dropOffs.map((dropOff) => ({
        workshopName: dropOff.workshop.name, slotStart: iso(dropOff.slotStart), slotEnd: iso(dropOff.slotEnd), status: dropOff.status, receivedAt: isoOrNull(dropOff.receivedAt),
      })),
      quotes: ticket.quotes.map((quote) => ({
        status: quote.status, currency: quote.currency, totalMinor: quote.totalMinor, lines: JSON.stringify(quote.lines), advice: quote.advice, note: quote.note,
        createdAt: iso(quote.createdAt), answeredAt: isoOrNull(quote.answeredAt), answerNote: quote.answerNote,
      })),
      ratings: ticket.ratings.map((rating) => ({ score: rating.score, comment: rating.comment, at: iso(rating.at) })),
      messages: messages.filter((message) => message.ticketId === ticket.id).map(exportedMessage),
    })),
    installationJobs: jobs.map((job): ExportedInstallationJob => ({
      reference: job.reference,
      createdAt: iso(job.createdAt),
      customerName: job.customerName,
      customerEmail: job.customerEmail,
      address: { line1: job.addressLine1, line2: null, postalCode: job.postalCode, city: job.city, country: job.country },
      designerName: job.designerName,
      installerName: job.installerName,
      supplierName: job.supplierName,
      supplies: job.supplies,
      certificate: job.certificate && {
        status: job.certificate.status, itemsDone: job.certificate.itemsDone, reserves: JSON.stringify(job.certificate.reserves), photoUrls: job.certificate.photoUrls,
        signerName: job.certificate.signerName, signatureKind: job.certificate.signatureKind, signature: job.certificate.signature, signedAt: isoOrNull(job.certificate.signedAt),
        signedPlace: job.certificate.signedPlace, signedRemotely: job.certificate.signedRemotely, declineReason: job.certificate.declineReason, declinedAt: isoOrNull(job.certificate.declinedAt),
      },
      reinterventions: job.reinterventions.map((visit) => ({
        reportedProblem: visit.reportedProblem, cause: visit.cause, openedAt: iso(visit.openedAt), arrivedAt: isoOrNull(visit.arrivedAt), departedAt: isoOrNull(visit.departedAt),
        presenceMinutes: visit.presenceMinutes, billable: visit.billable, payer: visit.payer, currency: visit.currency, amountInclTaxMinor: visit.amountInclTaxMinor,
      })),
    })),
    surveyAnswers: answers.map((answer) => ({ question: answer.survey.question, option: answer.survey.options[answer.option] ?? String(answer.option), role: answer.role, at: iso(answer.at) })),
    otherMessages: messages.filter((message) => message.ticketId === null || !ticketIds.has(message.ticketId)).map(exportedMessage),
    erasures: erasures.map((erasure) => ({
      id: erasure.id, trigger: erasure.trigger, erasedAt: iso(erasure.erasedAt), tickets: erasure.tickets, installationJobs: erasure.installationJobs, messages: erasure.messages, surveyAnswers: erasure.surveyAnswers,
    })),
  };
}

// --- Anonymisation ---------------------------------------------------------------------------

/** How many rows an anonymisation changed. */
export interface AnonymisedCounts {
  readonly tickets: number;
  readonly installationJobs: number;
  readonly messages: number;
  readonly surveyAnswers: number;
}

/** What an erased text column holds: empty (NOT NULL columns) or null. */
const ERASED = '';
const NOT_SENT = "Not sent: the customer's personal data was erased.";

/**
 * Anonymises tickets: the customer's name, e-mail, phone, street, postal code and city, the fault
 * in their words, the notes of the service desk's conversations with them (verification,
 * cancellation), their words in the ticket's history (ratings, answers to quotes, cancellations),
 * their rating comments, and the messages sent to them. Kept: statuses and their history, dates,
 * the product, serial and purchase date (the unit's warranty and legal history), symptoms, parts,
 * times on site, quotes' amounts, scores, visits and drop-offs, the country (the law that applied),
 * and the technicians' technical notes.
 */
export async function anonymiseTickets(tx: Db, tenantId: string, ticketIds: readonly string[], now: Date): Promise<{ tickets: number; messages: number }> {
  if (ticketIds.length === 0) return { tickets: 0, messages: 0 };
  const ids = [...ticketIds];
  const { count: tickets } = await tx.ticket.updateMany({
    where: { tenantId, id: { in: ids }, personalDataErasedAt: null },
    data: {
      customerName: ERASED, customerEmail: ERASED, customerPhone: ERASED, addressLine1: ERASED, addressLine2: null, postalCode: ERASED, city: ERASED,
      fault: ERASED, verificationNote: null, cancellationReason: null, personalDataErasedAt: now,
    },
  });
  await tx.ticketEvent.updateMany({
    where: { tenantId, ticketId: { in: ids }, reason: { not: null }, OR: [{ actor: 'CUSTOMER' }, { kind: 'STATUS_CHANGED', toStatus: { in: ['VERIFIED', 'CANCELLED'] } }] },
    data: { reason: null },
  });
  await tx.ticketRating.updateMany({ where: { ticketId: { in: ids }, comment: { not: null } }, data: { comment: null } });
  await tx.quote.updateMany({ where: { tenantId, ticketId: { in: ids }, answerNote: { not: null } }, data: { answerNote: null } });
  const messages = await anonymiseMessages(tx, tenantId, { ticketId: { in: ids } });
  return { tickets, messages };
}

/** Empties messages to the customer; one not delivered yet is never sent. */
async function anonymiseMessages(tx: Db, tenantId: string, where: Prisma.OutboxMessageWhereInput): Promise<number> {
  await tx.outboxMessage.updateMany({ where: { tenantId, ...where, status: 'PENDING' }, data: { status: 'FAILED', lastError: NOT_SENT, lockedUntil: null } });
  const { count } = await tx.outboxMessage.updateMany({
    where: { tenantId, ...where, NOT: { recipient: ERASED, subject: ERASED, body: ERASED, calendar: null } },
    data: { recipient: ERASED, subject: ERASED, body: ERASED, calendar: null },
  });
  return count;
}

/**
 * Anonymises installation jobs: the customer's name, e-mail and address; on the certificate the
 * signer's name, the signature, where it was signed, the reason for declining and the photos'
 * addresses (pictures of the customer's home); the problems the customer reported. Kept: the
 * reference, country, parties, supplies, items done and reserves, the certificate's status and
 * dates, and every reintervention's cause, times and billing.
 */
export async function anonymiseInstallationJobs(tx: Db, tenantId: string, jobIds: readonly string[], now: Date): Promise<number> {
  if (jobIds.length === 0) return 0;
  const ids = [...jobIds];
  const { count } = await tx.installationJob.updateMany({
    where: { tenantId, id: { in: ids }, personalDataErasedAt: null },
    data: { customerName: ERASED, customerEmail: ERASED, addressLine1: ERASED, postalCode: ERASED, city: ERASED, personalDataErasedAt: now },
  });
  await tx.completionCertificate.updateMany({ where: { jobId: { in: ids } }, data: { signerName: null, signature: null, signedPlace: null, declineReason: null, photoUrls: [] } });
  await tx.reintervention.updateMany({ where: { tenantId, jobId: { in: ids } }, data: { reportedProblem: ERASED } });
  return count;
}

/** Erases one customer's rows, inside the caller's transaction. */
export async function anonymiseCustomer(tx: Db, tenantId: string, records: CustomerRecords, now: Date): Promise<AnonymisedCounts> {
  const tickets = await anonymiseTickets(tx, tenantId, records.ticketIds, now);
  // Those of the tickets are done already; what is left was sent to the address about something else.
  const otherMessages = await anonymiseMessages(tx, tenantId, { id: { in: [...records.messageIds] } });
  const installationJobs = await anonymiseInstallationJobs(tx, tenantId, records.jobIds, now);
  // An answer stays counted in the results; only its link to the member's address goes.
  for (const id of records.surveyAnswerIds) {
    await tx.surveyAnswer.update({ where: { id }, data: { respondentHash: `erased:${randomBytes(16).toString('hex')}` } });
  }
  return { tickets: tickets.tickets, installationJobs, messages: tickets.messages + otherMessages, surveyAnswers: records.surveyAnswerIds.length };
}
