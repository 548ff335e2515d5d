import { describe, expect, it } from 'vitest';
import { AREA_IDS, CATEGORIES, THEMES } from '../../src/model/types';
import { countSites } from '../../src/search/count-sites';
import { site } from '../fixtures/site-feature';
import { sites } from './built-in-sites';

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe('countSites', () => {
  it('counts the built-in sites per area, category and theme', () => {
    const counts = countSites(sites);
    expect(counts.total).toBe(sites.length);
    expect(sum(counts.zones)).toBe(sites.length);
    expect(sum(counts.categories)).toBe(sites.length);
    expect(Object.keys(counts.zones)).toEqual([...AREA_IDS]);
    expect(Object.keys(counts.categories)).toEqual([...CATEGORIES]);
    expect(Object.keys(counts.themes)).toEqual([...THEMES]);
    // geo/README.md: 20 sites in the core (汉唐天马城 added), 6 in the south (亥母寺, 磨咀子 moved there),
    // 4 each in the west and north, none with a published position in the east, none red; one 非遗 venue.
    expect(counts.total).toBe(34);
    expect(counts.zones.core).toBe(20);
    expect(counts.zones.south).toBe(6);
    expect(counts.zones.west).toBe(4);
    expect(counts.zones.north).toBe(4);
    expect(counts.zones.east).toBe(0);
    expect(counts.themes.red).toBe(0);
    expect(counts.themes.intangible).toBe(1);
    for (const zone of AREA_IDS) expect(counts.zones[zone]).toBe(sites.filter((s) => s.zone === zone).length);
    for (const theme of THEMES) expect(counts.themes[theme]).toBe(sites.filter((s) => s.themes.includes(theme)).length);
  });

  it('counts a theme once per site, and nothing for no sites', () => {
    const counts = countSites([site('a', { themes: ['han', 'han', 'wuliang'] })]);
    expect(counts.themes.han).toBe(1);
    expect(counts.themes.wuliang).toBe(1);
    expect(countSites([]).total).toBe(0);
    expect(sum(countSites([]).themes)).toBe(0);
  });
});
