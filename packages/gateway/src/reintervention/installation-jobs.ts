/**
 * Installation jobs and their certificates of completion (seed 000): the installer platform
 * records the job and what was done; the customer signs on site or remotely through the job's
 * signed link. A certificate is signed (or declined) once; the job keeps the reintervention terms
 * in force at that moment.
 */
import { randomInt } from 'node:crypto';
import { type CertificateContent, checkCertificateContent, checkSignature, isEmailAddress, isPostalCode, type Reserve, type SignatureInput } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { ChangeNotAllowedError } from '../schema/change-errors.js';
import { InvalidInputError, TypedError } from '../schema/errors.js';
import { signLink, verifyLink } from '../tickets/ticket-link.js';
import { findTermsInForce } from './network-terms-records.js';

export const JOB_SELECT = {
  id: true, reference: true, customerName: true, customerEmail: true, addressLine1: true, postalCode: true, city: true, country: true,
  designerName: true, installerName: true, supplierName: true, supplies: true, createdAt: true,
  certificate: {
    select: {
      itemsDone: true, reserves: true, photoUrls: true, status: true, signerName: true, signatureKind: true, signature: true, signedAt: true,
      signedPlace: true, signedRemotely: true, declineReason: true, declinedAt: true, termsId: true,
    },
  },
} as const;

export interface CertificateView {
  readonly itemsDone: readonly string[];
  readonly reserves: unknown;
  readonly photoUrls: readonly string[];
  readonly status: 'AWAITING_SIGNATURE' | 'SIGNED' | 'DECLINED';
  readonly signerName: string | null;
  readonly signatureKind: string | null;
  readonly signature: string | null;
  readonly signedAt: Date | null;
  readonly signedPlace: string | null;
  readonly signedRemotely: boolean | null;
  readonly declineReason: string | null;
  readonly declinedAt: Date | null;
  readonly termsId: string | null;
}

export interface JobView {
  readonly id: string;
  readonly reference: string;
  readonly customerName: string;
  readonly customerEmail: string;
  readonly addressLine1: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
  readonly designerName: string;
  readonly installerName: string;
  readonly supplierName: string | null;
  readonly supplies: readonly string[];
  readonly createdAt: Date;
  readonly certificate: CertificateView | null;
}

export class JobNotFoundError extends TypedError {
  readonly code = 'JOB_NOT_FOUND';
  constructor() {
    super('No installation job matches this link or reference.');
    this.name = 'JobNotFoundError';
  }
}

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function newJobReference(): string {
  return `JOB-${Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
}

export interface NewJob extends CertificateContent {
  readonly customerName: string;
  readonly customerEmail: string;
  readonly addressLine1: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
  readonly designerName: string;
  readonly installerName: string;
  readonly supplierName?: string | null;
  readonly supplies: readonly string[];
}

/** The installer platform records a finished job and the certificate for the customer to sign. */
export async function createInstallationJob(context: GatewayContext, job: NewJob): Promise<JobView> {
  const problems: { field: string; code: string; message: string }[] = [];
  const required = ['customerName', 'addressLine1', 'city', 'designerName', 'installerName'] as const;
  for (const name of required) if (job[name].trim().length < 1 || job[name].trim().length > 200) problems.push({ field: name, code: 'OUT_OF_RANGE', message: `${name} is 1 to 200 characters.` });
  if (!isEmailAddress(job.customerEmail.trim())) problems.push({ field: 'customerEmail', code: 'INVALID_EMAIL', message: 'customerEmail is not an e-mail address.' });
  const country = job.country.trim().toUpperCase();
  if (!isPostalCode(country, job.postalCode)) problems.push({ field: 'postalCode', code: 'INVALID_POSTAL_CODE', message: `"${job.postalCode}" is not a postal code of ${country}.` });
  if (job.supplierName != null && job.supplierName.trim().length > 200) problems.push({ field: 'supplierName', code: 'OUT_OF_RANGE', message: 'supplierName is at most 200 characters.' });
  if (job.supplies.length > 100 || job.supplies.some((item) => item.trim().length < 1 || item.trim().length > 200)) problems.push({ field: 'supplies', code: 'OUT_OF_RANGE', message: 'At most 100 supplies, each 1 to 200 characters.' });
  const content = checkCertificateContent(job);
  if (!content.ok) problems.push(...content.violation.problems);
  if (problems.length > 0) throw new InvalidInputError(problems.length === 1 ? problems[0]!.message : `${problems.length} fields need attention.`, problems.length === 1 ? problems[0]!.code : 'INVALID_INPUT', problems.map((problem) => problem.field), problems);
  const certificate = content.ok ? content.value : job;
  return context.store.prisma.installationJob.create({
    data: {
      tenantId: context.tenant.id,
      reference: newJobReference(),
      customerName: job.customerName.trim(),
      customerEmail: job.customerEmail.trim(),
      addressLine1: job.addressLine1.trim(),
      postalCode: job.postalCode.trim().toUpperCase(),
      city: job.city.trim(),
      country,
      designerName: job.designerName.trim(),
      installerName: job.installerName.trim(),
      supplierName: job.supplierName?.trim() || null,
      supplies: job.supplies.map((item) => item.trim()),
      certificate: { create: { itemsDone: [...certificate.itemsDone], reserves: certificate.reserves.map((reserve: Reserve) => ({ ...reserve })), photoUrls: [...certificate.photoUrls] } },
    },
    select: JOB_SELECT,
  });
}

/** The job a certificate link opens, or JobNotFound (a forged link, another tenant's job). */
export async function findJobByLink(context: GatewayContext, link: string): Promise<JobView> {
  const reference = verifyLink((await context.tenantSettings()).linkSecret, 'certificate-link', link);
  const job = reference ? await context.store.prisma.installationJob.findUnique({ where: { tenantId_reference: { tenantId: context.tenant.id, reference } }, select: JOB_SELECT }) : null;
  if (!job) throw new JobNotFoundError();
  return job;
}

export async function certificateLink(context: GatewayContext, reference: string): Promise<string> {
  return signLink((await context.tenantSettings()).linkSecret, 'certificate-link', reference);
}

/** The customer signs, once; the job keeps the reintervention terms in force now. */
export async function signCertificate(context: GatewayContext, link: string, input: SignatureInput, remotely: boolean): Promise<JobView> {
  const checked = checkSignature(input);
  if (!checked.ok) throw InvalidInputError.fromViolation(checked.violation);
  const job = await findJobByLink(context, link);
  const terms = await findTermsInForce(context.store, context.tenant.id, context.now);
  const { count } = await context.store.prisma.completionCertificate.updateMany({
    where: { jobId: job.id, status: 'AWAITING_SIGNATURE' },
    data: {
      status: 'SIGNED', signerName: checked.value.signerName, signatureKind: checked.value.kind, signature: checked.value.signature, signedPlace: checked.value.place,
      signedAt: context.now, signedRemotely: remotely, termsId: terms?.id ?? null,
    },
  });
  if (count === 0) throw new ChangeNotAllowedError(`This certificate was already ${job.certificate?.status === 'DECLINED' ? 'declined' : 'signed'}.`, 'CERTIFICATE_ALREADY_ANSWERED');
  return context.store.prisma.installationJob.findUniqueOrThrow({ where: { id: job.id }, select: JOB_SELECT });
}

/** The customer declines to sign, with a reason; once. */
export async function declineCertificate(context: GatewayContext, link: string, reasonInput: string): Promise<JobView> {
  const reason = reasonInput.trim();
  if (reason.length < 1 || reason.length > 2000) throw new InvalidInputError('reason is 1 to 2000 characters.', 'OUT_OF_RANGE', ['reason']);
  const job = await findJobByLink(context, link);
  const { count } = await context.store.prisma.completionCertificate.updateMany({ where: { jobId: job.id, status: 'AWAITING_SIGNATURE' }, data: { status: 'DECLINED', declineReason: reason, declinedAt: context.now } });
  if (count === 0) throw new ChangeNotAllowedError(`This certificate was already ${job.certificate?.status === 'DECLINED' ? 'declined' : 'signed'}.`, 'CERTIFICATE_ALREADY_ANSWERED');
  return context.store.prisma.installationJob.findUniqueOrThrow({ where: { id: job.id }, select: JOB_SELECT });
}

/** A job of the tenant by its reference (the installer platform's back office). */
export async function findJobByReference(context: GatewayContext, reference: string): Promise<JobView> {
  const job = await context.store.prisma.installationJob.findUnique({ where: { tenantId_reference: { tenantId: context.tenant.id, reference: reference.trim().toUpperCase() } }, select: JOB_SELECT });
  if (!job) throw new JobNotFoundError();
  return job;
}
