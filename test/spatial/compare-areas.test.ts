import { describe, expect, it } from 'vitest';
import type { LineString, Polygon } from 'geojson';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import type { Axis, Core, Zone } from '../../src/model/types';
import { compareAreas } from '../../src/spatial/compare-areas';
import { heritageLevel } from '../../src/search/heritage-level';
import { fakeSite } from '../plan/real-sites';

const layout = parseLayout(builtInFiles);

/** What the table shows, rounded as it shows it. */
const shown = (rows: ReturnType<typeof compareAreas>) =>
  rows.map((r) => ({
    id: r.id,
    km2: Math.round(r.areaKm2 * 10) / 10,
    sites: r.sites,
    per100: Math.round(r.perHundredKm2 * 100) / 100,
    national: r.national,
    provincial: r.provincial,
    medianAxisKm: r.medianAxisKm === undefined ? null : Math.round(r.medianAxisKm * 10) / 10,
    byCategory: r.byCategory,
    byTheme: r.byTheme,
    noTheme: r.noTheme,
  }));

describe('compareAreas', () => {
  it('gives the golden figures for the built-in layout', () => {
    // Golden: reviewed by hand against geo/sites.geojson (zone, category, themes, heritage of each site).
    expect(shown(compareAreas(layout, layout.sites))).toEqual([
      {
        id: 'core',
        km2: 12.7,
        sites: 20,
        per100: 157.69,
        national: 4,
        provincial: 7,
        medianAxisKm: 0.3,
        byCategory: { heritage: 6, temple: 4, museum: 2, park: 4, street: 4 },
        byTheme: { han: 3, wuliang: 7, daoist: 1, confucian: 2, xixia: 2, buddhist: 5, ecology: 3 },
        noTheme: 4,
      },
      {
        id: 'east',
        km2: 626.6,
        sites: 0,
        per100: 0,
        national: 0,
        provincial: 0,
        medianAxisKm: null,
        byCategory: {},
        byTheme: {},
        noTheme: 0,
      },
      {
        id: 'west',
        km2: 897.9,
        sites: 4,
        per100: 0.45,
        national: 0,
        provincial: 1,
        medianAxisKm: 17.3,
        byCategory: { nature: 1, heritage: 2, reservoir: 1 },
        byTheme: { buddhist: 1, daoist: 1, ecology: 2, han: 1, wuliang: 1 },
        noTheme: 1,
      },
      {
        id: 'south',
        km2: 958.9,
        sites: 6,
        per100: 0.63,
        national: 3,
        provincial: 2,
        medianAxisKm: 3.9,
        byCategory: { heritage: 4, reservoir: 1, temple: 1 },
        byTheme: { buddhist: 3, wuliang: 1, xixia: 4, ecology: 1, han: 1, confucian: 1 },
        noTheme: 0,
      },
      {
        id: 'north',
        km2: 2477.3,
        sites: 4,
        per100: 0.16,
        national: 0,
        provincial: 0,
        medianAxisKm: 16.9,
        byCategory: { desert: 2, 'great-wall': 1, museum: 1 },
        byTheme: { ecology: 2, 'great-wall': 1, intangible: 1 },
        noTheme: 0,
      },
    ]);
  });

  it('counts every site once, in the area the data gives it', () => {
    const rows = compareAreas(layout, layout.sites);
    expect(rows.reduce((n, r) => n + r.sites, 0)).toBe(layout.sites.length);
    expect(rows.find((r) => r.id === 'south')!.siteIds).toEqual(
      layout.sites.filter((s) => s.zone === 'south').map((s) => s.id),
    );
  });

  it('computes a synthetic layout by hand, and leaves its inputs as they were', () => {
    // Two 0.1° squares at 38° N (~97.8 km² each); the axis runs north-south along lon 100.
    const square = (w: number): Polygon => ({
      type: 'Polygon',
      coordinates: [
        [
          [w, 38],
          [w + 0.1, 38],
          [w + 0.1, 38.1],
          [w, 38.1],
          [w, 38],
        ],
      ],
    });
    const axisLine: LineString = {
      type: 'LineString',
      coordinates: [
        [100, 37],
        [100, 39],
      ],
    };
    const core = { id: 'core', geometry: square(100) } as Core;
    const zones = [{ id: 'east', geometry: square(100.2) } as Zone];
    const axis = { id: 'axis', geometry: axisLine } as Axis;
    const sites = [
      fakeSite('a', [100.05, 38.05], {
        zone: 'core',
        category: 'temple',
        themes: ['buddhist', 'buddhist'],
        heritage: { zh: '全国重点文物保护单位', en: '' },
      }),
      fakeSite('b', [100.01, 38.05], { zone: 'core', category: 'temple', themes: [] }),
      fakeSite('c', [100.03, 38.05], {
        zone: 'core',
        category: 'park',
        themes: ['ecology'],
        heritage: { zh: '甘肃省文物保护单位', en: '' },
      }),
      fakeSite('d', [100.25, 38.05], { zone: 'east', category: 'park', themes: [] }),
    ];
    const before = JSON.stringify({ sites, core, zones, axis });
    const rows = compareAreas({ core, zones, axis }, sites);
    expect(JSON.stringify({ sites, core, zones, axis })).toBe(before);
    expect(rows.map((r) => r.id)).toEqual(['core', 'east']);
    const [c, e] = rows;
    expect(c.areaKm2).toBeGreaterThan(97);
    expect(c.areaKm2).toBeLessThan(98.5);
    expect(c.sites).toBe(3);
    expect(c.perHundredKm2).toBeCloseTo((3 / c.areaKm2) * 100, 10);
    expect(c.byCategory).toEqual({ temple: 2, park: 1 });
    // A theme named twice on one site counts once.
    expect(c.byTheme).toEqual({ buddhist: 1, ecology: 1 });
    expect(c.noTheme).toBe(1);
    expect([c.national, c.provincial]).toEqual([1, 1]);
    // Distances 0.01°, 0.03°, 0.05° of longitude at 38.05° N: the median is 0.03° ≈ 2.63 km.
    expect(c.medianAxisKm).toBeCloseTo(0.03 * 111.32 * Math.cos((38.05 * Math.PI) / 180), 1);
    expect(e.sites).toBe(1);
    expect(e.medianAxisKm).toBeCloseTo(0.25 * 111.32 * Math.cos((38.05 * Math.PI) / 180), 0);
  });
});

describe('heritageLevel', () => {
  it('reads national and provincial listings, and not a tourism rating', () => {
    expect(
      heritageLevel({ heritage: { zh: '白塔寺遗址：全国重点文物保护单位（第五批）；国家AAAA级旅游景区', en: '' } }),
    ).toBe('national');
    expect(heritageLevel({ heritage: { zh: '国家历史文化名城（1986年）', en: '' } })).toBe('national');
    expect(heritageLevel({ heritage: { zh: '甘肃省文物保护单位（第六批）', en: '' } })).toBe('provincial');
    expect(heritageLevel({ heritage: { zh: '甘肃省历史文化街区（第二批）', en: '' } })).toBe('provincial');
    expect(heritageLevel({ heritage: { zh: '国家AAAA级旅游景区', en: '' } })).toBeUndefined();
    expect(heritageLevel({})).toBeUndefined();
  });
});
