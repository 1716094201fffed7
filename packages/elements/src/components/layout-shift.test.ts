// Layout shift in Chromium when a component upgrades, renders for the first time and shows the data
// it loads at once: with the page's placeholder rule (reserved-space.ts, what the README
// recommends), nothing below the component moves — no `layout-shift` entry, the next paragraph at
// the same place. A correctness check, not a timing: `pnpm bench page` measures the example pages.
//
// Each test puts an element of a tag not yet defined in a 40rem column above a paragraph, lets the
// page paint it (the placeholder), then defines the tag (a subclass of the component, so the upgrade
// really happens here) and waits until the component has rendered its data (answered 100 ms late, so
// the first render and the data's render are painted in frames of their own).
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { RESERVED_BLOCK_SIZE_REM, type ReservingTag } from '../internal/reserved-space.js';
import { setUpEachTest } from '../internal/testing.js';
import { clearDrafts, stubGateway as stubBooking } from './booking/booking.fixtures.js';
import { SavBooking } from './booking/booking.js';
import { stubGateway as stubCertificate } from './completion-certificate/completion-certificate.fixtures.js';
import { SavCompletionCertificate } from './completion-certificate/completion-certificate.js';
import { stubGateway as stubTerms } from './reintervention-terms/reintervention-terms.fixtures.js';
import { SavReinterventionTerms } from './reintervention-terms/reintervention-terms.js';
import { SavTicketTracker } from './ticket-tracker/ticket-tracker.js';
import { SavWarrantyCheck } from './warranty-check/warranty-check.js';

interface Case {
  readonly tag: ReservingTag;
  readonly base: CustomElementConstructor;
  readonly attributes: Record<string, string>;
  /** Stubs the gateway (if the component asks it for anything at once). */
  readonly stub?: () => void;
  /** The component has shown what it loads at once. */
  readonly settled: (element: HTMLElement) => boolean;
}

const shadowHas = (element: HTMLElement, selector: string) => element.shadowRoot?.querySelector(selector) !== null && element.shadowRoot?.querySelector(selector) !== undefined;

const CASES: readonly Case[] = [
  {
    tag: 'sav-warranty-check',
    base: SavWarrantyCheck,
    attributes: { 'publishable-key': 'pk_demo', 'product-model': 'HRF-DEMO-1' },
    settled: (element) => element.getAttribute('state') === 'idle',
  },
  {
    tag: 'sav-booking',
    base: SavBooking,
    attributes: { 'publishable-key': 'pk_demo', 'product-model': 'HRF-DEMO-1', country: 'FR' },
    stub: () => void stubBooking(),
    settled: (element) => element.getAttribute('state') === 'product' && (element.shadowRoot?.querySelectorAll('[part~="symptom"]').length ?? 0) > 0,
  },
  {
    tag: 'sav-ticket-tracker',
    base: SavTicketTracker,
    attributes: { 'publishable-key': 'pk_demo' },
    settled: (element) => element.getAttribute('state') === 'lookup' && shadowHas(element, '[part~="lookup-heading"]'),
  },
  {
    tag: 'sav-reintervention-terms',
    base: SavReinterventionTerms,
    attributes: { 'publishable-key': 'pk_demo' },
    stub: () => void stubTerms(),
    settled: (element) => element.getAttribute('state') === 'ready',
  },
  {
    tag: 'sav-completion-certificate',
    base: SavCompletionCertificate,
    attributes: { 'publishable-key': 'pk_demo', link: 'signed-link' },
    stub: () => void stubCertificate(),
    settled: (element) => element.getAttribute('state') === 'awaiting-signature',
  },
];

/** Delays every answer of the stubbed `fetch` (the stub's own restore puts the browser's back). */
function answerLate(ms: number): void {
  const stubbed = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return stubbed(input, init);
  };
}

let defined = 0;

/**
 * Mounts `<tag-upgrade-N>` (undefined yet) in a 40rem column above a paragraph, with or without the
 * page's placeholder rule; paints; defines it; waits until it is settled; returns the layout shifts
 * seen meanwhile, how far the paragraph moved, and the heights.
 */
async function upgrade(testCase: Case, withPlaceholder: boolean) {
  const tag = `${testCase.tag}-upgrade-${(defined += 1)}`;
  const rem = RESERVED_BLOCK_SIZE_REM[testCase.tag];
  const container = await fixture<HTMLDivElement>(html`<div style="inline-size: 40rem; font-size: 1rem; line-height: 1.5"></div>`);
  if (withPlaceholder) {
    const style = document.createElement('style');
    // The page's rule (placeholderRule in reserved-space.ts), for this test's tag.
    style.textContent = `${tag}:not(:defined) { display: block; min-block-size: ${rem}rem; }`;
    container.append(style);
  }
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(testCase.attributes)) element.setAttribute(name, value);
  const below = document.createElement('p');
  below.textContent = 'The page goes on below the component.';
  container.append(element, below);
  await nextFrame();
  await nextFrame();

  const shifts: { value: number; hadRecentInput: boolean }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) shifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput });
  });
  observer.observe({ type: 'layout-shift' });
  const before = below.getBoundingClientRect().top;
  const heightBefore = element.getBoundingClientRect().height;

  if (testCase.stub) {
    testCase.stub();
    answerLate(100);
  }
  customElements.define(tag, class extends (testCase.base as unknown as new () => HTMLElement) {} as CustomElementConstructor);
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const heightAtFirstRender = element.getBoundingClientRect().height;
  await waitUntil(() => testCase.settled(element), `${testCase.tag} did not settle (state ${element.getAttribute('state')})`, { timeout: 5000 });
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await nextFrame();
  await nextFrame();
  for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) shifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput });
  observer.disconnect();
  return {
    // Every entry counts, whatever its hadRecentInput (Chromium sometimes sets it here though nothing was typed or clicked).
    shift: shifts.reduce((sum, s) => sum + s.value, 0),
    moved: below.getBoundingClientRect().top - before,
    heights: { placeholder: heightBefore, firstRender: heightAtFirstRender, settled: element.getBoundingClientRect().height, reserved: rem * 16 },
  };
}

describe('layout shift when a component upgrades, renders and shows its first data', () => {
  setUpEachTest(clearDrafts);
  before(async () => {
    // Tall enough that the component and the paragraph below it are in view: only shifts in view count.
    await setViewport({ width: 1000, height: 1800 });
  });

  for (const testCase of CASES) {
    it(`<${testCase.tag}> in a 40rem column: nothing below it moves (the page holds ${RESERVED_BLOCK_SIZE_REM[testCase.tag]}rem until it is defined)`, async () => {
      const { shift, moved, heights } = await upgrade(testCase, true);
      const detail = JSON.stringify(heights);
      expect(moved, `the paragraph below moved by ${moved}px; heights ${detail}`).to.equal(0);
      expect(shift, `layout shift ${shift}; heights ${detail}`).to.equal(0);
      expect(heights.settled, `the reserved space holds its first view; heights ${detail}`).to.equal(heights.reserved);
    });
  }

  it('without the placeholder the upgrade moves the page (what the rule is for, and the observer sees it)', async () => {
    const { shift, moved } = await upgrade(CASES[0]!, false);
    expect(moved).to.be.greaterThan(0);
    expect(shift).to.be.greaterThan(0);
  });
});
