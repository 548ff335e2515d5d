/**
 * The element's methods and events as a page uses them; complements test/components/liangzhou-map.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/embed/index';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import {
  BUILT_IN_SITES,
  drawnAreas,
  mount,
  nextEvent,
  popupCard,
  root,
  viewChanges,
  waitFor,
  ownMarker,
} from './helpers';

afterEach(() => document.body.replaceChildren());

const inside = (c: [number, number], b: number[]) => c[1] >= b[0] && c[0] >= b[1] && c[1] <= b[2] && c[0] <= b[3];

describe('methods', () => {
  it('return false, without throwing, before the element is on a page', () => {
    const el = document.createElement('liangzhou-map');
    expect(el.showSite('baita-temple')).toBe(false);
    expect(el.setLayerVisible('core', false)).toBe(false);
    expect(el.isLayerVisible('core')).toBe(false);
    expect(el.fitTo('district')).toBe(false);
  });

  it('showSite brings back a hidden sites layer and a filtered category, opens the popup and reflects `site`', async () => {
    const el = await mount({ layers: 'core,-category:temple' });
    expect(el.isLayerVisible('sites')).toBe(false);
    const selected = nextEvent(el, 'lz-site-select');
    expect(el.showSite('baita-temple')).toBe(true);
    expect((await selected).detail).toEqual({ id: 'baita-temple' });
    expect(el.isLayerVisible('sites')).toBe(true);
    expect(ownMarker(el, 'baita-temple')).not.toBeNull();
    expect((await popupCard(el)).shadowRoot!.querySelector('[part="title"]')!.textContent).toContain('白塔寺');
    await el.updateComplete;
    expect(el.getAttribute('site')).toBe('baita-temple');
  });

  it('setLayerVisible toggles each area, fires lz-layer-toggle only on a change, and isLayerVisible follows', async () => {
    const el = await mount();
    const toggles: unknown[] = [];
    el.addEventListener('lz-layer-toggle', (e) => toggles.push(e.detail));
    for (const id of ['core', 'axis', 'east', 'west', 'south', 'north', 'sites']) {
      expect(el.isLayerVisible(id)).toBe(true);
      expect(el.setLayerVisible(id, false)).toBe(true);
      expect(el.isLayerVisible(id)).toBe(false);
      expect(drawnAreas(el)[id]).toBe(false);
      expect(el.setLayerVisible(id, false)).toBe(true); // no change: no event
    }
    expect(toggles).toHaveLength(7);
    expect(toggles[0]).toEqual({ id: 'core', visible: false });
    await el.updateComplete;
    expect(el.getAttribute('layers')).toBe('');
    el.setLayerVisible('south', true);
    await el.updateComplete;
    expect(el.getAttribute('layers')).toBe('south');
    expect(el.setLayerVisible('<img src=x>', true)).toBe(false);
    expect(el.isLayerVisible('<img src=x>')).toBe(false);
  });

  it('setLayerVisible on a theme keeps sites that have another visible theme', async () => {
    const el = await mount();
    expect(el.setLayerVisible('theme:buddhist', false)).toBe(true);
    expect(el.isLayerVisible('theme:buddhist')).toBe(false);
    expect(el.isLayerVisible('sites')).toBe(true);
    await el.updateComplete;
    expect(el.getAttribute('layers')).toContain('-theme:buddhist');
  });

  it('fitTo frames the district, each zone, the sites and one site, and fires lz-view-change', async () => {
    const el = await mount();
    const seen = viewChanges(el);
    const targets: Array<[string, [number, number]]> = [
      ['district', [37.9, 102.6]],
      ['north', [38.2, 102.9]],
      ['south', [37.6, 102.6]],
      ['tiantishan-grottoes', [37.58, 102.53]],
    ];
    for (const [id] of [...targets, ['sites'], ['east'], ['west'], ['core'], ['axis']] as const) {
      const before = seen.length;
      expect(el.fitTo(id), id).toBe(true);
      expect(seen.length, id).toBeGreaterThan(before);
      const { center, bounds } = seen.at(-1)!;
      expect(inside(center, bounds)).toBe(true);
    }
    el.fitTo('tiantishan-grottoes');
    expect(seen.at(-1)!.zoom).toBe(15);
    expect(seen.at(-1)!.center[0]).toBeCloseTo(37.6, 1);
    const before = seen.length;
    expect(el.fitTo('nowhere')).toBe(false);
    expect(seen.length).toBe(before);
  });
});

describe('events', () => {
  it('from the panels and the popup reach the page once each, and no inner element’s event leaks', async () => {
    const internal = [
      'lz-list-select',
      'lz-site-hover',
      'lz-query-change',
      'lz-filter-request',
      'lz-layer-request',
      'lz-panel-change',
      'lz-card-close',
      'lz-card-trip',
      'lz-trip-change',
      'lz-trip-start-pick',
      'lz-trip-start-reset',
      'lz-trip-settings',
    ];
    const types = [...internal, 'lz-site-select', 'lz-layer-toggle', 'lz-itinerary-change'];
    const heard: string[] = [];
    const listen = (e: Event) => heard.push(e.type);
    for (const t of types) document.addEventListener(t, listen);
    try {
      const el = await mount();
      await customElements.whenDefined('lz-site-list');
      await el.updateComplete;
      const inner = (tag: string) => root(el).querySelector(tag)!.shadowRoot!;
      // The layer panel's checkbox for the south zone.
      const box = [...inner('lz-layer-panel').querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) =>
        b.closest('li')?.textContent?.includes('南部'),
      )!;
      box.click();
      // A site chosen in the list, then added to the trip from its popup.
      const selected = nextEvent(el, 'lz-site-select');
      [...inner('lz-site-list').querySelectorAll<HTMLElement>('[part~="item"]')]
        .find((i) => i.textContent?.includes('雷台汉墓'))!
        .click();
      await selected;
      const card = await popupCard(el);
      card.shadowRoot!.querySelector<HTMLElement>('[part="trip"]')!.click();
      expect(heard).toEqual(['lz-layer-toggle', 'lz-site-select', 'lz-itinerary-change']);
    } finally {
      for (const t of types) document.removeEventListener(t, listen);
    }
  });

  it('reach a listener on the document, retargeted to the element, with plain-data details', async () => {
    const heard: Array<{ type: string; target: EventTarget | null; detail: unknown }> = [];
    const types = ['lz-ready', 'lz-site-select', 'lz-layer-toggle', 'lz-view-change', 'lz-error'];
    const listen = (e: Event) => heard.push({ type: e.type, target: e.target, detail: (e as CustomEvent).detail });
    for (const t of types) document.addEventListener(t, listen);
    try {
      const el = await mount();
      el.showSite('haizang-temple');
      el.setLayerVisible('axis', false);
      el.fitTo('core');
      el.sites = 'not a collection';
      await el.updateComplete;
      expect(new Set(heard.map((h) => h.type))).toEqual(new Set(types));
      for (const h of heard) {
        expect(h.target).toBe(el);
        // Plain data: it survives structured cloning (postMessage) and JSON.
        expect(structuredClone(h.detail)).toEqual(h.detail);
        expect(JSON.parse(JSON.stringify(h.detail))).toEqual(h.detail);
      }
      expect(heard.find((h) => h.type === 'lz-ready')!.detail).toEqual({ sites: BUILT_IN_SITES });
      expect(heard.find((h) => h.type === 'lz-error')!.detail).toMatchObject({
        file: 'sites property',
        message: expect.stringMatching(/FeatureCollection/),
      });
      const view = heard.find((h) => h.type === 'lz-view-change')!.detail as {
        center: number[];
        zoom: number;
        bounds: number[];
      };
      expect(view.center).toHaveLength(2);
      expect(view.bounds).toHaveLength(4);
      expect(view.bounds[0]).toBeLessThan(view.bounds[2]);
      expect(view.bounds[1]).toBeLessThan(view.bounds[3]);
    } finally {
      for (const t of types) document.removeEventListener(t, listen);
    }
  });

  it('fires lz-site-select when a visitor opens a marker with the mouse', async () => {
    const el = await mount();
    const selected = nextEvent(el, 'lz-site-select');
    ownMarker(el, 'leitai-han-tomb')!.click();
    expect((await selected).detail).toEqual({ id: 'leitai-han-tomb' });
  });

  // A marker opened from the keyboard selects its site like a click does.
  for (const key of ['Enter', ' ']) {
    it(`fires lz-site-select when a visitor opens a marker with ${key === ' ' ? 'Space' : key}`, async () => {
      const el = await mount();
      const m = ownMarker(el, 'leitai-han-tomb')!;
      m.focus();
      const selected = nextEvent(el, 'lz-site-select', 1000);
      m.dispatchEvent(
        new KeyboardEvent('keypress', { key, keyCode: key === 'Enter' ? 13 : 32, bubbles: true, cancelable: true }),
      );
      await popupCard(el); // the popup does open
      expect((await selected).detail).toEqual({ id: 'leitai-han-tomb' });
    });
  }

  it('fires lz-ready again when the element is moved in the page', async () => {
    const el = await mount();
    const holder = document.createElement('div');
    document.body.append(holder);
    const again = nextEvent(el, 'lz-ready');
    holder.append(el);
    expect((await again).detail).toEqual({ sites: BUILT_IN_SITES });
    expect(root(el).querySelectorAll('.leaflet-container').length).toBe(1);
  });

  it('fires lz-view-change when the visitor drags the map', async () => {
    // No panels: the drag's path must be all map.
    const el = await mount({ gestures: 'greedy', controls: 'none' });
    const seen = viewChanges(el);
    // A real mouse (Playwright): from the map's middle to the southernmost marker or cluster (天梯山's).
    const south = [...root(el).querySelectorAll<HTMLElement>('.lz-site-marker, .lz-cluster')].sort(
      (a, b) => b.getBoundingClientRect().bottom - a.getBoundingClientRect().bottom,
    )[0];
    await userEvent.dragAndDrop(root(el).querySelector('[part="note"]')!.previousElementSibling!, south);
    await waitFor(() => seen.length > 0 || null, 'view change after drag');
    expect(seen.at(-1)!.center[0]).toBeGreaterThan(37.9);
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'liangzhou-map': LiangzhouMap;
  }
}
