/** The map as tourists and planners use it: its panels, through the public surface. */
import { ownMarker } from './site-buttons';
import { siteFeature } from '../fixtures/site-feature';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountMap } from './mount-map';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';

const mount = mountMap;

function inner<T extends Element>(el: LiangzhouMap, tag: string): T {
  return el.shadowRoot!.querySelector(tag) as unknown as T;
}

async function openTab(el: LiangzhouMap, id: string) {
  const panel = inner<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'lz-panel');
  panel.shadowRoot!.querySelector<HTMLElement>(`#tab-${id}`)!.click();
  await el.updateComplete;
  await panel.updateComplete;
}

afterEach(() => document.body.replaceChildren());

describe('layer panel inside the map', () => {
  it('hiding south removes its path and fires lz-layer-toggle from the map, once', async () => {
    const el = await mount();
    const events: unknown[] = [];
    document.addEventListener('lz-layer-toggle', (e) => events.push((e as CustomEvent).detail));
    const layers = inner<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'lz-layer-panel');
    await layers.updateComplete;
    const box = [...layers.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) =>
      b.closest('li')?.textContent?.includes('南部天梯山'),
    )!;
    box.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('path.lz-zone-south').length).toBe(0);
    expect(events).toEqual([{ id: 'south', visible: false }]);
    await layers.updateComplete;
    expect(box.checked).toBe(false);
  });

  it('"only this zone" leaves one zone on the map', async () => {
    const el = await mount();
    const layers = inner<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'lz-layer-panel');
    await layers.updateComplete;
    const row = [...layers.shadowRoot!.querySelectorAll('li')].find((li) => li.textContent?.includes('东部乡村'))!;
    [...row.querySelectorAll('button')].at(-1)!.click();
    await el.updateComplete;
    const drawn = ['east', 'west', 'south', 'north'].filter((z) => el.shadowRoot!.querySelector(`path.lz-zone-${z}`));
    expect(drawn).toEqual(['east']);
    // The core is an area of its own: "only this zone" hides it and its sites (test/components/filter.test.ts).
    expect(el.shadowRoot!.querySelector('path.lz-core')).toBeNull();
  });
});

describe('site list inside the map', () => {
  it('finds 天梯山石窟 by "tiantishan", and choosing it opens its popup and fires lz-site-select', async () => {
    const el = await mount();
    await openTab(el, 'list');
    const list = inner<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'lz-site-list');
    await list.updateComplete;
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'tiantishan';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await list.updateComplete;
    const items = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')];
    expect(items[0].textContent).toContain('天梯山石窟');
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('lz-site-select', r as EventListener, { once: true }),
    );
    items[0].click();
    expect((await selected).detail).toEqual({ id: 'tiantishan-grottoes' });
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.leaflet-popup lz-site-card')).not.toBeNull());
    expect(el.getAttribute('site')).toBe('tiantishan-grottoes');
  });

  it('highlights the marker of the hovered item', async () => {
    const el = await mount();
    await ownMarker(el, 'leitai-han-tomb'); // on its own (at the start view it is in the core's cluster)
    await openTab(el, 'list');
    const list = inner<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'lz-site-list');
    await list.updateComplete;
    const item = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')].find((i) =>
      i.textContent?.includes('雷台汉墓'),
    )!;
    const highlighted = () =>
      el.shadowRoot!.querySelector('[data-site-id="leitai-han-tomb"]')!.classList.contains('lz-highlight');
    // The pointer, then the keyboard: each on its own marks the marker, and leaving unmarks it.
    item.dispatchEvent(new MouseEvent('mouseenter'));
    expect(highlighted()).toBe(true);
    item.dispatchEvent(new MouseEvent('mouseleave'));
    expect(highlighted()).toBe(false);
    item.focus();
    expect(highlighted()).toBe(true);
    item.blur();
    expect(highlighted()).toBe(false);
  });
});

describe('on a phone (375 x 667)', () => {
  it('starts with the panel collapsed to a bar covering less than half the map, and opens as a sheet', async () => {
    const el = await mount({}, { width: 375, height: 667 });
    await vi.waitFor(() => expect(inner<HTMLElement>(el, 'lz-panel').hasAttribute('narrow')).toBe(true));
    const panel = inner<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'lz-panel');
    await panel.updateComplete;
    expect(panel.hasAttribute('open')).toBe(false);
    const mapBox = el.getBoundingClientRect();
    const sheet = panel.getBoundingClientRect();
    expect(sheet.height * sheet.width).toBeLessThan((mapBox.height * mapBox.width) / 2);
    expect(sheet.bottom).toBeCloseTo(mapBox.bottom, 0);
    // Touch targets of at least 24 px.
    for (const b of panel.shadowRoot!.querySelectorAll('button')) {
      const r = b.getBoundingClientRect();
      expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(24);
    }
    await openTab(el, 'list');
    expect(panel.hasAttribute('open')).toBe(true);
    expect(panel.getBoundingClientRect().height).toBeLessThanOrEqual(mapBox.height * 0.6 + 1);
  });
});

describe('planner details in the layer panel', () => {
  it('shows each zone’s size in km² and chooses the base map from its radio group', async () => {
    const el = await mount();
    const layers = inner<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'lz-layer-panel');
    await layers.updateComplete;
    const sizes = [...layers.shadowRoot!.querySelectorAll<HTMLElement>('.area-size')].map((s) => Number(s.dataset.km2));
    expect(sizes).toHaveLength(5);
    // The core and four zones tile the district (≈ 4,973 km²).
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(4960);
    expect(layers.shadowRoot!.textContent).toContain('平方公里');
    const radio = (id: string) =>
      el.shadowRoot!.querySelector<HTMLInputElement>(`.basemap-choice input[value="${id}"]`);
    expect(radio('none')!.checked).toBe(true);
    // 天地图 is offered only with a key.
    expect(radio('tianditu')).toBeNull();
    radio('osm')!.click();
    await el.updateComplete;
    expect(el.tiles).toBe('osm');
    expect(radio('osm')!.checked).toBe(true);
    radio('none')!.click();
    await el.updateComplete;
    expect(el.tiles).toBe('none');
  });
});

describe('a page’s own sites in the panels', () => {
  it('lists sites given later through the `sites` property', async () => {
    const el = await mount();
    await openTab(el, 'list');
    el.sites = {
      type: 'FeatureCollection',
      features: [siteFeature('bureau-hall', { zh: '游客中心', en: 'Visitor Centre' })],
    };
    await el.updateComplete;
    const list = inner<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'lz-site-list');
    await list.updateComplete;
    expect(list.shadowRoot!.textContent).toContain('游客中心');
    expect(el.siteIds).toContain('bureau-hall');
  });
});
