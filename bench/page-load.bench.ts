/**
 * The `page` suite: the example pages in headless Chromium, each loaded many times in three
 * variants — as it is; with the placeholder rule the README recommends
 * (`<tag>:not(:defined) { display: block; min-block-size: … }`); without its components (its
 * `<script type="module" src="/sav-….js">` tags and `<sav-…>` elements removed) — in alternating
 * rounds after a warm-up. The gateway runs as a child process with the PGlite demo data
 * (`DATABASE_URL=memory://`) and serves the pages' scripts (packages/elements/dist) and GraphQL.
 *
 * Every load is a first visit: a new browser context (empty cache), the page's HTML served from
 * memory through the DevTools protocol (Fetch, document requests only, so every variant is served
 * the same way and nothing else is intercepted). Reported, never asserted: FCP, LCP,
 * DOMContentLoaded and load, and their differences to the page without the components; for each
 * component the time from its script's fetch start (Resource Timing) to its first render (its
 * `updateComplete` after the upgrade) and to its last re-render (its data); and the layout shift
 * (`layout-shift` entries, buffered, summed without recent input), each shift attributed to the
 * render that preceded it. See bench/README.md. */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type HTTPRequest, type Protocol } from 'puppeteer-core';
// The demo tenant's bookings and jobs, as the example pages' tests make them.
import { bookTicket, recordInstallationJob } from '../examples/browser-testing.js';
import { placeholderRule, type ReservingTag } from '../packages/elements/src/internal/reserved-space.js';
import { type BenchCase, median, onAbort, type Suite, type SuiteDefinition } from './harness.js';
import { GATEWAY_MAIN, SAV_ENV, spawnServer, type SpawnedServer } from './gateway-processes.js';
import { PROBE_COLLECT, PROBE_STATUS, probeScript, type ProbeComponent, type ProbeResult, type ProbeStatus } from './page-probe.js';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** As tall as the longest example page (≈ 3.3k px at this width): every shift on the page is in view and counts. */
const VIEWPORT = { width: 1280, height: 3600 };
const ROUNDS = 4;
/** The page has settled when nothing rendered and no GraphQL request was in flight for this long. */
const QUIET_MS = 200;
const SETTLE_LIMIT_MS = 8000;
const LOAD_TIMEOUT_MS = 15_000;

interface Scenario {
  readonly name: string;
  /** The page's path under the gateway (its HTML is fetched from there once). */
  readonly page: string;
  /** Query string added to the address (a signed link), made once the gateway runs. */
  readonly query?: (gateway: string) => Promise<string>;
  readonly tags: readonly ReservingTag[];
}

/**
 * `with`: the example page as it is; `placeholder`: the same with the rule the README recommends
 * (`<tag>:not(:defined) { display: block; min-block-size: … }`, packages/elements/src/internal/reserved-space.ts)
 * added to its head; `without`: its SAV script tags and elements removed.
 */
const VARIANTS = ['with', 'placeholder', 'without'] as const;
type Variant = (typeof VARIANTS)[number];
const VARIANT_LABEL: Record<Variant, string> = { with: 'with', placeholder: 'with + placeholder', without: 'without' };

interface Sample {
  readonly result: ProbeResult;
  readonly settledInTime: boolean;
  readonly errors: string[];
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'product page', page: '/retailer-product-page/', tags: ['sav-warranty-check', 'sav-booking'] },
  { name: 'my repairs', page: '/retailer-my-repairs/', tags: ['sav-ticket-tracker'] },
  { name: 'my repairs + ticket link', page: '/retailer-my-repairs/', query: async (gateway) => `?sav-ticket=${encodeURIComponent((await bookTicket(gateway)).link)}`, tags: ['sav-ticket-tracker'] },
  // The installer platform without a link shows the same terms and hides the certificate: the page with a link covers both.
  {
    name: 'installer + certificate link',
    page: '/installer-platform/',
    query: async (gateway) => `?sav-certificate=${encodeURIComponent((await recordInstallationJob(gateway)).certificateLink)}`,
    tags: ['sav-reintervention-terms', 'sav-completion-certificate'],
  },
];

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions'];

/** The page with the placeholder rule for each of its components, in a style element at the end of its head. */
export function withPlaceholders(html: string, tags: readonly ReservingTag[]): string {
  const style = `    <style>\n${tags.map((tag) => `      ${placeholderRule(tag)}`).join('\n')}\n    </style>\n`;
  if (!html.includes('</head>')) throw new Error('no </head> in the page');
  return html.replace('</head>', `${style}  </head>`);
}

/** The page without its components: its SAV script tags and elements removed, the rest byte for byte. */
export function withoutComponents(html: string): { html: string; scripts: number; elements: number } {
  let scripts = 0;
  let elements = 0;
  const stripped = html
    .replace(/[ \t]*<script type="module" src="\/sav-[\w-]+\.js"><\/script>\r?\n?/g, () => {
      scripts += 1;
      return '';
    })
    .replace(/[ \t]*<(sav-[\w-]+)\b[^>]*>[\s\S]*?<\/\1>\r?\n?/g, () => {
      elements += 1;
      return '';
    });
  return { html: stripped, scripts, elements };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One first visit: a new context, the page's HTML served from memory, the probe injected; waits for
 * the load event, the first contentful paint, every component's first render, and QUIET_MS without a render or a GraphQL
 * request in flight (event streams excepted: they stay open), then two frames; reads the probe.
 */
async function loadOnce(browser: Browser, url: string, html: string, tags: readonly string[]): Promise<Sample> {
  const context = await browser.createBrowserContext();
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.evaluateOnNewDocument(probeScript(tags));
    const cdp = await page.createCDPSession();
    const body = Buffer.from(html, 'utf8').toString('base64');
    cdp.on('Fetch.requestPaused', (event: Protocol.Fetch.RequestPausedEvent) => {
      void cdp
        .send('Fetch.fulfillRequest', {
          requestId: event.requestId,
          responseCode: 200,
          responseHeaders: [
            { name: 'content-type', value: 'text/html; charset=utf-8' },
            { name: 'cache-control', value: 'no-cache' },
          ],
          body,
        })
        .catch(() => {});
    });
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*', resourceType: 'Document', requestStage: 'Request' }] });

    const inFlight = new Set<HTTPRequest>();
    let lastNetwork = Date.now();
    const isData = (request: HTTPRequest) => request.url().includes('/graphql') && !(request.headers().accept ?? '').includes('text/event-stream');
    page.on('request', (request) => {
      if (isData(request)) {
        inFlight.add(request);
        lastNetwork = Date.now();
      }
    });
    const done = (request: HTTPRequest) => {
      if (inFlight.delete(request)) lastNetwork = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', (request) => {
      done(request);
      errors.push(`failed ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => errors.push(String(error)));

    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const deadline = Date.now() + SETTLE_LIMIT_MS;
    let settledInTime = true;
    for (;;) {
      const status = (await page.evaluate(PROBE_STATUS)) as ProbeStatus;
      const networkQuiet = inFlight.size === 0 && Date.now() - lastNetwork >= QUIET_MS;
      const renderQuiet = status.now - status.lastActivity >= QUIET_MS;
      if (status.loaded && status.rendered && status.painted && networkQuiet && renderQuiet) break;
      if (Date.now() > deadline) {
        settledInTime = false;
        break;
      }
      await sleep(50);
    }
    // Two more frames: the last render's layout shifts are reported with the frame that paints it.
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    const result = (await page.evaluate(PROBE_COLLECT)) as ProbeResult;
    await cdp.detach().catch(() => {});
    return { result, settledInTime, errors: [...errors] };
  } finally {
    await context.close().catch(() => {});
  }
}

// ——— figures ———

const ms = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(0));
const signedMs = (value: number) => (!Number.isFinite(value) ? '–' : `${value >= 0 ? '+' : ''}${value.toFixed(0)}`);
const clsText = (value: number) => (!Number.isFinite(value) ? '–' : value === 0 ? '0' : value.toFixed(4));
const px = (value: number) => (!Number.isFinite(value) ? '–' : value.toFixed(0));
/** Median of the defined values (NaN when none). */
const med = (values: readonly (number | null | undefined)[]) => median(values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)));
/** CLS as the brief and the web define it: the sum of the layout-shift values without recent input (optionally only some shifts). */
const cls = (result: ProbeResult, filter: (after: string) => boolean = () => true) =>
  result.shifts.filter((s) => !s.hadRecentInput && filter(s.after)).reduce((sum, s) => sum + s.value, 0);

function component(result: ProbeResult, tag: string): ProbeComponent | undefined {
  return result.components.find((c) => c.tag === tag);
}

/** Median of the per-round differences a − b (the alternating rounds pair them). */
function pairedDelta(a: readonly Sample[], b: readonly Sample[], pick: (r: ProbeResult) => number | null): number {
  const n = Math.min(a.length, b.length);
  const deltas: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const x = pick(a[i]!.result);
    const y = pick(b[i]!.result);
    if (x !== null && y !== null) deltas.push(x - y);
  }
  return median(deltas);
}

function topSources(results: readonly ProbeResult[]): string {
  const counts = new Map<string, number>();
  for (const result of results) for (const shift of result.shifts) for (const source of new Set(shift.sources)) counts.set(source, (counts.get(source) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([source]) => source)
    .join(', ');
}

const PAGE_METRICS: readonly [string, (r: ProbeResult) => number | null][] = [
  ['FCP', (r) => r.fcp],
  ['LCP', (r) => r.lcp],
  ['DOMContentLoaded', (r) => r.navigation.domContentLoaded],
  ['load', (r) => r.navigation.load],
];

/** The report's three tables (page load, first render, layout shift), and the same figures as checks for the JSON. */
function reportFigures(suite: Suite, scenarios: readonly Scenario[], samplesOf: (scenario: Scenario, variant: Variant) => Sample[]): void {
  const pageRows: string[][] = [];
  for (const scenario of scenarios) {
    const without = samplesOf(scenario, 'without');
    for (const variant of VARIANTS) {
      const list = samplesOf(scenario, variant);
      const results = list.map((s) => s.result);
      const shifts = results.map((r) => cls(r));
      pageRows.push([
        scenario.name,
        VARIANT_LABEL[variant],
        ...PAGE_METRICS.map(([, pick]) => ms(med(results.map(pick)))),
        ...(variant === 'without' ? PAGE_METRICS.map(() => '') : PAGE_METRICS.map(([, pick]) => signedMs(pairedDelta(list, without, pick)))),
        clsText(med(shifts)),
        clsText(Math.max(...shifts)),
        String(results.length),
      ]);
      suite.check('page load', `${scenario.name} · ${VARIANT_LABEL[variant]}: median ms FCP, LCP, DOMContentLoaded, load; CLS median`, {
        ...Object.fromEntries(PAGE_METRICS.map(([name, pick]) => [name, med(results.map(pick))])),
        ...(variant === 'without' ? {} : { deltaToWithout: Object.fromEntries(PAGE_METRICS.map(([name, pick]) => [name, pairedDelta(list, without, pick)])) }),
        cls: med(shifts),
        clsMax: Math.max(...shifts),
      });
    }
  }
  suite.table({
    title: 'page load — ms from navigation start, median of the loads; Δ: median of the per-round differences to the page without the components; CLS: sum of the layout-shift values without recent input (median, max)',
    headers: ['page', 'variant', 'FCP', 'LCP', 'DOMContentLoaded', 'load', 'Δ FCP', 'Δ LCP', 'Δ DCL', 'Δ load', 'CLS', 'CLS max', 'loads'],
    rows: pageRows,
    rightAligned: [false, false, true, true, true, true, true, true, true, true, true, true, true],
  });

  const componentRows: string[][] = [];
  for (const scenario of scenarios) {
    for (const variant of ['with', 'placeholder'] as const) {
      const results = samplesOf(scenario, variant).map((s) => s.result);
      for (const tag of scenario.tags) {
        const of = (pick: (c: ProbeComponent, r: ProbeResult) => number | null) =>
          med(results.map((r) => { const c = component(r, tag); return c && c.present ? pick(c, r) : null; }));
        if (!results.some((r) => component(r, tag)?.present)) continue;
        const row = {
          scriptStart: of((_c, r) => r.scripts.start),
          scriptsLoaded: of((_c, r) => r.scripts.responseEnd),
          defined: of((c) => c.defined),
          firstRender: of((c) => c.firstRender),
          scriptToFirstRender: of((c, r) => (c.firstRender !== null && r.scripts.start !== null ? c.firstRender - r.scripts.start : null)),
          lastReRender: of((c) => c.lastRender),
          firstToLastRender: of((c) => (c.lastRender !== null && c.firstRender !== null ? c.lastRender - c.firstRender : null)),
          heightAtDefine: of((c) => c.heightAtDefine),
          heightAtFirstRender: of((c) => c.heightAtFirstRender),
          heightAtEnd: of((c) => c.heightAtEnd),
          clsAfterItsRenders: med(results.map((r) => cls(r, (after) => after.endsWith(` ${tag}`)))),
        };
        componentRows.push([
          scenario.name,
          VARIANT_LABEL[variant],
          tag,
          ms(row.scriptStart),
          ms(row.scriptsLoaded),
          ms(row.defined),
          ms(row.firstRender),
          ms(row.scriptToFirstRender),
          Number.isFinite(row.lastReRender) ? `${ms(row.lastReRender)} (+${ms(row.firstToLastRender)})` : '–',
          `${px(row.heightAtDefine)} → ${px(row.heightAtFirstRender)} → ${px(row.heightAtEnd)}`,
          clsText(row.clsAfterItsRenders),
        ]);
        suite.check('first render', `${scenario.name} · ${VARIANT_LABEL[variant]} / ${tag}: median ms and px`, row);
      }
    }
  }
  suite.table({
    title:
      'components — ms from navigation start (median): script = Resource Timing of /sav-*.js and chunks/ (fetch start, last response end); first render = the element\'s updateComplete after the upgrade; script→render = first render − script fetch start; re-render = its last shadow-root change after the frame of its first render (its data); height at define → first render → settled; CLS after = shifts that followed its renders',
    headers: ['page', 'variant', 'component', 'script start', 'scripts loaded', 'defined', 'first render', 'script→render', 're-render (after first)', 'height px', 'CLS after'],
    rows: componentRows,
    rightAligned: [false, false, false, true, true, true, true, true, true, true, true],
  });

  const shiftRows: string[][] = [];
  for (const scenario of scenarios) {
    for (const variant of VARIANTS) {
      const list = samplesOf(scenario, variant);
      const results = list.map((s) => s.result);
      const shifted = results.filter((r) => cls(r) > 0).length;
      const firstRender = med(results.map((r) => cls(r, (after) => after.startsWith('first render'))));
      const reRender = med(results.map((r) => cls(r, (after) => after.startsWith('re-render'))));
      const pageOnly = med(results.map((r) => cls(r, (after) => after === 'page')));
      const withInput = results.reduce((n, r) => n + r.shifts.filter((s) => s.hadRecentInput).length, 0);
      shiftRows.push([scenario.name, VARIANT_LABEL[variant], `${shifted}/${results.length}`, clsText(firstRender), clsText(reRender), clsText(pageOnly), String(withInput), topSources(results) || '–']);
      suite.check('layout shift', `${scenario.name} · ${VARIANT_LABEL[variant]}: loads that shifted; median CLS after a first render / after a re-render / before any component rendered`, `${shifted}/${results.length}; ${clsText(firstRender)} / ${clsText(reRender)} / ${clsText(pageOnly)}`);
      const late = list.filter((s) => !s.settledInTime).length;
      if (late > 0) suite.check('loads', `${scenario.name} · ${VARIANT_LABEL[variant]}: loads that did not settle within ${SETTLE_LIMIT_MS} ms`, late);
      const errors = [...new Set(list.flatMap((s) => s.errors))];
      if (errors.length > 0) suite.check('loads', `${scenario.name} · ${VARIANT_LABEL[variant]}: errors during the loads`, errors.slice(0, 5).join('; '));
    }
  }
  suite.table({
    title: 'layout shift — median CLS of the loads by what the shift followed: a component\'s first render (the upgrade), its re-render (its data), or nothing of SAV yet; entries flagged hadRecentInput (not in CLS) counted apart; shifted nodes most often named',
    headers: ['page', 'variant', 'loads shifted', 'after first render', 'after re-render', 'before SAV', 'with input', 'shifted nodes'],
    rows: shiftRows,
    rightAligned: [false, false, true, true, true, true, true, false],
  });
  suite.check(
    'first render',
    'component scripts fetched per load (encoded body bytes, median)',
    scenarios.map((scenario) => `${scenario.name}: ${med(samplesOf(scenario, 'with').map((s) => s.result.scripts.encodedBytes))} B`).join(', '),
  );
}

export const suite: SuiteDefinition = {
  name: 'page',
  description: `the example pages in headless Chromium with and without their SAV components: first render, FCP/LCP/load, layout shift (viewport ${VIEWPORT.width}×${VIEWPORT.height})`,
  async run(suite: Suite) {
    if (!existsSync(CHROMIUM)) {
      suite.skip('pages', `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROME_PATH)`);
      return;
    }
    let gateway: SpawnedServer | undefined;
    let launching: Promise<Browser> | undefined;
    // One cleanup, however many ask for it (the runner on Ctrl-C or at its deadline, and this
    // suite's own finally, which the closing browser wakes up): every caller awaits all of it.
    let cleaning: Promise<void> | undefined;
    const cleanup = () =>
      (cleaning ??= (async () => {
        const open = await launching?.catch(() => undefined);
        if (open) {
          const closing = open.close().catch(() => {});
          const timeout = sleep(5000).then(() => open.process()?.kill('SIGKILL'));
          await Promise.race([closing, timeout]);
        }
        await gateway?.stop();
      })());
    const forget = onAbort(cleanup);
    try {
      gateway = spawnServer(GATEWAY_MAIN, { ...SAV_ENV, DATABASE_URL: 'memory://' });
      const base = (await gateway.ready).url;
      for (const script of ['/sav-elements.js', '/sav-ticket-tracker.js', '/sav-reintervention-terms.js', '/sav-completion-certificate.js']) {
        const response = await fetch(`${base}${script}`, { method: 'HEAD' });
        if (!response.ok) {
          suite.skip('pages', `the gateway does not serve ${script} (${response.status}): run \`pnpm build\` first`);
          return;
        }
      }
      // Puppeteer's own signal handlers would exit this process at Ctrl-C before the gateway is stopped: the runner's cleanup closes the browser.
      launching = puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
      const browser = await launching;

      interface Prepared extends Scenario {
        readonly url: string;
        readonly html: Record<Variant, string>;
      }
      const prepared: Prepared[] = [];
      for (const scenario of SCENARIOS) {
        const response = await fetch(`${base}${scenario.page}`);
        if (!response.ok) throw new Error(`GET ${scenario.page}: ${response.status}`);
        const original = await response.text();
        const stripped = withoutComponents(original);
        if (stripped.scripts === 0 || stripped.elements !== scenario.tags.length) {
          throw new Error(`${scenario.page}: expected SAV script tags and ${scenario.tags.length} SAV elements, removed ${stripped.scripts} and ${stripped.elements}`);
        }
        const query = scenario.query ? await scenario.query(base) : '';
        prepared.push({ ...scenario, url: `${base}${scenario.page}${query}`, html: { with: original, placeholder: withPlaceholders(original, scenario.tags), without: stripped.html } });
      }

      const samples = new Map<string, Sample[]>();
      const warmups = new Map<string, number>();
      const caseName = (scenario: Scenario, variant: Variant) => `${scenario.name} · ${VARIANT_LABEL[variant]}`;
      const cases: BenchCase[] = prepared.flatMap((scenario) =>
        VARIANTS.map((variant): BenchCase => {
          const name = caseName(scenario, variant);
          samples.set(name, []);
          warmups.set(name, 1);
          return {
            name,
            callsPerRound: 1,
            async run() {
              const sample = await loadOnce(browser, scenario.url, scenario.html[variant], scenario.tags);
              // The first call of each case is the harness's warm-up round: not kept.
              const left = warmups.get(name) ?? 0;
              if (left > 0) warmups.set(name, left - 1);
              else samples.get(name)!.push(sample);
            },
          };
        }),
      );
      await suite.group(
        'loads',
        `first visits (new context each): the page as it is, with the placeholder rule, without the components; time/op is a whole load (new context, load, settle ≥ ${QUIET_MS} ms quiet, read the probe), not a page metric`,
        cases,
        [],
        { rounds: ROUNDS, minRounds: 3, warmupRounds: 1, maxCaseMs: 15_000 },
      );

      reportFigures(suite, prepared, (scenario, variant) => samples.get(caseName(scenario, variant)) ?? []);
      suite.note(
        `Each load is a first visit in a new browser context, viewport ${VIEWPORT.width}×${VIEWPORT.height} (the whole page in view, so that every shift counts); the page's HTML is served from memory through the DevTools protocol for every variant, the scripts and GraphQL by the gateway (PGlite demo data) on 127.0.0.1. "with + placeholder" adds the README's rule, \`<tag>:not(:defined) { display: block; min-block-size: … }\` (packages/elements/src/internal/reserved-space.ts), to the page.`,
      );
    } finally {
      forget();
      await cleanup();
    }
  },
};
