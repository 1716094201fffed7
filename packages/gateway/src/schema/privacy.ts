/**
 * A customer's rights over their data (GDPR), for the back office (secret key): the export of
 * everything the tenant holds about them (articles 15 and 20), as typed fields and as one JSON
 * document, and its erasure (article 17). Both are audited (audit/audit-log.ts).
 */
import { checkDataSubjectEmail, checkErasureRequest } from '@sav/rules';
import { setAuditTarget } from '../audit/audit-log.js';
import type {
  CustomerDataExport, ExportedAddress, ExportedCertificate, ExportedDropOff, ExportedErasure, ExportedInstallationJob, ExportedMessage, ExportedQuote, ExportedRating,
  ExportedReintervention, ExportedSurveyAnswer, ExportedTicket, ExportedTicketEvent, ExportedVisit,
} from '../privacy/customer-data.js';
import { exportCustomerData, subjectHash } from '../privacy/customer-data.js';
import { eraseCustomerData, type ErasureView } from '../privacy/erasure.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { builder } from './builder.js';
import { ErrorInterface, InvalidInputError, loggingTypedErrors, TypedError } from './errors.js';
import { money, MoneyRef } from './money.js';

export class CustomerNotFoundError extends TypedError {
  readonly code = 'CUSTOMER_NOT_FOUND';
  constructor() {
    super('This tenant holds no data about a customer with this e-mail address, and never erased any.');
    this.name = 'CustomerNotFoundError';
  }
}

builder.objectType(CustomerNotFoundError, {
  name: 'CustomerNotFound',
  description: 'The tenant holds nothing about a customer with this e-mail address (and erased nothing of theirs); nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CustomerNotFoundError,
});

const AddressRef = builder.objectRef<ExportedAddress>('CustomerAddress').implement({
  fields: (t) => ({
    line1: t.exposeString('line1'),
    line2: t.exposeString('line2', { nullable: true }),
    postalCode: t.exposeString('postalCode'),
    city: t.exposeString('city'),
    country: t.exposeString('country'),
  }),
});

const EventRef = builder.objectRef<ExportedTicketEvent>('ExportedTicketEvent').implement({
  fields: (t) => ({
    kind: t.exposeString('kind'),
    fromStatus: t.exposeString('fromStatus', { nullable: true }),
    toStatus: t.exposeString('toStatus'),
    actor: t.exposeString('actor'),
    actorName: t.exposeString('actorName', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    details: t.exposeString('details', { nullable: true, description: 'The facts of the step, as JSON.' }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const VisitRef = builder.objectRef<ExportedVisit>('ExportedVisit').implement({
  fields: (t) => ({
    arrivalWindowStart: t.expose('arrivalWindowStart', { type: 'DateTime' }),
    arrivalWindowEnd: t.expose('arrivalWindowEnd', { type: 'DateTime' }),
    status: t.exposeString('status'),
    technicianName: t.exposeString('technicianName'),
    expectedArrivalAt: t.expose('expectedArrivalAt', { type: 'DateTime', nullable: true }),
    delayReason: t.exposeString('delayReason', { nullable: true }),
    arrivedAt: t.expose('arrivedAt', { type: 'DateTime', nullable: true }),
    departedAt: t.expose('departedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const DropOffRef = builder.objectRef<ExportedDropOff>('ExportedDropOff').implement({
  fields: (t) => ({
    workshopName: t.exposeString('workshopName'),
    slotStart: t.expose('slotStart', { type: 'DateTime' }),
    slotEnd: t.expose('slotEnd', { type: 'DateTime' }),
    status: t.exposeString('status'),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', nullable: true }),
  }),
});

const QuoteRef = builder.objectRef<ExportedQuote>('ExportedQuote').implement({
  fields: (t) => ({
    status: t.exposeString('status'),
    total: t.field({ type: MoneyRef, resolve: (quote) => money(quote.totalMinor, quote.currency) }),
    lines: t.exposeString('lines', { description: 'The lines of the quote, as JSON.' }),
    advice: t.exposeString('advice'),
    note: t.exposeString('note', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    answeredAt: t.expose('answeredAt', { type: 'DateTime', nullable: true }),
    answerNote: t.exposeString('answerNote', { nullable: true }),
  }),
});

const RatingRef = builder.objectRef<ExportedRating>('ExportedRating').implement({
  fields: (t) => ({ score: t.exposeInt('score'), comment: t.exposeString('comment', { nullable: true }), at: t.expose('at', { type: 'DateTime' }) }),
});

const MessageRef = builder.objectRef<ExportedMessage>('ExportedMessage').implement({
  description: 'A message sent (or to be sent) to the customer.',
  fields: (t) => ({
    kind: t.exposeString('kind'),
    trackingCode: t.exposeString('trackingCode', { nullable: true }),
    recipient: t.exposeString('recipient'),
    subject: t.exposeString('subject'),
    body: t.exposeString('body'),
    calendar: t.exposeString('calendar', { nullable: true, description: 'The iCalendar attachment, if any.' }),
    status: t.exposeString('status'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
  }),
});

const TicketRecordRef = builder.objectRef<ExportedTicket>('ExportedTicket').implement({
  description: 'A repair ticket of the customer, whole: their details, the request, its history, visits, quotes, ratings and messages.',
  fields: (t) => ({
    trackingCode: t.exposeString('trackingCode'),
    status: t.exposeString('status'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    language: t.exposeString('language'),
    customerName: t.exposeString('customerName'),
    customerEmail: t.exposeString('customerEmail'),
    customerPhone: t.exposeString('customerPhone'),
    address: t.field({ type: AddressRef, resolve: (ticket) => ticket.address }),
    productModel: t.exposeString('productModel'),
    serialNumber: t.exposeString('serialNumber', { nullable: true }),
    purchaseDate: t.expose('purchaseDate', { type: 'Date', nullable: true }),
    fault: t.exposeString('fault'),
    symptoms: t.exposeStringList('symptoms'),
    warrantyStatus: t.exposeString('warrantyStatus', { nullable: true }),
    verificationNote: t.exposeString('verificationNote', { nullable: true }),
    cancellationReason: t.exposeString('cancellationReason', { nullable: true }),
    diagnosisNote: t.exposeString('diagnosisNote', { nullable: true }),
    partsUsed: t.exposeStringList('partsUsed'),
    minutesOnSite: t.exposeInt('minutesOnSite', { nullable: true }),
    outcomeNote: t.exposeString('outcomeNote', { nullable: true }),
    followUpOn: t.expose('followUpOn', { type: 'Date', nullable: true }),
    events: t.field({ type: [EventRef], resolve: (ticket) => [...ticket.events] }),
    visits: t.field({ type: [VisitRef], resolve: (ticket) => [...ticket.visits] }),
    dropOffs: t.field({ type: [DropOffRef], resolve: (ticket) => [...ticket.dropOffs] }),
    quotes: t.field({ type: [QuoteRef], resolve: (ticket) => [...ticket.quotes] }),
    ratings: t.field({ type: [RatingRef], resolve: (ticket) => [...ticket.ratings] }),
    messages: t.field({ type: [MessageRef], resolve: (ticket) => [...ticket.messages] }),
  }),
});

const CertificateRecordRef = builder.objectRef<ExportedCertificate>('ExportedCompletionCertificate').implement({
  fields: (t) => ({
    status: t.exposeString('status'),
    itemsDone: t.exposeStringList('itemsDone'),
    reserves: t.exposeString('reserves', { description: 'The reserves, as JSON.' }),
    photoUrls: t.exposeStringList('photoUrls'),
    signerName: t.exposeString('signerName', { nullable: true }),
    signatureKind: t.exposeString('signatureKind', { nullable: true }),
    signature: t.exposeString('signature', { nullable: true }),
    signedAt: t.expose('signedAt', { type: 'DateTime', nullable: true }),
    signedPlace: t.exposeString('signedPlace', { nullable: true }),
    signedRemotely: t.exposeBoolean('signedRemotely', { nullable: true }),
    declineReason: t.exposeString('declineReason', { nullable: true }),
    declinedAt: t.expose('declinedAt', { type: 'DateTime', nullable: true }),
  }),
});

const ReinterventionRecordRef = builder.objectRef<ExportedReintervention>('ExportedReintervention').implement({
  fields: (t) => ({
    reportedProblem: t.exposeString('reportedProblem'),
    cause: t.exposeString('cause', { nullable: true }),
    openedAt: t.expose('openedAt', { type: 'DateTime' }),
    arrivedAt: t.expose('arrivedAt', { type: 'DateTime', nullable: true }),
    departedAt: t.expose('departedAt', { type: 'DateTime', nullable: true }),
    presenceMinutes: t.exposeInt('presenceMinutes', { nullable: true }),
    billable: t.exposeBoolean('billable', { nullable: true }),
    payer: t.exposeString('payer', { nullable: true }),
    amountInclTax: t.field({
      type: MoneyRef,
      nullable: true,
      resolve: (visit) => (visit.amountInclTaxMinor !== null && visit.currency !== null ? money(visit.amountInclTaxMinor, visit.currency) : null),
    }),
  }),
});

const InstallationJobRecordRef = builder.objectRef<ExportedInstallationJob>('ExportedInstallationJob').implement({
  description: "An installation at the customer's, its certificate of completion and the reinterventions they asked for.",
  fields: (t) => ({
    reference: t.exposeString('reference'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    customerName: t.exposeString('customerName'),
    customerEmail: t.exposeString('customerEmail'),
    address: t.field({ type: AddressRef, resolve: (job) => job.address }),
    designerName: t.exposeString('designerName'),
    installerName: t.exposeString('installerName'),
    supplierName: t.exposeString('supplierName', { nullable: true }),
    supplies: t.exposeStringList('supplies'),
    certificate: t.field({ type: CertificateRecordRef, nullable: true, resolve: (job) => job.certificate }),
    reinterventions: t.field({ type: [ReinterventionRecordRef], resolve: (job) => [...job.reinterventions] }),
  }),
});

const SurveyAnswerRecordRef = builder.objectRef<ExportedSurveyAnswer>('ExportedSurveyAnswer').implement({
  fields: (t) => ({ question: t.exposeString('question'), option: t.exposeString('option'), role: t.exposeString('role'), at: t.expose('at', { type: 'DateTime' }) }),
});

const ErasureSummaryRef = builder.objectRef<ExportedErasure>('ExportedErasure').implement({
  description: "An earlier erasure of the customer's data.",
  fields: (t) => ({
    id: t.exposeID('id'),
    trigger: t.exposeString('trigger'),
    erasedAt: t.expose('erasedAt', { type: 'DateTime' }),
    tickets: t.exposeInt('tickets'),
    installationJobs: t.exposeInt('installationJobs'),
    messages: t.exposeInt('messages'),
    surveyAnswers: t.exposeInt('surveyAnswers'),
  }),
});

const CustomerDataExportRef = builder.objectRef<CustomerDataExport>('CustomerDataExport').implement({
  description: 'Everything the tenant holds about one customer, found by their e-mail address (GDPR articles 15 and 20).',
  fields: (t) => ({
    email: t.exposeString('email', { description: 'The address asked about, as compared: trimmed, in lower case.' }),
    generatedAt: t.expose('generatedAt', { type: 'DateTime' }),
    tickets: t.field({ type: [TicketRecordRef], resolve: (data) => [...data.tickets] }),
    installationJobs: t.field({ type: [InstallationJobRecordRef], resolve: (data) => [...data.installationJobs] }),
    surveyAnswers: t.field({ type: [SurveyAnswerRecordRef], resolve: (data) => [...data.surveyAnswers] }),
    otherMessages: t.field({ type: [MessageRef], description: 'Messages to the address that belong to none of the tickets above.', resolve: (data) => [...data.otherMessages] }),
    erasures: t.field({ type: [ErasureSummaryRef], description: "Earlier erasures of the customer's data on request.", resolve: (data) => [...data.erasures] }),
    json: t.string({
      description: 'The same export as one JSON document (UTF-8), to hand to the customer as a file, e.g. customer-data.json.',
      resolve: (data) => `${JSON.stringify(data, null, 2)}\n`,
    }),
  }),
});

builder.queryField('customerDataExport', (t) =>
  t.field({
    type: CustomerDataExportRef,
    description: 'Everything the tenant holds about a customer, by e-mail address (secret key; audited).',
    args: { email: t.arg.string({ required: true }) },
    errors: { types: [CustomerNotFoundError, InvalidInputError], union: { name: 'CustomerDataExportResult' } },
    resolve: (_root, { email }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'customerDataExport',
        (async () => {
          const checked = checkDataSubjectEmail(email);
          if (!checked.ok) throw InvalidInputError.fromViolation(checked.violation);
          const { linkSecret } = await context.tenantSettings();
          // The audit entry names the customer by the keyed hash an erasure would record, never by address.
          setAuditTarget({ type: 'DataSubject', id: subjectHash(linkSecret, checked.value).slice(0, 32) });
          const exported = await exportCustomerData(context.store, { id: context.tenant.id, name: context.tenant.name, secret: linkSecret }, checked.value, context.now);
          if (!exported) throw new CustomerNotFoundError();
          return exported;
        })(),
      );
    },
  }),
);

const ErasureRef = builder.objectRef<ErasureView>('PersonalDataErasure').implement({
  description: "A customer's personal data erased: when, why, and how many of each record.",
  fields: (t) => ({
    id: t.exposeID('id'),
    trigger: t.exposeString('trigger', { description: 'REQUEST (eraseCustomerData) or RETENTION (the tenant\'s retention period).' }),
    reason: t.exposeString('reason', { nullable: true }),
    erasedAt: t.expose('erasedAt', { type: 'DateTime' }),
    tickets: t.exposeInt('tickets'),
    installationJobs: t.exposeInt('installationJobs'),
    messages: t.exposeInt('messages'),
    surveyAnswers: t.exposeInt('surveyAnswers'),
  }),
});

const CustomerDataErasedRef = builder.objectRef<{ erasure: ErasureView; alreadyErased: boolean }>('CustomerDataErased').implement({
  fields: (t) => ({
    erasure: t.field({ type: ErasureRef, resolve: (erased) => erased.erasure }),
    alreadyErased: t.exposeBoolean('alreadyErased', { description: 'Nothing was left to erase: `erasure` is the earlier one.' }),
  }),
});

const EraseCustomerDataInput = builder.inputType('EraseCustomerDataInput', {
  fields: (t) => ({
    email: t.string({ required: true, description: "The customer's e-mail address, as on their requests (any case)." }),
    reason: t.string({ required: true, description: 'Why, 1 to 500 characters (e.g. "GDPR request of 2026-04-20, ref. 1234"); kept with the erasure record.' }),
  }),
});

builder.mutationField('eraseCustomerData', (t) =>
  t.field({
    type: CustomerDataErasedRef,
    description:
      "Erases a customer's personal data across the tenant's records, in one transaction (secret key; audited). Kept: what the business must keep (statuses, dates, products and serials, parts, money, counts). Sent again, it answers alreadyErased.",
    args: { input: t.arg({ type: EraseCustomerDataInput, required: true }) },
    errors: { types: [CustomerNotFoundError, InvalidInputError], union: { name: 'EraseCustomerDataResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'eraseCustomerData',
        (async () => {
          const checked = checkErasureRequest(input);
          if (!checked.ok) throw InvalidInputError.fromViolation(checked.violation);
          const { linkSecret } = await context.tenantSettings();
          // Named as the export names it: every action on one customer's data shares a target.
          setAuditTarget({ type: 'DataSubject', id: subjectHash(linkSecret, checked.value.email).slice(0, 32) });
          const erased = await eraseCustomerData(context.store, {
            tenantId: context.tenant.id, tenantSecret: linkSecret, email: checked.value.email, reason: checked.value.reason, keyId: context.tenant.keyId, now: context.now,
          });
          if (!erased) throw new CustomerNotFoundError();
          return erased;
        })(),
      );
    },
  }),
);
