/**
 * Node side of test/embed/published-folder.test.ts (Vitest browser commands, registered in
 * vite.config.ts): serves the built dist/ the way a bureau publishes it, under a sub-folder
 * (http://127.0.0.1:<port>/map/), and a host page on a second origin (http://127.0.0.2:<port>) into
 * which a snippet is pasted. Pages are opened in new tabs of the test's own Chromium through
 * Playwright, because the checks cross origins, which a test inside the page cannot.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright';
import type { BrowserCommand, BrowserCommandContext } from 'vitest/node';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Read when first needed: vite.config.ts imports this module for every dev server and build too. */
const axeSource = () => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const MAP_FOLDER = '/map/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function listen(server: Server, host: string): Promise<string> {
  // Neither the servers nor the browser's kept-alive connections hold Vitest's process open at the end.
  server.unref();
  server.on('connection', (socket) => socket.unref());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve(`http://${host}:${(server.address() as { port: number }).port}`));
  });
}

/** Pages a test writes into the published folder (path under /map/ -> HTML), beside the widget's files. */
const folderPages = new Map<string, string>();

/** dist/ under /map/ only: a page that asks for /assets/… (a root-relative URL) gets a 404, as on a bureau's host. */
function mapServer(): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(MAP_FOLDER)) return void res.writeHead(404).end();
    const page = folderPages.get(path);
    if (page !== undefined) return void res.writeHead(200, { 'content-type': TYPES['.html'] }).end(page);
    const file = join(dist, normalize(path.slice(MAP_FOLDER.length)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    // A static host that lets other origins load its module scripts and data (the lite build from a bureau's CMS).
    res
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      })
      .end(readFileSync(file));
  });
}

/** The bureau's page on another origin: a bare document with the pasted snippet as its body. */
const hostPages = new Map<string, string>();
function hostServer(): Server {
  return createServer((req, res) => {
    const body = hostPages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': TYPES['.html'] })
      .end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bureau page</title></head><body>\n${body}</body></html>`,
      );
  });
}

let servers: Promise<{ mapBase: string; hostOrigin: string }> | undefined;

/** Starts both servers once per test run; the URL of the published folder and the host origin. */
function published() {
  servers ??= (async () => {
    if (!existsSync(join(dist, 'embed.html')) || !existsSync(join(dist, 'liangzhou-map.js')))
      throw new Error('dist/ does not hold the pages and the widget: run `npm run build` (npm test does)');
    const [map, host] = await Promise.all([listen(mapServer(), '127.0.0.1'), listen(hostServer(), '127.0.0.2')]);
    return { mapBase: `${map}${MAP_FOLDER}`, hostOrigin: host };
  })();
  return servers;
}

export interface PageReport {
  /** `lz-ready`'s `sites`, in the page or its map frame; undefined if it never came. */
  readySites?: number;
  /** How many sites the map draws: a site's marker counts one, a cluster (sites too close to tap apart) its count. */
  sitesDrawn: number;
  /** The map element's lang and site attributes, as the page made them. */
  lang: string | null;
  site: string | null;
  /** Page errors, failed requests and 4xx/5xx responses, on every frame of the tab. */
  problems: string[];
}

/** Records lz-ready in every frame of a tab before its scripts run (init scripts are not bound by the page's CSP). */
function recordReady() {
  document.addEventListener(
    'lz-ready',
    (e) => ((window as unknown as { __lzReady: number }).__lzReady = (e as CustomEvent).detail?.sites ?? -1),
    { capture: true, once: true },
  );
}

async function openTab(ctx: BrowserCommandContext, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await ctx.context.newPage();
  await page.setViewportSize({ width: 1024, height: 768 });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  // The browser's own favicon request is no file of ours (index.html declares none to fetch; a host page has its own).
  const ours = (url: string) => !url.endsWith('/favicon.ico');
  page.on(
    'response',
    (r) => void (r.status() >= 400 && ours(r.url()) && problems.push(`HTTP ${r.status()}: ${r.url()}`)),
  );
  page.on(
    'console',
    (m) =>
      void (
        m.type() === 'error' &&
        ours(m.location().url) &&
        problems.push(`console: ${m.text()} (${m.location().url})`)
      ),
  );
  await page.addInitScript(recordReady);
  await page.goto(url);
  return { page, problems };
}

/** Whether the document holds a `<liangzhou-map>`, in a shadow root too (the configurator's preview). */
function findMap(): boolean {
  const find = (root: Document | ShadowRoot): Element | undefined =>
    root.querySelector('liangzhou-map') ??
    [...root.querySelectorAll('*')].map((e) => e.shadowRoot && find(e.shadowRoot)).find((e) => !!e);
  return !!find(document);
}

/** The frame holding the map: the page itself, or the iframe a snippet added; none if no map came within 10 s. */
async function mapFrame(page: Page): Promise<Frame | undefined> {
  const deadline = Date.now() + 10_000;
  await page.waitForLoadState('load');
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.evaluate(findMap).catch(() => false)) return frame;
    }
    if (Date.now() > deadline) return undefined;
    // A snippet's iframe may still be loading: look again when a frame navigates (no fixed sleep),
    // and once more at the deadline.
    await page.waitForEvent('framenavigated', { timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined);
  }
}

async function report(page: Page, problems: string[]): Promise<PageReport> {
  const frame = await mapFrame(page);
  if (!frame)
    return { sitesDrawn: 0, lang: null, site: null, problems: [...problems, `no <liangzhou-map> in ${page.url()}`] };
  await frame.waitForFunction(() => '__lzReady' in window, null, { timeout: 10_000 }).catch(() => undefined);
  const seen = await frame.evaluate(() => {
    const find = (root: Document | ShadowRoot): Element | undefined =>
      root.querySelector('liangzhou-map') ??
      [...root.querySelectorAll('*')].map((e) => e.shadowRoot && find(e.shadowRoot)).find((e) => !!e);
    const map = find(document)!;
    return {
      readySites: (window as unknown as { __lzReady?: number }).__lzReady,
      sitesDrawn: [...(map.shadowRoot?.querySelectorAll<HTMLElement>('.lz-site-marker, .lz-cluster') ?? [])].reduce(
        (n, b) => n + (b.classList.contains('lz-cluster') ? Number(b.dataset.count) : 1),
        0,
      ),
      lang: map.getAttribute('lang'),
      site: map.getAttribute('site'),
    };
  });
  return { ...seen, problems: [...problems] };
}

/** Opens `path` (relative to the published folder) in a new tab; what loaded, and what failed. */
const visitPublished: BrowserCommand<[path: string]> = async (ctx, path) => {
  const { mapBase } = await published();
  const { page, problems } = await openTab(ctx, new URL(path, mapBase).href);
  try {
    return await report(page, problems);
  } finally {
    await page.close();
  }
};

/** axe-core on the whole document at `path`, once its map is ready (shadow roots included). */
const axePublished: BrowserCommand<[path: string]> = async (ctx, path) => {
  const { mapBase } = await published();
  const { page, problems } = await openTab(ctx, new URL(path, mapBase).href);
  try {
    const seen = await report(page, problems);
    if (seen.readySites === undefined) return [`${path}: no lz-ready`, ...seen.problems];
    // Evaluated through the DevTools protocol, so embed.html's CSP (script-src 'self') does not block it.
    await page.evaluate(axeSource());
    return await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`.trim()).join(', ')}`,
      );
    });
  } finally {
    await page.close();
  }
};

export interface ConfiguratorChoice {
  lang: 'zh-CN' | 'en';
  site: string;
}

/** Opens the published configurator, makes the choice in its form, and reads its snippets as a bureau would copy them. */
const configuratorSnippets: BrowserCommand<[choice: ConfiguratorChoice]> = async (ctx, choice) => {
  const { mapBase } = await published();
  const { page, problems } = await openTab(ctx, new URL('configurator.html?lang=en', mapBase).href);
  try {
    await report(page, problems);
    await page
      .locator('input[name="map-lang"]')
      .nth(choice.lang === 'en' ? 1 : 0)
      .check();
    await page.locator('select[name="site"]').selectOption(choice.site);
    const read = async (kind: string) => page.locator(`textarea[data-snippet="${kind}"]`).inputValue();
    return {
      base: await page.locator('input[name="base"]').inputValue(),
      script: await read('script'),
      iframe: await read('iframe'),
      problems,
    };
  } finally {
    await page.close();
  }
};

/** Pastes `snippet` into a page on the second origin and reports the map it makes (in the page or its iframe). */
const pasteOnHost: BrowserCommand<[snippet: string]> = async (ctx, snippet) => {
  const { hostOrigin } = await published();
  const path = `/page-${hostPages.size + 1}.html`;
  hostPages.set(path, snippet);
  const { page, problems } = await openTab(ctx, `${hostOrigin}${path}`);
  try {
    return { ...(await report(page, problems)), hostOrigin };
  } finally {
    await page.close();
  }
};

export interface OneTagReport {
  readySites?: number;
  /** Every URL the tab requested before lz-ready, and by the time the Trip tab's code had come. */
  atReady: string[];
  afterTrip: string[];
  /** CSP violations (`securitypolicyviolation`), page errors, failed requests. */
  problems: string[];
}

/** Records CSP violations in every frame before its scripts run. */
function recordViolations() {
  const w = window as unknown as { __lzViolations: string[] };
  w.__lzViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__lzViolations.push(`${e.effectiveDirective} ${e.blockedURI}`),
  );
}

/**
 * A page inside the published folder, under `script-src 'self'`, holding the one-tag snippet (`head`, `body`):
 * what it fetched up to lz-ready, then after the visitor opens the Trip tab (whose code loads on first use).
 */
const oneTagUnderCsp: BrowserCommand<[head: string, body: string]> = async (ctx, head, body) => {
  const { mapBase } = await published();
  const path = `${MAP_FOLDER}one-tag-${folderPages.size + 1}.html`;
  folderPages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'"><title>One tag</title>${head}</head><body>${body}</body></html>`,
  );
  const page = await ctx.context.newPage();
  await page.setViewportSize({ width: 1024, height: 768 });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => void requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
  await page.addInitScript(recordReady);
  await page.addInitScript(recordViolations);
  try {
    await page.goto(new URL(path, new URL(mapBase).origin).href);
    await page.waitForFunction(() => '__lzReady' in window, null, { timeout: 15_000 }).catch(() => undefined);
    const readySites = await page.evaluate(() => (window as unknown as { __lzReady?: number }).__lzReady);
    const atReady = [...requests];
    // Role locators reach into shadow roots: the tab the visitor clicks.
    const tripCode = page.waitForRequest(/\/trip-elements-[^/]*\.js$/, { timeout: 15_000 }).catch(() => undefined);
    await page.getByRole('tab', { name: 'Trip' }).click({ timeout: 15_000 });
    await tripCode;
    await page
      .getByRole('tabpanel')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    const violations = await page.evaluate(() => (window as unknown as { __lzViolations: string[] }).__lzViolations);
    return {
      readySites,
      atReady,
      afterTrip: [...requests],
      problems: [...problems, ...violations.map((v) => `csp: ${v}`)],
    };
  } finally {
    await page.close();
  }
};

export interface FirstPaintReport {
  /** With scripts off: what the page's HTML alone draws. */
  static: {
    outline: boolean;
    points: number;
    box: { width: number; height: number } | null;
    /** The drawn title's text and box, and whether it is drawn (not hidden, transparent or invisible). */
    title: { text: string; width: number; height: number; visible: boolean } | null;
  };
  /** With scripts on, at lz-ready. */
  readySites?: number;
  outlineAfterReady: boolean;
  /** Sum of layout-shift values from the first frame up to lz-ready (the panels that load after it are not the first paint's). */
  layoutShift: number;
  /** Sum of layout-shift values once the panels' lazy elements have loaded too (the Layers tab's, drawn on desktop). */
  layoutShiftWithPanels: number;
  /** How many times each geo file was requested (a preload the fetch does not reuse makes it twice). */
  geoRequests: Record<string, number>;
  problems: string[];
}

/** Records layout shifts before the page's scripts run. */
function recordShifts() {
  const w = window as unknown as { __lzShift: number; __lzShiftAll: number; __lzReadyAt?: number };
  w.__lzShift = 0;
  w.__lzShiftAll = 0;
  document.addEventListener('lz-ready', () => (w.__lzReadyAt = performance.now()), { capture: true, once: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
      if (e.hadRecentInput) continue;
      w.__lzShiftAll += e.value;
      // Shifts from the first frame up to lz-ready: what the outline is there to prevent.
      if (w.__lzReadyAt === undefined || e.startTime <= w.__lzReadyAt) w.__lzShift += e.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The first frame of a published page (`path`): drawn by its HTML alone, gone once the map is ready, nothing shifted. */
const firstPaintPublished: BrowserCommand<[path: string]> = async (ctx, path) => {
  const { mapBase } = await published();
  const url = new URL(path, mapBase).href;
  const browser = ctx.context.browser();
  if (!browser) throw new Error('firstPaintPublished: no browser to open a context in');
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 768 } });
  let staticView: FirstPaintReport['static'];
  try {
    const page = await noScript.newPage();
    await page.goto(url);
    staticView = await page.evaluate(() => {
      const svg = document.querySelector('.lz-first-paint svg');
      const d = svg?.querySelector('path')?.getAttribute('d') ?? '';
      const rect = svg?.getBoundingClientRect();
      const title = document.querySelector('.lz-first-paint-title');
      const t = title?.getBoundingClientRect();
      return {
        title:
          title && t
            ? {
                text: title.textContent ?? '',
                width: t.width,
                height: t.height,
                visible: title.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
              }
            : null,
        outline: !!svg,
        points: (d.match(/[ML]/g) ?? []).length,
        box: rect ? { width: rect.width, height: rect.height } : null,
      };
    });
  } finally {
    await noScript.close();
  }
  const { page, problems } = await openTab(ctx, url);
  try {
    await page.addInitScript(recordShifts);
    const requests: string[] = [];
    page.on('request', (r) => void requests.push(new URL(r.url()).pathname));
    await page.reload();
    await page.waitForFunction(() => '__lzReady' in window, null, { timeout: 15_000 }).catch(() => undefined);
    // The panels' chunk, then two frames for what it draws to be laid out and observed.
    await page
      .waitForFunction(() => customElements.get('lz-layer-panel') !== undefined, null, { timeout: 15_000 })
      .catch(() => undefined);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await page.evaluate(() => ({
      readySites: (window as unknown as { __lzReady?: number }).__lzReady,
      outlineAfterReady: !!document.querySelector('.lz-first-paint'),
      layoutShift: (window as unknown as { __lzShift: number }).__lzShift,
      layoutShiftWithPanels: (window as unknown as { __lzShiftAll: number }).__lzShiftAll,
    }));
    const geoRequests: Record<string, number> = {};
    for (const p of requests.filter((p) => p.endsWith('.geojson'))) geoRequests[p] = (geoRequests[p] ?? 0) + 1;
    // The reload cancels what the first load still had in flight (its icon, say): aborted is not failed.
    const failed = problems.filter((p) => !p.endsWith('net::ERR_ABORTED'));
    return { static: staticView, ...seen, geoRequests, problems: failed };
  } finally {
    await page.close();
  }
};

/** Where the folder and the host page are served. */
const publishedUrls: BrowserCommand<[]> = () => published();

export const publishedFolderCommands = {
  publishedUrls,
  visitPublished,
  axePublished,
  configuratorSnippets,
  pasteOnHost,
  oneTagUnderCsp,
  firstPaintPublished,
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    publishedUrls: () => Promise<{ mapBase: string; hostOrigin: string }>;
    visitPublished: (path: string) => Promise<PageReport>;
    axePublished: (path: string) => Promise<string[]>;
    configuratorSnippets: (
      choice: ConfiguratorChoice,
    ) => Promise<{ base: string; script: string; iframe: string; problems: string[] }>;
    pasteOnHost: (snippet: string) => Promise<PageReport & { hostOrigin: string }>;
    oneTagUnderCsp: (head: string, body: string) => Promise<OneTagReport>;
    firstPaintPublished: (path: string) => Promise<FirstPaintReport>;
  }
}
