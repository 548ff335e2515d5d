/** Issue 9, items 8 and 9: the panel and the map's controls on phones, upright and in landscape. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import type { LzPanel } from '../../src/components/lz-panel';
import { mountMap } from './mount-map';

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const panelOf = (el: LiangzhouMap) => el.shadowRoot!.querySelector('lz-panel') as LzPanel;

/** Whether the collapse button's chevron (drawn pointing down) is turned to point up. */
function chevronUp(panel: LzPanel): boolean {
  const svg = panel.shadowRoot!.querySelector('.toggle svg')!;
  const m = new DOMMatrix(getComputedStyle(svg).transform);
  return m.d < 0;
}

beforeAll(async () => {
  await page.viewport(1400, 860);
});

afterEach(() => document.body.replaceChildren());

describe('no layout shift on a phone', () => {
  it('renders the sheet layout in the first frame at 375 px: the controls never move', async () => {
    const el = document.createElement('liangzhou-map');
    el.style.cssText = 'display:block;width:375px;height:667px';
    const firstFrame: string[] = [];
    let panelFirst: boolean | undefined;
    let controlsAt: number | undefined;
    const ready = new Promise((r) => el.addEventListener('lz-ready', r, { once: true }));
    document.body.append(el);
    // The first render comes in a microtask after connecting: watch it from here.
    const watcher = new MutationObserver(() => {
      const frame = el.shadowRoot!.querySelector('.frame');
      if (frame && !firstFrame.length) firstFrame.push(frame.className);
      const bottom = el.shadowRoot!.querySelector('.leaflet-bottom.leaflet-left');
      if (bottom && controlsAt === undefined) controlsAt = bottom.getBoundingClientRect().bottom;
      const panel = el.shadowRoot!.querySelector('lz-panel');
      if (panel && panelFirst === undefined) panelFirst = panel.narrow;
    });
    watcher.observe(el.shadowRoot!, { childList: true, subtree: true });
    await ready;
    await el.updateComplete;
    await panelOf(el)?.updateComplete;
    watcher.disconnect();
    expect(firstFrame[0]).toContain('narrow');
    expect(panelFirst).toBe(true);
    expect(controlsAt).toBeDefined();
    const now = el.shadowRoot!.querySelector('.leaflet-bottom.leaflet-left')!.getBoundingClientRect().bottom;
    expect(now).toBe(controlsAt);
  });
});

describe('a phone in landscape, 667 × 375', () => {
  it('gets the folded sheet, not the side card over half the map', async () => {
    const el = await mountMap({}, { width: 667, height: 375 });
    const panel = panelOf(el);
    await panel.updateComplete;
    expect(panel.narrow).toBe(true);
    expect(panel.open).toBe(false);
    const map = el.getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    expect(box.width * box.height).toBeLessThan((map.width * map.height) / 4);
    expect(box.bottom).toBeCloseTo(map.bottom, 0);
  });
});

describe('the map’s controls on a phone', () => {
  for (const [width, height] of [
    [375, 667],
    [667, 375],
    [320, 568],
  ]) {
    it(`the attribution does not cover the scale bar at ${width} × ${height}`, async () => {
      const el = await mountMap({ lang: 'en' }, { width, height });
      const attribution = el.shadowRoot!.querySelector('.leaflet-control-attribution')!.getBoundingClientRect();
      const scale = el.shadowRoot!.querySelector('.leaflet-control-scale')!.getBoundingClientRect();
      expect(scale.width).toBeGreaterThan(0);
      expect(overlaps(attribution, scale)).toBe(false);
      // Nor does either sit under the sheet's bar.
      const bar = panelOf(el).getBoundingClientRect();
      expect(overlaps(attribution, bar) || overlaps(scale, bar)).toBe(false);
    });
  }
});

describe('the collapse chevron points where the panel goes', () => {
  it('a bottom sheet: up while folded, down while open', async () => {
    const el = await mountMap({}, { width: 375, height: 667 });
    const panel = panelOf(el);
    await panel.updateComplete;
    expect(chevronUp(panel)).toBe(true);
    panel.shadowRoot!.querySelector<HTMLElement>('.toggle')!.click();
    await el.updateComplete;
    await panel.updateComplete;
    expect(panel.open).toBe(true);
    // It turns in a short transition.
    await expect.poll(() => chevronUp(panel)).toBe(false);
  });

  it('a card at the top right: up while open, down while folded', async () => {
    const el = await mountMap({}, { width: 1100, height: 700 });
    const panel = panelOf(el);
    await panel.updateComplete;
    expect(panel.open).toBe(true);
    expect(chevronUp(panel)).toBe(true);
    panel.shadowRoot!.querySelector<HTMLElement>('.toggle')!.click();
    await el.updateComplete;
    await panel.updateComplete;
    await expect.poll(() => chevronUp(panel)).toBe(false);
  });
});

describe('choosing the trip’s start on the map, on a phone', () => {
  it('folds the sheet and shows a hint until the visitor taps the map', async () => {
    const el = await mountMap({}, { width: 375, height: 667 });
    const panel = panelOf(el);
    panel.shadowRoot!.querySelector<HTMLElement>('#tab-trip')!.click();
    await el.updateComplete;
    await customElements.whenDefined('lz-trip-panel');
    const trip = el.shadowRoot!.querySelector('lz-trip-panel')!;
    // What lz-trip-settings' 在地图上点选起点 button sends up through the trip panel.
    trip.dispatchEvent(new CustomEvent('lz-trip-start-pick', { bubbles: true }));
    await el.updateComplete;
    expect(panel.open).toBe(false);
    const hint = el.shadowRoot!.querySelector<HTMLElement>('.pick-hint')!;
    expect(hint.textContent).toBe('请在地图上点按起点位置');
    const box = hint.getBoundingClientRect();
    expect(overlaps(box, panel.getBoundingClientRect())).toBe(false);
    expect(box.width).toBeGreaterThan(0);
    const map = el.shadowRoot!.querySelector('.leaflet-container')!;
    const at = map.getBoundingClientRect();
    map.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: at.left + 40, clientY: at.top + 200 }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.pick-hint')).toBeNull();
    expect(panel.open).toBe(true);
  });
});

describe('the sheet and an open popup', () => {
  it('switching the language keeps the sheet as the visitor left it (the popup reopens, it is not a new choice)', async () => {
    const el = await mountMap({ site: 'leitai-han-tomb' }, { width: 375, height: 667 });
    const panel = panelOf(el);
    panel.shadowRoot!.querySelector<HTMLElement>('#tab-list')!.click();
    await el.updateComplete;
    expect(panel.open).toBe(true);
    el.lang = 'en';
    await el.updateComplete;
    await panel.updateComplete;
    expect(el.shadowRoot!.querySelector('.leaflet-popup lz-site-card')?.getAttribute('lang')).toBe('en');
    expect(panel.open).toBe(true);
  });
});
