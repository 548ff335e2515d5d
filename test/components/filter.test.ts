/**
 * The one filter, through the public surface: the same sites on the map, in the list, in the legend,
 * in the `layers` attribute (and so the URL), whichever control set it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inner, layout, markerIds, settle } from './filtered-map';
import { mountMap } from './mount-map';

const idsOf = (zone: string) => layout.sites.filter((s) => s.zone === zone).map((s) => s.id);

/** [west, south, east, north] of a zone's outline. */
function zoneBox(id: string): [number, number, number, number] {
  const zone = layout.zones.find((z) => z.id === id)!;
  const coords = (zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates).flat(2);
  const lons = coords.map((c) => c[0]);
  const lats = coords.map((c) => c[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

afterEach(() => document.body.replaceChildren());

describe('"only this zone"', () => {
  it('leaves exactly south’s sites on the map, hides the other areas, and fits the view to south', async () => {
    const el = await mountMap();
    const views: Array<{ bounds: [number, number, number, number] }> = [];
    el.addEventListener('lz-view-change', (e) => views.push(e.detail));
    const panel = inner(el, 'lz-layer-panel');
    await panel.updateComplete;
    const button = panel.shadowRoot!.querySelector<HTMLButtonElement>(
      'li[data-row="south"] button[data-only="south"]',
    )!;
    // A keyboard user reaches it by name.
    expect(button.textContent!.replace(/\s+/g, '')).toBe('只看此区：南部天梯山文化旅游区');
    button.click();
    await settle(el);

    const south = idsOf('south');
    expect(south.length).toBeGreaterThan(0);
    expect(el.shownSiteIds).toEqual(south);
    const drawn = ['core', 'east', 'west', 'south', 'north'].filter((a) =>
      el.shadowRoot!.querySelector(a === 'core' ? 'path.lz-core' : `path.lz-zone-${a}`),
    );
    expect(drawn).toEqual(['south']);
    expect(el.isLayerVisible('axis')).toBe(false);
    // The view contains the zone.
    const [w, s, e, n] = views.at(-1)!.bounds;
    const [zw, zs, ze, zn] = zoneBox('south');
    expect(w).toBeLessThanOrEqual(zw);
    expect(s).toBeLessThanOrEqual(zs);
    expect(e).toBeGreaterThanOrEqual(ze);
    expect(n).toBeGreaterThanOrEqual(zn);
    expect(markerIds(el).sort()).toEqual([...south].sort());
    // The attribute says it, and a map started from it shows the same sites.
    expect(el.getAttribute('layers')).toBe('south,sites,-area:core,-area:east,-area:west,-area:north');
    const again = await mountMap({ layers: el.getAttribute('layers')! });
    expect(again.shownSiteIds).toEqual(south);
  });

  it('is one call for a page too: only(id), and `layers` read back', async () => {
    const el = await mountMap({ lang: 'en' });
    const toggles: Array<{ id: string; visible: boolean }> = [];
    el.addEventListener('lz-layer-toggle', (e) => toggles.push(e.detail));
    expect(el.only('north')).toBe(true);
    await settle(el);
    expect(el.shownSiteIds).toEqual(idsOf('north'));
    expect(toggles).toContainEqual({ id: 'area:south', visible: false });
    expect(toggles).toContainEqual({ id: 'core', visible: false });
    expect(el.only('nowhere')).toBe(false);
    expect(el.only('sites')).toBe(false);
  });
});

describe('counts agree', () => {
  it('only 佛教文化: the same number on the map, in the list and in the legend', async () => {
    const el = await mountMap();
    const panel = inner(el, 'lz-layer-panel');
    await panel.updateComplete;
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[data-only="theme:buddhist"]')!.click();
    await settle(el);

    const buddhist = layout.sites.filter((s) => s.themes.includes('buddhist')).map((s) => s.id);
    const list = inner(el, 'lz-site-list').shadowRoot!;
    const legend = panel.shadowRoot!;
    const onMap = markerIds(el).length;
    const inList = list.querySelectorAll('button.site').length;
    const inLegend = Number(
      legend.querySelector<HTMLElement>('input[data-layer="theme:buddhist"] ~ .count')!.dataset.count,
    );
    const shown = Number(legend.querySelector<HTMLElement>('.shown')!.dataset.shown);
    expect({ onMap, inList, inLegend, shown }).toEqual({ onMap: 9, inList: 9, inLegend: 9, shown: 9 });
    expect(el.shownSiteIds.sort()).toEqual([...buddhist].sort());
    expect(list.querySelector('.count')!.textContent).toBe('9 个景点');
    // The list's theme select shows the same filter.
    expect(list.querySelector<HTMLSelectElement>('select[name="theme"]')!.value).toBe('buddhist');
  });

  it('the Sites tab’s filters change the map too, and its search narrows the markers', async () => {
    const el = await mountMap({ lang: 'en' });
    const list = inner(el, 'lz-site-list');
    await list.updateComplete;
    const zone = list.shadowRoot!.querySelector<HTMLSelectElement>('select[name="zone"]')!;
    zone.value = 'west';
    zone.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.shownSiteIds).toEqual(idsOf('west'));
    expect(markerIds(el).sort()).toEqual(idsOf('west').sort());
    expect(el.getAttribute('layers')).toContain('-area:core');
    // The panel's legend ticks what the list chose.
    const box = inner(el, 'lz-layer-panel').shadowRoot!.querySelector<HTMLInputElement>(
      'input[data-layer="area:core"]',
    )!;
    expect(box.checked).toBe(false);

    zone.value = '';
    zone.dispatchEvent(new Event('change'));
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'leitai';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    const listed = [...list.shadowRoot!.querySelectorAll<HTMLElement>('button.site')].map((b) => b.dataset.siteId);
    expect(listed.length).toBeGreaterThan(0);
    expect(el.shownSiteIds).toEqual(listed);
    expect(markerIds(el).sort()).toEqual([...listed].sort());
  });
});

describe('on a phone (375 px), by keyboard', () => {
  it('the filter controls fit without sideways scrolling, are buttons with names, and work in English', async () => {
    const el = await mountMap({ lang: 'en' }, { width: 375, height: 667 });
    const shell = inner(el, 'lz-panel');
    await shell.updateComplete;
    shell.shadowRoot!.querySelector<HTMLElement>('#tab-layers')!.click();
    await settle(el);
    const panel = inner(el, 'lz-layer-panel');
    const root = panel.shadowRoot!;
    for (const d of root.querySelectorAll('details')) d.open = true;
    await panel.updateComplete;
    const body = root.querySelector<HTMLElement>('.body')!;
    expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
    const theme = root.querySelector<HTMLButtonElement>('button[data-only="theme:none"]')!;
    expect(theme.textContent!.replace(/\s+/g, ' ').trim()).toBe('Only: No theme');
    const r = theme.getBoundingClientRect();
    expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(24);
    expect(r.right).toBeLessThanOrEqual(el.getBoundingClientRect().right);
    theme.focus();
    expect(root.activeElement).toBe(theme);
    theme.click();
    await settle(el);
    expect(el.shownSiteIds).toEqual(layout.sites.filter((s) => s.themes.length === 0).map((s) => s.id));
    expect(root.querySelector<HTMLElement>('.shown')!.textContent!.trim()).toBe(
      `Map and list show ${el.shownSiteIds.length} of ${layout.sites.length} sites`,
    );
  });
});
