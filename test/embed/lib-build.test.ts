/**
 * The built files in dist-lib/ (npm run build:lib), loaded as a page would load them, each into a
 * fresh same-origin iframe: no globals, no page CSS, a second copy harmless, production Lit, and the
 * lite build fetching its data from next to itself. Skipped, saying so, when dist-lib/ is not built.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { violationsSoFar, waitFor } from './helpers';

async function builtFile(name: string): Promise<string | undefined> {
  const response = await fetch(`/dist-lib/${name}`);
  const text = await response.text();
  // The dev server answers a missing file with its index.html.
  return response.ok && !text.trimStart().startsWith('<') ? text : undefined;
}

/**
 * A module entry and the chunks it imports statically (minified `from"./x.js"`), joined: what the page runs
 * before anything shows. The start-up code sits in one chunk beside the entry (vite.lib.config.ts).
 */
async function builtGraph(name: string, seen = new Set<string>()): Promise<string> {
  if (seen.has(name)) return '';
  seen.add(name);
  const code = (await builtFile(name)) ?? '';
  const imported = [...code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]);
  const rest = await Promise.all(imported.map((f) => builtGraph(f, seen)));
  return [code, ...rest].join('\n');
}

const FILES = ['liangzhou-map.js', 'liangzhou-map.es.js', 'liangzhou-map.lite.js', 'geo/sites.geojson'];
const built = (await Promise.all(FILES.map(builtFile))).every(Boolean);
if (!built)
  console.warn('lib-build.test.ts: dist-lib/ is not built (npm run build:lib); skipping the built-library tests');

afterEach(() => document.body.replaceChildren());

interface Frame {
  win: Window & typeof globalThis;
  doc: Document;
  errors: string[];
  warnings: string[];
}

/** A blank same-origin iframe, with its errors and console warnings recorded (by the parent: no globals in it). */
async function blankFrame(): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 700px; height: 520px; border: 0';
  document.body.append(iframe);
  const win = iframe.contentWindow as Window & typeof globalThis;
  const frame: Frame = { win, doc: iframe.contentDocument!, errors: [], warnings: [] };
  win.addEventListener('error', (e) => frame.errors.push(String(e.message)));
  const warn = win.console.warn.bind(win.console);
  // A property of an existing object, not a new global.
  win.console.warn = (...args: unknown[]) => {
    frame.warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  return frame;
}

function addScript(frame: Frame, src: string, module = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = frame.doc.createElement('script');
    if (module) script.type = 'module';
    script.src = new URL(src, location.origin).href;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    frame.doc.head.append(script);
  });
}

/** Own property names of the window: what a script added as a global shows here. */
const globalsOf = (win: Window) => new Set(Object.getOwnPropertyNames(win));

async function addMap(
  frame: Frame,
  attrs: Record<string, string> = {},
): Promise<HTMLElement & { shadowRoot: ShadowRoot }> {
  const map = frame.doc.createElement('liangzhou-map') as HTMLElement & { shadowRoot: ShadowRoot };
  for (const [k, v] of Object.entries(attrs)) map.setAttribute(k, v);
  map.style.cssText = 'display: block; width: 640px; height: 480px';
  const ready = new Promise<CustomEvent>((resolve) =>
    map.addEventListener('lz-ready', (e) => resolve(e as CustomEvent), { once: true }),
  );
  frame.doc.body.append(map);
  expect((await ready).detail.sites).toBe(34);
  return map;
}

describe.skipIf(!built)('dist-lib/ (the built widget)', () => {
  it('liangzhou-map.js, loaded twice as a classic script, adds no global, no CSS, and works', async () => {
    const frame = await blankFrame();
    const before = globalsOf(frame.win);
    const headBefore = frame.doc.head.children.length;
    await addScript(frame, '/dist-lib/liangzhou-map.js');
    await addScript(frame, '/dist-lib/liangzhou-map.js');
    // A loader: the element comes with the module entry it imports from beside itself.
    await frame.win.customElements.whenDefined('liangzhou-map');
    expect([...globalsOf(frame.win)].filter((k) => !before.has(k))).toEqual([]);
    expect(Object.keys(frame.win).filter((k) => !before.has(k))).toEqual([]);
    expect(frame.errors).toEqual([]);
    expect(frame.win.customElements.get('liangzhou-map')).toBeDefined();
    // The site card is a chunk of its own, fetched beside the map's code (lite.ts) or by the first popup.
    await expect.poll(() => frame.win.customElements.get('lz-site-card')).toBeDefined();

    const map = await addMap(frame, { lang: 'en', site: 'tiantishan-grottoes' });
    // Once a map exists Leaflet 1.9 keeps its window listeners in a `_leaflet_events` expando on window
    // (DomEvent.on(window, 'resize' | 'keydown' ...)): Leaflet's bookkeeping, not ours; nothing else appears.
    expect([...globalsOf(frame.win)].filter((k) => !before.has(k) && k !== '_leaflet_events')).toEqual([]);
    expect((map as unknown as { siteIds: string[] }).siteIds.length).toBe(34);
    // Opened on 天梯山: framed where it stands apart from the reservoir 1 px away at the start.
    expect(map.shadowRoot.querySelector('[data-site-id="tiantishan-grottoes"]')).not.toBeNull();
    expect(map.shadowRoot.querySelectorAll('path.lz-zone').length).toBeGreaterThanOrEqual(4);
    const card = await waitFor(
      () => map.shadowRoot.querySelector('.leaflet-popup lz-site-card')?.shadowRoot?.querySelector('[part="title"]'),
      'popup title',
    );
    expect(card.textContent).toBe('Tiantishan Grottoes');
    // Leaflet's CSS applies inside the shadow root, and none of it is in the page.
    expect(frame.win.getComputedStyle(map.shadowRoot.querySelector('.leaflet-container')!).overflow).toBe('hidden');
    expect(frame.doc.head.children.length).toBe(headBefore + 2); // the two <script>s
    expect(frame.doc.querySelectorAll('style, link[rel="stylesheet"]').length).toBe(0);
    expect(frame.doc.adoptedStyleSheets.length).toBe(0);
  });

  it('liangzhou-map.js is a loader: a few hundred bytes that import the module entry beside it', async () => {
    const loader = (await builtFile('liangzhou-map.js'))!;
    expect(loader.length).toBeLessThan(1000);
    expect(loader).toContain('liangzhou-map.lite.js');
    expect(loader).toMatch(/\bimport\(/);
  });

  it('runs Lit in production mode and is minified', async () => {
    const frame = await blankFrame();
    await addScript(frame, '/dist-lib/liangzhou-map.js');
    await addMap(frame);
    expect(frame.warnings.filter((w) => /dev mode/i.test(w))).toEqual([]);
    for (const name of ['liangzhou-map.js', 'liangzhou-map.es.js', 'liangzhou-map.lite.js']) {
      const code = await builtGraph(name);
      expect(code, name).not.toMatch(/Lit is in dev mode|litIssuedWarnings/);
      expect(code, name).not.toMatch(/globalThis\.|window\.L\b/);
    }
    // Minified: the lite build (no geo text, whose pretty-printed JSON keeps its newlines) is long
    // lines plus the licence headers and Lit's css``/html`` templates, which stay as written: no line
    // of indented statements as source has them.
    const lite = await builtGraph('liangzhou-map.lite.js');
    expect(lite.split('\n').filter((l) => /^\s+(const|let|return|if|for|function)\b/.test(l))).toEqual([]);
    // Long lines once the templates' own text (CSS and HTML, kept as written) is set aside.
    const code = lite.replace(/`(?:[^`\\]|\\.)*`/g, '``');
    expect(code.length / code.split('\n').length).toBeGreaterThan(150);
    expect(lite).not.toMatch(/\/\*\*\s*\n\s*\* (Opens|Shows|The) /); // no JSDoc of ours
  });

  it('liangzhou-map.es.js, evaluated twice as a module, exports the classes and adds no global', async () => {
    const frame = await blankFrame();
    const before = globalsOf(frame.win);
    await addScript(frame, '/dist-lib/liangzhou-map.es.js', true);
    await addScript(frame, '/dist-lib/liangzhou-map.es.js?again', true); // another URL: a second evaluation
    expect(frame.errors).toEqual([]);
    expect([...globalsOf(frame.win)].filter((k) => !before.has(k))).toEqual([]);
    await addMap(frame);
    const mod = await import(/* @vite-ignore */ `${location.origin}/dist-lib/liangzhou-map.es.js`);
    expect(typeof mod.LiangzhouMap).toBe('function');
    expect(typeof mod.LzSiteCard).toBe('function');
    expect(customElements.get('liangzhou-map')).toBe(mod.LiangzhouMap);
  });

  it('liangzhou-map.lite.js fetches geo/ from next to itself and carries no geo data', async () => {
    const lite = await builtGraph('liangzhou-map.lite.js');
    const full = await builtGraph('liangzhou-map.es.js');
    expect(lite).not.toContain('雷台');
    expect(full).toContain('雷台');
    expect(lite.length).toBeLessThan(full.length - 100_000);
    const frame = await blankFrame();
    const before = globalsOf(frame.win);
    await addScript(frame, '/dist-lib/liangzhou-map.lite.js', true);
    const map = await addMap(frame);
    // Every site once: a marker counts one, a cluster its count.
    const drawn = [...map.shadowRoot.querySelectorAll<HTMLElement>('.lz-site-marker, .lz-cluster')].reduce(
      (n, b) => n + (b.classList.contains('lz-cluster') ? Number(b.dataset.count) : 1),
      0,
    );
    expect(drawn).toBe(34);
    expect([...globalsOf(frame.win)].filter((k) => !before.has(k) && k !== '_leaflet_events')).toEqual([]);
    const fetched = frame.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(fetched).toEqual(
      expect.arrayContaining([
        '/dist-lib/geo/sites.geojson',
        '/dist-lib/geo/zones.geojson',
        '/dist-lib/geo/boundary.geojson',
      ]),
    );
  });

  it('liangzhou-map.lite.js?geo=… reads its data folder from its own URL, and says when it cannot fetch it', async () => {
    const frame = await blankFrame();
    const map = frame.doc.createElement('liangzhou-map');
    const error = new Promise<CustomEvent>((resolve) =>
      map.addEventListener('lz-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    frame.doc.body.append(map); // in the page before the script: it upgrades when the data is in
    // A folder that is not there, named relative to the script. (Vite's dev server, which serves
    // dist-lib here, rewrites the module's imports against a query holding a slash; a CDN would not.)
    await addScript(frame, '/dist-lib/liangzhou-map.lite.js?geo=nowhere', true);
    const { detail } = await error;
    expect(detail.file).toBe('boundary.geojson');
    expect(detail.message).toMatch(/could not be fetched from http:\/\/[^/]+\/dist-lib\/nowhere\/boundary\.geojson/);
  });

  it('liangzhou-map.lite.js?geo=javascript:… still defines the element, which reports lz-error (issue 11)', async () => {
    const frame = await blankFrame();
    const map = frame.doc.createElement('liangzhou-map');
    const error = new Promise<CustomEvent>((resolve) =>
      map.addEventListener('lz-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    frame.doc.body.append(map);
    await addScript(frame, '/dist-lib/liangzhou-map.lite.js?geo=javascript:alert(1)', true);
    const { detail } = await error;
    expect(frame.win.customElements.get('liangzhou-map')).toBeDefined();
    expect(detail.message).toMatch(
      /could not be fetched from the geo folder \(geo=javascript:alert\(1\) is not an http\(s\) folder\)/,
    );
    expect(frame.errors).toEqual([]);
  });

  it('shows the map from a page with nothing but the script tag and the element', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
    iframe.src = '/test/embed/pages/one-tag.html';
    document.body.append(iframe);
    const map = await waitFor(
      () =>
        // The names come last of what the map draws (in steps: layout-map.ts).
        iframe.contentDocument?.querySelector('liangzhou-map')?.shadowRoot?.querySelector('.lz-label-zone') &&
        iframe.contentDocument!.querySelector('liangzhou-map')!,
      'the map in the one-tag page',
      10_000,
    );
    const r = map.shadowRoot!;
    expect(r.querySelector('path.lz-zone-south')).not.toBeNull();
    expect(r.querySelector('path.lz-zone-east')).toBeNull();
    expect(r.querySelector('path.lz-core')).not.toBeNull();
    // `layers` lists what shows: without `sites`, no markers.
    expect(r.querySelector('.lz-site-marker')).toBeNull();
    expect([...r.querySelectorAll('.lz-label-zone')].map((l) => l.textContent)).toEqual([
      'Southern Tiantishan Cultural Zone',
    ]);
    expect(map.getBoundingClientRect().height).toBeGreaterThan(200);
  });

  it('renders under a strict CSP without a violation', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 700px; height: 520px; border: 0';
    iframe.src = '/test/embed/pages/csp-lib.html?site=leitai-han-tomb&lang=en';
    document.body.append(iframe);
    const win = iframe.contentWindow as Window & {
      __lzProbe?: { violations: string[]; events: Array<{ type: string }> };
    };
    await waitFor(() => win.__lzProbe?.events.some((e) => e.type === 'lz-ready') || null, 'lz-ready under CSP', 15_000);
    // The bundle has its own Leaflet, animations on: wait for the popup's card, not a time.
    const map = win.document.querySelector('liangzhou-map')!;
    await waitFor(() => map.shadowRoot!.querySelector('.leaflet-popup lz-site-card'), 'the popup');
    expect(await violationsSoFar(win as Window & { __lzProbe: { violations: string[] } })).toEqual([]);
  });
});
