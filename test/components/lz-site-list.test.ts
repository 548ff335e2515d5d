import { axeViolations } from '../axe-violations';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/lz-site-list';
import type { LzSiteList } from '../../src/components/lz-site-list';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import type { Site } from '../../src/model/types';
import { searchSites } from '../../src/search/search-sites';
import { parseLayers } from '../../src/state/layer-visibility';

const sites = parseLayout(builtInFiles).sites;

async function mount(
  props: Partial<Pick<LzSiteList, 'sites' | 'lang' | 'bounds' | 'selected' | 'now'>> = {},
): Promise<LzSiteList> {
  const el = document.createElement('lz-site-list');
  el.sites = sites;
  Object.assign(el, props);
  document.body.appendChild(el);
  await el.updateComplete;
  return el;
}

const root = (el: LzSiteList) => el.shadowRoot!;
const items = (el: LzSiteList) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="item"]')];
const ids = (el: LzSiteList) => items(el).map((b) => b.dataset.siteId);
const names = (el: LzSiteList) => items(el).map((b) => b.querySelector('.name')!.textContent);
const status = (el: LzSiteList) => root(el).querySelector('[role="status"]')!;

async function type(el: LzSiteList, text: string) {
  const input = root(el).querySelector<HTMLInputElement>('[part~="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: LzSiteList, name: string, value: string) {
  const select = root(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function noAxeViolations(el: Element) {
  expect(await axeViolations(el)).toEqual([]);
}

afterEach(() => document.body.replaceChildren());

describe('<lz-site-list>', () => {
  it('lists every site in data order, each a button with name, area and category', async () => {
    const el = await mount();
    expect(ids(el)).toEqual(sites.map((s) => s.id));
    const leitai = items(el)[0];
    expect(leitai.tagName).toBe('BUTTON');
    expect(leitai.tabIndex).toBe(0);
    expect(leitai.textContent).toContain('雷台汉墓（雷台公园）');
    expect(leitai.textContent).toContain('一核：凉州古城');
    expect(leitai.textContent).toContain('文物古迹');
    expect(status(el).textContent).toBe(`${sites.length} 个景点`);
    expect(root(el).querySelector('[part~="list"]')!.tagName).toBe('UL');
  });

  it('lists what searchSites finds, in its order (the ranking itself: test/search/search-sites)', async () => {
    const el = await mount();
    for (const query of ['tiantishan', '雷台', 'Leitai', 'lthm', 'luoshi', 'wuwei']) {
      await type(el, query);
      expect(ids(el), query).toEqual(searchSites(sites, query).map((s) => s.id));
    }
    // Ranked, not in data order: for "wuwei" the two differ.
    expect(ids(el)).not.toEqual(sites.filter((s) => ids(el).includes(s.id)).map((s) => s.id));
  });

  it('announces the number of results politely as it changes', async () => {
    const el = await mount();
    const live = status(el);
    expect(live.getAttribute('aria-live')).toBe('polite');
    await type(el, 'haizang');
    expect(status(el)).toBe(live); // the same node: a screen reader follows the region it knows
    expect(live.textContent).toBe('2 个景点');
    await type(el, 'xyzzy');
    expect(live.textContent).toBe('0 个景点');
    expect(root(el).querySelector('.empty')!.textContent).toBe('没有符合条件的景点。');
    el.lang = 'en';
    await type(el, 'ttssk');
    expect(live.textContent).toBe('1 site');
    await type(el, '');
    expect(live.textContent).toBe(`${sites.length} sites`);
  });

  it('asks to select a site when its button is chosen, and marks the selected one', async () => {
    const el = await mount();
    const chosen: string[] = [];
    el.addEventListener('lz-list-select', (e) => chosen.push(e.detail.id));
    await type(el, 'tiantishan');
    items(el)[0].click();
    expect(chosen).toEqual(['tiantishan-grottoes']);
    expect(root(el).querySelector('[aria-current]')).toBeNull();
    el.selected = 'tiantishan-grottoes';
    await el.updateComplete;
    expect(items(el)[0].getAttribute('aria-current')).toBe('true');
    expect(root(el).querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it('reports hover and focus, and their end', async () => {
    const el = await mount();
    const hovered: Array<string | null> = [];
    el.addEventListener('lz-site-hover', (e) => hovered.push(e.detail.id));
    const [first, second] = items(el);
    first.dispatchEvent(new MouseEvent('mouseenter'));
    first.dispatchEvent(new MouseEvent('mouseleave'));
    second.focus();
    first.focus();
    first.blur();
    expect(hovered).toEqual([sites[0].id, null, sites[1].id, null, sites[0].id, null]);
    // Pointer and focus on the same site report it once.
    first.focus();
    first.dispatchEvent(new MouseEvent('mouseenter'));
    expect(hovered.at(-1)).toBe(sites[0].id);
    expect(hovered.filter((h) => h === sites[0].id)).toHaveLength(3);
  });

  it('moves between sites with the arrow keys', async () => {
    const el = await mount();
    const [first, second] = items(el);
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(root(el).activeElement).toBe(second);
    second.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(root(el).activeElement).toBe(items(el).at(-1));
  });

  it("filters by area, category and theme through the map's filter, and asks the owner", async () => {
    const el = await mount();
    const asked: string[] = [];
    const queries: string[] = [];
    el.addEventListener('lz-filter-request', (e) => asked.push(e.detail.layers));
    el.addEventListener('lz-query-change', (e) => queries.push(e.detail.query));
    await choose(el, 'zone', 'south');
    expect(ids(el).sort()).toEqual(
      sites
        .filter((s) => s.zone === 'south')
        .map((s) => s.id)
        .sort(),
    );
    expect(asked.at(-1)).toBe('core,axis,east,west,south,north,sites,-area:core,-area:east,-area:west,-area:north');
    expect(el.visible).toEqual(parseLayers(asked.at(-1)));
    await choose(el, 'category', 'temple');
    expect(ids(el)).toEqual(['baita-temple']);
    await choose(el, 'zone', '');
    await choose(el, 'theme', 'daoist');
    expect(items(el).length).toBeGreaterThan(0);
    for (const id of ids(el)) {
      const site = sites.find((s) => s.id === id)!;
      expect(site.category).toBe('temple');
      expect(site.themes).toContain('daoist');
    }
    await type(el, 'leitai');
    expect(ids(el)).toEqual(['leitai-temple']);
    expect(queries.at(-1)).toBe('leitai');
  });

  it('follows the owner’s filter, says «several» for a mix, and lists sites without a theme as 无主题', async () => {
    const el = await mount();
    el.visible = parseLayers(
      '-theme:wuliang,-theme:red,-theme:great-wall,-theme:intangible,-theme:buddhist,-theme:daoist,-theme:confucian,-theme:han,-theme:xixia,-theme:ecology',
    );
    await el.updateComplete;
    const theme = root(el).querySelector<HTMLSelectElement>('select[name="theme"]')!;
    expect(theme.value).toBe('none');
    expect(theme.selectedOptions[0].textContent).toBe('无主题');
    expect(ids(el)).toEqual(sites.filter((s) => s.themes.length === 0).map((s) => s.id));
    el.visible = parseLayers('-area:east,-area:west');
    await el.updateComplete;
    const zone = root(el).querySelector<HTMLSelectElement>('select[name="zone"]')!;
    expect(zone.selectedOptions[0].textContent).toBe('多项');
    expect(ids(el)).toEqual(sites.filter((s) => s.zone !== 'east' && s.zone !== 'west').map((s) => s.id));
  });

  it('offers "only sites in view" when it knows the view', async () => {
    const el = await mount();
    expect(root(el).querySelector('input[name="in-view"]')).toBeNull();
    el.bounds = [102.58, 37.9, 102.7, 38.0]; // the old city
    await el.updateComplete;
    const inView = root(el).querySelector<HTMLInputElement>('input[name="in-view"]')!;
    expect(inView.labels![0].textContent).toContain('只看地图范围内');
    inView.click();
    await el.updateComplete;
    expect(items(el).length).toBeGreaterThan(10);
    expect(items(el).length).toBeLessThan(sites.length);
    for (const id of ids(el)) expect(sites.find((s) => s.id === id)!.zone).toBe('core');
    el.bounds = [102.65, 37.5, 102.8, 37.6]; // the map moved south, to 天梯山
    await el.updateComplete;
    expect(ids(el).sort()).toEqual(['huangyanghe-reservoir', 'tiantishan-grottoes']);
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount({ lang: 'en' });
    expect(names(el)[0]).toBe('Leitai Han Tomb (Leitai Park)');
    const first = items(el)[0];
    expect(first.textContent).toContain('Core: Liangzhou Old City');
    expect(first.textContent).toContain('Heritage site');
    expect(first.querySelector('[lang="zh-CN"]')!.textContent).toBe('雷台汉墓（雷台公园）');
    expect(root(el).querySelector<HTMLInputElement>('[part~="search"]')!.labels![0].textContent).toBe('Search sites');
    expect(root(el).querySelector('h2')!.textContent).toBe('Sites');
    expect(root(el).querySelector('select[name="zone"] option')!.textContent).toBe('All');
  });

  it('shows data as text, never as HTML', async () => {
    const hostile: Site = {
      ...sites[0],
      id: 'x',
      name: { zh: '<img src=x onerror="window.hacked=1">', en: '<b>bold</b>' },
    };
    const el = await mount({ sites: [hostile] });
    expect(root(el).querySelector('img, b')).toBeNull();
    expect(names(el)).toEqual(['<img src=x onerror="window.hacked=1">']);
  });

  it('gives every control a target of at least 24 px, reachable with Tab', async () => {
    const el = await mount({ bounds: [102, 37, 103, 38] });
    el.style.cssText = 'display: block; width: 320px';
    const targets = root(el).querySelectorAll<HTMLElement>('input, select, button, label.in-view');
    // search and in-view, three selects, the sites, a label, and the two culture items' "where" buttons
    expect(targets.length).toBe(2 + 3 + sites.length + 1 + 2);
    for (const target of targets) {
      const r = target.getBoundingClientRect();
      if (target.matches('input[type="checkbox"]')) continue; // its label is the target
      expect(r.height, target.outerHTML).toBeGreaterThanOrEqual(24);
      expect(r.width, target.outerHTML).toBeGreaterThanOrEqual(24);
      expect(target.matches('label') || target.tabIndex === 0, target.outerHTML).toBe(true);
    }
  });

  it('has no axe violations, in Chinese and English', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mount({ lang, bounds: [102.58, 37.9, 102.7, 38.0], selected: 'leitai-han-tomb' });
      await noAxeViolations(el);
      await type(el, 'xyzzy');
      await noAxeViolations(el);
      el.remove();
    }
  });

  it('lists the culture items under the sites, with their own search results and a way to their site', async () => {
    const el = await mount({ lang: 'en' });
    const culture = () =>
      [...root(el).querySelectorAll<HTMLElement>('[data-culture-id]')].map((li) => li.dataset.cultureId);
    expect(culture()).toEqual([
      'liangzhou-xianxiao',
      'liangzhou-gongguzi',
      'west-route-army-liangzhou-1936',
      'qingting-village',
      'liangzhou-culture-forum',
      'liangzhou-lecture-series',
    ]);
    await type(el, 'xianxiao');
    expect(culture()).toEqual(['liangzhou-xianxiao']);
    expect(ids(el)).toEqual([]);
    // The item names where to experience it; the button selects that site on the map.
    const selected: string[] = [];
    el.addEventListener('lz-list-select', (e) => selected.push((e as CustomEvent).detail.id));
    root(el).querySelector<HTMLButtonElement>('[data-culture-id="liangzhou-xianxiao"] button.where')!.click();
    expect(selected).toEqual(['siba-intangible-heritage-hall']);
    // The kind's words find it too, in either language: no item's own text says 红色.
    await type(el, '红色');
    expect(culture()).toEqual(['west-route-army-liangzhou-1936']);
    await type(el, 'recurring event');
    expect(culture()).toEqual(['liangzhou-culture-forum', 'liangzhou-lecture-series']);
    await type(el, '');
    await choose(el, 'zone', 'east');
    expect(culture()).toEqual(['qingting-village']);
    expect(root(el).querySelector('[data-culture-id="qingting-village"]')!.textContent).toContain(
      'No published position yet',
    );
    await choose(el, 'zone', '');
    await choose(el, 'theme', 'red');
    expect(culture()).toEqual(['west-route-army-liangzhou-1936']);
    await choose(el, 'theme', '');
    await choose(el, 'category', 'temple');
    expect(culture()).toEqual([]);
  });

  it('shows the open status of a site that has hours, and nothing made up for the others', async () => {
    const withHours = { ...sites[0], openingHours: 'Tu-Su 09:00-17:30' };
    const el = await mount({ lang: 'en', sites: [withHours, sites[1]], now: new Date('2026-06-01T10:00:00+08:00') });
    // The evaluator loads on demand; the first load in a fresh page can take seconds in dev mode.
    await expect
      .poll(() => root(el).querySelector('.open-status')?.textContent, { timeout: 30_000 })
      .toBe('Closed today');
    expect(root(el).querySelectorAll('.open-status').length).toBe(1);
  });
});
