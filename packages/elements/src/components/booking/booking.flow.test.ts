// The whole booking with the keyboard alone, to the confirmation; the events; the form value.
import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focused, part, plain, setUpEachTest } from '../../internal/testing.js';
import '../../index.js';
import type { SavBooking, SavBookingConfirmedEvent, SavBookingSubmittedEvent } from './booking.js';
import { atState, bookedTicket, clearDrafts, next, reachReview, requestsOf, stubGateway, tabTo, typeInto } from './booking.fixtures.js';

describe('<sav-booking> keyboard-only booking', () => {
  setUpEachTest(clearDrafts);

  it('books a repair with the keyboard alone and shows the confirmation', async () => {
    const gateway = stubGateway();
    const submitted: SavBookingSubmittedEvent[] = [];
    const confirmed: SavBookingConfirmedEvent[] = [];
    const form = await fixture<HTMLFormElement>(html`<form>
      <sav-booking name="tracking" publishable-key="pk_demo" product-model="HRF-DEMO-1" purchase-date="2024-01-15" country="FR" lang="en"></sav-booking>
    </form>`);
    const element = form.querySelector('sav-booking')!;
    document.addEventListener('sav-booking-submitted', (event) => submitted.push(event));
    document.addEventListener('sav-booking-confirmed', (event) => confirmed.push(event));
    await waitUntil(() => element.shadowRoot!.querySelector('input[name="symptoms"]'), 'no symptoms');

    // Step 1: a symptom (Space), the fault, Continue (Enter).
    await tabTo(element, () => element.shadowRoot!.querySelector('input[value="NOT_COOLING"]'));
    await sendKeys({ press: 'Space' });
    await typeInto(element, 'fault', 'It no longer cools.');
    await tabTo(element, () => part(element, 'submit-button'));
    await sendKeys({ press: 'Enter' });
    await atState(element, 'address');
    expect(focused(element)).to.equal(part(element, 'step-heading'));

    // Step 2: the address; Enter in a field submits the step.
    await typeInto(element, 'line1', '1 rue de la Roquette');
    await typeInto(element, 'postal-code', '75011');
    await typeInto(element, 'city', 'Paris');
    await sendKeys({ press: 'Enter' });
    await atState(element, 'window');

    // Step 3: into the calendar, one day to the right, pick it, then its window.
    await tabTo(element, () => element.shadowRoot!.querySelector('[role="gridcell"][tabindex="0"]'));
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(element);
    await sendKeys({ press: 'Enter' });
    await elementUpdated(element);
    await tabTo(element, () => element.shadowRoot!.querySelector('input[name="slot"]'));
    await sendKeys({ press: 'Space' });
    await tabTo(element, () => part(element, 'submit-button'));
    await sendKeys({ press: 'Enter' });
    await atState(element, 'contact');

    // Step 4: the contact.
    await typeInto(element, 'name', 'Ada Martin');
    await typeInto(element, 'email', 'ada@example.com');
    await typeInto(element, 'phone', '06 12 34 56 78');
    await sendKeys({ press: 'Enter' });
    await atState(element, 'review');

    // Step 5: confirm.
    await tabTo(element, () => part(element, 'submit-button'));
    await sendKeys({ press: 'Enter' });
    await atState(element, 'booked');

    // The confirmation: heading focused, tracking code, window, technician, calendar file.
    expect(focused(element)).to.equal(part(element, 'step-heading'));
    expect(plain(part(element, 'step-heading')!.textContent)).to.contain('Your repair is booked');
    expect(plain(part(element, 'tracking-code')!.textContent)).to.equal('SAV-7K3P-9QX2');
    expect(plain(part(element, 'technician')!.textContent)).to.equal(
      'Your technician: Camille Martin, badge number HX-0042. Ask to see the badge at the door.',
    );
    expect(plain(part(element, 'visit-window')!.textContent)).to.match(/^Arrival window: \w+day, \w+ \d+, .+\.$/);
    await expect(element).to.be.accessible();

    const [request] = requestsOf(gateway, 'RequestRepair');
    const input = request!.body.variables.input!;
    expect(input).to.deep.include({ productModel: 'HRF-DEMO-1', purchaseDate: '2024-01-15', fault: 'It no longer cools.', symptoms: ['NOT_COOLING'] });
    expect(input.customer).to.deep.equal({
      name: 'Ada Martin',
      email: 'ada@example.com',
      phone: '06 12 34 56 78',
      address: { line1: '1 rue de la Roquette', line2: null, postalCode: '75011', city: 'Paris', country: 'FR' },
    });
    expect(input.idempotencyKey).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    // Events: submitted once, then confirmed with the ticket's small detail.
    expect(submitted.map((event) => event.detail)).to.deep.equal([{ productModel: 'HRF-DEMO-1' }]);
    expect(submitted[0]!.bubbles && submitted[0]!.composed).to.equal(true);
    expect(confirmed.map((event) => event.detail)).to.deep.equal([
      { trackingCode: 'SAV-7K3P-9QX2', status: 'SCHEDULED', arrivalWindowStart: input.slotStart },
    ]);
    expect(confirmed[0]!.bubbles && confirmed[0]!.composed).to.equal(true);

    // The element is form-associated: the host form's data carries the tracking code.
    expect(element.form).to.equal(form);
    expect(element.value).to.equal('SAV-7K3P-9QX2');
    expect(new FormData(form).get('tracking')).to.equal('SAV-7K3P-9QX2');

    // "Add to calendar": the ticket's iCalendar text, as sav-<code>.ics.
    await tabTo(element, () => part(element, 'calendar-link'));
    const link = part(element, 'calendar-link') as HTMLAnchorElement;
    expect(link.download).to.equal('sav-SAV-7K3P-9QX2.ics');
    expect(link.href).to.match(/^blob:/);
    gateway.restore();
    expect(await (await fetch(link.href)).text()).to.contain('SUMMARY:Repair SAV-7K3P-9QX2');
  });

  it('copies the tracking code', async () => {
    const gateway = stubGateway();
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await reachReview(element);
    next(element);
    await atState(element, 'booked');
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    try {
      (part(element, 'copy-button') as HTMLButtonElement).click();
      await waitUntil(() => copied.length > 0);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(copied).to.deep.equal(['SAV-7K3P-9QX2']);
    await elementUpdated(element);
    expect(plain(element.shadowRoot!.querySelector('[role="status"]')!.textContent)).to.equal('Tracking code copied.');
  });

  it('keeps the confirm button disabled while the request runs, and sends once', async () => {
    let answer: (response: Response) => void = () => {};
    const gateway = stubGateway({ requestRepair: () => new Promise<Response>((resolve) => (answer = resolve)) });
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await reachReview(element);
    next(element);
    await elementUpdated(element);
    const button = part(element, 'submit-button') as HTMLButtonElement;
    expect(button.disabled).to.equal(true);
    expect(plain(button.textContent)).to.equal('Booking…');
    expect(part(element, 'form')!.getAttribute('aria-busy')).to.equal('true');
    next(element);
    part(element, 'form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    expect(requestsOf(gateway, 'RequestRepair')).to.have.length(1);
    const slotStart = String(requestsOf(gateway, 'RequestRepair')[0]!.body.variables.input!.slotStart);
    answer(new Response(JSON.stringify({ data: { requestRepair: { __typename: 'RepairBooked', ticket: bookedTicket(slotStart) } } })));
    await atState(element, 'booked');
  });
});
