import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REQUEST_REPAIR, type RepairAnswer, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const TICKET_FIELDS = `trackingCode status link
  nextStep { code actor }
  visit { verificationCode expectedArrivalAt delayReason technician { name badgeNumber } }
  quote { id status total { amount currency } lines { kind part amount { amount } covered } advice { advice reason } }
  repairAdvice { advice reason explanation }
  timeline { kind status previousStatus actor reason }
  outcome canRate followUpOn partsUsed ratings { score comment }`;

const STEP_RESULT = `__typename ... on RepairChanged { ticket { ${TICKET_FIELDS} } } ... on Error { code message } ... on InvalidInput { field }`;
const step = (name: string, inputType: string) => `mutation($input: ${inputType}!) { ${name}(input: $input) { ${STEP_RESULT} } }`;
const TICKET = `query($trackingCode: String!, $postalCode: String!) { ticket(trackingCode: $trackingCode, postalCode: $postalCode) { __typename ... on Ticket { ${TICKET_FIELDS} } ... on Error { code } } }`;
const ANSWER_QUOTE = step('answerQuote', 'AnswerQuoteInput');
const RATE = `mutation($input: RateRepairInput!) { rateRepair(input: $input) { __typename ... on RepairRated { outcome ticket { ${TICKET_FIELDS} } } ... on Error { code } ... on InvalidInput { field } } }`;
const WARRANTY = `query($input: WarrantyCheckInput!) { warrantyCheck(input: $input) { ... on WarrantyCheck { coverages { part endsOn extendedByDays } } } }`;

type TicketAnswer = {
  trackingCode: string; status: string; link: string; nextStep: { code: string; actor: string | null };
  visit: { verificationCode: string; expectedArrivalAt: string | null; delayReason: string | null } | null;
  quote: { id: string; status: string; total: { amount: string }; lines: { kind: string; part: string | null; amount: { amount: string }; covered: boolean }[]; advice: { advice: string; reason: string } | null } | null;
  repairAdvice: { advice: string; reason: string; explanation: string } | null;
  timeline: { kind: string; status: string; previousStatus: string | null; actor: string; reason: string | null }[];
  outcome: string | null; canRate: boolean; followUpOn: string | null; partsUsed: string[]; ratings: { score: number }[];
};
type StepAnswer = { __typename: string; code?: string; message?: string; field?: string[]; ticket?: TicketAnswer };

describe('the service lifecycle through the API, until the customer is satisfied (seed 001)', () => {
  let gateway: TestGateway;
  let code: string;
  const access = () => ({ trackingCode: code, postalCode: '75011' });
  const desk = async (name: string, inputType: string, input: Record<string, unknown>): Promise<StepAnswer> => {
    const response = await gateway.graphql<Record<string, StepAnswer>>(step(name, inputType), { input: { trackingCode: code, ...input } }, { key: 'sk_demo' });
    assert.ok(response.body.data, JSON.stringify(response.body));
    return response.body.data[name]!;
  };
  const read = async (): Promise<TicketAnswer> => {
    const response = await gateway.graphql<{ ticket: TicketAnswer }>(TICKET, access());
    return response.body.data!.ticket;
  };
  const compressorEnd = async () => {
    const response = await gateway.graphql<{ warrantyCheck: { coverages: { part: string; endsOn: string; extendedByDays: number }[] } }>(WARRANTY, { input: { serialNumber: 'HRF1-2024-0001' } });
    return response.body.data!.warrantyCheck.coverages.find((coverage) => coverage.part === 'COMPRESSOR')!;
  };

  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
    const booked = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest({ serialNumber: 'HRF1-2024-0001' }) });
    code = booked.body.data!.requestRepair.ticket!.trackingCode;
  });
  after(() => gateway.close());

  it('records the booking as the first step, with a verification code for the door', async () => {
    const ticket = await read();
    assert.equal(ticket.status, 'SCHEDULED');
    assert.deepEqual(ticket.timeline.map((event) => [event.kind, event.previousStatus, event.status, event.actor]), [['CREATED', null, 'SCHEDULED', 'SYSTEM']]);
    assert.match(ticket.visit!.verificationCode, /^\d{6}$/);
    assert.deepEqual(ticket.nextStep, { code: 'AWAIT_VISIT', actor: 'TECHNICIAN' });
  });

  it('keeps the back-office steps for secret keys', async () => {
    const response = await gateway.graphql(step('arriveOnSite', 'ArriveOnSiteInput'), { input: { trackingCode: code } }, { key: 'pk_demo' });
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  it('shows the travel, the delay with its reason and new time, and tells the customer', async () => {
    gateway.setNow(new Date('2026-04-21T05:30:00Z'));
    const travelling = await desk('startTravel', 'StartTravelInput', { expectedArrivalAt: '2026-04-21T06:30:00Z' });
    assert.equal(travelling.ticket?.status, 'TECHNICIAN_EN_ROUTE');
    const late = await desk('reportDelay', 'ReportDelayInput', { reason: 'Traffic jam on the ring road.', expectedArrivalAt: '2026-04-21T07:15:00Z' });
    assert.equal(late.ticket?.visit?.delayReason, 'Traffic jam on the ring road.');
    assert.equal(late.ticket?.visit?.expectedArrivalAt, '2026-04-21T07:15:00.000Z');
    assert.deepEqual(late.ticket?.timeline.at(-1), { kind: 'DELAY_REPORTED', status: 'TECHNICIAN_EN_ROUTE', previousStatus: 'TECHNICIAN_EN_ROUTE', actor: 'TECHNICIAN', reason: 'Traffic jam on the ring road.' });
    const stored = await gateway.store.prisma.ticketEvent.findFirstOrThrow({ where: { kind: 'DELAY_REPORTED', ticket: { trackingCode: code } } });
    assert.match(stored.actorName ?? '', /^.+ \(DEMO-TECH-00\d\)$/, 'who: the technician of the visit, by name and badge');
    assert.equal(stored.at.toISOString(), '2026-04-21T05:30:00.000Z', 'when: the instant of the step');
    const message = await gateway.store.prisma.outboxMessage.findFirst({ where: { kind: 'TECHNICIAN_DELAYED', ticket: { trackingCode: code } } });
    assert.match(message?.body ?? '', /Traffic jam on the ring road\./);
    const blank = await desk('reportDelay', 'ReportDelayInput', { reason: '  ', expectedArrivalAt: '2026-04-21T07:15:00Z' });
    assert.deepEqual(blank.field, ['reason']);
  });

  it('holds chargeable work until the customer accepts a quote, pricing covered parts at nothing', async () => {
    assert.equal((await desk('arriveOnSite', 'ArriveOnSiteInput', {})).ticket?.status, 'ON_SITE');
    // Bought in France in August 2024: the seller's legal guarantee runs to 20 August 2026, so nothing is charged
    // unless the desk says why the fault is outside it.
    const underLegalGuarantee = await desk('sendQuote', 'SendQuoteInput', { parts: ['FAN_MOTOR'], labourMinutes: 90 });
    assert.equal(underLegalGuarantee.code, 'LEGAL_GUARANTEE_COVERS');
    const outside = { outsideLegalGuarantee: 'Fan blade broken by a fallen shelf: an accident, not a defect.' };
    const blankReason = await desk('sendQuote', 'SendQuoteInput', { parts: ['FAN_MOTOR'], labourMinutes: 90, outsideLegalGuarantee: ' ' });
    assert.deepEqual(blankReason.field, ['outsideLegalGuarantee']);
    const unpriced = await desk('sendQuote', 'SendQuoteInput', { parts: ['FLUX_CAPACITOR'], labourMinutes: 60, ...outside });
    assert.equal(unpriced.code, 'UNPRICED_PART');
    const quoted = await desk('sendQuote', 'SendQuoteInput', { parts: ['COMPRESSOR', 'FAN_MOTOR'], labourMinutes: 90, ...outside });
    const early = await desk('recordRepairProgress', 'RecordRepairProgressInput', { status: 'REPAIRING' });
    assert.equal(early.code, 'QUOTE_PENDING', 'once quoted as outside the legal guarantee, work waits for the answer');
    const quote = quoted.ticket!.quote!;
    assert.equal(quote.status, 'PENDING');
    assert.deepEqual(quote.lines.map((line) => [line.kind, line.part, line.amount.amount, line.covered]), [
      ['CALL_OUT', null, '49.00', false], ['LABOUR', null, '90.00', false], ['PART', 'COMPRESSOR', '0.00', true], ['PART', 'FAN_MOTOR', '0.00', true],
    ]);
    // The unit's own cover ended after 12 months; its main parts are covered for 36: only the visit is charged.
    assert.equal(quote.total.amount, '139.00');
    assert.deepEqual(quote.advice, { advice: 'REPAIR', reason: 'WORTH_REPAIRING' });
    assert.deepEqual(quoted.ticket!.nextStep, { code: 'ANSWER_QUOTE', actor: 'CUSTOMER' });
    const second = await desk('sendQuote', 'SendQuoteInput', { parts: ['FAN_MOTOR'], labourMinutes: 30, ...outside });
    assert.equal(second.code, 'QUOTE_PENDING');

    const wrongPostalCode = await gateway.graphql<{ answerQuote: StepAnswer }>(ANSWER_QUOTE, { input: { access: { trackingCode: code, postalCode: '75012' }, quoteId: quote.id, accept: true } });
    assert.equal(wrongPostalCode.body.data?.answerQuote.code, 'TICKET_NOT_FOUND');
    const accepted = await gateway.graphql<{ answerQuote: StepAnswer }>(ANSWER_QUOTE, { input: { access: access(), quoteId: quote.id, accept: true } });
    assert.equal(accepted.body.data?.answerQuote.ticket?.quote?.status, 'ACCEPTED');
    const twice = await gateway.graphql<{ answerQuote: StepAnswer }>(ANSWER_QUOTE, { input: { access: access(), quoteId: quote.id, accept: false } });
    assert.equal(twice.body.data?.answerQuote.code, 'QUOTE_ALREADY_ANSWERED');
    assert.equal((await read()).quote?.status, 'ACCEPTED');
  });

  it('extends the warranty by the days in repair and awaiting parts', async () => {
    const before = await compressorEnd();
    assert.equal((await desk('recordRepairProgress', 'RecordRepairProgressInput', { status: 'AWAITING_PARTS', note: 'Fan motor ordered.' })).ticket?.status, 'AWAITING_PARTS');
    gateway.setNow(new Date('2026-04-24T08:00:00Z'));
    assert.equal((await desk('recordRepairProgress', 'RecordRepairProgressInput', { status: 'REPAIRING' })).ticket?.status, 'REPAIRING');
    gateway.setNow(new Date('2026-04-25T09:00:00Z'));
    const done = await desk('recordRepairOutcome', 'RecordRepairOutcomeInput', { outcome: 'REPAIRED', partsUsed: ['fan motor'], minutesOnSite: 95, note: 'Replaced the fan motor; cooling restored.' });
    assert.equal(done.ticket?.status, 'FOLLOW_UP');
    assert.equal(done.ticket?.outcome, 'REPAIRED');
    assert.deepEqual(done.ticket?.partsUsed, ['FAN_MOTOR']);
    assert.equal(done.ticket?.followUpOn, '2026-05-02');
    assert.equal(done.ticket?.canRate, true);
    // 21 to 25 April in Paris: five days in service, the first and the last included.
    const after = await compressorEnd();
    assert.equal(after.extendedByDays - before.extendedByDays, 5);
    assert.ok(after.endsOn > before.endsOn);
  });

  it('refuses an illegal step with a typed error, and changes nothing', async () => {
    const before = await read();
    const illegal = await desk('arriveOnSite', 'ArriveOnSiteInput', {});
    assert.equal(illegal.__typename, 'ChangeNotAllowed');
    assert.equal(illegal.code, 'ILLEGAL_TRANSITION');
    assert.match(illegal.message ?? '', /FOLLOW_UP cannot go to ON_SITE/);
    assert.deepEqual(await read(), before);
  });

  it('reopens on a low rating, keeps tracking, and closes once the customer is satisfied', async () => {
    const outOfRange = await gateway.graphql<{ rateRepair: StepAnswer }>(RATE, { input: { access: access(), rating: 6 } });
    assert.deepEqual(outOfRange.body.data?.rateRepair.field, ['rating']);
    const low = await gateway.graphql<{ rateRepair: { outcome: string; ticket: TicketAnswer } }>(RATE, { input: { access: access(), rating: 2, comment: 'Still noisy.' } });
    assert.equal(low.body.data?.rateRepair.outcome, 'REOPENED');
    assert.deepEqual(low.body.data?.rateRepair.ticket.nextStep, { code: 'SCHEDULE_VISIT', actor: 'SERVICE_DESK' });
    const tooSoon = await gateway.graphql<{ rateRepair: StepAnswer }>(RATE, { input: { access: access(), rating: 5 } });
    assert.equal(tooSoon.body.data?.rateRepair.code, 'NOT_RATEABLE');

    const rescheduled = await desk('scheduleVisit', 'ScheduleVisitInput', { slotStart: '2026-04-27T06:00:00.000Z', technicianBadge: 'DEMO-TECH-002' });
    assert.equal(rescheduled.ticket?.status, 'SCHEDULED');
    assert.equal(rescheduled.ticket?.timeline.at(-1)?.previousStatus, 'REOPENED');
    const byDesk = await gateway.store.prisma.ticketEvent.findFirstOrThrow({ where: { ticket: { trackingCode: code }, fromStatus: 'REOPENED' } });
    assert.deepEqual([byDesk.actor, byDesk.actorName], ['SERVICE_DESK', 'Demo secret key']);
    gateway.setNow(new Date('2026-04-27T06:30:00Z'));
    await desk('arriveOnSite', 'ArriveOnSiteInput', {});
    await desk('recordRepairOutcome', 'RecordRepairOutcomeInput', { outcome: 'REPAIRED', partsUsed: [], minutesOnSite: 30, note: 'Fixed a loose fan bracket.' });
    const satisfied = await gateway.graphql<{ rateRepair: { outcome: string; ticket: TicketAnswer } }>(RATE, { input: { access: access(), rating: 5, comment: 'Quiet now, thank you.' } });
    assert.equal(satisfied.body.data?.rateRepair.outcome, 'CLOSED');
    const ticket = satisfied.body.data!.rateRepair.ticket;
    assert.deepEqual(ticket.ratings.map((rating) => rating.score), [2, 5]);
    assert.deepEqual(ticket.nextStep, { code: 'NONE', actor: null });
    assert.deepEqual(ticket.timeline.map((event) => event.status), [
      'SCHEDULED', 'TECHNICIAN_EN_ROUTE', 'TECHNICIAN_EN_ROUTE', 'ON_SITE', 'ON_SITE', 'ON_SITE', 'AWAITING_PARTS', 'REPAIRING', 'REPAIRED', 'FOLLOW_UP',
      'REOPENED', 'SCHEDULED', 'ON_SITE', 'REPAIRED', 'FOLLOW_UP', 'CLOSED',
    ]);
    const stored = await gateway.store.prisma.ticketEvent.count({ where: { ticket: { trackingCode: code } } });
    assert.equal(stored, ticket.timeline.length);
  });
});

describe('repair or replace (seed 004)', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(() => gateway.close());

  const bookAndArrive = async (): Promise<string> => {
    const booked = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest({ purchaseDate: '2019-01-10', slotStart: '2026-04-22T06:00:00.000Z' }) });
    const code = booked.body.data!.requestRepair.ticket!.trackingCode;
    assert.equal(booked.body.data!.requestRepair.ticket!.warrantyStatus, 'EXPIRED');
    await gateway.graphql(step('arriveOnSite', 'ArriveOnSiteInput'), { input: { trackingCode: code } }, { key: 'sk_demo' });
    return code;
  };

  it('advises replacing when the quote costs more than the tenant share of a new unit', async () => {
    const code = await bookAndArrive();
    const quoted = await gateway.graphql<{ sendQuote: StepAnswer }>(step('sendQuote', 'SendQuoteInput'), { input: { trackingCode: code, parts: ['COMPRESSOR', 'MAIN_CONTROL_BOARD'], labourMinutes: 120 } }, { key: 'sk_demo' });
    const ticket = quoted.body.data!.sendQuote.ticket!;
    assert.deepEqual(ticket.quote?.advice, { advice: 'REPLACE', reason: 'TOO_COSTLY' });
    assert.equal(ticket.repairAdvice?.reason, 'TOO_COSTLY');
    assert.match(ticket.repairAdvice?.explanation ?? '', /replacing/);
  });

  it('advises replacing what could not be repaired, in plain words', async () => {
    const code = await bookAndArrive();
    const notRepairable = await gateway.graphql<{ recordRepairOutcome: StepAnswer }>(
      step('recordRepairOutcome', 'RecordRepairOutcomeInput'),
      { input: { trackingCode: code, outcome: 'NOT_REPAIRABLE', partsUsed: [], minutesOnSite: 40, note: 'Sealed system leak; no parts made any more.' } },
      { key: 'sk_demo' },
    );
    const ticket = notRepairable.body.data!.recordRepairOutcome.ticket!;
    assert.equal(ticket.status, 'FOLLOW_UP');
    assert.deepEqual([ticket.repairAdvice?.advice, ticket.repairAdvice?.reason], ['REPLACE', 'NOT_REPAIRABLE']);
  });
});

describe("a tenant's service settings (secret key)", () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway();
  });
  after(() => gateway.close());
  const UPDATE = `mutation($input: UpdateServiceSettingsInput!) { updateServiceSettings(input: $input) {
    __typename ... on ServiceSettingsUpdated { settings { satisfactionThreshold followUpDays repairCostLimitPercent trackerUrl lookupsPerMinute } } ... on InvalidInput { field } } }`;

  it('reads the defaults, changes what is given, and refuses every bad field at once, changing nothing', async () => {
    const read = await gateway.graphql<{ serviceSettings: Record<string, unknown> }>(`{ serviceSettings { satisfactionThreshold followUpDays repairCostLimitPercent trackerUrl lookupsPerMinute } }`, {}, { key: 'sk_demo' });
    assert.deepEqual(read.body.data?.serviceSettings, { satisfactionThreshold: 4, followUpDays: 7, repairCostLimitPercent: 50, trackerUrl: null, lookupsPerMinute: 60 });
    const changed = await gateway.graphql<{ updateServiceSettings: { settings: Record<string, unknown> } }>(UPDATE, { input: { satisfactionThreshold: 3, trackerUrl: 'http://localhost:4000/retailer-my-repairs/' } }, { key: 'sk_demo' });
    assert.deepEqual(changed.body.data?.updateServiceSettings.settings, { satisfactionThreshold: 3, followUpDays: 7, repairCostLimitPercent: 50, trackerUrl: 'http://localhost:4000/retailer-my-repairs/', lookupsPerMinute: 60 });
    const refused = await gateway.graphql<{ updateServiceSettings: { __typename: string; field: string[] } }>(UPDATE, { input: { satisfactionThreshold: 0, followUpDays: 7, trackerUrl: 'ftp://x' } }, { key: 'sk_demo' });
    assert.deepEqual(refused.body.data?.updateServiceSettings, { __typename: 'InvalidInput', field: ['satisfactionThreshold', 'trackerUrl'] });
    const unchanged = await gateway.graphql<{ serviceSettings: { satisfactionThreshold: number } }>(`{ serviceSettings { satisfactionThreshold } }`, {}, { key: 'sk_demo' });
    assert.equal(unchanged.body.data?.serviceSettings.satisfactionThreshold, 3);
    const publishable = await gateway.graphql(UPDATE, { input: { followUpDays: 3 } });
    assert.equal(publishable.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });
});

describe('what the desk corrects and writes', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(() => gateway.close());

  it('judges the cover again after a corrected serial, charges nothing for a covered unit, and keeps its notes from the customer', async () => {
    const kept = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest({ serialNumber: 'UNKNOWN-9', purchaseDate: '2020-01-10' }) });
    const code = kept.body.data!.requestRepair.trackingCode!;
    assert.equal(kept.body.data!.requestRepair.ticket?.status, 'NEEDS_VERIFICATION');
    const note = 'Phoned Mme Dupont on 06 12 34 56 78: serial misread, it is HRF1-2025-0002.';
    const verified = await gateway.graphql<{ verifyTicket: { ticket: { ticket: { warrantyStatus: string } } } }>(
      `mutation($input: VerifyTicketInput!) { verifyTicket(input: $input) { ... on RepairChanged { ticket { warrantyStatus } } } }`,
      { input: { trackingCode: code, note, corrections: { serialNumber: 'HRF1-2025-0002' } } },
      { key: 'sk_demo' },
    );
    assert.equal((verified.body.data?.verifyTicket as unknown as { ticket: { warrantyStatus: string } }).ticket.warrantyStatus, 'COVERED');
    const quote = await gateway.graphql<{ sendQuote: StepAnswer }>(step('sendQuote', 'SendQuoteInput'), { input: { trackingCode: code, parts: ['FAN_MOTOR'], labourMinutes: 30 } }, { key: 'sk_demo' });
    assert.equal(quote.body.data?.sendQuote.code, 'NOTHING_TO_CHARGE');
    const seen = await gateway.graphql<{ ticket: TicketAnswer }>(TICKET, { trackingCode: code, postalCode: '75011' });
    const timeline = seen.body.data!.ticket.timeline;
    assert.deepEqual(timeline.map((event) => [event.status, event.reason]), [['NEEDS_VERIFICATION', null], ['VERIFIED', null]]);
    assert.ok(!JSON.stringify(seen.body).includes('06 12 34 56 78'));
  });
});
