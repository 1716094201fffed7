/**
 * Installation jobs and their certificates of completion (seed 000). The installer platform
 * (secret key) records a job; the customer (publishable key, with the job's signed link) reviews
 * what was done and what remains, and signs or declines, once.
 */
import { RESERVE_PARTIES } from '@sav/rules';
import { certificateLink, createInstallationJob, declineCertificate, findJobByLink, findJobByReference, JobNotFoundError, type JobView, signCertificate } from '../reintervention/installation-jobs.js';
import { certificatePdf } from '../reintervention/certificate-pdf.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { builder } from './builder.js';
import { ChangeNotAllowedError } from './change-errors.js';
import { ErrorInterface, InvalidInputError, loggingTypedErrors } from './errors.js';

builder.objectType(JobNotFoundError, {
  name: 'JobNotFound',
  description: 'No installation job of this tenant matches the link or reference.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof JobNotFoundError,
});

const ReservePartyEnum = builder.enumType('ReserveParty', { description: 'Who must act on a remaining item.', values: RESERVE_PARTIES });
const CertificateStatusEnum = builder.enumType('CertificateStatus', { values: ['AWAITING_SIGNATURE', 'SIGNED', 'DECLINED'] as const });
const SignatureKindEnum = builder.enumType('SignatureKind', { description: "TYPED: the signer's name as typed; DRAWN: SVG path data of the strokes.", values: ['TYPED', 'DRAWN'] as const });

type ReserveValue = { description: string; party: (typeof RESERVE_PARTIES)[number]; dueOn: string };

const ReserveRef = builder.objectRef<ReserveValue>('Reserve').implement({
  description: 'A remaining item: what, who must act, by when.',
  fields: (t) => ({
    description: t.exposeString('description'),
    party: t.field({ type: ReservePartyEnum, resolve: (reserve) => reserve.party }),
    dueOn: t.field({ type: 'Date', resolve: (reserve) => reserve.dueOn }),
  }),
});

type Certificate = NonNullable<JobView['certificate']>;

const CertificateRef = builder.objectRef<Certificate>('CompletionCertificate').implement({
  fields: (t) => ({
    itemsDone: t.stringList({ resolve: (certificate) => [...certificate.itemsDone] }),
    reserves: t.field({ type: [ReserveRef], resolve: (certificate) => (Array.isArray(certificate.reserves) ? (certificate.reserves as ReserveValue[]) : []) }),
    photoUrls: t.stringList({ resolve: (certificate) => [...certificate.photoUrls] }),
    status: t.field({ type: CertificateStatusEnum, resolve: (certificate) => certificate.status }),
    signerName: t.exposeString('signerName', { nullable: true }),
    signatureKind: t.field({ type: SignatureKindEnum, nullable: true, resolve: (certificate) => certificate.signatureKind as 'TYPED' | 'DRAWN' | null }),
    signature: t.exposeString('signature', { nullable: true }),
    signedAt: t.expose('signedAt', { type: 'DateTime', nullable: true }),
    signedPlace: t.exposeString('signedPlace', { nullable: true }),
    signedRemotely: t.exposeBoolean('signedRemotely', { nullable: true }),
    declineReason: t.exposeString('declineReason', { nullable: true }),
    declinedAt: t.expose('declinedAt', { type: 'DateTime', nullable: true }),
  }),
});

const JobRef = builder.objectRef<JobView>('InstallationJob').implement({
  description: 'A kitchen installed by one of the network\'s installers, and its certificate of completion.',
  fields: (t) => ({
    reference: t.exposeString('reference'),
    customerName: t.exposeString('customerName'),
    addressLine1: t.exposeString('addressLine1'),
    postalCode: t.exposeString('postalCode'),
    city: t.exposeString('city'),
    country: t.exposeString('country'),
    designerName: t.exposeString('designerName'),
    installerName: t.exposeString('installerName'),
    supplierName: t.exposeString('supplierName', { nullable: true }),
    supplies: t.stringList({ resolve: (job) => [...job.supplies] }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    timeZone: t.string({ description: "The network's IANA time zone: where the signing time is read.", resolve: (_job, _args, context) => context.tenant.timeZone }),
    certificate: t.field({ type: CertificateRef, nullable: true, resolve: (job) => job.certificate }),
    certificatePdf: t.string({
      description: "The certificate as a PDF to file (application/pdf, base64), in the request's language when it is English, French or Dutch; in English for any other (the PDF's standard fonts cannot print Chinese).",
      resolve: async (job, _args, context) => Buffer.from(await certificatePdf(job, { tenantName: context.tenant.name, language: context.language, timeZone: context.tenant.timeZone })).toString('base64'),
    }),
    certificateLink: t.string({ description: 'The signed link the customer signs the certificate with (completionCertificate, signCompletionCertificate).', resolve: (job, _args, context) => certificateLink(context, job.reference) }),
  }),
});

const ReserveInput = builder.inputType('ReserveInput', {
  fields: (t) => ({ description: t.string({ required: true }), party: t.field({ type: ReservePartyEnum, required: true }), dueOn: t.field({ type: 'Date', required: true }) }),
});

const CreateInstallationJobInput = builder.inputType('CreateInstallationJobInput', {
  fields: (t) => ({
    customerName: t.string({ required: true }),
    customerEmail: t.string({ required: true }),
    addressLine1: t.string({ required: true }),
    postalCode: t.string({ required: true }),
    city: t.string({ required: true }),
    country: t.string({ required: true }),
    designerName: t.string({ required: true, description: 'The kitchen seller who designed it.' }),
    installerName: t.string({ required: true }),
    supplierName: t.string({ required: false, description: 'Who supplied the units and appliances: billed for a reintervention their defect caused.' }),
    supplies: t.stringList({ required: true }),
    itemsDone: t.stringList({ required: true }),
    reserves: t.field({ type: [ReserveInput], required: true }),
    photoUrls: t.stringList({ required: false }),
  }),
});

builder.mutationField('createInstallationJob', (t) =>
  t.field({
    type: JobRef,
    description: 'The installer platform records a finished job and its certificate of completion, for the customer to sign (secret key).',
    args: { input: t.arg({ type: CreateInstallationJobInput, required: true }) },
    errors: { types: [InvalidInputError], union: { name: 'CreateInstallationJobResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(context, 'createInstallationJob', createInstallationJob(context, { ...input, photoUrls: input.photoUrls ?? [] }));
    },
  }),
);

builder.queryField('installationJob', (t) =>
  t.field({
    type: JobRef,
    description: 'A job by its reference (secret key).',
    args: { reference: t.arg.string({ required: true }) },
    errors: { types: [JobNotFoundError], union: { name: 'InstallationJobResult' } },
    resolve: (_root, { reference }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(context, 'installationJob', findJobByReference(context, reference));
    },
  }),
);

builder.queryField('completionCertificate', (t) =>
  t.field({
    type: JobRef,
    description: 'The job and its certificate, for the customer, by the signed link.',
    args: { link: t.arg.string({ required: true }) },
    errors: { types: [JobNotFoundError], union: { name: 'CompletionCertificateResult' } },
    resolve: (_root, { link }, context) => loggingTypedErrors(context, 'completionCertificate', findJobByLink(context, link)),
  }),
);

const SignCompletionCertificateInput = builder.inputType('SignCompletionCertificateInput', {
  fields: (t) => ({
    link: t.string({ required: true }),
    signerName: t.string({ required: true }),
    signatureKind: t.field({ type: SignatureKindEnum, required: true }),
    signature: t.string({ required: true, description: "TYPED: the signer's name; DRAWN: SVG path data, up to 100000 characters." }),
    place: t.string({ required: true, description: 'Where it is signed.' }),
    onSite: t.boolean({ required: true, description: "Signed at the customer's with the installer present, or remotely." }),
  }),
});

builder.mutationField('signCompletionCertificate', (t) =>
  t.field({
    type: JobRef,
    description: 'The customer signs the certificate, once; the job keeps the reintervention terms in force now.',
    args: { input: t.arg({ type: SignCompletionCertificateInput, required: true }) },
    errors: { types: [JobNotFoundError, ChangeNotAllowedError, InvalidInputError], union: { name: 'SignCompletionCertificateResult' } },
    resolve: (_root, { input }, context) =>
      loggingTypedErrors(
        context,
        'signCompletionCertificate',
        signCertificate(context, input.link, { signerName: input.signerName, kind: input.signatureKind, signature: input.signature, place: input.place }, !input.onSite),
      ),
  }),
);

builder.mutationField('declineCompletionCertificate', (t) =>
  t.field({
    type: JobRef,
    description: 'The customer declines to sign, saying why; once.',
    args: { link: t.arg.string({ required: true }), reason: t.arg.string({ required: true }) },
    errors: { types: [JobNotFoundError, ChangeNotAllowedError, InvalidInputError], union: { name: 'DeclineCompletionCertificateResult' } },
    resolve: (_root, { link, reason }, context) => loggingTypedErrors(context, 'declineCompletionCertificate', declineCertificate(context, link, reason)),
  }),
);
