// Only English is in the bundle: the components fetch another language's strings when they first
// speak it, and render once those strings are here (never English words for a moment).
import { aTimeout, elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import type { SavCompletionCertificate } from '../components/completion-certificate/completion-certificate.js';
import type { SavReinterventionTerms } from '../components/reintervention-terms/reintervention-terms.js';
import type { SavTicketTracker } from '../components/ticket-tracker/ticket-tracker.js';
import { catalog, loadLanguage, textFrom } from './i18n.js';
import { part, plain } from './testing.js';

const ENGLISH_TITLE = 'This repair tracker is not set up correctly';

describe('languages fetched when a component speaks them', () => {
  it('a tracker on a Dutch page renders in Dutch from its first render, never English first', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'nl-BE';
    const element = document.createElement('sav-ticket-tracker') as SavTicketTracker;
    wrapper.append(element);
    document.body.append(wrapper);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(plain(element.shadowRoot?.textContent)));
    try {
      observer.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await elementUpdated(element);
      expect(plain(part(element, 'config-error')!.textContent)).to.contain('Deze reparatietracker is niet goed ingesteld');
      expect(plain(part(element, 'config-error')!.textContent)).to.contain('Het attribuut publishable-key ontbreekt');
      expect(seen.join(' ')).not.to.contain(ENGLISH_TITLE);
    } finally {
      observer.disconnect();
      wrapper.remove();
    }
  });

  it('lang="fr" gives French once the strings arrive, for every installer component', async () => {
    const terms = await fixture<SavReinterventionTerms>(html`<sav-reintervention-terms lang="fr"></sav-reintervention-terms>`);
    expect(plain(part(terms, 'config-error')!.textContent)).to.contain('Ces conditions de réintervention sont mal configurées');
    const certificate = await fixture<SavCompletionCertificate>(html`<sav-completion-certificate lang="zh"></sav-completion-certificate>`);
    expect(plain(part(certificate, 'config-error')!.textContent)).to.contain('竣工证明组件配置有误');
  });

  it('an unknown language is spoken in English, at once', async () => {
    const element = await fixture<SavTicketTracker>(html`<sav-ticket-tracker lang="de-AT"></sav-ticket-tracker>`);
    expect(plain(part(element, 'config-error')!.textContent)).to.contain(ENGLISH_TITLE);
    expect(plain(part(element, 'config-error')!.textContent)).to.contain('The publishable-key attribute is missing');
  });

  it('switches language when the page does, fetching the new one', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><sav-ticket-tracker></sav-ticket-tracker></div>`);
    const element = wrapper.querySelector('sav-ticket-tracker')!;
    await elementUpdated(element);
    expect(plain(part(element, 'config-error')!.textContent)).to.contain(ENGLISH_TITLE);
    wrapper.setAttribute('lang', 'zh-Hans-CN');
    await aTimeout(0);
    await elementUpdated(element);
    expect(plain(part(element, 'config-error')!.textContent)).to.contain('此维修跟踪组件配置有误');
    wrapper.setAttribute('lang', 'fr');
    await aTimeout(0);
    await elementUpdated(element);
    expect(plain(part(element, 'config-error')!.textContent)).to.contain('Ce suivi de réparation est mal configuré');
  });

  it('a language whose chunk cannot be fetched leaves English in place rather than nothing', async () => {
    const strings = catalog({ 'config.title': ENGLISH_TITLE }, { fr: () => import('./no-such-chunk.js' as string) as Promise<never> });
    await loadLanguage([strings], 'fr');
    expect(textFrom([strings], 'fr', 'config.title')).to.equal(ENGLISH_TITLE);
  });
});
