// Test helpers for <sav-reintervention-terms> (not part of the bundle).
import { elementUpdated, expect, waitUntil } from '@open-wc/testing';
import type { DefectCause, ReinterventionQuote, ReinterventionTerms } from '@sav/client';
import { sendKeys } from '@web/test-runner-commands';
import { focused, graphqlData, operationName, part, stubFetch, type FetchStub, type StubbedRequest } from '../../internal/testing.js';

/** Seed 000's terms (Wipoz!): €40 excl. tax an hour beyond one hour, supplies and designer billed, French VAT 20 %. */
export function seedTerms(overrides: Partial<ReinterventionTerms> = {}): ReinterventionTerms & { __typename: 'ReinterventionTerms' } {
  return {
    __typename: 'ReinterventionTerms',
    hourlyRate: { amount: '40.00', currency: 'EUR' },
    thresholdMinutes: 60,
    billableCauses: ['SUPPLIES', 'DESIGNER'],
    country: 'FR',
    vatRates: [
      { country: 'BE', percent: '21' },
      { country: 'FR', percent: '20' },
    ],
    granularity: 'PER_MINUTE',
    effectiveFrom: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const PAYER_OF = { SUPPLIES: 'SUPPLIER', DESIGNER: 'DESIGNER', INSTALLER: 'INSTALLER' } as const;
const cents = (minor: number) => (minor / 100).toFixed(2);

/** The quote the gateway would give under seed 000's terms (per minute, French VAT), with an English explanation. */
export function seedQuote(cause: DefectCause, presenceMinutes: number, terms = seedTerms()): ReinterventionQuote {
  const rule = cause === 'INSTALLER' ? 'INSTALLER_CAUSE' : presenceMinutes <= terms.thresholdMinutes ? 'WITHIN_THRESHOLD' : terms.billableCauses.includes(cause) ? 'BILLED' : 'CAUSE_NOT_BILLABLE';
  const billable = rule === 'BILLED';
  const billedMinutes = billable ? presenceMinutes : 0;
  const exclTax = Math.round((4000 * billedMinutes) / 60);
  const vat = Math.round(exclTax * 0.2);
  const eur = (minor: number) => ({ amount: cents(minor), currency: 'EUR' });
  const { __typename: _typename, ...termsFields } = terms;
  return {
    __typename: 'ReinterventionQuote',
    billable,
    amountExclTax: eur(exclTax),
    vat: eur(vat),
    vatRate: '20',
    amountInclTax: eur(exclTax + vat),
    payer: billable ? PAYER_OF[cause] : 'INSTALLER',
    rule,
    cause,
    presenceMinutes,
    billedMinutes,
    country: 'FR',
    explanation: `The gateway's explanation (${rule}).`,
    terms: termsFields,
  };
}

type Answer = Record<string, unknown> | 'network-error';

/** Stubs the gateway: the terms, and a quote worked out by seed 000's rule unless `quote` answers otherwise. */
export function stubGateway(answers: { terms?: () => Answer; quote?: (request: StubbedRequest) => Answer } = {}): FetchStub {
  return stubFetch((request) => {
    if (operationName(request) === 'ReinterventionTerms') {
      const terms = answers.terms?.() ?? seedTerms();
      return terms === 'network-error' ? 'network-error' : graphqlData({ reinterventionTerms: terms });
    }
    const input = request.body.variables.input as { cause: DefectCause; presenceMinutes: number };
    const quote = answers.quote?.(request) ?? seedQuote(input.cause, input.presenceMinutes);
    return quote === 'network-error' ? 'network-error' : graphqlData({ reinterventionQuote: quote });
  });
}

/** The requests of one operation (`ReinterventionTerms`, `ReinterventionQuote`). */
export function requestsOf(stub: FetchStub, name: string): StubbedRequest[] {
  return stub.requests.filter((request) => operationName(request) === name);
}

/** Waits until the element's `state` is `state`, and it has rendered. */
export async function atState(element: HTMLElement, state: string, timeout = 5000): Promise<void> {
  await waitUntil(() => element.getAttribute('state') === state, `never reached ${state} (at ${element.getAttribute('state')})`, { timeout });
  await elementUpdated(element);
}

/** Presses Tab until the shadow root's focus is on `target` (at most 40 times). */
export async function tabTo(element: HTMLElement, target: () => Element | null): Promise<void> {
  for (let presses = 0; presses < 40 && focused(element) !== target(); presses += 1) await sendKeys({ press: 'Tab' });
  expect(focused(element), 'Tab never reached the control').to.equal(target());
}

/** The text of a part, white space made plain. */
export function textOf(element: HTMLElement, name: string): string {
  return (part(element, name)?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Chooses a cause and types a duration as a person would (the radio's change, each field's input), then sends. */
export function calculate(element: HTMLElement, cause: DefectCause | undefined, duration: { hours?: string; minutes?: string }): void {
  const root = element.shadowRoot!;
  if (cause) root.querySelector<HTMLInputElement>(`#cause-${cause}`)!.click();
  for (const field of ['hours', 'minutes'] as const) {
    const input = root.querySelector<HTMLInputElement>(`#${field}`)!;
    input.value = duration[field] ?? '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  (part(element, 'submit-button') as HTMLButtonElement).click();
}
