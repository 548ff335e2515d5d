import { describe, expect, it } from 'vitest';
import { filterSites } from '../../src/search/filter-sites';
import { site } from '../fixtures/site-feature';
import { sites } from './built-in-sites';

const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

describe('filterSites', () => {
  it('keeps everything without conditions', () => {
    expect(filterSites(sites)).toEqual(sites);
    expect(filterSites(sites, {})).not.toBe(sites);
  });

  it('keeps the sites of the given zones', () => {
    expect(ids(filterSites(sites, { zones: ['south'] })).sort()).toEqual(
      [
        'baita-temple',
        'haimu-temple-site',
        'huangyanghe-reservoir',
        'mozuizi-tombs',
        'taerwan-kiln-site',
        'tiantishan-grottoes',
      ].sort(),
    );
    expect(filterSites(sites, { zones: ['east'] })).toEqual([]);
    const coreAndNorth = filterSites(sites, { zones: ['core', 'north'] });
    expect(coreAndNorth.every((s) => s.zone === 'core' || s.zone === 'north')).toBe(true);
    expect(coreAndNorth.length).toBe(sites.filter((s) => s.zone === 'core' || s.zone === 'north').length);
  });

  it('keeps the sites of the given categories and with any of the given themes', () => {
    const temples = filterSites(sites, { categories: ['temple'] });
    expect(temples.length).toBeGreaterThan(3);
    expect(temples.every((s) => s.category === 'temple')).toBe(true);
    const buddhistOrDaoist = filterSites(sites, { themes: ['buddhist', 'daoist'] });
    expect(buddhistOrDaoist.every((s) => s.themes.includes('buddhist') || s.themes.includes('daoist'))).toBe(true);
    expect(ids(buddhistOrDaoist)).toContain('tiantishan-grottoes');
    expect(ids(buddhistOrDaoist)).toContain('leitai-temple');
    expect(filterSites(sites, { themes: ['red'] })).toEqual([]);
  });

  it('keeps nothing for an empty list', () => {
    expect(filterSites(sites, { categories: [] })).toEqual([]);
    expect(filterSites(sites, { themes: [] })).toEqual([]);
    expect(filterSites(sites, { zones: [] })).toEqual([]);
  });

  it('keeps only the sites in view', () => {
    // The old city, roughly: every core site and nothing from the zones.
    const oldCity = filterSites(sites, { bounds: [102.58, 37.9, 102.7, 38.0] });
    expect(oldCity.length).toBeGreaterThan(10);
    expect(oldCity.every((s) => s.zone === 'core')).toBe(true);
    // Edges count as inside.
    // 汉唐天马城 shares the Leitai point (its entrance position is not published).
    const [lon, lat] = sites[0].coordinates;
    expect(ids(filterSites(sites, { bounds: [lon, lat, lon, lat] }))).toEqual([
      'leitai-han-tomb',
      'hantang-tianma-city',
    ]);
    const [lon1, lat1] = sites.find((s) => s.id === 'tiantishan-grottoes')!.coordinates;
    expect(ids(filterSites(sites, { bounds: [lon1, lat1, lon1, lat1] }))).toEqual(['tiantishan-grottoes']);
    expect(filterSites(sites, { bounds: [0, 0, 1, 1] })).toEqual([]);
  });

  it('reads a view across the antimeridian', () => {
    const list = [
      site('fiji', { coordinates: [179.5, -17] }),
      site('samoa', { coordinates: [-172, -13.8] }),
      site('wuwei'),
    ];
    expect(ids(filterSites(list, { bounds: [170, -20, -170, -10] }))).toEqual(['fiji', 'samoa']);
  });

  it('combines conditions', () => {
    const southBuddhist = filterSites(sites, {
      zones: ['south'],
      themes: ['buddhist'],
      categories: ['heritage', 'temple'],
    });
    expect(ids(southBuddhist)).toContain('tiantishan-grottoes');
    expect(southBuddhist.every((s) => s.zone === 'south' && s.themes.includes('buddhist'))).toBe(true);
  });

  it('does not change its input', () => {
    const before = structuredClone(sites);
    const zones = ['south'] as const;
    filterSites(Object.freeze([...sites]), { zones, bounds: [100, 30, 110, 40] });
    expect(sites).toEqual(before);
    expect(zones).toEqual(['south']);
  });
});
