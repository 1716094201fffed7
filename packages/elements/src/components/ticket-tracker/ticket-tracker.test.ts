// The tracker against a stubbed gateway: set-up, the lookup form, a ticket in each state, live
// updates and their fallback, the customer's actions by keyboard, four languages, accessibility.
import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../../internal/define.js';
import { control, fillIn, focused, part, parts, plain, setUpEachTest } from '../../internal/testing.js';
import '../../index.js';
import { SavTicketTracker } from './ticket-tracker.js';
import {
  answeredTicket,
  atState,
  followUpTicket,
  requestsOf,
  stubTracker,
  tabTo,
  TestStream,
  textOf,
  trackedTicket,
} from './ticket-tracker.fixtures.js';

const notFound = { __typename: 'TicketNotFound', code: 'TICKET_NOT_FOUND', message: 'No ticket matches this tracking code and postal code.' };

/** A tracker opened with the tracking code and postal code, once it shows the ticket. */
async function trackerFor(options: { lang?: string } = {}): Promise<SavTicketTracker> {
  const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker publishable-key="pk_demo" tracking-code="SAV-7K3P-9QX2" postal-code="75011" lang=${options.lang ?? 'en'}></sav-ticket-tracker>`);
  await atState(element, 'tracking');
  return element;
}

describe('<sav-ticket-tracker>', () => {
  setUpEachTest();

  describe('set-up', () => {
    it('is registered, and define() skips a tag already registered', () => {
      expect(customElements.get('sav-ticket-tracker')).to.equal(SavTicketTracker);
      class Other extends HTMLElement {}
      expect(define('sav-ticket-tracker', Other)).to.equal(SavTicketTracker);
    });

    it('shows a clear error, and no form, without a publishable key; takes api-key as an alias', async () => {
      const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker></sav-ticket-tracker>`);
      expect(plain(part(element, 'config-error')!.textContent)).to.contain('publishable-key attribute is missing');
      expect(part(element, 'lookup')).to.equal(null);
      await expect(element).to.be.accessible();
      element.setAttribute('api-key', 'pk_demo');
      await elementUpdated(element);
      expect(part(element, 'lookup')).to.exist;
    });

    it('warns about a poll interval under 5 seconds and uses 5', async () => {
      stubTracker();
      const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker publishable-key="pk_demo" poll-interval="1"></sav-ticket-tracker>`);
      expect(textOf(element, 'warning')).to.equal('The poll-interval attribute "1" is not a number of seconds of at least 5; 5 is used.');
    });
  });

  describe('the lookup form', () => {
    it('asks for the tracking code and the postal code, each field with its own message', async () => {
      const gateway = stubTracker();
      const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker publishable-key="pk_demo"></sav-ticket-tracker>`);
      expect(element.getAttribute('state')).to.equal('lookup');
      expect(control(element, 'postal-code').autocomplete).to.equal('postal-code');
      await expect(element).to.be.accessible();
      (part(element, 'submit-button') as HTMLButtonElement).click();
      await elementUpdated(element);
      expect(parts(element, 'field-error').map((error) => plain(error.textContent))).to.deep.equal([
        'Enter the tracking code.',
        'Enter the postal code of the address.',
      ]);
      expect(control(element, 'tracking-code').getAttribute('aria-invalid')).to.equal('true');
      expect(control(element, 'tracking-code').getAttribute('aria-describedby')).to.contain('tracking-code-error');
      await waitUntil(() => focused(element) === control(element, 'tracking-code'), 'the first wrong field is not focused');
      expect(gateway.requests).to.have.length(0);
      await expect(element).to.be.accessible();
    });

    it('a wrong postal code says only that no ticket matches both, and fires sav-ticket-action-failed', async () => {
      const gateway = stubTracker({ ticket: () => notFound });
      const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker publishable-key="pk_demo"></sav-ticket-tracker>`);
      fillIn(control(element, 'tracking-code'), ' SAV-7K3P-9QX2 ');
      fillIn(control(element, 'postal-code'), '75012');
      const failed = oneEvent(element, 'sav-ticket-action-failed');
      (part(element, 'submit-button') as HTMLButtonElement).click();
      expect((await failed).detail).to.deep.equal({ action: 'lookup', code: 'TICKET_NOT_FOUND' });
      await elementUpdated(element);
      expect(textOf(element, 'not-found')).to.equal('No repair matches this tracking code and postal code. Check both on your confirmation.');
      expect(part(element, 'not-found')!.getAttribute('role')).to.equal('alert');
      expect(requestsOf(gateway, 'CustomerTicket')[0]!.body.variables).to.deep.equal({ trackingCode: 'SAV-7K3P-9QX2', postalCode: '75012' });
      expect(part(element, 'ticket')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('finds the ticket, focuses its heading, fires sav-ticket-found and starts the live stream', async () => {
      const gateway = stubTracker();
      const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker publishable-key="pk_demo" api="https://sav.example/graphql"></sav-ticket-tracker>`);
      fillIn(control(element, 'tracking-code'), 'SAV-7K3P-9QX2');
      fillIn(control(element, 'postal-code'), '75011');
      const found = oneEvent(element, 'sav-ticket-found');
      (part(element, 'submit-button') as HTMLButtonElement).click();
      expect((await found).detail).to.deep.equal({ trackingCode: 'SAV-7K3P-9QX2', status: 'TECHNICIAN_EN_ROUTE', access: 'code' });
      await atState(element, 'tracking');
      await waitUntil(() => focused(element) === part(element, 'heading'), 'the heading is not focused');
      await waitUntil(() => element.getAttribute('live') === 'stream', 'no live stream');
      const [stream] = requestsOf(gateway, 'stream');
      expect(stream!.url).to.equal('https://sav.example/graphql/stream');
      expect(stream!.headers.get('accept')).to.equal('text/event-stream');
      expect(stream!.headers.get('authorization')).to.equal('Bearer pk_demo');
      expect(stream!.body.variables).to.deep.equal({ access: { trackingCode: 'SAV-7K3P-9QX2', postalCode: '75011' } });
      expect(textOf(element, 'live-status')).to.equal('Live updates');
    });

    it('opens the signed link of the page address (?sav-ticket=…) when no attribute is set', async () => {
      const gateway = stubTracker({ ticketByLink: () => trackedTicket() });
      const address = window.location.href;
      history.replaceState(null, '', `${window.location.pathname}?sav-ticket=SAV-7K3P-9QX2.signature`);
      try {
        const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker publishable-key="pk_demo"></sav-ticket-tracker>`);
        await atState(element, 'tracking');
        expect(requestsOf(gateway, 'CustomerTicketByLink')[0]!.body.variables).to.deep.equal({ link: 'SAV-7K3P-9QX2.signature' });
        await waitUntil(() => requestsOf(gateway, 'stream').length > 0, 'no stream');
        expect(gateway.requests.map((request) => `${request.url} ${request.body.query.slice(0, 40)}`), 'one lookup, then the stream').to.have.length(2);
        expect(requestsOf(gateway, 'stream')[0]!.body.variables).to.deep.equal({ access: { link: 'SAV-7K3P-9QX2.signature' } });
      } finally {
        history.replaceState(null, '', address);
      }
    });

    it('a link that opens nothing shows the lookup form and says so', async () => {
      stubTracker({ ticketByLink: () => notFound });
      const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker publishable-key="pk_demo" link="forged.link"></sav-ticket-tracker>`);
      await waitUntil(() => part(element, 'not-found'), 'no message');
      expect(textOf(element, 'not-found')).to.equal('This link does not open a repair. Enter your tracking code and postal code.');
      expect(part(element, 'lookup')).to.exist;
    });
  });

  describe('a ticket', () => {
    it('shows the status, the next step and who acts, the appointment in the ticket’s zone, the technician and the code', async () => {
      stubTracker();
      const element = await trackerFor();
      expect(textOf(element, 'heading')).to.equal('Repair SAV-7K3P-9QX2');
      expect(textOf(element, 'status')).to.equal('The technician is on the way');
      expect(textOf(element, 'next-step-text')).to.equal('Accept or decline the quote.');
      expect(textOf(element, 'next-step-actor')).to.equal('Who acts: You');
      // 07:00–09:00 UTC on March 3 is 08:00–09:00… in Paris (UTC+1), whatever the browser's zone.
      expect(textOf(element, 'visit-window')).to.match(/^Tuesday, March 3, 8:00\s*–\s*10:00\sAM$/);
      expect(textOf(element, 'expected-arrival')).to.equal('Expected arrival: 9:30 AM');
      expect(textOf(element, 'delay')).to.equal('Running late: Traffic jam on the ring road');
      expect(textOf(element, 'technician-name')).to.equal('Camille Martin');
      expect(textOf(element, 'technician-badge')).to.equal('Badge number DEMO-TECH-001');
      expect(textOf(element, 'technician-initials')).to.equal('CM');
      expect(textOf(element, 'verification-code')).to.equal('039 944');
      expect(textOf(element, 'verification-hint')).to.contain('Ask the technician for this code at the door');
      await expect(element).to.be.accessible();
    });

    it('lists the timeline oldest first, each step in words, who took it, and the reason given', async () => {
      stubTracker();
      const element = await trackerFor();
      const events = parts(element, 'timeline-event');
      expect(events.map((event) => plain(event.querySelector('.event-title')!.textContent))).to.deep.equal([
        'Request received',
        'The technician is on the way',
        'The technician reported a delay',
        'Quote sent',
      ]);
      expect(plain(events[0]!.querySelector('[part~="timeline-meta"]')!.textContent)).to.match(/· SAV, automatically$/);
      expect(plain(events[2]!.querySelector('[part~="timeline-meta"]')!.textContent)).to.match(/· The technician · Camille Martin \(DEMO-TECH-001\)$/);
      expect(plain(events[2]!.textContent)).to.contain('Expected arrival: 9:30 AM');
      expect(plain(events[2]!.querySelector('[part~="timeline-reason"]')!.textContent)).to.equal('Traffic jam on the ring road');
    });

    it('shows the quote’s lines, total and advice, and the technician’s photo when there is one', async () => {
      stubTracker({
        ticket: () => trackedTicket({ visit: { ...trackedTicket().visit!, technician: { name: 'Camille Martin', badgeNumber: 'DEMO-TECH-001', photoUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' } } }),
      });
      const element = await trackerFor();
      const rows = [...part(element, 'quote-lines')!.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => plain(cell.textContent)));
      expect(rows).to.deep.equal([
        ['Call-out fee', '€49.00'],
        ['Labour', '€60.00'],
        ['Part: Fan motor', '€85.00'],
      ]);
      expect(textOf(element, 'quote-total')).to.equal('€194.00');
      expect(textOf(element, 'advice-text')).to.equal('We advise repairing it. The repair costs about 28% of the price of a new appliance: repairing it is worthwhile.');
      expect(part(element, 'advice'), 'the same advice is not said twice').to.equal(null);
      expect(part(element, 'technician-photo')!.getAttribute('alt')).to.equal('Photo of Camille Martin');
    });

    it("shows France's repair bonus as a line of its own, deducted, in the reader's language", async () => {
      const quote = trackedTicket().quote!;
      const withBonus = {
        ...quote,
        lines: [...quote.lines, { kind: 'REPAIR_BONUS' as const, part: null, covered: false, amount: { amount: '-25.00', currency: 'EUR' } }],
        total: { amount: '169.00', currency: 'EUR' },
      };
      stubTracker({ ticket: () => trackedTicket({ quote: withBonus }) });
      const element = await trackerFor({ lang: 'fr' });
      const rows = [...part(element, 'quote-lines')!.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => plain(cell.textContent)));
      expect(rows.at(-1)).to.deep.equal(['Bonus réparation, déduit par un réparateur labellisé QualiRépar', '-25,00 €']);
      expect(textOf(element, 'quote-total')).to.equal('169,00 €');
      await expect(element).to.be.accessible();
    });

    it('offers the appointment as an .ics file and fires sav-calendar-downloaded', async () => {
      stubTracker();
      const element = await trackerFor();
      const link = part(element, 'calendar-link') as HTMLAnchorElement;
      expect(link.href).to.match(/^blob:/);
      expect(link.getAttribute('download')).to.equal('sav-SAV-7K3P-9QX2.ics');
      const calendar = await new Promise<string>((resolve) => {
        const request = new XMLHttpRequest();
        request.open('GET', link.href);
        request.onload = () => resolve(request.responseText);
        request.send();
      });
      expect(calendar).to.contain('BEGIN:VCALENDAR');
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      const downloaded = oneEvent(element, 'sav-calendar-downloaded');
      link.click();
      expect((await downloaded).detail).to.deep.equal({ trackingCode: 'SAV-7K3P-9QX2' });
    });
  });

  describe('live updates', () => {
    it('a change pushed over the stream appears without a reload, is announced, and fires sav-ticket-updated', async () => {
      const streams: TestStream[] = [];
      stubTracker({
        stream: () => {
          const stream = new TestStream();
          stream.push(trackedTicket());
          streams.push(stream);
          return stream;
        },
      });
      const element = await trackerFor();
      await waitUntil(() => element.getAttribute('live') === 'stream', 'no live stream');
      const updated = oneEvent(element, 'sav-ticket-updated');
      streams[0]!.push(trackedTicket({ status: 'ON_SITE', nextStep: { code: 'REPAIR', actor: 'TECHNICIAN' }, visit: { ...trackedTicket().visit!, arrivedAt: '2026-03-03T08:25:00.000Z' } }));
      expect((await updated).detail).to.deep.equal({ trackingCode: 'SAV-7K3P-9QX2', status: 'ON_SITE', previousStatus: 'TECHNICIAN_EN_ROUTE' });
      await elementUpdated(element);
      expect(textOf(element, 'status')).to.equal('The technician is with you');
      expect(textOf(element, 'arrived')).to.match(/^Arrived at Mar 3, 9:25\sAM$/);
      expect(plain(element.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent)).to.equal('Your repair: The technician is with you.');
    });

    it('falls back to polling every poll-interval seconds when the stream is refused, and tries the stream again', async function () {
      this.timeout(20_000);
      let status = 'TECHNICIAN_EN_ROUTE';
      const gateway = stubTracker({
        ticket: () => trackedTicket({ status: status as 'ON_SITE' }),
        stream: () => new Response('Not found', { status: 404 }),
      });
      const element = await fixture<SavTicketTracker>(
        html`<sav-ticket-tracker publishable-key="pk_demo" tracking-code="SAV-7K3P-9QX2" postal-code="75011" poll-interval="5"></sav-ticket-tracker>`,
      );
      await atState(element, 'tracking');
      await waitUntil(() => element.getAttribute('live') === 'polling', 'not polling');
      expect(textOf(element, 'live-status')).to.equal('Checked every 5 s');
      status = 'ON_SITE';
      await waitUntil(() => textOf(element, 'status') === 'The technician is with you', 'the polled change never showed', { timeout: 8000 });
      expect(requestsOf(gateway, 'CustomerTicket')).to.have.length(2);
      expect(requestsOf(gateway, 'stream').length, 'the stream is tried again with a backoff').to.be.at.least(2);
    });

    it('stops the stream and the polling when removed from the page', async () => {
      const gateway = stubTracker({ stream: () => new Response('Not found', { status: 404 }) });
      const element = await trackerFor();
      await waitUntil(() => element.getAttribute('live') === 'polling', 'not polling');
      const before = gateway.requests.length;
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(gateway.requests.length, 'no stream retry nor poll after removal').to.equal(before);
    });
  });

  describe('the quote', () => {
    it('is accepted with the keyboard only, says so, and fires sav-quote-answered', async () => {
      const gateway = stubTracker({ answerQuote: () => ({ __typename: 'RepairChanged', ticket: answeredTicket(true) }) });
      const element = await trackerFor();
      const accept = () => part(element, 'accept-button');
      await tabTo(element, accept);
      const answered = oneEvent(element, 'sav-quote-answered');
      await sendKeys({ press: 'Enter' });
      expect((await answered).detail).to.deep.equal({ trackingCode: 'SAV-7K3P-9QX2', quoteId: 'quote-1', accepted: true });
      expect(requestsOf(gateway, 'AnswerQuote')[0]!.body.variables).to.deep.equal({
        input: { access: { trackingCode: 'SAV-7K3P-9QX2', postalCode: '75011' }, quoteId: 'quote-1', accept: true },
      });
      await elementUpdated(element);
      expect(textOf(element, 'quote-answer')).to.equal('You accepted this quote on March 3, 2026.');
      expect(part(element, 'accept-button')).to.equal(null);
      await waitUntil(() => focused(element) === part(element, 'quote-answer'), 'the answer is not focused');
      await expect(element).to.be.accessible();
    });

    it('answered twice: the typed error is shown and nothing else changes', async () => {
      stubTracker({ answerQuote: () => ({ __typename: 'ChangeNotAllowed', code: 'QUOTE_ALREADY_ANSWERED', message: 'This quote was already answered.' }) });
      const element = await trackerFor();
      const before = textOf(element, 'quote-lines');
      const failed = oneEvent(element, 'sav-ticket-action-failed');
      (part(element, 'decline-button') as HTMLButtonElement).click();
      expect((await failed).detail).to.deep.equal({ action: 'answer-quote', code: 'QUOTE_ALREADY_ANSWERED' });
      await elementUpdated(element);
      expect(textOf(element, 'action-error')).to.equal('Your answer was not recorded This quote was already answered.');
      expect(part(element, 'action-error')!.getAttribute('role')).to.equal('alert');
      expect(part(element, 'accept-button'), 'the buttons stay').to.exist;
      expect(textOf(element, 'quote-lines')).to.equal(before);
      expect(textOf(element, 'status')).to.equal('The technician is on the way');
      await expect(element).to.be.accessible();
    });
  });

  describe('the rating', () => {
    it('offers 1 to 5 only, as a radio group; sending none says what to do and sends nothing', async () => {
      const gateway = stubTracker({ ticket: () => followUpTicket() });
      const element = await trackerFor();
      const radios = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="score"]')];
      expect(radios.map((radio) => [radio.type, radio.value])).to.deep.equal([1, 2, 3, 4, 5].map((score) => ['radio', String(score)]));
      expect(element.shadowRoot!.querySelector('input[type="number"]')).to.equal(null);
      expect(textOf(element, 'outcome-text')).to.equal('Your appliance was repaired.');
      expect(textOf(element, 'outcome-note')).to.equal('What the technician did: Replaced the fan motor.');
      expect(textOf(element, 'follow-up')).to.equal('We will call you on March 10, 2026 to check that all is well.');
      expect(part(element, 'verification-code'), 'no code once the visit is over').to.equal(null);
      await expect(element).to.be.accessible();
      (part(element, 'rating-submit') as HTMLButtonElement).click();
      await elementUpdated(element);
      expect(plain(element.shadowRoot!.querySelector('#score-error')!.textContent)).to.equal('Choose a rating from 1 to 5.');
      await waitUntil(() => focused(element) === element.shadowRoot!.querySelector('#score'), 'the scores are not focused');
      expect(requestsOf(gateway, 'RateRepair')).to.have.length(0);
    });

    it('is given with the keyboard only; a low rating reopens the ticket and says so', async () => {
      const reopened = { ...followUpTicket(), status: 'REOPENED', canRate: false, nextStep: { code: 'SCHEDULE_VISIT', actor: 'SERVICE_DESK' }, ratings: [{ score: 2, comment: 'Still noisy', at: '2026-03-04T10:00:00.000Z' }] };
      const gateway = stubTracker({ ticket: () => followUpTicket(), rateRepair: () => ({ __typename: 'RepairRated', outcome: 'REOPENED', ticket: reopened }) });
      const element = await trackerFor();
      await tabTo(element, () => element.shadowRoot!.querySelector('#score'));
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      await tabTo(element, () => element.shadowRoot!.querySelector('#comment'));
      await sendKeys({ type: 'Still noisy' });
      await tabTo(element, () => part(element, 'rating-submit'));
      const rated = oneEvent(element, 'sav-repair-rated');
      await sendKeys({ press: 'Enter' });
      expect((await rated).detail).to.deep.equal({ trackingCode: 'SAV-7K3P-9QX2', rating: 2, outcome: 'REOPENED' });
      expect(requestsOf(gateway, 'RateRepair')[0]!.body.variables.input).to.deep.include({ rating: 2, comment: 'Still noisy' });
      await elementUpdated(element);
      expect(textOf(element, 'rating-result')).to.equal('We are sorry. Your repair is reopened and the service desk will contact you.');
      expect(textOf(element, 'status')).to.equal('Reopened: we are on it');
      expect(textOf(element, 'ratings')).to.equal('2 out of 5, March 4, 2026 Still noisy');
      expect(part(element, 'rating-form')).to.equal(null);
      await waitUntil(() => focused(element) === part(element, 'rating-result'), 'the result is not focused');
      await expect(element).to.be.accessible();
    });

    it('a rating the gateway refuses is said beside the scores; nothing changes', async () => {
      stubTracker({
        ticket: () => followUpTicket(),
        rateRepair: () => ({ __typename: 'InvalidInput', code: 'OUT_OF_RANGE', message: 'A rating is a whole number from 1 to 5.', field: ['rating'], problems: [] }),
      });
      const element = await trackerFor();
      element.shadowRoot!.querySelector<HTMLInputElement>('input[name="score"][value="5"]')!.click();
      await elementUpdated(element);
      const failed = oneEvent(element, 'sav-ticket-action-failed');
      (part(element, 'rating-submit') as HTMLButtonElement).click();
      expect((await failed).detail).to.deep.equal({ action: 'rate', code: 'OUT_OF_RANGE' });
      await elementUpdated(element);
      expect(plain(element.shadowRoot!.querySelector('#score-error')!.textContent)).to.equal('Choose a rating from 1 to 5.');
      expect(textOf(element, 'status')).to.equal('Repair done: your opinion counts');
    });
  });

  describe('languages', () => {
    it('speaks Dutch, with its own words for the advice and Dutch amounts', async () => {
      stubTracker();
      const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker publishable-key="pk_demo" tracking-code="SAV-7K3P-9QX2" postal-code="75011" lang="nl-NL"></sav-ticket-tracker>`);
      await atState(element, 'tracking');
      expect(textOf(element, 'heading')).to.equal('Reparatie SAV-7K3P-9QX2');
      expect(textOf(element, 'status')).to.equal('De monteur is onderweg');
      expect(textOf(element, 'next-step-actor')).to.equal('Wie is aan zet: U');
      expect(textOf(element, 'advice-text')).to.equal('We raden aan het te repareren. De reparatie kost ongeveer 28% van de prijs van een nieuw apparaat.');
      expect(textOf(element, 'quote-total')).to.equal('€ 194,00');
      expect(textOf(element, 'visit-window')).to.match(/^dinsdag 3 maart, 08:00\s*–\s*10:00$/);
      expect(part(element, 'base')!.getAttribute('lang')).to.equal('nl');
      await expect(element).to.be.accessible();
    });

    it('speaks Chinese', async () => {
      stubTracker();
      const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker publishable-key="pk_demo" tracking-code="SAV-7K3P-9QX2" postal-code="75011" lang="zh-CN"></sav-ticket-tracker>`);
      await atState(element, 'tracking');
      expect(textOf(element, 'heading')).to.equal('维修 SAV-7K3P-9QX2');
      expect(textOf(element, 'status')).to.equal('技术员正在路上');
      expect(textOf(element, 'next-step-text')).to.equal('请接受或拒绝报价。');
      expect(textOf(element, 'verification-hint')).to.equal('请在门口让技术员说出此验证码。说不出的人请勿让其进门。');
      expect(textOf(element, 'quote-lines')).to.contain('配件：风扇电机');
      await expect(element).to.be.accessible();
    });

    it('speaks French with the gateway’s explanation, and the lookup form in the page’s language', async () => {
      stubTracker();
      const element = await fixture<SavTicketTracker>(html`<div lang="fr"><sav-ticket-tracker publishable-key="pk_demo"></sav-ticket-tracker></div>`);
      const tracker = element.querySelector('sav-ticket-tracker')!;
      await elementUpdated(tracker);
      expect(textOf(tracker, 'lookup-heading')).to.equal('Suivre votre réparation');
      element.setAttribute('lang', 'zh');
      await elementUpdated(tracker);
      expect(textOf(tracker, 'lookup-heading')).to.equal('跟踪您的维修');
    });
  });
});
