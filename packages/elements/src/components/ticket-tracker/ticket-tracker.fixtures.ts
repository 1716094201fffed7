// Test data and helpers for <sav-ticket-tracker>'s browser tests (not part of the bundle).
import { elementUpdated, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TrackedTicket } from '@sav/client';
import { focused, graphqlData, operationName, part, stubFetch, type FetchStub, type StubbedRequest } from '../../internal/testing.js';
import type { SavTicketTracker } from './ticket-tracker.js';

const money = (amount: string) => ({ amount, currency: 'EUR' });

/** A ticket on the day of its visit: the technician on the way and late, a quote waiting for an answer. */
export function trackedTicket(overrides: Partial<TrackedTicket> = {}): TrackedTicket & { __typename: 'Ticket' } {
  return {
    __typename: 'Ticket',
    trackingCode: 'SAV-7K3P-9QX2',
    status: 'TECHNICIAN_EN_ROUTE',
    productModel: 'HRF-DEMO-1',
    repairLocation: 'HOME',
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-03T07:40:00.000Z',
    timeZone: 'Europe/Paris',
    link: 'SAV-7K3P-9QX2.dyL27_oEFtdDzPpQxAovey',
    calendar: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Repair SAV-7K3P-9QX2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    canRate: false,
    outcome: null,
    outcomeNote: null,
    followUpOn: null,
    nextStep: { code: 'ANSWER_QUOTE', actor: 'CUSTOMER' },
    timeline: [
      { id: 'e1', kind: 'CREATED', status: 'SCHEDULED', previousStatus: null, actor: 'SYSTEM', by: null, at: '2026-03-02T09:00:00.000Z', reason: null, expectedArrivalAt: null },
      { id: 'e3', kind: 'DELAY_REPORTED', status: 'TECHNICIAN_EN_ROUTE', previousStatus: 'TECHNICIAN_EN_ROUTE', actor: 'TECHNICIAN', by: 'Camille Martin (DEMO-TECH-001)', at: '2026-03-03T07:40:00.000Z', reason: 'Traffic jam on the ring road', expectedArrivalAt: '2026-03-03T08:30:00.000Z' },
      { id: 'e2', kind: 'STATUS_CHANGED', status: 'TECHNICIAN_EN_ROUTE', previousStatus: 'SCHEDULED', actor: 'TECHNICIAN', by: 'Camille Martin (DEMO-TECH-001)', at: '2026-03-03T07:10:00.000Z', reason: null, expectedArrivalAt: '2026-03-03T07:50:00.000Z' },
      { id: 'e4', kind: 'QUOTE_SENT', status: 'TECHNICIAN_EN_ROUTE', previousStatus: 'TECHNICIAN_EN_ROUTE', actor: 'SERVICE_DESK', by: null, at: '2026-03-03T07:45:00.000Z', reason: 'Fan motor worn', expectedArrivalAt: null },
    ],
    visit: {
      arrivalWindowStart: '2026-03-03T07:00:00.000Z',
      arrivalWindowEnd: '2026-03-03T09:00:00.000Z',
      verificationCode: '039944',
      expectedArrivalAt: '2026-03-03T08:30:00.000Z',
      delayReason: 'Traffic jam on the ring road',
      arrivedAt: null,
      technician: { name: 'Camille Martin', badgeNumber: 'DEMO-TECH-001', photoUrl: null },
    },
    dropOff: null,
    quote: {
      id: 'quote-1',
      status: 'PENDING',
      createdAt: '2026-03-03T07:45:00.000Z',
      answeredAt: null,
      note: 'Fan motor worn',
      lines: [
        { kind: 'CALL_OUT', part: null, covered: false, amount: money('49.00') },
        { kind: 'LABOUR', part: null, covered: false, amount: money('60.00') },
        { kind: 'PART', part: 'FAN_MOTOR', covered: false, amount: money('85.00') },
      ],
      total: money('194.00'),
      advice: { advice: 'REPAIR', reason: 'WORTH_REPAIRING', costPercent: 28, explanation: 'The repair costs about 28% of the price of a new appliance: repairing it is worthwhile.' },
    },
    repairAdvice: { advice: 'REPAIR', reason: 'WORTH_REPAIRING', costPercent: 28, explanation: 'The repair costs about 28% of the price of a new appliance: repairing it is worthwhile.' },
    ratings: [],
    usageAdvice: [],
    ...overrides,
  };
}

/** The same ticket once the quote is answered. */
export function answeredTicket(accepted: boolean): TrackedTicket & { __typename: 'Ticket' } {
  const ticket = trackedTicket();
  return {
    ...ticket,
    nextStep: { code: 'AWAIT_ARRIVAL', actor: 'TECHNICIAN' },
    quote: { ...ticket.quote!, status: accepted ? 'ACCEPTED' : 'DECLINED', answeredAt: '2026-03-03T07:50:00.000Z' },
    timeline: [
      ...ticket.timeline,
      { id: 'e5', kind: accepted ? 'QUOTE_ACCEPTED' : 'QUOTE_DECLINED', status: 'TECHNICIAN_EN_ROUTE', previousStatus: 'TECHNICIAN_EN_ROUTE', actor: 'CUSTOMER', by: null, at: '2026-03-03T07:50:00.000Z', reason: null, expectedArrivalAt: null },
    ],
  };
}

/** A repaired ticket the customer can rate. */
export function followUpTicket(): TrackedTicket & { __typename: 'Ticket' } {
  const ticket = answeredTicket(true);
  return {
    ...ticket,
    status: 'FOLLOW_UP',
    canRate: true,
    outcome: 'REPAIRED',
    outcomeNote: 'Replaced the fan motor.',
    followUpOn: '2026-03-10',
    nextStep: { code: 'RATE_REPAIR', actor: 'CUSTOMER' },
    visit: { ...ticket.visit!, arrivedAt: '2026-03-03T08:25:00.000Z' },
  };
}

/** An event stream the test writes to: `push` sends a ticket as graphql-sse's `next`, `end` closes it. */
export class TestStream {
  readonly response: Response;
  #controller!: ReadableStreamDefaultController<Uint8Array>;
  #encoder = new TextEncoder();

  constructor() {
    const body = new ReadableStream<Uint8Array>({ start: (controller) => (this.#controller = controller) });
    this.response = new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
  }

  push(ticketUpdates: unknown): void {
    this.#controller.enqueue(this.#encoder.encode(`event: next\ndata: ${JSON.stringify({ data: { ticketUpdates } })}\n\n`));
  }

  end(): void {
    this.#controller.enqueue(this.#encoder.encode('event: complete\ndata:\n\n'));
    this.#controller.close();
  }
}

/** What the stubbed gateway answers, by root field; the stream by `stream` (a TestStream, or a Response such as a 404). */
export interface TrackerScript {
  ticket?: (request: StubbedRequest) => unknown;
  ticketByLink?: (request: StubbedRequest) => unknown;
  answerQuote?: (request: StubbedRequest) => unknown;
  rateRepair?: (request: StubbedRequest) => unknown;
  stream?: (request: StubbedRequest) => TestStream | Response;
}

const fields: Record<string, keyof TrackerScript> = {
  CustomerTicket: 'ticket',
  CustomerTicketByLink: 'ticketByLink',
  AnswerQuote: 'answerQuote',
  RateRepair: 'rateRepair',
};

export type TrackerStub = FetchStub & { streams: TestStream[] };

/**
 * Stubs `fetch` as the gateway: `ticket` and `ticketByLink` answer the ticket, the stream (POST
 * …/stream) opens a TestStream that first sends the ticket, as the gateway does.
 */
export function stubTracker(script: TrackerScript = {}): TrackerStub {
  const streams: TestStream[] = [];
  const stub = stubFetch((request) => {
    if (request.url.endsWith('/stream')) {
      const answer = script.stream?.(request) ?? new TestStream();
      if (answer instanceof Response) return answer;
      // Like the gateway, the stream first sends the ticket as it is: what `ticket` or `ticketByLink` answers.
      const access = request.body.variables.access as { link?: string } | undefined;
      if (!script.stream) answer.push((access?.link ? script.ticketByLink : script.ticket)?.(request) ?? trackedTicket());
      streams.push(answer);
      return answer.response;
    }
    const field = fields[operationName(request)];
    if (!field) return new Response('{"errors":[{"message":"unknown operation"}]}', { status: 400 });
    const answer = (script[field] as ((request: StubbedRequest) => unknown) | undefined)?.(request) ?? trackedTicket();
    if (answer instanceof Response) return answer;
    return graphqlData({ [field]: answer });
  });
  return Object.assign(stub, { streams });
}

/** The requests of one operation (`CustomerTicket`, `AnswerQuote` …), or of the stream (`stream`). */
export function requestsOf(stub: FetchStub, operation: string): StubbedRequest[] {
  return stub.requests.filter((request) => (operation === 'stream' ? request.url.endsWith('/stream') : operationName(request) === operation));
}

/** Waits until the tracker is in a state (`lookup`, `tracking` …) and has rendered it. */
export async function atState(element: SavTicketTracker, state: string, timeout = 5000): Promise<void> {
  await waitUntil(() => element.getAttribute('state') === state, `never reached ${state} (at ${element.getAttribute('state')})`, { timeout });
  await elementUpdated(element);
}

/** Presses Tab until the shadow root's focus is on `target` (at most 40 times). */
export async function tabTo(element: HTMLElement, target: () => Element | null): Promise<void> {
  for (let presses = 0; presses < 40 && focused(element) !== target(); presses += 1) await sendKeys({ press: 'Tab' });
  expect(focused(element), 'Tab never reached the control').to.equal(target());
}

/** The text of a part, white space made plain. */
export function textOf(element: HTMLElement, name: string): string {
  return (part(element, name)?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
