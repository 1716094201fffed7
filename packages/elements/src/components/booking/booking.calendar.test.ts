// The arrival window picker: the calendar grid and its keyboard, and the chosen day's windows.
import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addDays, formatIsoDate, parseCalendarDate } from '../../internal/format.js';
import { focused, part, parts, plain, setUpEachTest } from '../../internal/testing.js';
import { todayInZone } from '../../internal/zoned-time.js';
import '../../index.js';
import type { SavBooking } from './booking.js';
import { calendarWeeks, dayAfterKey } from './booking.calendar.js';
import { fewPlaces } from './booking.window.js';
import {
  atState,
  availableSlots,
  clearDrafts,
  next,
  passAddress,
  passContact,
  passProduct,
  passWindow,
  repairOptions,
  requestsOf,
  stubGateway,
} from './booking.fixtures.js';

const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10'];

describe('the calendar of days', () => {
  it('lays the days out in weeks from the locale’s first day, with blanks around', () => {
    // 2026-03-03 is a Tuesday.
    const weeks = calendarWeeks(['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'], 1);
    expect(weeks).to.deep.equal([
      [null, '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'],
      ['2026-03-09', null, null, null, null, null, null],
    ]);
    expect(calendarWeeks(['2026-03-03'], 7)[0]).to.deep.equal([null, null, '2026-03-03', null, null, null, null]);
  });

  it('moves a day, a week, to the week’s ends and the range’s ends, never out of the range', () => {
    const move = (from: string, key: string) => dayAfterKey(days, from, key, 1);
    expect(move('2026-03-03', 'ArrowRight')).to.equal('2026-03-04');
    expect(move('2026-03-03', 'ArrowLeft')).to.equal('2026-03-02');
    expect(move('2026-03-02', 'ArrowLeft')).to.equal(undefined);
    expect(move('2026-03-03', 'ArrowDown')).to.equal('2026-03-10');
    expect(move('2026-03-04', 'ArrowDown')).to.equal(undefined);
    expect(move('2026-03-10', 'ArrowUp')).to.equal('2026-03-03');
    expect(move('2026-03-04', 'Home')).to.equal('2026-03-02');
    expect(move('2026-03-04', 'End')).to.equal('2026-03-08');
    expect(move('2026-03-04', 'PageDown')).to.equal('2026-03-10');
    expect(move('2026-03-04', 'PageUp')).to.equal('2026-03-02');
    expect(move('2026-03-04', 'a')).to.equal(undefined);
  });
});

describe('few places', () => {
  it('says how many places are left when few, unless no window has more', () => {
    const slot = (remaining: number) => ({ start: '2026-03-03T07:00:00Z', end: '2026-03-03T09:00:00Z', remaining });
    const team = [slot(2), slot(1), slot(2)];
    expect(team.map((each) => fewPlaces(each, team))).to.deep.equal([false, true, false]);
    const larger = [slot(5), slot(2), slot(3)];
    expect(larger.map((each) => fewPlaces(each, larger))).to.deep.equal([false, true, false]);
  });
});

describe('<sav-booking> window step', () => {
  const zone = 'Asia/Tokyo';
  const day = (offset: number) => formatIsoDate(addDays(parseCalendarDate(todayInZone(zone))!, offset));

  setUpEachTest(clearDrafts);

  async function windowStep(): Promise<SavBooking> {
    const gateway = stubGateway();
    const element = await fixture<SavBooking>(
      html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en" time-zone=${zone}></sav-booking>`,
    );
    await passProduct(element);
    await passAddress(element);
    return element;
  }

  const cell = (element: SavBooking, offset: number) => element.shadowRoot!.getElementById(`day-${day(offset)}`)!;

  it('shows 14 days from today in the page’s zone (over the API’s); days without an open window are disabled', async () => {
    const element = await windowStep();
    expect(parts(element, 'day').map((each) => each.dataset.date)).to.deep.equal(Array.from({ length: 14 }, (_unused, index) => day(index)));
    expect(parts(element, 'day-open').map((each) => each.dataset.date)).to.deep.equal([day(1), day(2), day(4)]);
    expect(cell(element, 0).getAttribute('aria-disabled')).to.equal('true');
    expect(cell(element, 1).hasAttribute('aria-disabled')).to.equal(false);
    expect(plain(cell(element, 1).textContent)).to.match(/: 2 arrival windows$/);
    expect(plain(cell(element, 2).textContent)).to.match(/: 1 arrival window$/);
    expect(plain(cell(element, 3).textContent)).to.match(/: no arrival window$/);
    const tabbable = parts(element, 'day').filter((each) => each.tabIndex === 0);
    expect(tabbable, 'one day in the tab order: the first open one').to.deep.equal([cell(element, 1)]);
  });

  it('moves between days with the arrow keys, Home/End and Page Up/Down; Enter picks an open day only', async () => {
    const element = await windowStep();
    cell(element, 1).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await elementUpdated(element);
    expect(focused(element)).to.equal(cell(element, 0));
    expect(cell(element, 0).tabIndex).to.equal(0);
    expect(cell(element, 1).tabIndex).to.equal(-1);
    await sendKeys({ press: 'Enter' });
    await elementUpdated(element);
    expect(cell(element, 0).getAttribute('aria-selected'), 'a day without windows cannot be picked').to.equal('false');
    expect(part(element, 'windows')).to.equal(null);

    await sendKeys({ press: 'ArrowDown' });
    await elementUpdated(element);
    expect(focused(element)).to.equal(cell(element, 7));
    await sendKeys({ press: 'ArrowUp' });
    await elementUpdated(element);
    expect(focused(element)).to.equal(cell(element, 0));
    await sendKeys({ press: 'PageDown' });
    await elementUpdated(element);
    expect(focused(element)).to.equal(cell(element, 13));
    await sendKeys({ press: 'PageUp' });
    await elementUpdated(element);
    expect(focused(element)).to.equal(cell(element, 0));
    await sendKeys({ press: 'End' });
    await elementUpdated(element);
    expect(focused(element)?.closest('tr')).to.equal(cell(element, 0).closest('tr'));
    await sendKeys({ press: 'Home' });
    await elementUpdated(element);
    expect(focused(element)).to.equal(parts(element, 'day')[0]);

    cell(element, 1).focus();
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(element);
    await sendKeys({ press: 'Space' });
    await elementUpdated(element);
    expect(cell(element, 2).getAttribute('aria-selected')).to.equal('true');
    const windows = part(element, 'windows')!;
    expect(plain(windows.querySelector('legend')!.textContent)).to.contain('Arrival windows on');
    expect(parts(element, 'window').map((label) => plain(label.textContent))).to.deep.equal(['4:00 – 6:00 PM 2 places left']);
    expect(plain(part(element, 'windows')!.textContent)).to.contain('Times are in Tokyo time');
    await expect(element).to.be.accessible();
  });

  it('lists the chosen day’s open windows as radios, in time order, saying when few places remain', async () => {
    const element = await windowStep();
    cell(element, 1).click();
    await elementUpdated(element);
    const radios = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="slot"]')];
    expect(radios.map((radio) => radio.value)).to.deep.equal([`${day(1)}T07:00:00.000Z`, `${day(1)}T09:00:00.000Z`]);
    expect(parts(element, 'window').map((label) => plain(label.textContent))).to.deep.equal(['4:00 – 6:00 PM', '6:00 – 8:00 PM 1 place left']);
    radios[1]!.focus();
    await sendKeys({ press: 'Space' });
    await elementUpdated(element);
    expect(radios[1]!.checked).to.equal(true);
    // Another day drops the window chosen on the first.
    cell(element, 4).click();
    await elementUpdated(element);
    cell(element, 1).click();
    await elementUpdated(element);
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('input[name="slot"]:checked')).to.equal(null);
  });

  /** A gateway whose tenant works in the test's zone (Tokyo). */
  const tokyoGateway = () =>
    stubGateway({
      repairOptions: () => ({ ...repairOptions, timeZone: zone }),
      availableSlots: (request) => ({ ...(availableSlots(request) as object), timeZone: zone }),
    });

  it('shows days and times in the zone the API gives when the page sets none, to the confirmation', async () => {
    const gateway = tokyoGateway();
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await passProduct(element);
    await passAddress(element);
    expect(requestsOf(gateway, 'AvailableSlots')[0]!.body.variables.input!.from, 'today in the tenant’s zone').to.equal(day(0));
    expect(parts(element, 'day-open').map((each) => each.dataset.date)).to.deep.equal([day(1), day(2), day(4)]);
    cell(element, 1).click();
    await elementUpdated(element);
    expect(parts(element, 'window').map((label) => plain(label.textContent))).to.deep.equal(['4:00 – 6:00 PM', '6:00 – 8:00 PM 1 place left']);
    expect(plain(part(element, 'windows')!.textContent)).to.contain('Times are in Tokyo time');
    await passWindow(element);
    await passContact(element);
    expect(plain(part(element, 'review')!.textContent)).to.contain('4:00 – 6:00 PM');
    next(element);
    await atState(element, 'booked');
    expect(plain(part(element, 'visit-window')!.textContent)).to.match(/, 4:00 – 6:00 PM\.$/);
  });

  it('the page’s time-zone overrides the API’s', async () => {
    const gateway = tokyoGateway();
    const element = await fixture<SavBooking>(
      html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en" time-zone="UTC"></sav-booking>`,
    );
    await passProduct(element);
    await passAddress(element);
    (part(element, 'day-open') as HTMLElement).click();
    await elementUpdated(element);
    expect(plain(part(element, 'window')!.textContent)).to.equal('7:00 – 9:00 AM');
    expect(plain(part(element, 'windows')!.textContent)).to.contain('Times are in UTC time');
  });

  it('outside the service area: says so, and goes back to the postal code', async () => {
    const gateway = stubGateway({
      availableSlots: () => ({ __typename: 'OutsideServiceArea', message: 'No technician serves 13001 (FR).', code: 'OUTSIDE_SERVICE_AREA' }),
    });
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
    await passProduct(element);
    await passAddress(element, '13001');
    const outside = part(element, 'outside')!;
    expect(outside.getAttribute('role')).to.equal('alert');
    expect(plain(outside.textContent)).to.contain('No technician serves 13001 for this appliance.');
    expect(part(element, 'calendar')).to.equal(null);
    expect(part(element, 'submit-button')).to.equal(null);
    expect(part(element, 'drop-off-instead'), 'no workshop takes it: no drop-off offered').to.equal(null);
    await expect(element).to.be.accessible();
    (part(element, 'back-to-address') as HTMLButtonElement).click();
    await atState(element, 'address');
    await elementUpdated(element);
    expect(focused(element)?.id).to.equal('postal-code');
  });
});
