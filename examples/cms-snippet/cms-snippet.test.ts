// The CMS snippet (examples/cms-snippet/snippet.html), pasted as is into a page of another origin —
// as a WordPress or Shopify site would hold it — in Chromium, against a running gateway
// (SAV_TEST_GATEWAY, which `pnpm test` starts): no build step, no inline script, cross-origin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { gateway, monthsAgo, openBrowser, setField, skip } from '../browser-testing.js';

const snippet = readFileSync(new URL('./snippet.html', import.meta.url), 'utf8');

describe('examples/cms-snippet pasted into a page of another origin, in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let cms: Server;
  let cmsUrl: string;
  before(async () => {
    // The shop's own site: a page of its CMS with the snippet in its body, the gateway's address put in.
    const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A CMS page</title></head><body><h1>Fridge HRF-DEMO-1</h1>${snippet.replaceAll('http://localhost:4000', gateway!)}<footer>Shop footer</footer></body></html>`;
    cms = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body));
    await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
    cmsUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}/`;
    ({ browser, page, errors } = await openBrowser({ consoleErrors: true }));
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => cms?.close(resolve));
  });

  it('is HTML only: a style, one external module script, the element', () => {
    const scripts = [...snippet.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0]![1]!, /type="module" src="http:\/\/localhost:4000\/sav-warranty-check\.js"/);
    assert.equal(scripts[0]![2]!.trim(), '', 'no inline script (a CMS may strip it, a CSP may refuse it)');
    assert.doesNotMatch(snippet, /\son[a-z]+=/i, 'no inline event handler');
  });

  it('loads from the gateway across origins and checks a warranty', async () => {
    assert.notEqual(new URL(cmsUrl).origin, new URL(gateway!).origin);
    const response = await page.goto(cmsUrl, { waitUntil: 'networkidle0' });
    assert.equal(response?.status(), 200);
    assert.equal(await page.evaluate(() => customElements.get('sav-warranty-check') !== undefined), true);
    const purchaseDate = monthsAgo(20);
    await setField(page, 'sav-warranty-check >>> #purchase-date', purchaseDate);
    const checked = page.evaluate(() => new Promise<unknown>((resolve) => document.addEventListener('sav-warranty-checked', (event) => resolve((event as CustomEvent).detail), { once: true })));
    await page.click('sav-warranty-check >>> [part~="submit-button"]');
    assert.deepEqual(await checked, { productModel: 'HRF-DEMO-1', status: 'PARTLY_COVERED', purchaseDate });
    await page.waitForSelector('sav-warranty-check >>> tr[data-part="COMPRESSOR"]');
    const ended = await page.$$eval('sav-warranty-check >>> tr[data-part]', (rows) => Object.fromEntries(rows.map((row) => [row.getAttribute('data-part'), row.classList.contains('ended')])));
    assert.equal(ended.WHOLE_UNIT, true);
    assert.equal(ended.COMPRESSOR, false);
    assert.deepEqual(errors, []);
  });
});
