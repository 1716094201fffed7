/**
 * Reinterventions on an installation (seed 000): opened when the customer reports a problem,
 * recorded after the visit with the cause found and the presence from arrival to departure. The
 * rules quote it under the job's terms (those in force when its certificate was signed, or now
 * when it was not), and the invoice line names whoever is liable.
 */
import { quoteReintervention } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { ChangeNotAllowedError } from '../schema/change-errors.js';
import { InvalidInputError, TypedError } from '../schema/errors.js';
import { findJobByReference } from './installation-jobs.js';
import { findTermsInForce, type NetworkTermsVersion } from './network-terms-records.js';
import type { Store } from '../db/store.js';

export class ReinterventionNotFoundError extends TypedError {
  readonly code = 'REINTERVENTION_NOT_FOUND';
  constructor() {
    super('No reintervention of this tenant has this id.');
    this.name = 'ReinterventionNotFoundError';
  }
}

export const REINTERVENTION_SELECT = {
  id: true, reportedProblem: true, cause: true, arrivedAt: true, departedAt: true, presenceMinutes: true, billable: true, payer: true, billTo: true,
  currency: true, amountExclTaxMinor: true, vatRateBasisPoints: true, vatMinor: true, amountInclTaxMinor: true, rule: true, openedAt: true, recordedAt: true,
  job: { select: { reference: true } },
} as const;

export interface ReinterventionView {
  readonly id: string;
  readonly reportedProblem: string;
  readonly cause: string | null;
  readonly arrivedAt: Date | null;
  readonly departedAt: Date | null;
  readonly presenceMinutes: number | null;
  readonly billable: boolean | null;
  readonly payer: string | null;
  readonly billTo: string | null;
  readonly currency: string | null;
  readonly amountExclTaxMinor: number | null;
  readonly vatRateBasisPoints: number | null;
  readonly vatMinor: number | null;
  readonly amountInclTaxMinor: number | null;
  readonly rule: string | null;
  readonly openedAt: Date;
  readonly recordedAt: Date | null;
  readonly job: { reference: string };
}

export async function openReintervention(context: GatewayContext, jobReference: string, problem: string): Promise<ReinterventionView> {
  const reportedProblem = problem.trim();
  if (reportedProblem.length < 1 || reportedProblem.length > 2000) throw new InvalidInputError('reportedProblem is 1 to 2000 characters.', 'OUT_OF_RANGE', ['reportedProblem']);
  const job = await findJobByReference(context, jobReference);
  return context.store.prisma.reintervention.create({ data: { tenantId: context.tenant.id, jobId: job.id, reportedProblem, openedAt: context.now }, select: REINTERVENTION_SELECT });
}

/** The terms a job keeps: those in force when its certificate was signed; else those in force now. */
async function termsOfJob(store: Store, tenantId: string, jobId: string, now: Date): Promise<NetworkTermsVersion | null> {
  const certificate = await store.prisma.completionCertificate.findUnique({ where: { jobId }, select: { termsId: true, signedAt: true } });
  return findTermsInForce(store, tenantId, certificate?.signedAt ?? now);
}

export interface VisitRecord {
  readonly cause: string;
  readonly arrivedAt: Date;
  readonly departedAt: Date;
}

/** After the visit: the cause, the presence, the quote and the invoice line, written once. */
export async function recordReinterventionVisit(context: GatewayContext, id: string, visit: VisitRecord): Promise<ReinterventionView> {
  const reintervention = await context.store.prisma.reintervention.findFirst({
    where: { id, tenantId: context.tenant.id },
    select: { id: true, recordedAt: true, job: { select: { id: true, country: true, designerName: true, installerName: true, supplierName: true } } },
  });
  if (!reintervention) throw new ReinterventionNotFoundError();
  if (reintervention.recordedAt) throw new ChangeNotAllowedError('This reintervention was already recorded and quoted.', 'ALREADY_RECORDED');
  const milliseconds = visit.departedAt.getTime() - visit.arrivedAt.getTime();
  if (!(milliseconds > 0)) throw new InvalidInputError('departedAt must come after arrivedAt.', 'DEPARTED_BEFORE_ARRIVAL', ['departedAt']);
  if (visit.departedAt.getTime() > context.now.getTime() + 60_000) throw new InvalidInputError('departedAt is in the future.', 'IN_THE_FUTURE', ['departedAt']);
  // Presence in whole minutes, a started minute counting: 61 min 10 s at the customer's is 62 minutes.
  const presenceMinutes = Math.ceil(milliseconds / 60_000);
  const version = await termsOfJob(context.store, context.tenant.id, reintervention.job.id, context.now);
  if (!version) throw new ChangeNotAllowedError('The network had no reintervention terms in force for this job.', 'NO_TERMS');
  const quote = quoteReintervention(version.terms, { cause: visit.cause, presenceMinutes, country: reintervention.job.country });
  if (!quote.ok) throw InvalidInputError.fromViolation({ ...quote.violation, field: quote.violation.field.map((field) => (field === 'presenceMinutes' ? 'departedAt' : field)) });
  const job = reintervention.job;
  const billTo = quote.value.payer === 'DESIGNER' ? job.designerName : quote.value.payer === 'SUPPLIER' ? (job.supplierName ?? 'Supplier') : job.installerName;
  const { count } = await context.store.prisma.reintervention.updateMany({
    where: { id: reintervention.id, recordedAt: null },
    data: {
      cause: quote.value.cause, arrivedAt: visit.arrivedAt, departedAt: visit.departedAt, presenceMinutes, termsId: version.id,
      billable: quote.value.billable, payer: quote.value.payer, billTo, currency: quote.value.currency, amountExclTaxMinor: quote.value.amountExclTaxMinor,
      vatRateBasisPoints: quote.value.vatRateBasisPoints, vatMinor: quote.value.vatMinor, amountInclTaxMinor: quote.value.amountInclTaxMinor, rule: quote.value.rule, recordedAt: context.now,
    },
  });
  if (count === 0) throw new ChangeNotAllowedError('This reintervention was already recorded and quoted.', 'ALREADY_RECORDED');
  return context.store.prisma.reintervention.findUniqueOrThrow({ where: { id: reintervention.id }, select: REINTERVENTION_SELECT });
}
