// Usage advice on the customer's ticket (issue 10, seed 004): tips for the ticket's model, shown
// when the gateway sends some, absent otherwise, in the tracker's language.
import { expect, fixture, html } from '@open-wc/testing';
import { part, parts, plain, setUpEachTest, usageTips } from '../../internal/testing.js';
import '../../index.js';
import type { SavTicketTracker } from './ticket-tracker.js';
import { atState, stubTracker, trackedTicket } from './ticket-tracker.fixtures.js';

async function trackerWith(usageAdvice: ReturnType<typeof usageTips>, lang = 'en'): Promise<SavTicketTracker> {
  stubTracker({ ticket: () => trackedTicket({ usageAdvice }) });
  const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker publishable-key="pk_demo" tracking-code="SAV-7K3P-9QX2" postal-code="75011" lang=${lang}></sav-ticket-tracker>`);
  await atState(element, 'tracking');
  return element;
}

describe('<sav-ticket-tracker> usage advice', () => {
  setUpEachTest();

  it("shows tips for the ticket's model, each with why", async () => {
    const element = await trackerWith(usageTips());
    expect(plain(part(element, 'usage-advice-heading')!.textContent)).to.equal('How to avoid breakdowns');
    expect(plain(part(element, 'usage-advice-intro')!.textContent)).to.equal('A few tips for your HRF-DEMO-1.');
    expect(parts(element, 'usage-tip').map((tip) => plain(tip.textContent))).to.deep.equal([
      'Close the door firmly and wipe its rubber seal with warm soapy water once a month. A frequent cause of repairs on this model.',
      'Leave a hand’s width of space behind and above the fridge so that its heat can escape. Good care that helps avoid breakdowns.',
    ]);
    await expect(element).to.be.accessible();
  });

  it('shows nothing of it when there are no tips', async () => {
    const element = await trackerWith([]);
    expect(part(element, 'ticket')).to.exist;
    expect(part(element, 'usage-advice')).to.equal(null);
  });

  it('words its heading in each language', async () => {
    for (const [lang, title, intro] of [
      ['fr', 'Comment éviter les pannes', 'Quelques conseils pour votre HRF-DEMO-1.'],
      ['nl', 'Zo voorkomt u storingen', 'Een paar tips voor uw HRF-DEMO-1.'],
      ['zh', '如何避免故障', '关于您的HRF-DEMO-1的几条建议。'],
    ] as const) {
      const element = await trackerWith(usageTips(lang === 'fr' ? 'fr' : 'en'), lang);
      expect(plain(part(element, 'usage-advice-heading')!.textContent)).to.equal(title);
      expect(plain(part(element, 'usage-advice-intro')!.textContent)).to.equal(intro);
    }
    const french = await trackerWith(usageTips('fr'), 'fr');
    await expect(french).to.be.accessible();
  });
});
