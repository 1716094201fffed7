// Usage advice in the result (issue 10, seed 004): a few tips in plain words against what fails
// most on the model, shown when the gateway sends some, absent otherwise, in the reader's language.
import { expect, fixture, html } from '@open-wc/testing';
import {
  control,
  fillIn,
  graphqlAnswer,
  part,
  parts,
  plain,
  PURCHASE,
  settled,
  setUpEachTest,
  stubFetch,
  submitButton,
  usageTips,
  warrantyCheck,
} from '../../internal/testing.js';
import type { WarrantyCheck } from '@sav/client';
import '../../index.js';
import type { SavWarrantyCheck } from './warranty-check.js';

async function checked(answer: WarrantyCheck, lang = 'en'): Promise<SavWarrantyCheck> {
  stubFetch(() => graphqlAnswer(answer));
  const element = await fixture<SavWarrantyCheck>(
    html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1" api="https://sav.example/graphql" country="FR" lang=${lang}></sav-warranty-check>`,
  );
  fillIn(control(element, 'purchase-date'), PURCHASE);
  submitButton(element).click();
  await settled(element);
  return element;
}

describe('<sav-warranty-check> usage advice', () => {
  setUpEachTest();

  it('shows the tips the gateway sends, each with why, under a heading naming the product', async () => {
    const element = await checked(warrantyCheck(PURCHASE, '2025-06-01', { usageAdvice: usageTips() }));
    expect(plain(part(element, 'usage-advice-heading')!.textContent)).to.equal('How to avoid breakdowns');
    expect(plain(part(element, 'usage-advice-intro')!.textContent)).to.equal('A few tips for your Refrigerator HRF-DEMO-1.');
    const tips = parts(element, 'usage-tip');
    expect(tips.map((tip) => tip.dataset.cause)).to.deep.equal(['DOOR', 'GENERAL']);
    expect(tips.map((tip) => tip.dataset.reason)).to.deep.equal(['FREQUENT_FAILURE', 'GOOD_CARE']);
    expect(plain(parts(element, 'usage-tip-text')[0]!.textContent)).to.equal('Close the door firmly and wipe its rubber seal with warm soapy water once a month.');
    expect(plain(parts(element, 'usage-tip-why')[0]!.textContent)).to.equal('A frequent cause of repairs on this model.');
    expect(part(element, 'usage-advice')!.getAttribute('aria-labelledby')).to.equal('usage-advice-heading');
    await expect(element).to.be.accessible();
  });

  it('shows nothing of it when there are no tips', async () => {
    const element = await checked(warrantyCheck(PURCHASE, '2025-06-01', { usageAdvice: [] }));
    expect(part(element, 'result')).to.exist;
    expect(part(element, 'usage-advice')).to.equal(null);
    expect(parts(element, 'usage-tip')).to.have.length(0);
  });

  it('words its heading in French, and marks a tip the tenant wrote only in English with its language', async () => {
    const tips = [...usageTips('fr'), { text: 'Shut the door with the handle.', language: 'en', cause: 'DOOR', reason: 'GOOD_CARE' as const, why: 'Un bon geste qui aide à éviter les pannes.' }];
    const element = await checked(warrantyCheck(PURCHASE, '2025-06-01', { usageAdvice: tips }), 'fr');
    expect(plain(part(element, 'usage-advice-heading')!.textContent)).to.equal('Comment éviter les pannes');
    expect(plain(part(element, 'usage-advice-intro')!.textContent)).to.equal('Quelques conseils pour votre Refrigerator HRF-DEMO-1.');
    const texts = parts(element, 'usage-tip-text');
    expect(texts[0]!.hasAttribute('lang')).to.equal(false);
    expect(texts[2]!.getAttribute('lang')).to.equal('en');
    await expect(element).to.be.accessible();
  });

  it('words its heading in Dutch and Chinese', async () => {
    for (const [lang, title] of [['nl', 'Zo voorkomt u storingen'], ['zh', '如何避免故障']] as const) {
      const element = await checked(warrantyCheck(PURCHASE, '2025-06-01', { usageAdvice: usageTips() }), lang);
      expect(plain(part(element, 'usage-advice-heading')!.textContent)).to.equal(title);
    }
  });
});
