// What each answer of requestRepair leads to: a window just taken, verification, a failed request.
import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { focused, graphqlData, part, parts, plain, setUpEachTest, type StubbedRequest } from '../../internal/testing.js';
import '../../index.js';
import type { SavBooking } from './booking.js';
import { atState, bookedTicket, clearDrafts, next, passContact, passWindow, reachReview, repairBooked, requestsOf, stubGateway } from './booking.fixtures.js';

describe('<sav-booking> outcomes', () => {
  setUpEachTest(clearDrafts);

  it('SlotUnavailable: back to the windows with the message and fresh slots; the next try keeps the key', async () => {
    let tries = 0;
    const gateway = stubGateway({
      requestRepair: (request: StubbedRequest) =>
        ++tries === 1 ? { __typename: 'SlotUnavailable', message: 'Fully booked.', code: 'SLOT_UNAVAILABLE' } : repairBooked(request),
    });
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await reachReview(element);
    const slotRequests = requestsOf(gateway, 'AvailableSlots').length;

    const failed = oneEvent(element, 'sav-booking-failed');
    next(element);
    expect((await failed).detail).to.deep.equal({ code: 'SLOT_UNAVAILABLE' });
    await atState(element, 'window');
    expect(requestsOf(gateway, 'AvailableSlots'), 'fresh windows asked for').to.have.length(slotRequests + 1);
    const notice = part(element, 'notice')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(plain(notice.textContent)).to.contain('The window you chose has just been taken');
    expect(element.shadowRoot!.querySelector('input[name="slot"]:checked')).to.equal(null);
    expect(focused(element)).to.equal(part(element, 'step-heading'));
    await expect(element).to.be.accessible();

    await passWindow(element);
    expect(part(element, 'notice'), 'the message goes once a window is chosen').to.equal(null);
    await passContact(element);
    next(element);
    await atState(element, 'booked');
    const [first, second] = requestsOf(gateway, 'RequestRepair');
    expect(second!.body.variables.input!.idempotencyKey).to.equal(first!.body.variables.input!.idempotencyKey);
  });

  it('NeedsVerification: the request is kept for verification, with its tracking code and why', async () => {
    const gateway = stubGateway({
      requestRepair: () => ({
        __typename: 'NeedsVerification',
        message: 'We received your request.',
        code: 'NEEDS_VERIFICATION',
        trackingCode: 'SAV-VRFY-0001',
        reasons: ['SERIAL_NOT_SOLD'],
        ticket: { ...bookedTicket('2026-03-03T07:00:00.000Z', 'SAV-VRFY-0001'), status: 'NEEDS_VERIFICATION', visit: null, calendar: null },
      }),
    });
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await reachReview(element);
    const confirmed = oneEvent(element, 'sav-booking-confirmed');
    next(element);
    expect((await confirmed).detail).to.deep.equal({ trackingCode: 'SAV-VRFY-0001', status: 'NEEDS_VERIFICATION', arrivalWindowStart: null });
    await atState(element, 'needs-verification');
    expect(plain(part(element, 'step-heading')!.textContent)).to.contain('Your request is received');
    expect(plain(part(element, 'verification')!.textContent)).to.contain('Your request is kept for verification');
    expect(plain(part(element, 'tracking-code')!.textContent)).to.equal('SAV-VRFY-0001');
    expect(parts(element, 'verification-reasons').map((list) => plain(list.textContent))).to.deep.equal([
      'The serial number is not among the registered sales.',
    ]);
    expect(part(element, 'technician')).to.equal(null);
    expect(part(element, 'calendar-link'), 'no visit, no calendar file').to.equal(null);
    expect(element.value).to.equal('SAV-VRFY-0001');
    await expect(element).to.be.accessible();
  });

  it('a network failure: an alert to try again, which sends the same idempotency key', async () => {
    let tries = 0;
    const gateway = stubGateway({ requestRepair: (request: StubbedRequest) => (++tries === 1 ? 'network-error' : graphqlData({ requestRepair: repairBooked(request) })) });
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await reachReview(element);
    const failed = oneEvent(element, 'sav-booking-failed');
    next(element);
    expect((await failed).detail).to.deep.equal({ code: 'NETWORK_ERROR' });
    await atState(element, 'review');
    await elementUpdated(element);
    const alert = part(element, 'error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(plain(alert.textContent)).to.contain('Your request was not sent');
    expect(plain(alert.textContent)).to.contain('Trying again never books twice.');
    expect(focused(element)).to.equal(part(element, 'error-heading'));
    await expect(element).to.be.accessible();

    const submitted = oneEvent(element, 'sav-booking-submitted');
    (part(element, 'retry-button') as HTMLButtonElement).click();
    expect((await submitted).detail).to.deep.equal({ productModel: 'HRF-DEMO-1' });
    await atState(element, 'booked');
    const [first, second] = requestsOf(gateway, 'RequestRepair');
    expect(second!.body.variables.input!.idempotencyKey).to.equal(first!.body.variables.input!.idempotencyKey);
  });

  it('ProductNotFound on the first step marks the model', async () => {
    const gateway = stubGateway({ repairOptions: () => ({ __typename: 'ProductNotFound', message: 'No such model.', code: 'PRODUCT_NOT_FOUND' }) });
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="NOPE-1" serial-number="SN-1" lang="en"></sav-booking>`);
    await elementUpdated(element);
    const fault = element.shadowRoot!.getElementById('fault') as HTMLTextAreaElement;
    fault.value = 'It is broken.';
    fault.dispatchEvent(new Event('input'));
    next(element);
    await atState(element, 'product');
    await elementUpdated(element);
    expect(plain(element.shadowRoot!.getElementById('product-model-error')!.textContent)).to.equal(
      'We do not know this model. Check it as written on your invoice.',
    );
    expect(focused(element)?.id).to.equal('product-model');
  });
});
