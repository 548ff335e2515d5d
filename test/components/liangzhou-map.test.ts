import { siteFeature } from '../fixtures/site-feature';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/embed/index';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { builtInFiles } from '../../src/data/built-in-files';
import { ownMarker, sitesDrawn } from './site-buttons';

const siteCount = JSON.parse(builtInFiles['sites.geojson']).features.length;

async function mount(attrs: Record<string, string> = {}): Promise<LiangzhouMap> {
  const el = document.createElement('liangzhou-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.height = '600px';
  el.style.width = '800px';
  const ready = new Promise<CustomEvent>((resolve) =>
    el.addEventListener('lz-ready', resolve as EventListener, { once: true }),
  );
  document.body.appendChild(el);
  const event = await ready;
  // With `src`, the page's sites may arrive before or after the map is ready.
  if (!attrs.src) expect(event.detail.sites).toBe(siteCount);
  return el;
}

const shadow = (el: LiangzhouMap) => el.shadowRoot!;

afterEach(() => {
  document.body.replaceChildren();
});

describe('<liangzhou-map>', () => {
  it('renders its map inside its shadow root and nothing into the page', async () => {
    const el = await mount();
    expect(shadow(el).querySelector('.leaflet-container')).not.toBeNull();
    expect(document.querySelector('.leaflet-container')).toBeNull();
    // No widget CSS in the page: Leaflet's and ours live in the shadow root only.
    const pageCss = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
    expect(pageCss).not.toMatch(/leaflet|lz-/);
    expect(document.querySelectorAll('link[rel="stylesheet"]').length).toBe(0);
  });

  it('draws the four zones, the core, the axis and one marker per site', async () => {
    const el = await mount();
    const root = shadow(el);
    for (const id of ['east', 'west', 'south', 'north']) {
      expect(root.querySelectorAll(`path.lz-zone-${id}`).length, id).toBeGreaterThanOrEqual(1);
    }
    expect(root.querySelectorAll('path.lz-core').length).toBe(1);
    expect(root.querySelectorAll('path.lz-axis').length).toBe(1);
    expect(sitesDrawn(root)).toBe(siteCount); // each once: on its own or counted in a cluster
    expect(siteCount).toBeGreaterThanOrEqual(30);
    // Each zone is labelled with its name.
    const labels = [...root.querySelectorAll('.lz-label-zone')].map((l) => l.textContent);
    expect(labels).toContain('南部天梯山文化旅游区');
    expect(labels).toHaveLength(4);
    // Zones differ by colour and by pattern.
    const fills = new Set(
      ['east', 'west', 'south', 'north'].map((id) => getComputedStyle(root.querySelector(`path.lz-zone-${id}`)!).fill),
    );
    const dashes = new Set(
      ['east', 'west', 'south', 'north'].map(
        (id) => getComputedStyle(root.querySelector(`path.lz-zone-${id}`)!).strokeDasharray,
      ),
    );
    expect(fills.size).toBe(4);
    expect(dashes.size).toBe(4);
  });

  it('gives every marker the site name as its accessible name and makes it keyboard-focusable', async () => {
    const el = await mount();
    const leitai = await ownMarker(el, 'leitai-han-tomb');
    expect(leitai.getAttribute('aria-label')).toBe('雷台汉墓（雷台公园）');
    expect(leitai.getAttribute('role')).toBe('button');
    expect(leitai.tabIndex).toBe(0);
    for (const m of shadow(el).querySelectorAll('.lz-site-marker')) expect(m.getAttribute('aria-label')).toBeTruthy();
  });

  it('opens the popup of 雷台 on click, as DOM built from the data', async () => {
    const el = await mount();
    const selected = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('lz-site-select', resolve as EventListener, { once: true }),
    );
    (await ownMarker(el, 'leitai-han-tomb')).click();
    expect((await selected).detail).toEqual({ id: 'leitai-han-tomb' });
    const card = shadow(el).querySelector('.leaflet-popup lz-site-card')!;
    expect(card).not.toBeNull();
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const text = card.shadowRoot!.textContent!;
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).toContain('雷台');
    expect(text).toContain('文物古迹'); // category
    expect(text).toContain('一核：凉州古城'); // area
    expect(text).toContain('位置为近似');
    expect(card.shadowRoot!.querySelector('.description')!.textContent!.length).toBeGreaterThan(20);
  });

  it('opens the 天梯山 popup through showSite, in English when lang="en"', async () => {
    const el = await mount({ lang: 'en' });
    expect(el.showSite('tiantishan-grottoes')).toBe(true);
    const card = shadow(el).querySelector('.leaflet-popup lz-site-card')!;
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).toBe('Tiantishan Grottoes');
    expect(card.shadowRoot!.textContent).toContain('Southern Tiantishan Cultural Zone');
    expect(el.showSite('no-such-site')).toBe(false);
  });

  it('switches content language when lang changes', async () => {
    const el = await mount();
    el.lang = 'en';
    await el.updateComplete;
    const labels = [...shadow(el).querySelectorAll('.lz-label-zone')].map((l) => l.textContent);
    expect(labels).toContain('Northern Tengger Desert Ecology Zone');
    expect((await ownMarker(el, 'leitai-han-tomb')).getAttribute('aria-label')).toBe('Leitai Han Tomb (Leitai Park)');
    expect(shadow(el).querySelector('[part="note"]')!.textContent).toMatch(/schematic/);
  });

  it("applies Leaflet's CSS inside the shadow root", async () => {
    const el = await mount();
    const container = shadow(el).querySelector('.leaflet-container')!;
    expect(getComputedStyle(container).overflow).toBe('hidden');
    const pane = shadow(el).querySelector('.leaflet-map-pane')!;
    expect(getComputedStyle(pane).position).toBe('absolute');
    const zoom = shadow(el).querySelector('.leaflet-control-zoom')!;
    expect(getComputedStyle(zoom).borderRadius).not.toBe('0px');
  });

  it('cleans up its map when removed, and can be added again', async () => {
    const el = await mount();
    el.remove();
    expect(shadow(el).querySelector('.leaflet-pane')).toBeNull();
    const again = await mount();
    expect(sitesDrawn(shadow(again))).toBe(siteCount);
  });

  it('keeps a zone hidden and shown again painted below the core, the boundary and the axis', async () => {
    const el = await mount();
    el.setLayerVisible('east', false);
    await el.updateComplete;
    expect(shadow(el).querySelector('path.lz-zone-east')).toBeNull();
    el.setLayerVisible('east', true);
    await el.updateComplete;
    const pane = (selector: string) => shadow(el).querySelector(selector)!.closest<HTMLElement>('.leaflet-pane')!;
    const z = (selector: string) => Number(getComputedStyle(pane(selector)).zIndex);
    for (const above of ['path.lz-core', 'path.lz-boundary', 'path.lz-axis']) {
      expect(z('path.lz-zone-east'), above).toBeLessThan(z(above));
      expect(pane('path.lz-zone-east').compareDocumentPosition(pane(above)) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
    }
  });

  it('keeps an open popup in step with the trip when `itinerary` changes', async () => {
    const el = await mount();
    el.showSite('leitai-han-tomb');
    const card = shadow(el).querySelector('.leaflet-popup lz-site-card') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await card.updateComplete;
    const button = () => card.shadowRoot!.querySelector<HTMLButtonElement>('[part="trip"]')!;
    expect(button().textContent).toContain('加入行程');
    // The trip changes elsewhere (a share link, storage, the Trip tab, the page).
    el.itinerary = { days: [{ name: '', siteIds: ['leitai-han-tomb'] }] };
    await el.updateComplete;
    await card.updateComplete;
    expect(button().textContent).toContain('从行程中移除');
    // And the button does what it says.
    button().click();
    expect(el.itinerary.days.flatMap((d) => d.siteIds)).not.toContain('leitai-han-tomb');
    await card.updateComplete;
    expect(button().textContent).toContain('加入行程');
    el.itinerary = { days: [] };
    await el.updateComplete;
    await card.updateComplete;
    expect(button().textContent).toContain('加入行程');
    expect(shadow(el).querySelectorAll('.leaflet-popup lz-site-card')).toHaveLength(1);
  });
});

describe('<liangzhou-map> public API', () => {
  it('shows only the layers named in `layers`, and setLayerVisible fires lz-layer-toggle', async () => {
    const el = await mount({ layers: 'core,south,sites' });
    const root = shadow(el);
    expect(root.querySelectorAll('path.lz-zone-east').length).toBe(0);
    expect(root.querySelectorAll('path.lz-zone-south').length).toBe(1);
    expect(root.querySelectorAll('path.lz-axis').length).toBe(0);
    const toggles: unknown[] = [];
    el.addEventListener('lz-layer-toggle', (e) => toggles.push(e.detail));
    expect(el.setLayerVisible('south', false)).toBe(true);
    expect(root.querySelectorAll('path.lz-zone-south').length).toBe(0);
    await el.updateComplete;
    expect(el.getAttribute('layers')).toBe('core,sites');
    expect(el.setLayerVisible('nowhere', true)).toBe(false);
    expect(toggles).toEqual([{ id: 'south', visible: false }]);
  });

  it('hides the sites of a category or theme with a -filter, keeping sites with another visible theme', async () => {
    const el = await mount();
    const root = shadow(el);
    await ownMarker(el, 'baita-temple', 14);
    expect(root.querySelector('[data-site-id="baita-temple"]')).not.toBeNull();
    const before = sitesDrawn(root);
    el.setLayerVisible('category:temple', false);
    expect(root.querySelector('[data-site-id="baita-temple"]')).toBeNull();
    expect(sitesDrawn(root)).toBeLessThan(before);
    expect((await ownMarker(el, 'leitai-han-tomb')).dataset.siteId).toBe('leitai-han-tomb');
    await el.updateComplete;
    expect(el.getAttribute('layers')).toContain('-category:temple');
    el.setLayerVisible('category:temple', true);
    await ownMarker(el, 'baita-temple', 14);
    expect(root.querySelector('[data-site-id="baita-temple"]')).not.toBeNull();
  });

  it('opens the site named by the `site` attribute and clears it when the popup closes', async () => {
    const el = await mount({ site: 'baita-temple' });
    expect(shadow(el).querySelector('.leaflet-popup lz-site-card')).not.toBeNull();
    const card = shadow(el).querySelector('.leaflet-popup lz-site-card')!;
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    card.shadowRoot!.querySelector<HTMLElement>('[part="close"]')!.click();
    await el.updateComplete;
    expect(el.hasAttribute('site')).toBe(false);
  });

  it('closes a popup with Escape and gives focus back to its marker', async () => {
    const el = await mount();
    const marker = await ownMarker(el, 'haizang-temple');
    marker.focus();
    marker.dispatchEvent(new KeyboardEvent('keypress', { key: 'Enter', keyCode: 13, bubbles: true }));
    expect(shadow(el).querySelector('.leaflet-popup')).not.toBeNull();
    // Opened from the keyboard, the popup takes focus (its close button).
    const card = shadow(el).querySelector('.leaflet-popup lz-site-card') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await card.updateComplete;
    await vi.waitFor(() => expect(shadow(el).activeElement).toBe(card));
    expect(card.shadowRoot!.activeElement?.getAttribute('part')).toBe('close');
    shadow(el)
      .querySelector('.leaflet-popup')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.hasAttribute('site')).toBe(false);
    // Without Leaflet's fade (test/setup-browser.ts) the popup is gone at once.
    expect(shadow(el).querySelector('.leaflet-popup')).toBeNull();
    expect(shadow(el).activeElement).toBe(marker);
  });

  it('starts at `center` and `zoom`, and fitTo frames a layer', async () => {
    const el = await mount({ center: '37.5656,102.7403', zoom: '12' });
    const events: Array<{ center: [number, number]; zoom: number }> = [];
    el.addEventListener('lz-view-change', (e) => events.push(e.detail));
    expect(el.fitTo('core')).toBe(true);
    expect(el.fitTo('nowhere')).toBe(false);
    const last = events.at(-1)!;
    expect(last.center[0]).toBeCloseTo(37.93, 1);
    expect(last.zoom).toBeGreaterThan(12);
  });

  it('says once that online tiles failed, and keeps the outlines', async () => {
    const el = await mount({ tiles: 'http://127.0.0.1:9/{z}/{x}/{y}.png' });
    // The tile layer's code loads on first use (base-map-layer.ts): give it time on a loaded machine.
    await vi.waitFor(() => expect(shadow(el).querySelector('[part="notice"]')).not.toBeNull(), { timeout: 10_000 });
    expect(shadow(el).querySelectorAll('[part="notice"]').length).toBe(1);
    expect(shadow(el).querySelector('[part="notice"]')!.textContent).toContain('离线');
    expect(shadow(el).querySelectorAll('.leaflet-tile').length).toBe(0);
    expect(shadow(el).querySelectorAll('path.lz-zone').length).toBeGreaterThanOrEqual(4);
  });

  it('lets the page scroll on a plain wheel in cooperative mode, and zooms on Ctrl+wheel', async () => {
    const el = await mount();
    const frame = shadow(el).querySelector<HTMLElement>('.leaflet-container')!;
    const zoomOf = () => (el as unknown as { view: { map: { getZoom(): number } } }).view.map.getZoom();
    const before = zoomOf();
    // Leaflet zooms from a wheel listener on its container: count what reaches it.
    let reached = 0;
    frame.addEventListener('wheel', () => reached++);
    frame.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, bubbles: true, clientX: 400, clientY: 300 }));
    expect(reached).toBe(0);
    await el.updateComplete;
    expect(shadow(el).querySelector('.hint.show')).not.toBeNull();
    frame.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300,
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
        clientX: 400,
        clientY: 300,
      }),
    );
    expect(reached).toBe(1);
    await vi.waitFor(() => expect(zoomOf()).toBeGreaterThan(before));
  });
});

describe('<liangzhou-map> with a bureau’s own sites', () => {
  const extra = {
    type: 'FeatureCollection',
    features: [
      siteFeature('bureau-museum', { zh: '新馆', en: 'New Hall' }, { coordinates: [102.64, 37.935] }),
      { type: 'Feature', id: 'broken', properties: {}, geometry: { type: 'Point', coordinates: [37.9, 102.6] } },
    ],
  };

  it('adds good sites from the `sites` property, reports the bad one, and keeps the built-in layers', async () => {
    const el = await mount();
    const errors: Array<{ file: string; feature?: string; field?: string }> = [];
    el.addEventListener('lz-error', (e) => errors.push(e.detail));
    el.sites = extra;
    await el.updateComplete;
    expect(sitesDrawn(shadow(el))).toBe(siteCount + 1);
    el.center = '37.935,102.64';
    el.zoom = 18;
    await el.updateComplete;
    expect(shadow(el).querySelector('[data-site-id="bureau-museum"]')).not.toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({ file: 'sites property', feature: '"broken" (#1)', field: 'properties.name' }),
    ]);
    expect(shadow(el).querySelector('[part="notice"]')!.textContent).toContain('broken');
    expect(shadow(el).querySelectorAll('path.lz-zone').length).toBeGreaterThanOrEqual(4);
  });

  it('fetches `src` and replaces the built-in sites with src-mode="replace"', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(extra)], { type: 'application/geo+json' }));
    const el = await mount({ src: url, 'src-mode': 'replace' });
    await vi.waitFor(() => expect(shadow(el).querySelector('[data-site-id="bureau-museum"]')).not.toBeNull(), {
      timeout: 10_000,
    });
    expect(shadow(el).querySelectorAll('.lz-site-marker').length).toBe(1);
  });

  it('keeps the built-in sites when `src` is not JSON', async () => {
    const url = URL.createObjectURL(new Blob(['<html>oops'], { type: 'text/html' }));
    const el = document.createElement('liangzhou-map');
    el.setAttribute('src', url);
    const error = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('lz-error', resolve as EventListener, { once: true }),
    );
    document.body.appendChild(el);
    const e = await error;
    expect(e.detail.file).toBe(url);
    expect(e.detail.message).toMatch(/not valid JSON/);
    await el.updateComplete;
    expect(sitesDrawn(shadow(el))).toBe(siteCount);
  });
});
