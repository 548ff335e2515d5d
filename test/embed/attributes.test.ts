/**
 * Each attribute of <liangzhou-map>, set in markup and changed later, through the public surface.
 * Complements test/components/liangzhou-map.test.ts, which covers the basics of each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/embed/index';
import {
  BUILT_IN_SITES,
  drawnAreas,
  marker,
  mount,
  nextEvent,
  notices,
  popupCard,
  root,
  viewChanges,
  waitFor,
  sitesDrawn,
  ownMarker,
} from './helpers';

afterEach(() => document.body.replaceChildren());

// Root-relative: Vite rewrites `new URL(`…${x}`, import.meta.url)` into a glob of existing files.
const fixture = (name: string) => `${location.origin}/test/fixtures/bureau/${name}`;
const views = () => {
  const seen: Array<{ center: [number, number]; zoom: number }> = [];
  return { seen, on: { 'lz-view-change': (e: CustomEvent) => seen.push(e.detail) } };
};

describe('lang', () => {
  it('reads any en-* as English and anything else as Chinese', async () => {
    const en = await mount({ lang: 'en-GB' });
    expect(root(en).querySelector('[part="note"]')!.textContent).toMatch(/schematic/);
    const other = await mount({ lang: 'fr' });
    expect(root(other).querySelector('[part="note"]')!.textContent).toMatch(/示意/);
  });

  it('re-renders an open popup in the new language', async () => {
    const el = await mount({ site: 'tiantishan-grottoes' });
    expect((await popupCard(el)).shadowRoot!.querySelector('[part="title"]')!.textContent).toBe('天梯山石窟');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    const title = () =>
      root(el).querySelector('.leaflet-popup lz-site-card')?.shadowRoot?.querySelector('[part="title"]')?.textContent;
    await waitFor(() => title() === 'Tiantishan Grottoes' || null, 'English popup title');
    expect(ownMarker(el, 'tiantishan-grottoes')!.getAttribute('aria-label')).toBe('Tiantishan Grottoes');
  });
});

describe('layers', () => {
  it('shows only the sites when layers="sites"', async () => {
    const el = await mount({ layers: 'sites' });
    expect(drawnAreas(el)).toEqual({
      core: false,
      axis: false,
      east: false,
      west: false,
      south: false,
      north: false,
      sites: true,
    });
    expect(el.isLayerVisible('core')).toBe(false);
    expect(el.isLayerVisible('sites')).toBe(true);
  });

  it('hides a category with -category:, ignores junk entries, and follows attribute changes', async () => {
    const el = await mount({ layers: 'core,<img src=x>,south,sites,-category:temple' });
    expect(drawnAreas(el)).toMatchObject({ core: true, south: true, east: false, axis: false, sites: true });
    expect(marker(el, 'baita-temple')).toBeNull();
    expect(ownMarker(el, 'leitai-han-tomb')).not.toBeNull();
    el.setAttribute('layers', 'east,axis');
    await el.updateComplete;
    expect(drawnAreas(el)).toMatchObject({ core: false, south: false, east: true, axis: true, sites: false });
    el.removeAttribute('layers');
    await el.updateComplete;
    expect(Object.values(drawnAreas(el)).every(Boolean)).toBe(true);
    expect(sitesDrawn(el)).toBe(BUILT_IN_SITES);
  });
});

describe('site', () => {
  it('opens the popup when set later, closes it when removed, and says when the id is unknown', async () => {
    const el = await mount();
    el.setAttribute('site', 'haizang-temple');
    await el.updateComplete;
    expect((await popupCard(el)).shadowRoot!.querySelector('[part="title"]')!.textContent).toContain('海藏寺');
    el.removeAttribute('site');
    await el.updateComplete;
    await waitFor(() => !root(el).querySelector('.leaflet-popup') || null, 'popup closed');
    el.setAttribute('site', 'no-such-site');
    await waitFor(() => notices(el).join(' ').includes('no-such-site') || null, 'unknown-site notice');
  });
});

describe('center and zoom', () => {
  it('starts at the given view', async () => {
    const { seen, on } = views();
    await mount({ center: '37.70,102.55', zoom: '11' }, { on });
    const last = seen.at(-1)!;
    expect(last.center[0]).toBeCloseTo(37.7, 2);
    expect(last.center[1]).toBeCloseTo(102.55, 2);
    expect(last.zoom).toBe(11);
  });

  it('keeps the zoom within 7..18 and the district view for a centre it cannot read', async () => {
    const low = views();
    await mount({ zoom: '2' }, { on: low.on });
    expect(low.seen.at(-1)!.zoom).toBe(7);
    // Where a marker sits in the element says what the view is: the same place means the same view.
    const at = (el: HTMLElement) => {
      const m = (el as never as HTMLElement)
        .shadowRoot!.querySelector('.lz-site-marker, .lz-cluster')!
        .getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return [Math.round(m.x - box.x), Math.round(m.y - box.y)];
    };
    const def = await mount();
    const bad = await mount({ center: 'lat,lng' });
    expect(at(bad)).toEqual(at(def));
    const moved = await mount({ center: '37.70,102.55' });
    expect(at(moved)).not.toEqual(at(def));
  });

  it('moves when center or zoom change later', async () => {
    const el = await mount();
    const seen = viewChanges(el);
    el.setAttribute('center', '37.93,102.64');
    el.setAttribute('zoom', '14');
    await el.updateComplete;
    await waitFor(() => seen.length > 0 || null, 'view change');
    expect(seen.at(-1)!.zoom).toBe(14);
    expect(seen.at(-1)!.center[0]).toBeCloseTo(37.93, 3);
  });
});

describe('src and src-mode', () => {
  it('adds a bureau file to the built-in sites (extend), where a known id corrects the built-in site', async () => {
    const el = await mount({ src: fixture('valid.geojson') });
    await waitFor(() => ownMarker(el, 'bureau-visitor-centre'), 'bureau site');
    expect(sitesDrawn(el)).toBe(BUILT_IN_SITES + 1);
    // valid.geojson also carries leitai-han-tomb with a corrected English name.
    expect(ownMarker(el, 'leitai-han-tomb')!.getAttribute('aria-label')).toBe('雷台汉墓（雷台公园）');
    el.lang = 'en';
    await el.updateComplete;
    expect(ownMarker(el, 'leitai-han-tomb')!.getAttribute('aria-label')).toBe(
      'Leitai Han Tomb (corrected by the bureau)',
    );
  });

  it('shows only the bureau sites with src-mode="replace", and switches back', async () => {
    const el = await mount({ src: fixture('valid.geojson'), 'src-mode': 'replace' });
    await waitFor(() => (sitesDrawn(el) === 2 ? true : null), 'two sites');
    el.setAttribute('src-mode', 'extend');
    await el.updateComplete;
    expect(sitesDrawn(el)).toBe(BUILT_IN_SITES + 1);
    el.removeAttribute('src');
    await el.updateComplete;
    await waitFor(() => (sitesDrawn(el) === BUILT_IN_SITES ? true : null), 'built-in sites only');
    expect(marker(el, 'bureau-visitor-centre')).toBeNull();
  });

  it('fires lz-error naming the URL when the server cannot be reached', async () => {
    // (A missing file on the dev server comes back as its index.html: see bureau-src.test.ts for that case.)
    const el = document.createElement('liangzhou-map');
    el.setAttribute('src', 'http://127.0.0.1:9/sites.geojson');
    const error = nextEvent(el, 'lz-error');
    document.body.append(el);
    const { detail } = await error;
    expect(detail.file).toBe('http://127.0.0.1:9/sites.geojson');
    expect(detail.message).toMatch(/could not be fetched/);
  });
});

describe('tiles', () => {
  it('draws no tiles by default or for a value it does not accept, and names a refused one', async () => {
    for (const tiles of [
      undefined,
      'none',
      'javascript:alert(1)',
      'ftp://tiles.example/{z}/{x}/{y}.png',
      'https://tiles.example/no-placeholders.png',
    ]) {
      // Leaflet makes a tile layer's <img>s as it is added, within the update before lz-ready:
      // none now means none asked for.
      const el = await mount(tiles ? { tiles } : {});
      expect(root(el).querySelector('.leaflet-tile-pane .leaflet-layer')).toBeNull();
      expect(root(el).querySelectorAll('.leaflet-tile').length, String(tiles)).toBe(0);
      // A value it refuses is named in a notice (and an lz-error, issue 11); no value says nothing.
      if (tiles && tiles !== 'none') await waitFor(() => notices(el).length === 1 || null, `notice for ${tiles}`);
      else expect(notices(el), String(tiles)).toEqual([]);
      el.remove();
    }
  });

  it('draws tiles from an http(s) template under the outlines, and removes them with tiles="none"', async () => {
    const template = `${new URL('../fixtures/bureau/tile.png', import.meta.url).href}?z={z}&x={x}&y={y}`;
    const el = await mount({ tiles: template });
    await waitFor(() => root(el).querySelectorAll('.leaflet-tile-loaded').length > 0 || null, 'loaded tiles');
    expect(notices(el)).toEqual([]);
    expect(root(el).querySelectorAll('path.lz-zone').length).toBeGreaterThanOrEqual(4);
    el.setAttribute('tiles', 'none');
    await el.updateComplete;
    expect(root(el).querySelectorAll('.leaflet-tile').length).toBe(0);
  });
});

describe('gestures', () => {
  const zoomOf = (el: HTMLElement) => (el as unknown as { view: { map: { getZoom(): number } } }).view.map.getZoom();
  const wheel = (el: HTMLElement) =>
    root(el as never)
      .querySelector('.leaflet-container')!
      .dispatchEvent(
        new WheelEvent('wheel', { deltaY: -300, bubbles: true, cancelable: true, clientX: 400, clientY: 300 }),
      );

  it('zooms on a plain wheel with gestures="greedy", and stops when switched to cooperative', async () => {
    const el = await mount({ gestures: 'greedy' });
    const before = zoomOf(el);
    wheel(el);
    await waitFor(() => zoomOf(el) > before || null, 'wheel zoom');
    expect(root(el).querySelector('.hint.show')).toBeNull();
    el.setAttribute('gestures', 'cooperative');
    await el.updateComplete;
    // Leaflet zooms from a wheel listener on its container: in cooperative mode none reaches it.
    let reached = 0;
    root(el)
      .querySelector('.leaflet-container')!
      .addEventListener('wheel', () => reached++);
    wheel(el);
    expect(reached).toBe(0);
    await el.updateComplete;
    expect(root(el).querySelector('.hint.show')).not.toBeNull();
  });
});
