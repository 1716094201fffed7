// Helpers for the browser tests (not part of the bundle: nothing in src/index.ts imports this).
import { elementUpdated, waitUntil } from '@open-wc/testing';
import type { Coverage, UsageTip, WarrantyCheck, WarrantyCheckResult } from '@sav/client';
import { loadLanguage, loadLaterEnglish, type Catalog, type Dictionary, type OtherLanguage } from './i18n.js';

/** One request the stubbed `fetch` received. */
export interface StubbedRequest {
  url: string;
  headers: Headers;
  body: { query: string; variables: { input?: Record<string, unknown>; [name: string]: unknown } };
}

export interface FetchStub {
  requests: StubbedRequest[];
  restore(): void;
}

type Answer = Response | Promise<Response> | 'network-error';

/** The stubs in place, newest last; `restoreFetch()` takes them all down. */
const liveStubs: FetchStub[] = [];

/** Replaces `window.fetch` until `restore()`: each request is recorded and answered by `answer`. */
export function stubFetch(answer: (request: StubbedRequest) => Answer): FetchStub {
  const original = window.fetch;
  const requests: StubbedRequest[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request: StubbedRequest = {
      url: String(input instanceof Request ? input.url : input),
      headers: new Headers(init?.headers),
      body: JSON.parse(String(init?.body ?? '{}')) as StubbedRequest['body'],
    };
    requests.push(request);
    const response = answer(request);
    if (response === 'network-error') throw new TypeError('Failed to fetch');
    if (init?.signal) {
      const signal = init.signal;
      return Promise.race([
        response,
        new Promise<Response>((_resolve, reject) => {
          if (signal.aborted) reject(signal.reason);
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
      ]);
    }
    return response;
  };
  const stub: FetchStub = {
    requests,
    restore: () => {
      window.fetch = original;
      const index = liveStubs.indexOf(stub);
      if (index >= 0) liveStubs.splice(index, 1);
    },
  };
  liveStubs.push(stub);
  return stub;
}

/** Takes down every stub still in place, newest first, so `window.fetch` is the browser's again. */
export function restoreFetch(): void {
  for (const stub of [...liveStubs].reverse()) stub.restore();
}

/**
 * The set-up every component suite shares: after each test, the fetch stubs it made are taken
 * down; `reset` (e.g. clearing stored drafts) also runs before each test and after it.
 */
export function setUpEachTest(reset?: () => void): void {
  if (reset) beforeEach(reset);
  afterEach(() => {
    restoreFetch();
    reset?.();
  });
}

/** A JSON GraphQL answer with `data`. */
export function graphqlData(data: Record<string, unknown>, status = 200): Response {
  return new Response(JSON.stringify({ data }), { status, headers: { 'content-type': 'application/json' } });
}

/** A JSON GraphQL answer for `warrantyCheck`. */
export function graphqlAnswer(warrantyCheck: WarrantyCheckResult, status = 200): Response {
  return graphqlData({ warrantyCheck }, status);
}

/** The name of the operation a request runs (`WarrantyCheck`, `RequestRepair` …). */
export function operationName(request: StubbedRequest): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(request.body.query)?.[1] ?? '';
}

const mainParts = [
  'COMPRESSOR', 'EVAPORATOR', 'CONDENSER', 'SOLENOID_VALVE', 'MAIN_CONTROL_BOARD', 'CABINET', 'DOOR',
  'TEMPERATURE_CONTROLLER', 'FILTER', 'CAPILLARY_TUBE', 'FAN_MOTOR', 'DEFROST_HEATER', 'ICE_MAKER', 'TIMER',
];

/** Seed 001's refrigerator terms: whole unit 1 year, 14 main parts 3 years, from the purchase date. */
export function refrigeratorCoverages(purchaseDate: string, asOf: string, extendedByDays = 0): Coverage[] {
  const [year, month, day] = purchaseDate.split('-').map(Number) as [number, number, number];
  const ends = (years: number) => {
    const end = new Date(Date.UTC(year + years, month - 1, day - 1 + extendedByDays));
    return end.toISOString().slice(0, 10);
  };
  const row = (part: string, years: number): Coverage => {
    const endsOn = ends(years);
    const active = asOf <= endsOn;
    const daysLeft = active ? Math.round((Date.parse(endsOn) - Date.parse(asOf)) / 86_400_000) + 1 : 0;
    return { part, startsOn: purchaseDate, endsOn, active, daysLeft, extendedByDays, policyName: 'Haier refrigerator (seed 001)' };
  };
  return [row('WHOLE_UNIT', 1), ...mainParts.map((part) => row(part, 3))];
}

/** A WarrantyCheck answer for the demo refrigerator, judged as of `asOf`, with overrides. */
export function warrantyCheck(
  purchaseDate: string,
  asOf: string,
  overrides: Partial<WarrantyCheck> = {},
): WarrantyCheck {
  const coverages = overrides.coverages ?? refrigeratorCoverages(purchaseDate, asOf);
  const activeCount = coverages.filter((coverage) => coverage.active).length;
  const status =
    coverages.length === 0 ? 'NO_POLICY' : activeCount === coverages.length ? 'COVERED' : activeCount > 0 ? 'PARTLY_COVERED' : 'EXPIRED';
  const latestActiveEnd = coverages.filter((coverage) => coverage.active).map((coverage) => coverage.endsOn).sort().at(-1);
  return {
    __typename: 'WarrantyCheck',
    productModel: 'HRF-DEMO-1',
    product: { model: 'HRF-DEMO-1', name: 'Refrigerator HRF-DEMO-1', brand: 'Haier', category: 'REFRIGERATOR' },
    purchaseDate,
    asOf,
    status,
    coverages,
    remedies: latestActiveEnd ? [{ kind: 'REPAIR', until: latestActiveEnd }] : [],
    legalRights: [],
    recourse: [],
    legalNotice: 'This is general information about the law, not legal advice.',
    exclusions: [
      { code: 'NO_PROOF_OF_PURCHASE', description: 'No warranty certificate or invoice.' },
      { code: 'ACCIDENT_OR_MISUSE', description: 'Damage from an accident or improper use.' },
      { code: 'UNAUTHORISED_REPAIR', description: 'Repaired by someone not authorised.' },
    ],
    paidRepairAvailable: true,
    explanation: 'The whole unit is covered for 1 year and the main parts for 3 years from the invoice date.',
    usageAdvice: [],
    ...overrides,
  };
}

/** Usage advice as the gateway sends it for the demo refrigerator: one tip against its most frequent failure, one of general care. */
export function usageTips(language: 'en' | 'fr' = 'en'): UsageTip[] {
  return language === 'fr'
    ? [
        { text: 'Fermez bien la porte et essuyez son joint en caoutchouc à l’eau savonneuse tiède une fois par mois.', language: 'fr', cause: 'DOOR', reason: 'FREQUENT_FAILURE', why: 'Une cause fréquente de réparation sur ce modèle.' },
        { text: 'Laissez l’espace d’une main derrière et au-dessus du réfrigérateur pour que sa chaleur s’échappe.', language: 'fr', cause: 'GENERAL', reason: 'GOOD_CARE', why: 'Un bon geste qui aide à éviter les pannes.' },
      ]
    : [
        { text: 'Close the door firmly and wipe its rubber seal with warm soapy water once a month.', language: 'en', cause: 'DOOR', reason: 'FREQUENT_FAILURE', why: 'A frequent cause of repairs on this model.' },
        { text: 'Leave a hand’s width of space behind and above the fridge so that its heat can escape.', language: 'en', cause: 'GENERAL', reason: 'GOOD_CARE', why: 'Good care that helps avoid breakdowns.' },
      ];
}

/** Every language of a catalog, fetched as a component would (English is always there). */
export async function allLanguages<Key extends string>(strings: Catalog<Key>): Promise<{ en: Readonly<Record<Key, string>> } & { [language in OtherLanguage]: Dictionary<Key> }> {
  await loadLanguage([strings], 'fr');
  await loadLanguage([strings], 'nl');
  await loadLanguage([strings], 'zh');
  await loadLaterEnglish(strings);
  return { en: strings.en, fr: strings.loaded.fr ?? {}, nl: strings.loaded.nl ?? {}, zh: strings.loaded.zh ?? {} };
}

// Reading and driving a component's shadow DOM as a user would.

/** Text with Intl's no-break spaces and runs of white space made plain. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The first node of a part in the element's shadow root. */
export function part(element: HTMLElement, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Every node of a part in the element's shadow root. */
export function parts(element: HTMLElement, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** A form control of the shadow root, by id; throws when it is not there. */
export function control<T extends HTMLElement = HTMLInputElement>(element: HTMLElement, id: string): T {
  const found = element.shadowRoot!.getElementById(id);
  if (!found) throw new Error(`no #${id} in the shadow root`);
  return found as T;
}

/** Sets a control's value as typing or choosing would, with the event that goes with it. */
export function fillIn(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

export function submitButton(element: HTMLElement): HTMLButtonElement {
  return part(element, 'submit-button') as HTMLButtonElement;
}

/** Waits until the element shows an answer (its `state` is `result` or `error`) and has rendered it. */
export async function settled(element: HTMLElement): Promise<void> {
  await waitUntil(() => element.getAttribute('state') === 'result' || element.getAttribute('state') === 'error', 'no answer shown', {
    timeout: 3000,
  });
  await elementUpdated(element);
}

/** The coverage table's row for a part code (`WHOLE_UNIT`, `COMPRESSOR` …); throws when there is none. */
export function row(element: HTMLElement, code: string): HTMLTableRowElement {
  const found = element.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-part="${code}"]`);
  if (!found) throw new Error(`no row for ${code}`);
  return found;
}

/** The shadow root's focused element. */
export function focused(element: HTMLElement): Element | null {
  return element.shadowRoot!.activeElement;
}

/** The demo refrigerator's purchase date in most tests. */
export const PURCHASE = '2024-08-20';
