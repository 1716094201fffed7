/** The schema fuzzer's seeding: real tracking codes, links, ids and slots, made through the API itself. */
import { type KnownValues, TEXTS } from './values.js';
import { type FuzzTarget } from './requests.js';

type GraphQLSend = (query: string, variables: Record<string, unknown>, key: 'pk_demo' | 'sk_demo') => Promise<Record<string, unknown> | undefined>;

/** Sends a fixture's request; a top-level error means the fixture itself is wrong (or the API changed), and stops the run. */
function sender(target: FuzzTarget): GraphQLSend {
  return async (query, variables, key) => {
    const response = await fetch(`${target.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`seedFuzzFixtures: ${query.slice(0, 80)}… answered ${response.status} ${JSON.stringify(body.errors)}`);
    return body.data ?? undefined;
  };
}

const PARIS_CUSTOMER = { name: 'Camille Dupont', email: 'camille.dupont@example.fr', phone: '06 12 34 56 78', address: { line1: '12 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR' } };
const BOOKING_ANSWER = `__typename ... on RepairBooked { ticket { trackingCode link } } ... on NeedsVerification { ticket { trackingCode link } }`;
const STEP_ANSWER = `__typename ... on RepairChanged { ticket { trackingCode link quote { id } } }`;

/**
 * Makes, through the API, what valid-shaped requests refer to: tickets in several states (booked,
 * kept for verification, quoted, repaired, dropped off, cancelled), installation jobs (one signed),
 * a reintervention, a survey, a webhook endpoint; and reads the slots, workshops and symptoms.
 * Every step is best effort: what fails is simply not in the pools.
 */
export async function seedFuzzFixtures(target: FuzzTarget): Promise<KnownValues> {
  const send = sender(target);
  const at = <T>(value: unknown, ...path: (string | number)[]): T | undefined => {
    let current: unknown = value;
    for (const step of path) current = current && typeof current === 'object' ? (current as Record<string | number, unknown>)[step] : undefined;
    return current as T | undefined;
  };
  const trackingCodes: string[] = [];
  const ticketPostalCodes: string[] = [];
  const ticketLinks: string[] = [];
  const quoteIds: string[] = [];
  const slotStarts: string[] = [];
  const remember = (ticket: unknown, postalCode = '75011') => {
    const code = at<string>(ticket, 'trackingCode');
    if (!code) return undefined;
    trackingCodes.push(code);
    ticketPostalCodes.push(postalCode);
    const link = at<string>(ticket, 'link');
    if (link) ticketLinks.push(link);
    return code;
  };

  const slots = await send(`query($input: AvailableSlotsInput!) { availableSlots(input: $input) { ... on AvailableSlots { slots { start remaining } } } }`,
    { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: '2026-04-21', days: 7 } }, 'pk_demo');
  for (const slot of at<{ start: string }[]>(slots, 'availableSlots', 'slots') ?? []) slotStarts.push(slot.start);

  const workshops = await send(`query { workshops(country: "FR", productModel: "HRF-DEMO-1") { ... on Workshops { workshops { id } } } }`, {}, 'pk_demo');
  const workshopIds = (at<{ id: string }[]>(workshops, 'workshops', 'workshops') ?? []).map((workshop) => workshop.id);
  const dropOffStarts: string[] = [];
  if (workshopIds[0]) {
    const dropOff = await send(`query($input: DropOffSlotsInput!) { dropOffSlots(input: $input) { ... on DropOffSlots { slots { start } } } }`, { input: { workshopId: workshopIds[0], from: '2026-04-21', days: 3 } }, 'pk_demo');
    for (const slot of at<{ start: string }[]>(dropOff, 'dropOffSlots', 'slots') ?? []) dropOffStarts.push(slot.start);
  }

  const options = await send(`query { repairOptions(productModel: "HRF-DEMO-1") { ... on RepairOptions { symptoms { code } } } }`, {}, 'pk_demo');
  const symptoms = (at<{ code: string }[]>(options, 'repairOptions', 'symptoms') ?? []).map((symptom) => symptom.code);

  const request = `mutation($input: RequestRepairInput!) { requestRepair(input: $input) { ${BOOKING_ANSWER} } }`;
  const book = async (slot: string | undefined, extra: Record<string, unknown> = {}) => {
    if (!slot) return undefined;
    const answer = await send(request, { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20', fault: TEXTS[0], customer: PARIS_CUSTOMER, slotStart: slot, ...extra } }, 'pk_demo');
    return at(answer, 'requestRepair', 'ticket');
  };
  const step = (name: string, inputType: string) => `mutation($input: ${inputType}!) { ${name}(input: $input) { ${STEP_ANSWER} } }`;
  const desk = async (name: string, inputType: string, input: Record<string, unknown>) => at(await send(step(name, inputType), { input }, 'sk_demo'), name, 'ticket');

  // Booked, and left so.
  remember(await book(slotStarts[0], { serialNumber: 'HRF1-2024-0001' }));
  // Kept for verification: the serial number belongs to another model.
  remember(await book(slotStarts[0], { serialNumber: 'HAC-FF-0001' }));
  // Booked, technician on site, quoted outside the legal guarantee.
  const quoted = remember(await book(slotStarts[1]));
  if (quoted) {
    await desk('startTravel', 'StartTravelInput', { trackingCode: quoted, expectedArrivalAt: '2026-04-21T06:30:00Z' });
    await desk('arriveOnSite', 'ArriveOnSiteInput', { trackingCode: quoted });
    const ticket = await desk('sendQuote', 'SendQuoteInput', { trackingCode: quoted, parts: ['FAN_MOTOR'], labourMinutes: 60, outsideLegalGuarantee: 'Fan blade broken by a fallen shelf.' });
    const quoteId = at<string>(ticket, 'quote', 'id');
    if (quoteId) quoteIds.push(quoteId);
  }
  // Repaired: the customer can rate it.
  const repaired = remember(await book(slotStarts[2]));
  if (repaired) {
    await desk('arriveOnSite', 'ArriveOnSiteInput', { trackingCode: repaired });
    await desk('recordRepairOutcome', 'RecordRepairOutcomeInput', { trackingCode: repaired, outcome: 'REPAIRED', partsUsed: ['FAN_MOTOR'], minutesOnSite: 45, note: TEXTS[2] });
  }
  // Dropped off at the workshop.
  if (workshopIds[0]) remember(await book(dropOffStarts[0], { workshopId: workshopIds[0] }));
  // Cancelled.
  const cancelled = remember(await book(slotStarts[3]));
  if (cancelled) await desk('cancelTicket', 'CancelTicketInput', { trackingCode: cancelled, reason: 'Duplicate request.' });

  const job = `mutation($input: CreateInstallationJobInput!) { createInstallationJob(input: $input) { ... on InstallationJob { reference certificateLink } } }`;
  const jobInput = {
    customerName: 'Camille Dupont', customerEmail: 'camille@example.fr', addressLine1: '12 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR',
    designerName: 'Cuisines Lumière', installerName: 'Karim Benali', supplierName: 'Meubles Durand', supplies: ['Oak units'], itemsDone: ['Units fitted'],
    reserves: [{ description: 'Replace the scratched oven door', party: 'SUPPLIER', dueOn: '2026-05-15' }],
  };
  const jobReferences: string[] = [];
  const certificateLinks: string[] = [];
  for (let index = 0; index < 2; index += 1) {
    const created = at<{ reference: string; certificateLink: string }>(await send(job, { input: jobInput }, 'sk_demo'), 'createInstallationJob');
    if (created?.reference) jobReferences.push(created.reference);
    if (created?.certificateLink) certificateLinks.push(created.certificateLink);
  }
  if (certificateLinks[0]) {
    await send(`mutation($input: SignCompletionCertificateInput!) { signCompletionCertificate(input: $input) { __typename } }`,
      { input: { link: certificateLinks[0], signerName: 'Camille Dupont', signatureKind: 'TYPED', signature: 'Camille Dupont', place: 'Paris', onSite: true } }, 'pk_demo');
  }
  const reinterventionIds: string[] = [];
  if (jobReferences[0]) {
    const opened = await send(`mutation($input: OpenReinterventionInput!) { openReintervention(input: $input) { ... on Reintervention { id } } }`, { input: { jobReference: jobReferences[0], reportedProblem: 'A drawer front is warped.' } }, 'sk_demo');
    const id = at<string>(opened, 'openReintervention', 'id');
    if (id) reinterventionIds.push(id);
  }
  const survey = await send(`mutation { createSurvey(question: "Should a reintervention be paid before the visit?", options: ["Yes", "No"]) { ... on Survey { id } } }`, {}, 'sk_demo');
  const surveyIds = [at<string>(survey, 'createSurvey', 'id')].filter((id): id is string => Boolean(id));
  const endpoint = await send(`mutation { createWebhookEndpoint(input: { url: "https://hooks.example.com/sav" }) { ... on WebhookEndpointCreated { endpoint { id } } } }`, {}, 'sk_demo');
  const webhookEndpointIds = [at<string>(endpoint, 'createWebhookEndpoint', 'endpoint', 'id')].filter((id): id is string => Boolean(id));
  const page = await send(`query { serviceDeskTickets(first: 1, status: SCHEDULED) { pageInfo { endCursor } } }`, {}, 'sk_demo');
  const cursors = [at<string>(page, 'serviceDeskTickets', 'pageInfo', 'endCursor')].filter((cursor): cursor is string => Boolean(cursor));

  const known: KnownValues = {
    trackingCodes, ticketPostalCodes, ticketLinks, certificateLinks, jobReferences, quoteIds, surveyIds, webhookEndpointIds, reinterventionIds, workshopIds,
    slotStarts: [...slotStarts, ...dropOffStarts], symptoms, cursors,
  };
  // Pools left empty would quietly turn valid-shaped requests into ones that find nothing.
  const empty = Object.entries(known).filter(([, pool]) => (pool as readonly string[]).length === 0).map(([name]) => name);
  if (empty.length > 0) throw new Error(`seedFuzzFixtures: nothing seeded for ${empty.join(', ')}: a fixture step was refused; see the gateway's answers.`);
  return known;
}

