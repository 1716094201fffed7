// A check answered: each status rendered in plain words, announced, focused, and the event it fires.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  control,
  fillIn,
  focused,
  graphqlAnswer,
  part,
  parts,
  plain,
  PURCHASE,
  row,
  settled,
  setUpEachTest,
  stubFetch,
  submitButton,
  warrantyCheck,
} from '../../internal/testing.js';
import type { WarrantyCheck } from '@sav/client';
import '../../index.js';
import { SavWarrantyCheckedEvent, type SavWarrantyCheck } from './warranty-check.js';

describe('<sav-warranty-check>', () => {
  setUpEachTest();

  describe('checking', () => {
    it('submits the form and renders a covered result, announced and focused', async () => {
      const fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-06-01')));
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1" api="https://sav.example/graphql" country="FR"></sav-warranty-check>`,
      );
      fillIn(control(element, 'purchase-date'), PURCHASE);
      fillIn(control(element, 'city'), 'Paris');
      submitButton(element).click();
      await settled(element);

      const [request] = fetchStub.requests;
      expect(request!.url).to.equal('https://sav.example/graphql');
      expect(request!.headers.get('authorization')).to.equal('Bearer pk_demo');
      expect(request!.headers.get('content-type')).to.equal('application/json');
      expect(request!.headers.get('accept-language')).to.equal('en');
      expect(request!.body.variables.input).to.deep.equal({
        productModel: 'HRF-DEMO-1',
        purchaseDate: PURCHASE,
        country: 'FR',
        city: 'Paris',
      });

      expect(element.getAttribute('state')).to.equal('result');
      expect(element.getAttribute('status')).to.equal('covered');
      const heading = part(element, 'result-heading')!;
      expect(plain(heading.textContent)).to.contain('Covered');
      expect(focused(element)).to.equal(heading);
      expect(plain(part(element, 'summary')!.textContent)).to.equal('Good news: your appliance is covered by the warranty.');
      expect(plain(part(element, 'explanation')!.textContent)).to.contain('main parts for 3 years');
      expect(plain(part(element, 'product')!.textContent)).to.contain('Bought on August 20, 2024');
      expect(parts(element, 'coverage-row')).to.have.length(15);
      expect(plain(row(element, 'WHOLE_UNIT').textContent)).to.contain('Whole appliance');
      expect(plain(row(element, 'WHOLE_UNIT').textContent)).to.contain('August 19, 2025');
      expect(plain(row(element, 'WHOLE_UNIT').textContent)).to.contain('2 months 19 days left');
      expect(plain(row(element, 'MAIN_CONTROL_BOARD').textContent)).to.contain('Main control board');
      expect(plain(row(element, 'COMPRESSOR').textContent)).to.contain('2 years 2 months left');
      expect(plain(part(element, 'remedies')!.textContent)).to.contain('Have it repaired free of charge, until August 19, 2027.');
      expect(parts(element, 'exclusion').map((item) => plain(item.textContent))).to.deep.equal([
        'No warranty certificate or invoice.',
        'Damage from an accident or improper use.',
        'Repaired by someone not authorised.',
      ]);
      expect(plain(part(element, 'paid-repair')!.textContent)).to.contain('Paid repair stays available');
      const live = element.shadowRoot!.querySelector('[role="status"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(plain(live.textContent)).to.equal(
        'Warranty check done: Covered. Good news: your appliance is covered by the warranty.',
      );
      await expect(element).to.be.accessible();
    });

    it('renders a partly covered result: ended and active covers, repairs extension, return and exchange', async () => {
      const asOf = '2025-12-20';
      const answer = warrantyCheck(PURCHASE, asOf);
      answer.coverages = answer.coverages.map((coverage) =>
        coverage.part === 'COMPRESSOR' ? { ...coverage, endsOn: '2027-09-02', extendedByDays: 14 } : coverage,
      );
      answer.coverages.push({ ...answer.coverages[1]!, part: 'WATER_DISPENSER' });
      const fetchStub = stubFetch(() => graphqlAnswer(answer));
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1" purchase-date=${PURCHASE}></sav-warranty-check>`,
      );
      await settled(element);
      expect(element.getAttribute('status')).to.equal('partly-covered');
      expect(plain(part(element, 'result-heading')!.textContent)).to.contain('Partly covered');
      expect(plain(part(element, 'summary')!.textContent)).to.contain('partly covered');
      const wholeUnit = plain(row(element, 'WHOLE_UNIT').textContent);
      expect(wholeUnit).to.contain('Ended');
      expect(wholeUnit).to.contain('ended 4 months ago');
      const compressor = plain(row(element, 'COMPRESSOR').textContent);
      expect(compressor).to.contain('Covered');
      expect(compressor).to.contain('September 2, 2027');
      expect(compressor).to.contain('extended by 14 days for repairs');
      expect(plain(row(element, 'WATER_DISPENSER').textContent)).to.contain('Water dispenser');
      expect(row(element, 'EVAPORATOR').querySelector('[part~="extension"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('lists return and exchange in plain words right after the purchase', async () => {
      const answer = warrantyCheck('2025-12-15', '2025-12-20', {
        remedies: [
          { kind: 'REPAIR', until: '2028-12-14' },
          { kind: 'RETURN', until: '2025-12-22' },
          { kind: 'EXCHANGE', until: '2025-12-30' },
        ],
      });
      const fetchStub = stubFetch(() => graphqlAnswer(answer));
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo" serial-number="SN-1"></sav-warranty-check>`);
      await settled(element);
      expect(fetchStub.requests[0]!.body.variables.input).to.deep.include({ serialNumber: 'SN-1' });
      expect(parts(element, 'remedy').map((item) => plain(item.textContent))).to.deep.equal([
        'Return it and get your money back, until December 22, 2025.',
        'Exchange it for a new one, until December 30, 2025.',
        'Have it repaired free of charge, until December 14, 2028.',
      ]);
      // A check started by the page's attributes does not steal the reader's focus.
      expect(focused(element)).to.equal(null);
    });

    it('renders an expired result with no free remedy and paid repair still available', async () => {
      const fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck('2020-01-10', '2025-12-20')));
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1" purchase-date="2020-01-10"></sav-warranty-check>`,
      );
      await settled(element);
      expect(element.getAttribute('status')).to.equal('expired');
      expect(plain(part(element, 'result-heading')!.textContent)).to.contain('Warranty ended');
      expect(plain(part(element, 'summary')!.textContent)).to.equal('The warranty on your appliance has ended.');
      expect(plain(part(element, 'remedies')!.textContent)).to.equal('No free return, exchange or repair applies any more.');
      expect(plain(row(element, 'COMPRESSOR').textContent)).to.contain('ended 2 years 11 months ago');
      expect(part(element, 'paid-repair')).not.to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('renders "no policy" plainly, without a table', async () => {
      const fetchStub = stubFetch(() =>
        graphqlAnswer(warrantyCheck('2006-05-01', '2025-12-20', { coverages: [], exclusions: [], paidRepairAvailable: true })),
      );
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HAC-OLD" purchase-date="2006-05-01"></sav-warranty-check>`,
      );
      await settled(element);
      expect(element.getAttribute('status')).to.equal('no-policy');
      expect(plain(part(element, 'result-heading')!.textContent)).to.contain('No warranty found');
      expect(part(element, 'coverages')).to.equal(null);
      expect(part(element, 'exclusions')).to.equal(null);
      expect(part(element, 'paid-repair')).not.to.equal(null);
      await expect(element).to.be.accessible();
    });

    const legalLayer: Pick<WarrantyCheck, 'legalRights' | 'recourse' | 'legalNotice'> = {
      legalRights: [
        {
          jurisdiction: 'FR',
          kind: 'CONFORMITY',
          ruleSet: 'FR-CONFORMITY-2022',
          startsOn: PURCHASE,
          endsOn: '2026-08-20',
          presumptionEndsOn: '2026-08-20',
          extendedByRepair: false,
          active: true,
          liable: 'SELLER',
          remedies: [
            { kind: 'REPAIR', available: true, until: '2026-08-20' },
            { kind: 'REPLACEMENT', available: true, until: '2026-08-20' },
            { kind: 'REFUND', available: false, until: '2026-08-20' },
          ],
          repairBonus: null,
          source: 'Code de la consommation, art. L217-3',
          sourceUrl: 'https://www.legifrance.gouv.fr/',
          explanation: 'The seller answers for any lack of conformity for 2 years.',
        },
        {
          jurisdiction: 'EU',
          kind: 'MANUFACTURER_REPAIR',
          ruleSet: 'EU-2024-1799-MANUFACTURER-REPAIR',
          startsOn: '2026-07-31',
          endsOn: null,
          presumptionEndsOn: null,
          extendedByRepair: false,
          active: true,
          liable: 'MANUFACTURER',
          remedies: [{ kind: 'REPAIR', available: true, until: null }],
          repairBonus: null,
          source: 'Directive (EU) 2024/1799, art. 5',
          sourceUrl: null,
          explanation: 'The manufacturer must offer to repair it.',
        },
      ],
      recourse: [
        { layer: 'LEGAL_GUARANTEE', turnTo: 'SELLER', legalKind: 'CONFORMITY', until: '2026-08-20', proofNeeded: false, free: true, explanation: 'Turn to the seller under the legal guarantee.' },
      ],
      legalNotice: 'This is general information about the law, not legal advice.',
    };

    it("shows the law's layer apart from the maker's warranty: each right, its dates, who answers, its source, who to turn to, and the notice", async () => {
      stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-06-01', legalLayer)));
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo" serial-number="SN-1"></sav-warranty-check>`);
      await settled(element);
      const layer = part(element, 'legal')!;
      expect(layer.getAttribute('aria-labelledby')).to.equal('legal-heading');
      expect(part(element, 'coverages')!.contains(layer)).to.equal(false);
      const [conformity, manufacturer] = [...element.shadowRoot!.querySelectorAll('[part="legal-right"]')].map((li) => plain(li.textContent));
      expect(conformity).to.contain('Legal guarantee of conformity · France');
      expect(conformity).to.contain('The seller answers for any lack of conformity for 2 years.');
      expect(conformity).to.contain('Until August 20, 2026.');
      expect(conformity).to.contain('A defect is presumed to have been there at delivery until August 20, 2026.');
      expect(conformity).to.contain('Answered by the seller');
      expect(conformity).to.contain('You may ask for: repair or replacement.');
      expect(conformity).to.contain('Source: Code de la consommation, art. L217-3');
      expect(manufacturer).to.contain("Manufacturer's duty to repair · European Union");
      expect(manufacturer).to.contain('No fixed end date.');
      expect(manufacturer).to.contain('Answered by the manufacturer');
      expect(plain(part(element, 'recourse')!.textContent)).to.contain('Turn to the seller under the legal guarantee.');
      expect(plain(part(element, 'legal-notice')!.textContent)).to.equal('This is general information about the law, not legal advice.');
      expect(part(element, 'legal-right')!.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
      await expect(element).to.be.accessible();
    });

    it('speaks Dutch and Chinese around the legal layer', async () => {
      stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-06-01', legalLayer)));
      const dutch = await fixture<SavWarrantyCheck>(html`<sav-warranty-check lang="nl-NL" publishable-key="pk_demo" serial-number="SN-1"></sav-warranty-check>`);
      await settled(dutch);
      const dutchRight = plain(part(dutch, 'legal-right')!.textContent);
      expect(dutchRight).to.contain('Wettelijke garantie (conformiteit) · Frankrijk');
      expect(dutchRight).to.contain('Tot en met 20 augustus 2026.');
      expect(dutchRight).to.contain('U mag vragen om: herstel of vervanging.');
      expect(plain(part(dutch, 'legal-heading')!.textContent)).to.equal('Uw rechten volgens de wet');
      const chinese = await fixture<SavWarrantyCheck>(html`<sav-warranty-check lang="zh-CN" publishable-key="pk_demo" serial-number="SN-1"></sav-warranty-check>`);
      await settled(chinese);
      const chineseRight = plain(part(chinese, 'legal-right')!.textContent);
      expect(chineseRight).to.contain('法定符合性保证 · 法国');
      expect(chineseRight).to.contain('2026年8月20日');
      await expect(chinese).to.be.accessible();
    });

    it('fires sav-warranty-checked with a small detail, bubbling out of the shadow root', async () => {
      const fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-12-20')));
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-warranty-check>`,
      );
      fillIn(control(element, 'purchase-date'), PURCHASE);
      const heard = oneEvent(document, 'sav-warranty-checked');
      submitButton(element).click();
      const event = await heard;
      expect(event).to.be.instanceOf(SavWarrantyCheckedEvent);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ productModel: 'HRF-DEMO-1', status: 'PARTLY_COVERED', purchaseDate: PURCHASE });
    });
  });
});
