import { describe, expect, it } from 'vitest';
import { layerIds } from '../../src/search/layer-ids';
import { filterCounts } from '../../src/search/filter-counts';
import { visibleSites } from '../../src/search/visible-sites';
import { onlyArea, onlyFilter, parseLayers } from '../../src/state/layer-visibility';
import { site } from '../fixtures/site-feature';
import { sites } from './built-in-sites';

const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);
const all = parseLayers(undefined);

describe('layerIds', () => {
  it('lists the layout, `sites`, then the area, category and theme filters, `theme:none` last', () => {
    expect(layerIds.slice(0, 7)).toEqual(['core', 'axis', 'east', 'west', 'south', 'north', 'sites']);
    expect(layerIds.slice(7, 12)).toEqual(['area:core', 'area:east', 'area:west', 'area:south', 'area:north']);
    expect(layerIds.at(-1)).toBe('theme:none');
    expect(new Set(layerIds).size).toBe(layerIds.length);
    expect(layerIds).toHaveLength(7 + 5 + 9 + 11);
  });
});

describe('visibleSites', () => {
  it('keeps every site when every filter is shown, and ignores the `sites` switch and the outlines', () => {
    expect(visibleSites(sites, all)).toEqual(sites);
    expect(visibleSites(sites, parseLayers(''))).toEqual(sites);
  });

  it('only 佛教文化: exactly the buddhist sites, no theme-less ones (golden)', () => {
    const shown = visibleSites(sites, onlyFilter(all, 'theme:buddhist'));
    expect(ids(shown)).toEqual(ids(sites.filter((s) => s.themes.includes('buddhist'))));
    expect(shown).toHaveLength(9);
    expect(ids(shown)).toContain('tiantishan-grottoes');
  });

  it('a theme-less site is the `theme:none` choice, not always on', () => {
    const list = [site('plain', { category: 'heritage' }), site('themed', { category: 'heritage', themes: ['han'] })];
    const noTheme = onlyFilter(all, 'theme:none');
    expect(ids(visibleSites(list, noTheme))).toEqual(['plain']);
    expect(ids(visibleSites(list, onlyFilter(all, 'theme:han')))).toEqual(['themed']);
    expect(ids(visibleSites(sites, noTheme))).toEqual(ids(sites.filter((s) => s.themes.length === 0)));
  });

  it('old `layers` values show what they showed: theme-less sites stay, zone outlines do not filter', () => {
    const old = parseLayers('core,sites,-theme:wuliang,-theme:red,-theme:han');
    const kept = visibleSites(sites, old);
    expect(kept.some((s) => s.themes.length === 0)).toBe(true);
    expect(kept.some((s) => s.zone === 'south')).toBe(true);
  });

  it('only the south zone: its sites and nothing else; categories and themes as they were', () => {
    const south = onlyArea(all, 'south');
    expect(ids(visibleSites(sites, south))).toEqual(ids(sites.filter((s) => s.zone === 'south')));
    const southTemples = onlyArea(onlyFilter(all, 'category:temple'), 'south');
    expect(ids(visibleSites(sites, southTemples))).toEqual(
      ids(sites.filter((s) => s.zone === 'south' && s.category === 'temple')),
    );
  });

  it('a query narrows the same set and ranks it', () => {
    const shown = visibleSites(sites, all, '雷台');
    expect(shown[0].id).toBe('leitai-han-tomb');
    expect(visibleSites(sites, onlyFilter(all, 'area:south'), '雷台')).toEqual([]);
  });

  it('does not change its input', () => {
    const copy = structuredClone(sites);
    visibleSites(sites, onlyArea(all, 'north'), 'a');
    expect(sites).toEqual(copy);
  });
});

describe('filterCounts', () => {
  it('agrees with the map: with only 佛教文化 its count equals the sites shown (golden)', () => {
    const c = filterCounts(sites, onlyFilter(all, 'theme:buddhist'));
    expect(c.shown).toBe(9);
    expect(c.themes.buddhist).toBe(9);
    expect(c.total).toBe(sites.length);
    // Areas count among the buddhist sites: what "only this zone" would then show.
    expect(c.areas).toEqual({ core: 5, east: 0, west: 1, south: 3, north: 0 });
  });

  it('counts each value among the sites the other filters keep', () => {
    const visible = onlyArea(all, 'south');
    const c = filterCounts(sites, visible);
    const south = sites.filter((s) => s.zone === 'south');
    expect(c.shown).toBe(south.length);
    expect(c.areas.north).toBe(sites.filter((s) => s.zone === 'north').length);
    expect(c.categories.temple).toBe(south.filter((s) => s.category === 'temple').length);
    expect(c.themes.none).toBe(south.filter((s) => s.themes.length === 0).length);
    for (const [theme, n] of Object.entries(c.themes)) {
      if (theme === 'none') continue;
      expect(n, theme).toBe(visibleSites(sites, onlyFilter(visible, `theme:${theme}` as never)).length);
    }
  });
});
