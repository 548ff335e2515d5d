/**
 * Issue 13 item 1: a bureau's 10,000 sites stay interactive. Only what is in view is drawn, as single
 * markers and counted clusters: fewer than 3,000 marker and cluster elements, at every zoom. A tap on
 * a cluster reveals its sites, the keyboard opens one, a bureau site's popup opens like a built-in
 * one's, and a hovered list item highlights what stands for the site on the map.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { seededSites } from '../fixtures/seeded-sites';
import { mountMap } from './mount-map';

const N = 10_000;
const fc = seededSites(N);

const buttons = (el: LiangzhouMap) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lz-site-marker, .lz-cluster')];
/** Every element in the map's pane of markers: what clustering keeps small. */
const markerPaneElements = (el: LiangzhouMap) =>
  el.shadowRoot!.querySelector('.leaflet-marker-pane')!.querySelectorAll('*').length;
const sitesDrawn = (el: LiangzhouMap) =>
  buttons(el).reduce((n, b) => n + (b.classList.contains('lz-cluster') ? Number(b.dataset.count) : 1), 0);

async function mountBig(): Promise<LiangzhouMap> {
  const el = await mountMap({}, { width: 1100, height: 700 });
  const builtIn = el.siteIds.length;
  el.sites = fc;
  await vi.waitFor(() => expect(el.siteIds.length).toBe(builtIn + N), { timeout: 30_000, interval: 50 });
  await el.updateComplete;
  return el;
}

beforeAll(() => page.viewport(1200, 800));
afterEach(() => document.body.replaceChildren());

describe(`${N.toLocaleString('en')} bureau sites`, { timeout: 120_000 }, () => {
  it('draw fewer than 3,000 marker and cluster elements at every zoom, every site once at the start', async () => {
    const el = await mountBig();
    el.fitTo('district');
    await el.updateComplete;
    // At the district's view every site is in view: each stands for itself or is counted in a cluster.
    expect(sitesDrawn(el)).toBe(el.siteIds.length);
    for (const zoom of [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]) {
      el.center = '37.93,102.64';
      el.zoom = zoom;
      await el.updateComplete;
      const drawn = buttons(el).length;
      expect(drawn, `zoom ${zoom}`).toBeGreaterThan(0);
      expect(drawn, `zoom ${zoom}`).toBeLessThan(3000);
      expect(markerPaneElements(el), `zoom ${zoom}`).toBeLessThan(3000);
    }
  });

  it('a tap on a cluster reveals its sites, and a bureau site opens its popup like a built-in one', async () => {
    const el = await mountBig();
    el.fitTo('district');
    await el.updateComplete;
    const selected: string[] = [];
    el.addEventListener('lz-site-select', (e) => selected.push(e.detail.id));
    // Tap clusters until a bureau site has a marker of its own (each tap zooms in, or spreads one spot).
    let own: HTMLElement | null = null;
    for (let tap = 0; tap < 20 && !own; tap++) {
      const biggest = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lz-cluster')].sort(
        (a, b) => Number(b.dataset.count) - Number(a.dataset.count),
      )[0];
      const before = Number(biggest.dataset.count);
      biggest.click();
      await el.updateComplete;
      // Revealed: the biggest cluster now is smaller than the one tapped.
      const now = Math.max(
        0,
        ...[...el.shadowRoot!.querySelectorAll<HTMLElement>('.lz-cluster')].map((c) => Number(c.dataset.count)),
      );
      expect(now).toBeLessThan(before);
      own = el.shadowRoot!.querySelector<HTMLElement>('.lz-site-marker[data-site-id^="b-"]');
    }
    expect(own).not.toBeNull();
    const id = own!.dataset.siteId!;
    own!.click();
    await vi.waitFor(() => expect(selected).toEqual([id]));
    await vi.waitFor(() => {
      const card = el.shadowRoot!.querySelector<HTMLElement & { site?: { id: string } }>('.leaflet-popup lz-site-card');
      expect(card?.site?.id).toBe(id);
    });
  });

  it('the keyboard reaches a cluster, and Enter opens clusters down to a site whose popup Enter opens', async () => {
    const el = await mountBig();
    el.fitTo('district');
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector<HTMLElement>('.lz-cluster')!;
    first.focus();
    let active = el.shadowRoot!.activeElement as HTMLElement | null;
    for (let step = 0; step < 20 && !active?.dataset.siteId; step++) {
      expect(active?.classList.contains('lz-cluster')).toBe(true);
      const pressed = active;
      await userEvent.keyboard('{Enter}');
      await vi.waitFor(() => expect(el.shadowRoot!.activeElement).not.toBe(pressed));
      active = el.shadowRoot!.activeElement as HTMLElement | null;
    }
    const id = active?.dataset.siteId;
    expect(id).toBeDefined();
    const opened = new Promise<string>((r) =>
      el.addEventListener('lz-site-select', (e) => r(e.detail.id), { once: true }),
    );
    await userEvent.keyboard('{Enter}');
    expect(await opened).toBe(id);
  });

  it('hover highlight: a list item of a bureau site marks its marker, or the cluster holding it', async () => {
    const el = await mountBig();
    el.fitTo('district');
    await el.updateComplete;
    const id = 'b-42';
    // What stands for the site now: the list's hover goes through the same call (siteHover -> highlight).
    const list = el.shadowRoot!.querySelector('lz-site-list')!;
    list.dispatchEvent(new CustomEvent('lz-site-hover', { detail: { id }, bubbles: true, composed: true }));
    await vi.waitFor(() => expect(el.shadowRoot!.querySelectorAll('.lz-highlight').length).toBe(1));
    const marked = el.shadowRoot!.querySelector<HTMLElement>('.lz-highlight')!;
    expect(marked.matches('.lz-cluster, .lz-site-marker')).toBe(true);
    el.fitTo(id);
    await el.updateComplete;
    list.dispatchEvent(new CustomEvent('lz-site-hover', { detail: { id }, bubbles: true, composed: true }));
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector<HTMLElement>('.lz-highlight')?.dataset.siteId).toBe(id));
  });
});
