import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlinePath, type OutlineGeometry } from '../../src/spatial/outline-path';

const boundary = JSON.parse(readFileSync(new URL('../../geo/boundary.geojson', import.meta.url), 'utf8')) as {
  features: Array<{ geometry: OutlineGeometry & { coordinates: number[][][][] } }>;
};
const geometry = boundary.features[0].geometry;
const sourcePoints = geometry.coordinates.flat(2).length;

/** The path's points, parsed back: [x, y] integers per ring. */
const rings = (d: string) =>
  d
    .split('Z')
    .filter(Boolean)
    .map((ring) =>
      ring
        .replace(/^M/, '')
        .split('L')
        .map((p) => p.split(' ').map(Number)),
    );

describe('outlinePath (the first frame: the district as inline SVG)', () => {
  it('keeps at most maxPoints points, far fewer than the boundary file has, within its box', () => {
    const out = outlinePath(geometry, { maxPoints: 300, size: 1000 });
    expect(sourcePoints).toBeGreaterThan(600);
    expect(out.points).toBeLessThanOrEqual(300);
    expect(out.points).toBeGreaterThan(100);
    expect(Math.max(out.width, out.height)).toBe(1000);
    const points = rings(out.d).flat();
    expect(points).toHaveLength(out.points);
    for (const [x, y] of points) {
      expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(out.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(out.height);
    }
  });

  it('draws the shape in Web Mercator, as the map does: its aspect ratio matches the projected extent', () => {
    const lons = geometry.coordinates.flat(2).map((p) => p[0]);
    const lats = geometry.coordinates.flat(2).map((p) => p[1]);
    const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const expected =
      ((Math.max(...lons) - Math.min(...lons)) * Math.PI) / 180 / (y(Math.max(...lats)) - y(Math.min(...lats)));
    const out = outlinePath(geometry);
    expect(out.width / out.height).toBeCloseTo(expected, 1);
  });

  it('north is up: the northernmost point has the smallest y', () => {
    const square: OutlineGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [102, 37],
          [103, 37],
          [103, 38],
          [102.5, 38.5],
          [102, 38],
          [102, 37],
        ],
      ],
    };
    const out = outlinePath(square);
    const points = rings(out.d)[0];
    expect(points).toHaveLength(5); // the closing point is not repeated: Z closes the ring
    expect(out.height).toBe(1000); // taller than wide at 38° N in Mercator
    const top = points.reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(top).toEqual([Math.round(out.width / 2), 0]);
    expect(points.filter(([, y]) => y === out.height)).toHaveLength(2); // the southern edge at the bottom
  });

  it('tightens its tolerance until a small budget is met, each ring keeping a shape', () => {
    const out = outlinePath(geometry, { maxPoints: 20 });
    expect(out.points).toBeLessThanOrEqual(20);
    for (const ring of rings(out.d)) expect(ring.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a geometry with no ring', () => {
    expect(() => outlinePath({ type: 'MultiPolygon', coordinates: [] })).toThrow(/no ring/);
  });
});
