// The example "three brands" page, in Chromium, against a running gateway (SAV_TEST_GATEWAY, which
// `pnpm test` starts): the same components dressed three ways (appearance; the theme attribute and
// CSS tokens; ::part()), each showing its brand's colours, corners and font, with no warning.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { gateway, openBrowser, skip } from '../browser-testing.js';

/** Computed style properties of the first node of a part, in a brand's component. */
function look(page: Page, selector: string, partName: string, properties: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate(
    (selector, partName, properties) => {
      const node = document.querySelector(selector)?.shadowRoot?.querySelector(`[part~="${partName}"]`);
      if (!node) throw new Error(`no part ${partName} in ${selector}`);
      const style = getComputedStyle(node);
      return Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
    },
    selector,
    partName,
    properties,
  );
}

describe('examples/three-brands in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  before(async () => {
    ({ browser, page, errors } = await openBrowser());
  });
  after(() => browser?.close());

  it('shows the warranty check and the terms three times, each in its brand, with no warning', async () => {
    const response = await page.goto(`${gateway}/three-brands/`, { waitUntil: 'networkidle0' });
    assert.equal(response?.status(), 200);
    for (const brand of ['brico', 'noire', 'verte']) {
      await page.waitForSelector(`.${brand} sav-warranty-check[state="idle"]`, { timeout: 10_000 });
      await page.waitForSelector(`.${brand} sav-reintervention-terms[state="ready"]`, { timeout: 10_000 });
    }
    // The appearance's code arrives after the first render: wait for its work.
    await page.waitForFunction(() => (document.querySelector('.noire sav-warranty-check')?.shadowRoot?.querySelectorAll('style').length ?? 0) > 0, { timeout: 10_000 });

    // Brico Orange (appearance): orange, square corners, its font.
    const brico = await look(page, '.brico sav-warranty-check', 'submit-button', ['background-color', 'border-top-left-radius', 'font-family']);
    assert.deepEqual(brico, { 'background-color': 'rgb(194, 65, 12)', 'border-top-left-radius': '0px', 'font-family': '"Arial Narrow", Arial, sans-serif' });
    assert.equal((await look(page, '.brico sav-reintervention-terms', 'submit-button', ['background-color']))['background-color'], 'rgb(194, 65, 12)');

    // Maison Noire (theme="dark" and CSS tokens): the dark surface, then its own gold and serif.
    assert.deepEqual(await look(page, '.noire sav-warranty-check', 'base', ['background-color', 'color']), { 'background-color': 'rgb(13, 17, 23)', color: 'rgb(230, 237, 243)' });
    const noire = await look(page, '.noire sav-warranty-check', 'submit-button', ['background-color', 'color', 'font-family']);
    assert.deepEqual(noire, { 'background-color': 'rgb(227, 179, 65)', color: 'rgb(13, 17, 23)', 'font-family': 'Georgia, "Times New Roman", serif' });
    assert.equal((await look(page, '.noire sav-reintervention-terms', 'base', ['background-color']))['background-color'], 'rgb(13, 17, 23)');

    // Verte Maison (::part()): green, pill-shaped buttons and fields.
    const verte = await look(page, '.verte sav-warranty-check', 'submit-button', ['background-color', 'border-top-left-radius']);
    assert.deepEqual(verte, { 'background-color': 'rgb(22, 101, 52)', 'border-top-left-radius': '999px' });
    assert.equal((await look(page, '.verte sav-warranty-check', 'input', ['border-top-left-radius']))['border-top-left-radius'], '999px');

    const warnings = await page.evaluate(() =>
      [...document.querySelectorAll('sav-warranty-check, sav-reintervention-terms')].flatMap((element) =>
        [...(element.shadowRoot?.querySelectorAll('[part~="warning"], [part~="config-error"]') ?? [])].map((node) => node.textContent),
      ),
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual(errors, []);
  });
});
