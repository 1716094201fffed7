// Against a REAL running gateway: `SAV_TEST_API=http://127.0.0.1:4000/graphql pnpm test`.
// Without SAV_TEST_API (injected as window.__SAV_TEST_API__ by web-test-runner.config.mjs) it skips.
// Each test books its own ticket with the demo keys and moves it through the service process with
// the back-office mutations (secret key sk_demo), as the service desk and the technician would.
import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addDays, formatIsoDate, parseCalendarDate } from '../../internal/format.js';
import { control, fillIn, focused, part, parts, plain, restoreFetch } from '../../internal/testing.js';
import { todayInZone } from '../../internal/zoned-time.js';
import './ticket-tracker.js';
import type { SavTicketTracker } from './ticket-tracker.js';
import { atState, tabTo, textOf } from './ticket-tracker.fixtures.js';

const gatewayUrl = window.__SAV_TEST_API__ ?? '';
/** The browser's own fetch, whatever a test stubs. */
const realFetch = window.fetch.bind(window);
const POSTAL_CODE = '75011';

/** Runs an operation on the gateway; throws on a transport or GraphQL error. */
async function api<T = Record<string, { __typename: string; code?: string; message?: string }>>(query: string, variables: Record<string, unknown> = {}, key = 'sk_demo'): Promise<T> {
  const response = await realFetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!response.ok || body.errors || !body.data) throw new Error(`${response.status} ${JSON.stringify(body)}`);
  return body.data;
}

/** Runs a back-office step on a ticket and checks the gateway took it. */
async function step(mutation: string, input: Record<string, unknown>): Promise<void> {
  const data = await api(`mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { __typename ... on Error { code message } } }`, { input });
  const answer = data[mutation]!;
  expect(answer.__typename, `${mutation}: ${answer.code ?? ''} ${answer.message ?? ''}`).to.equal('RepairChanged');
}

/**
 * Books the demo fridge at 75011 in the first window open: bought three months ago (the warranty
 * pays) or in 2020 (it does not: work needs an accepted quote). Returns the tracking code.
 */
async function bookTicket(covered: boolean): Promise<string> {
  const from = todayInZone('Europe/Paris');
  const slots = await api<{ availableSlots: { slots: { start: string; remaining: number }[] } }>(
    'query($input: AvailableSlotsInput!) { availableSlots(input: $input) { ... on AvailableSlots { slots { start remaining } } } }',
    { input: { productModel: 'HRF-DEMO-1', postalCode: POSTAL_CODE, country: 'FR', from, days: 14 } },
    'pk_demo',
  );
  const slot = slots.availableSlots.slots.find((candidate) => candidate.remaining > 0);
  expect(slot, 'the demo technicians offer a window within 14 days').to.exist;
  const purchaseDate = covered ? formatIsoDate(addDays(parseCalendarDate(from)!, -90)) : '2020-01-15';
  const booked = await api<{ requestRepair: { __typename: string; ticket?: { trackingCode: string } } }>(
    'mutation($input: RequestRepairInput!) { requestRepair(input: $input) { __typename ... on RepairBooked { ticket { trackingCode } } } }',
    {
      input: {
        productModel: 'HRF-DEMO-1',
        purchaseDate,
        fault: 'It no longer cools, the light is on.',
        symptoms: ['NOT_COOLING'],
        slotStart: slot!.start,
        idempotencyKey: `tracker-test-${crypto.randomUUID()}`,
        customer: { name: 'Ada Martin', email: 'ada@example.com', phone: '06 12 34 56 78', address: { line1: '1 rue de la Roquette', postalCode: POSTAL_CODE, city: 'Paris', country: 'FR' } },
      },
    },
    'pk_demo',
  );
  expect(booked.requestRepair.__typename).to.equal('RepairBooked');
  return booked.requestRepair.ticket!.trackingCode;
}

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

async function trackerOf(trackingCode: string, options: { lang?: string; pollInterval?: number } = {}): Promise<SavTicketTracker> {
  const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker
    lang=${options.lang ?? 'en'}
    api=${gatewayUrl}
    publishable-key="pk_demo"
    tracking-code=${trackingCode}
    postal-code=${POSTAL_CODE}
    poll-interval=${options.pollInterval ?? 30}
  ></sav-ticket-tracker>`);
  await waitUntil(() => element.getAttribute('state') === 'tracking' || part(element, 'error') || part(element, 'not-found'), 'no answer', { timeout: 10_000 });
  expect(element.getAttribute('state'), plain(part(element, 'error')?.textContent ?? part(element, 'not-found')?.textContent)).to.equal('tracking');
  await elementUpdated(element);
  return element;
}

/** Refuses the live stream (as a proxy that blocks event streams would), letting every other request through. */
function blockStream(): void {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    String(input instanceof Request ? input.url : input).endsWith('/stream') ? Promise.resolve(new Response('Not found', { status: 404 })) : realFetch(input, init);
}

describe('<sav-ticket-tracker> against a running gateway', function () {
  this.timeout(30_000);

  before(function () {
    if (!gatewayUrl) this.skip();
  });
  afterEach(() => {
    window.fetch = realFetch;
    restoreFetch();
  });

  it('a wrong postal code finds nothing and says only that no ticket matches both', async () => {
    const trackingCode = await bookTicket(true);
    const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker lang="en" api=${gatewayUrl} publishable-key="pk_demo"></sav-ticket-tracker>`);
    fillIn(control(element, 'tracking-code'), trackingCode);
    fillIn(control(element, 'postal-code'), '75012');
    const failed = oneEvent(element, 'sav-ticket-action-failed');
    (part(element, 'submit-button') as HTMLButtonElement).click();
    expect((await failed).detail).to.deep.equal({ action: 'lookup', code: 'TICKET_NOT_FOUND' });
    await elementUpdated(element);
    expect(textOf(element, 'not-found')).to.equal('No repair matches this tracking code and postal code. Check both on your confirmation.');
    expect(part(element, 'ticket')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows the timeline, the next step, and the technician’s card with the verification code', async () => {
    const trackingCode = await bookTicket(true);
    await step('startTravel', { trackingCode, expectedArrivalAt: inAnHour() });
    await step('reportDelay', { trackingCode, expectedArrivalAt: new Date(Date.now() + 2 * 3_600_000).toISOString(), reason: 'Traffic jam on the ring road' });
    const { ticket } = await api<{ ticket: { visit: { technician: { name: string }; verificationCode: string } } }>(
      'query($code: String!, $postal: String!) { ticket(trackingCode: $code, postalCode: $postal) { ... on Ticket { visit { verificationCode technician { name } } } } }',
      { code: trackingCode, postal: POSTAL_CODE },
      'pk_demo',
    );
    const element = await trackerOf(trackingCode);
    expect(textOf(element, 'heading')).to.equal(`Repair ${trackingCode}`);
    expect(textOf(element, 'status')).to.equal('The technician is on the way');
    expect(textOf(element, 'next-step-text')).to.equal('The technician arrives soon.');
    expect(textOf(element, 'next-step-actor')).to.equal('Who acts: The technician');
    expect(textOf(element, 'technician-name')).to.equal(ticket.visit.technician.name);
    expect(textOf(element, 'technician-badge')).to.match(/^Badge number \S+$/);
    expect(textOf(element, 'verification-code').replace(' ', '')).to.equal(ticket.visit.verificationCode);
    expect(textOf(element, 'delay')).to.equal('Running late: Traffic jam on the ring road');
    // Usage advice for the model, ranked from the demo tenant's repairs of HRF-DEMO-1.
    const tips = parts(element, 'usage-tip');
    expect(tips.length).to.be.within(1, 3);
    expect(tips[0]!.dataset.reason).to.equal('FREQUENT_FAILURE');
    expect(textOf(element, 'usage-advice-intro')).to.equal('A few tips for your HRF-DEMO-1.');
    expect(parts(element, 'timeline-event').map((event) => plain(event.querySelector('.event-title')!.textContent))).to.deep.equal([
      'Request received',
      'The technician is on the way',
      'The technician reported a delay',
    ]);
    expect(textOf(element, 'timeline')).to.contain('Traffic jam on the ring road');
    expect(plain(parts(element, 'timeline-meta')[1]!.textContent), 'the technician by name').to.contain(`The technician · ${ticket.visit.technician.name}`);
    expect((part(element, 'calendar-link') as HTMLAnchorElement).href).to.match(/^blob:/);
    await expect(element).to.be.accessible();
  });

  it('changes live, over the event stream, when the ticket changes', async () => {
    const trackingCode = await bookTicket(true);
    const element = await trackerOf(trackingCode);
    expect(textOf(element, 'status')).to.equal('Appointment booked');
    await waitUntil(() => element.getAttribute('live') === 'stream', 'the live stream did not open', { timeout: 10_000 });
    const updated = oneEvent(element, 'sav-ticket-updated');
    await step('startTravel', { trackingCode, expectedArrivalAt: inAnHour() });
    expect((await updated).detail).to.deep.equal({ trackingCode, status: 'TECHNICIAN_EN_ROUTE', previousStatus: 'SCHEDULED' });
    await elementUpdated(element);
    expect(textOf(element, 'status')).to.equal('The technician is on the way');
    expect(element.getAttribute('live'), 'still live, no polling').to.equal('stream');
    expect(plain(element.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent)).to.equal('Your repair: The technician is on the way.');
  });

  it('falls back to polling when the stream is blocked', async () => {
    const trackingCode = await bookTicket(true);
    blockStream();
    const element = await trackerOf(trackingCode, { pollInterval: 5 });
    await waitUntil(() => element.getAttribute('live') === 'polling', 'not polling', { timeout: 10_000 });
    await step('arriveOnSite', { trackingCode });
    await waitUntil(() => textOf(element, 'status') === 'The technician is with you', 'the change never showed', { timeout: 12_000 });
  });

  it('accepts a quote with the keyboard only', async () => {
    const trackingCode = await bookTicket(false);
    await step('sendQuote', { trackingCode, parts: ['FAN_MOTOR'], labourMinutes: 60, note: 'The fan motor is worn.' });
    const element = await trackerOf(trackingCode);
    expect(textOf(element, 'next-step-text')).to.equal('Accept or decline the quote.');
    expect(textOf(element, 'quote-lines')).to.contain('Part: Fan motor');
    expect(textOf(element, 'advice-text')).to.match(/^We advise (repairing|replacing) it\. .+/);
    await expect(element).to.be.accessible();
    await tabTo(element, () => part(element, 'accept-button'));
    const answered = oneEvent(element, 'sav-quote-answered');
    await sendKeys({ press: 'Enter' });
    expect((await answered).detail).to.deep.include({ trackingCode, accepted: true });
    await waitUntil(() => part(element, 'quote-answer'), 'no answer shown');
    expect(textOf(element, 'quote-answer')).to.match(/^You accepted this quote on .+\.$/);
    expect(part(element, 'accept-button')).to.equal(null);
    await waitUntil(() => focused(element) === part(element, 'quote-answer'), 'the answer is not focused');
  });

  it('a quote answered twice shows the typed error, and nothing else changes', async () => {
    const trackingCode = await bookTicket(false);
    await step('sendQuote', { trackingCode, parts: ['FAN_MOTOR'], labourMinutes: 60 });
    // The stream blocked and polling slow, so the page still shows the quote waiting.
    blockStream();
    const element = await trackerOf(trackingCode, { pollInterval: 300 });
    const { ticket } = await api<{ ticket: { quote: { id: string } } }>(
      'query($code: String!, $postal: String!) { ticket(trackingCode: $code, postalCode: $postal) { ... on Ticket { quote { id } } } }',
      { code: trackingCode, postal: POSTAL_CODE },
      'pk_demo',
    );
    const first = await api('mutation($input: AnswerQuoteInput!) { answerQuote(input: $input) { __typename } }', {
      input: { access: { trackingCode, postalCode: POSTAL_CODE }, quoteId: ticket.quote.id, accept: true },
    }, 'pk_demo');
    expect(first.answerQuote!.__typename).to.equal('RepairChanged');
    const before = textOf(element, 'quote');
    const failed = oneEvent(element, 'sav-ticket-action-failed');
    (part(element, 'decline-button') as HTMLButtonElement).click();
    expect((await failed).detail).to.deep.equal({ action: 'answer-quote', code: 'QUOTE_ALREADY_ANSWERED' });
    await elementUpdated(element);
    expect(textOf(element, 'action-error')).to.equal('Your answer was not recorded This quote was already answered.');
    expect(textOf(element, 'quote').startsWith(before), 'the quote shown is unchanged').to.equal(true);
    expect(part(element, 'accept-button')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('offers 1 to 5 only; a low rating reopens the ticket and the outcome is shown', async () => {
    const trackingCode = await bookTicket(true);
    await step('arriveOnSite', { trackingCode });
    await step('recordRepairOutcome', { trackingCode, outcome: 'REPAIRED', note: 'Replaced the fan motor.', partsUsed: ['FAN_MOTOR'], minutesOnSite: 60 });
    const element = await trackerOf(trackingCode);
    expect(textOf(element, 'status')).to.equal('Repair done: your opinion counts');
    expect(textOf(element, 'outcome-text')).to.equal('Your appliance was repaired.');
    expect(textOf(element, 'outcome-note')).to.equal('What the technician did: Replaced the fan motor.');
    expect([...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="score"]')].map((radio) => radio.value)).to.deep.equal(['1', '2', '3', '4', '5']);
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector<HTMLInputElement>('input[name="score"][value="2"]')!.click();
    fillIn(control<HTMLTextAreaElement>(element, 'comment'), 'Still noisy');
    await elementUpdated(element);
    const rated = oneEvent(element, 'sav-repair-rated');
    (part(element, 'rating-submit') as HTMLButtonElement).click();
    expect((await rated).detail).to.deep.equal({ trackingCode, rating: 2, outcome: 'REOPENED' });
    await elementUpdated(element);
    expect(textOf(element, 'rating-result')).to.equal('We are sorry. Your repair is reopened and the service desk will contact you.');
    expect(textOf(element, 'status')).to.equal('Reopened: we are on it');
    expect(textOf(element, 'outcome-text')).to.equal('Your appliance was repaired.');
    expect(textOf(element, 'ratings')).to.match(/^2 out of 5, .+ Still noisy$/);
    expect(part(element, 'rating-form')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('speaks Dutch and Chinese', async () => {
    const trackingCode = await bookTicket(true);
    await step('startTravel', { trackingCode, expectedArrivalAt: inAnHour() });
    const dutch = await trackerOf(trackingCode, { lang: 'nl' });
    expect(textOf(dutch, 'heading')).to.equal(`Reparatie ${trackingCode}`);
    expect(textOf(dutch, 'status')).to.equal('De monteur is onderweg');
    expect(textOf(dutch, 'next-step-text')).to.equal('De monteur is er bijna.');
    await expect(dutch).to.be.accessible();
    const chinese = await trackerOf(trackingCode, { lang: 'zh' });
    expect(textOf(chinese, 'heading')).to.equal(`维修 ${trackingCode}`);
    expect(textOf(chinese, 'status')).to.equal('技术员正在路上');
    expect(textOf(chinese, 'verification-hint')).to.contain('验证码');
    await expect(chinese).to.be.accessible();
  });
});
