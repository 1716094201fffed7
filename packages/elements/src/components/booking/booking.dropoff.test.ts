// The workshop drop-off (seed 004): offered only where a workshop takes the product, chosen and
// booked with the keyboard alone, and offered outside every technician's area.
import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addDays, formatIsoDate, parseCalendarDate } from '../../internal/format.js';
import { focused, part, parts, plain, setUpEachTest, type StubbedRequest } from '../../internal/testing.js';
import '../../index.js';
import type { SavBooking } from './booking.js';
import {
  atState,
  bookedTicket,
  clearDrafts,
  demoWorkshop,
  dropOffSlots,
  next,
  passAddress,
  passContact,
  passProduct,
  requestsOf,
  stubGateway,
  tabTo,
  typeInto,
  withWorkshop,
} from './booking.fixtures.js';

/** The drop-off booked at the slot the request names, at the demo workshop. */
function dropOffBooked(request: StubbedRequest): unknown {
  const slotStart = String(request.body.variables.input?.slotStart);
  const slotEnd = new Date(Date.parse(slotStart) + 3_600_000).toISOString();
  return {
    __typename: 'RepairBooked',
    ticket: {
      ...bookedTicket(slotStart, 'SAV-DROP-0001'),
      repairLocation: 'WORKSHOP',
      visit: null,
      dropOff: { slotStart, slotEnd, workshop: { name: demoWorkshop.name, address: demoWorkshop.address } },
    },
  };
}

const liveRegion = (element: SavBooking) => plain(element.shadowRoot!.querySelector('[role="status"]')!.textContent);

describe('<sav-booking> workshop drop-off', () => {
  setUpEachTest(clearDrafts);

  it('is not offered where no workshop takes the product in the country', async () => {
    const gateway = stubGateway();
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await passProduct(element);
    await passAddress(element);
    expect(requestsOf(gateway, 'Workshops')[0]!.body.variables).to.deep.equal({ productModel: 'HRF-DEMO-1', country: 'FR' });
    expect(part(element, 'modes')).to.equal(null);
    expect(part(element, 'workshops')).to.equal(null);
    expect(part(element, 'calendar')).to.exist;
  });

  it('books a drop-off with the keyboard alone, times in the workshop’s zone, accessible at each step', async () => {
    // The workshop's zone (Tokyo) is not the tenant's (Paris): the slots are shown in the workshop's.
    const gateway = stubGateway({ workshops: withWorkshop, dropOffSlots: (request) => dropOffSlots(request, 'Asia/Tokyo'), requestRepair: dropOffBooked });
    const element = await fixture<SavBooking>(
      html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" purchase-date="2024-01-15" country="FR" lang="en"></sav-booking>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('input[name="symptoms"]'), 'no symptoms');
    await expect(element).to.be.accessible();

    // Steps 1 and 2.
    await typeInto(element, 'fault', 'It no longer cools.');
    await tabTo(element, () => part(element, 'submit-button'));
    await sendKeys({ press: 'Enter' });
    await atState(element, 'address');
    await expect(element).to.be.accessible();
    await typeInto(element, 'line1', '1 rue de la Roquette');
    await typeInto(element, 'postal-code', '75011');
    await typeInto(element, 'city', 'Paris');
    await sendKeys({ press: 'Enter' });
    await atState(element, 'window');

    // Step 3: a technician by default; the arrow key chooses the drop-off.
    const mode = (value: string) => element.shadowRoot!.querySelector<HTMLInputElement>(`input[name="mode"][value="${value}"]`);
    expect(mode('visit')!.checked).to.equal(true);
    expect(plain(part(element, 'modes')!.textContent)).to.contain('I drop the device off at a workshop');
    await expect(element).to.be.accessible();
    await tabTo(element, () => mode('visit'));
    await sendKeys({ press: 'ArrowDown' });
    await elementUpdated(element);
    expect(mode('workshop')!.checked).to.equal(true);
    expect(plain(part(element, 'step-heading')!.textContent)).to.equal('When will you drop the device off?');
    expect(part(element, 'calendar'), 'no calendar before a workshop').to.equal(null);
    expect(parts(element, 'workshop').map((label) => plain(label.textContent))).to.deep.equal([
      'Demo Appliances workshop 48 rue de la Roquette, 75011 Paris',
    ]);
    await expect(element).to.be.accessible();

    // The workshop (Space), then its slots in the same calendar and radio group.
    await tabTo(element, () => element.shadowRoot!.querySelector('input[name="workshop"]'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => part(element, 'calendar'), 'no drop-off slots shown');
    await elementUpdated(element);
    expect(requestsOf(gateway, 'DropOffSlots')[0]!.body.variables.input).to.deep.include({ workshopId: 'ws-demo', days: 14 });
    expect(liveRegion(element)).to.equal('2 drop-off slots open in the next 14 days.');
    expect(plain(part(element, 'calendar')!.textContent)).to.contain(': 1 drop-off slot');
    await tabTo(element, () => element.shadowRoot!.querySelector('[role="gridcell"][tabindex="0"]'));
    await sendKeys({ press: 'Enter' });
    await elementUpdated(element);
    expect(plain(part(element, 'windows')!.querySelector('legend')!.textContent)).to.match(/^Drop-off slots on /);
    expect(parts(element, 'window').map((label) => plain(label.textContent))).to.deep.equal(['7:00 – 8:00 PM']);
    expect(plain(part(element, 'windows')!.textContent)).to.contain('Times are in Tokyo time.');
    await tabTo(element, () => element.shadowRoot!.querySelector('input[name="slot"]'));
    await sendKeys({ press: 'Space' });
    await expect(element).to.be.accessible();
    await tabTo(element, () => part(element, 'submit-button'));
    await sendKeys({ press: 'Enter' });
    await atState(element, 'contact');
    await expect(element).to.be.accessible();

    // Step 4, then the review: the workshop, its address and the drop-off time.
    await typeInto(element, 'name', 'Ada Martin');
    await typeInto(element, 'email', 'ada@example.com');
    await typeInto(element, 'phone', '06 12 34 56 78');
    await sendKeys({ press: 'Enter' });
    await atState(element, 'review');
    const section = parts(element, 'review-section').find((each) => each.getAttribute('aria-label') === 'Drop-off at the workshop')!;
    const lines = [...section.querySelectorAll('.review-line')].map((line) => plain(line.textContent));
    expect(lines.slice(0, 2)).to.deep.equal(['Demo Appliances workshop', '48 rue de la Roquette, 75011 Paris']);
    expect(lines[2]).to.match(/^\w+day, \w+ \d+, 7:00 – 8:00 PM$/);
    await expect(element).to.be.accessible();

    // Confirm: the workshop and the drop-off time instead of a technician, and the calendar file.
    await tabTo(element, () => part(element, 'submit-button'));
    await sendKeys({ press: 'Enter' });
    await atState(element, 'booked');
    expect(focused(element)).to.equal(part(element, 'step-heading'));
    expect(plain(part(element, 'drop-off-window')!.textContent)).to.match(/^Drop-off: \w+day, \w+ \d+, 7:00 – 8:00 PM\.$/);
    expect(plain(part(element, 'drop-off-workshop')!.textContent)).to.equal(
      'Bring your device to Demo Appliances workshop, 48 rue de la Roquette, 75011 Paris.',
    );
    expect(part(element, 'technician')).to.equal(null);
    expect((part(element, 'calendar-link') as HTMLAnchorElement).href).to.match(/^blob:/);
    await expect(element).to.be.accessible();

    // The slot's start, the day after the first asked for, at 10:00 UTC.
    const from = parseCalendarDate(String(requestsOf(gateway, 'DropOffSlots')[0]!.body.variables.input!.from))!;
    expect(requestsOf(gateway, 'RequestRepair')[0]!.body.variables.input).to.deep.include({
      workshopId: 'ws-demo',
      slotStart: `${formatIsoDate(addDays(from, 1))}T10:00:00.000Z`,
    });
  });

  it('outside every technician’s area: offers the drop-off right there', async () => {
    const gateway = stubGateway({
      availableSlots: () => ({ __typename: 'OutsideServiceArea', message: 'No technician serves 13001 (FR).', code: 'OUTSIDE_SERVICE_AREA' }),
      workshops: withWorkshop,
    });
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await passProduct(element);
    await passAddress(element, '13001');
    const outside = part(element, 'outside')!;
    expect(plain(outside.textContent)).to.contain('No technician serves 13001 for this appliance.');
    expect(plain(outside.textContent)).to.contain('You can drop the device off at one of our workshops instead.');
    expect(part(element, 'submit-button')).to.equal(null);
    expect(part(element, 'back-to-address')).to.exist;
    await expect(element).to.be.accessible();

    (part(element, 'drop-off-instead') as HTMLButtonElement).click();
    await elementUpdated(element);
    await elementUpdated(element);
    expect(part(element, 'outside')).to.equal(null);
    expect(focused(element)).to.equal(element.shadowRoot!.querySelector('input[name="workshop"]'));
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('input[name="mode"][value="workshop"]')!.checked).to.equal(true);
    expect(part(element, 'submit-button'), 'the drop-off can be booked').to.exist;

    // Continue without a workshop: asked for one.
    next(element);
    await elementUpdated(element);
    await elementUpdated(element);
    expect(plain(element.shadowRoot!.getElementById('workshop-error')!.textContent)).to.equal('Choose a workshop.');
    expect(focused(element)).to.equal(element.shadowRoot!.querySelector('input[name="workshop"]'));

    (element.shadowRoot!.querySelector('input[name="workshop"]') as HTMLInputElement).click();
    await waitUntil(() => part(element, 'day-open'), 'no drop-off slots shown');
    (part(element, 'day-open') as HTMLElement).click();
    await elementUpdated(element);
    element.shadowRoot!.querySelector<HTMLInputElement>('input[name="slot"]')!.click();
    await elementUpdated(element);
    next(element);
    await atState(element, 'contact');
    await passContact(element);
    expect(plain(part(element, 'review')!.textContent)).to.contain('Demo Appliances workshop');
  });

  it('a drop-off slot just taken: back to the workshop’s fresh slots with the message', async () => {
    let tries = 0;
    const gateway = stubGateway({
      workshops: withWorkshop,
      requestRepair: (request) =>
        ++tries === 1 ? { __typename: 'SlotUnavailable', message: 'Full.', code: 'SLOT_UNAVAILABLE' } : dropOffBooked(request),
    });
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await passProduct(element);
    await passAddress(element);
    (element.shadowRoot!.querySelector('input[name="mode"][value="workshop"]') as HTMLInputElement).click();
    await elementUpdated(element);
    (element.shadowRoot!.querySelector('input[name="workshop"]') as HTMLInputElement).click();
    await waitUntil(() => part(element, 'day-open'), 'no drop-off slots shown');
    (part(element, 'day-open') as HTMLElement).click();
    await elementUpdated(element);
    element.shadowRoot!.querySelector<HTMLInputElement>('input[name="slot"]')!.click();
    next(element);
    await atState(element, 'contact');
    await passContact(element);
    next(element);
    await atState(element, 'window');
    await waitUntil(() => requestsOf(gateway!, 'DropOffSlots').length === 2, 'fresh drop-off slots not asked for');
    await atState(element, 'window');
    expect(plain(part(element, 'notice')!.textContent)).to.contain('The drop-off slot you chose has just been taken');
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('input[name="workshop"]')!.checked, 'the workshop is kept').to.equal(true);
    expect(element.shadowRoot!.querySelector('input[name="slot"]:checked')).to.equal(null);
  });
});
