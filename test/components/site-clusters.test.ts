/**
 * Every site can be tapped at every zoom (issue 9 item 3): sites closer than a tap target are one
 * counted cluster button; a cluster opens on a click, Enter or Space; no two tap targets overlap;
 * showSite opens a site inside a cluster; markers are Tab-ordered by area, then west to east.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { builtInFiles } from '../../src/data/built-in-files';
import { axeViolations } from '../axe-violations';
import { siteFeature } from '../fixtures/site-feature';
import { mountMap } from './mount-map';

const sites = JSON.parse(builtInFiles['sites.geojson']).features as {
  id: string;
  properties: { zone: string };
  geometry: { coordinates: [number, number] };
}[];

/** Every button on the map that stands for sites: single markers and clusters. */
const buttons = (el: LiangzhouMap) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lz-site-marker, .lz-cluster')].filter((b) => b.isConnected);
const cluster = (el: LiangzhouMap) => el.shadowRoot!.querySelectorAll<HTMLElement>('.lz-cluster');
const marker = (el: LiangzhouMap, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-site-id="${id}"]`);
/** The sites the map stands for now: a marker counts one, a cluster its count. */
const sitesDrawn = (el: LiangzhouMap) =>
  buttons(el).reduce((n, b) => n + (b.classList.contains('lz-cluster') ? Number(b.dataset.count) : 1), 0);

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Web Mercator world pixels at zoom 0. */
const px0 = ([lon, lat]: [number, number]) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * 256, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256];
};
const coordsOf = (id: string) => sites.find((s) => s.id === id)!.geometry.coordinates;
const centre = (e: Element) => {
  const b = e.getBoundingClientRect();
  return [b.left + b.width / 2, b.top + b.height / 2];
};

/**
 * Where a site's point is on screen, measured from the public DOM alone: two single markers of
 * known sites fix the map's scale and offset.
 */
const screenOf = (el: LiangzhouMap, id: string) => {
  const singles = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lz-site-marker')].filter(
    (m) => coordsOf(m.dataset.siteId!) !== undefined,
  );
  const [a, b] = [singles[0], singles[singles.length - 1]];
  const [pa, pb] = [px0(coordsOf(a.dataset.siteId!)), px0(coordsOf(b.dataset.siteId!))];
  const [sa, sb] = [centre(a), centre(b)];
  const scale = Math.hypot(sb[0] - sa[0], sb[1] - sa[1]) / Math.hypot(pb[0] - pa[0], pb[1] - pa[1]);
  const p = px0(coordsOf(id));
  return [sa[0] + (p[0] - pa[0]) * scale, sa[1] + (p[1] - pa[1]) * scale];
};

/** The cluster holding a site now: the one nearest the site's point (a cluster sits at its members' centre). */
const clusterHolding = (el: LiangzhouMap, id: string) => {
  const [x, y] = screenOf(el, id);
  return [...cluster(el)].find((c) => {
    const [cx, cy] = centre(c);
    return Math.hypot(cx - x, cy - y) < 40;
  });
};

const opened = (el: LiangzhouMap) =>
  new Promise<string>((r) =>
    el.addEventListener('lz-site-select', (e) => r((e as CustomEvent<{ id: string }>).detail.id), { once: true }),
  );

afterEach(() => document.body.replaceChildren());

describe('site clusters', () => {
  for (const width of [375, 1366])
    it(`at the start view (${width} px) every site is drawn once and no two tap targets overlap`, async () => {
      const el = await mountMap({}, { width, height: 700 });
      expect(sitesDrawn(el)).toBe(sites.length);
      const boxes = buttons(el).map((b) => b.getBoundingClientRect());
      expect(cluster(el).length).toBeGreaterThan(0); // the 19 core sites cannot all stand apart
      for (const box of boxes) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `${i} vs ${j}`).toBe(false);
    });

  for (const width of [375, 1366])
    it(`axe's target-size (Lighthouse's audit) passes at ${width} px, at the start and zoomed in on the core`, async () => {
      await page.viewport(Math.max(width, 400), 760);
      const el = await mountMap({}, { width, height: 700 });
      expect(await axeViolations(el, { runOnly: ['target-size'] })).toEqual([]);
      el.center = '37.928,102.638';
      el.zoom = 14;
      await el.updateComplete;
      await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.lz-site-marker')).not.toBeNull());
      expect(await axeViolations(el, { runOnly: ['target-size'] })).toEqual([]);
    });

  it('a cluster says how many sites it holds, in both languages', async () => {
    const el = await mountMap();
    const c = cluster(el)[0];
    expect(c.getAttribute('role')).toBe('button');
    expect(c.tabIndex).toBe(0);
    expect(c.getAttribute('aria-label')).toBe(`${c.dataset.count} 个景点`);
    expect(c.textContent).toBe(c.dataset.count);
    el.lang = 'en';
    await el.updateComplete;
    const en = cluster(el)[0];
    expect(en.getAttribute('aria-label')).toBe(`${en.dataset.count} sites`);
  });

  it('a click on the cluster holding 天梯山 and 黄羊河 (1 px apart at the start) brings each its own marker', async () => {
    const el = await mountMap();
    expect(marker(el, 'tiantishan-grottoes')).toBeNull();
    const c = clusterHolding(el, 'tiantishan-grottoes');
    expect(c).toBeDefined();
    c!.click();
    await vi.waitFor(() => {
      expect(marker(el, 'tiantishan-grottoes')).not.toBeNull();
      expect(marker(el, 'huangyanghe-reservoir')).not.toBeNull();
    });
    const a = marker(el, 'tiantishan-grottoes')!.getBoundingClientRect();
    const b = marker(el, 'huangyanghe-reservoir')!.getBoundingClientRect();
    expect(overlaps(a, b)).toBe(false);
    const chosen = opened(el);
    marker(el, 'tiantishan-grottoes')!.click();
    expect(await chosen).toBe('tiantishan-grottoes');
  });

  it('the keyboard reaches a cluster, and Enter opens it and takes focus to one of its sites', async () => {
    const el = await mountMap();
    const c = clusterHolding(el, 'tiantishan-grottoes')!;
    c.focus();
    expect(el.shadowRoot!.activeElement).toBe(c);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => {
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(['tiantishan-grottoes', 'huangyanghe-reservoir']).toContain(active?.dataset.siteId);
    });
    // And Enter on the site's marker opens its popup.
    const chosen = opened(el);
    await userEvent.keyboard('{Enter}');
    expect(['tiantishan-grottoes', 'huangyanghe-reservoir']).toContain(await chosen);
  });

  it("showSite opens 天梯山石窟, not the reservoir, and a click at its marker's centre opens 天梯山", async () => {
    await page.viewport(1200, 800); // the marker's centre must be on screen to be hit
    const el = await mountMap();
    const first = opened(el);
    expect(el.showSite('tiantishan-grottoes')).toBe(true);
    expect(await first).toBe('tiantishan-grottoes');
    el.site = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.leaflet-popup')).toBeNull();
    const own = marker(el, 'tiantishan-grottoes')!;
    const box = own.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect((hit as HTMLElement).closest('[data-site-id]')?.getAttribute('data-site-id')).toBe('tiantishan-grottoes');
    // Nothing else's tap box covers it.
    for (const other of buttons(el))
      if (other !== own)
        expect(overlaps(other.getBoundingClientRect(), box), other.getAttribute('aria-label')!).toBe(false);
  });

  it('sites on one spot stay one cluster at the deepest zoom, and a click spreads them so each opens', async () => {
    const el = await mountMap({ 'src-mode': 'replace' });
    const at: [number, number] = [102.9, 38.3];
    el.sites = {
      type: 'FeatureCollection',
      features: ['a', 'b', 'c'].map((id) => siteFeature(`same-${id}`, { zh: id, en: id }, { coordinates: at })),
    };
    await vi.waitFor(() => expect(sitesDrawn(el)).toBe(3));
    el.center = `${at[1]},${at[0]}`;
    el.zoom = 18;
    await vi.waitFor(() => expect(cluster(el).length).toBe(1));
    expect(cluster(el)[0].dataset.count).toBe('3');
    cluster(el)[0].click();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelectorAll('.lz-site-marker').length).toBe(3));
    const boxes = ['a', 'b', 'c'].map((id) => marker(el, `same-${id}`)!.getBoundingClientRect());
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
    const chosen = opened(el);
    marker(el, 'same-b')!.click();
    expect(await chosen).toBe('same-b');
  });

  it('showSite opens a site that shares its spot with others', async () => {
    const el = await mountMap({ 'src-mode': 'replace' });
    const at: [number, number] = [102.9, 38.3];
    el.sites = {
      type: 'FeatureCollection',
      features: ['a', 'b'].map((id) => siteFeature(`same-${id}`, { zh: id, en: id }, { coordinates: at })),
    };
    await vi.waitFor(() => expect(sitesDrawn(el)).toBe(2));
    const chosen = opened(el);
    expect(el.showSite('same-a')).toBe(true);
    expect(await chosen).toBe('same-a');
  });

  it('Tab goes through the markers by area (core, east, west, south, north), then west to east', async () => {
    const el = await mountMap();
    el.center = '37.75,102.6'; // sites apart and clusters both in view
    el.zoom = 12;
    await el.updateComplete;
    const order = ['core', 'east', 'west', 'south', 'north'];
    const zoneOf = new Map(sites.map((s) => [s.id, s.properties.zone]));
    const lonOf = new Map(sites.map((s) => [s.id, s.geometry.coordinates[0]]));
    const singles = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lz-site-marker')].map((m) => m.dataset.siteId!);
    expect(singles.length).toBeGreaterThan(3);
    expect(new Set(singles.map((id) => zoneOf.get(id))).size).toBeGreaterThan(1);
    const key = (id: string) => [order.indexOf(zoneOf.get(id)!), lonOf.get(id)!] as const;
    const sorted = [...singles].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
    expect(singles).toEqual(sorted);
    // And the pane's DOM order is the Tab order: after a pan adds markers, it still holds.
    el.center = '37.6,102.72';
    el.zoom = 13;
    await el.updateComplete;
    const again = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lz-site-marker')].map((m) => m.dataset.siteId!);
    expect(again).toEqual([...again].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]));
  });
});
