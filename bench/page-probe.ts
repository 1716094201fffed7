/**
 * What the `page` suite injects into each page before any of the page's own scripts
 * (`page.evaluateOnNewDocument`), and reads back once the page has settled. Plain JavaScript in a
 * string: the bench compiles without the DOM library, and this runs in Chromium.
 *
 * It records, in milliseconds since navigation start (`performance.now()`):
 * - every `layout-shift` entry (buffered observer: value, hadRecentInput, the shifted nodes);
 * - the `largest-contentful-paint` entries, and FCP and Navigation Timing at collection;
 * - per SAV tag: when it was defined (`customElements.whenDefined`), its first render (the
 *   element's `updateComplete` after the upgrade: the shadow root holds the first render; a
 *   `performance.mark('sav:first-render:<tag>')` too), the next animation frame after it, every
 *   later change of its shadow root (its re-renders, e.g. when its data arrives), the changes of
 *   its `state` attribute, and its height at each of these moments.
 */

/** One layout-shift entry, with the render it followed. */
export interface ProbeShift {
  readonly value: number;
  readonly startTime: number;
  readonly hadRecentInput: boolean;
  readonly sources: string[];
  /** The latest SAV render before the shift: `first render <tag>`, `re-render <tag>`, or `page` when no component had rendered yet. */
  readonly after: string;
}

export interface ProbeComponent {
  readonly tag: string;
  readonly present: boolean;
  readonly defined: number | null;
  readonly firstRender: number | null;
  readonly firstFrame: number | null;
  /** The last change of its shadow root after the frame that painted its first render (its last re-render), or null. */
  readonly lastRender: number | null;
  readonly reRenders: number;
  readonly heightAtDefine: number | null;
  readonly heightAtFirstRender: number | null;
  readonly heightAtEnd: number | null;
  readonly states: { state: string | null; t: number; height: number }[];
}

export interface ProbeResult {
  readonly url: string;
  readonly navigation: { responseEnd: number; domContentLoaded: number; load: number };
  readonly fcp: number | null;
  readonly lcp: number | null;
  readonly lcpElement: string | null;
  readonly scripts: { count: number; start: number | null; responseEnd: number | null; encodedBytes: number };
  readonly graphql: { count: number; lastResponseEnd: number | null };
  readonly shifts: ProbeShift[];
  readonly components: ProbeComponent[];
  readonly documentHeight: number;
}

/** Status polled while waiting for the page to settle. */
export interface ProbeStatus {
  readonly loaded: boolean;
  /** Every SAV tag of the page that is in the document has rendered once. */
  readonly rendered: boolean;
  /** The first contentful paint has been reported (it comes with the compositor's presentation feedback, late on a busy machine). */
  readonly painted: boolean;
  /** performance.now() of the last render or state change of any component (0: none). */
  readonly lastActivity: number;
  readonly now: number;
}

/** The script to inject, watching the given tags. */
export function probeScript(tags: readonly string[]): string {
  return `(${PROBE_SOURCE})(${JSON.stringify(tags)});`;
}

/** Reads the status (an expression for page.evaluate). */
export const PROBE_STATUS = 'window.__savBench.status()';
/** Reads the result (an expression for page.evaluate). */
export const PROBE_COLLECT = 'window.__savBench.collect()';

const PROBE_SOURCE = String.raw`function (tags) {
  const now = () => performance.now();
  const round = (n) => Math.round(n * 10) / 10;
  const shifts = [];
  const lcp = [];
  const renders = []; // { t, what }
  const components = {};
  let lastActivity = 0;
  const describe = (node) => {
    if (!node || !node.nodeName) return 'unknown';
    const name = node.nodeName.toLowerCase() + (node.id ? '#' + node.id : '') + (node.classList && node.classList.length ? '.' + [...node.classList].join('.') : '');
    const root = node.getRootNode && node.getRootNode();
    return root && root.host ? root.host.nodeName.toLowerCase() + ' › ' + name : name;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) shifts.push({ value: e.value, startTime: e.startTime, hadRecentInput: e.hadRecentInput, sources: (e.sources || []).map((s) => describe(s.node)) });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) lcp.push({ startTime: e.startTime, element: describe(e.element) });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  for (const tag of tags) {
    const c = { tag, present: false, defined: null, firstRender: null, firstFrame: null, lastRender: null, reRenders: 0, heightAtDefine: null, heightAtFirstRender: null, heightAtEnd: null, states: [], element: null };
    components[tag] = c;
    customElements.whenDefined(tag).then(() => {
      c.defined = now();
      performance.mark('sav:defined:' + tag);
      const el = document.querySelector(tag);
      if (!el) return;
      c.present = true;
      c.element = el;
      const height = () => round(el.getBoundingClientRect().height);
      c.heightAtDefine = height();
      new MutationObserver(() => {
        lastActivity = now();
        c.states.push({ state: el.getAttribute('state'), t: lastActivity, height: height() });
      }).observe(el, { attributes: true, attributeFilter: ['state'] });
      Promise.resolve(el.updateComplete).then(() => {
        c.firstRender = now();
        lastActivity = c.firstRender;
        performance.mark('sav:first-render:' + tag);
        renders.push({ t: c.firstRender, what: 'first render ' + tag });
        c.heightAtFirstRender = height();
        requestAnimationFrame(() => { c.firstFrame = now(); });
        if (el.shadowRoot) {
          new MutationObserver(() => {
            const t = now();
            lastActivity = t;
            // Changes before the frame after the first render belong to the first render.
            if (c.firstFrame === null) return;
            if (c.lastRender === null || t - c.lastRender > 1) {
              c.reRenders += 1;
              renders.push({ t, what: 're-render ' + tag });
            }
            c.lastRender = t;
          }).observe(el.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
        }
      });
    });
  }
  window.__savBench = {
    status() {
      const present = Object.values(components).filter((c) => c.present || document.querySelector(c.tag));
      return {
        loaded: document.readyState === 'complete',
        rendered: present.every((c) => c.firstRender !== null),
        painted: performance.getEntriesByName('first-contentful-paint').length > 0,
        lastActivity,
        now: now(),
      };
    },
    collect() {
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource');
      const scripts = resources.filter((r) => /\/sav-[\w-]+\.js(\?|$)|\/chunks\/[^/]+\.js(\?|$)/.test(r.name));
      const graphql = resources.filter((r) => /\/graphql(\?|$)/.test(r.name));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const last = lcp[lcp.length - 1];
      const attributed = shifts.map((s) => {
        let after = 'page';
        for (const r of renders) if (r.t <= s.startTime) after = r.what;
        return { ...s, after };
      });
      return {
        url: location.href,
        navigation: { responseEnd: nav ? nav.responseEnd : 0, domContentLoaded: nav ? nav.domContentLoadedEventEnd : 0, load: nav ? nav.loadEventEnd : 0 },
        fcp: fcp ? fcp.startTime : null,
        lcp: last ? last.startTime : null,
        lcpElement: last ? last.element : null,
        scripts: {
          count: scripts.length,
          start: scripts.length ? Math.min(...scripts.map((r) => r.startTime)) : null,
          responseEnd: scripts.length ? Math.max(...scripts.map((r) => r.responseEnd)) : null,
          encodedBytes: scripts.reduce((sum, r) => sum + (r.encodedBodySize || 0), 0),
        },
        graphql: { count: graphql.length, lastResponseEnd: graphql.length ? Math.max(...graphql.map((r) => r.responseEnd)) : null },
        shifts: attributed,
        components: Object.values(components).map(({ element, ...c }) => ({ ...c, heightAtEnd: element ? round(element.getBoundingClientRect().height) : null })),
        documentHeight: document.documentElement.scrollHeight,
      };
    },
  };
}`;
