/** The planner's lens through the public surface: area cards, the compare table, the corridor, exports, print. */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { page, userEvent } from 'vitest/browser';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import { lonLatToPixel } from '../../src/spatial/web-mercator';
import { mountMap } from './mount-map';
import { sitesDrawn } from '../embed/helpers';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

// Room for the whole map, so a click lands where it is aimed without scrolling.
beforeAll(() => page.viewport(1200, 800));

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Opens the Analysis tab (its code loads then) and waits for it and its parts to render. */
async function analysis(el: LiangzhouMap): Promise<ShadowRoot> {
  el.shadowRoot!.querySelector<Updatable>('lz-panel')!.shadowRoot!.querySelector<HTMLElement>('#tab-analysis')!.click();
  await customElements.whenDefined('lz-analysis-panel');
  await el.updateComplete;
  const panel = el.shadowRoot!.querySelector<Updatable>('lz-analysis-panel')!;
  await panel.updateComplete;
  for (const child of panel.shadowRoot!.querySelectorAll<Updatable>('lz-area-card, lz-compare-table'))
    await child.updateComplete;
  return panel.shadowRoot!;
}

const layout = parseLayout(builtInFiles);
const card = (root: ShadowRoot) => root.querySelector<Updatable>('lz-area-card')?.shadowRoot;
const text = (n: Element | ShadowRoot | null | undefined) => n?.textContent?.replace(/\s+/g, ' ') ?? '';

/**
 * A real pointer click (the browser's own hit testing) where [lon, lat] is on screen: after fitTo(`frame`),
 * the view the map reports (lz-view-change) and Web Mercator give the point; whatever is drawn on top
 * there takes the click, as it would for a visitor.
 */
async function clickAt(el: LiangzhouMap, frame: string, at: [number, number]): Promise<void> {
  const view = new Promise<{ center: [number, number]; zoom: number }>((r) =>
    el.addEventListener('lz-view-change', (e) => r((e as CustomEvent).detail), { once: true }),
  );
  expect(el.fitTo(frame)).toBe(true);
  const { center, zoom } = await view;
  const map = el.shadowRoot!.querySelector<HTMLElement>('.map')!.getBoundingClientRect();
  const host = el.getBoundingClientRect();
  const [px, py] = lonLatToPixel(at, zoom);
  const [cx, cy] = lonLatToPixel([center[1], center[0]], zoom);
  await userEvent.click(el, {
    position: { x: map.left - host.left + map.width / 2 + px - cx, y: map.top - host.top + map.height / 2 + py - cy },
  });
}

const SOUTH = ['天梯山石窟', '黄羊河水库', '白塔寺', '塔儿湾', '磨咀子', '亥母寺'];

describe('the area card', () => {
  it('a click inside the south zone opens its card with its names, text and sites, and fires lz-area-select', async () => {
    const events: unknown[] = [];
    const el = await mountMap({}, { on: { 'lz-area-select': (e) => events.push(e.detail) } });
    // Inside the south zone, 12 km from any site and from the axis (checked below with turf).
    const inside: [number, number] = [102.6, 37.55];
    const south = layout.zones.find((z) => z.id === 'south')!;
    expect(booleanPointInPolygon(inside, south.geometry)).toBe(true);
    await clickAt(el, 'south', inside);
    const root = await analysis(el);
    expect(events).toEqual([{ id: 'south' }]);
    const c = card(root)!;
    expect(text(c.querySelector('[part~="title"]'))).toContain('南部天梯山文化旅游区');
    expect(text(c)).toContain('南部宗教历史文化区');
    expect(text(c)).toContain('Southern Tiantishan Cultural Zone');
    // The plan's positioning text, in the map's language.
    expect(text(c.querySelector('.summary')).trim()).toBe(south.summary.zh.replace(/\s+/g, ' ').trim());
    expect(text(c.querySelector('.schematic'))).toContain('示意');
    expect(text(c.querySelector('.size'))).toMatch(/958\.9/);
    const listed = [...c.querySelectorAll('ul.sites button')].map((b) => text(b).trim());
    expect(listed).toHaveLength(SOUTH.length);
    for (const name of SOUTH)
      expect(
        listed.some((l) => l.includes(name)),
        name,
      ).toBe(true);
    // The zone is marked on the map by more than its colour: a thicker outline.
    expect(el.shadowRoot!.querySelector('path.lz-zone-south')!.classList).toContain('lz-area-selected');
  });

  it('a click on an area’s name on the map opens that area’s card, not the card of the zone under the name', async () => {
    const events: unknown[] = [];
    const el = await mountMap({ lang: 'en' }, { on: { 'lz-area-select': (e) => events.push(e.detail) } });
    // The core's name sits beside the core, over the east zone.
    const clickName = async () => {
      const name = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lz-label-core > span')].find((s) =>
        s.checkVisibility(),
      )!;
      const box = name.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      await userEvent.click(el, {
        position: { x: box.left - host.left + box.width / 2, y: box.top - host.top + box.height / 2 },
      });
    };
    await clickName();
    const root = await analysis(el);
    expect(events).toEqual([{ id: 'core' }]);
    expect(text(card(root)!.querySelector('[part~="title"]'))).toContain('Old City');
    // The names are drawn anew in another language; they still choose their area.
    el.lang = 'zh-CN';
    await el.updateComplete;
    await clickName();
    expect(events).toEqual([{ id: 'core' }, { id: 'core' }]);
  });

  it('is reachable by keyboard from the Analysis tab, in English, and its site opens the site', async () => {
    const el = await mountMap({ lang: 'en' });
    const panel = el.shadowRoot!.querySelector<Updatable>('lz-panel')!;
    panel.shadowRoot!.querySelector<HTMLElement>('#tab-analysis')!.click();
    const root = await analysis(el);
    const core = root.querySelector<HTMLButtonElement>('button[data-area="core"]')!;
    core.focus();
    expect(root.activeElement).toBe(core);
    core.click();
    await analysis(el);
    const c = card(root)!;
    expect(text(c.querySelector('[part~="title"]'))).toContain('Old City');
    expect(text(c.querySelector('.summary')).trim()).toBe(layout.core.summary.en.replace(/\s+/g, ' ').trim());
    expect(core.getAttribute('aria-pressed')).toBe('true');
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('lz-site-select', r as EventListener, { once: true }),
    );
    [...c.querySelectorAll<HTMLButtonElement>('ul.sites button')].find((b) => text(b).includes('Leitai'))!.click();
    expect((await selected).detail.id).toMatch(/^leitai/);
  });

  it('selectArea is public: true for the axis (its card lists the corridor sites), false for an unknown id', async () => {
    const el = await mountMap();
    expect(el.selectArea('nowhere')).toBe(false);
    expect(el.selectArea('axis')).toBe(true);
    const root = await analysis(el);
    expect(card(root)!.querySelectorAll('ul.sites li')).toHaveLength(24);
    card(root)!.querySelector<HTMLButtonElement>('button.close')!.click();
    await analysis(el);
    expect(card(root)).toBeUndefined();
  });

  it('works at 375 px: choosing an area opens the sheet on its card', async () => {
    const el = await mountMap({}, { width: 375, height: 640 });
    expect(el.selectArea('north')).toBe(true);
    const root = await analysis(el);
    const title = card(root)!.querySelector<HTMLElement>('[part~="title"]')!;
    expect(text(title)).toContain('北部');
    const box = title.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(0);
    expect(box.right).toBeLessThanOrEqual(375 + 1);
    // "Fit" folds the sheet to show the map; the keyboard's focus goes to the map, not to the page's body.
    const fit = card(root)!.querySelector<HTMLButtonElement>('button.fit')!;
    fit.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(el.shadowRoot!.activeElement?.classList.contains('map')).toBe(true));
    expect(el.shadowRoot!.querySelector('lz-panel')!.hasAttribute('open')).toBe(false);
  });
});

describe('zones told apart by more than colour', () => {
  it('each zone has its own outline pattern and its name on the map', async () => {
    const el = await mountMap({ lang: 'en' });
    const zones = layout.zones.map((z) => z.id);
    const dashes = zones.map(
      (id) => getComputedStyle(el.shadowRoot!.querySelector(`path.lz-zone-${id}`)!).strokeDasharray,
    );
    expect(new Set(dashes).size).toBe(zones.length);
    for (const id of zones) expect(el.shadowRoot!.querySelector(`.lz-label-${id} > span`)).not.toBeNull();
  });
});

describe('the compare table', () => {
  it('shows the golden figures, sorts by a column with aria-sort, and a row highlights its zone', async () => {
    const el = await mountMap();
    const root = await analysis(el);
    const table = root.querySelector<Updatable>('lz-compare-table')!;
    const rows = () =>
      [...table.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [
        tr.getAttribute('data-id'),
        ...[...tr.querySelectorAll('td')].slice(0, 6).map((td) => text(td).trim()),
      ]);
    expect(rows()).toEqual([
      ['core', '12.7', '20', '157.69', '4', '7', '0.3'],
      ['east', '626.6', '0', '0', '0', '0', '–'],
      ['west', '897.9', '4', '0.45', '0', '1', '17.3'],
      ['south', '958.9', '6', '0.63', '3', '2', '3.9'],
      ['north', '2,477.3', '4', '0.16', '0', '0', '16.9'],
    ]);
    const sortKm2 = table.shadowRoot!.querySelector<HTMLButtonElement>('button[data-col="km2"]')!;
    sortKm2.click();
    await table.updateComplete;
    expect(sortKm2.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(rows().map((r) => r[0])).toEqual(['north', 'south', 'west', 'east', 'core']);
    sortKm2.click();
    await table.updateComplete;
    expect(sortKm2.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(rows().map((r) => r[0])).toEqual(['core', 'east', 'west', 'south', 'north']);
    // The area column sorts by the names shown (pinyin order in Chinese), not by the ids behind them.
    const names = Object.fromEntries(
      rows().map((r) => [r[0], text(table.shadowRoot!.querySelector(`tr[data-id="${r[0]}"] th`)).trim()]),
    );
    const byName = Object.keys(names).sort((a, b) => new Intl.Collator('zh-CN').compare(names[a], names[b]));
    expect(byName).not.toEqual([...byName].sort()); // a test that sorting by id would fail
    table.shadowRoot!.querySelector<HTMLButtonElement>('button[data-col="area"]')!.click();
    await table.updateComplete;
    expect(rows().map((r) => r[0])).toEqual(byName);
    table.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-id="west"] button.row')!.click();
    await analysis(el);
    expect(el.shadowRoot!.querySelector('path.lz-zone-west')!.classList).toContain('lz-area-selected');
    expect(table.shadowRoot!.querySelector('tr.selected')!.getAttribute('data-id')).toBe('west');
  });

  it('exports the comparison as CSV: BOM, one header row, one row per area', async () => {
    const el = await mountMap();
    const root = await analysis(el);
    const blobs: Blob[] = [];
    const create = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return create(b as Blob);
    });
    root.querySelector<HTMLButtonElement>('button.export-compare')!.click();
    expect(blobs).toHaveLength(1);
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0].startsWith('"id","name","area_km2"')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['"core"', '"east"', '"west"', '"south"', '"north"']);
  });
});

describe('the axis corridor', () => {
  it('at 5 km draws the corridor and lists the golden sites with counts per area; the slider sets the attribute', async () => {
    const el = await mountMap({ corridor: '5' });
    const root = await analysis(el);
    expect(el.shadowRoot!.querySelectorAll('path.lz-corridor').length).toBeGreaterThan(0);
    const ids = [...root.querySelectorAll('.corridor-sites li')].map((li) => li.getAttribute('data-id'));
    expect(ids).toHaveLength(24);
    expect(ids.slice(0, 2)).toEqual(['liangzhou-old-city', 'dongxiangzi-block']);
    expect(ids.at(-1)).toBe('mozuizi-tombs');
    expect(text(root.querySelector('.per-area [data-area="south"]'))).toMatch(/4$/);
    const slider = root.querySelector<HTMLInputElement>('input[type=range]')!;
    expect(root.querySelector(`label[for="${slider.id}"]`)).not.toBeNull();
    slider.value = '0';
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.getAttribute('corridor')).toBeNull();
    expect(el.shadowRoot!.querySelectorAll('path.lz-corridor').length).toBe(0);
  });
});

/** The `size` of every @page rule the document's own and adopted style sheets hold. */
const pageSizes = () =>
  [...document.styleSheets, ...document.adoptedStyleSheets]
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((r): r is CSSPageRule => r instanceof CSSPageRule)
    .map((r) => r.style.getPropertyValue('size').toLowerCase());

describe('export and print what is shown', () => {
  it('exports the sites on the map as GeoJSON and CSV, following the layers', async () => {
    const el = await mountMap({ layers: 'core,axis,east,west,south,north,sites,-theme:buddhist' });
    const root = await analysis(el);
    const blobs: Blob[] = [];
    const create = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return create(b as Blob);
    });
    root.querySelector<HTMLButtonElement>('button.export-geojson')!.click();
    root.querySelector<HTMLButtonElement>('button.export-csv')!.click();
    const fc = JSON.parse(await blobs[0].text());
    // What the map draws: a site's marker counts one, a cluster (sites too close to tap apart) its count.
    const shownOnMap = sitesDrawn(el);
    expect(fc.features.length).toBeGreaterThan(0);
    expect(fc.features.length).toBeLessThan(el.siteIds.length);
    expect(fc.features.length).toBe(shownOnMap);
    const csv = (await blobs[1].text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(csv).toHaveLength(1 + fc.features.length);
  });

  it('prints the map on one page with legend, filters, date and attribution', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = await mountMap({ layers: 'core,axis,south,sites', corridor: '3' });
    const root = await analysis(el);
    root.querySelector<HTMLButtonElement>('button.print-map')!.click();
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const sheet = el.shadowRoot!.querySelector<Updatable>('lz-map-print')!;
    await sheet.updateComplete;
    const page = sheet.shadowRoot!.querySelector('[part~="page"]')!;
    expect(page.querySelectorAll('svg path.zone')).toHaveLength(1);
    // The corridor's overlapping pieces print as one band: opaque pieces in one translucent group.
    const pieces = [...page.querySelectorAll<SVGPathElement>('svg g.corridor > path')];
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect([getComputedStyle(p).opacity, getComputedStyle(p).fillOpacity]).toEqual(['1', '1']);
    expect(Number(getComputedStyle(pieces[0].parentElement!).opacity)).toBeLessThan(0.5);
    expect(text(page.querySelector('.legend'))).toContain('南部天梯山文化旅游区');
    expect(text(page.querySelector('.filters'))).toContain('东部乡村度假养生旅游区');
    expect(text(page.querySelector('.date'))).toContain(String(new Date().getFullYear()));
    expect(text(page.querySelector('.attribution')).length).toBeGreaterThan(10);
    // The sheet is landscape: the document's page rule says so while the map prints, and only then.
    expect(pageSizes()).toEqual(['a4 landscape']);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('lz-map-print')).toBeNull();
    expect(pageSizes()).toEqual([]);
    // A map removed while its print is under way takes its page rule with it.
    await el.printMap();
    expect(pageSizes()).toEqual(['a4 landscape']);
    el.remove();
    expect(pageSizes()).toEqual([]);
  });
});
