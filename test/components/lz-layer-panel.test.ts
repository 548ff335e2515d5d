import { axeViolations } from '../axe-violations';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/lz-layer-panel';
import type { LzLayerPanel } from '../../src/components/lz-layer-panel';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import { filterCounts } from '../../src/search/filter-counts';
import { layerIds } from '../../src/search/layer-ids';
import { parseLayers } from '../../src/state/layer-visibility';

const counts = filterCounts(parseLayout(builtInFiles).sites, parseLayers(undefined));
const zones = ['east', 'west', 'south', 'north'] as const;

async function mount(
  props: Partial<Pick<LzLayerPanel, 'visible' | 'lang' | 'collapsed' | 'narrow' | 'counts'>> = {},
): Promise<LzLayerPanel> {
  const el = document.createElement('lz-layer-panel');
  el.counts = counts;
  Object.assign(el, props);
  document.body.appendChild(el);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: LzLayerPanel, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector)!;
const box = (el: LzLayerPanel, id: string) => $<HTMLInputElement>(el, `input[data-layer="${id}"]`);

/** Collects the lz-layer-request events; `answer` plays an owner that applies them at once. */
function listen(el: LzLayerPanel, { answer = false } = {}) {
  const events: Array<{ id: string; visible: boolean }> = [];
  el.addEventListener('lz-layer-request', (e) => {
    events.push(e.detail);
    if (answer)
      el.visible = e.detail.visible ? [...el.visible, e.detail.id] : el.visible.filter((id) => id !== e.detail.id);
  });
  return events;
}

async function noAxeViolations(el: Element) {
  expect(await axeViolations(el)).toEqual([]);
}

afterEach(() => document.body.replaceChildren());

describe('<lz-layer-panel>', () => {
  it('has a checkbox per layer, ticked as `visible` says', async () => {
    const el = await mount({ visible: ['core', 'south', 'sites', 'category:temple'] });
    const ids = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map(
      (i) => i.dataset.layer,
    );
    expect(ids).toEqual([...layerIds]);
    expect(box(el, 'core').checked).toBe(true);
    expect(box(el, 'south').checked).toBe(true);
    expect(box(el, 'east').checked).toBe(false);
    expect(box(el, 'axis').checked).toBe(false);
    expect(box(el, 'category:temple').checked).toBe(true);
    expect(box(el, 'theme:buddhist').checked).toBe(false);
    // Every box has a label: its accessible name is the layer's name.
    expect(box(el, 'south').labels![0].textContent).toContain('南部天梯山文化旅游区');
  });

  it('asks to hide `south` when it is unticked, and shows what `visible` says', async () => {
    const el = await mount();
    const events = listen(el);
    box(el, 'south').click();
    expect(events).toEqual([{ id: 'south', visible: false }]);
    // Nobody answered: the box still shows the layer as visible.
    expect(box(el, 'south').checked).toBe(true);

    const answered = await mount();
    const heard = listen(answered, { answer: true });
    box(answered, 'south').click();
    await answered.updateComplete;
    expect(heard).toEqual([{ id: 'south', visible: false }]);
    expect(box(answered, 'south').checked).toBe(false);
    expect(answered.visible).not.toContain('south');
  });

  it('"only this zone" asks for that zone alone, its sites alone, and a fit, in one request', async () => {
    const el = await mount({ visible: layerIds.filter((id) => id !== 'east') });
    const sets: Array<{ layers: string; fit?: string }> = [];
    el.addEventListener('lz-filter-request', (e) => {
      sets.push(e.detail);
      el.visible = [...parseLayers(e.detail.layers)];
    });
    $(el, 'button[data-only="east"]').click();
    await el.updateComplete;
    expect(sets).toEqual([{ layers: 'east,sites,-area:core,-area:west,-area:south,-area:north', fit: 'east' }]);
    expect(zones.filter((z) => box(el, z).checked)).toEqual(['east']);
    expect(box(el, 'core').checked).toBe(false);
    expect(box(el, 'axis').checked).toBe(false);
    expect(box(el, 'area:east').checked).toBe(true);
    expect(box(el, 'area:west').checked).toBe(false);
  });

  it('"only" beside a theme keeps that theme alone, 无主题 included among the choices', async () => {
    const el = await mount();
    const sets: string[] = [];
    el.addEventListener('lz-filter-request', (e) => sets.push(e.detail.layers));
    $(el, 'button[data-only="theme:buddhist"]').click();
    expect(sets).toHaveLength(1);
    expect([...parseLayers(sets[0])].filter((id) => id.startsWith('theme:'))).toEqual(['theme:buddhist']);
    expect(box(el, 'theme:none').labels![0].textContent).toContain('无主题');
    expect(Number($(el, 'input[data-layer="theme:none"] ~ .count').dataset.count)).toBe(counts.themes.none);
  });

  it('"hide all" and "show all" each ask for the whole set in one request', async () => {
    const el = await mount({ visible: ['core', 'east'] });
    const sets: string[] = [];
    el.addEventListener('lz-filter-request', (e) => sets.push(e.detail.layers));
    $(el, 'button[data-bulk="hide"]').click();
    $(el, 'button[data-bulk="show"]').click();
    expect([...parseLayers(sets[0])]).toEqual([]);
    expect([...parseLayers(sets[1])]).toEqual([...layerIds]);
  });

  it('shows how many sites each zone holds, as in the data', async () => {
    const zh = await mount();
    for (const id of ['core', ...zones] as const) {
      const count = $(zh, `li[data-row="${id}"] .count`);
      expect(Number(count.dataset.count), id).toBe(counts.areas[id]);
      expect(count.textContent, id).toBe(`${counts.areas[id]} 个景点`);
      // Part of the checkbox's label, so a screen reader hears it with the zone's name.
      expect(box(zh, id).labels![0].textContent).toContain(`${counts.areas[id]} 个景点`);
    }
    expect($(zh, 'li[data-row="south"] .count').textContent).toBe('6 个景点'); // 亥母寺 and 磨咀子 moved there (geo/README.md)
    expect($(zh, 'li[data-row="east"] .count').textContent).toBe('0 个景点');
    expect($(zh, 'li[data-row="axis"] .count')).toBeNull();
    const en = await mount({ lang: 'en' });
    expect($(en, 'li[data-row="south"] .count').textContent).toBe(`${counts.areas.south} sites`);
    // Categories and themes show the number; screen readers hear it spelled out.
    const temples = box(en, 'category:temple').labels![0];
    expect(temples.querySelector('[aria-hidden]')!.textContent).toBe(String(counts.categories.temple));
    expect(temples.querySelector('.sr-only')!.textContent).toBe(`${counts.categories.temple} sites`);
    expect($(en, '.shown').textContent!.trim()).toBe(`Map and list show ${counts.shown} of ${counts.total} sites`);
    expect(counts.shown).toBe(counts.total);
  });

  it('formats counts with Intl.NumberFormat', async () => {
    const many = { ...counts, areas: { ...counts.areas, north: 12345 } };
    const el = await mount({ lang: 'en' });
    el.counts = many;
    await el.updateComplete;
    expect($(el, 'li[data-row="north"] .count').textContent).toBe('12,345 sites');
    const one = { ...counts, areas: { ...counts.areas, north: 1 } };
    el.counts = one;
    await el.updateComplete;
    expect($(el, 'li[data-row="north"] .count').textContent).toBe('1 site');
  });

  it('draws each zone with its colour and pattern, as the map does', async () => {
    const el = await mount();
    const dash = (id: string) => getComputedStyle($(el, `.sw-${id} .area, .sw-${id} line`)).strokeDasharray;
    const stroke = (id: string) => getComputedStyle($(el, `.sw-${id} .area, .sw-${id} line`)).stroke;
    expect(dash('east')).toBe('none');
    expect(dash('west')).toBe('8px, 4px');
    expect(dash('south')).toBe('2px, 4px');
    expect(dash('north')).toBe('12px, 3px, 2px, 3px');
    expect(dash('axis')).toBe('12px, 6px');
    expect(stroke('east')).toBe('rgb(63, 127, 31)');
    expect(stroke('west')).toBe('rgb(31, 111, 168)');
    expect(stroke('south')).toBe('rgb(140, 74, 14)');
    expect(stroke('north')).toBe('rgb(184, 134, 11)');
    expect(stroke('core')).toBe('rgb(179, 18, 74)');
    // A page's theme reaches the swatches.
    el.style.setProperty('--lz-zone-east', 'rgb(1, 2, 3)');
    expect(stroke('east')).toBe('rgb(1, 2, 3)');
    expect($(el, '[part~="legend"]').textContent).toMatch(/示意/);
  });

  it('collapses and expands from its heading button', async () => {
    const el = await mount();
    const toggle = $(el, '[part~="title"] button');
    const body = $(el, '#body');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe('body');
    expect(body.hidden).toBe(false);
    toggle.click();
    await el.updateComplete;
    expect(el.collapsed).toBe(true);
    expect(el.hasAttribute('collapsed')).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    expect(body.getBoundingClientRect().height).toBe(0);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const collapsed = await mount({ collapsed: true });
    expect($(collapsed, '[part~="title"] button').getAttribute('aria-expanded')).toBe('false');
  });

  it('becomes a bottom sheet when narrow', async () => {
    const host = document.createElement('div');
    host.style.cssText = 'position: relative; width: 400px; height: 600px';
    document.body.appendChild(host);
    const el = document.createElement('lz-layer-panel');
    el.narrow = true;
    host.appendChild(el);
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    const outer = host.getBoundingClientRect();
    expect(box.width).toBe(outer.width);
    expect(Math.round(box.bottom)).toBe(Math.round(outer.bottom));
  });

  it('gives every control a target of at least 24 px', async () => {
    const el = await mount();
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    const targets = el.shadowRoot!.querySelectorAll<HTMLElement>('label, button, summary');
    expect(targets.length).toBeGreaterThan(30);
    for (const target of targets) {
      const r = target.getBoundingClientRect();
      expect(r.height, target.textContent!).toBeGreaterThanOrEqual(24);
      expect(r.width, target.textContent!).toBeGreaterThanOrEqual(24);
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount({ lang: 'en' });
    expect($(el, '[part~="title"]').textContent).toContain('Layers and legend');
    expect(box(el, 'north').labels![0].textContent).toContain('Northern Tengger Desert Ecology Zone');
    expect($(el, 'button[data-only="north"]').textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Only this: Northern Tengger Desert Ecology Zone',
    );
    const zh = await mount();
    expect($(zh, 'button[data-only="north"]').textContent!.replace(/\s+/g, '')).toBe(
      '只看此区：北部腾格里沙漠生态旅游区',
    );
    expect($(el, '[part~="legend"]').textContent).toMatch(/schematic/);
  });

  it('has no axe violations, in Chinese and English, open or collapsed', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mount({ lang, visible: ['core', 'east'] });
      for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
      await noAxeViolations(el);
      el.collapsed = true;
      await el.updateComplete;
      await noAxeViolations(el);
      el.remove();
    }
  });
});
