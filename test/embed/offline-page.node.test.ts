/**
 * The full page with no network: the built dist/ (npm test builds it first) served from 127.0.0.1,
 * loaded in Debian's Chromium (playwright, no browser download), until its service worker controls it;
 * a site is added to the trip from its popup; then the browser goes offline and reloads. The page must
 * come back whole from the precache: lz-ready with every site, a popup that opens, the stored trip, and
 * the offline indicator; and the tiles seen online come from the bounded tile cache, counted in the Layers tab. Every wait is on a condition with a time limit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addZh, t } from '../../src/i18n/t';
import { namesZh } from '../../src/i18n/messages-names';
import { TILE_CACHE } from '../../src/state/tile-cache';
import { findChromium } from '../../scripts/find-chromium';
import { serveDir } from '../../scripts/serve-dir';

// The card's button names: a zh table the card adds as it loads (t.ts), which this test reads without the card.
addZh(namesZh);

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
/** A loaded 2-core machine takes ~12 s to draw the page. */
const LOAD_MS = 45_000;
const sites = JSON.parse(readFileSync(join(root, 'geo/sites.geojson'), 'utf8')).features as Array<{
  id: string;
  properties: { name: { zh: string } };
}>;
const site = sites.find((s) => s.id === 'leitai-han-tomb')!;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;
/** A tile server on a second origin (the page's icon serves as every tile); counts what it is asked for. */
let tiles: Server;
let tileUrl = '';
let tileRequests = 0;

beforeAll(async () => {
  if (!existsSync(join(dist, 'sw.js')))
    throw new Error(`${dist}/sw.js is missing: run npm run build first (npm test does)`);
  server = await serveDir(dist);
  const png = readFileSync(join(root, 'public/icons/icon-192.png'));
  tiles = createServer((_req, res) => {
    tileRequests++;
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(png);
  });
  await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
  tileUrl = `http://127.0.0.1:${(tiles.address() as { port: number }).port}/{z}/{x}/{y}.png`;
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}, LOAD_MS);

afterAll(async () => {
  await browser?.close();
  server?.server.close();
  tiles?.close();
});

/** Resolves once the page has heard lz-ready (recorded from before any of its scripts ran). */
async function ready(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as { lzReady?: number }).lzReady !== undefined, null, { timeout: LOAD_MS });
  return page.evaluate(() => (window as unknown as { lzReady: number }).lzReady);
}

/**
 * Opens the site's popup from the keyboard, as a visitor tabbing to its marker does. At the start view
 * the old city's sites are one cluster: frame the site first (fitTo), where it has its own marker.
 */
async function openPopup(page: Page) {
  // Once the panels are in (they come in tasks after lz-ready, and updateComplete waits for them): the fit
  // keeps clear of the panel, so framed before it, the view would differ between the two loads, and the
  // offline one would ask for tiles the online one never cached (this failed under load).
  await page.evaluate(async (id) => {
    const map = document.querySelector('liangzhou-map') as unknown as {
      fitTo(id: string): void;
      updateComplete: Promise<unknown>;
    };
    await map.updateComplete;
    map.fitTo(id);
  }, site.id);
  const marker = page.getByRole('button', { name: site.properties.name.zh, exact: true });
  await marker.focus();
  await page.keyboard.press('Enter');
  return page.locator('.leaflet-popup');
}

describe('the full page offline', () => {
  it('reloads with no network: map, popup, stored trip, offline indicator', { timeout: 4 * LOAD_MS }, async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() =>
      window.addEventListener(
        'lz-ready',
        (e) => ((window as { lzReady?: number }).lzReady = (e as CustomEvent<{ sites: number }>).detail.sites),
      ),
    );
    await page.goto(`${server.url}index.html`);
    expect(await ready(page)).toBe(sites.length);

    // Online: the site goes into the trip from its popup (the page stores the trip).
    const popup = await openPopup(page);
    await popup.getByRole('button', { name: t('zh-CN', 'siteCard.addToTrip') }).click();
    await popup.getByRole('button', { name: t('zh-CN', 'siteCard.removeFromTrip') }).waitFor({ timeout: LOAD_MS });

    // The service worker is installed (precache complete) and controls the page.
    await page.waitForFunction(
      async () => !!(await navigator.serviceWorker.ready).active && !!navigator.serviceWorker.controller,
      null,
      { timeout: LOAD_MS },
    );
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const precache = names.find((n) => n.includes('precache'));
      return precache ? (await (await caches.open(precache)).keys()).map((r) => new URL(r.url).pathname) : [];
    });
    expect(precached.some((p) => p.endsWith('/index.html'))).toBe(true);
    expect(precached.some((p) => p.endsWith('/embed.html'))).toBe(false);

    // Online: a tile base map, whose tiles the service worker caches as they are drawn. Every tile of
    // the view is loaded and cached before the network goes (one missing tile would switch the base
    // map off offline: basemaps.ts gives up at the first failure).
    await page.evaluate((url) => document.querySelector('liangzhou-map')!.setAttribute('tiles', url), tileUrl);
    await expect
      .poll(
        () =>
          page.evaluate(async (name) => {
            const root = document.querySelector('liangzhou-map')!.shadowRoot!;
            const all = root.querySelectorAll('img.leaflet-tile').length;
            const loaded = root.querySelectorAll('img.leaflet-tile-loaded').length;
            const cached = (await caches.has(name)) ? (await (await caches.open(name)).keys()).length : 0;
            return all > 0 && loaded === all && cached >= all;
          }, TILE_CACHE),
        { timeout: LOAD_MS },
      )
      .toBe(true);
    expect(tileRequests).toBeGreaterThan(0);
    // The popup closes (Escape), so the address no longer opens it: the reload opens it by keyboard.
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.has('site'), { timeout: LOAD_MS }).toBe(false);

    await context.setOffline(true);
    await page.reload();
    expect(await ready(page)).toBe(sites.length);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // The offline indicator, in the page's language.
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: t('zh-CN', 'offline.indicator') })
            .count(),
        {
          timeout: LOAD_MS,
        },
      )
      .toBe(1);

    // The stored trip came back (read by the page once the map is drawn) ...
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            (
              document.querySelector('liangzhou-map') as unknown as {
                itinerary: { days: Array<{ siteIds: string[] }> };
              }
            ).itinerary.days.flatMap((d) => d.siteIds),
          ),
        { timeout: LOAD_MS },
      )
      .toEqual([site.id]);
    // The tiles seen online were cached (a bounded cache, src/state/tile-cache.ts): with no network the
    // same view (the address kept it) draws from it, and the Layers tab says how many there are. Before
    // the popup below moves the map: a view the online visit never showed has tiles that were never cached.
    const asked = tileRequests;
    await page.evaluate((url) => document.querySelector('liangzhou-map')!.setAttribute('tiles', url), tileUrl);
    await expect.poll(() => page.locator('.leaflet-tile-loaded').count(), { timeout: LOAD_MS }).toBeGreaterThan(0);
    expect(tileRequests).toBe(asked);
    // The Layers tab (the first, open unless the visitor chose another; a click on the open tab folds the panel).
    const layersTab = page.getByRole('tab', { name: t('zh-CN', 'shell.tab.layers') });
    if ((await layersTab.getAttribute('aria-selected')) !== 'true') await layersTab.click();
    const count = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, TILE_CACHE);
    expect(count).toBeGreaterThan(0);
    await page.getByText(t('zh-CN', 'offline.tilesCached', { n: String(count) })).waitFor({ timeout: LOAD_MS });

    // ... and a popup opens, which knows the site is in the stored trip.
    await openPopup(page);
    await page
      .locator('.leaflet-popup', { hasText: site.properties.name.zh })
      .getByRole('button', { name: t('zh-CN', 'siteCard.removeFromTrip') })
      .waitFor({ timeout: LOAD_MS });
    await context.close();
  });
});
