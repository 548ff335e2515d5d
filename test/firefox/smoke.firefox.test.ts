/**
 * A smoke test in a second browser: Debian's firefox-esr, driven by puppeteer-core over WebDriver
 * BiDi (no browser download). It loads (a) the full page, built by Vite as it ships, and (b) a host
 * page with one classic script tag from dist-lib/ and a <liangzhou-map>, and in each does what a
 * visitor does: waits for lz-ready, opens a site's popup, switches the language, adds the site to the
 * trip from its popup, and exports GPX from the Trip tab. The GPX file is the one Firefox downloads;
 * the expected names and coordinates come from geo/sites.geojson, the expected labels from src/i18n.
 * (c) The same host page with a bureau's file of 10,000 sites as `src`: checked in one Worker, its
 * clustering index built in another, its clusters drawn, no error in the page.
 *
 * Every wait is on a positive condition (an lz-* event, an element, a file) with a time limit, so a
 * hang fails the test instead of stalling CI. `npm test` installs firefox-esr when it is missing
 * (scripts/ensure-firefox.sh); $FIREFOX_PATH names another Firefox.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DOMParser } from '@xmldom/xmldom';
import puppeteer, { type Browser, type BrowserContext, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { addZh, t } from '../../src/i18n/t';
import { namesZh } from '../../src/i18n/messages-names';
import { findFirefox } from '../../scripts/find-firefox';
import { seededSites } from '../fixtures/seeded-sites';
import { serveStatic, type StaticServer } from './serve-static';

// The card's button names: a zh table the card adds as it loads (t.ts), which this test reads without the card.
addZh(namesZh);

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Limit for the page to load and draw the map (a loaded 2-core machine takes ~12 s). */
const LOAD_MS = 45_000;
/** Limit for the interface to answer one action. */
const STEP_MS = 15_000;

interface SiteData {
  id: string;
  name: Record<'zh' | 'en', string>;
  /** [lng, lat], WGS84. */
  coordinates: [number, number];
}

/** The built-in sites, read from the published file: what the page must show and export. */
const sites: SiteData[] = JSON.parse(readFileSync(join(root, 'geo/sites.geojson'), 'utf8')).features.map(
  (f: { id: string; properties: { name: SiteData['name'] }; geometry: { coordinates: [number, number] } }) => ({
    id: f.id,
    name: f.properties.name,
    coordinates: f.geometry.coordinates,
  }),
);
const siteById = (id: string) => sites.find((s) => s.id === id)!;

let server: StaticServer;
let browser: Browser;
const tempDirs: string[] = [];

beforeAll(async () => {
  const classic = join(root, 'dist-lib/liangzhou-map.js');
  if (!existsSync(classic)) throw new Error(`${classic} is missing: run npm run build:lib first (npm test does)`);
  // The full page as it ships: Vite's production build of index.html (a few seconds), into a folder of
  // our own, while Firefox starts.
  const appDir = mkdtempSync(join(tmpdir(), 'lz-firefox-app-'));
  tempDirs.push(appDir);
  const build = promisify(execFile)(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, timeout: 120_000 },
  );
  const launch = puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    timeout: LOAD_MS,
    protocolTimeout: LOAD_MS,
    // Wide enough that the panel floats beside the map rather than covering it as a sheet.
    defaultViewport: { width: 1280, height: 800 },
  });
  // Both settle before either failure is thrown, so afterAll can close a browser that did start.
  const [built, launched] = await Promise.allSettled([build, launch]);
  if (launched.status === 'fulfilled') browser = launched.value;
  if (launched.status === 'rejected')
    throw new Error(`Firefox did not start from ${findFirefox()} (npm test installs it: scripts/ensure-firefox.sh)`, {
      cause: launched.reason,
    });
  if (built.status === 'rejected') throw built.reason;
  // A bureau's file of 10,000 sites: enough for the clustering index to be built in its Worker.
  const dataDir = mkdtempSync(join(tmpdir(), 'lz-firefox-data-'));
  tempDirs.push(dataDir);
  writeFileSync(join(dataDir, 'points-10000.geojson'), JSON.stringify(seededSites(10_000)));
  server = await serveStatic({
    '/data/': dataDir,
    '/': appDir,
    '/dist-lib/': join(root, 'dist-lib'),
    '/host/': fileURLToPath(new URL('./pages/', import.meta.url)),
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

interface Visit {
  context: BrowserContext;
  page: Page;
  downloads: string;
  /** Uncaught errors and console errors in the page. */
  errors: string[];
}

/** A fresh browser context (own storage, own download folder) on `path`, recording errors and lz-* events. */
async function visit(path: string): Promise<Visit> {
  const downloads = mkdtempSync(join(tmpdir(), 'lz-firefox-downloads-'));
  tempDirs.push(downloads);
  const context = await browser.createBrowserContext({
    downloadBehavior: { policy: 'allow', downloadPath: downloads },
  });
  const page = await context.newPage();
  // Firefox holds back animation frames in a background tab, and Leaflet draws on them.
  await page.bringToFront();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e instanceof Error ? e.message : String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  // Before any script of the page runs, so lz-ready cannot fire unheard.
  await page.evaluateOnNewDocument(() => {
    // The Workers the page starts, by name (the sites' parser, the clustering index).
    const workers: string[] = [];
    Object.defineProperty(window, '__lzWorkers', { value: workers });
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers.push(options?.name ?? '');
      }
    };
    const heard: Array<{ type: string; detail: unknown }> = [];
    Object.defineProperty(window, '__lzHeard', { value: heard });
    for (const type of ['lz-ready', 'lz-lang-change', 'lz-itinerary-change', 'lz-error']) {
      document.addEventListener(type, (e) => heard.push({ type, detail: (e as CustomEvent).detail }), true);
    }
  });
  const response = await page.goto(server.url + path, { timeout: LOAD_MS, waitUntil: 'load' });
  expect(response?.status(), `GET /${path}`).toBe(200);
  return { context, page, downloads, errors };
}

/** The details of the lz-* events of `type` the page has dispatched, waiting (bounded) for at least `count`. */
async function heard(page: Page, type: string, count = 1, timeout = STEP_MS): Promise<unknown[]> {
  const handle = await page.waitForFunction(
    (type: string, count: number) => {
      const all = (window as unknown as { __lzHeard: Array<{ type: string; detail: unknown }> }).__lzHeard;
      const details = all.filter((e) => e.type === type).map((e) => e.detail);
      return details.length >= count && JSON.stringify(details);
    },
    { timeout },
    type,
    count,
  );
  return JSON.parse((await handle.jsonValue()) as string);
}

/**
 * In the page: the first element matching `selector` whose accessible name (aria-label, else its text,
 * spaces collapsed) is `name`, in the document and every open shadow root, inside the first element
 * matching `scope` if given. Null when there is none yet. Self-contained: it runs in the page.
 */
function findNamed(selector: string, name: string, scope: string | null): Element | null {
  const under = (from: Document | Element): Element[] => {
    const found: Element[] = [];
    const queue: Array<Document | Element | ShadowRoot> = [from];
    if (from instanceof Element && from.shadowRoot) queue.push(from.shadowRoot);
    while (queue.length > 0) {
      for (const el of Array.from(queue.shift()!.querySelectorAll('*'))) {
        found.push(el);
        if (el.shadowRoot) queue.push(el.shadowRoot);
      }
    }
    return found;
  };
  const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const base = scope ? under(document).find((el) => el.matches(scope)) : document;
  return (base && under(base).find((el) => el.matches(selector) && nameOf(el) === name)) ?? null;
}

/** Waits (bounded) for the element `findNamed` finds, and returns it. */
async function named(page: Page, selector: string, name: string, scope: string | null = null): Promise<ElementHandle> {
  const handle = await page
    .waitForFunction(findNamed, { timeout: STEP_MS }, selector, name, scope)
    .catch((e: Error) => {
      throw new Error(`no ${selector} named "${name}"${scope ? ` in ${scope}` : ''}: ${e.message}`);
    });
  return handle.asElement() as ElementHandle;
}

/** The text a visitor reads in the first element matching `scope`, its shadow roots included; '' if none. */
function deepText(page: Page, scope: string): Promise<string> {
  return page.evaluate((scope: string) => {
    const find = (node: Document | ShadowRoot): Element | null =>
      node.querySelector(scope) ??
      Array.from(node.querySelectorAll('*')).reduce<Element | null>(
        (hit, el) => hit ?? (el.shadowRoot ? find(el.shadowRoot) : null),
        null,
      );
    const textOf = (node: Node): string =>
      node instanceof Element && node.shadowRoot
        ? textOf(node.shadowRoot)
        : node.nodeType === Node.TEXT_NODE
          ? (node.textContent ?? '')
          : Array.from(node.childNodes).map(textOf).join(' ');
    const el = find(document);
    return el ? textOf(el).replace(/\s+/g, ' ').trim() : '';
  }, scope);
}

/** Names of the panel's tabs, in order. */
function tabNames(page: Page): Promise<string[]> {
  return page.$$eval('pierce/[role="tab"]', (tabs) => tabs.map((tab) => (tab.textContent ?? '').trim()));
}

/**
 * In the page: the first of `names` whose marker (a button of that name, in any shadow root) nothing
 * covers at its centre, so a mouse can hit it. At the first view the old city's markers overlap.
 */
function firstClickableMarker(names: string[]): string | null {
  const buttons = new Map<string, Element>();
  const queue: Array<Document | ShadowRoot> = [document];
  while (queue.length > 0) {
    for (const el of Array.from(queue.shift()!.querySelectorAll('*'))) {
      if (el.shadowRoot) queue.push(el.shadowRoot);
      const label = el.getAttribute('aria-label');
      if (label && el.getAttribute('role') === 'button' && !buttons.has(label)) buttons.set(label, el);
    }
  }
  for (const name of names) {
    const marker = buttons.get(name);
    const box = marker?.getBoundingClientRect();
    if (!marker || !box || box.width === 0) continue;
    const root = marker.getRootNode() as Document | ShadowRoot;
    const top = root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    if (top && (top === marker || marker.contains(top))) return name;
  }
  return null;
}

/** In the page: the first cluster of sites (a counted button), in any shadow root; null if none is drawn. */
function firstCluster(): Element | null {
  const queue: Array<Document | ShadowRoot> = [document];
  while (queue.length > 0) {
    const node = queue.shift()!;
    const hit = node.querySelector('.lz-cluster[role="button"]');
    if (hit) return hit;
    for (const el of Array.from(node.querySelectorAll('*'))) if (el.shadowRoot) queue.push(el.shadowRoot);
  }
  return null;
}

/** In the page: the focused element, through the shadow roots, marked as the one Enter was pressed on. */
function markFocused(): void {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (el) (el as Element & { __lzPressed?: boolean }).__lzPressed = true;
}

/**
 * In the page: once focus has moved off the element Enter was pressed on, `site:<id>` for a site's
 * marker or `cluster` for another cluster; false while it has not moved.
 */
function focusMoved(): string | false {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || (el as Element & { __lzPressed?: boolean }).__lzPressed) return false;
  const id = (el as HTMLElement).dataset.siteId;
  return id ? `site:${id}` : 'cluster';
}

/**
 * The keyboard visitor's way to one site at the start view, where the old city's sites share
 * clusters: focus the first cluster and press Enter, which zooms in (or spreads sites that share a
 * spot) and moves focus into what opened, until focus is on one site's marker. Its id.
 */
async function keyboardToSite(page: Page): Promise<string> {
  const cluster = (await page.waitForFunction(firstCluster, { timeout: STEP_MS })).asElement() as ElementHandle;
  await cluster.focus();
  for (let step = 0; step < 20; step++) {
    await page.evaluate(markFocused);
    await page.keyboard.press('Enter');
    const now = (await (await page.waitForFunction(focusMoved, { timeout: STEP_MS })).jsonValue()) as string;
    if (now.startsWith('site:')) return now.slice('site:'.length);
  }
  throw new Error('Enter on clusters never reached a site marker in 20 steps');
}

/**
 * The visitor's path through one page: popup, language, trip, GPX. `open` is how the popup is
 * opened: a mouse click on the first marker nothing covers, or the keyboard, through the clusters
 * to a site's marker.
 */
async function smoke({ page, downloads, errors }: Visit, open: { mouse: true } | { keyboard: true }) {
  // (1) Drawn: lz-ready, with every built-in site.
  const [ready] = await heard(page, 'lz-ready', 1, LOAD_MS);
  expect(ready).toEqual({ sites: sites.length });
  expect(await tabNames(page)).toContain(t('zh-CN', 'shell.tab.trip'));

  // (2) A popup, in Chinese (the default language).
  let site: SiteData;
  if ('mouse' in open) {
    const name = await page.evaluate(
      firstClickableMarker,
      sites.map((s) => s.name.zh),
    );
    expect(name, 'a site marker that no other marker covers').toBeTruthy();
    site = sites.find((s) => s.name.zh === name)!;
    await (await named(page, '[role="button"]', site.name.zh)).click();
  } else {
    site = siteById(await keyboardToSite(page));
    // Focus is on the site's own marker, a button named by the site: Enter opens its popup.
    await named(page, '[role="button"]', site.name.zh);
    await page.keyboard.press('Enter');
  }
  await named(page, 'button', t('zh-CN', 'siteCard.addToTrip'), '.leaflet-popup');
  expect(await deepText(page, '.leaflet-popup')).toContain(site.name.zh);

  // (3) The language control: the interface and the open popup turn English.
  await (await named(page, 'button', `EN: ${t('zh-CN', 'shell.switchLang')}`)).click();
  expect(await heard(page, 'lz-lang-change')).toEqual([{ lang: 'en' }]);
  await named(page, '[role="tab"]', t('en', 'shell.tab.trip'));
  const tabs = await tabNames(page);
  expect(tabs).toContain(t('en', 'shell.tab.list'));
  expect(tabs).not.toContain(t('zh-CN', 'shell.tab.trip'));
  const add = await named(page, 'button', t('en', 'siteCard.addToTrip'), '.leaflet-popup');
  expect(await deepText(page, '.leaflet-popup')).toContain(site.name.en);

  // (4) Added to the trip from the popup: the event carries it and the button now offers to remove it.
  // The card scrolls inside its popup: the visitor scrolls it to the button first. Not puppeteer's
  // own scroll, which centres the button in the card: Leaflet measures a popup before its card has
  // rendered, so it does not pan a tall one into view, and on the host page the card's top (and its
  // centre) sits above the map's edge, out of sight, in Chromium as well.
  await add.evaluate((b) => b.scrollIntoView({ block: 'nearest' }));
  await add.click();
  const [change] = (await heard(page, 'lz-itinerary-change')) as Array<{ days: Array<{ siteIds: string[] }> }>;
  expect(change.days.flatMap((d) => d.siteIds)).toEqual([site.id]);
  await named(page, 'button', t('en', 'siteCard.removeFromTrip'), '.leaflet-popup');

  // (5) GPX from the Trip tab, as Firefox downloads it.
  await (await named(page, '[role="tab"]', t('en', 'shell.tab.trip'))).click();
  const gpxButton = await named(page, 'button', t('en', 'trip.export.gpx'));
  expect(await gpxButton.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(false);
  await gpxButton.click();
  const file = `${t('en', 'trip.export.file')}.gpx`;
  // Firefox writes into `<name>.part` beside an empty `<name>`, then renames it over.
  await vi.waitFor(
    () => {
      const names = readdirSync(downloads);
      expect(names).toContain(file);
      expect(names.filter((n) => n.endsWith('.part'))).toEqual([]);
      expect(statSync(join(downloads, file)).size).toBeGreaterThan(0);
    },
    { timeout: STEP_MS, interval: 100 },
  );
  const gpx = new DOMParser().parseFromString(readFileSync(join(downloads, file), 'utf8'), 'application/xml');
  const waypoints = Array.from(gpx.getElementsByTagName('wpt')).map((w) => ({
    name: w.getElementsByTagName('name')[0]?.textContent,
    lat: Number(w.getAttribute('lat')),
    lon: Number(w.getAttribute('lon')),
  }));
  expect(waypoints).toEqual([{ name: site.name.en, lat: site.coordinates[1], lon: site.coordinates[0] }]);
  expect(gpx.getElementsByTagName('rtept')).toHaveLength(1);

  expect(await heard(page, 'lz-error', 0)).toEqual([]);
  expect(errors).toEqual([]);
}

describe('Firefox smoke', () => {
  it('the full page (index.html): ready, popup by mouse, language, trip, GPX', async () => {
    const page = await visit('');
    onTestFinished(() => page.context.close());
    await smoke(page, { mouse: true });
  });

  it('a host page with one classic script tag: ready, popup by keyboard through a cluster, language, trip, GPX', async () => {
    const page = await visit('host/host.html');
    onTestFinished(() => page.context.close());
    await smoke(page, { keyboard: true });
  });

  it('a host page with a 10,000-site src: checked and clustered in Workers, its clusters drawn', async () => {
    const page = await visit('host/big.html');
    onTestFinished(() => page.context.close());
    // Drawn: a cluster of more sites than the built-in data has can only come from the file's index.
    await page.page.waitForFunction(
      () => {
        let most = 0;
        const roots: (Document | ShadowRoot)[] = [document];
        while (roots.length)
          for (const el of roots.pop()!.querySelectorAll('*')) {
            if (el.shadowRoot) roots.push(el.shadowRoot);
            if (el.classList.contains('lz-cluster')) most = Math.max(most, Number(el.getAttribute('data-count')));
          }
        return most >= 100;
      },
      { timeout: LOAD_MS },
    );
    const workers = await page.page.evaluate(() => (window as unknown as { __lzWorkers: string[] }).__lzWorkers);
    expect(workers).toEqual(expect.arrayContaining(['lz-parse-sites', 'lz-cluster-index']));
    expect(page.errors).toEqual([]);
  });
});
