// Test helpers for <sav-quality-report> (not part of the bundle).
import { elementUpdated, waitUntil } from '@open-wc/testing';
import type { QualityReport } from '@sav/client';
import { graphqlData, part, stubFetch, type FetchStub, type StubbedRequest } from '../../internal/testing.js';

/**
 * A quality report with the shapes and figures of the gateway's own test (analytics.test.ts): two
 * models, three parts, two purchase months, one repeated defect, one unit repaired twice, delays,
 * first-time fix and satisfaction.
 */
export function sampleReport(overrides: Partial<QualityReport> = {}): QualityReport {
  return {
    __typename: 'QualityReport',
    from: '2026-03-01',
    to: '2026-03-31',
    repeatThreshold: 3,
    tickets: 8,
    unitsSold: 15,
    failureRatePercent: '53.33',
    byModel: [
      { productModel: 'AIRCO-B', name: 'Air conditioner B', category: 'AIR_CONDITIONER', unitsSold: 5, tickets: 2, failureRatePercent: '40.00' },
      { productModel: 'FRIDGE-A', name: 'Fridge A', category: 'REFRIGERATOR', unitsSold: 10, tickets: 6, failureRatePercent: '60.00' },
      { productModel: 'NEW-C', name: 'New model C', category: 'REFRIGERATOR', unitsSold: 0, tickets: 0, failureRatePercent: null },
    ],
    byPart: [
      { part: 'FAN_MOTOR', unitsSold: 15, tickets: 2, failureRatePercent: '13.33' },
      { part: 'COMPRESSOR', unitsSold: 15, tickets: 4, failureRatePercent: '26.67' },
      { part: 'PARTS', unitsSold: 15, tickets: 2, failureRatePercent: '13.33' },
    ],
    byPurchaseMonth: [
      { month: '2025-02', unitsSold: 6, tickets: 4, failureRatePercent: '66.67' },
      { month: '2025-01', unitsSold: 9, tickets: 4, failureRatePercent: '44.44' },
    ],
    repeatedPartDefects: [{ productModel: 'FRIDGE-A', part: 'COMPRESSOR', units: 3, tickets: 4 }],
    repeatedUnitRepairs: [{ serialNumber: 'F-05', productModel: 'FRIDGE-A', part: 'COMPRESSOR', repairs: 2 }],
    timeToFirstVisit: { tickets: 7, medianHours: '30.00', p90Hours: '57.60' },
    timeToRepair: { tickets: 7, medianHours: '38.00', p90Hours: '70.00' },
    firstTimeFix: { closedTickets: 4, fixedFirstTime: 3, ratePercent: '75.00' },
    satisfactionByTechnician: [
      { name: 'Xavier', badgeNumber: 'X-1', ratings: 3, averageScore: '3.67' },
      { name: 'Yasmine', badgeNumber: 'Y-1', ratings: 2, averageScore: '4.50' },
    ],
    satisfactionByWorkshop: [{ name: 'Atelier Lyon', city: 'Lyon', ratings: 1, averageScore: '3.00' }],
    ...overrides,
  };
}

/** A report of a period without any ticket: nothing sold either, every list empty. */
export function emptyReport(): QualityReport {
  return sampleReport({
    tickets: 0,
    unitsSold: 0,
    failureRatePercent: null,
    byModel: [],
    byPart: [],
    byPurchaseMonth: [],
    repeatedPartDefects: [],
    repeatedUnitRepairs: [],
    timeToFirstVisit: { tickets: 0, medianHours: null, p90Hours: null },
    timeToRepair: { tickets: 0, medianHours: null, p90Hours: null },
    firstTimeFix: { closedTickets: 0, fixedFirstTime: 0, ratePercent: null },
    satisfactionByTechnician: [],
    satisfactionByWorkshop: [],
  });
}

type Answer = Record<string, unknown> | Response | 'network-error';

/** Stubs the back office's endpoint: the sample report unless `answer` says otherwise (a report, a typed error, a Response, a network error). */
export function stubBackOffice(answer: (request: StubbedRequest) => Answer = () => sampleReport()): FetchStub {
  return stubFetch((request) => {
    const given = answer(request);
    if (given === 'network-error' || given instanceof Response) return given;
    return graphqlData({ qualityReport: given });
  });
}

/** Waits until the element's `state` is `state`, and it has rendered. */
export async function atState(element: HTMLElement, state: string, timeout = 5000): Promise<void> {
  await waitUntil(() => element.getAttribute('state') === state, `never reached ${state} (at ${element.getAttribute('state')})`, { timeout });
  await elementUpdated(element);
}

/** The text of a part, white space made plain. */
export function textOf(element: HTMLElement, name: string): string {
  return (part(element, name)?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** A table's rows (body), each cell's text made plain. */
export function tableRows(element: HTMLElement, id: string): string[][] {
  const rows = element.shadowRoot!.querySelectorAll(`#${id} tbody tr`);
  return [...rows].map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim()));
}

/** What the export button downloaded: the file's name and its text (the blob read), caught before any download starts. */
export async function catchDownload(click: () => void): Promise<{ file: string; text: string; type: string }> {
  const createObjectURL = URL.createObjectURL;
  const anchorClick = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let file = '';
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return createObjectURL.call(URL, object);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    file = this.download;
  };
  try {
    click();
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = anchorClick;
  }
  if (!blob) throw new Error('nothing was downloaded');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { file, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), type: blob.type };
}
