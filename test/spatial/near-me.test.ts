import { describe, expect, it } from 'vitest';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import { placeInDistrict } from '../../src/spatial/place-in-district';
import { sitesByDistance } from '../../src/spatial/sites-by-distance';
import { siteFeature } from '../fixtures/site-feature';
import { toSite } from '../../src/data/feature-to-model';

const layout = parseLayout(builtInFiles);
const OLD_CITY: [number, number] = [102.64, 37.928];
const BEIJING: [number, number] = [116.4, 39.9];
const tianti = layout.sites.find((s) => s.id === 'tiantishan-grottoes')!;

describe('sitesByDistance', () => {
  const a = toSite(siteFeature('a', undefined, { coordinates: [102.64, 37.93] }));
  const b = toSite(siteFeature('b', undefined, { coordinates: [102.7, 37.93] }));
  const c = toSite(siteFeature('c', undefined, { coordinates: [102.64, 37.5] }));

  it('orders the sites nearest first, with their distances in km', () => {
    const ranked = sitesByDistance([c, b, a], [102.64, 37.93]);
    expect(ranked.map((r) => r.site.id)).toEqual(['a', 'b', 'c']);
    expect(ranked[0].km).toBe(0);
    // 0.06° of longitude at 37.93° N: 0.06 × 111.19 × cos 37.93° ≈ 5.26 km.
    expect(ranked[1].km).toBeCloseTo(5.26, 1);
    // 0.43° of latitude ≈ 47.8 km.
    expect(ranked[2].km).toBeCloseTo(47.8, 0);
  });

  it('keeps the first n for the nearest-sites view, and never changes its input', () => {
    const input = [c, b, a];
    const copy = structuredClone(input);
    expect(sitesByDistance(input, [102.64, 37.5], { limit: 2 }).map((r) => r.site.id)).toEqual(['c', 'a']);
    expect(sitesByDistance(input, [102.64, 37.5], { limit: 0 })).toEqual([]);
    expect(input).toEqual(copy);
  });

  it('keeps the input order between sites at the same distance', () => {
    const twin = toSite(siteFeature('twin', undefined, { coordinates: [102.64, 37.93] }));
    expect(sitesByDistance([twin, a], [102.64, 37.93]).map((r) => r.site.id)).toEqual(['twin', 'a']);
  });

  it('puts 天梯山石窟 first for a visitor standing at it, among the real sites', () => {
    const [first] = sitesByDistance(layout.sites, tianti.coordinates);
    expect(first.site.id).toBe('tiantishan-grottoes');
  });
});

describe('placeInDistrict', () => {
  const outline = layout.boundary.geometry;

  it('finds the old city and 天梯山 inside the district, not far', () => {
    for (const at of [OLD_CITY, tianti.coordinates]) {
      const place = placeInDistrict(outline, at);
      expect(place).toMatchObject({ inside: true, far: false });
      expect(place.kmToBoundary).toBeGreaterThan(0);
    }
  });

  it('finds Beijing outside and far (over 1000 km from the outline)', () => {
    const place = placeInDistrict(outline, BEIJING);
    expect(place.inside).toBe(false);
    expect(place.far).toBe(true);
    expect(place.kmToBoundary).toBeGreaterThan(1000);
  });

  it('calls a point just outside near, and the same point far with a smaller limit', () => {
    // Leave the district's northernmost vertex 10 km due north (0.09° of latitude ≈ 10 km).
    const top = (outline.type === 'Polygon' ? outline.coordinates : outline.coordinates.flat())
      .flat()
      .reduce((best, p) => (p[1] > best[1] ? p : best));
    const near: [number, number] = [top[0], top[1] + 0.09];
    const place = placeInDistrict(outline, near);
    expect(place.inside).toBe(false);
    expect(place.kmToBoundary).toBeGreaterThan(5);
    expect(place.kmToBoundary).toBeLessThanOrEqual(10.1);
    expect(place.far).toBe(false);
    expect(placeInDistrict(outline, near, { farKm: 5 }).far).toBe(true);
  });
});
