// A reload mid-way keeps what was typed (a drop-off's workshop too), and never leads to a second booking.
import { elementUpdated, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { control, fillIn, graphqlData, part, setUpEachTest, type StubbedRequest } from '../../internal/testing.js';
import '../../index.js';
import type { SavBooking } from './booking.js';
import { draftKey, loadDraft, newIdempotencyKey } from './booking.draft.js';
import {
  atState,
  clearDrafts,
  demoWorkshop,
  next,
  passAddress,
  passContact,
  passProduct,
  passWindow,
  reachReview,
  repairBooked,
  requestsOf,
  stubGateway,
  withWorkshop,
} from './booking.fixtures.js';

const KEY = 'sav-booking:HRF-DEMO-1';

/** A fresh element for the same product, as after a reload of the page. */
async function reload(): Promise<SavBooking> {
  fixtureCleanup();
  return fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
}

describe('<sav-booking> draft', () => {
  setUpEachTest(clearDrafts);

  it('keeps the draft per product model, with one idempotency key', () => {
    expect(draftKey('hrf-demo-1 ')).to.equal(KEY);
    expect(draftKey(undefined)).to.equal('sav-booking:-');
    expect(newIdempotencyKey()).not.to.equal(newIdempotencyKey());
    sessionStorage.setItem(KEY, '{not json');
    expect(loadDraft(KEY)).to.equal(undefined);
    sessionStorage.setItem(KEY, JSON.stringify({ version: 1, idempotencyKey: 'k', step: 'nowhere', values: { fault: 42, city: 'Paris' } }));
    const draft = loadDraft(KEY)!;
    expect(draft.step).to.equal('product');
    expect(draft.values.fault).to.equal('');
    expect(draft.values.city).to.equal('Paris');
  });

  it('a reload mid-way comes back to the same step with everything typed', async () => {
    const gateway = stubGateway();
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await passProduct(element);
    fillIn(control(element, 'line1'), '1 rue de la Roquette');
    const stored = JSON.parse(sessionStorage.getItem(KEY)!) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).to.deep.equal(['idempotencyKey', 'mode', 'slot', 'step', 'symptoms', 'values', 'version', 'workshop']);

    const reloaded = await reload();
    await atState(reloaded, 'address');
    expect(control(reloaded, 'line1').value).to.equal('1 rue de la Roquette');
    (part(reloaded, 'back-button') as HTMLButtonElement).click();
    await atState(reloaded, 'product');
    expect(control<HTMLTextAreaElement>(reloaded, 'fault').value).to.equal('It no longer cools, the light is on.');
    await waitUntil(() => reloaded.shadowRoot!.querySelector<HTMLInputElement>('input[value="NOT_COOLING"]')?.checked, 'symptom lost');
  });

  it('a reload after a failed confirmation sends the same idempotency key again', async () => {
    let tries = 0;
    const gateway = stubGateway({ requestRepair: (request: StubbedRequest) => (++tries === 1 ? 'network-error' : graphqlData({ requestRepair: repairBooked(request) })) });
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await reachReview(element);
    const failed = oneEvent(element, 'sav-booking-failed');
    next(element);
    await failed;

    const reloaded = await reload();
    await atState(reloaded, 'review');
    await waitUntil(() => !(part(reloaded, 'submit-button') as HTMLButtonElement).disabled, 'the estimate never came');
    expect(reloaded.shadowRoot!.textContent).to.contain('1 rue de la Roquette');
    next(reloaded);
    await atState(reloaded, 'booked');
    const [first, second] = requestsOf(gateway, 'RequestRepair');
    expect(second!.body.variables.input!.idempotencyKey).to.equal(first!.body.variables.input!.idempotencyKey);
    expect(second!.body.variables.input!.slotStart).to.equal(first!.body.variables.input!.slotStart);
  });

  it('a reload mid-way through a drop-off comes back to the workshop and its slot', async () => {
    const gateway = stubGateway({ workshops: withWorkshop });
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await passProduct(element);
    await passAddress(element);
    element.shadowRoot!.querySelector<HTMLInputElement>('input[name="mode"][value="workshop"]')!.click();
    await elementUpdated(element);
    element.shadowRoot!.querySelector<HTMLInputElement>('input[name="workshop"]')!.click();
    await waitUntil(() => part(element, 'day-open'), 'no drop-off slots');
    await passWindow(element);
    expect(loadDraft(KEY)).to.deep.include({ mode: 'workshop', workshop: { id: demoWorkshop.id, name: demoWorkshop.name, address: demoWorkshop.address } });
    const slot = loadDraft(KEY)!.slot!;

    const reloaded = await reload();
    await atState(reloaded, 'contact');
    (part(reloaded, 'back-button') as HTMLButtonElement).click();
    await atState(reloaded, 'window');
    expect(reloaded.shadowRoot!.querySelector<HTMLInputElement>('input[name="workshop"]')!.checked).to.equal(true);
    expect(reloaded.shadowRoot!.querySelector<HTMLInputElement>('input[name="slot"]:checked')!.value).to.equal(slot.start);
    await passWindow(reloaded);
    await passContact(reloaded);
    next(reloaded);
    await atState(reloaded, 'booked');
    expect(requestsOf(gateway, 'RequestRepair')[0]!.body.variables.input).to.deep.include({ workshopId: demoWorkshop.id, slotStart: slot.start });
  });

  it('forgets the draft once booked: the next visit starts afresh', async () => {
    const gateway = stubGateway();
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await reachReview(element);
    const key = loadDraft(KEY)!.idempotencyKey;
    next(element);
    await atState(element, 'booked');
    expect(sessionStorage.getItem(KEY)).to.equal(null);

    const reloaded = await reload();
    expect(reloaded.getAttribute('state')).to.equal('product');
    expect(control<HTMLTextAreaElement>(reloaded, 'fault').value).to.equal('');
    expect(loadDraft(KEY)!.idempotencyKey).not.to.equal(key);
  });

  it('keeps a separate draft for another product model', async () => {
    const gateway = stubGateway();
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    fillIn(control<HTMLTextAreaElement>(element, 'fault'), 'Fridge fault.');
    fixtureCleanup();
    const other = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HAC-DEMO-INV" lang="en"></sav-booking>`);
    expect(control<HTMLTextAreaElement>(other, 'fault').value).to.equal('');
    expect(control(other, 'product-model').value).to.equal('HAC-DEMO-INV');
    expect(loadDraft(KEY)!.values.fault).to.equal('Fridge fault.');
  });
});
