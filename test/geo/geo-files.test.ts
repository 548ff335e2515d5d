/**
 * Every published file in geo/ parses with the map's own parsers, and its geometry is true:
 * checked with turf, not by eye.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { booleanIntersects } from '@turf/boolean-intersects';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { difference } from '@turf/difference';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { kinks } from '@turf/kinks';
import { coordAll } from '@turf/meta';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseLayout, type LayoutFiles } from '../../src/data/parse-layout';

const geoDir = join(import.meta.dirname, '../../geo');
const names = ['boundary.geojson', 'context.geojson', 'core.geojson', 'axis.geojson', 'zones.geojson', 'sites.geojson'] as const;
const files = Object.fromEntries(names.map((n) => [n, readFileSync(join(geoDir, n), 'utf8')])) as unknown as LayoutFiles;
const layout = parseLayout(files);
const km2 = (g: Geometry | null | undefined) => (g ? area(g) / 1e6 : 0);
const sitesTsv = readFileSync(join(import.meta.dirname, '../../scripts/sources/sites.tsv'), 'utf8');

// 凉州区's bounding box from the converted boundary, rounded outward (PROVENANCE.md: 102.03-103.39 E,
// 37.39-38.21 N). Swapped lon/lat cannot land in it.
const DISTRICT_BBOX = [102.0, 37.35, 103.4, 38.25];

describe('geo/', () => {
  it('holds exactly the published files, each a FeatureCollection with ids, names, precision and source', () => {
    expect(readdirSync(geoDir).filter((f) => f.endsWith('.geojson')).sort()).toEqual([...names].sort());
    for (const n of names) {
      const fc = JSON.parse(files[n]);
      expect(fc.type, n).toBe('FeatureCollection');
      for (const f of fc.features) {
        expect(f.id, n).toBeTruthy();
        expect(f.properties.name.zh && f.properties.name.en, `${n} ${f.id}`).toBeTruthy();
        expect(['surveyed', 'approximate', 'schematic'], `${n} ${f.id}`).toContain(f.properties.precision);
        // Sites speak to visitors in both languages; the layout's sources are one line of English.
        const source = f.properties.source;
        for (const text of typeof source === 'string' ? [source] : [source.zh, source.en])
          expect(text.length, `${n} ${f.id}`).toBeGreaterThan(10);
        if (n === 'sites.geojson') expect(typeof source, `${n} ${f.id}`).toBe('object');
      }
    }
  });

  it('marks the core, the axis and the zones as schematic', () => {
    expect(layout.core.precision).toBe('schematic');
    expect(layout.axis.precision).toBe('schematic');
    for (const z of layout.zones) expect(z.precision, z.id).toBe('schematic');
  });

  it('keeps every in-district site of the reference table, and ids are unique across layers', () => {
    const tsvIds = sitesTsv.trim().split('\n').slice(1).map((l) => l.split('\t')[0]);
    const left = tsvIds.filter((id) => !layout.sites.some((s) => s.id === id));
    // Both outside the converted boundary: see geo/README.md.
    expect(left.sort()).toEqual(['gulang-west-route-army-memorial', 'xiying-reservoir']);
    const ids = [layout.boundary.id, ...layout.context.map((c) => c.id), 'core', 'axis', ...layout.zones.map((z) => z.id), ...layout.sites.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every coordinate inside the district bounding box (this catches swapped lon/lat)', () => {
    const [w, s, e, n] = DISTRICT_BBOX;
    const all = [layout.boundary.geometry, layout.core.geometry, layout.axis.geometry, ...layout.zones.map((z) => z.geometry)]
      .flatMap((g) => coordAll(g))
      .concat(layout.sites.map((site) => site.coordinates));
    expect(all.length).toBeGreaterThan(1000);
    const outside = all.filter(([x, y]) => x < w || x > e || y < s || y > n);
    expect(outside).toEqual([]);
  });

  it('puts every site inside the boundary, in the area its `zone` names and in no other', () => {
    for (const site of layout.sites) {
      expect(booleanPointInPolygon(site.coordinates, layout.boundary.geometry), site.id).toBe(true);
      const inCore = booleanPointInPolygon(site.coordinates, layout.core.geometry);
      const inZones = layout.zones.filter((z) => booleanPointInPolygon(site.coordinates, z.geometry)).map((z) => z.id);
      const found = inCore ? ['core', ...inZones] : inZones;
      expect(found, site.id).toEqual([site.zone]);
    }
  });

  it('has zones pairwise disjoint, apart from the core, and inside the boundary', () => {
    const polys = [...layout.zones.map((z) => ({ id: z.id, g: z.geometry })), { id: 'core', g: layout.core.geometry }];
    for (let i = 0; i < polys.length; i++) {
      for (let j = i + 1; j < polys.length; j++) {
        const overlap = intersect(featureCollection([feature(polys[i].g), feature(polys[j].g)]));
        expect(km2(overlap?.geometry), `${polys[i].id} ∩ ${polys[j].id}`).toBeLessThan(0.01);
      }
      const outside = difference(featureCollection([feature(polys[i].g), feature(layout.boundary.geometry)]));
      expect(km2(outside?.geometry), `${polys[i].id} outside the boundary`).toBeLessThan(0.01);
    }
  }, 30_000); // turf overlay of five polygons: seconds on a loaded machine, not a timing claim

  it('covers the district with the zones and the core (no gaps)', () => {
    const sum = layout.zones.reduce((a, z) => a + km2(z.geometry), 0) + km2(layout.core.geometry);
    expect(Math.abs(sum - km2(layout.boundary.geometry))).toBeLessThan(1);
  });

  it('has a boundary of the size the sources state', () => {
    // PROVENANCE.md: ≈ 4,975 km² geodesic (the official figure is 5,081 km²).
    expect(km2(layout.boundary.geometry)).toBeGreaterThan(4950);
    expect(km2(layout.boundary.geometry)).toBeLessThan(5000);
  });

  it('has the core around the old city, holding the flagships, and crossed by the axis', () => {
    const leitai = layout.sites.find((s) => s.id === 'leitai-han-tomb')!;
    const wenmiao = layout.sites.find((s) => s.id === 'wenmiao-historic-district')!;
    expect(booleanPointInPolygon(leitai.coordinates, layout.core.geometry)).toBe(true);
    expect(booleanPointInPolygon(wenmiao.coordinates, layout.core.geometry)).toBe(true);
    expect(booleanIntersects(feature(layout.axis.geometry), feature(layout.core.geometry))).toBe(true);
    // The axis goes through the core, not just touches it: both ends lie outside it.
    const ends = [layout.axis.geometry.coordinates[0], layout.axis.geometry.coordinates.at(-1)!];
    for (const p of ends) expect(booleanPointInPolygon(p, layout.core.geometry)).toBe(false);
    expect(km2(layout.core.geometry)).toBeLessThan(30);
  });

  it('has no self-intersections in any polygon', () => {
    const polygons: Array<[string, Polygon | MultiPolygon]> = [
      ['boundary', layout.boundary.geometry],
      ['core', layout.core.geometry],
      ...layout.zones.map((z): [string, Polygon | MultiPolygon] => [z.id, z.geometry]),
      ...layout.context.map((c): [string, Polygon | MultiPolygon] => [c.id, c.geometry]),
    ];
    for (const [id, g] of polygons) expect(kinks(g).features.length, id).toBe(0);
    expect(kinks(layout.axis.geometry).features.length).toBe(0);
  });

  it('places each zone label inside its zone, and the zones where the plan says', () => {
    for (const z of layout.zones) expect(booleanPointInPolygon(z.labelPoint, z.geometry), z.id).toBe(true);
    const centre = (id: string) => {
      const [w, s, e, n] = bbox(layout.zones.find((z) => z.id === id)!.geometry);
      return [(w + e) / 2, (s + n) / 2];
    };
    expect(centre('west')[0]).toBeLessThan(centre('east')[0]);
    expect(centre('south')[1]).toBeLessThan(centre('north')[1]);
    const tiantishan = layout.sites.find((s) => s.id === 'tiantishan-grottoes')!;
    expect(tiantishan.zone).toBe('south');
  });
});
