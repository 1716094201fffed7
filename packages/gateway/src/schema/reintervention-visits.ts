/**
 * Reinterventions on an installation, for the installer platform (secret key): open one when the
 * customer reports a problem, record the visit (cause, arrival, departure), read the quote and the
 * invoice line the rules made of it.
 */
import { openReintervention, recordReinterventionVisit, ReinterventionNotFoundError, type ReinterventionView } from '../reintervention/reintervention-visits.js';
import { JobNotFoundError } from '../reintervention/installation-jobs.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { builder } from './builder.js';
import { ChangeNotAllowedError } from './change-errors.js';
import { ErrorInterface, InvalidInputError, loggingTypedErrors } from './errors.js';
import { money, MoneyRef } from './money.js';

builder.objectType(ReinterventionNotFoundError, {
  name: 'ReinterventionNotFound',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ReinterventionNotFoundError,
});

const InvoiceLineRef = builder.objectRef<ReinterventionView>('ReinterventionInvoiceLine').implement({
  description: 'What to invoice, to whom: the liable party (the supplier, the designer) or, when not billable, the installer\'s own cost at 0.',
  fields: (t) => ({
    billTo: t.string({ resolve: (line) => line.billTo ?? '' }),
    payer: t.string({ description: 'SUPPLIER, DESIGNER or INSTALLER.', resolve: (line) => line.payer ?? '' }),
    description: t.string({ resolve: (line) => `Reintervention ${line.job.reference}: ${line.presenceMinutes} min on site (${line.cause})` }),
    amountExclTax: t.field({ type: MoneyRef, resolve: (line) => money(line.amountExclTaxMinor ?? 0, line.currency ?? 'EUR') }),
    vatRate: t.string({ resolve: (line) => String((line.vatRateBasisPoints ?? 0) / 100) }),
    vat: t.field({ type: MoneyRef, resolve: (line) => money(line.vatMinor ?? 0, line.currency ?? 'EUR') }),
    amountInclTax: t.field({ type: MoneyRef, resolve: (line) => money(line.amountInclTaxMinor ?? 0, line.currency ?? 'EUR') }),
  }),
});

const ReinterventionRef = builder.objectRef<ReinterventionView>('Reintervention').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    jobReference: t.string({ resolve: (visit) => visit.job.reference }),
    reportedProblem: t.exposeString('reportedProblem'),
    cause: t.exposeString('cause', { nullable: true, description: 'SUPPLIES, DESIGNER or INSTALLER, once diagnosed.' }),
    arrivedAt: t.expose('arrivedAt', { type: 'DateTime', nullable: true }),
    departedAt: t.expose('departedAt', { type: 'DateTime', nullable: true }),
    presenceMinutes: t.exposeInt('presenceMinutes', { nullable: true, description: 'From arrival to departure, a started minute counting.' }),
    billable: t.exposeBoolean('billable', { nullable: true }),
    rule: t.exposeString('rule', { nullable: true }),
    invoiceLine: t.field({ type: InvoiceLineRef, nullable: true, description: 'Once recorded.', resolve: (visit) => (visit.recordedAt ? visit : null) }),
    openedAt: t.expose('openedAt', { type: 'DateTime' }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', nullable: true }),
  }),
});

const OpenReinterventionInput = builder.inputType('OpenReinterventionInput', {
  fields: (t) => ({ jobReference: t.string({ required: true }), reportedProblem: t.string({ required: true }) }),
});

builder.mutationField('openReintervention', (t) =>
  t.field({
    type: ReinterventionRef,
    description: 'The customer reported a problem on an installation (secret key).',
    args: { input: t.arg({ type: OpenReinterventionInput, required: true }) },
    errors: { types: [JobNotFoundError, InvalidInputError], union: { name: 'OpenReinterventionResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(context, 'openReintervention', openReintervention(context, input.jobReference, input.reportedProblem));
    },
  }),
);

const RecordReinterventionVisitInput = builder.inputType('RecordReinterventionVisitInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    cause: t.string({ required: true, description: 'SUPPLIES, DESIGNER or INSTALLER, as found at diagnosis.' }),
    arrivedAt: t.field({ type: 'DateTime', required: true }),
    departedAt: t.field({ type: 'DateTime', required: true }),
  }),
});

builder.mutationField('recordReinterventionVisit', (t) =>
  t.field({
    type: ReinterventionRef,
    description: "The visit is over: the cause and the presence make the quote under the job's terms, and the invoice line (secret key; once).",
    args: { input: t.arg({ type: RecordReinterventionVisitInput, required: true }) },
    errors: { types: [ReinterventionNotFoundError, ChangeNotAllowedError, InvalidInputError], union: { name: 'RecordReinterventionVisitResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(context, 'recordReinterventionVisit', recordReinterventionVisit(context, String(input.id), input));
    },
  }),
);
