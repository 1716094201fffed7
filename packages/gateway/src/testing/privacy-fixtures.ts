/** A customer with a footprint in every table that holds personal data, for the privacy tests. */
import { REQUEST_REPAIR, type RepairAnswer, repairRequest } from './booking-fixtures.js';
import type { TestGateway } from './gateway-harness.js';

/** Values found nowhere else in the demo data, so that a test can search the whole store and the logs for them. */
export const ZOE = {
  name: 'Zoé Kowalczyk-Ferreira',
  email: 'Zoe.Kowalczyk@example.org',
  phone: '06 98 76 54 32',
  phoneE164: '+33698765432',
  street: '27 passage Brulon',
  city: 'Paris',
  postalCode: '75012',
  serial: 'SN-QXZ-998177',
  fault: 'Le congélateur fait un bruit de ferraille depuis mardi.',
  cancellation: 'Mon voisin Anatole a réparé le joint.',
  ratingComment: 'Merci à Anatole, très aimable.',
  quoteAnswer: 'Trop cher pour mon budget de retraitée.',
  signature: 'M5 5 L77 31 C12 44 98 12 61 23',
  signedPlace: 'Vincennes-sur-Brulon',
  reportedProblem: 'La porte du four frotte contre le plan de travail de Zoé.',
  surveyAddress: 'zoe.kowalczyk@example.org',
} as const;

/** What a test should find gone after an erasure (the serial stays: it names the appliance). */
export const ZOE_PERSONAL_VALUES = [
  ZOE.name, ZOE.email.toLowerCase(), ZOE.phoneE164, ZOE.street, ZOE.fault, ZOE.cancellation, ZOE.ratingComment, ZOE.quoteAnswer, ZOE.signature, ZOE.signedPlace, ZOE.reportedProblem,
];

export const ZOE_CUSTOMER = {
  name: ZOE.name,
  email: ZOE.email,
  phone: ZOE.phone,
  address: { line1: ZOE.street, postalCode: ZOE.postalCode, city: ZOE.city, country: 'FR' },
};

const CANCEL_TICKET = `mutation($input: CancelTicketInput!) { cancelTicket(input: $input) { __typename ... on Error { code } } }`;
const CREATE_JOB = `mutation($input: CreateInstallationJobInput!) { createInstallationJob(input: $input) { __typename ... on InstallationJob { reference certificateLink } ... on Error { code } } }`;
const SIGN = `mutation($input: SignCompletionCertificateInput!) { signCompletionCertificate(input: $input) { __typename ... on Error { code } } }`;
const OPEN_REINTERVENTION = `mutation($input: OpenReinterventionInput!) { openReintervention(input: $input) { __typename ... on Error { code } } }`;
const CREATE_SURVEY = `mutation($q: String!, $o: [String!]!) { createSurvey(question: $q, options: $o) { __typename ... on Survey { id } } }`;
const ANSWER_SURVEY = `mutation($id: ID!, $email: String!) { answerSurvey(surveyId: $id, email: $email, role: INSTALLER, option: 1) { __typename ... on Error { code } } }`;

function expect(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`privacy fixture: ${what}`);
}

export interface Footprint {
  /** The ticket cancelled with the customer's words, then the one still open. */
  readonly trackingCodes: readonly [string, string];
  readonly jobReference: string;
  readonly surveyId: string;
}

/**
 * Books two repairs for Zoé (the second under her address in another case), cancels the first
 * with her words, gives the second a rating comment and a quote she answered, records a kitchen
 * installation she signed and a problem she reported, and her answer to a survey.
 */
export async function leaveZoesFootprint(gateway: TestGateway): Promise<Footprint> {
  const booked: string[] = [];
  for (const [slotStart, email] of [['2026-04-21T06:00:00.000Z', ZOE.email], ['2026-04-21T08:00:00.000Z', ZOE.email.toUpperCase()]] as const) {
    const response = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, {
      input: repairRequest({ customer: { ...ZOE_CUSTOMER, email }, serialNumber: ZOE.serial, fault: ZOE.fault, slotStart }),
    });
    const answer = response.body.data?.requestRepair;
    const code = answer?.ticket?.trackingCode ?? answer?.trackingCode;
    expect(code, `booking refused: ${JSON.stringify(response.body)}`);
    booked.push(code);
  }
  const [cancelled, open] = booked as [string, string];
  const cancel = await gateway.graphql<{ cancelTicket: { __typename: string } }>(CANCEL_TICKET, { input: { trackingCode: cancelled, reason: ZOE.cancellation } }, { key: 'sk_demo' });
  expect(cancel.body.data?.cancelTicket.__typename === 'RepairChanged', `cancel: ${JSON.stringify(cancel.body)}`);
  // A rating and an answered quote, written as the lifecycle would (reaching them through it takes a whole repair).
  const { prisma } = gateway.store;
  const ticket = await prisma.ticket.findUniqueOrThrow({ where: { trackingCode: open }, select: { id: true, tenantId: true } });
  await prisma.ticketRating.create({ data: { ticketId: ticket.id, score: 2, comment: ZOE.ratingComment, at: new Date('2026-04-22T10:00:00Z') } });
  await prisma.quote.create({
    data: { tenantId: ticket.tenantId, ticketId: ticket.id, status: 'DECLINED', currency: 'EUR', lines: [{ label: 'Compressor', amountMinor: 18000 }], totalMinor: 18000, advice: 'REPAIR', createdAt: new Date('2026-04-21T09:00:00Z'), answeredAt: new Date('2026-04-21T10:00:00Z'), answerNote: ZOE.quoteAnswer },
  });
  await prisma.ticketEvent.create({
    data: { tenantId: ticket.tenantId, ticketId: ticket.id, kind: 'QUOTE_DECLINED', fromStatus: 'SCHEDULED', toStatus: 'SCHEDULED', actor: 'CUSTOMER', reason: ZOE.quoteAnswer, at: new Date('2026-04-21T10:00:00Z') },
  });

  const job = await gateway.graphql<{ createInstallationJob: { reference: string; certificateLink: string } }>(CREATE_JOB, {
    input: {
      customerName: ZOE.name, customerEmail: ZOE.email, addressLine1: ZOE.street, postalCode: ZOE.postalCode, city: ZOE.city, country: 'FR',
      designerName: 'Cuisines Lumière', installerName: 'Karim Benali', supplies: ['Oak units'], itemsDone: ['Units fitted'], reserves: [],
    },
  }, { key: 'sk_demo' });
  const { reference, certificateLink } = job.body.data?.createInstallationJob ?? {};
  expect(reference && certificateLink, `job: ${JSON.stringify(job.body)}`);
  const signed = await gateway.graphql<{ signCompletionCertificate: { __typename: string } }>(SIGN, {
    input: { link: certificateLink, signerName: ZOE.name, signatureKind: 'DRAWN', signature: ZOE.signature, place: ZOE.signedPlace, onSite: true },
  });
  expect(signed.body.data?.signCompletionCertificate.__typename === 'InstallationJob', `sign: ${JSON.stringify(signed.body)}`);
  const reported = await gateway.graphql<{ openReintervention: { __typename: string } }>(OPEN_REINTERVENTION, { input: { jobReference: reference, reportedProblem: ZOE.reportedProblem } }, { key: 'sk_demo' });
  expect(reported.body.data?.openReintervention.__typename === 'Reintervention', `reintervention: ${JSON.stringify(reported.body)}`);

  const survey = await gateway.graphql<{ createSurvey: { id: string } }>(CREATE_SURVEY, { q: 'Should a reintervention under an hour be free?', o: ['Yes', 'No'] }, { key: 'sk_demo' });
  const surveyId = survey.body.data?.createSurvey.id;
  expect(surveyId, `survey: ${JSON.stringify(survey.body)}`);
  const answered = await gateway.graphql<{ answerSurvey: { __typename: string } }>(ANSWER_SURVEY, { id: surveyId, email: ZOE.surveyAddress });
  expect(answered.body.data?.answerSurvey.__typename === 'Survey', `answer: ${JSON.stringify(answered.body)}`);
  return { trackingCodes: [cancelled, open], jobReference: reference, surveyId };
}

/** Every row of every table of the store, as JSON text: what a search for leftover personal data reads. */
export async function everyStoredRow(gateway: TestGateway): Promise<string> {
  const { prisma } = gateway.store;
  const tables = await prisma.$queryRawUnsafe<{ tablename: string }[]>(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`);
  const rows: string[] = [];
  for (const { tablename } of tables) {
    const found = await prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${tablename}" t`);
    rows.push(...found.map((entry) => `${tablename}: ${entry.row}`));
  }
  return rows.join('\n');
}
