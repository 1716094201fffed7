// Test data and helpers for <sav-booking>'s browser tests (not part of the bundle).
import { elementUpdated, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BookedTicket, Slot } from '@sav/client';
import { addDays, formatIsoDate, parseCalendarDate } from '../../internal/format.js';
import { control, fillIn, focused, graphqlData, operationName, part, stubFetch, type FetchStub, type StubbedRequest } from '../../internal/testing.js';
import type { SavBooking } from './booking.js';

/** What the stubbed gateway answers, by root field; `undefined` leaves the default answer. */
export type Script = Partial<
  Record<'repairOptions' | 'availableSlots' | 'workshops' | 'dropOffSlots' | 'repairEstimate' | 'requestRepair', (request: StubbedRequest) => unknown>
>;

const fields: Record<string, keyof Script> = {
  RepairOptions: 'repairOptions',
  AvailableSlots: 'availableSlots',
  Workshops: 'workshops',
  DropOffSlots: 'dropOffSlots',
  RepairEstimate: 'repairEstimate',
  RequestRepair: 'requestRepair',
};

const money = (amount: string) => ({ amount, currency: 'EUR' });
const priceList = { currency: 'EUR', callOut: money('49.00'), labourPerHour: money('60.00') };

export const repairOptions = {
  __typename: 'RepairOptions',
  product: { model: 'HRF-DEMO-1', name: 'Refrigerator HRF-DEMO-1', brand: 'Haier', category: 'REFRIGERATOR' },
  symptoms: [
    { code: 'NOT_COOLING', label: 'Not cooling' },
    { code: 'NOISY', label: 'Noisy' },
    { code: 'OTHER', label: 'Something else' },
  ],
  priceList,
  timeZone: 'Europe/Paris',
};

/**
 * The windows from the day asked (day 0, today, has none left): day 1 has three (one full, so two
 * open, one with 1 place left), day 2 one with 2 places, day 4 one with 3 places.
 */
export function slotsFrom(from: string): Slot[] {
  const day = (offset: number) => formatIsoDate(addDays(parseCalendarDate(from)!, offset));
  const slot = (offset: number, startHour: number, remaining: number): Slot => ({
    start: `${day(offset)}T${String(startHour).padStart(2, '0')}:00:00.000Z`,
    end: `${day(offset)}T${String(startHour + 2).padStart(2, '0')}:00:00.000Z`,
    remaining,
  });
  return [slot(1, 7, 3), slot(1, 9, 1), slot(1, 12, 0), slot(2, 7, 2), slot(4, 7, 3)];
}

export function availableSlots(request: StubbedRequest): unknown {
  const from = String(request.body.variables.input?.from);
  return { __typename: 'AvailableSlots', slots: slotsFrom(from), visitMinutes: 90, repairLocation: 'HOME', timeZone: 'Europe/Paris' };
}

/** The demo workshop (seed 004), where the device can be dropped off. */
export const demoWorkshop = {
  id: 'ws-demo',
  name: 'Demo Appliances workshop',
  address: '48 rue de la Roquette, 75011 Paris',
  addressLine1: '48 rue de la Roquette',
  postalCode: '75011',
  city: 'Paris',
  country: 'FR',
  slotMinutes: 60,
};

/** A gateway whose workshops take the product (the default: none, so no drop-off is offered). */
export const withWorkshop = () => ({ __typename: 'Workshops', workshops: [demoWorkshop] });

/** The drop-off slots from the day asked, shown in `timeZone`: day 1 two (one full), day 3 one. */
export function dropOffSlots(request: StubbedRequest, timeZone = 'Europe/Paris'): unknown {
  const from = parseCalendarDate(String(request.body.variables.input?.from))!;
  const slot = (offset: number, hour: number, remaining: number) => {
    const day = formatIsoDate(addDays(from, offset));
    return { start: `${day}T${hour}:00:00.000Z`, end: `${day}T${hour + 1}:00:00.000Z`, remaining };
  };
  return { __typename: 'DropOffSlots', slots: [slot(1, 10, 3), slot(1, 11, 0), slot(3, 14, 2)], timeZone };
}

export const paidEstimate = {
  __typename: 'RepairEstimate',
  warrantyStatus: 'EXPIRED',
  covered: false,
  likelyParts: ['FAN_MOTOR', 'COMPRESSOR'],
  repairLocation: 'HOME',
  visitMinutes: 90,
  callOut: money('49.00'),
  labour: money('90.00'),
  parts: money('85.00'),
  total: money('224.00'),
  pricedPart: 'FAN_MOTOR',
  priceList,
  explanation: 'The warranty does not cover this repair.',
};

export const coveredEstimate = {
  ...paidEstimate,
  warrantyStatus: 'COVERED',
  covered: true,
  callOut: money('0.00'),
  labour: money('0.00'),
  parts: money('0.00'),
  total: money('0.00'),
  explanation: 'The warranty covers this repair.',
};

/** A booked ticket for the window the request names. */
export function bookedTicket(slotStart: string, trackingCode = 'SAV-7K3P-9QX2'): BookedTicket {
  const end = new Date(Date.parse(slotStart) + 2 * 3_600_000).toISOString();
  return {
    trackingCode,
    status: 'SCHEDULED',
    productModel: 'HRF-DEMO-1',
    fault: 'It no longer cools.',
    symptoms: ['NOT_COOLING'],
    likelyParts: ['FAN_MOTOR'],
    repairLocation: 'HOME',
    visitMinutes: 90,
    warrantyStatus: 'EXPIRED',
    verificationReasons: [],
    createdAt: new Date().toISOString(),
    visit: { arrivalWindowStart: slotStart, arrivalWindowEnd: end, technician: { name: 'Camille Martin', badgeNumber: 'HX-0042' } },
    dropOff: null,
    calendar: `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Repair ${trackingCode}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
  };
}

export function repairBooked(request: StubbedRequest): unknown {
  return { __typename: 'RepairBooked', ticket: bookedTicket(String(request.body.variables.input?.slotStart)) };
}

const defaults: Required<Script> = {
  repairOptions: () => repairOptions,
  availableSlots,
  workshops: () => ({ __typename: 'Workshops', workshops: [] }),
  dropOffSlots: (request) => dropOffSlots(request),
  repairEstimate: () => paidEstimate,
  requestRepair: repairBooked,
};

/** Stubs `fetch` as the gateway: each operation answered by the script, else by the defaults. */
export function stubGateway(script: Script = {}): FetchStub {
  return stubFetch((request) => {
    const field = fields[operationName(request)];
    if (!field) return new Response('{"errors":[{"message":"unknown operation"}]}', { status: 400 });
    const answer = (script[field] ?? defaults[field])(request);
    if (answer instanceof Response || answer === 'network-error') return answer;
    if (answer instanceof Promise) return answer as Promise<Response>;
    return graphqlData({ [field]: answer });
  });
}

/** The requests of one operation. */
export function requestsOf(stub: FetchStub, operation: string): StubbedRequest[] {
  return stub.requests.filter((request) => operationName(request) === operation);
}

/** Waits until the element is at a step (or `booked`, `needs-verification`) and has rendered it. */
export async function atState(element: SavBooking, state: string): Promise<void> {
  await waitUntil(() => element.getAttribute('state') === state, `never reached ${state} (at ${element.getAttribute('state')})`, { timeout: 3000 });
  await elementUpdated(element);
  await waitUntil(() => !element.matches(':state(busy)'), 'still busy', { timeout: 3000 });
  await elementUpdated(element);
}

/** Clicks the step's submit button (Continue, or Confirm on the review). */
export function next(element: SavBooking): void {
  (part(element, 'submit-button') as HTMLButtonElement).click();
}

/** A purchase date 20 months ago, so the whole unit's warranty has ended. */
export const PURCHASE_DATE = '2024-01-15';

/** Fills the product step and continues to the address. */
export async function passProduct(element: SavBooking): Promise<void> {
  await waitUntil(() => element.shadowRoot!.querySelector('input[name="symptoms"]'), 'no symptoms');
  fillIn(control(element, 'purchase-date'), PURCHASE_DATE);
  const symptom = element.shadowRoot!.querySelector<HTMLInputElement>('input[value="NOT_COOLING"]')!;
  symptom.click();
  fillIn(control<HTMLTextAreaElement>(element, 'fault'), 'It no longer cools, the light is on.');
  next(element);
  await atState(element, 'address');
}

export async function passAddress(element: SavBooking, postalCode = '75011'): Promise<void> {
  fillIn(control(element, 'line1'), '1 rue de la Roquette');
  fillIn(control(element, 'postal-code'), postalCode);
  fillIn(control(element, 'city'), 'Paris');
  fillIn(control<HTMLSelectElement>(element, 'country'), 'FR');
  next(element);
  await atState(element, 'window');
}

/** Picks the first open day and its first window, then continues. */
export async function passWindow(element: SavBooking): Promise<void> {
  const day = element.shadowRoot!.querySelector<HTMLElement>('[part~="day-open"]')!;
  day.click();
  await elementUpdated(element);
  element.shadowRoot!.querySelector<HTMLInputElement>('input[name="slot"]')!.click();
  await elementUpdated(element);
  next(element);
  await atState(element, 'contact');
}

export async function passContact(element: SavBooking): Promise<void> {
  fillIn(control(element, 'name'), 'Ada Martin');
  fillIn(control(element, 'email'), 'ada@example.com');
  fillIn(control(element, 'phone'), '06 12 34 56 78');
  next(element);
  await atState(element, 'review');
}

/** Fills every step and stops at the review, its estimate shown. */
export async function reachReview(element: SavBooking): Promise<void> {
  await passProduct(element);
  await passAddress(element);
  await passWindow(element);
  await passContact(element);
}

/** Presses Tab until the shadow root's focus is on `target` (at most 12 times). */
export async function tabTo(element: SavBooking, target: () => Element | null): Promise<void> {
  for (let presses = 0; presses < 12 && focused(element) !== target(); presses += 1) await sendKeys({ press: 'Tab' });
  expect(focused(element), 'Tab never reached the control').to.equal(target());
}

/** Tabs to a field and types into it. */
export async function typeInto(element: SavBooking, id: string, text: string): Promise<void> {
  await tabTo(element, () => control(element, id));
  await sendKeys({ type: text });
}

/** Forgets every kept draft, so each test starts afresh. */
export function clearDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('sav-booking:')) sessionStorage.removeItem(key);
}
