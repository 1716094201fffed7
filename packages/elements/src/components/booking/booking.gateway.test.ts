// Against a REAL running gateway: `SAV_TEST_API=http://127.0.0.1:4000/graphql pnpm test`.
// Without SAV_TEST_API (injected as window.__SAV_TEST_API__ by web-test-runner.config.mjs) it skips.
// The gateway's clock is real: today's windows may be gone, so the first one offered is booked.
import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { part, parts, plain } from '../../internal/testing.js';
import './booking.js';
import type { SavBooking } from './booking.js';
import { atState, clearDrafts, next, passAddress, passContact, passProduct, passWindow } from './booking.fixtures.js';

const gatewayUrl = window.__SAV_TEST_API__ ?? '';

describe('<sav-booking> against a running gateway', function () {
  this.timeout(30_000);

  before(function () {
    if (!gatewayUrl) this.skip();
  });
  beforeEach(() => clearDrafts());
  afterEach(() => clearDrafts());

  it('books the first window offered for HRF-DEMO-1 at 75011 FR and shows the tracking code', async () => {
    const element = await fixture<SavBooking>(html`<sav-booking
      lang="en"
      api=${gatewayUrl}
      publishable-key="pk_demo"
      product-model="HRF-DEMO-1"
      country="FR"
    ></sav-booking>`);
    await passProduct(element);
    await passAddress(element, '75011');
    expect(part(element, 'day-open'), 'the demo technicians offer a window within 14 days').to.exist;
    await passWindow(element);
    await passContact(element);
    await waitUntil(() => part(element, 'coverage-summary'), 'no estimate from the gateway', { timeout: 10_000 });
    next(element);
    await waitUntil(() => element.getAttribute('state') === 'booked' || part(element, 'error'), 'no answer', { timeout: 10_000 });
    const error = part(element, 'error');
    expect(element.getAttribute('state'), `error shown: ${plain(error?.textContent)}`).to.equal('booked');
    await atState(element, 'booked');
    expect(plain(part(element, 'tracking-code')!.textContent)).to.match(/^\S{6,}$/);
    expect(plain(part(element, 'technician')!.textContent)).to.contain('badge number');
    expect(part(element, 'calendar-link')).to.exist;
    expect(element.value).to.equal(plain(part(element, 'tracking-code')!.textContent));
    await expect(element).to.be.accessible();
  });

  it('books a drop-off at the demo workshop and shows where and when to bring the device', async () => {
    const element = await fixture<SavBooking>(html`<sav-booking
      lang="en"
      api=${gatewayUrl}
      publishable-key="pk_demo"
      product-model="HRF-DEMO-1"
      country="FR"
    ></sav-booking>`);
    await passProduct(element);
    await passAddress(element, '75011');
    const dropOff = element.shadowRoot!.querySelector<HTMLInputElement>('input[name="mode"][value="workshop"]');
    expect(dropOff, 'the demo workshop takes refrigerators in FR').to.exist;
    dropOff!.click();
    await elementUpdated(element);
    const workshop = parts(element, 'workshop').find((label) => plain(label.textContent).includes('Demo Appliances workshop'));
    expect(workshop, 'the demo workshop is listed').to.exist;
    workshop!.querySelector('input')!.click();
    await waitUntil(() => part(element, 'day-open'), 'the demo workshop offers a drop-off slot within 14 days', { timeout: 10_000 });
    await passWindow(element);
    await passContact(element);
    expect(plain(part(element, 'review')!.textContent)).to.contain('48 rue de la Roquette');
    await waitUntil(() => part(element, 'coverage-summary'), 'no estimate from the gateway', { timeout: 10_000 });
    next(element);
    await waitUntil(() => element.getAttribute('state') === 'booked' || part(element, 'error'), 'no answer', { timeout: 10_000 });
    expect(element.getAttribute('state'), `error shown: ${plain(part(element, 'error')?.textContent)}`).to.equal('booked');
    await atState(element, 'booked');
    expect(plain(part(element, 'drop-off-workshop')!.textContent)).to.contain('Demo Appliances workshop');
    expect(plain(part(element, 'drop-off-workshop')!.textContent)).to.contain('48 rue de la Roquette');
    expect(plain(part(element, 'drop-off-window')!.textContent)).to.match(/^Drop-off: .+\.$/);
    expect(part(element, 'technician')).to.equal(null);
    expect(part(element, 'calendar-link')).to.exist;
    await expect(element).to.be.accessible();
  });
});
