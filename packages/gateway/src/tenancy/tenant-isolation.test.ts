/**
 * Tenant isolation, as a retailer's security review asks for it: tenant A (the demo tenant,
 * pk_demo / sk_demo) runs every query, mutation and subscription of the schema against tenant B's
 * data, with both of its keys, and nothing crosses.
 *
 * - Tenant B gets real data of every kind (catalogue, sales, technicians, a workshop, tickets at
 *   many stages, a quote, ratings, webhook endpoints and deliveries, installation jobs with their
 *   certificates, reinterventions, a survey, its own terms and settings), through its own keys
 *   where the API allows and through the store where it does not.
 * - CASES holds one row (or more) per root field, aimed at B's identifiers. Every answer must be a
 *   refusal or not-found (or, for a field that names no object, an answer about A's own data), and
 *   must hold none of B's distinctive strings or row ids. Each answer selects every field of its
 *   type a few levels deep, so that whatever a resolver returned is searched.
 * - A fingerprint of every row of B's (every tenant-scoped table of prisma/schema.prisma, child
 *   tables through their parents) is taken before the cases and compared after them.
 * - Subscriptions run over SSE (POST /graphql/stream) and graphql-ws; webhooks are delivered to
 *   real local receivers.
 * - A coverage check fails, naming them, for root fields without a case: add a row when you add one.
 */
import { EventStreamParser } from '@sav/client';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type FormattedExecutionResult, getNamedType, type GraphQLObjectType, type GraphQLOutputType, isAbstractType, isLeafType, isNonNullType, parse, validate } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { normaliseQualityReportQuestion } from '@sav/rules';
import { encodeRepeatsCursor, type RepeatsPosition } from '../analytics/repeated-defects.js';
import { configurationHeard } from '../db/configuration-cache.js';
import { demoPriceList } from '../db/demo-data.js';
import type { Store } from '../db/store.js';
import { deliverDueWebhooks } from '../notifications/webhook-deliveries.js';
import { verifyWebhookSignature } from '../notifications/webhook-signature.js';
import { schema } from '../schema/index.js';
import { repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { createTenant, issueKey, revokeKey } from './tenant-admin.js';

const NOW = new Date('2026-04-20T10:00:00Z');
const A = { pk: 'pk_demo', sk: 'sk_demo', postalCode: '75011', model: 'HRF-DEMO-1', technicians: 2, partnerModel: 'HAC-DEMO-INV', partnerTechnicians: 2 };
const B_POSTAL = '69007';
const B_MODEL = 'B-ONLY-MODEL';
const B_SERIAL = { covered: 'TENANTB-SN-0001', expired: 'TENANTB-SN-OLD' } as const;
const B_IDEMPOTENCY_KEY = 'TENANTB-IDEMPOTENCY-1';
const B_TECHNICIAN_BADGE = 'TENANTB-TECH-1';
const B_CUSTOMER = {
  name: 'Zelda Tenant-B',
  email: 'zelda@tenant-b.example',
  phone: '06 98 76 54 32',
  address: { line1: '7 rue B-Only', postalCode: B_POSTAL, city: 'Lyon', country: 'FR' },
};
/** Strings only B's data holds: no answer to A may contain one (unless A itself sent it). */
const B_STRINGS = [
  'Tenant B Appliances', B_MODEL, 'B-Only Fridge', 'B-ONLY Warranty Policy', B_SERIAL.covered, B_SERIAL.expired, B_IDEMPOTENCY_KEY, B_TECHNICIAN_BADGE,
  'Bastien B-Tech', 'B-ONLY Workshop', '1 quai B-Only', B_CUSTOMER.name, B_CUSTOMER.email, '7 rue B-Only', 'B-ONLY fault', 'B-ONLY verification note',
  'B-ONLY diagnosis note', 'B-ONLY outcome note', 'B-ONLY comment', 'B-ONLY quote note', 'B-ONLY Designer', 'B-ONLY Installer', 'B-ONLY Supplier',
  'B-ONLY worktop', 'B-ONLY reserve', 'B-ONLY drawer', 'B-ONLY survey', 'tenant-b.example', '/tenant-b', '77.77', 'B web shop', 'B service desk',
  'Shared Tenant-B Customer', 'B-ONLY erasure reason', 'B revoked', 'B expired', 'B-ONLY Partner Workshop', '9 rue B-Partner', 'B partner key', 'B-ONLY usage tip',
];
/** A customer of both tenants: A's export and erasure of them must reach A's records only. */
const SHARED_EMAIL = 'shared.customer@example.fr';
/** A customer of B's whose data B erased: A must not even learn that B erased it. */
const ERASED_EMAIL = 'yannick@tenant-b.example';

const SETUP_QUERIES = {
  slots: `query($input: AvailableSlotsInput!) { availableSlots(input: $input) { __typename ... on AvailableSlots { slots { start remaining } } } }`,
  dropOffSlots: `query($input: DropOffSlotsInput!) { dropOffSlots(input: $input) { __typename ... on DropOffSlots { slots { start remaining } } } }`,
  requestRepair: `mutation($input: RequestRepairInput!) { requestRepair(input: $input) { __typename
    ... on RepairBooked { ticket { trackingCode link } } ... on NeedsVerification { ticket { trackingCode link } } ... on Error { code message } } }`,
  step: (field: string, input: string) => `mutation($input: ${input}!) { ${field}(input: $input) { __typename ... on RepairChanged { ticket { status quote { id } } } ... on Error { code message } } }`,
  rate: `mutation($input: RateRepairInput!) { rateRepair(input: $input) { __typename ... on RepairRated { outcome } ... on Error { code message } } }`,
  ticket: `query($c: String!, $p: String!) { ticket(trackingCode: $c, postalCode: $p) { __typename ... on Ticket { status } } }`,
  ticketByLink: `query($link: String!) { ticketByLink(link: $link) { __typename ... on Ticket { trackingCode } } }`,
  webhook: `mutation($url: String!) { createWebhookEndpoint(input: { url: $url }) { __typename ... on WebhookEndpointCreated { secret endpoint { id } } ... on Error { code message } } }`,
  disableWebhook: `mutation($id: ID!) { disableWebhookEndpoint(id: $id) { __typename } }`,
  settings: `mutation($input: UpdateServiceSettingsInput!) { updateServiceSettings(input: $input) { __typename ... on Error { code message } } }`,
  terms: `mutation($input: UpdateReinterventionTermsInput!) { updateReinterventionTerms(input: $input) { __typename ... on Error { code message } } }`,
  job: `mutation($input: CreateInstallationJobInput!) { createInstallationJob(input: $input) { __typename ... on InstallationJob { reference certificateLink } ... on Error { code message } } }`,
  sign: `mutation($input: SignCompletionCertificateInput!) { signCompletionCertificate(input: $input) { __typename ... on Error { code message } } }`,
  certificate: `query($link: String!) { completionCertificate(link: $link) { __typename } }`,
  openReintervention: `mutation($input: OpenReinterventionInput!) { openReintervention(input: $input) { __typename ... on Reintervention { id } ... on Error { code message } } }`,
  recordReintervention: `mutation($input: RecordReinterventionVisitInput!) { recordReinterventionVisit(input: $input) { __typename ... on Error { code message } } }`,
  survey: `mutation($q: String!, $o: [String!]!) { createSurvey(question: $q, options: $o) { __typename ... on Survey { id } ... on Error { code message } } }`,
  answerSurvey: `mutation($id: ID!) { answerSurvey(surveyId: $id, email: "installer@tenant-b.example", role: INSTALLER, option: 0) { __typename ... on Error { code message } } }`,
  deskTickets: `query($status: TicketStatus!) { serviceDeskTickets(status: $status, first: 100) { edges { node { ticket { trackingCode } } } } }`,
  endpoints: `{ webhookEndpoints(includeDisabled: true) { id url } }`,
  erase: `mutation($input: EraseCustomerDataInput!) { eraseCustomerData(input: $input) { __typename ... on Error { code message } } }`,
  partner: `mutation($input: CreatePartnerWorkshopInput!) { createPartnerWorkshop(input: $input) { __typename ... on PartnerWorkshop { id } ... on Error { code message } } }`,
  routingRules: `mutation($rules: [TicketRoutingRuleInput!]!) { setTicketRoutingRules(rules: $rules) { __typename ... on Error { code message } } }`,
  deskTicket: `query($code: String!) { serviceDeskTicket(trackingCode: $code) { __typename ... on ServiceDeskTicket { ticket { trackingCode } } } }`,
  updates: `subscription($access: CustomerTicketAccessInput!) { ticketUpdates(access: $access) { __typename ... on Ticket { trackingCode status } ... on Error { code } } }`,
};

// ---------------------------------------------------------------------------------------------
// The world the cases run in
// ---------------------------------------------------------------------------------------------

interface TicketRef {
  readonly id: string;
  readonly code: string;
  readonly link: string;
}
interface JobRef {
  readonly reference: string;
  readonly link: string;
}
const B_TICKETS = ['scheduled', 'enRoute', 'onSite', 'quoted', 'followUp', 'closed', 'dropOff', 'unverified', 'diagnosed', 'shared', 'erased'] as const;
type BTicketName = (typeof B_TICKETS)[number];

interface Received {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

interface World {
  readonly gateway: TestGateway;
  readonly receiverUrl: string;
  readonly received: Received[];
  readonly a: { ticket: TicketRef; verified: string; webhookSecret: string };
  readonly b: {
    tenantId: string;
    pk: string;
    sk: string;
    revokedKey: string;
    expiredKey: string;
    tickets: Record<BTicketName, TicketRef>;
    quoteId: string;
    workshopId: string;
    laterSlot: string;
    endpoints: { active: string; disabled: string; secret: string };
    deliveryId: string;
    jobs: { signed: JobRef; awaiting: JobRef };
    reinterventions: { recorded: string; open: string };
    surveyId: string;
    auditEntryId: string;
    /** B's partner workshop (every B ticket is routed to it) and that partner's key. */
    partnerId: string;
    partnerKey: string;
  };
  /** Everything only B's data holds: distinctive strings, links, secrets, keys and every row id. */
  readonly markers: string[];
  /** What A's live trackers heard while B's tickets changed (SSE and WebSocket). */
  readonly trackerUpdates: { sse: FormattedExecutionResult[]; ws: FormattedExecutionResult[] };
  /** How B's own keys answered its own links: the positive control of the link cases. */
  readonly bOwnLinks: string[];
  /** What B's partner key saw: its SCHEDULED tickets, A's two tickets by code, A's settings. */
  readonly bPartnerView: { listed: string[]; aTickets: string[]; settings: string };
  fingerprint: Fingerprint;
}

let w: World;

// ---------------------------------------------------------------------------------------------
// The isolation cases: one row (or more) per root field
// ---------------------------------------------------------------------------------------------

/** customer: run with A's publishable and secret keys; desk: the secret key must be refused the same way, the publishable key FORBIDDEN. */
type Keys = 'customer' | 'desk';
type Value = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Case {
  readonly field: `${'Query' | 'Mutation' | 'Subscription'}.${string}`;
  readonly what: string;
  readonly keys: Keys;
  readonly args: () => Record<string, unknown>;
  /** The answers allowed: result __typename (or 'list'), or an error's extensions.code. */
  readonly expect: readonly string[];
  /** Levels of the answer selected (default 4). */
  readonly depth?: number;
  /** Fields left out of the selection, as Type.field. */
  readonly omit?: readonly string[];
  /** The answer lists what A itself sent earlier (its audit log): B's identifiers A sent are not B's data leaking. */
  readonly echoesEarlierRequests?: boolean;
  readonly check?: (value: Value) => void;
}

const code = (ticket: BTicketName) => w.b.tickets[ticket].code;
/** A well-formed cursor of B's list of repeats (what B's own first page would end with). */
const bRepeatsCursor = (list: 'repeatedPartDefects' | 'repeatedUnitRepairs') => {
  const decision = normaliseQualityReportQuestion({ repeatThreshold: 2 });
  assert.ok(decision.ok);
  const position: RepeatsPosition = list === 'repeatedPartDefects'
    ? { list: 'parts', units: 2, productModel: B_MODEL, part: 'COMPRESSOR' }
    : { list: 'units', repairs: 2, productModel: B_MODEL, serialNumber: 'B-SERIAL', part: 'COMPRESSOR' };
  return encodeRepeatsCursor(w.b.tenantId, decision.value, position);
};
const byCode = (ticket: BTicketName) => ({ trackingCode: code(ticket), postalCode: B_POSTAL });
const byLink = (ticket: BTicketName) => ({ link: w.b.tickets[ticket].link });
const NOT_FOUND_TICKET = ['TicketNotFound'];
const soon = '2026-04-21T06:30:00.000Z';

const CASES: readonly Case[] = [
  // Queries
  { field: 'Query.availableSlots', what: "B's model", keys: 'customer', args: () => ({ input: { productModel: B_MODEL, postalCode: B_POSTAL, country: 'FR', from: '2026-04-21', days: 2 } }), expect: ['ProductNotFound'] },
  {
    field: 'Query.availableSlots', what: "A's model where B's technicians also work: only A's technicians count", keys: 'customer',
    args: () => ({ input: { productModel: A.model, postalCode: A.postalCode, country: 'FR', from: '2026-04-21', days: 3 } }), expect: ['AvailableSlots'],
    check: (value) => assert.ok(value.slots.length > 0 && value.slots.every((slot: Value) => slot.remaining <= A.technicians), JSON.stringify(value.slots)),
  },
  {
    field: 'Query.availableSlots', what: "A's air conditioner at B's postal code, routed to A's partner: only that partner's two technicians count, never B's partner's", keys: 'customer',
    args: () => ({ input: { productModel: A.partnerModel, postalCode: B_POSTAL, country: 'FR', from: '2026-04-21', days: 3 } }), expect: ['AvailableSlots'],
    check: (value) => assert.ok(value.slots.length > 0 && value.slots.every((slot: Value) => slot.remaining <= A.partnerTechnicians), JSON.stringify(value.slots)),
  },
  { field: 'Query.completionCertificate', what: "B's signed certificate link", keys: 'customer', args: () => ({ link: w.b.jobs.signed.link }), expect: ['JobNotFound'] },
  { field: 'Query.completionCertificate', what: "B's certificate link awaiting signature", keys: 'customer', args: () => ({ link: w.b.jobs.awaiting.link }), expect: ['JobNotFound'] },
  { field: 'Query.customerDataExport', what: "B's customer", keys: 'desk', args: () => ({ email: B_CUSTOMER.email }), expect: ['CustomerNotFound'] },
  { field: 'Query.customerDataExport', what: "the customer B erased: A learns nothing of B's erasure", keys: 'desk', args: () => ({ email: ERASED_EMAIL }), expect: ['CustomerNotFound'] },
  {
    field: 'Query.customerDataExport', what: "a customer of both tenants: A's records only", keys: 'desk', args: () => ({ email: SHARED_EMAIL }), expect: ['CustomerDataExport'],
    check: (value) => assert.deepEqual(value.tickets.map((ticket: Value) => ticket.customerName), ['Shared A Customer']),
  },
  { field: 'Query.dropOffSlots', what: "B's workshop", keys: 'customer', args: () => ({ input: { workshopId: w.b.workshopId, from: '2026-04-21', days: 3 } }), expect: ['InvalidInput'] },
  { field: 'Query.installationJob', what: "B's job reference", keys: 'desk', args: () => ({ reference: w.b.jobs.signed.reference }), expect: ['JobNotFound'] },
  { field: 'Query.qualityReport', what: "A's repairs, sales and ratings only, none of B's", keys: 'desk', args: () => ({ input: {} }), expect: ['QualityReport'] },
  ...(['repeatedPartDefects', 'repeatedUnitRepairs'] as const).flatMap((list): Case[] => [
    { field: `Query.${list}`, what: "A's repeats only, none of B's", keys: 'desk', depth: 3, args: () => ({ input: { repeatThreshold: 2 }, first: 100 }), expect: [list === 'repeatedPartDefects' ? 'RepeatedPartDefectConnection' : 'RepeatedUnitRepairConnection'] },
    {
      field: `Query.${list}`, what: "a cursor of B's list", keys: 'desk', depth: 3, expect: ['InvalidInput'],
      args: () => ({ input: { repeatThreshold: 2 }, first: 10, after: bRepeatsCursor(list) }),
      check: (value) => assert.equal(value.code, 'INVALID_CURSOR'),
    },
  ]),
  { field: 'Query.reinterventionQuote', what: "A's own terms, not B's", keys: 'customer', args: () => ({ input: { cause: 'SUPPLIES', presenceMinutes: 90 } }), expect: ['ReinterventionQuote'] },
  { field: 'Query.reinterventionTerms', what: "A's own terms, not B's", keys: 'customer', args: () => ({}), expect: ['ReinterventionTerms'] },
  { field: 'Query.repairEstimate', what: "B's model", keys: 'customer', args: () => ({ input: { productModel: B_MODEL, purchaseDate: '2025-09-01' } }), expect: ['ProductNotFound'] },
  {
    field: 'Query.repairEstimate', what: "A's model with B's serial: the serial is unknown", keys: 'customer',
    args: () => ({ input: { productModel: A.model, serialNumber: B_SERIAL.covered } }), expect: ['RepairEstimate'], check: (value) => assert.equal(value.warrantyStatus, null),
  },
  { field: 'Query.repairOptions', what: "B's model", keys: 'customer', args: () => ({ productModel: B_MODEL }), expect: ['ProductNotFound'] },
  ...(['NEEDS_VERIFICATION', 'DIAGNOSED', 'SCHEDULED', 'TECHNICIAN_EN_ROUTE', 'ON_SITE', 'FOLLOW_UP', 'CLOSED'] as const).map((status): Case => ({
    field: 'Query.serviceDeskTickets', what: `A's ${status} tickets only`, keys: 'desk', depth: 3, args: () => ({ status, first: 50 }), expect: ['ServiceDeskTicketConnection'],
  })),
  { field: 'Query.serviceDeskTickets', what: "B's ticket id as the cursor", keys: 'desk', depth: 3, args: () => ({ status: 'SCHEDULED', first: 50, after: w.b.tickets.scheduled.id }), expect: ['BAD_USER_INPUT'] },
  { field: 'Query.serviceSettings', what: "A's own settings, not B's", keys: 'desk', args: () => ({}), expect: ['ServiceSettings'] },
  { field: 'Query.survey', what: "B's survey id", keys: 'customer', args: () => ({ id: w.b.surveyId }), expect: ['SurveyNotFound'] },
  ...B_TICKETS.map((ticket): Case => ({ field: 'Query.ticket', what: `B's ${ticket} ticket, with B's postal code`, keys: 'customer', args: () => byCode(ticket), expect: NOT_FOUND_TICKET })),
  ...B_TICKETS.map((ticket): Case => ({ field: 'Query.ticketByLink', what: `B's ${ticket} ticket link`, keys: 'customer', args: () => byLink(ticket), expect: NOT_FOUND_TICKET })),
  {
    field: 'Query.ticketByLink', what: "B's tracking code under the signature of A's own link", keys: 'customer',
    args: () => ({ link: `${code('scheduled')}.${w.a.ticket.link.split('.').at(-1)}` }), expect: NOT_FOUND_TICKET,
  },
  { field: 'Query.warrantyCheck', what: "B's serial", keys: 'customer', args: () => ({ input: { serialNumber: B_SERIAL.covered } }), expect: ['ProductNotFound'] },
  { field: 'Query.warrantyCheck', what: "B's model and a purchase date", keys: 'customer', args: () => ({ input: { productModel: B_MODEL, purchaseDate: '2025-09-01', country: 'FR' } }), expect: ['ProductNotFound'] },
  {
    field: 'Query.warrantyCheck', what: "A's model, which B also sells with its own usage tips: A's advice only", keys: 'customer',
    args: () => ({ input: { productModel: A.model, purchaseDate: '2025-09-01', country: 'FR' } }), expect: ['WarrantyCheck'],
    check: (value) => assert.ok(value.usageAdvice.length > 0 && value.usageAdvice.every((tip: Value) => tip.source === 'SAV'), JSON.stringify(value.usageAdvice)),
  },
  { field: 'Query.webhookDeliveries', what: "A's log only", keys: 'desk', args: () => ({ first: 50 }), expect: ['WebhookDeliveryConnection'], check: (value) => assert.ok(value.edges.length > 0, 'A has deliveries of its own') },
  { field: 'Query.webhookDeliveries', what: "A's failed deliveries only", keys: 'desk', args: () => ({ first: 50, status: 'FAILED' }), expect: ['WebhookDeliveryConnection'] },
  { field: 'Query.webhookDeliveries', what: "B's delivery id as the cursor", keys: 'desk', args: () => ({ first: 50, after: w.b.deliveryId }), expect: ['BAD_USER_INPUT'] },
  { field: 'Query.webhookEndpoints', what: "A's endpoints, disabled included, none of B's", keys: 'desk', args: () => ({ includeDisabled: true }), expect: ['list'] },
  { field: 'Query.workshops', what: "A's model: A's workshops only, though B's repairs it in the same country", keys: 'customer', args: () => ({ country: 'FR', productModel: A.model }), expect: ['Workshops'] },
  { field: 'Query.workshops', what: "B's model", keys: 'customer', args: () => ({ country: 'FR', productModel: B_MODEL }), expect: ['ProductNotFound'] },
  { field: 'Query.partnerWorkshops', what: "A's partner workshops only, none of B's", keys: 'desk', args: () => ({}), expect: ['list'] },
  { field: 'Query.ticketRoutingRules', what: "A's routing rules only, none of B's", keys: 'desk', args: () => ({}), expect: ['list'] },
  ...B_TICKETS.map((ticket): Case => ({ field: 'Query.serviceDeskTicket', what: `B's ${ticket} ticket (routed to B's partner)`, keys: 'desk', depth: 3, args: () => ({ trackingCode: code(ticket) }), expect: NOT_FOUND_TICKET })),

  // Mutations
  {
    field: 'Mutation.answerQuote', what: "B's pending quote, by B's code and postal code", keys: 'customer',
    args: () => ({ input: { access: byCode('quoted'), quoteId: w.b.quoteId, accept: true } }), expect: NOT_FOUND_TICKET,
  },
  { field: 'Mutation.answerQuote', what: "B's pending quote, by B's link", keys: 'customer', args: () => ({ input: { access: byLink('quoted'), quoteId: w.b.quoteId, accept: false } }), expect: NOT_FOUND_TICKET },
  {
    field: 'Mutation.answerQuote', what: "B's quote id through A's own ticket", keys: 'customer',
    args: () => ({ input: { access: { link: w.a.ticket.link }, quoteId: w.b.quoteId, accept: true } }), expect: ['ChangeNotAllowed'],
  },
  {
    // Without the results (secret key): a publishable key asking for them is refused before the survey is looked up.
    field: 'Mutation.answerSurvey', what: "B's open survey", keys: 'customer', omit: ['Survey.results'], expect: ['SurveyNotFound'],
    args: () => ({ surveyId: w.b.surveyId, email: 'mallory@tenant-a.example', role: 'INSTALLER', option: 1 }),
  },
  { field: 'Mutation.arriveOnSite', what: "B's ticket whose technician is on the way", keys: 'desk', args: () => ({ input: { trackingCode: code('enRoute') } }), expect: NOT_FOUND_TICKET },
  { field: 'Mutation.cancelRepair', what: "B's scheduled visit, well before the cut-off", keys: 'customer', args: () => ({ input: { ...byCode('scheduled'), reason: 'Mallory' } }), expect: NOT_FOUND_TICKET },
  { field: 'Mutation.cancelTicket', what: "B's scheduled ticket", keys: 'desk', args: () => ({ input: { trackingCode: code('scheduled'), reason: 'Mallory' } }), expect: NOT_FOUND_TICKET },
  { field: 'Mutation.cancelTicket', what: "B's drop-off ticket", keys: 'desk', args: () => ({ input: { trackingCode: code('dropOff'), reason: 'Mallory' } }), expect: NOT_FOUND_TICKET },
  {
    field: 'Mutation.createInstallationJob', what: "a job of A's own", keys: 'desk', depth: 3, expect: ['InstallationJob'],
    args: () => ({ input: { customerName: 'Alice A', customerEmail: 'alice@example.fr', addressLine1: '1 rue A', postalCode: '75011', city: 'Paris', country: 'FR', designerName: 'A designer', installerName: 'A installer', supplies: ['Units'], itemsDone: ['Units fitted'], reserves: [] } }),
  },
  {
    field: 'Mutation.createPartnerWorkshop', what: "a partner workshop of A's own", keys: 'desk', expect: ['PartnerWorkshop'],
    args: () => ({ input: { name: 'A partner', contactEmail: 'partner@tenant-a.example', addressLine1: '1 rue A', postalCode: '75011', city: 'Paris', country: 'FR' } }),
  },
  { field: 'Mutation.updatePartnerWorkshop', what: "B's partner workshop", keys: 'desk', args: () => ({ input: { id: w.b.partnerId, name: 'Mallory', active: false } }), expect: ['PartnerWorkshopNotFound'] },
  {
    field: 'Mutation.setTicketRoutingRules', what: "a rule routing A's tickets to B's partner", keys: 'desk', expect: ['InvalidInput'],
    args: () => ({ rules: [{ country: 'FR', partnerId: w.b.partnerId }] }), check: (value) => assert.deepEqual(value.field, ['rules.0.partnerId']),
  },
  { field: 'Mutation.routeTicket', what: "B's routed ticket, back to no partner", keys: 'desk', args: () => ({ trackingCode: code('scheduled'), partnerId: null }), expect: NOT_FOUND_TICKET },
  { field: 'Mutation.routeTicket', what: "A's own ticket, to B's partner", keys: 'desk', args: () => ({ trackingCode: w.a.ticket.code, partnerId: w.b.partnerId }), expect: ['PartnerWorkshopNotFound'] },
  { field: 'Mutation.createSurvey', what: "a survey of A's own", keys: 'desk', args: () => ({ question: 'A question of A?', options: ['Yes', 'No'] }), expect: ['Survey'] },
  { field: 'Mutation.createWebhookEndpoint', what: "an endpoint of A's own", keys: 'desk', args: () => ({ input: { url: `${w.receiverUrl}/tenant-a-2` } }), expect: ['WebhookEndpointCreated'] },
  { field: 'Mutation.declineCompletionCertificate', what: "B's certificate awaiting signature", keys: 'customer', args: () => ({ link: w.b.jobs.awaiting.link, reason: 'Mallory declines' }), expect: ['JobNotFound'] },
  { field: 'Mutation.diagnoseTicket', what: "B's diagnosed ticket", keys: 'desk', args: () => ({ input: { trackingCode: code('diagnosed'), likelyParts: ['DOOR'], repairLocation: 'WORKSHOP', note: 'Mallory' } }), expect: NOT_FOUND_TICKET },
  { field: 'Mutation.diagnoseTicket', what: "B's ticket on site", keys: 'desk', args: () => ({ input: { trackingCode: code('onSite'), likelyParts: ['DOOR'], repairLocation: 'HOME', note: 'Mallory' } }), expect: NOT_FOUND_TICKET },
  { field: 'Mutation.eraseCustomerData', what: "B's customer", keys: 'desk', args: () => ({ input: { email: B_CUSTOMER.email, reason: 'Mallory' } }), expect: ['CustomerNotFound'] },
  { field: 'Mutation.eraseCustomerData', what: "the customer B erased: A learns nothing of B's erasure", keys: 'desk', args: () => ({ input: { email: ERASED_EMAIL, reason: 'Mallory' } }), expect: ['CustomerNotFound'] },
  {
    field: 'Mutation.eraseCustomerData', what: "a customer of both tenants: A's records only", keys: 'desk', args: () => ({ input: { email: SHARED_EMAIL, reason: 'A request to A' } }), expect: ['CustomerDataErased'],
    check: (value) => assert.deepEqual([value.alreadyErased, value.erasure.tickets], [false, 1]),
  },
  { field: 'Mutation.disableWebhookEndpoint', what: "B's active endpoint", keys: 'desk', args: () => ({ id: w.b.endpoints.active }), expect: ['WebhookEndpointNotFound'] },
  { field: 'Mutation.disableWebhookEndpoint', what: "B's disabled endpoint", keys: 'desk', args: () => ({ id: w.b.endpoints.disabled }), expect: ['WebhookEndpointNotFound'] },
  { field: 'Mutation.openReintervention', what: "B's signed job", keys: 'desk', args: () => ({ input: { jobReference: w.b.jobs.signed.reference, reportedProblem: 'Mallory' } }), expect: ['JobNotFound'] },
  { field: 'Mutation.rateRepair', what: "B's ticket waiting for its rating, by code", keys: 'customer', args: () => ({ input: { access: byCode('followUp'), rating: 1, comment: 'Mallory' } }), expect: NOT_FOUND_TICKET },
  { field: 'Mutation.rateRepair', what: "B's ticket waiting for its rating, by link", keys: 'customer', args: () => ({ input: { access: byLink('followUp'), rating: 1 } }), expect: NOT_FOUND_TICKET },
  { field: 'Mutation.recordDeviceReceived', what: "B's drop-off waiting for its device", keys: 'desk', args: () => ({ trackingCode: code('dropOff') }), expect: NOT_FOUND_TICKET },
  {
    field: 'Mutation.recordReinterventionVisit', what: "B's open reintervention", keys: 'desk', expect: ['ReinterventionNotFound'],
    args: () => ({ input: { id: w.b.reinterventions.open, cause: 'INSTALLER', arrivedAt: '2026-04-20T08:00:00Z', departedAt: '2026-04-20T09:00:00Z' } }),
  },
  {
    field: 'Mutation.recordRepairOutcome', what: "B's ticket on site", keys: 'desk', expect: NOT_FOUND_TICKET,
    args: () => ({ input: { trackingCode: code('onSite'), outcome: 'NOT_REPAIRABLE', partsUsed: [], minutesOnSite: 30, note: 'Mallory' } }),
  },
  { field: 'Mutation.recordRepairProgress', what: "B's ticket on site", keys: 'desk', args: () => ({ input: { trackingCode: code('onSite'), status: 'AWAITING_PARTS' } }), expect: NOT_FOUND_TICKET },
  { field: 'Mutation.reportDelay', what: "B's ticket whose technician is on the way", keys: 'desk', args: () => ({ input: { trackingCode: code('enRoute'), reason: 'Mallory', expectedArrivalAt: soon } }), expect: NOT_FOUND_TICKET },
  {
    field: 'Mutation.requestRepair', what: "B's model, with B's idempotency key", keys: 'customer', expect: ['ProductNotFound'],
    args: () => ({ input: repairRequest({ productModel: B_MODEL, idempotencyKey: B_IDEMPOTENCY_KEY }) }),
  },
  {
    field: 'Mutation.requestRepair', what: "a drop-off at B's workshop", keys: 'customer', expect: ['InvalidInput'],
    args: () => ({ input: repairRequest({ workshopId: w.b.workshopId }) }), check: (value) => assert.deepEqual(value.field, ['workshopId']),
  },
  {
    field: 'Mutation.requestRepair', what: "B's registered serial: not a sale of A's", keys: 'customer', expect: ['NeedsVerification'],
    args: () => ({ input: repairRequest({ serialNumber: B_SERIAL.covered }) }), check: (value) => assert.deepEqual(value.reasons, ['SERIAL_NOT_SOLD']),
  },
  { field: 'Mutation.rescheduleRepair', what: "B's scheduled visit, to a free window of B's", keys: 'customer', args: () => ({ input: { ...byCode('scheduled'), slotStart: w.b.laterSlot } }), expect: NOT_FOUND_TICKET },
  { field: 'Mutation.scheduleVisit', what: "B's diagnosed ticket", keys: 'desk', args: () => ({ input: { trackingCode: code('diagnosed'), slotStart: w.b.laterSlot } }), expect: NOT_FOUND_TICKET },
  {
    field: 'Mutation.scheduleVisit', what: "A's own ticket with B's technician, who serves A's address too", keys: 'desk', expect: ['ChangeNotAllowed'],
    args: () => ({ input: { trackingCode: w.a.verified, slotStart: '2026-04-22T06:00:00.000Z', technicianBadge: B_TECHNICIAN_BADGE } }), check: (value) => assert.equal(value.code, 'UNKNOWN_TECHNICIAN'),
  },
  { field: 'Mutation.sendQuote', what: "B's out-of-warranty ticket on site", keys: 'desk', args: () => ({ input: { trackingCode: code('onSite'), parts: ['COMPRESSOR'], labourMinutes: 60 } }), expect: NOT_FOUND_TICKET },
  {
    field: 'Mutation.signCompletionCertificate', what: "B's certificate awaiting signature", keys: 'customer', expect: ['JobNotFound'],
    args: () => ({ input: { link: w.b.jobs.awaiting.link, signerName: 'Mallory', signatureKind: 'TYPED', signature: 'Mallory', place: 'Paris', onSite: false } }),
  },
  { field: 'Mutation.setUsageAdvice', what: "B's model", keys: 'desk', args: () => ({ input: { productModel: B_MODEL, tips: [{ cause: 'DOOR', texts: [{ language: 'en', text: 'Mallory' }] }] } }), expect: ['InvalidInput'], check: (value) => assert.equal(value.code, 'UNKNOWN_MODEL') },
  { field: 'Mutation.startTravel', what: "B's scheduled ticket", keys: 'desk', args: () => ({ input: { trackingCode: code('scheduled'), expectedArrivalAt: soon } }), expect: NOT_FOUND_TICKET },
  { field: 'Mutation.updateReinterventionTerms', what: "a new version of A's own terms", keys: 'desk', args: () => ({ input: { thresholdMinutes: 45 } }), expect: ['ReinterventionTerms'] },
  { field: 'Mutation.updateServiceSettings', what: "A's own settings", keys: 'desk', args: () => ({ input: { followUpDays: 8 } }), expect: ['ServiceSettingsUpdated'] },
  { field: 'Mutation.verifyTicket', what: "B's request waiting for verification", keys: 'desk', args: () => ({ input: { trackingCode: code('unverified'), note: 'Mallory' } }), expect: NOT_FOUND_TICKET },

  // Subscriptions: each runs over SSE and over WebSocket
  ...(['followUp', 'scheduled', 'enRoute'] as const).map((ticket): Case => ({
    field: 'Subscription.ticketUpdates', what: `B's ${ticket} ticket by code and postal code`, keys: 'customer', args: () => ({ access: byCode(ticket) }), expect: NOT_FOUND_TICKET,
  })),
  { field: 'Subscription.ticketUpdates', what: "B's ticket link", keys: 'customer', args: () => ({ access: byLink('scheduled') }), expect: NOT_FOUND_TICKET },

  // Last, so that A's log holds every attempt above: A's own entries (naming what A sent), none of B's.
  { field: 'Query.auditLog', what: "A's entries only", keys: 'desk', depth: 3, echoesEarlierRequests: true, args: () => ({ first: 100 }), expect: ['AuditEntryConnection'], check: (value) => assert.ok(value.edges.length > 10) },
  { field: 'Query.auditLog', what: "A's erasures only, though B erased a customer too", keys: 'desk', depth: 3, echoesEarlierRequests: true, args: () => ({ first: 100, action: 'eraseCustomerData' }), expect: ['AuditEntryConnection'] },
  { field: 'Query.auditLog', what: "B's audit entry id as the cursor", keys: 'desk', depth: 3, args: () => ({ first: 10, after: w.b.auditEntryId }), expect: ['BAD_USER_INPUT'] },
];

/** Every request A made in the cases so far (what A's audit log may echo back). */
const sentByA: string[] = [];

// ---------------------------------------------------------------------------------------------
// Operations built from the schema: every field of the answer, a few levels deep
// ---------------------------------------------------------------------------------------------

function rootType(kind: 'Query' | 'Mutation' | 'Subscription'): GraphQLObjectType {
  const type = kind === 'Query' ? schema.getQueryType() : kind === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  assert.ok(type, `the schema has a ${kind} type`);
  return type;
}

function rootFieldNames(): string[] {
  return (['Query', 'Mutation', 'Subscription'] as const).flatMap((kind) => Object.keys(rootType(kind).getFields()).map((name) => `${kind}.${name}`));
}

/** The selection of every field of `type` (without required arguments, nor those in `omit`), `depth` levels down. */
function selectionOf(type: GraphQLOutputType, depth: number, omit: readonly string[] = []): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (depth <= 0) return '{ __typename }';
  if (isAbstractType(named)) {
    const members = schema.getPossibleTypes(named);
    return `{ __typename ${members.map((member) => `... on ${member.name} ${objectSelection(member, depth, members, omit)}`).join(' ')} }`;
  }
  return objectSelection(named as GraphQLObjectType, depth, [], omit);
}

function objectSelection(type: GraphQLObjectType, depth: number, siblings: readonly GraphQLObjectType[], omit: readonly string[]): string {
  const fields = Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type)) && !omit.includes(`${type.name}.${field.name}`));
  // Two members of a union answering one name with different types cannot be merged: alias those.
  const clashes = (name: string, fieldType: string) => siblings.some((other) => other !== type && other.getFields()[name] !== undefined && String(other.getFields()[name]!.type) !== fieldType);
  const selected = fields.map((field) => `${clashes(field.name, String(field.type)) ? `${type.name}_${field.name}: ` : ''}${field.name}${selectionOf(field.type, depth - 1, omit)}`);
  return `{ __typename ${selected.join(' ')} }`;
}

function operationFor(testCase: Case): { kind: string; name: string; document: string; variables: Record<string, unknown> } {
  const [kind, name] = testCase.field.split('.') as ['Query' | 'Mutation' | 'Subscription', string];
  const field = rootType(kind).getFields()[name];
  assert.ok(field, `${testCase.field} is in the schema`);
  const variables = testCase.args();
  const given = field.args.filter((arg) => arg.name in variables);
  const definitions = given.length > 0 ? `(${given.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')})` : '';
  const argumentList = given.length > 0 ? `(${given.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const document = `${kind.toLowerCase()} Isolation${definitions} { ${name}${argumentList} ${selectionOf(field.type, testCase.depth ?? 4, testCase.omit)} }`;
  return { kind, name, document, variables };
}

interface Answer {
  readonly transport: string;
  readonly body: FormattedExecutionResult;
  /** The stream ended after its one answer (subscriptions only). */
  readonly ended?: boolean;
}

function outcomeOf(body: FormattedExecutionResult, field: string): string {
  const error = body.errors?.[0];
  if (error) return String(error.extensions?.code ?? 'ERROR');
  const value = body.data?.[field];
  if (Array.isArray(value)) return 'list';
  return (value as { __typename?: string } | null | undefined)?.__typename ?? 'null';
}

/** B's markers found in `answer`, leaving out those the request itself sent. */
function leakedMarkers(answer: unknown, request: string): string[] {
  const text = JSON.stringify(answer);
  return w.markers.filter((marker) => !request.includes(marker) && text.includes(marker));
}

// ---------------------------------------------------------------------------------------------
// Live streams: SSE (graphql-sse, distinct connections) and WebSocket (graphql-ws)
// ---------------------------------------------------------------------------------------------

interface LiveStream {
  readonly answers: FormattedExecutionResult[];
  readonly status: number;
  readonly ended: boolean;
  readonly error: unknown;
  /** Waits until `count` answers arrived, or the stream ended, or `ms` passed. */
  until(count: number, ms?: number): Promise<void>;
  close(): Promise<void>;
}

async function waitFor(done: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function openSse(gateway: TestGateway, key: string, query: string, variables: Record<string, unknown>): Promise<LiveStream> {
  const controller = new AbortController();
  const response = await fetch(`${gateway.url}/graphql/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  const state = { answers: [] as FormattedExecutionResult[], ended: false, error: undefined as unknown };
  const pump = (async () => {
    if (!response.ok || !response.body) {
      state.error = await response.json().catch(() => null);
      return;
    }
    const decoder = new TextDecoder();
    const parser = new EventStreamParser();
    try {
      for await (const chunk of response.body) {
        for (const { event, data } of parser.push(decoder.decode(chunk as Uint8Array, { stream: true }))) {
          if (event === 'next' && data) state.answers.push(JSON.parse(data) as FormattedExecutionResult);
          if (event === 'complete') state.ended = true;
        }
      }
    } catch {
      // aborted by close()
    }
  })().finally(() => {
    state.ended = true;
  });
  return {
    answers: state.answers,
    status: response.status,
    get ended() {
      return state.ended;
    },
    get error() {
      return state.error;
    },
    until: (count, ms = 5_000) => waitFor(() => state.answers.length >= count || state.ended, ms),
    async close() {
      controller.abort();
      await pump;
    },
  };
}

function openSocket(gateway: TestGateway, key: string, query: string, variables: Record<string, unknown>): LiveStream {
  const client = createClient({ url: `${gateway.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0 });
  const state = { answers: [] as FormattedExecutionResult[], ended: false, error: undefined as unknown };
  const unsubscribe = client.subscribe<Record<string, unknown>>({ query, variables }, {
    next: (result) => void state.answers.push(result as FormattedExecutionResult),
    error: (error) => {
      state.error = error;
      state.ended = true;
    },
    complete: () => {
      state.ended = true;
    },
  });
  return {
    answers: state.answers,
    status: 101,
    get ended() {
      return state.ended;
    },
    get error() {
      return state.error;
    },
    until: (count, ms = 5_000) => waitFor(() => state.answers.length >= count || state.ended, ms),
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
}

/** A subscription's first answer on both transports, and whether each stream then ended. */
async function subscribeBoth(key: string, query: string, variables: Record<string, unknown>): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const [transport, open] of [['SSE', openSse], ['WebSocket', openSocket]] as const) {
    const stream = await open(w.gateway, key, query, variables);
    try {
      await stream.until(2, 3_000);
      assert.equal(stream.error, undefined, `${transport}: ${JSON.stringify(stream.error)}`);
      answers.push({ transport, body: stream.answers[0] ?? { errors: [{ message: 'no answer' }] }, ended: stream.ended && stream.answers.length === 1 });
    } finally {
      await stream.close();
    }
  }
  return answers;
}

// ---------------------------------------------------------------------------------------------
// Fingerprints of B's rows, table by table, from prisma/schema.prisma
// ---------------------------------------------------------------------------------------------

interface ScopedTable {
  readonly model: string;
  readonly table: string;
  /** SQL condition on alias `t` selecting the tenant's rows, the tenant id as $1. */
  readonly where: string;
  readonly hasId: boolean;
}

/**
 * Every model of the Prisma schema, with how its rows belong to a tenant: its own tenantId, or
 * through the relation to a parent that has one. A model tied to no tenant fails the suite.
 */
function tenantScopedTables(): ScopedTable[] {
  const prismaSchema = readFileSync(new URL('../../prisma/schema.prisma', import.meta.url), 'utf8');
  const models = new Map<string, { table: string; body: string }>();
  for (const [, name, body] of prismaSchema.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    models.set(name!, { table: /@@map\("([^"]+)"\)/.exec(body!)?.[1] ?? name!, body: body! });
  }
  const where = new Map<string, string>([['Tenant', 't.id = $1']]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, { body }] of models) {
      if (where.has(name)) continue;
      if (/^\s+tenantId\s+String\b/m.test(body)) {
        where.set(name, 't."tenantId" = $1');
        changed = true;
        continue;
      }
      for (const [, parent, column] of body.matchAll(/^\s+\w+\s+(\w+)\??\s+@relation\([^)]*fields:\s*\[(\w+)\]/gm)) {
        const parentWhere = where.get(parent!);
        if (parentWhere === undefined) continue;
        where.set(name, `t."${column}" IN (SELECT t.id FROM "${models.get(parent!)!.table}" t WHERE ${parentWhere})`);
        changed = true;
        break;
      }
    }
  }
  const unscoped = [...models.keys()].filter((name) => !where.has(name));
  assert.deepEqual(unscoped, [], `models tied to no tenant (give them a tenantId or a relation to a tenant's row): ${unscoped.join(', ')}`);
  return [...models].map(([model, { table, body }]) => ({ model, table, where: where.get(model)!, hasId: /^\s+id\s+String\s+@id/m.test(body) }));
}

type Fingerprint = Record<string, { rows: number; md5: string }>;

async function fingerprint(store: Store, tenantId: string): Promise<Fingerprint> {
  const result: Fingerprint = {};
  for (const { table, where } of tenantScopedTables()) {
    const [row] = await store.prisma.$queryRawUnsafe<{ rows: number; md5: string | null }[]>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, ',' ORDER BY t::text)) AS md5 FROM "${table}" t WHERE ${where}`,
      tenantId,
    );
    result[table] = { rows: row?.rows ?? 0, md5: row?.md5 ?? '' };
  }
  return result;
}

async function rowIds(store: Store, tenantId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const { table, where, hasId } of tenantScopedTables()) {
    if (!hasId) continue;
    const rows = await store.prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT t.id FROM "${table}" t WHERE ${where}`, tenantId);
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Setting the world up
// ---------------------------------------------------------------------------------------------

type Gql = (key: string, query: string, variables?: Record<string, unknown>) => Promise<Value>;

/** Sends a setup step and returns its root answer; fails on any GraphQL error. */
function setupClient(gateway: TestGateway): Gql {
  return async (key, query, variables = {}) => {
    const response = await gateway.graphql<Value>(query, variables, { key });
    assert.equal(response.body.errors, undefined, `${query}\n${JSON.stringify(response.body.errors)}`);
    const [root] = Object.values(response.body.data ?? {});
    return root as Value;
  };
}

function expectType(value: Value, typename: string): Value {
  assert.equal(value.__typename, typename, JSON.stringify(value));
  return value;
}

async function setUpTenantB(gateway: TestGateway, gql: Gql, receiverUrl: string) {
  const { store } = gateway;
  const tenant = await createTenant(store, { name: 'Tenant B Appliances', slug: 'tenant-b' });
  const pk = (await issueKey(store, 'tenant-b', 'publishable', { label: 'B web shop' })).key;
  const sk = (await issueKey(store, 'tenant-b', 'secret', { label: 'B service desk' })).key;
  const revoked = await issueKey(store, 'tenant-b', 'secret', { label: 'B revoked' });
  const expired = await issueKey(store, 'tenant-b', 'publishable', { label: 'B expired' });

  // What has no API: the catalogue, warranty terms, sales, technicians, a workshop, a price list.
  await store.prisma.tenant.update({ where: { id: tenant.id }, data: { priceList: { ...demoPriceList, parts: { ...demoPriceList.parts } } } });
  // createTenant's first terms start at the real clock's now; this gateway lives on NOW.
  await store.prisma.reinterventionTerms.updateMany({ where: { tenantId: tenant.id }, data: { effectiveFrom: new Date('2026-01-01T00:00:00Z') } });
  const product = await store.prisma.productModel.create({
    data: { tenantId: tenant.id, model: B_MODEL, name: 'B-Only Fridge', brand: 'B-Brand', category: 'REFRIGERATOR', productLines: ['b-only-line'], replacementPriceMinor: 50_000 },
  });
  // B also sells A's model code, with its own usage tips: A's warranty check of that code shows none of them.
  await store.prisma.productModel.create({
    data: { tenantId: tenant.id, model: A.model, name: 'B-Only Fridge twin', brand: 'B-Brand', category: 'REFRIGERATOR', productLines: ['b-only-line'], usageTips: [{ cause: 'GENERAL', text: { en: 'B-ONLY usage tip.' } }] },
  });
  await store.prisma.warrantyPolicy.create({
    data: {
      tenantId: tenant.id, productLine: 'b-only-line', name: 'B-ONLY Warranty Policy', cities: [], exclusions: [], returnDays: 7, exchangeDays: 15, paidRepairAfterExpiry: true,
      parts: { create: [{ part: 'WHOLE_UNIT', months: 24 }] },
    },
  });
  for (const [serialNumber, purchaseDate] of [[B_SERIAL.covered, '2025-09-01'], [B_SERIAL.expired, '2015-01-10']] as const) {
    await store.prisma.sale.create({
      data: {
        tenantId: tenant.id, serialNumber, productModelId: product.id, purchaseDate: new Date(`${purchaseDate}T00:00:00Z`), country: 'FR', city: 'Lyon',
        servicePeriods: { create: [{ kind: 'REPAIR', startsOn: new Date('2026-01-05T00:00:00Z'), endsOn: new Date('2026-01-09T00:00:00Z') }] },
      },
    });
  }
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));
  for (let n = 1; n <= 6; n += 1) {
    await store.prisma.technician.create({
      data: {
        tenantId: tenant.id, name: n === 1 ? 'Bastien B-Tech' : `Bastien B-Tech ${n}`, badgeNumber: `TENANTB-TECH-${n}`, timeZone: 'Europe/Paris', skills: ['REFRIGERATOR'],
        // B's technicians also serve A's postal code: a leak into A's booking would show.
        postalCodes: [B_POSTAL, A.postalCode], country: 'FR', workingHours: weekdays,
      },
    });
  }
  const workshop = await store.prisma.workshop.create({
    data: {
      tenantId: tenant.id, name: 'B-ONLY Workshop', addressLine1: '1 quai B-Only', postalCode: B_POSTAL, city: 'Lyon', country: 'FR', timeZone: 'Europe/Paris',
      skills: ['REFRIGERATOR'], openingHours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '09:00', end: '18:00' })),
    },
  });

  // Through B's own keys: settings, terms, webhooks, tickets at many stages, jobs, a survey.
  expectType(await gql(sk, SETUP_QUERIES.settings, { input: { trackerUrl: 'https://tenant-b.example/track', followUpDays: 13, repairCostLimitPercent: 37 } }), 'ServiceSettingsUpdated');
  expectType(await gql(sk, SETUP_QUERIES.terms, { input: { hourlyRateMinor: 7777 } }), 'ReinterventionTerms');
  const activeEndpoint = expectType(await gql(sk, SETUP_QUERIES.webhook, { url: `${receiverUrl}/tenant-b` }), 'WebhookEndpointCreated');
  const doomedEndpoint = expectType(await gql(sk, SETUP_QUERIES.webhook, { url: `${receiverUrl}/tenant-b-disabled` }), 'WebhookEndpointCreated');
  // A partner workshop of B's, to which B's rules route every ticket below (all at B_POSTAL), and that partner's key.
  const partner = expectType(
    await gql(sk, SETUP_QUERIES.partner, { input: { name: 'B-ONLY Partner Workshop', contactEmail: 'partner@tenant-b.example', addressLine1: '9 rue B-Partner', postalCode: B_POSTAL, city: 'Lyon', country: 'FR' } }),
    'PartnerWorkshop',
  );
  expectType(await gql(sk, SETUP_QUERIES.routingRules, { rules: [{ category: 'REFRIGERATOR', country: 'FR', postalCodePrefixes: [B_POSTAL.slice(0, 2)], partnerId: partner.id }] }), 'TicketRoutingRulesSet');
  const partnerKey = (await issueKey(store, 'tenant-b', 'secret', { label: 'B partner key', partnerId: partner.id as string })).key;
  // The partner's own technicians, who book B's routed tickets. They also serve A's postal codes and
  // air conditioners (which A's own rules route to A's partner in the Lyon area): a leak would show.
  for (let n = 1; n <= 6; n += 1) {
    await store.prisma.technician.create({
      data: {
        tenantId: tenant.id, partnerId: partner.id as string, name: `Bastien B-Tech partner ${n}`, badgeNumber: `TENANTB-PARTNER-TECH-${n}`, timeZone: 'Europe/Paris',
        skills: ['REFRIGERATOR', 'AIR_CONDITIONER'], postalCodes: [B_POSTAL, A.postalCode], country: 'FR', workingHours: weekdays,
      },
    });
  }

  const freeSlot = async (day: string): Promise<string> => {
    const slots = expectType(await gql(pk, SETUP_QUERIES.slots, { input: { productModel: B_MODEL, postalCode: B_POSTAL, country: 'FR', from: day, days: 1 } }), 'AvailableSlots');
    const slot = (slots.slots as { start: string; remaining: number }[]).find((candidate) => candidate.remaining > 0);
    assert.ok(slot, `B has a free window on ${day}`);
    return slot.start;
  };
  const request = async (overrides: Record<string, unknown>, typename = 'RepairBooked'): Promise<TicketRef> => {
    const answer = expectType(
      await gql(pk, SETUP_QUERIES.requestRepair, { input: { productModel: B_MODEL, fault: 'B-ONLY fault: the fridge hums and leaks.', symptoms: ['NOT_COOLING'], customer: B_CUSTOMER, ...overrides } }),
      typename,
    );
    const { trackingCode, link } = answer.ticket as { trackingCode: string; link: string };
    const { id } = await store.prisma.ticket.findUniqueOrThrow({ where: { trackingCode }, select: { id: true } });
    return { id, code: trackingCode, link };
  };
  const step = async (key: string, field: string, input: Record<string, unknown>, status?: string): Promise<Value> => {
    const inputType = `${field[0]!.toUpperCase()}${field.slice(1)}Input`;
    const answer = expectType(await gql(key, SETUP_QUERIES.step(field, inputType), { input }), 'RepairChanged');
    if (status) assert.equal(answer.ticket.status, status, field);
    return answer;
  };
  const visit = async (serialNumber: string) => request({ serialNumber, slotStart: await freeSlot('2026-04-21') });
  const travelAndArrive = async (ticket: TicketRef) => {
    await step(sk, 'startTravel', { trackingCode: ticket.code, expectedArrivalAt: soon }, 'TECHNICIAN_EN_ROUTE');
    await step(sk, 'arriveOnSite', { trackingCode: ticket.code }, 'ON_SITE');
  };
  const repairOutcome = { outcome: 'REPAIRED', partsUsed: ['FAN_MOTOR'], minutesOnSite: 45, note: 'B-ONLY outcome note: fan motor replaced.' };

  const scheduled = await request({ serialNumber: B_SERIAL.covered, slotStart: await freeSlot('2026-04-22'), idempotencyKey: B_IDEMPOTENCY_KEY });
  const enRoute = await visit(B_SERIAL.covered);
  await step(sk, 'startTravel', { trackingCode: enRoute.code, expectedArrivalAt: soon }, 'TECHNICIAN_EN_ROUTE');
  const onSite = await visit(B_SERIAL.expired);
  await travelAndArrive(onSite);
  const followUp = await visit(B_SERIAL.covered);
  await travelAndArrive(followUp);
  await step(sk, 'recordRepairOutcome', { trackingCode: followUp.code, ...repairOutcome }, 'FOLLOW_UP');
  const closed = await visit(B_SERIAL.covered);
  await travelAndArrive(closed);
  await step(sk, 'recordRepairOutcome', { trackingCode: closed.code, ...repairOutcome }, 'FOLLOW_UP');
  assert.equal(expectType(await gql(pk, SETUP_QUERIES.rate, { input: { access: { trackingCode: closed.code, postalCode: B_POSTAL }, rating: 5, comment: 'B-ONLY comment: perfect.' } }), 'RepairRated').outcome, 'CLOSED');
  const quoted = await request({ serialNumber: B_SERIAL.expired, slotStart: await freeSlot('2026-04-22') });
  const quote = await step(sk, 'sendQuote', { trackingCode: quoted.code, parts: ['COMPRESSOR'], labourMinutes: 60, note: 'B-ONLY quote note' }, 'SCHEDULED');
  const dropOffSlots = expectType(await gql(pk, SETUP_QUERIES.dropOffSlots, { input: { workshopId: workshop.id, from: '2026-04-21', days: 2 } }), 'DropOffSlots');
  const dropOff = await request({ serialNumber: B_SERIAL.covered, workshopId: workshop.id, slotStart: (dropOffSlots.slots as { start: string }[])[0]!.start });
  const unverified = await request({ serialNumber: 'TENANTB-UNSOLD-1', slotStart: await freeSlot('2026-04-22') }, 'NeedsVerification');
  const diagnosed = await request({ serialNumber: 'TENANTB-UNSOLD-2', slotStart: await freeSlot('2026-04-22') }, 'NeedsVerification');
  await step(sk, 'verifyTicket', { trackingCode: diagnosed.code, note: 'B-ONLY verification note' }, 'VERIFIED');
  await step(sk, 'diagnoseTicket', { trackingCode: diagnosed.code, likelyParts: ['COMPRESSOR'], repairLocation: 'HOME', note: 'B-ONLY diagnosis note' }, 'DIAGNOSED');
  expectType(await gql(sk, SETUP_QUERIES.disableWebhook, { id: doomedEndpoint.endpoint.id }), 'WebhookEndpointDisabled');
  const shared = await request({ serialNumber: 'TENANTB-UNSOLD-3', slotStart: await freeSlot('2026-04-22'), customer: { ...B_CUSTOMER, name: 'Shared Tenant-B Customer', email: SHARED_EMAIL } }, 'NeedsVerification');
  const erased = await request({ serialNumber: 'TENANTB-UNSOLD-4', slotStart: await freeSlot('2026-04-22'), customer: { ...B_CUSTOMER, name: 'Yannick Tenant-B', email: ERASED_EMAIL } }, 'NeedsVerification');
  await step(sk, 'cancelTicket', { trackingCode: erased.code, reason: 'Bought a new one.' }, 'CANCELLED');
  expectType(await gql(sk, SETUP_QUERIES.erase, { input: { email: ERASED_EMAIL, reason: 'B-ONLY erasure reason: GDPR request' } }), 'CustomerDataErased');

  const newJob = async () =>
    expectType(
      await gql(sk, SETUP_QUERIES.job, {
        input: {
          customerName: B_CUSTOMER.name, customerEmail: B_CUSTOMER.email, addressLine1: '7 rue B-Only', postalCode: B_POSTAL, city: 'Lyon', country: 'FR',
          designerName: 'B-ONLY Designer', installerName: 'B-ONLY Installer', supplierName: 'B-ONLY Supplier', supplies: ['B-ONLY worktop'], itemsDone: ['B-ONLY worktop fitted'],
          reserves: [{ description: 'B-ONLY reserve: a chipped door', party: 'SUPPLIER', dueOn: '2026-05-15' }],
        },
      }),
      'InstallationJob',
    ) as { reference: string; certificateLink: string };
  const signed = await newJob();
  const awaiting = await newJob();
  expectType(await gql(pk, SETUP_QUERIES.sign, { input: { link: signed.certificateLink, signerName: B_CUSTOMER.name, signatureKind: 'TYPED', signature: B_CUSTOMER.name, place: 'Lyon', onSite: true } }), 'InstallationJob');
  const recorded = expectType(await gql(sk, SETUP_QUERIES.openReintervention, { input: { jobReference: signed.reference, reportedProblem: 'B-ONLY drawer misaligned' } }), 'Reintervention');
  expectType(await gql(sk, SETUP_QUERIES.recordReintervention, { input: { id: recorded.id, cause: 'SUPPLIES', arrivedAt: '2026-04-20T08:00:00Z', departedAt: '2026-04-20T09:30:00Z' } }), 'Reintervention');
  const open = expectType(await gql(sk, SETUP_QUERIES.openReintervention, { input: { jobReference: signed.reference, reportedProblem: 'B-ONLY drawer squeaks' } }), 'Reintervention');
  const survey = expectType(await gql(sk, SETUP_QUERIES.survey, { q: 'B-ONLY survey: pay before the visit?', o: ['B-ONLY yes', 'B-ONLY no'] }), 'Survey');
  expectType(await gql(pk, SETUP_QUERIES.answerSurvey, { id: survey.id }), 'Survey');

  await revokeKey(store, 'tenant-b', revoked.id);
  await store.prisma.apiKey.update({ where: { id: expired.id }, data: { expiresAt: new Date(NOW.getTime() - 60_000) } });
  // B's settings, catalogue and keys were written past the gateway: it hears of them before the cases run.
  await configurationHeard(store);
  const delivery = await store.prisma.webhookDelivery.findFirstOrThrow({ where: { tenantId: tenant.id }, select: { id: true } });
  const tickets = { scheduled, enRoute, onSite, quoted, followUp, closed, dropOff, unverified, diagnosed, shared, erased };
  const auditEntry = await store.prisma.auditEntry.findFirstOrThrow({ where: { tenantId: tenant.id }, select: { id: true } });
  // Every stage asked for is there, as B's own service desk sees it.
  const stages = Object.fromEntries(await Promise.all(B_TICKETS.map(async (name) => [name, (await store.prisma.ticket.findUniqueOrThrow({ where: { id: tickets[name].id } })).status])));
  assert.deepEqual(stages, {
    scheduled: 'SCHEDULED', enRoute: 'TECHNICIAN_EN_ROUTE', onSite: 'ON_SITE', quoted: 'SCHEDULED', followUp: 'FOLLOW_UP', closed: 'CLOSED',
    dropOff: 'SCHEDULED', unverified: 'NEEDS_VERIFICATION', diagnosed: 'DIAGNOSED', shared: 'NEEDS_VERIFICATION', erased: 'CANCELLED',
  });
  return {
    tenantId: tenant.id, pk, sk, revokedKey: revoked.key, expiredKey: expired.key, tickets, quoteId: quote.ticket.quote.id as string, workshopId: workshop.id, laterSlot: await freeSlot('2026-04-23'),
    endpoints: { active: activeEndpoint.endpoint.id as string, disabled: doomedEndpoint.endpoint.id as string, secret: activeEndpoint.secret as string },
    deliveryId: delivery.id,
    jobs: { signed: { reference: signed.reference, link: signed.certificateLink }, awaiting: { reference: awaiting.reference, link: awaiting.certificateLink } },
    reinterventions: { recorded: recorded.id as string, open: open.id as string },
    surveyId: survey.id as string,
    auditEntryId: auditEntry.id,
    partnerId: partner.id as string,
    partnerKey,
  };
}

/** Sends every due webhook (a batch at a time) as the dispatcher would. */
async function deliverWebhooks(store: Store): Promise<void> {
  const now = new Date('2026-04-25T00:00:00Z');
  for (let batch = 0; batch < 50; batch += 1) {
    const report = await deliverDueWebhooks(store, { now });
    if (report.delivered + report.retrying + report.failed === 0) return;
  }
}

// ---------------------------------------------------------------------------------------------
// The suite
// ---------------------------------------------------------------------------------------------

describe('tenant isolation: tenant A reaches nothing of tenant B', () => {
  const received: Received[] = [];
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body });
      response.writeHead(204).end();
    });
  });

  /** What to close after the suite, even when setting up failed half-way. */
  const cleanups: (() => Promise<unknown>)[] = [];

  before(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => receiver.close(resolve)));
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const gateway = await startTestGateway({ now: NOW });
    cleanups.push(() => gateway.close());
    const gql = setupClient(gateway);
    const { store } = gateway;

    // A: a webhook endpoint, a booked ticket with live trackers open on it, a verified ticket.
    const aTenant = await store.prisma.tenant.findFirstOrThrow({ where: { slug: 'demo' }, select: { id: true } });
    const aEndpoint = expectType(await gql(A.sk, SETUP_QUERIES.webhook, { url: `${receiverUrl}/tenant-a` }), 'WebhookEndpointCreated');
    const aBooked = expectType(await gql(A.pk, SETUP_QUERIES.requestRepair, { input: repairRequest() }), 'RepairBooked');
    const aTicket: TicketRef = { id: '', code: aBooked.ticket.trackingCode, link: aBooked.ticket.link };
    const aUnverified = expectType(await gql(A.pk, SETUP_QUERIES.requestRepair, { input: repairRequest({ serialNumber: 'A-UNSOLD-1' }) }), 'NeedsVerification');
    expectType(await gql(A.sk, SETUP_QUERIES.step('verifyTicket', 'VerifyTicketInput'), { input: { trackingCode: aUnverified.ticket.trackingCode, note: 'Checked with the customer.' } }), 'RepairChanged');
    const sharedCustomer = { ...repairRequest().customer as object, name: 'Shared A Customer', email: SHARED_EMAIL };
    expectType(await gql(A.pk, SETUP_QUERIES.requestRepair, { input: repairRequest({ serialNumber: 'A-UNSOLD-2', customer: sharedCustomer }) }), 'NeedsVerification');
    const access = { access: { trackingCode: aTicket.code, postalCode: A.postalCode } };
    const sse = await openSse(gateway, A.pk, SETUP_QUERIES.updates, access);
    const socket = openSocket(gateway, A.pk, SETUP_QUERIES.updates, access);
    cleanups.push(() => sse.close(), () => socket.close());
    await Promise.all([sse.until(1), socket.until(1)]);

    // B changes its tickets many times meanwhile; then A's own change must be heard (the control).
    const b = await setUpTenantB(gateway, gql, receiverUrl);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const heardBeforeControl = [sse.answers.length, socket.answers.length];
    expectType(await gql(A.sk, SETUP_QUERIES.step('startTravel', 'StartTravelInput'), { input: { trackingCode: aTicket.code, expectedArrivalAt: soon } }), 'RepairChanged');
    await Promise.all([sse.until(2), socket.until(2)]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await Promise.all([sse.close(), socket.close()]);
    assert.deepEqual(heardBeforeControl, [1, 1], "A's trackers heard nothing while only B's tickets changed");

    await deliverWebhooks(store);

    // The positive control of the link cases: B's links open with B's key.
    const bOwnLinks = [
      (await gql(b.pk, SETUP_QUERIES.ticketByLink, { link: b.tickets.scheduled.link })).__typename as string,
      (await gql(b.pk, SETUP_QUERIES.certificate, { link: b.jobs.awaiting.link })).__typename as string,
    ];

    // B's partner key, aimed at A's tickets (before B's rows are fingerprinted: using a key marks it used).
    const partnerAsks = (query: string, variables: Record<string, unknown> = {}) => gateway.graphql<Value>(query, variables, { key: b.partnerKey });
    const bPartnerView = {
      listed: ((await partnerAsks(SETUP_QUERIES.deskTickets, { status: 'SCHEDULED' })).body.data?.serviceDeskTickets.edges as Value[]).map((edge) => edge.node.ticket.trackingCode as string),
      aTickets: await Promise.all([aTicket.code, aUnverified.ticket.trackingCode].map(async (code) => (await partnerAsks(SETUP_QUERIES.deskTicket, { code })).body.data?.serviceDeskTicket.__typename as string)),
      settings: String((await partnerAsks(`{ serviceSettings { followUpDays } }`)).body.errors?.[0]?.extensions?.code),
    };

    // A may look up as often as the cases need (its own limits; B's are untouched).
    const limits = await store.prisma.$queryRawUnsafe<{ column_name: string }[]>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'tenants' AND column_name LIKE '%PerMinute'`);
    for (const { column_name: column } of limits) await store.prisma.$executeRawUnsafe(`UPDATE tenants SET "${column}" = 100000 WHERE id = $1`, aTenant.id);
    await configurationHeard(store);

    const bTenant = await store.prisma.tenant.findUniqueOrThrow({ where: { id: b.tenantId }, select: { linkSecret: true } });
    const bSecrets = await store.prisma.webhookEndpoint.findMany({ where: { tenantId: b.tenantId }, select: { secret: true, url: true } });
    const markers = [
      ...B_STRINGS, b.tenantId, bTenant.linkSecret, b.pk, b.sk, b.revokedKey, b.expiredKey, b.partnerKey, ...bSecrets.flatMap((endpoint) => [endpoint.secret, endpoint.url]),
      ...Object.values(b.tickets).flatMap((ticket) => [ticket.code, ticket.link]), b.jobs.signed.reference, b.jobs.signed.link, b.jobs.awaiting.reference, b.jobs.awaiting.link,
      ...(await rowIds(store, b.tenantId)),
    ];
    w = {
      gateway, receiverUrl, received, markers, bOwnLinks, bPartnerView,
      a: { ticket: aTicket, verified: aUnverified.ticket.trackingCode, webhookSecret: aEndpoint.secret },
      b,
      trackerUpdates: { sse: [...sse.answers], ws: [...socket.answers] },
      fingerprint: await fingerprint(store, b.tenantId),
    };
  });

  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('has an isolation case for every root field of the schema', () => {
    const covered = new Set<string>(CASES.map((testCase) => testCase.field));
    const missing = rootFieldNames().filter((field) => !covered.has(field));
    assert.deepEqual(missing, [], `root fields without an isolation case (add a row to CASES): ${missing.join(', ')}`);
    const stale = [...covered].filter((field) => !rootFieldNames().includes(field));
    assert.deepEqual(stale, [], `cases for fields the schema no longer has: ${stale.join(', ')}`);
  });

  it("B's partner key reaches none of A's tickets, and B's own routed to its partner (the control)", () => {
    const { listed, aTickets, settings } = w.bPartnerView;
    assert.ok(listed.includes(w.b.tickets.scheduled.code), 'the control: its own routed ticket is listed');
    assert.ok(!listed.includes(w.a.ticket.code));
    assert.deepEqual(aTickets, ['TicketNotFound', 'TicketNotFound']);
    assert.equal(settings, 'FORBIDDEN');
  });

  it('fingerprints every table of the Prisma schema, and B has rows in each (but the rate-limit windows)', () => {
    const empty = Object.entries(w.fingerprint).filter(([table, { rows }]) => rows === 0 && table !== 'rate_limit_windows').map(([table]) => table);
    assert.deepEqual(empty, [], `tables where B has no row, so the suite proves nothing about them: ${empty.join(', ')}`);
  });

  it("A's live trackers heard only A's ticket while B's tickets changed", () => {
    for (const [transport, answers] of Object.entries(w.trackerUpdates)) {
      const statuses = answers.map((answer) => (answer.data?.ticketUpdates as Value | undefined)?.status);
      assert.deepEqual(statuses, ['SCHEDULED', 'TECHNICIAN_EN_ROUTE'], transport);
      assert.deepEqual(leakedMarkers(answers, ''), [], transport);
    }
  });

  it("A's webhook endpoint received A's events only, signed with A's secret; B's endpoint received B's", () => {
    const to = (path: string) => w.received.filter((delivery) => delivery.path === path);
    const aCodes = new Set(to('/tenant-a').map((delivery) => (JSON.parse(delivery.body) as { data: { trackingCode: string } }).data.trackingCode));
    assert.ok(aCodes.has(w.a.ticket.code), "A's own events arrived (the control)");
    assert.deepEqual(leakedMarkers(to('/tenant-a'), ''), []);
    const signedWith = (secret: string, delivery: Received) => verifyWebhookSignature(secret, delivery.headers['sav-signature'] as string, delivery.body, { now: new Date('2026-04-25T00:00:00Z') });
    assert.ok(to('/tenant-a').every((delivery) => signedWith(w.a.webhookSecret, delivery) && !signedWith(w.b.endpoints.secret, delivery)));
    assert.ok(to('/tenant-b').every((delivery) => signedWith(w.b.endpoints.secret, delivery) && !signedWith(w.a.webhookSecret, delivery)));
    const bCodes = new Set(to('/tenant-b').map((delivery) => (JSON.parse(delivery.body) as { data: { trackingCode: string } }).data.trackingCode));
    assert.ok(bCodes.has(w.b.tickets.closed.code) && !bCodes.has(w.a.ticket.code), "B's endpoint heard B's tickets, not A's");
    assert.equal(to('/tenant-b-disabled').length, 0, 'a disabled endpoint receives nothing');
    assert.deepEqual(w.bOwnLinks, ['Ticket', 'InstallationJob'], "B's links open with B's key");
  });

  describe("every root field, with A's publishable and secret keys, aimed at B's objects", () => {
    for (const testCase of CASES) {
      it(`${testCase.field}: ${testCase.what}`, async () => {
        const { kind, name, document, variables } = operationFor(testCase);
        assert.deepEqual(validate(schema, parse(document)), [], document);
        const request = document + JSON.stringify(variables);
        const mayEcho = testCase.echoesEarlierRequests ? request + sentByA.join('') : request;
        sentByA.push(request);
        for (const key of [A.pk, A.sk]) {
          const answers: Answer[] = kind === 'Subscription'
            ? await subscribeBoth(key, document, variables)
            : [{ transport: 'POST /graphql', body: (await w.gateway.graphql<Value>(document, variables, { key })).body as FormattedExecutionResult }];
          for (const answer of answers) {
            const where = `${key} over ${answer.transport}: ${JSON.stringify(answer.body).slice(0, 600)}`;
            const expected = testCase.keys === 'desk' && key === A.pk ? ['FORBIDDEN'] : testCase.expect;
            assert.ok(expected.includes(outcomeOf(answer.body, name)), `expected ${expected.join(' or ')}; ${where}`);
            assert.deepEqual(leakedMarkers(answer.body, mayEcho), [], `B's data in the answer; ${where}`);
            if (answer.ended !== undefined) assert.equal(answer.ended, true, `the stream ends after its refusal; ${where}`);
            if (expected === testCase.expect) testCase.check?.(answer.body.data?.[name] as Value);
          }
        }
      });
    }
  });

  it("leaves every row of B's unchanged", async () => {
    const now = await fingerprint(w.gateway.store, w.b.tenantId);
    const changed = Object.keys({ ...w.fingerprint, ...now }).filter((table) => JSON.stringify(w.fingerprint[table]) !== JSON.stringify(now[table]));
    assert.deepEqual(changed, [], `B's rows changed in: ${changed.join(', ')}`);
  });

  it("queued no webhook about B for anyone: A's endpoints hear nothing of B, B's hear nothing new", async () => {
    const before = w.received.length;
    await deliverWebhooks(w.gateway.store);
    const fresh = w.received.slice(before);
    assert.ok(fresh.every((delivery) => delivery.path.startsWith('/tenant-a')), JSON.stringify(fresh.map((delivery) => delivery.path)));
    assert.deepEqual(leakedMarkers(w.received.filter((delivery) => delivery.path.startsWith('/tenant-a')), ''), []);
  });

  it("B's keys are B's: they reach none of A's tickets, endpoints or links", async () => {
    const { pk, sk } = w.b;
    const gateway = w.gateway;
    assert.equal((await gateway.graphql<Value>(SETUP_QUERIES.ticket, { c: w.a.ticket.code, p: A.postalCode }, { key: pk })).body.data?.ticket.__typename, 'TicketNotFound');
    assert.equal((await gateway.graphql<Value>(SETUP_QUERIES.ticketByLink, { link: w.a.ticket.link }, { key: pk })).body.data?.ticketByLink.__typename, 'TicketNotFound');
    const desk = await gateway.graphql<Value>(SETUP_QUERIES.deskTickets, { status: 'TECHNICIAN_EN_ROUTE' }, { key: sk });
    assert.deepEqual(desk.body.data?.serviceDeskTickets.edges.map((edge: Value) => edge.node.ticket.trackingCode), [w.b.tickets.enRoute.code]);
    const endpoints = await gateway.graphql<Value>(SETUP_QUERIES.endpoints, {}, { key: sk });
    assert.ok(endpoints.body.data?.webhookEndpoints.every((endpoint: Value) => endpoint.url.includes('/tenant-b')), JSON.stringify(endpoints.body));
    const travel = await gateway.graphql<Value>(SETUP_QUERIES.step('startTravel', 'StartTravelInput'), { input: { trackingCode: w.a.verified, expectedArrivalAt: soon } }, { key: sk });
    assert.equal(travel.body.data?.startTravel.__typename, 'TicketNotFound');
  });

  it('refuses a revoked key, and an expired one, on POST /graphql, the SSE stream and the WebSocket', async () => {
    for (const key of [w.b.revokedKey, w.b.expiredKey]) {
      const refused = await w.gateway.graphql(SETUP_QUERIES.ticket, { c: w.b.tickets.scheduled.code, p: B_POSTAL }, { key });
      assert.equal(refused.status, 401);
      assert.equal(refused.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
      assert.equal(refused.body.data, undefined);
      const variables = { access: { trackingCode: w.b.tickets.scheduled.code, postalCode: B_POSTAL } };
      const sse = await openSse(w.gateway, key, SETUP_QUERIES.updates, variables);
      await sse.close();
      assert.deepEqual([sse.status, sse.answers.length], [401, 0]);
      const socket = openSocket(w.gateway, key, SETUP_QUERIES.updates, variables);
      await socket.until(1);
      await socket.close();
      assert.deepEqual([socket.answers.length, (socket.error as { code?: number } | undefined)?.code], [0, 4403]);
    }
  });
});
